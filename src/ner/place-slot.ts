import { wordList, wordSet } from '../dict/words.js';
import { adjacent, atSentenceStart, isListedName, type NerContext } from './context.js';
import { isFirstName } from './rules/person/name-words.js';
import { COORDINATING_AND, PLACE_ADJECTIVE } from './words.js';
import { perWordFlag } from '../util/word-memo.js';

const DISTRICT_NOUNS = wordSet('district-nouns');
const RESIDENT_NOUNS = wordSet('resident-nouns');
/** Per word form (src/util/word-memo.ts): asked of the word before most capitalised words. */
const isSlotNoun = perWordFlag((w) => DISTRICT_NOUNS.has(w.folded) || RESIDENT_NOUNS.has(w.folded));
/** A man's Russian surname as a title's apposition names him: Лужков, Собянин, Жуковский. */
const SURNAME_NOMINATIVE = new RegExp(`(?:${[...wordList('surname-suffixes'), ...wordList('adjectival-surname-endings')].join('|')})$`);

/**
 * The word at `k` is a lower-case noun of a territory (округ, штат, село) or of its residents
 * (житель, уроженка): the capitalised word right after it names the place.
 */
export function opensPlaceSlot(ctx: NerContext, k: number): boolean {
  if (!commonNoun(ctx, k)) return false;
  return isSlotNoun(ctx.words[k]!);
}

export function isResidentNoun(ctx: NerContext, k: number): boolean {
  return commonNoun(ctx, k) && RESIDENT_NOUNS.has(ctx.words[k]!.folded);
}

/** In lower case, or capitalised only by opening the sentence («Жительница Жироны …»). */
function commonNoun(ctx: NerContext, k: number): boolean {
  const noun = ctx.words[k];
  return !!noun && ctx.tokens[k]!.kind === 'word' && (noun.shape === 'lower' || (noun.shape === 'title' && atSentenceStart(ctx, k)));
}

/**
 * «округа Харрис», «жительница Жироны», «в штате Джорджия»: a capitalised word right after such a
 * noun is a place though a person bears the name. A listed first name there is a person after a
 * residents' noun («местная жительница Анна»), and after a territory's noun when a name word
 * follows it («жители села Иван Петров и …»); alone after a territory's noun it is the place
 * (штат Джорджия, провинция Альберта). A man's Russian surname in the nominative is the person a
 * title before the noun governs («мэр города Лужков»).
 */
export function inPlaceSlot(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i];
  if (!word || i === 0 || word.shape !== 'title' || ctx.tokens[i]!.kind !== 'word') return false;
  const noun = slotNoun(ctx, i);
  if (noun < 0) return false;
  if (SURNAME_NOMINATIVE.test(word.folded)) return false;
  const next = ctx.words[i + 1];
  const nameFollows = !!next && next.shape === 'title' && ctx.tokens[i + 1]!.kind === 'word' && adjacent(ctx, i, i + 1);
  // «шерифа округа Эда Гонсалеса»: a case form of a listed name before a capitalised word opens the person.
  if (!isListedName(ctx, word)) return !(nameFollows && isFirstName(ctx, i));
  if (isResidentNoun(ctx, noun)) return false;
  return !nameFollows;
}

/** How many names a plural territory's noun may list: «в штатах Невада, Юта и Джорджия». */
const MAX_LISTED = 4;

/**
 * The noun whose slot the word at `i` fills: right before it, or a plural territory's noun before
 * a list of one-word names joined by commas and «и» («в штатах Невада и Джорджия»). -1 for none.
 */
function slotNoun(ctx: NerContext, i: number): number {
  if (opensPlaceSlot(ctx, i - 1) && adjacent(ctx, i - 1, i)) return i - 1;
  let k = i;
  for (let listed = 0; listed < MAX_LISTED; listed++) {
    const joint = ctx.tokens[k - 1];
    const name = ctx.words[k - 2];
    if (!joint || !name || !(joint.text === ',' || (joint.kind === 'word' && COORDINATING_AND.has(ctx.words[k - 1]!.folded)))) return -1;
    if (name.shape !== 'title' || ctx.tokens[k - 2]!.kind !== 'word') return -1;
    k -= 2;
    const before = ctx.words[k - 1];
    if (before && opensPlaceSlot(ctx, k - 1) && adjacent(ctx, k - 1, k)) {
      const readings = ctx.analyseWord(before);
      return DISTRICT_NOUNS.has(before.folded) && readings.some((a) => a.grams.includes('plur')) && !readings.some((a) => a.grams.includes('sing')) ? k - 1 : -1;
    }
  }
  return -1;
}

/** A lower-case adjective made from a place right before (армянском, корейском, итальянской). */
export function afterPlaceAdjective(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  if (!prev || ctx.tokens[i - 1]!.kind !== 'word' || prev.shape !== 'lower' || !adjacent(ctx, i - 1, i) || !PLACE_ADJECTIVE.test(prev.folded)) return false;
  return ctx.analyseWord(prev)[0]?.pos === 'ADJF';
}
