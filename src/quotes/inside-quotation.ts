import type { QuoteContext } from './context.js';
import type { Draft } from './patterns/types.js';

/**
 * Speech quoted inside a direct quotation is the quoted speaker's, not a report of the text's
 * («…: «По словам специалистов, он вёл себя …»»; «Я знаю, что …», сказал он): the guide does not
 * split it out. A report whose cue stands inside the content of a direct quote in quotation marks
 * is dropped. Only marked quotations: an unmarked block after «сказал:» is a report in which
 * nested attributions do count.
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
