import type { CompiledLexicon } from '../types.js';
import { buildCueIndex, type CueIndex } from './cues.js';

/** What the quote rules read beyond the clause and resolve lexicons: the speech cues, prepared once per annotator. */
export interface QuoteLexicon {
  cues: CueIndex;
}

export function prepareQuoteLexicon(compiled: CompiledLexicon): QuoteLexicon {
  return { cues: buildCueIndex(compiled.cues) };
}
