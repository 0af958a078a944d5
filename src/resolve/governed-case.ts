import { COORDINATING_AND, functionWord } from '../clauses/words.js';
import { wordMap, wordSet } from '../dict/words.js';
import { CASE_GRAMMEMES, type Analysis, type Morphology } from '../morph/index.js';
import type { Token, WordInfo } from '../types.js';

/**
 * The case a name is in, as the word right before it governs it: a preposition (с Пеле:
 * instrumental or genitive) or a role noun in apposition (футболистом Пеле: instrumental;
 * балерина Мелани Хэмрик: nominative).
 * An indeclinable foreign name shows no case of its own, and the morphology's guess for it
 * (Пеле as the locative of «Пель») must agree with this one to stand.
 */

/** The six main cases: what a governing word, or agreement, tells of a name (no vocative or second genitive). */
export const CASES: ReadonlySet<string> = new Set(CASE_GRAMMEMES);
/** Prepositions, and the nouns of a source frame (по словам, согласно заявлению), by the cases they govern. */
const PREPOSITION_CASES = new Map([...wordMap('preposition-cases'), ...wordMap('frame-noun-cases')].map(([p, cases]) => [p, cases.split(' ')]));
/** A relation (сын Пеле, адвокат Пеле) takes the other person in the genitive: no apposition. */
const RELATIONS = wordSet('relation-nouns');
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

/** The cases a preposition governs (с: ablt gent), or undefined for a word that is none. */
export function prepositionCases(folded: string): readonly string[] | undefined {
  return PREPOSITION_CASES.get(folded);
}

export interface CaseContext {
  text: string;
  tokens: readonly Token[];
  words: readonly WordInfo[];
}

export interface CaseTools {
  morphology: Morphology;
  /** The lemma is a role word (министр, балерина): by lemma, as stem keys collide (фотография, фотограф). */
  isRole?: (lemma: string) => boolean;
}

const caseOf = (a: Analysis) => a.grams.find((g) => CASES.has(g));

/**
 * The cases the word before token `at` allows the name that starts there, or undefined where it
 * says nothing. A role in the genitive is often itself governed by a noun before it, the name
 * then in apposition to that noun (мать спортсменки Даниела Липницкая, уступил пост президента
 * Алану Гарсии): it counts only with `genitiveRoles`, for the weaker question whether the name
 * is written in the nominative at all.
 */
export function governedCases(input: CaseContext, tools: CaseTools, at: number, genitiveRoles = false): readonly string[] | undefined {
  const k = at - 1;
  const token = input.tokens[k];
  if (!token || token.kind !== 'word' || !oneSpace(input.text, token.end, input.tokens[at]!.start)) return undefined;
  const w = input.words[k]!;
  if (w.shape !== 'lower' && !(w.shape === 'title' && opensSentence(input, k))) return undefined;
  const governed = PREPOSITION_CASES.get(w.folded);
  if (governed) return governed;
  if (RELATIONS.has(w.key) || !tools.isRole) return undefined;
  const cases = new Set<string>();
  for (const a of tools.morphology.analyse(w.folded)) {
    const c = a.pos === 'NOUN' && a.grams.includes('sing') && tools.isRole(a.lemma) ? caseOf(a) : undefined;
    if (c) cases.add(c);
  }
  if (cases.size === 0 || (cases.has('gent') && !genitiveRoles)) return undefined;
  return [...cases];
}

/**
 * «премьер-министр Дании Хелле Торнинг-Шмитт», «министр науки и технологий страны Хорхе Арреаза»:
 * a name after a role with its genitive complement is in apposition to the role, in its case,
 * where the role can only be nominative: ['nomn'], or undefined where the words say nothing.
 */
export function roleApposition(input: CaseContext, tools: CaseTools, at: number): readonly string[] | undefined {
  return closesNominativeRole(input, tools, at) ? ['nomn'] : closesGovernedRole(input, tools, at);
}

/**
 * «По мнению члена комитета Совфеда по обороне и безопасности Валерия Шнякина», «у главы
 * комитета Тома Круза»: a role a preposition or a source frame governs is in that case, and so is
 * the name in apposition to it, past the role's genitive complement (a prepositional phrase may
 * stand in it). Not a role no word governs (мать спортсменки Даниела Липницкая: the name is the
 * mother's apposition).
 */
