import { wordSet } from '../../dict/words.js';
import { fold } from '../../morph/index.js';
import type { Cue } from '../../types.js';
import { isWordOf, type QuoteContext } from '../context.js';
import { cueGender } from '../cues.js';
import { speakerBefore, type Speaker } from '../speaker/index.js';
import { isSpeech } from './speech.js';
import type { Pattern } from './types.js';

/**
 * Verbs of uttering aloud (dict/words/utterance-verbs.txt, by lemma): their object in marks right
 * after them is what was shouted, a direct quote even inside a sentence (он крикнул «Ня! Пока!» и
 * нажал на спуск; нападавший кричал «Аллаху акбар»), where other verbs' quoted objects are titles.
 */
const UTTERANCE_VERBS = wordSet('utterance-verbs');

/** «с криком «…»», «со словами «…»»: the same act named by a noun; its speaker is the clause's subject, if one is read. */
const UTTERANCE_NOUNS = wordSet('utterance-nouns');

/** The verb at i as a cue, its agreement read from its form (the speaker must agree with it), or null. */
function utteranceCue(ctx: QuoteContext, i: number): Cue | null {
  if (ctx.tokens[i]!.kind !== 'word') return null;
  const a = ctx.analyseWord(ctx.words[i]!).find((r) => (r.pos === 'VERB' || r.pos === 'GRND') && UTTERANCE_VERBS.has(fold(r.lemma)));
  if (!a) return null;
  return { form: ctx.words[i]!.folded, lemma: fold(a.lemma), kind: 'verb', gender: cueGender(a.grams), number: a.pos === 'GRND' ? '-' : a.grams.includes('plur') ? 'pl' : 'sg' };
}

/** X крикнул «П»; X напал с криком «П». */
export const utterance: Pattern = {
  name: 'direct-utterance',
  *find(ctx) {
    for (const pair of ctx.index.outerByOpen.values()) {
      const verb = pair.open - 1;
      // A name alone in the marks (скандировали «Россия») is no statement.
      const name = pair.close === pair.open + 2 && ctx.tokens[pair.open + 1]!.kind === 'word' && ctx.words[pair.open + 1]!.shape !== 'lower';
      if (verb < 0 || name || !isSpeech(ctx, pair, 1)) continue;
      const cue = utteranceCue(ctx, verb);
      if (!cue) {
        if (isWordOf(ctx, verb, UTTERANCE_NOUNS)) yield { kind: 'direct', content: [pair.open + 1, pair.close], cue: [verb, verb + 1], speaker: personBefore(ctx, verb), pattern: 'direct-utterance-noun' };
        continue;
      }
      const speaker = speakerBefore(ctx, verb, cue);
      yield { kind: 'direct', content: [pair.open + 1, pair.close], cue: [verb, verb + 1], speaker, pattern: this.name };
    }
  },
};

/**
 * Who utters «с криком «…»»: a person, a pronoun or a role the clause names before it; a text or
 * a thing there (заявление с клятвой и словами «…») says nothing, and an unlinked speaker beats a wrong one.
 */
function personBefore(ctx: QuoteContext, noun: number): Speaker | null {
  const speaker = speakerBefore(ctx, noun, null);
  return speaker && (speaker.kind === 'pronoun' || speaker.kind === 'title' || (speaker.kind === 'mention' && !!speaker.entity && ctx.entities.get(speaker.entity)?.type === 'PER')) ? speaker : null;
}
