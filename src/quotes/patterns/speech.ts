import type { CueKind, QuoteKind } from '../../types.js';
import { cueAt } from '../cues.js';
import { isWikiMarkup } from '../../segment/index.js';
import { isPunct, type QuoteContext } from '../context.js';
import type { MarkPair } from '../../types.js';

/** Speech has words and is not just a name: «Известия» or «Газпром» alone is no quote. */
export function isSpeech(ctx: QuoteContext, pair: MarkPair, minWords = 2): boolean {
  let words = 0;
  for (let i = pair.open + 1; i < pair.close; i++) {
    if (ctx.tokens[i]!.kind === 'word' && ctx.mentionAt[i] === -1) words++;
  }
  return words >= minWords;
}

function hasSpeechPair(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const pair = ctx.index.outerByOpen.get(i);
    if (pair && pair.close < to && (isSpeech(ctx, pair) || isQuotedWord(ctx, pair))) return true;
  }
  return false;
}

/** «была «провальной»»: one lower-case word in marks inside a report is the speaker's own word; a capitalised one is a name. */
export function isQuotedWord(ctx: QuoteContext, pair: MarkPair): boolean {
  return pair.close === pair.open + 2 && ctx.tokens[pair.open + 1]!.kind === 'word' && ctx.words[pair.open + 1]!.shape === 'lower';
}

/** A report that quotes words in marks (заявил, что «…») is mixed; without them, indirect. */
export function reportKind(ctx: QuoteContext, content: [number, number]): QuoteKind {
  return hasSpeechPair(ctx, content[0], content[1]) ? 'mixed' : 'indirect';
}

/** Words a quotation must hold to be a statement of its own rather than a quoted phrase. */
const STATEMENT_WORDS = 6;

/**
 * Token → 1 inside a quotation that stands as a statement of its own: it opens a line or a
 * sentence, or follows a colon («…», — сказал X; сказал: «…»). Speech reported inside it is
 * part of the quotation, not a quote of its own (…, и сообщили, что …»). One pass over the pairs.
 */
export function insideStatements(ctx: QuoteContext): Uint8Array {
  const inside = new Uint8Array(ctx.tokens.length);
  for (const pair of ctx.index.outerByOpen.values()) {
    if (!(opensStatement(ctx, pair.open) || followsFrame(ctx, pair.open)) || !isSpeech(ctx, pair, STATEMENT_WORDS)) continue;
    inside.fill(1, pair.open + 1, pair.close);
  }
  return inside;
}

/**
 * «Как рассказал источник, "…, однако Сечин сказал, что …"»: a quotation right after the comma
 * that closes an as-frame or a source frame opening its sentence is that source's statement.
 */
function followsFrame(ctx: QuoteContext, open: number): boolean {
  const comma = open - 1;
  if (!isPunct(ctx, comma, ',')) return false;
  const start = ctx.sentences[ctx.index.sentenceOf[comma]!]!.tokens[0];
  const frame = cueAt(ctx, start, FRAMES);
  return frame !== null && frame.to <= comma;
}

const FRAMES: readonly CueKind[] = ['as', 'source'];

/** The quotation opening at `open` starts a sentence, a line, or follows a colon. */
export function opensStatement(ctx: QuoteContext, open: number): boolean {
  let p = open - 1;
  while (p >= 0 && ctx.tokens[p]!.kind === 'quote' && isWikiMarkup(ctx.tokens, p)) p--;
  return p < 0 || isPunct(ctx, p, ':') || ctx.index.sentenceOf[p] !== ctx.index.sentenceOf[open] || ctx.index.lineOf[p] !== ctx.index.lineOf[open];
}
