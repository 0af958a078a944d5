import type { Analysis, WordInfo } from '../morph/index.js';
import type { Entity, EntityId, Mention, Reference, Sentence, Token } from '../types.js';

/**
 * Third-person pronouns that stand for a person (он, его, ей → Кирилл Дмитриев). A pronoun
 * takes the person the text is about: the nearest fitting person before it in its own
 * sentence, else the subject of one of the two sentences before. A fitting noun that is no
 * person (закон, правительство, «Газпром») or an unnamed person (мужчина) in that place
 * blocks the link: the pronoun is left without an entity rather than given a wrong one.
 *
 * Only singular forms: «им», «ним», «их», «они» are also plural, and news uses them for
 * bodies and groups more than for people.
 */

/** The genders a pronoun form agrees with: his/him may also be its (neuter). */
const PRONOUN_GENDERS = new Map<string, readonly string[]>([
  ['он', ['masc']],
  ...['его', 'него', 'ему', 'нему', 'нем'].map((form): [string, string[]] => [form, ['masc', 'neut']]),
  ...['она', 'ее', 'нее', 'ей', 'ней', 'ею', 'нею'].map((form): [string, string[]] => [form, ['femn']]),
]);

const SUBJECT_FORMS = new Set(['он', 'она']);

/** A singular third-person pronoun (folded), which can stand for a person. */
export function isPersonPronoun(folded: string): boolean {
  return PRONOUN_GENDERS.has(folded);
}

/** How many sentences before the pronoun's own a referent may be in. */
const SENTENCES_BACK = 2;

export interface PronounInput {
  tokens: readonly Token[];
  words: readonly WordInfo[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  entities: readonly Entity[];
}

export interface PronounTools {
  /** A person's gender from the name, when it shows. */
  genderOf(entity: Entity): 'm' | 'f' | null;
  /** Analyses of a folded word (lower-case words are not analysed by the morph stage). */
  analyse(folded: string): readonly Analysis[];
  /** nounReading of the word's analyses; the annotator caches it across documents. */
  noun(folded: string): NounReading | null;
  /** Titles and roles (министр, глава): they describe a named person next to them, so they block nothing. */
  isRole(key: string): boolean;
}

/** A stretch of the text that a pronoun could refer to: a mention, or a noun outside any. */
interface Unit {
  from: number;
  to: number;
  mention: Mention | null;
  nominative: boolean;
  /** The genders it agrees with (masc, femn, neut); null: any (a person whose name shows none, «глава»). */
  genders: readonly string[] | null;
}

const fits = (unit: Unit, genders: readonly string[]) => unit.genders === null || unit.genders.some((g) => genders.includes(g));

/** Every pronoun that refers to a person of the text, with that person's id. */
export function pronounReferences(input: PronounInput, tools: PronounTools): Reference[] {
  const { tokens, words, sentences } = input;
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (m < input.mentions.length && input.mentions[m]!.end <= tokens[i]!.start) m++;
    if (m < input.mentions.length && input.mentions[m]!.start <= tokens[i]!.start) mentionAt[i] = m;
  }
  // Each sentence's units, read once whatever the number of pronouns that look at it.
  const cache = new Map<number, Unit[]>();
  const unitsOf = (s: number) => {
    let units = cache.get(s);
    if (!units) cache.set(s, (units = unitsIn(input, tools, mentionAt, entities, ...sentences[s]!.tokens)));
    return units;
  };
  const references: Reference[] = [];
  // The person a subject pronoun of the current clause stands for: «Он назвал его …» — his
  // object is someone else (himself would be «себя»).
  let subject: { clause: number; entity: EntityId } | null = null;
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word' || mentionAt[i] !== -1 || !isPersonPronoun(words[i]!.folded)) continue;
    const genders = PRONOUN_GENDERS.get(words[i]!.folded)!;
    while (sentences[sentence]!.tokens[1] <= i) sentence++;
    // A person in the pronoun's own clause is not its referent: «Володин назвал его важным»
    // (himself would be «себя», his own «свой»).
    const clause = clauseStart(input, sentences[sentence]!.tokens[0], i);
    const before = unitsOf(sentence).filter((u) => u.to <= i && (u.from < clause || u.mention?.type !== 'PER'));
    const excluded = subject?.clause === clause ? subject.entity : null;
    const entity = referent(before.reverse(), sentence, (u) => fits(u, genders) && (!excluded || u.mention?.entity !== excluded), unitsOf);
    if (!entity) continue;
    references.push({ start: tokens[i]!.start, end: tokens[i]!.end, text: tokens[i]!.text, entity, kind: 'pronoun' });
    if (SUBJECT_FORMS.has(words[i]!.folded)) subject = { clause, entity };
  }
  return references;
}

