import { CLAUSE_REACH, isPunct, isTerminal } from '../clauses/context.js';
import { nounPhrases, type NounPhrase } from '../clauses/noun-phrases.js';
import { isShortName, referenceFrameAt } from '../clauses/phrase-extent.js';
import { COORDINATING_AND, functionWord } from '../clauses/words.js';
import { wordMap, wordSet } from '../dict/words.js';
import { cueAgreement } from '../morph/agreement.js';
import { fold } from '../morph/key.js';
import type { Cue, EntityId, Mention, Reference, WordInfo } from '../types.js';
import { perWordFor } from '../util/word-memo.js';
import { genderAgrees, placeSlot, type ResolveContext } from './context.js';
import type { ResolveLexicon } from './lexicon.js';
import { pairBefore } from './groups.js';
import { givenRole, isDeputy, personNamedWith, resolveTitle } from './roles.js';

/**
 * Pronoun resolution: the one module where a pronoun gets its entity. Two rules, chosen by the
 * role the pronoun plays:
 * - `speaker` (last-person-of-cue-gender): a pronoun that speaks («…», — сказал он; по его
 *   словам) is a person, so it takes a fitting person of its own sentence, else the subject of
 *   the sentence before (named, or unnamed: Был задержан житель села. Он сказал …), else the
 *   last person before it whose gender the pronoun or the cue verb shows («они»: two people just
 *   joined by «и», else the last organisation).
 * - `reference` (nearest-person-or-recent-subject): any other third-person pronoun (он, его,
 *   ей → Кирилл Дмитриев) takes the person the text is about: the nearest fitting person before
 *   it in its own sentence, else the subject of one of the two sentences before. A fitting noun
 *   that is no person (закон, правительство, «Газпром») or an unnamed person (мужчина) in that
 *   place blocks the link: the pronoun is left without an entity rather than given a wrong one.
 *   Only singular forms: «им», «ним», «их», «они» are also plural, and news uses them for
 *   bodies and groups more than for people.
 */
export const PRONOUN_RULES = { speaker: 'last-person-of-cue-gender', reference: 'nearest-person-or-recent-subject' } as const;
export type PronounRole = keyof typeof PRONOUN_RULES;

/** The genders a pronoun form agrees with: his/him may also be its (neuter). */
const PRONOUN_GENDERS = new Map([...wordMap('person-pronouns')].map(([form, genders]): [string, readonly string[]] => [form, genders.split(' ')]));

const SUBJECT_FORMS = wordSet('person-subject-pronouns');

/** Nouns of places and institutions named after a person (dict/words/eponym-heads.txt). */
const EPONYM_HEADS = wordSet('eponym-heads');

/** How many words before an eponym's head a role word makes the name its holder (директор Медицинского центра Иван Петров). */
const EPONYM_ROLE_REACH = 3;

/**
 * «в Медицинском центре Джонса Хопкинса», «на улице Монсиньи»: a person's name right after a noun of
 * a place or an institution named after someone is part of that name, no person the text tells of;
 * not where a role word before the noun makes the name its holder (директор центра Иван Петров).
 */
export function isEponym(ctx: ResolveContext, mention: Mention): boolean {
  const k = mention.tokens[0] - 1;
  if (k < 0 || ctx.tokens[k]!.kind !== 'word' || !EPONYM_HEADS.has(ctx.words[k]!.folded)) return false;
  if (ctx.text.slice(ctx.tokens[k]!.end, ctx.tokens[k + 1]!.start) !== ' ') return false;
  for (let j = k - 1; j >= Math.max(0, k - EPONYM_ROLE_REACH); j--) {
    const token = ctx.tokens[j]!;
    if (token.kind !== 'word') break;
    if (ctx.tokens[j]!.text.length > 1 && ctx.titles.has(ctx.words[j]!.key)) return false;
  }
  return true;
}

/** A singular third-person pronoun (folded), which can stand for a person. */
export function isPersonPronoun(folded: string): boolean {
  return PRONOUN_GENDERS.has(folded);
}

/** How many sentences before the pronoun's own a referent may be in. */
const SENTENCES_BACK = 2;

/** A stretch of the text that a pronoun could refer to: a mention, or a noun outside any. */
interface Unit {
  from: number;
  to: number;
  mention: Mention | null;
  /** For a common noun the text names a person with (хакер, of «хакера Гэри Мак-Киннона»): that person. */
  person?: EntityId;
  nominative: boolean;
  /** The genders it agrees with (masc, femn, neut); null: any (a person whose name shows none, «глава»). */
  genders: readonly string[] | null;
}

/** A subject pronoun that found its person, by sentence: where it stands, whom it stands for, the genders its form shows. */
interface Chained {
  at: number;
  entity: EntityId;
  genders: readonly string[];
}

const fits = (unit: Unit, genders: readonly string[]) => unit.genders === null || unit.genders.some((g) => genders.includes(g));

