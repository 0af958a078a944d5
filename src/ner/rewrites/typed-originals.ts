import type { Candidate } from '../../types.js';
import { lengthOf, rewritten } from '../candidate.js';
import type { NerContext } from '../context.js';

/** What may follow an original in brackets: the bracket's end, or a second original after it. */
const ORIGINAL_ENDS = new Set([')', ';', ',']);

/**
 * «в городе Мосул (Mossul)», «Гэри Мак-Киннона (Gary McKinnon)»: a Latin name in brackets right
 * after a place or a person the selection typed is that name's original, of the same type; that
 * Latin words mostly name companies is weaker evidence than the name they translate.
 */
export function withTypedOriginal(ctx: NerContext, c: Candidate, previous: Candidate | undefined): Candidate {
  // «команды Нью-Ингленд Пэтриотс (New England Patriots)»: the person rules took the original for a
  // person's, as they read the name before it; the selection made that name a body, so is its original.
  if (c.rule === 'latin-original' && previous?.type === 'ORG' && previous.tokens[1] === c.tokens[0] - 1) return rewritten(c, 'typed-original', { type: 'ORG' });
  if (c.rule !== 'latin-name' || !previous || previous.type === 'ORG') return c;
  const from = c.tokens[0];
  if (ctx.tokens[from - 1]?.text !== '(' || !ORIGINAL_ENDS.has(ctx.tokens[c.tokens[1]]?.text ?? '')) return c;
  const end = ctx.tokens[from - 2]?.kind === 'quote' ? from - 2 : from - 1;
  if (previous.tokens[1] !== end || ctx.words[previous.tokens[0]]!.latin) return c;
  // «банк Китая (Industrial and Commercial Bank of China)»: a longer original translates a longer name.
  if (lengthOf(c) > lengthOf(previous) + 1) return c;
  return rewritten(c, 'typed-original', { type: previous.type });
}
