import { prepareClauseLexicon, type ClauseLexicon } from '../clauses/context.js';
import { fold, stemKey } from '../morph/key.js';
import { titleHead, type NerLexicon } from '../ner/lexicon.js';
import type { CompiledLexicon, DictEntry, Morphology } from '../types.js';
import { cached } from '../util/cached.js';
import { nounReading, type NounReading } from './noun-reading.js';
import { nameVariants, wordKeys, type NameVariants } from './resolve.js';

/** What resolve reads: the clause rules' word classes, first names for gender and normal forms, kinds of role, and a noun reading per word. */
export interface ResolveLexicon extends ClauseLexicon {
  /** Stem → listed first name, for names the morphology reads as indeclinable (Анне). */
  firstNamesByStem: ReadonlyMap<string, string>;
  /** Keys of deputy and staff roles (вице-губернатор, заместитель, помощник): not the principal. */
  deputyTitles: ReadonlySet<string>;
  /** Keys of envoys (спецпредставитель, полпред): not the one they speak for, but may be named after the role. */
  envoyTitles: ReadonlySet<string>;
  /**
   * `TYPE:folded name or alias` → the dictionary entry (user entries first) and whether that
   * name is written with a capital, for rule-made names a dictionary knows.
   */
  entryByName: ReadonlyMap<string, { entry: DictEntry; titled: boolean }>;
  /** Dictionary ids of the news outlets: «издание» may stand for one the text gave no kind word. */
  outlets: ReadonlySet<string>;
  /** Dictionary ids of the businesses: «компания» may stand for one the text gave no kind word. */
  companies: ReadonlySet<string>;
  /** A lower-case word as a singular noun, for pronoun resolution: cached, as the morphology's parses are. */
  nounReading: (folded: string) => NounReading | null;
  /** A folded word's match keys (itself, stem key, lemmas), cached: every document recomputed them for each name's words. */
  wordKeys: (folded: string) => ReadonlySet<string>;
  /** A name's variants and their keys, kept per dictionary entry (computed anew for rule-made names). */
  nameVariants: (name: string, entry: DictEntry | undefined) => NameVariants;
}

export function prepareResolveLexicon(
  compiled: CompiledLexicon, ner: NerLexicon, morphology: Morphology, entries: readonly DictEntry[] = [],
): ResolveLexicon {
  const entryByName = new Map<string, { entry: DictEntry; titled: boolean }>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = `${entry.type}:${fold(name)}`;
      if (!entryByName.has(key)) entryByName.set(key, { entry, titled: name.charAt(0) !== name.charAt(0).toLowerCase() });
    }
  }
  const keys = cached((folded) => new Set(wordKeys(folded, { morphology })) as ReadonlySet<string>);
  const byEntry = new WeakMap<DictEntry, NameVariants>();
  return {
    ...prepareClauseLexicon(compiled, ner, morphology),
    entryByName,
    firstNamesByStem: new Map([...ner.firstNames.keys()].map((name) => [stemKey(name), name])),
    deputyTitles: new Set(compiled.deputyTitles.map((t) => stemKey(titleHead(t)))),
    envoyTitles: new Set(compiled.envoyTitles.map((t) => stemKey(titleHead(t)))),
    outlets: new Set(compiled.outletIds),
    companies: new Set(compiled.companyIds),
    nounReading: cached((folded) => nounReading(morphology.analyse(folded))),
    wordKeys: keys,
    nameVariants: (name, entry) => {
      if (!entry || entry.name !== name) return nameVariants(name, entry, { morphology, wordKeys: keys });
      let found = byEntry.get(entry);
      if (!found) byEntry.set(entry, (found = nameVariants(name, entry, { morphology, wordKeys: keys })));
      return found;
    },
  };
}