/** The reference rule: every pronoun that refers to a person of the text, with that person's id. */
export function pronounReferences(ctx: ResolveContext): Reference[] {
  const { tokens, words, sentences, mentionAt } = ctx;
  // Each sentence's units, read once whatever the number of pronouns that look at it.
  // By sentence number in an array: a Map of 10⁵ numbers cost hashing and rehashing on a text of short sentences.
  const cache: (Unit[] | undefined)[] = [];
  const unitsOf = (s: number) => (cache[s] ??= unitsIn(ctx, ...sentences[s]!.tokens));
  // A sentence's referent for a pronoun after it, by the pronoun's genders and excluded person: many pronouns ask the same.
  // Keyed by the genders list itself (one per pronoun form), the person and the sentence number, not by a string made per
  // pronoun and sentence: on a text of a hundred thousand «он» those strings cost more than the look-up they key.
  const earlier = new Map<readonly string[], Map<EntityId | null, (Unit | null | undefined)[]>>();
  const memoOf = (genders: readonly string[], excluded: EntityId | null) => {
    let byPerson = earlier.get(genders);
    if (!byPerson) earlier.set(genders, (byPerson = new Map()));
    let memo = byPerson.get(excluded);
    if (!memo) byPerson.set(excluded, (memo = []));
    return memo;
  };
  const references: Reference[] = [];
  // The person a subject pronoun of the current clause stands for: «Он назвал его …» — his
  // object is someone else (himself would be «себя»).
  let subject = null as { clause: number; entity: EntityId } | null;
  // «Он болел несколько лет. Его дочь …»: a sentence whose subject is a pronoun that found its person
  // continues that person; the chain holds where a noun after the pronoun (лет, read as «лёт») would block.
  const chained: (Chained | undefined)[] = [];
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word' || mentionAt[i] !== -1 || !isPersonPronoun(words[i]!.folded)) continue;
    const genders = PRONOUN_GENDERS.get(words[i]!.folded)!;
    while (sentences[sentence]!.tokens[1] <= i) sentence++;
    // A person in the pronoun's own clause is not its referent: «Володин назвал его важным»
    // (himself would be «себя», his own «свой»).
    const clause = clauseStart(ctx, sentences[sentence]!.tokens[0], i);
    const excluded: EntityId | null = subject?.clause === clause ? subject.entity : null;
    const own = nearestOwn(unitsOf(sentence), i, clause, genders, excluded);
    const entity: EntityId | null = own ? person(own) : earlierReferent(sentence, genders, excluded, unitsOf, memoOf(genders, excluded), chained);
    if (!entity) continue;
    references.push({ start: tokens[i]!.start, end: tokens[i]!.end, text: tokens[i]!.text, entity, kind: 'pronoun' });
    if (SUBJECT_FORMS.has(words[i]!.folded)) {
      subject = { clause, entity };
      chained[sentence] ??= { at: i, entity, genders };
    }
  }
  return references;
}

/** A unit a pronoun of these genders may stand for, not the person its clause's subject already is. */
function fitting(u: Unit, genders: readonly string[], excluded: EntityId | null): boolean {
  return fits(u, genders) && (!excluded || u.mention?.entity !== excluded);
}

/** A subject pronoun resolved earlier in sentence `s` that stands before `found` and fits: the chain goes on with its person. */
function chainedReferent(link: Chained | undefined, found: Unit | null, genders: readonly string[], excluded: EntityId | null): EntityId | null {
  return link && (!found || link.at < found.from) && link.entity !== excluded && link.genders.some((g) => genders.includes(g)) ? link.entity : null;
}

/**
 * In the pronoun's own sentence, the nearest fitting unit ending at or before token `at`: a
 * person of an earlier clause, or a nominative noun; no further back than CLAUSE_REACH tokens (no
 * real sentence is longer; a longer one would make each pronoun read all of it). Parameters, not
 * closures: three closures per pronoun cost more than the tests on a text of a hundred thousand «он».
 */
function nearestOwn(units: readonly Unit[], at: number, clause: number, genders: readonly string[], excluded: EntityId | null): Unit | null {
  // Units are in text order: the last one ending by `at`, by binary search.
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid]!.to <= at) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && units[k]!.from >= at - CLAUSE_REACH; k--) {
    const u = units[k]!;
    if ((u.from < clause || u.mention?.type !== 'PER') && fitting(u, genders, excluded) && (u.mention?.type === 'PER' || u.nominative)) return u;
  }
  return null;
}

/**
 * The person a pronoun refers to in the sentences before its own: a subject pronoun already
 * resolved that stands first (the chain), else the first fitting subject, else the last fitting person.
 */
function earlierReferent(
  sentence: number, genders: readonly string[], excluded: EntityId | null, unitsOf: (sentence: number) => Unit[],
  known: (Unit | null | undefined)[], chained: readonly (Chained | undefined)[],
): EntityId | null {
  for (let s = sentence - 1; s >= Math.max(0, sentence - SENTENCES_BACK); s--) {
    let found = known[s];
    if (found === undefined) {
      found = firstNominative(unitsOf(s), genders, excluded);
      known[s] = found;
    }
    const linked = chainedReferent(chained[s], found, genders, excluded);
    if (linked) return linked;
    if (found) return person(found);
  }
  return null;
}

/** The first fitting nominative unit, else the last fitting person, else null. */
function firstNominative(units: readonly Unit[], genders: readonly string[], excluded: EntityId | null): Unit | null {
  for (const u of units) if (u.nominative && fitting(u, genders, excluded)) return u;
  for (let k = units.length - 1; k >= 0; k--) if (units[k]!.mention?.type === 'PER' && fitting(units[k]!, genders, excluded)) return units[k]!;
  return null;
}

/** Words that open a clause inside a sentence. */
const CLAUSE_OPENERS = wordSet('pronoun-clause-openers');
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(', ')', '«', '»', '"']);

