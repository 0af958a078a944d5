import { fold, type WordInfo } from '../../morph/index.js';
import type { Candidate } from '../../types.js';
import { candidate, lengthOf, PRIORITY } from '../candidate.js';
import type { NerContext } from '../context.js';

/**
 * Once a document names a person in full (Александр Брод), the surname alone is that
 * person anywhere in it (Брод, Брода), even where the word is also a common noun or a town.
 */
export function repeatedSurnames(ctx: NerContext, persons: readonly Candidate[]): Candidate[] {
  const surnames = new Set<string>();
  for (const p of persons) {
    if (lengthOf(p) < 2) continue;
    const last = ctx.words[p.tokens[1] - 1]!;
    if (last.folded.length > 2) surnames.add(last.lemma);
  }
  const out: Candidate[] = [];
  // By the best lemma, or by a surname reading that is not the best (Баканова: «бакановый» first).
  const isRepeat = (w: WordInfo) => surnames.has(w.lemma) || w.analyses.some((a) => a.grams.includes('Surn') && surnames.has(fold(a.lemma)));
  ctx.words.forEach((w, i) => {
    if (w.shape === 'title' && isRepeat(w)) out.push(candidate(i, i + 1, 'PER', 'surname-repeat', PRIORITY.repeat));
  });
  return out;
}
