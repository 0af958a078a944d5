import { prepareClauseLexicon, type ClauseLexicon } from '../clauses/context.js';
import { stemKey } from '../morph/key.js';
import { titleHead, type NerLexicon } from '../ner/context.js';
import type { CompiledLexicon, Morphology } from '../types.js';
import { cached } from '../util/cached.js';
import { nounReading, type NounReading } from './noun-reading.js';

/** What resolve reads: the clause rules' word classes, first names for gender and normal forms, kinds of role, and a noun reading per word. */
export interface ResolveLexicon extends ClauseLexicon {
  /** Stem → listed first name, for names the morphology reads as indeclinable (Анне). */
  firstNamesByStem: ReadonlyMap<string, string>;
  /** Keys of deputy and staff roles (вице-губернатор, заместитель, помощник): not the principal. */
  deputyTitles: ReadonlySet<string>;
  /** Keys of envoys (спецпредставитель, полпред): not the one they speak for, but may be named after the role. */
  envoyTitles: ReadonlySet<string>;
  /** A lower-case word as a singular noun, for pronoun resolution: cached, as the morphology's parses are. */
  nounReading: (folded: string) => NounReading | null;
}

export function prepareResolveLexicon(compiled: CompiledLexicon, ner: NerLexicon, morphology: Morphology): ResolveLexicon {
  return {
    ...prepareClauseLexicon(compiled, ner, morphology),
    firstNamesByStem: new Map([...ner.firstNames.keys()].map((name) => [stemKey(name), name])),
    deputyTitles: new Set(compiled.deputyTitles.map((t) => stemKey(titleHead(t)))),
    envoyTitles: new Set(compiled.envoyTitles.map((t) => stemKey(titleHead(t)))),
    nounReading: cached((folded) => nounReading(morphology.analyse(folded))),
  };
}
