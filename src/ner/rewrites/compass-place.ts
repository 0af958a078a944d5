import { wordSet } from '../../dict/words.js';
import { CASE_GRAMMEMES } from '../../morph/index.js';
import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';

const COMPASS = wordSet('compass-adjectives');

/**
 * «Восточный Иерусалим», «Южными Курилами», «в Западном Берлине»: an adjective of a part, right
 * before a place's name and agreeing with it, belongs to the name; in lower case too («стран
 * западной Европы», «в восточной Украине»), as both factRuEval and NEREL mark it.
 */
export function withCompassPart(ctx: NerContext, c: Candidate, previous: Candidate | undefined): Candidate {
  if (c.type !== 'LOC') return c;
  const k = c.tokens[0] - 1;
  const w = ctx.words[k];
  if (!w || ctx.tokens[k]!.kind !== 'word' || (w.shape !== 'title' && w.shape !== 'lower') || !adjacent(ctx, k, k + 1) || (previous && previous.tokens[1] > k)) return c;
  const adjective = (w.shape === 'lower' ? ctx.analyseWord(w) : w.analyses).filter((a) => a.pos === 'ADJF' && COMPASS.has(a.lemma));
  if (adjective.length === 0) return c;
  // Agreement in number and case with the place's first word (Южными Курилами, not «Южной Курилами»).
  const place = ctx.words[c.tokens[0]]!.analyses;
  const fits = adjective.some((a) => place.length === 0 || place.some((p) => ['sing', 'plur'].every((n) => a.grams.includes(n) === p.grams.includes(n) || !a.grams.includes(n)) && caseOf(a) === caseOf(p)));
  // A part of the place is a place of its own: its name, not the dictionary's whole.
  return fits ? rewritten(c, 'compass-part', { tokens: [k, c.tokens[1]], entry: undefined }) : c;
}

const caseOf = (a: { grams: readonly string[] }) => a.grams.find((g) => CASE_GRAMMEMES.includes(g));
