import { PRIORITY, type Candidate } from '../candidate.js';
import { atSentenceStart, isCommonWord, type NerContext } from '../context.js';

/**
 * Places the gazetteer lacks, from the morphology's Geox mark on a capitalised word
 * (Бергамо, Липецк). At the start of a sentence the word must not also be a common word.
 */
export function geoxCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const word = ctx.words[i]!;
    if (word.shape !== 'title') continue;
    const best = word.analyses[0];
    if (!best || !best.grams.includes('Geox') || best.score < 0.2) continue;
    if (atSentenceStart(ctx, i) && isCommonWord(word)) continue;
    out.push({ from: i, to: i + 1, type: 'LOC', rule: 'geox', priority: PRIORITY.geox });
  }
  return out;
}
