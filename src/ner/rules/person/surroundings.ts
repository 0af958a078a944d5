import { wordSet } from '../../../dict/words.js';
import { PROPER_GRAMMEMES } from '../../../morph/index.js';
import { adjacent, isPlaceNoun, type NerContext } from '../../context.js';

/** What stands around a capitalised word and says whether it is a person's name. */

/**
 * «Жильцов эвакуировали»: a sentence-opening word that is also a common noun's plural, right
 * before a plural verb, is that noun (the verb's object or subject), not a surname, which would
 * take a singular verb (Жильцов заявил).
 */
export function pluralBeforePluralVerb(ctx: NerContext, i: number): boolean {
  const next = ctx.words[i + 1];
  if (!next || next.shape !== 'lower' || !adjacent(ctx, i, i + 1)) return false;
  const verb = ctx.analyseWord(next)[0];
  if (!verb || verb.pos !== 'VERB' || !verb.grams.includes('plur')) return false;
  return ctx.words[i]!.analyses.some((a) => a.pos === 'NOUN' && a.grams.includes('plur') && !a.grams.some((g) => PROPER_GRAMMEMES.includes(g)));
}

/** A one-word name in quote marks is the name of a thing (шаттл «Индевор», альбом «Дежавю»). */
export function inQuotes(ctx: NerContext, i: number): boolean {
  return ctx.tokens[i - 1]?.kind === 'quote' && ctx.tokens[i + 1]?.kind === 'quote';
}

/** A word inside a short quoted name of words only (на «Газпром Арене»): part of that name, not a person alone. */
export function inQuotedName(ctx: NerContext, i: number): boolean {
  let from = i;
  while (from > 0 && i - from < 3 && ctx.tokens[from - 1]!.kind === 'word') from--;
  let to = i + 1;
  while (to < ctx.tokens.length && to - i < 3 && ctx.tokens[to]!.kind === 'word') to++;
  return to - from > 1 && ctx.tokens[from - 1]?.kind === 'quote' && ctx.tokens[to]?.kind === 'quote';
}

const PLACE_PREPOSITIONS = wordSet('place-not-surname-prepositions');

/** «в Тусоне», «района Отрадное»: a capitalised word after these is a place, not a surname. */
export function afterPlaceWord(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  return !!prev && (PLACE_PREPOSITIONS.has(prev.folded) || isPlaceNoun(ctx, i - 1));
}

/** «— подытожил Шендерович», «Лолашвили заявил»: a speech verb's neighbour is its speaker. */
export function besideSpeechVerb(ctx: NerContext, i: number): boolean {
  const verbs = ctx.lexicon.speechVerbs;
  const before = ctx.tokens[i - 1];
  const after = ctx.tokens[i + 1];
  return (!!before && verbs.has(ctx.words[i - 1]!.folded) && before.kind === 'word') ||
    (!!after && verbs.has(ctx.words[i + 1]!.folded) && after.kind === 'word' && adjacent(ctx, i, i + 1));
}

const SPEAKER_FRAMES = wordSet('speaker-frames');

/** «по словам Кабейо», «по мнению Лаврова»: the word right after a speaker frame names the speaker. */
export function afterSpeakerFrame(ctx: NerContext, i: number): boolean {
  const a = ctx.words[i - 2];
  const b = ctx.words[i - 1];
  if (!a || !b || ctx.tokens[i - 2]!.kind !== 'word' || ctx.tokens[i - 1]!.kind !== 'word' || b.shape !== 'lower') return false;
  return adjacent(ctx, i - 2, i - 1) && adjacent(ctx, i - 1, i) && SPEAKER_FRAMES.has(`${a.folded} ${b.folded}`);
}

/**
 * «За свою карьеру Лидстрем выиграл», «Свои снимки Баррет сделал»: inside a sentence, a word
 * right before a singular verb of the third person (or the past) may be its subject; read by the
 * person rule only for a word the dictionary lacks, after no preposition.
 */
export function beforeSingularVerb(ctx: NerContext, i: number): boolean {
  const next = ctx.words[i + 1];
  const prev = ctx.words[i - 1];
  if (!next || next.shape !== 'lower' || ctx.tokens[i + 1]!.kind !== 'word' || !adjacent(ctx, i, i + 1)) return false;
  // «на Бродвее состоится»: after a preposition the word is the place or the thing.
  if (prev && ctx.tokens[i - 1]!.kind === 'word' && prev.shape === 'lower' && ctx.analyseWord(prev)[0]?.pos === 'PREP') return false;
  const verb = ctx.analyseWord(next)[0];
  if (!verb || verb.pos !== 'VERB' || !verb.known || !verb.grams.includes('sing')) return false;
  return !verb.grams.includes('1per') && !verb.grams.includes('2per');
}
