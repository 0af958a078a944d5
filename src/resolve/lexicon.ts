import { fold, stemKey } from '../morph/key.js';
import type { NerLexicon } from '../ner/context.js';
import type { DictEntry, Morphology } from '../types.js';
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
  /**
   * `TYPE:folded name or alias` → the dictionary entry (user entries first) and whether that
   * name is written with a capital, for rule-made names a dictionary knows.
   */
  entryByName: ReadonlyMap<string, { entry: DictEntry; titled: boolean }>;
  /** A lower-case word as a singular noun, for pronoun resolution: cached, as the morphology's parses are. */
  nounReading: (folded: string) => NounReading | null;
}

export function prepareResolveLexicon(ner: NerLexicon, morphology: Morphology, entries: readonly DictEntry[] = []): ResolveLexicon {
  const entryByName = new Map<string, { entry: DictEntry; titled: boolean }>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = `${entry.type}:${fold(name)}`;
      if (!entryByName.has(key)) entryByName.set(key, { entry, titled: name.charAt(0) !== name.charAt(0).toLowerCase() });
    }
  }
  return {
    entryByName,
    morphology,
    firstNames: ner.firstNames,
    firstNamesByStem: new Map([...ner.firstNames.keys()].map((name) => [stemKey(name), name])),
    roleWords: ner.titleWords,
    nounReading: cached((folded) => nounReading(morphology.analyse(folded))),
  };
}
