import type { Candidate } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';

/** An adjective made from a place name (московский, японского), in any case form. */
export const GEO_ADJECTIVE = /(ск|цк)(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$/;

/** «японского МИДа», «московского «Центра»»: factRuEval puts a place adjective into the name. */
export function withPlaceAdjective(ctx: NerContext, c: Candidate): Candidate {
  if (c.type !== 'ORG') return c;
  let k = c.from - 1;
  if (ctx.tokens[k]?.kind === 'quote') k--;
  const quoted = k === c.from - 2;
  const w = ctx.words[k];
  if (!w || w.shape !== 'lower' || !GEO_ADJECTIVE.test(w.folded) || !adjacent(ctx, k, k + 1)) return c;
  const to = quoted && ctx.tokens[c.to]?.kind === 'quote' ? c.to + 1 : c.to;
  return { ...c, from: k, to };
}
