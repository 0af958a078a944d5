import type { NerContext } from '../../context.js';

/** «В.», «Дж.»: a capital (and one more letter) glued to a dot. */
const INITIAL = /^\p{Lu}\p{Ll}?$/u;

export function isInitial(ctx: NerContext, i: number): boolean {
  const token = ctx.tokens[i];
  const dot = ctx.tokens[i + 1];
  return !!token && !!dot && token.kind === 'word' && INITIAL.test(token.text) && dot.text === '.' && dot.start === token.end;
}

/** The token at `i` is a capitalised word written right after the initials' dot, with no space (А.Кулешов). */
export function gluedToName(ctx: NerContext, i: number): boolean {
  const token = ctx.tokens[i];
  return !!token && token.kind === 'word' && token.start === ctx.tokens[i - 1]!.end && ctx.words[i]!.shape === 'title';
}