/** Where the clause holding token `at` begins, within its sentence. */
function clauseStart(ctx: ResolveContext, from: number, at: number): number {
  for (let k = at - 1; k >= Math.max(from, at - CLAUSE_REACH); k--) {
    const token = ctx.tokens[k]!;
    if (token.kind === 'word' ? CLAUSE_OPENERS.has(ctx.words[k]!.folded) : CLAUSE_MARKS.has(token.text)) return k + 1;
  }
  return from;
}

const person = (unit: Unit): EntityId | null => (unit.mention?.type === 'PER' ? unit.mention.entity : unit.person ?? null);

const GENDERS = ['masc', 'femn', 'neut'];

/** A lower-case word's noun reading, kept on its record: every sentence a pronoun looks back at asks it of each word. */
const nounReadingOf = perWordFor((lexicon: ResolveLexicon, word: WordInfo) => lexicon.nounReading(word.folded));

function unitsIn(ctx: ResolveContext, from: number, to: number): Unit[] {
  const { tokens, words, mentions, mentionAt } = ctx;
  const units: Unit[] = [];
  for (let k = from; k < to; k++) {
    const index = mentionAt[k]!;
    if (index !== -1) {
      const mention = mentions[index]!;
      let end = k + 1;
      while (end < to && mentionAt[end] === index) end++;
      if (mention.type === 'PER' && isEponym(ctx, mention)) {
        k = end - 1;
        continue;
      }
      units.push({ from: k, to: end, mention, nominative: canBeNominative(words, k, end), genders: mentionGenders(ctx, mention, words[k]!) });
      k = end - 1;
      continue;
    }
    if (tokens[k]!.kind !== 'word' || words[k]!.shape !== 'lower' || isPersonPronoun(words[k]!.folded) || ctx.lexicon.roleWords.has(words[k]!.key)) continue;
    const noun = nounReadingOf(ctx.lexicon)(words[k]!);
    if (!noun) continue;
    // «хакер Иван Петров»: a noun in apposition right before a person's name is that person, who is the unit after it.
    if (noun.nominative && nameFollows(ctx, k, to)) continue;
    // «Министерство передало хакера Гэри Мак-Киннона … 40-летний хакер заявил»: a noun the text names a person
    // with elsewhere stands for that person, not for someone unnamed who blocks the link.
    const named = noun.nominative ? personNamedWith(ctx, k) : null;
    const genders = named ? personGenders(ctx, named) ?? noun.genders : noun.genders;
    // «Ему было 80 лет»: a noun a number counts is in the genitive the number governs (лет, not the
    // nominative «лёт»), no subject, unless the number ends in a lone 1 (21 год).
    units.push({ from: k, to: k + 1, mention: null, ...(named && { person: named }), genders, nominative: noun.nominative && !countedByNumber(ctx, k) });
  }
  return units;
}

/** A person's name that can be nominative opens right after token `k`, within the sentence ending at `to`. */
function nameFollows(ctx: ResolveContext, k: number, to: number): boolean {
  const index = k + 1 < to ? ctx.mentionAt[k + 1]! : -1;
  if (index === -1) return false;
  const mention = ctx.mentions[index]!;
  return mention.type === 'PER' && mention.tokens[0] === k + 1 && canBeNominative(ctx.words, mention.tokens[0], mention.tokens[1]);
}

/** The genders a person's name shows, or null where it shows none. */
function personGenders(ctx: ResolveContext, entity: EntityId): readonly string[] | null {
  const gender = ctx.genderOf(entity);
  return gender === null ? null : [gender === 'm' ? 'masc' : 'femn'];
}

