import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';

const DISTRICT_NOUNS = wordSet('district-nouns');

/**
 * «в лондонском районе Тоттенхэм», «с инноградом Сколково»: a name right after a lower-case noun
 * of a settlement or a town's part is that place, though a club or a company of the gazetteer
 * bears it too. A quoted name stays the body (посёлок «Газпрома»).
 */
export function withDistrictName(ctx: NerContext, c: Candidate): Candidate {
  if (c.type !== 'ORG') return c;
  const k = c.tokens[0] - 1;
  const noun = ctx.words[k];
  if (!noun || ctx.tokens[k]!.kind !== 'word' || noun.shape !== 'lower' || !DISTRICT_NOUNS.has(noun.folded) || !adjacent(ctx, k, k + 1)) return c;
  if (ctx.words[c.tokens[0]]!.shape !== 'title') return c;
  return rewritten(c, 'district-name', { type: 'LOC', entry: undefined });
}