/**
 * The person a pronoun refers to: in its own sentence the nearest fitting unit before it;
 * in the sentences before, the first fitting subject, else the last fitting person.
 */
function referent(before: Unit[], sentence: number, fitting: (unit: Unit) => boolean, unitsOf: (sentence: number) => Unit[]): EntityId | null {
  const own = before.find((u) => fitting(u) && (u.mention?.type === 'PER' || u.nominative));
  if (own) return person(own);
  for (let s = sentence - 1; s >= Math.max(0, sentence - SENTENCES_BACK); s--) {
    const units = unitsOf(s);
    const subject = units.find((u) => fitting(u) && u.nominative);
    if (subject) return person(subject);
    const last = units.findLast((u) => fitting(u) && u.mention?.type === 'PER');
    if (last) return person(last);
  }
  return null;
}

/** Words that open a clause inside a sentence. */
const CLAUSE_OPENERS = new Set(['что', 'чтобы', 'который', 'которая', 'которое', 'которого', 'которой', 'которому', 'которым', 'котором', 'когда', 'если', 'но', 'а', 'однако', 'хотя', 'поскольку', 'потому']);
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(', ')', '«', '»', '"']);

/** Where the clause holding token `at` begins, within its sentence. */
function clauseStart(input: PronounInput, from: number, at: number): number {
  for (let k = at - 1; k >= from; k--) {
    const token = input.tokens[k]!;
    if (token.kind === 'word' ? CLAUSE_OPENERS.has(input.words[k]!.folded) : CLAUSE_MARKS.has(token.text)) return k + 1;
  }
  return from;
}

const person = (unit: Unit): EntityId | null => (unit.mention?.type === 'PER' ? unit.mention.entity : null);

const GENDERS = ['masc', 'femn', 'neut'];

function unitsIn(input: PronounInput, tools: PronounTools, mentionAt: Int32Array, entities: Map<EntityId, Entity>, from: number, to: number): Unit[] {
  const { tokens, words, mentions } = input;
  const units: Unit[] = [];
  for (let k = from; k < to; k++) {
    const index = mentionAt[k]!;
    if (index !== -1) {
      const mention = mentions[index]!;
      let end = k + 1;
      while (end < to && mentionAt[end] === index) end++;
      units.push({ from: k, to: end, mention, nominative: canBeNominative(words, k, end), genders: mentionGenders(mention, entities, tools, words[k]!) });
      k = end - 1;
      continue;
    }
    if (tokens[k]!.kind !== 'word' || words[k]!.shape !== 'lower' || isPersonPronoun(words[k]!.folded) || tools.isRole(words[k]!.key)) continue;
    const noun = tools.noun(words[k]!.folded);
    if (noun) units.push({ from: k, to: k + 1, mention: null, ...noun });
  }
  return units;
}

/** What a lower-case word is as a singular noun: the genders it agrees with, and whether it can be a subject. */
export interface NounReading {
  genders: readonly string[] | null;
  nominative: boolean;
}

/** The word read as a singular noun, if its best reading is a noun («стали», «мира» are read as they most often are). */
export function nounReading(analyses: readonly Analysis[]): NounReading | null {
  if (analyses[0]?.pos !== 'NOUN') return null;
  const singular = analyses.filter((a) => a.pos === 'NOUN' && a.grams.includes('sing'));
  if (singular.length === 0) return null;
  const genders = singular.some((a) => a.grams.includes('Ms-f')) ? null : GENDERS.filter((g) => singular.some((a) => a.grams.includes(g)));
  return { genders, nominative: singular.some((a) => a.grams.includes('nomn')) };
}

/** Some word of the mention reads as a nominative, or none is analysed (Reuters, Дмитриев-младший). */
function canBeNominative(words: readonly WordInfo[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const analyses = words[k]!.analyses;
    if (analyses.length === 0 || analyses.some((a) => a.grams.includes('nomn'))) return true;
  }
  return false;
}

/** A person by the gender of the name; a body or a place by the grammatical gender of its first word. */
function mentionGenders(mention: Mention, entities: Map<EntityId, Entity>, tools: PronounTools, first: WordInfo): readonly string[] | null {
  if (mention.type === 'PER') {
    const entity = entities.get(mention.entity);
    const gender = entity ? tools.genderOf(entity) : null;
    return gender === null ? null : [gender === 'm' ? 'masc' : 'femn'];
  }
  const head = (first.analyses.length > 0 ? first.analyses : tools.analyse(first.folded)).filter((a) => a.pos === 'NOUN');
  return GENDERS.filter((g) => head.some((a) => a.grams.includes(g)));
}