/** The token before `k` is a number whose last digits are not a lone 1. */
function countedByNumber(ctx: ResolveContext, k: number): boolean {
  const before = k > 0 ? ctx.tokens[k - 1]! : null;
  return before !== null && before.kind === 'number' && !/(?:^|[^1])1$/.test(before.text);
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
function mentionGenders(ctx: ResolveContext, mention: Mention, first: WordInfo): readonly string[] | null {
  if (mention.type === 'PER') {
    const gender = ctx.genderOf(mention.entity);
    return gender === null ? null : [gender === 'm' ? 'masc' : 'femn'];
  }
  const head = (first.analyses.length > 0 ? first.analyses : ctx.analyseWord(first)).filter((a) => a.pos === 'NOUN');
  return GENDERS.filter((g) => head.some((a) => a.grams.includes(g)));
}

/** What a pronoun or a past-tense cue verb says of its subject: masculine, feminine or plural. */
export type PronounGender = 'm' | 'f' | 'pl';

/** Personal pronouns a speaker is given by, with the gender or number they show. */
const SPEAKER_PRONOUNS = wordMap('speaker-pronouns') as ReadonlyMap<string, PronounGender>;
/** «тот», «та» standing alone as a cue's subject, with the gender they show. */
const DEMONSTRATIVES = wordMap('demonstrative-subjects') as ReadonlyMap<string, PronounGender>;

/** A pronoun (folded) that can give a speaker, inside a cue or as its subject. */
export function isSpeakerPronoun(folded: string): boolean {
  return SPEAKER_PRONOUNS.has(folded);
}

/** The gender or number a speaker pronoun (folded) shows, or undefined for another word. */
export function speakerPronounGender(folded: string): PronounGender | undefined {
  return SPEAKER_PRONOUNS.get(folded);
}

/** The gender a singular cue verb shows (заявил, заявила), or null. */
export function cueGender(cue: Cue | null): 'm' | 'f' | null {
  const gender = cue ? cueAgreement(cue).gender : null;
  return gender === 'masc' ? 'm' : gender === 'femn' ? 'f' : null;
}

/** The gender or number a pronoun shows; for a role word, the one its cue verb shows. */
export function pronounGender(ctx: ResolveContext, i: number, cue: Cue | null): PronounGender | null {
  const g = SPEAKER_PRONOUNS.get(ctx.words[i]!.folded) ?? DEMONSTRATIVES.get(ctx.words[i]!.folded);
  if (g) return g;
  if (cue && cueAgreement(cue).number === 'plur') return 'pl';
  return cueGender(cue);
}

/** What a speaking pronoun stands for: a person or body, an unnamed phrase (`antecedent`), or two people named together (`group`). */
export interface SpeakerReferent {
  entity: EntityId | null;
  antecedent?: [number, number];
  group?: [EntityId, EntityId];
}

/** The speaker rule: a fitting person of its own sentence, else the subject of the sentence before (an unnamed phrase or a person), else the last fitting person (or organisation, for «они»). */
export function speakerPronoun(ctx: ResolveContext, at: number, cue: Cue | null): SpeakerReferent {
  const gender = pronounGender(ctx, at, cue);
  // «Хотя 80-летний Баффет …, по его словам, он …»: a fitting person earlier in the pronoun's own sentence comes first;
  // not one inside a quotation just before it or around it («Чубайс ошибается», — сказал он; «…как Тодд, — заявил он. — …»:
  // who is talked about does not speak). The pronoun is read from where the quotation opens, sentences back if it runs over several.
  const from = quotationBefore(ctx, at) ?? quotationAround(ctx, at) ?? at;
  const own = lastPersonMention(ctx, from, gender);
  if (gender !== 'pl' && own !== -1 && ctx.index.sentenceOf[ctx.mentions[own]!.tokens[0]] === ctx.index.sentenceOf[from]) return { entity: ctx.mentions[own]!.entity };
  // «… сообщает Expressen со ссылкой на представителя IKEA. По его словам, …»: the source the report relied on speaks on.
  const referenced = from === at ? referencedBefore(ctx, at, gender) : null;
  if (referenced) return referenced;
  // After a quotation of several sentences, an unnamed phrase before it is too far to be the one that speaks.
  const antecedent = ctx.index.sentenceOf[from] === ctx.index.sentenceOf[at] ? (gender === 'pl' ? groupInOwnSentence(ctx, at) : null) ?? unnamedAntecedent(ctx, at, gender) : null;
  if (antecedent) return { entity: null, antecedent };
  const group = gender === 'pl' ? pairJustBefore(ctx, from) : null;
  return group ? { entity: null, group } : { entity: subjectBefore(ctx, at, gender, 0, from) ?? knownGenderFirst(ctx, from, gender) };
}

/** How many sentences back the pair a plural pronoun stands for may be named. */
const PAIR_SENTENCES = 1;

/**
 * «Мария Иванова и Олег Смирнов поженились в июле. Они сообщили …»: «они» right after two people
 * joined by «и» stands for the two; further back, or with no pair, the rule goes on as before.
 */
function pairJustBefore(ctx: ResolveContext, at: number): [EntityId, EntityId] | null {
  return pairBefore(ctx, at, PAIR_SENTENCES);
}

/** onceAt's values: the subjects of a sentence, and what a pronoun subject continues. */
const SUBJECTS = placeSlot();
/** How many sentences a chain of subject pronouns is followed back. */
const CHAIN = 3;

/**
 * What a pronoun subject continues depends on how deep in a chain it is asked (the chain stops at
 * CHAIN sentences): one slot per depth, so an answer cut short for a deep chain is not handed to a
 * pronoun that asks it first-hand.
 */
const SUBJECT_CHAIN = Array.from({ length: CHAIN }, () => placeSlot());

/**
 * «Трамп провёл переговоры с Путиным. Он сказал …»: a speaking pronoun continues the subject of
 * the sentence before, not the person named last: the first nominative person there whose
 * gender fits (a person governed by a preposition or in another case is no subject).
 */
function subjectBefore(ctx: ResolveContext, at: number, gender: PronounGender | null, depth = 0, from = at, personal = SPEAKER_PRONOUNS.has(ctx.words[at]!.folded)): EntityId | null {
  const sentence = ctx.index.sentenceOf[from]!;
  // «тот», «та» stand for the one who is not the subject: only a personal pronoun continues it.
  if ((gender !== 'm' && gender !== 'f') || sentence === 0 || !personal) return null;
  const found = ctx.onceAt(SUBJECTS, sentence - 1, subjectsOf);
  const subject = firstSubject(ctx, found, gender);
  // «Сам спикер отвергает обвинения. В микроблоге он отметил …»: a role as the subject is the person the text gave that role.
  if (!subject) return titledSubject(ctx, found, gender) ?? (depth < CHAIN && opensWithVerbOf(ctx, sentence - 1, gender) ? subjectBefore(ctx, at, gender, depth + 1, ctx.sentences[sentence - 1]!.tokens[0], personal) : null);
  // «Петров приехал в Москву. Он встретился с Козловым. «…», — сказал он»: a pronoun subject before continues its own referent.
  if (subject.kind === 'pronoun') return depth < CHAIN ? chainedSubject(ctx, subject.from, gender, depth) : null;
  return genderAgrees(ctx, subject.mention!.entity, gender) ? subject.mention!.entity : null;
}

/**
 * What the pronoun subject at `from` continues, once per pronoun. A function of its own: the
 * closure it makes would otherwise have subjectBefore allocate its captured variables on every
 * call, the many that never get here included. No closure here either (one per call, memo hit
 * or not, was a tenth of the garbage of 100 000 «Он сказал: «да.»): the build reads its gender
 * and depth from two module variables, before it recurses into a chain of its own.
 */
function chainedSubject(ctx: ResolveContext, from: number, gender: PronounGender, depth: number): EntityId | null {
  chainGender = gender;
  chainDepth = depth;
  return ctx.onceAt(SUBJECT_CHAIN[depth]!, from, continuedSubject);
}

let chainGender: PronounGender = 'm';
let chainDepth = 0;

function continuedSubject(ctx: ResolveContext, k: number): EntityId | null {
  const gender = chainGender;
  // «Понтеса спросили о снах, которые он видит. Он ответил …»: the pronoun found its person by the
  // reference rule, in its own sentence first (Понтес), before the subject of the sentence before it.
  const own = referenceAtToken(ctx, k);
  if (own && gender !== 'pl' && genderAgrees(ctx, own, gender)) return own;
  return subjectBefore(ctx, k, gender, chainDepth + 1) ?? lastPerson(ctx, k, gender);
}

/** The person the reference rule gave the pronoun at token `k`, if any; the rule runs once per document. */
function referenceAtToken(ctx: ResolveContext, k: number): EntityId | null {
  const byStart = ctx.once('references-by-token', () => new Map(pronounReferences(ctx).map((r) => [r.start, r.entity])));
  return byStart.get(ctx.tokens[k]!.start) ?? null;
}

/** The first phrase that is a nominative person or a speaking pronoun of the gender (a loop: asked per pronoun, a closure each cost more). */
function firstSubject(ctx: ResolveContext, found: readonly NounPhrase[], gender: PronounGender): NounPhrase | undefined {
  for (const f of found) {
    if ((f.mention?.type === 'PER' && !obliqueName(ctx, f.mention) && !isEponym(ctx, f.mention)) || (f.kind === 'pronoun' && SPEAKER_PRONOUNS.get(ctx.words[f.from]!.folded) === gender)) return f;
  }
  return undefined;
}

/**
 * «Владимир — ученик Олега Табакова. Был режиссёром в его театре. По его словам, …»: a sentence that
 * opens with a singular verb of the pronoun's gender has no subject of its own; it goes on with
 * the one before it.
 */
function opensWithVerbOf(ctx: ResolveContext, sentence: number, gender: 'm' | 'f'): boolean {
  const [from, to] = ctx.sentences[sentence]!.tokens;
  let k = from;
  while (k < to && ctx.tokens[k]!.kind !== 'word') k++;
  if (k >= to) return false;
  const verb = ctx.analyseWord(ctx.words[k]!)[0];
  return !!verb && verb.pos === 'VERB' && verb.grams.includes('sing') && !verb.grams.includes(gender === 'm' ? 'femn' : 'masc') && !verb.grams.includes('neut');
}

/** The person the subject of the sentence before token `at` is (named, or through a chain of subject pronouns), if of this gender. */
export function subjectOfSentenceBefore(ctx: ResolveContext, at: number, gender: 'm' | 'f'): EntityId | null {
  return subjectBefore(ctx, at, gender, 0, at, true);
}

/** The person a singular role phrase among a sentence's subjects stands for, if the text gave someone of this gender that role. */
function titledSubject(ctx: ResolveContext, found: readonly NounPhrase[], gender: 'm' | 'f'): EntityId | null {
  // «Был режиссёром театра как актёр и режиссёр»: roles after «как» say in what capacity, they are no subject.
  const title = found.find((f) => f.kind === 'title' && !afterAs(ctx, f.from));
  if (!title || !headHas(ctx, title, 'sing')) return null;
  const head = headOf(ctx, title);
  const field = head + 1 < title.to && ctx.words[head + 1]!.shape === 'lower';
  const entity = givenRole(ctx, head, gender, field);
  return entity && genderAgrees(ctx, entity, gender) ? entity : null;
}

/** Letters a case ending adds to a name's last word (Синдеев → Синдеева, Синдеевым). */
const CASE_ENDING = 3;

/**
 * «об участии Ю.Синдеева … заявил Станислав Буянский»: a person's mention whose last word is the
 * last word of their name in the nominative with an ending added is in another case, whatever
 * its form may also read as (Синдеева, a woman's surname), so it is no subject.
 */
function obliqueName(ctx: ResolveContext, mention: Mention): boolean {
  const entity = ctx.entities.get(mention.entity);
  if (!entity) return false;
  const written = fold(lastWord(mention.text));
  const nominative = fold(lastWord(entity.name));
  return written.length > nominative.length && written.length - nominative.length <= CASE_ENDING && written.startsWith(nominative);
}

/** The last run of characters other than white space and dots: read back from the end, no split list made per call. */
function lastWord(name: string): string {
  let end = name.length;
  while (end > 0 && isSeparator(name, end - 1)) end--;
  let start = end;
  while (start > 0 && !isSeparator(name, start - 1)) start--;
  return name.slice(start, end);
}

/** A dot or what /\s/ matches. */
function isSeparator(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code === 0x2e || code === 0x20) return true;
  if (code < 0x80) return code >= 0x09 && code <= 0x0d;
  return /\s/.test(text.charAt(k));
}

