import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';
import { inPlaceSlot, opensPlaceSlot } from '../place-slot.js';

/**
 * «в лондонском районе Тоттенхэм», «с инноградом Сколково», «округа Харрис», «жительница Жироны»:
 * a name right after a lower-case noun of a settlement, a territory or its residents is that
 * place, though a club, a company or a person of the gazetteer bears it too. A quoted name stays
 * the body (посёлок «Газпрома»); a person's name opening with a first name stays the person.
 */
export function withDistrictName(ctx: NerContext, c: Candidate): Candidate {
  const from = c.tokens[0];
  if (c.type === 'ORG') {
    if (!opensPlaceSlot(ctx, from - 1) || !adjacent(ctx, from - 1, from) || ctx.words[from]!.shape !== 'title') return c;
  } else if (c.type !== 'PER' || !inPlaceSlot(ctx, from)) return c;
  return rewritten(c, 'district-name', { type: 'LOC', entry: undefined });
}
