import type { Sentence, Token } from '../types.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

export { tokenize } from './tokenize.js';
export { splitSentences } from './sentences.js';

export interface Segmentation {
  tokens: Token[];
  sentences: Sentence[];
}

export function segment(text: string): Segmentation {
  const tokens = tokenize(text);
  return { tokens, sentences: splitSentences(text, tokens) };
}