const AS = functionWord('as');
/** How many words back from a role «как» is looked for: «как актёр, режиссёр и педагог». */
const AS_REACH = 6;

/** A «как» shortly before token `at` in its clause (no comma between, not opening the sentence). */
function afterAs(ctx: ResolveContext, at: number): boolean {
  const start = ctx.sentences[ctx.index.sentenceOf[at]!]!.tokens[0];
  for (let k = at - 1; k > start && k >= at - AS_REACH; k--) {
    if (ctx.tokens[k]!.kind !== 'word') return false;
    if (ctx.words[k]!.folded === AS) return true;
  }
  return false;
}


/** Tokens back from a pronoun a closing quotation mark is looked for. */
const QUOTE_REACH = 8;

/** The opening mark of a quotation that closes in the pronoun's sentence shortly before it («…», — сказал он), if any. */
function quotationBefore(ctx: ResolveContext, at: number): number | null {
  const start = ctx.sentences[ctx.index.sentenceOf[at]!]!.tokens[0];
  for (let k = at - 1; k >= Math.max(start, at - QUOTE_REACH); k--) {
    const pair = ctx.index.outerByClose.get(k);
    if (!pair) continue;
    // A short name in marks («Известиям») is no quotation.
    return isShortName(ctx.clauses, k) ? null : pair.open;
  }
  return null;
}

