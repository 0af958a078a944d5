import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';

const ROMAN_NUMERAL = /^[IVX]{1,5}$/;

/** «Альбер II», «Карл III»: a monarch's or pope's number belongs to the name. */
export function withRegnalNumber(ctx: NerContext, c: Candidate, next: Candidate | undefined): Candidate {
  const [from, to] = c.tokens;
  const token = ctx.tokens[to];
  if (c.type !== 'PER' || !token || token.kind !== 'word' || !ROMAN_NUMERAL.test(token.text) || !adjacent(ctx, to - 1, to)) return c;
  return next && next.tokens[0] === to ? c : rewritten(c, 'regnal-number', { tokens: [from, to + 1] });
}
