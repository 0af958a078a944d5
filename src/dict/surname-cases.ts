import { wordList, wordSet } from './words.js';

/**
 * A Russian surname's suffix (-ов, -ев, -ин …) and an oblique case ending after it (Ореховым,
 * Карасёвой), from dict/words/surname-suffixes.txt and surname-case-endings.txt. No ending is the
 * tail of another, so a word splits one way at most.
 */
const SUFFIXES = wordList('surname-suffixes').join('|');
const ENDINGS = wordList('surname-case-endings').join('|');
const SURNAME_CASE = new RegExp(`^(.+(?:${SUFFIXES}))(${ENDINGS})$`);
const BARE_SUFFIX = new RegExp(`..(?:${SUFFIXES})$`);
/** The same in any case, the nominative too, after a stem of two letters at least. */
const SURNAME_FORM = new RegExp(`..(?:${SUFFIXES})(?:${ENDINGS})?$`);

/** A Russian surname's suffix and case ending, or the suffix alone (Сотникова, Ицкову, Гаевым, Гаев). */
export function isRussianSurnameForm(word: string): boolean {
  return SURNAME_FORM.test(word);
}

/** Of those endings, the ones a man's surname can have, and a woman's. */
export const MASCULINE_SURNAME_CASE_ENDINGS = wordSet('masculine-surname-case-endings');
export const FEMININE_SURNAME_CASE_ENDINGS = wordSet('feminine-surname-case-endings');

/**
 * The nominative of a man's surname, or a woman's (gender 'femn'), in an oblique case (Ореховым →
 * Орехов, Ореховой → Орехова), by its ending: the morphology may read the word as an adjective or
 * as another word's form. Null when the word has no such ending for that gender.
 */
export function surnameNominative(word: string, gender: string | undefined): string | null {
  const feminine = gender === 'femn';
  const m = SURNAME_CASE.exec(word);
  if (!m || !(feminine ? FEMININE_SURNAME_CASE_ENDINGS : MASCULINE_SURNAME_CASE_ENDINGS).has(m[2]!)) return null;
  return feminine ? `${m[1]}а` : m[1]!;
}

/**
 * The gender a Russian surname's form shows by itself: a woman's case ending no man's surname has
 * (Сомовой, Сомовою, Сомовую), a man's one no woman's has (Сомовым, Сомовом, Сомове) or the bare
 * suffix (Сомов). Undefined where both may be (Сомова, Сомову) or the word has no such suffix.
 */
export function russianSurnameGender(word: string): 'masc' | 'femn' | undefined {
  const m = SURNAME_CASE.exec(word);
  if (!m) return BARE_SUFFIX.test(word) ? 'masc' : undefined;
  const feminine = FEMININE_SURNAME_CASE_ENDINGS.has(m[2]!);
  const masculine = MASCULINE_SURNAME_CASE_ENDINGS.has(m[2]!);
  return feminine === masculine ? undefined : feminine ? 'femn' : 'masc';
}
