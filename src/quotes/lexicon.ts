import { stemKey } from '../morph/key.js';
import type { NerLexicon } from '../ner/context.js';
import { titleHead } from '../ner/context.js';
import type { CompiledLexicon } from '../types.js';
import { buildCueIndex, type CueIndex } from './cues.js';

/** The word lists the quote rules read, prepared once per annotator. */
export interface QuoteLexicon {
  cues: CueIndex;
  /** Folded first name (nominative) → 'm' | 'f' | 'mf'. */
  firstNames: ReadonlyMap<string, string>;
  titles: ReadonlySet<string>;
  roleWords: ReadonlySet<string>;
  deputyTitles: ReadonlySet<string>;
  envoyTitles: ReadonlySet<string>;
  sourceNouns: ReadonlySet<string>;
  documentNouns: ReadonlySet<string>;
  orgNouns: ReadonlySet<string>;
}

export function prepareQuoteLexicon(compiled: CompiledLexicon, ner: NerLexicon): QuoteLexicon {
  return {
    cues: buildCueIndex(compiled.cues),
    firstNames: ner.firstNames,
    titles: ner.titles,
    roleWords: ner.titleWords,
    deputyTitles: new Set(compiled.deputyTitles.map((t) => stemKey(titleHead(t)))),
    envoyTitles: new Set(compiled.envoyTitles.map((t) => stemKey(titleHead(t)))),
    sourceNouns: new Set(compiled.sourceNouns.map(stemKey)),
    documentNouns: new Set(compiled.documentNouns.map(stemKey)),
    orgNouns: ner.orgNouns,
  };
}