function closesGovernedRole(input: CaseContext, tools: CaseTools, start: number): readonly string[] | undefined {
  if (!tools.isRole) return undefined;
  // A word in another case than the genitive is read only inside a prepositional phrase (по обороне).
  let outsideCase = false;
  for (let k = start - 1; k >= Math.max(0, start - ROLE_TAIL_REACH); k--) {
    const token = input.tokens[k]!;
    if (token.kind !== 'word' || !oneSpace(input.text, token.end, input.tokens[k + 1]!.start)) return undefined;
    const w = input.words[k]!;
    if (w.shape !== 'lower' && !opensSentence(input, k)) continue;
    if (w.shape !== 'lower') return undefined;
    const governs = PREPOSITION_CASES.get(w.folded);
    if (governs && k < start - 1) {
      outsideCase = false;
      continue;
    }
    const analyses = tools.morphology.analyse(w.folded);
    const roles = analyses.filter((a) => a.pos === 'NOUN' && a.grams.includes('sing') && tools.isRole!(a.lemma));
    // The role, reached past its complement: the name is in the case the word before the role gives it.
    if (roles.length > 0) return k === start - 1 || outsideCase || RELATIONS.has(w.key) ? undefined : frameCase(input, k, roles);
    if (COORDINATING_AND.has(w.folded) && k < start - 1) continue;
    // Any other word is the complement's: a noun or an adjective, marked when it may not be a genitive.
    const nominal = analyses.filter((a) => a.pos === 'NOUN' || a.pos === 'ADJF');
    if (nominal.length === 0) return undefined;
    if (!nominal.some((a) => caseOf(a) === 'gent')) outsideCase = true;
  }
  return undefined;
}

/**
 * The one case other than the nominative that the preposition or source frame right before the
 * role at `k` governs and that one of the role's readings `roles` is in (члена комитета after «по
 * мнению»: gent); undefined where no such word stands there or the case is not one.
 */
function frameCase(input: CaseContext, k: number, roles: readonly Analysis[]): readonly string[] | undefined {
  const before = input.tokens[k - 1];
  const frame = before?.kind === 'word' && input.words[k - 1]!.shape === 'lower' && oneSpace(input.text, before.end, input.tokens[k]!.start) ? PREPOSITION_CASES.get(input.words[k - 1]!.folded) : undefined;
  if (!frame) return undefined;
  const cases = frame.filter((c) => roles.some((a) => caseOf(a) === c));
  return cases.length === 1 && cases[0] !== 'nomn' ? cases : undefined;
}

/**
 * What a verb agreeing with a name shows of it: the name is the verb's subject, so in the
 * nominative, and of the verb's gender where a singular past tense has one. `undefined` where no
 * verb makes the name its subject. A verb right after the name counts where nothing before the
 * name could be the verb's subject instead (Визит Дэвида Камерона состоялся): the name opens
 * the sentence (Мисао Окава родилась), follows punctuation, or closes a nominative role and its
 * genitive complement (Глава правительства Дании Хелле Торнинг-Шмитт сообщила); adverbs, a
 * prepositional phrase or an apposition in commas may stand between it and the verb (verbAfter). A verb right
 * before it counts in an inverted report, the name closing the clause (…, — заявил Педру Санчес.).
 * `closesRole`: what roleApposition already found at `start`, where the caller asked it.
 */
export function subjectOf(input: CaseContext, tools: CaseTools, start: number, end: number, closesRole?: boolean): { gender?: 'masc' | 'femn' } | undefined {
  const spaced = (a: number, b: number) => oneSpace(input.text, input.tokens[a]!.end, input.tokens[b]!.start);
  if (end < input.tokens.length && (opensSentence(input, start) || punctuationAt(input, start - 1) || adverbAt(input, tools, start - 1) || (closesRole ?? closesNominativeRole(input, tools, start)))) {
    const verb = verbAfter(input, tools, end);
    const after = verb === -1 ? undefined : finiteVerb(input, tools, verb);
    if (after) return after;
  }
  const closed = end >= input.tokens.length || input.tokens[end]!.kind === 'punct';
  // «Как сказал Педру Кардозу, …»: an as-frame opens the clause as punctuation would.
  const opened = punctuationAt(input, start - 2) || (input.words[start - 2]?.folded === functionWord('as'));
  if (closed && start >= 2 && spaced(start - 1, start) && opened && !opensSentence(input, start - 1)) return finiteVerb(input, tools, start - 1, true);
  return undefined;
}

/** Marks that close a title or an aside; the phrase they close may govern the name after them (автора «Удивительных историй» Стэна Ли). */
const CLOSING_MARKS = new Set(['»', '”', ')', ']']);

/** A mark of punctuation (or the text's start) at k that opens a clause: no word there for a verb to agree with instead. */
const punctuationAt = (input: CaseContext, k: number) => k < 0 || (input.tokens[k]!.kind !== 'word' && !CLOSING_MARKS.has(input.tokens[k]!.text));

/** Parts of speech that govern no noun: a name after one depends on nothing before it (Вчера Педру Санчес заявил). */
const NON_GOVERNING = new Set(['ADVB', 'CONJ', 'PRCL', 'INTJ']);

/** A lower-case word at k every reading of which is an adverb, a conjunction or a particle. */
function adverbAt(input: CaseContext, tools: CaseTools, k: number): boolean {
  if (k < 0 || input.tokens[k]!.kind !== 'word' || (input.words[k]!.shape !== 'lower' && !opensSentence(input, k))) return false;
  const analyses = tools.morphology.analyse(input.words[k]!.folded);
  return analyses.length > 0 && analyses.every((a) => NON_GOVERNING.has(a.pos));
}

/** Tokens between a name and its verb: an adverb, a prepositional phrase, an apposition in commas. */
const VERB_REACH = 10;

