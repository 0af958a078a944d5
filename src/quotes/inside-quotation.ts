import type { QuoteContext } from './context.js';
import type { Draft } from './patterns/types.js';

/**
 * Speech quoted inside a direct quotation is the quoted speaker's, not a report of the text's
 * («…: «По словам специалистов, он вёл себя …»»; «Я знаю, что …», сказал он): the guide does not
 * split it out. A report whose cue stands inside the content of a direct quote in quotation marks
 * is dropped, wherever its content ends. A report wholly inside an unmarked block after «сказал:»
 * goes too (withoutSpeechInsideDirect): the development gold counts such a block as the speaker's
 * own words, not a report holding reports.
 */
export function withoutReportsInQuotations(ctx: QuoteContext, drafts: readonly Draft[]): Draft[] {
  const marked = drafts.filter((d) => d.kind === 'direct' && ctx.index.outerByOpen.has(d.content[0] - 1));
  if (marked.length === 0) return drafts.slice();
  const encloses = enclosing(ctx.tokens.length, marked);
  return drafts.filter((d) => d.kind === 'direct' || !d.cue || !encloses(d.cue[0], d.cue[0] + 1));
}

/**
 * «Когда я вернулся, мой кузен сказал мне, что …» inside a speaker's direct words (a block after
 * «рассказал:»): speech the speaker reports is part of their quote, not a quote of its own. A
 * report whose cue and content lie inside a direct quote's content, after its first token, is
 * dropped.
 */
export function withoutSpeechInsideDirect(ctx: QuoteContext, drafts: Draft[]): Draft[] {
  const direct = drafts.filter((d) => d.kind === 'direct');
  if (direct.length === 0) return drafts;
  const encloses = enclosing(ctx.tokens.length, direct);
  return drafts.filter((d) => d.kind === 'direct' || !d.cue || !encloses(Math.min(d.cue[0], d.content[0]) - 1, Math.max(d.cue[1], d.content[1])));
}

/**
 * Whether one of the drafts' contents holds the tokens [from, to). Linear: each token gets the
 * farthest end of a content starting at or before it (prefix maxima over the tokens).
 */
function enclosing(tokenCount: number, drafts: readonly Draft[]): (from: number, to: number) => boolean {
  const reach = new Int32Array(tokenCount + 1);
  for (const { content } of drafts) reach[content[0]] = Math.max(reach[content[0]]!, content[1]);
  for (let i = 1; i <= tokenCount; i++) reach[i] = Math.max(reach[i]!, reach[i - 1]!);
  return (from, to) => from >= 0 && reach[from]! >= to;
}
