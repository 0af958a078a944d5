import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';
import { isRelationalAdjective } from '../rules/org-chunker.js';

const BUILDINGS = wordSet('building-bodies');
const PREPOSITIONS = wordSet('building-place-prepositions');

/**
 * «Обама выступал в Белом доме», «в Сколково»: a body named after its building, after a
 * preposition of place (and an adjective: в подмосковном Сколково), is the building (factRuEval: a place) — unless the phrase speaks
 * for the body («в Белом доме заявили»: the next word is a speech verb).
 */
export function withBuildingPlace(ctx: NerContext, c: Candidate): Candidate {
  if (c.type !== 'ORG' || !c.entry || !BUILDINGS.has(c.entry.id)) return c;
  let k = c.tokens[0] - 1;
  // «в подмосковном Сколково»: a relational adjective may stand between.
  const adjective = ctx.words[k];
  if (adjective && adjective.shape === 'lower' && isRelationalAdjective(ctx.analyseWord(adjective)) && adjacent(ctx, k, k + 1)) k--;
  const before = ctx.words[k];
  if (!before || ctx.tokens[k]!.kind !== 'word' || !PREPOSITIONS.has(before.folded) || !adjacent(ctx, k, k + 1)) return c;
  const after = ctx.words[c.tokens[1]];
  if (after && ctx.tokens[c.tokens[1]]!.kind === 'word' && ctx.lexicon.speechVerbs.has(after.folded)) return c;
  return rewritten(c, 'building-place', { type: 'LOC', entry: undefined });
}