/**
 * The token where the verb after a name may stand: right after it, or past adverbs (также, ранее),
 * a prepositional phrase (в воскресенье) and an apposition set off by commas (, премьер-министр
 * Дании,); -1 where something else stands between (another noun, a verb form).
 */
function verbAfter(input: CaseContext, tools: CaseTools, end: number): number {
  let k = end;
  const limit = Math.min(input.tokens.length, end + VERB_REACH);
  while (k < limit) {
    const token = input.tokens[k]!;
    if (token.kind === 'punct' && token.text === ',') {
      // An apposition: words up to the closing comma, no verb among them.
      let j = k + 1;
      while (j < limit && input.tokens[j]!.kind === 'word' && tools.morphology.analyse(input.words[j]!.folded)[0]?.pos !== 'VERB') j++;
      if (j >= limit || j === k + 1 || input.tokens[j]!.text !== ',') return -1;
      k = j + 1;
      continue;
    }
    if (token.kind !== 'word' || input.words[k]!.shape !== 'lower') return -1;
    const best = tools.morphology.analyse(input.words[k]!.folded)[0];
    if (!best) return -1;
    if (best.pos === 'VERB') return k;
    if (best.pos === 'ADVB' || best.pos === 'PRCL' || (best.pos === 'CONJ' && !COORDINATING_AND.has(input.words[k]!.folded))) {
      k++;
      continue;
    }
    if (best.pos !== 'PREP') return -1;
    // The preposition's own phrase: lower-case nouns, adjectives and numbers after it.
    k++;
    while (k < limit && (input.tokens[k]!.kind === 'number' || (input.tokens[k]!.kind === 'word' && input.words[k]!.shape === 'lower' && ['NOUN', 'ADJF'].includes(tools.morphology.analyse(input.words[k]!.folded)[0]?.pos ?? '')))) k++;
  }
  return -1;
}

/** How far back a role's genitive complement may reach (министр иностранных дел Венесуэлы). */
const ROLE_TAIL_REACH = 8;

/**
 * The name follows a role whose only case is the nominative, with nothing between but its
 * genitive complement (правительства Дании, иностранных дел Венесуэлы): the name is in apposition
 * to the role, in its case. A role in another case first (Визит президента России …) says no.
 */
function closesNominativeRole(input: CaseContext, tools: CaseTools, start: number): boolean {
  if (!tools.isRole) return false;
  for (let k = start - 1; k >= Math.max(0, start - ROLE_TAIL_REACH); k--) {
    const token = input.tokens[k]!;
    if (token.kind !== 'word' || !oneSpace(input.text, token.end, input.tokens[k + 1]!.start)) return false;
    const w = input.words[k]!;
    // A capitalised word inside the sentence is a name of the complement (Дании): read on without
    // its analyses (a run of capitalised words asked this for every mention in it).
    if (w.shape !== 'lower' && !opensSentence(input, k)) continue;
    const analyses = tools.morphology.analyse(w.folded);
    const roles = analyses.filter((a) => a.pos === 'NOUN' && tools.isRole!(a.lemma));
    // A role right before the name is governedCases' to read; a relation takes the other person in the genitive (адвокат Оксаны Дорошенко).
    if (roles.length > 0) return k < start - 1 && !RELATIONS.has(w.key) && roles.every((a) => caseOf(a) === 'nomn');
    // A lower-case word must be genitive, or join two genitives (науки и технологий); a capitalised one opens the sentence.
    const joins = COORDINATING_AND.has(w.folded) && k < start - 1;
    if (w.shape !== 'lower' || (!joins && !analyses.some((a) => (a.pos === 'NOUN' || a.pos === 'ADJF') && caseOf(a) === 'gent'))) return false;
  }
  return false;
}

/**
 * The lower-case verb at k as a name's subject would have it: a singular past tense (with its
 * gender) or a third-person singular present or future. `before`: the verb stands before the name.
 */
function finiteVerb(input: CaseContext, tools: CaseTools, k: number, before = false): { gender?: 'masc' | 'femn' } | undefined {
  const token = input.tokens[k];
  if (!token || token.kind !== 'word' || input.words[k]!.shape !== 'lower') return undefined;
  const best = tools.morphology.analyse(input.words[k]!.folded)[0];
  if (!best || best.pos !== 'VERB' || !best.grams.includes('sing')) return undefined;
  if (best.grams.includes('past')) return best.grams.includes('masc') ? { gender: 'masc' } : best.grams.includes('femn') ? { gender: 'femn' } : undefined;
  return !before && best.grams.includes('3per') ? {} : undefined;
}

/** The token opens a sentence: the text's first, after a full stop, or at a line's start. */
export function opensSentence(input: CaseContext, k: number): boolean {
  if (k === 0) return true;
  const previous = input.tokens[k - 1]!;
  return SENTENCE_ENDS.has(previous.text) || hasNewline(input.text, previous.end, input.tokens[k]!.start);
}

// The gap between two tokens read in place: these are asked for every token a search steps over,
// and a slice of each gap was most of what they allocated.
/** The text between `from` and `to` is one space. */
const oneSpace = (text: string, from: number, to: number) => to - from === 1 && text.charCodeAt(from) === 32;

/** A line break stands between `from` and `to`. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
