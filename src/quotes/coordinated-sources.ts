import { isWordOf, type QuoteContext } from './context.js';
import type { Draft } from './patterns/index.js';
import { nounPhrases } from '../clauses/noun-phrases.js';
import { COORDINATING_AND } from '../clauses/words.js';

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
  if (!speaker) return [draft];
  if (!speaker.group) {
    const other = joinedBefore(ctx, draft);
    return other ? [draft, { ...draft, speaker: other, pattern: PATTERN }] : [draft];
  }
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

/**
 * «Глава администрации Иваново Александр Кузьмичев и представители РПЦ утверждали»: the speaker
 * (perhaps with the name in apposition after it) joined by «и» to an unnamed phrase that runs up
 * to a plural cue: that phrase is a second subject of the cue. Null where there is none.
 */
function joinedBefore(ctx: QuoteContext, draft: Draft): Draft['speaker'] {
  const speaker = draft.speaker!;
  const cue = draft.cue;
  if (!cue || speaker.kind === 'pronoun' || speaker.governed || speaker.to > cue[0] || !pluralVerb(ctx, cue)) return null;
  let and = speaker.to;
  // The name in apposition after a role (Глава администрации Иваново Александр Кузьмичев).
  while (and < cue[0] && ctx.mentionAt[and] !== -1) and++;
  if (!isWordOf(ctx, and, COORDINATING_AND) || and + 1 >= cue[0]) return null;
  const phrase = nounPhrases(ctx, and + 1, cue[0], true).find((p) => p.from === and + 1 && p.to === cue[0]);
  if (!phrase || phrase.kind === 'pronoun') return null;
  return { from: phrase.from, to: phrase.to, kind: phrase.kind, entity: phrase.mention?.entity ?? null };
}

/** The cue holds a verb that can only be plural (утверждали, заявили). */
function pluralVerb(ctx: QuoteContext, cue: [number, number]): boolean {
  for (let k = cue[0]; k < cue[1]; k++) {
    if (ctx.tokens[k]!.kind !== 'word') continue;
    const verbs = ctx.analyseWord(ctx.words[k]!).filter((a) => a.pos === 'VERB');
    if (verbs.length > 0) return verbs.every((a) => a.grams.includes('plur'));
  }
  return false;
}
