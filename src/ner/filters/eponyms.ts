import type { Candidate } from '../../types.js';
import { wordSet } from '../../dict/words.js';
import { lengthOf } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';

const EPONYM_HEADS = wordSet('eponym-heads');
const REPEATS = new Set(['surname-repeat', 'dict-surname']);

/**
 * «болезнь Паркинсона», «Кубок Стэнли», «синдром Дауна»: one capitalised word right after a noun
 * of a thing named after someone (dict/words/eponym-heads.txt) is part of that thing's name; the
 * person it honours is not someone the text speaks of. A fuller name (Кубок Льва Яшина) stays, and
 * so does a person the text names elsewhere (Уго Чавес … болезнь Чавеса): a dictionary person or
 * the repeat of a full name.
 */
export function isEponym(ctx: NerContext, c: Candidate): boolean {
  if (c.type !== 'PER' || lengthOf(c) !== 1 || c.entry || REPEATS.has(c.rule)) return false;
  const i = c.tokens[0];
  const head = ctx.words[i - 1];
  return !!head && ctx.tokens[i - 1]!.kind === 'word' && adjacent(ctx, i - 1, i) && EPONYM_HEADS.has(head.folded);
}
