import type { Analysis, Cue } from '../types.js';

/**
 * What a finite verb says of its subject: person, number, gender (past tense only) and tense.
 * A subject must agree with its predicate in these, so the clause rules (and the recogniser,
 * where a verb tells a person from a body) read them here rather than from grammemes.
 */
export interface Agreement {
  person: '1per' | '2per' | '3per' | null;
  number: 'sing' | 'plur' | null;
  gender: 'masc' | 'femn' | 'neut' | null;
  tense: 'past' | 'pres' | 'futr' | null;
}

const PERSONS = ['1per', '2per', '3per'] as const;
const NUMBERS = ['sing', 'plur'] as const;
const GENDERS = ['masc', 'femn', 'neut'] as const;
const TENSES = ['past', 'pres', 'futr'] as const;

function feature<T extends string>(grams: readonly string[], values: readonly T[]): T | null {
  return values.find((v) => grams.includes(v)) ?? null;
}

/** The agreement features of a finite-verb reading; null for any other part of speech (or none). */
export function verbAgreement(analysis: Analysis | undefined): Agreement | null {
  if (!analysis || analysis.pos !== 'VERB') return null;
  const { grams } = analysis;
  return { person: feature(grams, PERSONS), number: feature(grams, NUMBERS), gender: feature(grams, GENDERS), tense: feature(grams, TENSES) };
}

/** The parts of speech that agree with a noun as adjectives do: full adjectives and participles. */
export const ADJECTIVE_POS: ReadonlySet<string> = new Set(['ADJF', 'PRTF']);

/** The gender grammeme of a reading (masc, femn, neut), or null for one that has none (a plural, an indeclinable of common gender). */
export function grammaticalGender(grams: readonly string[]): 'masc' | 'femn' | 'neut' | null {
  return feature(grams, GENDERS);
}

const CUE_GENDERS = { m: 'masc', f: 'femn', n: 'neut', '-': null } as const;
const CUE_NUMBERS = { sg: 'sing', pl: 'plur', '-': null } as const;

/** The agreement features dict/cues.tsv gives a cue form (заявил: masculine singular; заявили: plural). */
export function cueAgreement(cue: Cue): Agreement {
  return { person: null, number: CUE_NUMBERS[cue.number], gender: CUE_GENDERS[cue.gender], tense: null };
}

const NOUN_FEATURES = ['masc', 'femn', 'neut', 'sing', 'plur', 'nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** Two adjective readings in one gender, number and case (Курской областной). */
export function sameAdjectiveForm(a: Analysis, b: Analysis): boolean {
  return NOUN_FEATURES.every((g) => a.grams.includes(g) === b.grams.includes(g));
}

/**
 * An adjective reading agrees with a noun reading: every gender, number and case grammeme of the
 * adjective's reading is the noun's too (a plural adjective has no gender, so any noun's does).
 * «Московский авиационный институт» agrees; «Московский» the surname before «института» does not.
 */
export function adjectiveAgrees(adjective: readonly Analysis[], noun: readonly Analysis[]): boolean {
  return adjective.some((a) => a.pos === 'ADJF' && noun.some((n) => n.pos === 'NOUN' && a.grams.every((g) => !NOUN_FEATURES.includes(g) || n.grams.includes(g))));
}