/** Tokens at the end of the sentence before in which «со ссылкой на» is looked for, and that its phrase may have. */
const REFERENCE_REACH = 40;
const REFERENCE_PHRASE = 10;

/**
 * «… передаёт New York Times со ссылкой на неназванных представителей администрации. По их
 * словам, …»: a source the sentence before cited (со ссылкой на X) is the one a pronoun of its
 * gender and number at the start of the next report stands for: a person named there, an
 * organisation for «их», else the unnamed phrase.
 */
function referencedBefore(ctx: ResolveContext, at: number, gender: PronounGender | null): { entity: EntityId | null; antecedent?: [number, number] } | null {
  const sentence = ctx.index.sentenceOf[at]!;
  if (!gender || sentence === 0) return null;
  const [start, end] = ctx.sentences[sentence - 1]!.tokens;
  for (let k = Math.max(start, end - REFERENCE_REACH); k < end; k++) {
    const words = referenceFrameAt(ctx, k);
    if (!words) continue;
    const from = k + words.length;
    let to = from;
    while (to < end && to - from < REFERENCE_PHRASE && !isPunct(ctx, to, ',;:') && !isTerminal(ctx, to)) to++;
    for (let j = from; j < to; j++) {
      const m = ctx.mentionAt[j] ?? -1;
      if (m === -1) continue;
      const mention = ctx.mentions[m]!;
      if (mention.type === 'PER' && gender !== 'pl' && genderAgrees(ctx, mention.entity, gender)) return { entity: mention.entity };
      if (mention.type === 'ORG' && gender === 'pl' && j === from) return { entity: mention.entity };
    }
    const phrase = nounPhrases(ctx.clauses, from, to, false)[0];
    if (phrase && phrase.from === from && (phrase.kind === 'source' || phrase.kind === 'title') && headHas(ctx, phrase, GRAMMEME[gender]!) && (gender === 'pl' || headHas(ctx, phrase, 'sing'))) {
      return { entity: null, antecedent: [phrase.from, phrase.to] };
    }
    return null;
  }
  return null;
}

/** Tokens back from a pronoun the opening mark of a quotation around it is looked for. */
const SPLIT_REACH = 60;

/** «…как Тодд, — заявил он. — …»: the opening mark of a quotation that the pronoun's cue splits, if the sentence opens one. */
function quotationAround(ctx: ResolveContext, at: number): number | null {
  // A straight mark may close the sentence before rather than open this one: one token further back.
  const start = ctx.sentences[ctx.index.sentenceOf[at]!]!.tokens[0] - 1;
  for (let k = at - 1; k >= Math.max(start, at - SPLIT_REACH, 0); k--) {
    const pair = ctx.index.outerByOpen.get(k);
    if (pair && pair.close > at) return k;
  }
  return null;
}

/** How many sentences back a person whose name shows the pronoun's gender outranks a later one whose name shows none. */
const KNOWN_GENDER_SENTENCES = 2;

/**
 * «У Рено была диагностирована болезнь Паркинсона. Она объявила …»: the last person whose name
 * shows the pronoun's gender, if in its sentence or the two before, wins over a later person
 * whose name shows no gender (Паркинсон); else the last fitting person.
 */
function knownGenderFirst(ctx: ResolveContext, at: number, gender: PronounGender | null): EntityId | null {
  if (gender === 'pl') return nearOrganisation(ctx, at);
  const last = lastPerson(ctx, at, gender);
  if (!last || (gender !== 'm' && gender !== 'f') || ctx.genderOf(last) !== null) return last;
  const known = lastPersonMention(ctx, at, gender, true);
  if (known === -1) return last;
  const mention = ctx.mentions[known]!;
  return ctx.index.sentenceOf[at]! - ctx.index.sentenceOf[mention.tokens[0]]! <= KNOWN_GENDER_SENTENCES ? mention.entity : last;
}

/** How many sentences back the person a bare «женщина», «мужчина» stands for may be named. */
const SEX_NOUN_SENTENCES = 2;

/**
 * «Она вышла из зала суда. Женщина заявила, что …»: the last person named in the sentence of `at`
 * or the SEX_NOUN_SENTENCES before whose name does not show the other gender; null for none (a newcomer the text
 * introduces by the noun is no one named: unlinked beats wrong).
 */
