import type { CueKind } from '../types.js';
import type { QuoteContext } from './context.js';
import { isPunct, isTerminal, mentionEnd, sentenceRange } from './context.js';
import { cueAt } from './cues.js';
import type { Draft } from './patterns/index.js';
import { speakerAfter, type Speaker } from './speaker/index.js';
import { opensTime, referenceFrameAt } from '../clauses/phrase-extent.js';
import { PREPOSITIONS } from '../clauses/words.js';
import { opensRelay } from './patterns/source-frame.js';

/** Tokens a referenced source's phrase may have. */
const REFERENCE_PHRASE = 8;

/**
 * The phrase after «со ссылкой на», up to its comma or the sentence end: a name (ТАСС) or an
 * unnamed source in the accusative (источник в правительстве, звонок из полиции).
 */
function referenceSpeaker(ctx: QuoteContext, from: number, sentenceEnd: number): Speaker | null {
  let to = from;
  while (to < sentenceEnd && to - from < REFERENCE_PHRASE && !isPunct(ctx, to, ',;:—–') && !isTerminal(ctx, to) && !saysWhen(ctx, to, sentenceEnd)) to++;
  while (to > from && ctx.tokens[to - 1]!.kind === 'punct') to--;
  if (to <= from || (to < sentenceEnd && !isPunct(ctx, to, ',;:—–') && !isTerminal(ctx, to) && ctx.tokens[to]!.kind === 'word' && !saysWhen(ctx, to, sentenceEnd))) return null;
  const m = ctx.mentionAt[from] ?? -1;
  if (m !== -1 && mentionEnd(ctx, from) >= to) return { from, to, kind: 'mention', entity: ctx.mentions[m]!.entity };
  return { from, to, kind: 'source', entity: null, governed: true };
}

/** Words a time noun may stand after a preposition that ends the phrase (в пятницу, в прошлом месяце). */
const TIME_REACH = 2;

/** «источники в бюро судмедэкспертизы в пятницу»: a preposition at `k`, past the phrase's first word, opens a time, which says when, not who. */
function saysWhen(ctx: QuoteContext, k: number, sentenceEnd: number): boolean {
  return k > 0 && ctx.tokens[k]!.kind === 'word' && PREPOSITIONS.has(ctx.words[k]!.folded) && opensTime(ctx, k + 1, sentenceEnd, TIME_REACH);
}

/** Tokens after a report's cue within which «со ссылкой на» is looked for. */
const REFERENCE_REACH = 10;

/**
 * «П, сообщает ТАСС со ссылкой на источник»; «сообщила «Интерфаксу», со ссылкой на звонок из
 * полиции, что П»: the report relies on a source of its own, which is quoted too, with the same
 * content (the guide annotates nested attributions at both levels). Null when there is none.
 */
export function referencedSource(ctx: QuoteContext, draft: Draft): Draft | null {
  if (!draft.cue || draft.kind === 'direct') return null;
  const from = Math.max(draft.cue[1], draft.speaker && draft.speaker.from >= draft.cue[1] ? draft.speaker.to : draft.cue[1]);
  const [, sentenceEnd] = sentenceRange(ctx, draft.cue[0]);
  const before = sourceBeforeCue(ctx, draft, sentenceEnd);
  if (before) return before;
  for (let k = from; k < Math.min(sentenceEnd, from + REFERENCE_REACH); k++) {
    if (k >= draft.content[0] && k < draft.content[1]) return null;
    const words = referenceFrameAt(ctx, k);
    if (!words) continue;
    // A name the speaker rules find there (со ссылкой на «Интерфакс», на министра Ивана Петрова) is the source; else the whole phrase.
    const named = speakerAfter(ctx, k + words.length, null, false);
    const speaker = named?.kind === 'mention' ? named : referenceSpeaker(ctx, k + words.length, sentenceEnd);
    if (!speaker || (speaker.to > draft.content[0] && speaker.from < draft.content[1])) return null;
    return { ...draft, cue: [k, k + words.length], speaker, pattern: 'indirect-reference', citedBy: draft.speaker?.entity ?? null };
  }
  return null;
}

/** «ссылаясь на то, что П»: the frame's object is a clause, a report of its own, no source. */
const CLAUSE_OBJECTS = new Set(['то', 'это']);

/**
 * «Reuters, ссылаясь на источники в правительстве, сообщает, что П»: the frame stands between
 * commas after the speaker, before the cue. Its source is quoted too, as after the cue.
 */
function sourceBeforeCue(ctx: QuoteContext, draft: Draft, sentenceEnd: number): Draft | null {
  const speaker = draft.speaker;
  if (!speaker || !draft.cue || speaker.to >= draft.cue[0]) return null;
  // Газета «Ведомости», ссылаясь …: the phrase may end before the closing mark of a quoted name.
  const comma = ctx.tokens[speaker.to]?.kind === 'quote' ? speaker.to + 1 : speaker.to;
  if (!isPunct(ctx, comma, ',') || !isPunct(ctx, draft.cue[0] - 1, ',')) return null;
  const k = comma + 1;
  const words = referenceFrameAt(ctx, k, draft.cue[0] - 1);
  if (!words) return null;
  const at = k + words.length;
  if (ctx.tokens[at]?.kind === 'word' && CLAUSE_OBJECTS.has(ctx.words[at]!.folded)) return null;
  const named = speakerAfter(ctx, at, null, false);
  const source = named?.kind === 'mention' && named.to === draft.cue[0] - 1 ? named : referenceSpeaker(ctx, at, sentenceEnd);
  if (!source || source.to !== draft.cue[0] - 1) return null;
  return { ...draft, cue: [k, at], speaker: source, pattern: 'indirect-reference', citedBy: speaker.entity ?? null };
}

/**
 * «— намекнул Товпинец, которого цитирует РБК»; «По словам премьера, которого цитирует
 * «Интерфакс», П»: a relative clause after the speaker names who relays the words; the relay is
 * one more source of the same content (the guide annotates nested attributions at both levels).
 * Null when there is none.
 */
export function citingSource(ctx: QuoteContext, draft: Draft): Draft | null {
  const speaker = draft.speaker;
  if (!speaker || speaker.kind === 'pronoun') return null;
  // «премьер-министра Молдавии Влада Филата, которого …»: the role's speaker span may stop before the name it stands for.
  const m = ctx.mentionAt[speaker.to] ?? -1;
  let comma = m !== -1 && speaker.entity && ctx.mentions[m]!.entity === speaker.entity ? mentionEnd(ctx, speaker.to) : speaker.to;
  // «По словам газеты «Ведомости», которую цитирует …»: the closing mark of a quoted name.
  while (ctx.tokens[comma]?.kind === 'quote' && ctx.index.outerByClose.has(comma)) comma++;
  if (!isPunct(ctx, comma, ',') || !opensRelay(ctx, comma + 1)) return null;
  const cue = cueAt(ctx, comma + 2, CITE)!;
  const source = speakerAfter(ctx, cue.to, cue.cue);
  if (!source || (source.to > draft.content[0] && source.from < draft.content[1])) return null;
  return { ...draft, cue: [cue.from, cue.to], speaker: source, pattern: 'cited-by', citedBy: speaker.entity ?? null };
}

const CITE: CueKind[] = ['cite'];
