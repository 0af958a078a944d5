import { wordSet } from '../../../dict/words.js';
import type { NerContext } from '../../context.js';

/** «В.», «Дж.»: a capital (and one more letter) glued to a dot. */
const INITIAL = /^\p{Lu}\p{Ll}?$/u;
const DIGRAPHS = wordSet('digraph-initials');

export function isInitial(ctx: NerContext, i: number): boolean {
  const token = ctx.tokens[i];
  const dot = ctx.tokens[i + 1];
  // The regular expression last: it is asked at every word, and few words have a full stop glued on.
  if (!token || !dot || token.kind !== 'word' || dot.text !== '.' || dot.start !== token.end || !INITIAL.test(token.text)) return false;
  // «Харпер Ли. Челси …»: two letters and a dot are a short word ending a sentence unless they are
  // a known two-letter initial (Дж.) or the name follows with no space (Дж.Буш).
  return token.text.length === 1 || DIGRAPHS.has(ctx.words[i]!.folded) || gluedToName(ctx, i + 2);
}

/** The token at `i` is a capitalised word written right after the initials' dot, with no space (А.Кулешов). */
export function gluedToName(ctx: NerContext, i: number): boolean {
  const token = ctx.tokens[i];
  return !!token && token.kind === 'word' && token.start === ctx.tokens[i - 1]!.end && ctx.words[i]!.shape === 'title';
}