export function recentPersonOfGender(ctx: ResolveContext, at: number, gender: 'm' | 'f'): EntityId | null {
  const m = lastPersonMention(ctx, at, gender);
  if (m === -1) return null;
  const mention = ctx.mentions[m]!;
  return ctx.index.sentenceOf[at]! - ctx.index.sentenceOf[mention.tokens[0]]! <= SEX_NOUN_SENTENCES ? mention.entity : null;
}

/** How many sentences back the organisation «они» stands for may be named. */
const ORGANISATION_SENTENCES = 1;

/**
 * «они», «их»: the last organisation, if named in the pronoun's sentence or the one before; a
 * body named further back (Reuters, a paragraph ago) is less likely than a group the text did not
 * name (около четверти акционеров, врачи): unlinked beats wrong.
 */
function nearOrganisation(ctx: ResolveContext, at: number): EntityId | null {
  const m = lastPersonMention(ctx, at, 'pl');
  if (m === -1) return null;
  return ctx.index.sentenceOf[at]! - ctx.index.sentenceOf[ctx.mentions[m]!.tokens[0]]! <= ORGANISATION_SENTENCES ? ctx.mentions[m]!.entity : null;
}

/**
 * «Некоторые братья и сёстры певца подписали письмо, в котором они утверждали …», «Врачи говорят,
 * что они …»: «они» in the sentence of an unnamed plural group of people, with no body or pronoun
 * between, stands for that group.
 */
function groupInOwnSentence(ctx: ResolveContext, at: number): [number, number] | null {
  // At most CLAUSE_REACH tokens back: each pronoun of a broken run-on «sentence» reads a bounded stretch.
  const start = Math.max(ctx.sentences[ctx.index.sentenceOf[at]!]!.tokens[0], at - CLAUSE_REACH);
  if (at <= start) return null;
  const found = nounPhrases(ctx.clauses, start, at, true);
  if (found.some((f) => (f.mention && f.mention.type !== 'LOC') || f.kind === 'pronoun')) return null;
  const index = found.findIndex((f) => (f.kind === 'source' || f.kind === 'title') && headHas(ctx, f, 'plur') && peopleHead(ctx, f));
  if (index === -1) return null;
  const group = found[index]!;
  // «братья и сёстры певца»: a noun joined by «и» belongs to the group.
  const next = found[index + 1];
  const joined = next && next.from === group.to + 1 && ctx.tokens[group.to]!.kind === 'word' && COORDINATING_AND.has(ctx.words[group.to]!.folded);
  return [group.from, joined ? next.to : group.to];
}

/** The phrase's head is an animate noun (братья, врачи, акционеры): people, not things. */
function peopleHead(ctx: ResolveContext, f: NounPhrase): boolean {
  const a = ctx.analyseWord(ctx.words[headOf(ctx, f)]!).find((x) => x.pos === 'NOUN');
  return !!a && a.grams.includes('anim');
}

/** The grammeme that shows a gender in a noun's analysis. */
const GRAMMEME: Record<PronounGender, string> = { m: 'masc', f: 'femn', pl: 'plur' };

/** A sentence's noun phrases read as subjects: built once per sentence, whatever the number of pronouns after it asking. */
function subjectsOf(ctx: ResolveContext, sentence: number): NounPhrase[] {
  const [from, to] = ctx.sentences[sentence]!.tokens;
  return nounPhrases(ctx.clauses, from, to, true);
}

/**
 * «Был задержан 27-летний житель села. Он сказал, что …»: a pronoun continues the subject of
 * the sentence before it. When that sentence names no fitting person but has an unnamed one
 * (житель, очевидцы) of the pronoun's gender and number, the pronoun stands for that phrase.
 */
function unnamedAntecedent(ctx: ResolveContext, at: number, gender: PronounGender | null, depth = 0): [number, number] | null {
  const sentence = ctx.index.sentenceOf[at]!;
  if (!gender || sentence === 0) return null;
  const found = ctx.onceAt(SUBJECTS, sentence - 1, subjectsOf);
  // A person of another gender (О смерти Мендонсы сообщила его дочь. Она …) is not who the pronoun continues.
  const person = hasFittingPerson(ctx, found, gender);
  // «Родители погибшей приехали на суд. Они умоляли … «…», — говорится в их заявлении»: a pronoun
  // of the same gender or number opening the sentence before is its subject; the pronoun goes on
  // with the phrase that one continues.
  const first = found[0];
  if (first?.kind === 'pronoun' && SPEAKER_PRONOUNS.get(ctx.words[first.from]!.folded) === gender) {
    return depth < CHAIN ? unnamedAntecedent(ctx, ctx.sentences[sentence - 1]!.tokens[0], gender, depth + 1) : null;
  }
  if (person || found.some(isPronounPhrase)) return null;
  return unnamedSource(ctx, found, at, gender);
}

const isPronounPhrase = (f: NounPhrase) => f.kind === 'pronoun';

/**
 * The unnamed source or role among the sentence's phrases that the pronoun stands for. Apart from
 * unnamedAntecedent, so that the closures here are made only when it gets this far.
 */
