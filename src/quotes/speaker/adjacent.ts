import type { QuoteContext } from '../context.js';
import type { Draft } from '../patterns/types.js';

/**
 * «…», — сказал Говард. «П». A quotation standing alone with no speaker continues the report
 * just before it (guide: a sentence that continues a source's report with a verbatim fragment):
 * it takes the speaker of the nearest quote ending in its paragraph, a few narrative sentences
 * between at most (Он рассказал, что …. Отец умер. «П».); or, where it opens its paragraph, in the last sentence of the paragraph before
 * (news sets a speaker's next words apart: «…», сказал Говард.¶«П».). Drafts in text order; one pass.
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

/** Sentences from the earlier quote's end to the later's start in one paragraph: the narrator's aside between a speaker's words is short. */
const PARAGRAPH_SENTENCES = 3;

/** The earlier quote ends in the later one's paragraph, close before it, or at the end of the paragraph the later one follows. */
function continues(ctx: QuoteContext, earlier: Draft, later: Draft): boolean {
  const end = earlier.content[1] - 1;
  const start = later.content[0];
  if (end >= start) return false;
  if (ctx.index.lineOf[end] === ctx.index.lineOf[start]) return ctx.index.sentenceOf[start]! - ctx.index.sentenceOf[end]! <= PARAGRAPH_SENTENCES;
  return later.kind === 'direct' && opensParagraph(ctx, start) && lastSentenceBefore(ctx, end, start);
}

/** Only quotation marks stand before the token on its line. */
function opensParagraph(ctx: QuoteContext, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && ctx.index.lineOf[k] === ctx.index.lineOf[start] && ctx.tokens[k]!.kind === 'quote') k--;
  return k < 0 || ctx.index.lineOf[k] !== ctx.index.lineOf[start];
}

/** The token `end` lies in the last sentence (or the one before, for «…», сказал X.) of the paragraph right before `start`'s. */
function lastSentenceBefore(ctx: QuoteContext, end: number, start: number): boolean {
  let k = start - 1;
  while (k > end && ctx.index.lineOf[k] === ctx.index.lineOf[start]) k--;
  return ctx.index.lineOf[k] === ctx.index.lineOf[end] && ctx.index.sentenceOf[k]! - ctx.index.sentenceOf[end]! <= 1;
}
