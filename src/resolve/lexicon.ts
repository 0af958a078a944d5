import { stemKey } from '../morph/key.js';
import type { NerLexicon } from '../ner/context.js';
import type { Morphology } from '../types.js';
import { cached } from '../util/cached.js';
import { nounReading, type NounReading } from './pronouns.js';

/** What resolve reads: the morphology, first names for gender and normal forms, roles, and a noun reading per word. */
export interface ResolveLexicon {
  morphology: Morphology;
  /** Folded first name (nominative) → 'm' | 'f' | 'mf'. */
  firstNames: ReadonlyMap<string, string>;
  /** Stem → listed first name, for names the morphology reads as indeclinable (Анне). */
  firstNamesByStem: ReadonlyMap<string, string>;
  roleWords: ReadonlySet<string>;
  /** A lower-case word as a singular noun, for pronoun resolution: cached, as the morphology's parses are. */
  nounReading: (folded: string) => NounReading | null;
}

export function prepareResolveLexicon(ner: NerLexicon, morphology: Morphology): ResolveLexicon {
  return {
    morphology,
    firstNames: ner.firstNames,
    firstNamesByStem: new Map([...ner.firstNames.keys()].map((name) => [stemKey(name), name])),
    roleWords: ner.titleWords,
    nounReading: cached((folded) => nounReading(morphology.analyse(folded))),
  };
}
