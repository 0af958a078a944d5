import { wordList } from '../../dict/words.js';
import { stemKey } from '../../morph/key.js';
import type { Candidate } from '../../types.js';
import { wordsKey, type NerContext } from '../context.js';

/** The competition names by their words' keys, as wordsKey spells a span (each key, then a space). */
const NAMES = wordList('competition-names').map((name) => name.split(' ').map(stemKey).join(' ') + ' ');

/**
 * «финала Лиги чемпионов», «в женской Лиге чемпионов»: a body's noun with a complement can name a
 * tournament (dict/words/competition-names.txt); a candidate body that ends in one is no body. (The
 * place in «Лиги Европы» stays: NEREL marks it so.)
 */
export function withoutCompetitions(ctx: NerContext, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => c.type !== 'ORG' || !endsCompetition(ctx, c.tokens[0], c.tokens[1]));
}

function endsCompetition(ctx: NerContext, from: number, to: number): boolean {
  if (from < 0 || to - from < 2) return false;
  const key = wordsKey(ctx, from, to, 'key');
  return NAMES.some((name) => key.endsWith(name) && (key.length === name.length || key[key.length - name.length - 1] === ' '));
}
