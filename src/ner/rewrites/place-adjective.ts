import { wordList, wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { endingPattern } from '../endings.js';
import { rewritten } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';
import { isRussianBody } from './foreign-owner.js';

const RUSSIA_ADJECTIVES = wordSet('russia-adjectives');

/** An adjective made from a place name (московский, японского), in any case form. */
export const GEO_ADJECTIVE = endingPattern(wordList('place-adjective-suffixes'), wordList('place-adjective-endings'));

/** «японского МИДа», «московского «Центра»»: factRuEval puts a place adjective into the name. */
export function withPlaceAdjective(ctx: NerContext, c: Candidate): Candidate {
  if (c.type !== 'ORG') return c;
  const [from, to] = c.tokens;
  let k = from - 1;
  if (ctx.tokens[k]?.kind === 'quote') k--;
  const quoted = k === from - 2;
  const w = ctx.words[k];
  if (!w || w.shape !== 'lower' || !GEO_ADJECTIVE.test(w.folded) || !adjacent(ctx, k, k + 1)) return c;
  const end = quoted && ctx.tokens[to]?.kind === 'quote' ? to + 1 : to;
  // «японского МИДа» is Japan's ministry, not the dictionary's Russian one (as «МИД Японии» is).
  const foreign = !!c.entry && isRussianBody(c.entry) && !RUSSIA_ADJECTIVES.has(ctx.analyse(w.folded)[0]?.lemma ?? '');
  return rewritten(c, 'place-adjective', foreign ? { tokens: [k, end], entry: undefined } : { tokens: [k, end] });
}
