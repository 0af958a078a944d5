import type { CueKind } from '../../types.js';
import { wordSet } from '../../dict/words.js';
import { isWordOf, type QuoteContext } from '../context.js';
import { cueAt, NEGATIONS } from '../cues.js';
import { speakerAfter, speakerBefore } from '../speaker/index.js';
import { clauseEnd, trimEnd } from './clause.js';
import { isQuotedWord, isSpeech } from './speech.js';
import type { Pattern } from './types.js';

/**
 * «X заявил о своей признательности «за вклад …»», «СМИ сообщали о погибшем «туристе из России»»:
 * a speech verb whose topic («о …») holds the speaker's own words in marks is a mixed report (the
 * guide's speech act with a quoted fragment); the topic, to the clause end, is its content. Without
 * such a fragment «сообщил о гибели» is a nominal report and no quote.
 */
export const topicQuoted: Pattern = {
  name: 'mixed-topic-quoted',
  *find(ctx) {
    for (let i = 0; i < ctx.tokens.length; i++) {
      const cue = cueAt(ctx, i, SPEECH_VERBS);
      if (!cue || isWordOf(ctx, cue.from - 1, NEGATIONS)) continue;
      const about = topicStart(ctx, cue.to);
      if (about < 0) continue;
      const content = trimEnd(ctx, about, clauseEnd(ctx, about + 1, cue.cue));
      if (content[1] - content[0] < 3 || !quotesOwnWords(ctx, about + 1, content[1])) continue;
      const speaker = speakerBefore(ctx, cue.from, cue.cue) ?? speakerAfter(ctx, cue.to, cue.cue);
      if (!speaker) continue;
      yield { kind: 'mixed', content, cue: [cue.from, cue.to], speaker, pattern: this.name };
      i = cue.to - 1;
    }
  },
};

/** Verbs that report what was said about a topic: заявил, сообщали, говорят; говорилось in a text. */
const SPEECH_VERBS: readonly CueKind[] = ['verb', 'report', 'document'];

const TOPIC_PREPOSITIONS = wordSet('about-this-prepositions');

/** Words that may stand between the verb and its topic (заявили и о подготовке; сообщали также о). */
const TOPIC_GAP = wordSet('topic-gap-words');

/** «о том, что» is a reported clause of its own (that.ts). */
const CLAUSE_CORRELATIVES = wordSet('topic-clause-correlatives');

/** The preposition that opens the verb's topic right after it (past a particle or two), or -1. */
function topicStart(ctx: QuoteContext, from: number): number {
  let k = from;
  while (k < from + 2 && isWordOf(ctx, k, TOPIC_GAP)) k++;
  if (!isWordOf(ctx, k, TOPIC_PREPOSITIONS) || isWordOf(ctx, k + 1, CLAUSE_CORRELATIVES)) return -1;
  return k;
}

/**
 * A quotation in the topic that holds the speaker's words: it opens with a lower-case word (a
 * name in marks, «Европейский выбор», opens with a capital) and is no bare name. It may close
 * past the clause a full stop inside it cut (the quotes stage runs the content on to its mark).
 */
function quotesOwnWords(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pair = ctx.index.outerByOpen.get(k);
    if (!pair) continue;
    if (ctx.tokens[k + 1]?.kind === 'word' && ctx.words[k + 1]!.shape === 'lower' && (isSpeech(ctx, pair) || isQuotedWord(ctx, pair))) return true;
    k = pair.close;
  }
  return false;
}
