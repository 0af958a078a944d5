import type { CueKind, MarkPair } from '../../types.js';
import { afterQuote, isDashToken, isPunct, isTerminal, sentenceRange, type QuoteContext } from '../context.js';
import { cueAt, type CueMatch } from '../cues.js';
import { pastDatedAside, speakerAfter, speakerBefore, type Speaker } from '../speaker/index.js';
import { SPEECH } from './cue-kinds.js';
import { isSpeech, opensStatement } from './speech.js';
import type { Pattern } from './types.js';

/** Direct speech attributed after a dash: «П», — заявил X; «П1, — сказал X. — П2»; a dialogue line. */

function cueIn(ctx: QuoteContext, from: number, to: number, kinds: CueKind[]): CueMatch | null {
  for (let i = from; i < Math.min(to, ctx.tokens.length); i++) {
    const m = cueAt(ctx, i, kinds);
    if (m) return m;
    if (isTerminal(ctx, i) || ctx.tokens[i]!.kind === 'quote') return null;
  }
  return null;
}

/** After the closing mark: «П», — заявил X. / «П!» — воскликнул X. / «П», — Дмитриев заявил. */
function attributionAfter(ctx: QuoteContext, close: number): { cue: CueMatch; speaker: Speaker | null; end: number } | null {
  let i = afterQuote(ctx, close);
  if (isPunct(ctx, i, ',!?…') || isTerminal(ctx, i)) i++;
  const [, sentenceEnd] = sentenceRange(ctx, i);
  // «П», сказал он. / «П?» спросил он: without a dash the speech verb must follow at once.
  const cue = isDashToken(ctx, i) ? cueIn(ctx, i + 1, Math.min(sentenceEnd, i + 6), SPEECH) : undashed(ctx, close, i);
  if (!cue) return null;
  // «…», — говорится в заявлении МИД: the source is named in the genitive.
  // «…», — цитирует Дмитрия Пескова издание РБК: the quoted person is the verb's object.
  const subject = cue.cue.kind !== 'document' && cue.cue.kind !== 'cite';
  const speaker = speakerAfter(ctx, pastDatedAside(ctx, cue.to), cue.cue, subject) ?? speakerBefore(ctx, cue.from, cue.cue, i + 1);
  return { cue, speaker, end: sentenceEnd };
}

/** Cue kinds that may follow a quotation with no dash between: a speech verb, not a document or a citation. */
const UNDASHED: CueKind[] = ['verb', 'report', 'opinion', 'document'];

/** «П», сказал он: the comma (after the mark or inside it) and the cue right after it. */
function undashed(ctx: QuoteContext, close: number, i: number): CueMatch | null {
  // «Он кричал «Аллаху акбар», заявил прокурор»: a quotation inside a sentence is a fragment of a report (trailing-cue).
  const pair = ctx.index.outerByClose.get(close);
  if (!pair || !opensStatement(ctx, pair.open)) return null;
  const comma = isPunct(ctx, i - 1, ',') && i - 1 > close || (i === close + 1 && isPunct(ctx, close - 1, ',!?'));
  return comma ? cueAt(ctx, i, UNDASHED) : null;
}

export const directAfter: Pattern = {
  name: 'direct-quote-dash-cue',
  *find(ctx) {
    for (const pair of ctx.index.outerByOpen.values()) {
      // With a speech verb after it, one word is speech too: «Да», — сказал Песков.
      if (!isSpeech(ctx, pair, 1)) continue;
      const found = attributionAfter(ctx, pair.close);
      if (!found) continue;
      let contentEnd = pair.close;
      // «П1», — сказал X, когда его спросили о …. — «П2»: a dash and a mark right after the
      // attribution's own sentence continue the same quote, however long that sentence; after
      // a sentence of narration the next quotation is a quote of its own.
      // A quotation with an attribution of its own inside («П2, — напомнил X. — П3») is a quote of its own.
      // «П1», сказал X: «П2»: a colon closing the attribution itself opens the rest of the same speech.
      const attributionEnd = Math.max(found.cue.to, found.speaker?.to ?? 0);
      for (let k = found.cue.to; k < found.end + 2 && k < ctx.tokens.length; k++) {
        const next = ctx.index.outerByOpen.get(k);
        if (next && (isDashToken(ctx, k - 1) || (k - 1 === attributionEnd && isPunct(ctx, k - 1, ':')))) {
          if (!innerAttribution(ctx, next)) contentEnd = next.close;
          break;
        }
      }
      yield {
        kind: 'direct', content: [pair.open + 1, contentEnd],
        cue: [found.cue.from, found.cue.to], speaker: found.speaker, pattern: this.name,
      };
    }
  },
};

