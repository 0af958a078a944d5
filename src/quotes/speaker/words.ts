import type { PronounGender } from './gender.js';

/** The closed word classes the speaker rules read, by folded form (ё as е). */

export const PREPOSITIONS = new Set([
  'в', 'во', 'на', 'с', 'со', 'из', 'по', 'для', 'к', 'ко', 'от', 'у', 'о', 'об', 'обо', 'при', 'между',
  'перед', 'за', 'под', 'над', 'про', 'через', 'без', 'после', 'против', 'среди', 'около', 'вокруг',
]);

/** Personal pronouns a speaker is given by, with the gender or number they show. */
export const PRONOUNS: Record<string, PronounGender> = { он: 'm', она: 'f', они: 'pl', его: 'm', ее: 'f', их: 'pl' };

/** The subject forms; the others (его, её, их) speak only inside a cue: «по его словам». */
export const NOMINATIVE_PRONOUNS = new Set(['он', 'она', 'они']);

/** Words that open another clause, so the phrase around a cue stops before them. */
export const STOPS = new Set(['что', 'и', 'а', 'но', 'однако', 'который', 'которая', 'которые', 'чтобы', 'как', 'когда', 'если']);

/** «который» in the nominative: a relative that is itself the clause's subject (Олег, который заявил). */
export const NOMINATIVE_RELATIVES = new Set(['который', 'которая', 'которое', 'которые']);
