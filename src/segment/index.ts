import type { SegmentedDocument, Sentence, Token } from '../types.js';
import { indexDocument } from './document-index.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

export { tokenize } from './tokenize.js';
export { splitSentences } from './sentences.js';
export { isWikiMarkup } from './quote-pairs.js';

export interface Segmentation {
  tokens: Token[];
  sentences: Sentence[];
}

export function segment(text: string): Segmentation {
  const tokens = tokenize(text);
  return { tokens, sentences: splitSentences(text, tokens) };
}

/** The segment stage: tokens, sentences, and the document's indexes over them. */
export function segmentDocument(text: string): SegmentedDocument {
  const { tokens, sentences } = segment(text);
  return { text, tokens, sentences, index: indexDocument(text, tokens, sentences) };
}
