import type { QuoteContext } from '../context.js';
import type { Draft } from '../patterns/types.js';

/**
 * «…», — сказал Говард. «П». A quotation standing alone with no speaker continues the report
 * just before it (guide: a sentence that continues a source's report with a verbatim fragment):
 * it takes the speaker of the nearest quote ending in its sentence or the one before, in its
 * paragraph. Drafts in text order; one pass.
 */
export function withAdjacentSpeakers(ctx: QuoteContext, drafts: Draft[]): Draft[] {
  let last: Draft | null = null;
  return drafts.map((draft) => {
    let result = draft;
    if (!draft.speaker && !draft.cue && last?.speaker && continues(ctx, last, draft)) result = { ...draft, speaker: last.speaker };
    if (result.speaker) last = result;
    return result;
  });
}

/** The earlier quote ends in the sentence before the later one's (or its own), in the same paragraph. */
function continues(ctx: QuoteContext, earlier: Draft, later: Draft): boolean {
  const end = earlier.content[1] - 1;
  const start = later.content[0];
  if (end >= start || ctx.index.lineOf[end] !== ctx.index.lineOf[start]) return false;
  return ctx.index.sentenceOf[start]! - ctx.index.sentenceOf[end]! <= 1;
}