/** «…, — сказал X. — …», «— П, — подчеркнул он»: a dash after , ! ? … opening an attribution. */
function attributionAtDash(ctx: QuoteContext, d: number, limit: number): { cue: CueMatch; speaker: Speaker | null } | null {
  // «…порядком. — заявил Каприлес. — Я же …»: a full stop typed for the comma, when a lower-case word opens the attribution.
  const stop = isPunct(ctx, d - 1, '.') && ctx.tokens[d + 1]?.kind === 'word' && ctx.words[d + 1]!.shape === 'lower';
  if (!isDashToken(ctx, d) || !(isPunct(ctx, d - 1, ',!?…') || stop)) return null;
  const cue = cueIn(ctx, d + 1, Math.min(limit, d + 5), SPEECH);
  if (!cue) return null;
  return { cue, speaker: speakerAfter(ctx, cue.to, cue.cue) ?? speakerBefore(ctx, cue.from, cue.cue, d + 1) };
}

/** The attribution between two dashes inside one pair of marks: «П1, — сказал X. — П2». */
function innerAttribution(ctx: QuoteContext, pair: MarkPair): { cue: CueMatch; speaker: Speaker | null } | null {
  for (let d = pair.open + 2; d < pair.close - 2; d++) {
    const found = attributionAtDash(ctx, d, pair.close);
    if (!found) continue;
    let second = found.cue.to;
    while (second < pair.close && !isDashToken(ctx, second)) second++;
    if (second < pair.close - 1) return found;
  }
  return null;
}

export const directSplit: Pattern = {
  name: 'direct-split-quote',
  *find(ctx) {
    for (const pair of ctx.index.outerByOpen.values()) {
      const found = innerAttribution(ctx, pair);
      if (found) yield { kind: 'direct', content: [pair.open + 1, pair.close], cue: [found.cue.from, found.cue.to], speaker: found.speaker, pattern: this.name };
    }
  },
};

/**
 * «— П1, — сказал он. — П2»: a dash right after the end of the attribution's sentence goes on
 * with the same speech to the end of the line, one quote as in marks. The line's end, or null.
 */
function continuedLine(ctx: QuoteContext, from: number, lineStart: number): number | null {
  const line = ctx.index.lineOf[lineStart];
  let k = from;
  while (k < ctx.tokens.length && ctx.index.lineOf[k] === line && !isTerminal(ctx, k)) k++;
  if (k + 2 >= ctx.tokens.length || ctx.index.lineOf[k + 1] !== line || !isDashToken(ctx, k + 1)) return null;
  let end = k + 2;
  while (end < ctx.tokens.length && ctx.index.lineOf[end] === line) end++;
  return end;
}

/** — П, — сказал он. A dialogue line: the paragraph opens with a dash. */
export const dashDialogue: Pattern = {
  name: 'direct-dash-dialogue',
  *find(ctx) {
    for (let i = 0; i < ctx.tokens.length - 2; i++) {
      if (!isDashToken(ctx, i) || (i > 0 && ctx.index.lineOf[i - 1] === ctx.index.lineOf[i])) continue;
      for (let d = i + 2; d < ctx.tokens.length && ctx.index.lineOf[d] === ctx.index.lineOf[i]; d++) {
        if (!isDashToken(ctx, d) || !isPunct(ctx, d - 1, ',!?…')) continue;
        const found = attributionAtDash(ctx, d, ctx.tokens.length);
        if (!found) break;
        const end = isPunct(ctx, d - 1, ',') ? d - 1 : d;
        yield { kind: 'direct', content: [i + 1, continuedLine(ctx, found.cue.to, i) ?? end], cue: [found.cue.from, found.cue.to], speaker: found.speaker, pattern: this.name };
        break;
      }
    }
  },
};
