import type { Analysis } from '../types.js';

const GENDERS = ['masc', 'femn', 'neut'];

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
