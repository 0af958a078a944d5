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
const PREPOSITION_CASES = new Map([...wordMap('preposition-cases')].map(([p, cases]) => [p, cases.split(' ')]));
/** A relation (сын Пеле, адвокат Пеле) takes the other person in the genitive: no apposition. */
const RELATIONS = wordSet('relation-nouns');
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

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
  if (!token || token.kind !== 'word' || input.text.slice(token.end, input.tokens[at]!.start) !== ' ') return undefined;
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
 * The gender of the past-tense verb right after a name that opens a sentence (Мисао Окава
 * родилась, Массимо Каррера заявил): the name is its subject, so in the nominative, and the
 * person of that gender. Not after a word: the verb may agree with a noun the name depends on
 * (Визит Дэвида Камерона состоялся).
 */
export function subjectGender(input: CaseContext, tools: CaseTools, start: number, end: number): 'masc' | 'femn' | undefined {
  if (!opensSentence(input, start)) return undefined;
  const token = input.tokens[end];
  if (!token || token.kind !== 'word' || input.text.slice(input.tokens[end - 1]!.end, token.start) !== ' ' || input.words[end]!.shape !== 'lower') return undefined;
  const best = tools.morphology.analyse(input.words[end]!.folded)[0];
  if (!best || best.pos !== 'VERB' || !best.grams.includes('past') || !best.grams.includes('sing')) return undefined;
  return best.grams.includes('masc') ? 'masc' : best.grams.includes('femn') ? 'femn' : undefined;
}

/** The token opens a sentence: the text's first, after a full stop, or at a line's start. */
export function opensSentence(input: CaseContext, k: number): boolean {
  if (k === 0) return true;
  const previous = input.tokens[k - 1]!;
  return SENTENCE_ENDS.has(previous.text) || input.text.slice(previous.end, input.tokens[k]!.start).includes('\n');
}
