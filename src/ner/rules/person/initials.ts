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
  // «короля Бодуэна I. Альберт …»: a Latin I, V or X right after a Cyrillic name is that name's regnal number.
  if (REGNAL_LETTER.test(token.text) && i > 0 && CYRILLIC.test(ctx.tokens[i - 1]!.text) && ctx.tokens[i - 1]!.kind === 'word' && ctx.words[i - 1]!.shape === 'title' && ctx.tokens[i - 1]!.end + 1 >= token.start) return false;
  return token.text.length === 1 || DIGRAPHS.has(ctx.words[i]!.folded) || gluedToName(ctx, i + 2);
}

const REGNAL_LETTER = /^[IVX]$/;
const CYRILLIC = /[\u0400-\u04ff]/;

/** The token at `i` is a capitalised word written right after the initials' dot, with no space (А.Кулешов). */
export function gluedToName(ctx: NerContext, i: number): boolean {
  const token = ctx.tokens[i];
  return !!token && token.kind === 'word' && token.start === ctx.tokens[i - 1]!.end && ctx.words[i]!.shape === 'title';
}
