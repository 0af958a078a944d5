import { isPunct, isTerminal, sentenceRange, type QuoteContext } from '../context.js';
import { cueAt } from '../cues.js';
import { speakerBefore } from '../speaker/index.js';
import { SPEECH } from './cue-kinds.js';
import { isSpeech, opensStatement } from './speech.js';
import type { Pattern } from './types.js';

/** Made once, not a list per token asked. */
const SPEECH_SOURCE_AS = [...SPEECH, 'source', 'as'] as const;

/** Words a quotation standing alone must hold to be a statement rather than a title or a slogan. */
const STANDALONE_WORDS = 5;

/**
 * «П.» as a sentence of its own, with no cue: a verbatim statement that continues the report
 * before it (guide: a sentence that continues a source's report with a verbatim fragment). Last in
 * trust: any attributed reading of the same words wins.
 */
export const standalone: Pattern = {
  name: 'direct-standalone',
  *find(ctx) {
    for (const pair of ctx.index.outerByOpen.values()) {
      if (!opensStatement(ctx, pair.open) || !closesSentence(ctx, pair.close) || isHeading(ctx, pair.open, pair.close)) continue;
      if (!isSpeech(ctx, pair, STANDALONE_WORDS) && !(isSpeech(ctx, pair, REPORTED_WORDS) && !isPunct(ctx, pair.open - 1, ':') && afterReport(ctx, pair.open))) continue;
      // «Комментарий шведского телевидения: «…»»: after a colon the phrase before it names the source.
      const speaker = isPunct(ctx, pair.open - 1, ':') ? speakerBefore(ctx, pair.open - 1, null) : null;
      yield { kind: 'direct', content: [pair.open + 1, pair.close], cue: null, speaker, pattern: this.name };
    }
  },
};

/** Words a quotation standing alone right after a sentence that reports speech must hold: «Это провокация». */
const REPORTED_WORDS = 2;

/** The sentence before the one at `open` reports speech: a cue of speech stands in it. */
function afterReport(ctx: QuoteContext, open: number): boolean {
  const [start] = sentenceRange(ctx, open);
  if (start === 0) return false;
  const [from, to] = sentenceRange(ctx, start - 1);
  for (let k = from; k < to; k++) if (cueAt(ctx, k, SPEECH_SOURCE_AS)) return true;
  return false;
}

/** Nothing but final punctuation between the closing mark and the end of its sentence or line. */
function closesSentence(ctx: QuoteContext, close: number): boolean {
  const [, end] = sentenceRange(ctx, close);
  for (let k = close + 1; k < end; k++) {
    if (ctx.index.lineOf[k] !== ctx.index.lineOf[close]) return true;
    if (!isTerminal(ctx, k)) return false;
  }
  return true;
}

/**
 * «"Этот шаг — пример для других"» as a line of its own, with no final stop inside or after the
 * marks: a subheading that quotes, set over the part that gives the words and their speaker.
 */
function isHeading(ctx: QuoteContext, open: number, close: number): boolean {
  const line = ctx.index.lineOf[open];
  if (open > 0 && ctx.index.lineOf[open - 1] === line) return false;
  if (close + 1 < ctx.tokens.length && ctx.index.lineOf[close + 1] === line) return false;
  return !isTerminal(ctx, close - 1);
}
