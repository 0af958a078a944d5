import type { Candidate } from '../../types.js';
import type { NerContext } from '../context.js';
import { anyMarked } from '../select.js';

const URL = /(?:https?:\/\/|www\.)[^\s\]\[()«»"'<>]+/g;

/** «https://www.youtube.com/watch?v=QorduzqCSy4»: nothing inside a web address is a mention (a video id is no company). */
export function outsideUrls(ctx: NerContext, candidates: Candidate[]): Candidate[] {
  const { text, tokens } = ctx;
  if (!text.includes('://') && !text.includes('www.')) return candidates;
  const inUrl = new Uint8Array(tokens.length);
  let k = 0;
  for (const m of text.matchAll(URL)) {
    const end = m.index + m[0].length;
    while (k < tokens.length && tokens[k]!.end <= m.index) k++;
    for (let j = k; j < tokens.length && tokens[j]!.start < end; j++) inUrl[j] = 1;
  }
  return candidates.filter((c) => !anyMarked(inUrl, c.tokens[0], c.tokens[1]));
}
