import type { QuoteContext } from './context.js';
import type { Draft } from './patterns/index.js';

/** The pattern name of the quote the second name of a coordinated speaker gets. */
const PATTERN = 'coordinated-source';

/**
 * «Кэмерон и Клегг заявили, что П», «сообщают Пятый канал и РЕН ТВ»: two names joined by «и» in
 * the speaker's own phrase each report the content, so each gets a quote of it, as the gold
 * annotates «Глава администрации и представители РПЦ утверждали, что П» (the guide: the same
 * content may appear twice with different speakers). A plural word that stands for two people
 * named before (Девятиклассники, они) names them together, as the gold does: it is left whole.
 */
export function eachSource(ctx: QuoteContext, draft: Draft): Draft[] {
  const speaker = draft.speaker;
  if (!speaker?.group) return [draft];
  const first = mentionIn(ctx, speaker.group[0], speaker.from, speaker.to);
  const second = mentionIn(ctx, speaker.group[1], speaker.from, speaker.to);
  if (!first || !second) return [draft];
  const { group: _, ...own } = speaker;
  return [
    { ...draft, speaker: { ...own, from: first[0], to: first[1], kind: 'mention', entity: speaker.group[0] } },
    { ...draft, speaker: { ...own, from: second[0], to: second[1], kind: 'mention', entity: speaker.group[1] }, pattern: PATTERN },
  ];
}

/** The tokens of the entity's mention inside the speaker's phrase [from, to), or null. */
function mentionIn(ctx: QuoteContext, entity: string, from: number, to: number): [number, number] | null {
  for (let k = from; k < to; k++) {
    const m = ctx.mentionAt[k]!;
    if (m !== -1 && ctx.mentions[m]!.entity === entity) return ctx.mentions[m]!.tokens;
  }
  return null;
}
