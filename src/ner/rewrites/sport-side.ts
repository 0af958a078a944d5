import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';
import type { NerContext } from '../context.js';

const SPORT_VERBS = wordSet('sport-verbs');

/**
 * «Зенит обыграл Краснодар», «ЦСКА уступил Ростову»: a place on one side of a match's result verb
 * whose other side is an organisation (a club) is a club named after its town. Two places
 * (Россия обыграла Канаду) are teams of countries, left as places.
 */
export function withSportSide(ctx: NerContext, c: Candidate, previous: Candidate | undefined, next: Candidate | undefined): Candidate {
  if (c.type !== 'LOC') return c;
  const club = (other: Candidate | undefined, from: number, to: number) => other?.type === 'ORG' && onlyResultVerb(ctx, from, to);
  if (club(next, c.tokens[1], next?.tokens[0] ?? 0) || club(previous, previous?.tokens[1] ?? 0, c.tokens[0])) {
    return rewritten(c, 'sport-side', { type: 'ORG', entry: undefined });
  }
  return c;
}

/** The tokens [from, to) are one lower-case result verb, quote marks around the sides allowed. */
function onlyResultVerb(ctx: NerContext, from: number, to: number): boolean {
  let verbs = 0;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === 'quote') continue;
    if (t.kind !== 'word' || ctx.words[k]!.shape !== 'lower' || !SPORT_VERBS.has(ctx.words[k]!.folded)) return false;
    verbs++;
  }
  return verbs === 1;
}
