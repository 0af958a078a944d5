import type { DocumentIndex, Sentence, Token } from '../types.js';
import { ByToken } from '../util/by-token.js';
import { hasLineBreak } from './chars.js';
import { isParagraphBreak, pairQuoteMarks } from './quote-pairs.js';

/**
 * The document's indexes, built once after segmentation (linear in tokens): token → sentence,
 * line and paragraph, and the quotation-mark pairs at every depth. Later stages read these
 * instead of rescanning the text.
 */
export function indexDocument(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): DocumentIndex {
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, index) => sentenceOf.fill(index, s.tokens[0], s.tokens[1]));
  const lineOf = new Int32Array(tokens.length);
  const paragraphOf = new Int32Array(tokens.length);
  let line = 0;
  let paragraph = 0;
  for (let i = 1; i < tokens.length; i++) {
    const from = tokens[i - 1]!.end;
    const to = tokens[i]!.start;
    if (hasLineBreak(text, from, to)) line++;
    if (isParagraphBreak(text, from, to, tokens[i]!)) paragraph++;
    lineOf[i] = line;
    paragraphOf[i] = paragraph;
  }
  const pairs = pairQuoteMarks(text, tokens, paragraphOf, lineOf);
  const outer = pairs.filter((p) => p.depth === 0);
  return {
    sentenceOf, lineOf, paragraphOf, pairs,
    outerByOpen: new ByToken(tokens.length, outer.map((p) => [p.open, p] as const)),
    outerByClose: new ByToken(tokens.length, outer.map((p) => [p.close, p] as const)),
  };
}
