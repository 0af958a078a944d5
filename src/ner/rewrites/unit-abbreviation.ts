import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';

const UNIT_ABBREVIATIONS = wordSet('unit-abbreviations');

/**
 * «ГУ МВД по Свердловской области», «ГУ МЧС России по Санкт-Петербургу»: the unit's abbreviation
 * belongs to the name, and the unit is a body of its own, not the ministry it is part of.
 */
export function withUnitAbbreviation(ctx: NerContext, c: Candidate, previous: Candidate | undefined): Candidate {
  const [from, to] = c.tokens;
  const k = from - 1;
  if (c.type !== 'ORG' || k < 0 || !UNIT_ABBREVIATIONS.has(ctx.tokens[k]!.text) || !adjacent(ctx, k, from) || (previous && previous.tokens[1] > k)) return c;
  const { entry: _entry, owner: _owner, ...rest } = c;
  return rewritten(rest, 'unit-abbreviation', { tokens: [k, to] });
}