function unnamedSource(ctx: ResolveContext, found: readonly NounPhrase[], at: number, gender: PronounGender): [number, number] | null {
  // A role the document gives no one (вице-губернатор края, with no person named) is unnamed too.
  // A bare role (Учёный не рекомендует. Он подчёркивает …) is the person just named, as a speaking role is.
  const bare = (f: NounPhrase) => gender !== 'pl' && headOf(ctx, f) === f.to - 1 && !isDeputy(ctx, f.to - 1) && lastPerson(ctx, f.from, gender) !== null;
  // A role with its holder's name right after it (Глава компании Олег Козлов) is that person, named.
  const named = (f: NounPhrase) => found.some((g) => g.from === f.to && g.mention?.type === 'PER');
  const unnamed = (f: NounPhrase) => !named(f) && (f.kind === 'source' || (f.kind === 'title' && resolveTitle(ctx, headOf(ctx, f), at, gender === 'pl' ? null : gender) === null && !bare(f)));
  const source = found.find((f) => unnamed(f) && headHas(ctx, f, GRAMMEME[gender]!) && (gender === 'pl' || (headHas(ctx, f, 'sing') && !inCoordination(ctx, f))));
  return source ? [source.from, source.to] : null;
}

/** A person the pronoun may stand for among the phrases (for «они», an organisation too). */
function hasFittingPerson(ctx: ResolveContext, found: readonly NounPhrase[], gender: PronounGender): boolean {
  for (const f of found) {
    const m = f.mention;
    if (m && ((m.type === 'PER' && (gender === 'pl' || genderAgrees(ctx, m.entity, gender))) || (gender === 'pl' && m.type === 'ORG'))) return true;
  }
  return false;
}

/** A noun right at `k`: a word whose first reading is a noun. */
function isNounAt(ctx: ResolveContext, k: number): boolean {
  return ctx.tokens[k]?.kind === 'word' && ctx.analyseWord(ctx.words[k]!)[0]?.pos === 'NOUN';
}

/**
 * «Рядом с ним были его жена и братья. По её словам, …»: a phrase joined by «и» to another noun
 * is one of a group the sentence speaks of together, not the one a singular pronoun continues.
 */
function inCoordination(ctx: ResolveContext, f: NounPhrase): boolean {
  const after = ctx.tokens[f.to]?.kind === 'word' && COORDINATING_AND.has(ctx.words[f.to]!.folded) && isNounAt(ctx, f.to + 1);
  const before = f.from > 1 && ctx.tokens[f.from - 1]!.kind === 'word' && COORDINATING_AND.has(ctx.words[f.from - 1]!.folded) && isNounAt(ctx, f.from - 2);
  return after || before;
}

/** The phrase's head: its first source, organisation or role noun. */
function headOf(ctx: ResolveContext, f: NounPhrase): number {
  for (let k = f.from; k < f.to; k++) {
    const key = ctx.words[k]!.key;
    if (ctx.sourceNouns.has(key) || ctx.orgNouns.has(key) || ctx.titles.has(key)) return k;
  }
  return f.from;
}

/** The phrase's head noun (the source, organisation or role word) reads with this grammeme. */
function headHas(ctx: ResolveContext, f: NounPhrase, grammeme: string): boolean {
  for (let k = f.from; k < f.to; k++) {
    if (!ctx.sourceNouns.has(ctx.words[k]!.key) && !ctx.orgNouns.has(ctx.words[k]!.key) && !ctx.titles.has(ctx.words[k]!.key)) continue;
    const a = ctx.analyseWord(ctx.words[k]!).find((x) => x.pos === 'NOUN');
    return !!a && a.grams.includes(grammeme);
  }
  // Any animate noun as subject (её сын, очевидцы): the number and gender its reading showed.
  return !!f.head && (f.head.number === grammeme || f.head.gender === grammeme);
}

/**
 * The last person before token `at` (a mention starting before it) whose gender fits, or for
 * «они» the last organisation: one table per gender, built once over the mentions, so that
 * each question is a lookup.
 */
export function lastPerson(ctx: ResolveContext, at: number, gender: PronounGender | null): EntityId | null {
  const m = lastPersonMention(ctx, at, gender);
  return m === -1 ? null : ctx.mentions[m]!.entity;
}

/** The names of the last-person tables, by gender and `known`: made once, not a string per query. */
const LAST_PERSON: Record<string, [string, string]> = Object.fromEntries(
  ['m', 'f', 'pl', 'null'].map((g) => [g, [`last-person:${g}:false`, `last-person:${g}:true`]]),
);

/** The index of that mention, or -1; `known`: only a person whose name shows a gender. */
function lastPersonMention(ctx: ResolveContext, at: number, gender: PronounGender | null, known = false): number {
  const last = ctx.once(LAST_PERSON[gender ?? 'null']![known ? 1 : 0], () => {
    const fits = (m: Mention) => {
      const entity = ctx.entities.get(m.entity);
      if (!entity) return false;
      if (gender === 'pl') return entity.type === 'ORG';
      if (known && ctx.genderOf(entity.id) === null) return false;
      return entity.type === 'PER' && (gender === null || genderAgrees(ctx, entity.id, gender)) && !isEponym(ctx, m);
    };
    // table[t]: the last fitting mention that starts before token t, or -1.
    const table = new Int32Array(ctx.tokens.length + 1).fill(-1);
    let m = 0;
    let best = -1;
    for (let t = 0; t <= ctx.tokens.length; t++) {
      while (m < ctx.mentions.length && ctx.mentions[m]!.tokens[0] < t) {
        if (fits(ctx.mentions[m]!)) best = m;
        m++;
      }
      table[t] = best;
    }
    return table;
  });
  return last[at]!;
}
