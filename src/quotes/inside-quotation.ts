import type { QuoteContext } from './context.js';
import type { Draft } from './patterns/types.js';

/**
 * Speech quoted inside a direct quotation is the quoted speaker's, not a report of the text's
 * («…: «По словам специалистов, он вёл себя …»»; «Я знаю, что …», сказал он): the guide does not
 * split it out. A report whose cue stands inside the content of a direct quote in quotation marks
 * is dropped, wherever its content ends. A report wholly inside an unmarked block after «сказал:»
 * goes too (withoutSpeechInsideDirect): the development gold counts such a block as the speaker's
 * own words, not a report holding reports.
 *
 * Linear: the direct contents are summed into one coverage array by their ends.
 */
export function withoutReportsInQuotations(ctx: QuoteContext, drafts: readonly Draft[]): Draft[] {
  const delta = new Int32Array(ctx.tokens.length + 1);
  let any = false;
  for (const d of drafts) {
    if (d.kind !== 'direct' || !ctx.index.outerByOpen.has(d.content[0] - 1)) continue;
    delta[d.content[0]]!++;
    delta[d.content[1]]!--;
    any = true;
  }
  if (!any) return drafts.slice();
  const inside = new Uint8Array(ctx.tokens.length);
  for (let i = 0, depth = 0; i < ctx.tokens.length; i++) inside[i] = (depth += delta[i]!) > 0 ? 1 : 0;
  return drafts.filter((d) => d.kind === 'direct' || !d.cue || inside[d.cue[0]] === 0);
}

/**
 * «Когда я вернулся, мой кузен сказал мне, что …» inside a speaker's direct words (a block after
 * «рассказал:»): speech the speaker reports is part of their quote, not a quote of its own. A
 * report whose cue and content lie inside a direct quote's content is dropped.
 */
export function withoutSpeechInsideDirect(drafts: Draft[]): Draft[] {
  const direct = drafts.filter((d) => d.kind === 'direct').map((d) => d.content).sort((a, b) => a[0] - b[0]);
  if (direct.length === 0) return drafts;
  // Prefix maxima of the ends: the widest direct quote starting at or before each start.
  const reach = new Int32Array(direct.length);
  direct.forEach(([, to], k) => (reach[k] = Math.max(to, k > 0 ? reach[k - 1]! : 0)));
  const inside = (from: number, to: number): boolean => {
    let lo = 0;
    let hi = direct.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (direct[mid]![0] < from) (last = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    return last >= 0 && reach[last]! >= to;
  };
  return drafts.filter((d) => d.kind === 'direct' || !d.cue || !inside(Math.min(d.cue[0], d.content[0]), Math.max(d.cue[1], d.content[1])));
}
