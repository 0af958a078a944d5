import type { Sentence, WordInfo } from '../types.js';

/** Tokens of all-capitals lines (headlines): there capitals say nothing about names. */
export function headlineTokens(sentences: readonly Sentence[], words: readonly WordInfo[]): Uint8Array {
  const marks = new Uint8Array(words.length);
  for (const s of sentences) {
    let upper = 0;
    let cased = 0;
    for (let k = s.tokens[0]; k < s.tokens[1]; k++) {
      const shape = words[k]!.shape;
      if (shape === 'none') continue;
      cased++;
      if (shape === 'upper') upper++;
    }
    if (cased >= 3 && upper / cased > 0.6) marks.fill(1, s.tokens[0], s.tokens[1]);
  }
  return marks;
}
