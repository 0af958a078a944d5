import { wordTable } from './words.js';

/**
 * Case endings of first names, and the nominative endings to try on the stem left (Эмиле → Эмиль,
 * Юлии → Юлий), in the order of dict/words/first-name-case-endings.tsv; "-" there is no ending.
 */
const noEnding = (ending: string) => (ending === '-' ? '' : ending);
const NAME_CASE_ENDINGS: readonly (readonly [string, readonly string[]])[] = wordTable('first-name-case-endings')
  .map((row) => [row.ending!, row.nominatives!.split(' ').map(noEnding)] as const);

/** The endings a first name takes in the oblique cases (Альфреда, Эмиле). */
export const FIRST_NAME_CASE_ENDINGS: readonly string[] = NAME_CASE_ENDINGS.map(([ending]) => ending);

/**
 * The first nominative of a folded word read as a first name's case form that `fits` accepts
 * (Марка → Марк where Марк is listed), trying the table's endings in order on a stem of two letters
 * at least; undefined when none fits.
 */
export function firstNameNominative(folded: string, fits: (nominative: string) => boolean): string | undefined {
  for (const [ending, nominatives] of NAME_CASE_ENDINGS) {
    if (!folded.endsWith(ending) || folded.length - ending.length < 2) continue;
    const stem = folded.slice(0, -ending.length);
    for (const nominative of nominatives) if (fits(stem + nominative)) return stem + nominative;
  }
  return undefined;
}
