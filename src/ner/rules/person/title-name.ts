import type { Analysis } from '../../../types.js';
import { adjacent, isCapitalised, isCommonWord, isListedName, isPlaceNoun, type NerContext } from '../../context.js';
import { CASE_GRAMMEMES, hasGram } from '../../../morph/index.js';
import { endsRussianName } from './name-tail.js';
import { isArticleName, isFirstName, isFreeCapital, isKnownAdjective, isListedFirstName, isNameWord, isPlace, isUnknown, looksShapedLikeSurname, PARTICLES, particlesEnd } from './name-words.js';

/**
 * After a title, the name follows at once or after a short genitive complement that
 * names no one itself (глава МИД России Лавров): up to 4 words, no preposition.
 */
export function nameAfterTitle(ctx: NerContext, from: number): [from: number, to: number] | null {
  for (let i = from; i < Math.min(ctx.tokens.length, from + 5); i++) {
    const token = ctx.tokens[i]!;
    if (token.kind !== 'word' || !adjacent(ctx, i - 1, i)) return null;
    const word = ctx.words[i]!;
    if (word.shape === 'lower' && word.folded.length <= 3) return null; // a preposition or conjunction
    // «жители посёлка Комарово», «сотрудники компании Яндекс»: the name is the place's or the body's.
    if (word.shape === 'lower' && (isPlaceNoun(ctx, i) || ctx.lexicon.orgNouns.has(word.key))) return null;
    // «министр финансов Франции Ле Мэр»: a capitalised particle opens the name with the word after it.
    if (word.shape === 'title' && PARTICLES.has(word.folded) && adjacent(ctx, i, i + 1) && isFreeCapital(ctx, i + 1, true) && !ctx.gazetteerAt[i]) return [i, i + 2];
    const pair = agreeingPair(ctx, from - 1, i);
    if (pair) return pair;
    const named = (isNameWord(ctx, i) && !isCommonWord(word)) || (i === from && isFreeCapital(ctx, i) && !isPlace(word) && isListedNameInCase(ctx, from - 1, i));
    if (named && word.folded.length > 1) {
      let j = i + 1;
      // «имам Моаз аль-Хатиб», «жена Моза бинт Нассер»: particles and the word they open, or a word
      // with an Arabic article glued on, are one more name word.
      // (Those count as no word of the three: Сабах аль-Ахмед аль-Джабер ас-Сабах.)
      for (let words = 1; j < ctx.tokens.length && words < 3 && adjacent(ctx, j - 1, j);) {
        const particles = particlesEnd(ctx, j);
        if (particles > j && isFreeCapital(ctx, particles)) j = particles + 1;
        else if (isArticleName(ctx, j)) j++;
        else if (j === i + 2 && isFirstName(ctx, i) && endsRussianName(ctx, i + 1, j)) break;
        else if ((isNameWord(ctx, j) || isPlaceSurname(ctx, i, j)) && !isFirstName(ctx, j) && ctx.words[j]!.folded !== ctx.words[j - 1]!.folded) {
          j++;
          words++;
        } else break;
      }
      return [i, j];
    }
    if (isCapitalised(word) && !ctx.gazetteerAt[i]) return null;
  }
  return null;
}

/**
 * «кандидат в президенты Парагвая Лино Овьедо»: right after the name's first word, a word that is
 * also a town (Овьедо) or another one-word place is the surname, as after a first name; unless
 * the first word is a place itself or a common word.
 */
function isPlaceSurname(ctx: NerContext, first: number, j: number): boolean {
  if (j !== first + 1 || ctx.gazetteerAt[first] || isPlace(ctx.words[first]!) || isCommonWord(ctx.words[first]!)) return false;
  return isFreeCapital(ctx, j, true) && (isPlace(ctx.words[j]!) || ctx.gazetteerAt[j] === 1);
}

const CASES = [...CASE_GRAMMEMES, 'voct'];

/**
 * «капитан Том», «брат Кит», «с капитаном Томом»: a listed first name that is also a common
 * word (том, кит) right after a title is the person when it stands in the title's case, as an
 * apposition does («тренера Милана» also agrees; «тренер Милана» does not).
 */
function isListedNameInCase(ctx: NerContext, title: number, i: number): boolean {
  const word = ctx.words[i]!;
  if (word.shape !== 'title' || !isListedName(ctx, word)) return false;
  const titleCases = singularCases(ctx.analyseWord(ctx.words[title]!));
  // The morphology may know only the common word (том, кит): its case forms are the name's too.
  const nameCases = singularCases(word.analyses);
  if (ctx.lexicon.firstNames.has(word.folded)) nameCases.add('nomn');
  for (const c of nameCases) if (titleCases.has(c)) return true;
  return false;
}

function singularCases(analyses: readonly Analysis[]): Set<string> {
  const out = new Set<string>();
  for (const a of analyses) if (a.pos === 'NOUN' && a.grams.includes('sing')) for (const g of a.grams) if (CASES.includes(g)) out.add(g);
  return out;
}

/**
 * «премьер-министр Болгарии Бойко Борисов», «мэра Лондона Садика Хана», «с певицей Флоридой
 * Чантурией»: after a title, a capitalised common word or a one-word place, then a surname, both in
 * a case of the title, are the name in apposition, whatever else the first word may be. A genitive
 * is the title's complement as often (президента России Путина), so there the first word must be
 * no place. Returns the pair's span, or null.
 */
function agreeingPair(ctx: NerContext, title: number, i: number): [from: number, to: number] | null {
  const first = ctx.words[i]!;
  const second = ctx.words[i + 1];
  if (!second || ctx.tokens[i + 1]!.kind !== 'word' || !adjacent(ctx, i, i + 1)) return null;
  const place = ctx.gazetteerAt[i] === 1;
  if (!(place || (isCommonWord(first) && !ctx.gazetteerAt[i])) || !isFreeCapital(ctx, i, true) || isKnownAdjective(first) || isFirstName(ctx, i)) return null;
  // The surname may be a town too (Борисов) after a first word that is none.
  if (ctx.gazetteerAt[i + 1]! > (place ? 0 : 1) || !isFreeCapital(ctx, i + 1, true) || isListedFirstName(ctx, i + 1) || isKnownAdjective(second)) return null;
  // «актриса Камерон Диас»: two common nouns in the title's case are a name too, when neither is a place.
  const bothNouns = !place && isCommonWord(second) && second.analyses[0]?.pos === 'NOUN' && !isPlace(second);
  if (!(bothNouns || isUnknown(second) || hasGram(second, 'Surn', 0.05) || hasGram(second, 'Name', 0.05) || looksShapedLikeSurname(second.folded))) return null;
  // «Менеджер Хьюстон Патриша Хьюстон»: a third capital makes it some other, longer run.
  const third = ctx.words[i + 2];
  if (third && ctx.tokens[i + 2]!.kind === 'word' && third.shape === 'title' && adjacent(ctx, i + 1, i + 2)) return null;
  const shared = sharedCases([ctx.analyseWord(ctx.words[title]!), first.analyses, second.analyses]);
  if (!shared || shared.size === 0) return null;
  if (place && [...shared].every((c) => c === 'gent')) return null;
  return [i, i + 2];
}

const CASE_OF: Readonly<Record<string, string>> = { nomn: 'nomn', gent: 'gent', gen2: 'gent', datv: 'datv', accs: 'accs', ablt: 'ablt', loct: 'loct', loc2: 'loct' };

/** The cases all the words may stand in by their known singular noun readings (an indeclinable or unknown word: any); null when every word may stand in any. */
function sharedCases(words: readonly (readonly Analysis[])[]): Set<string> | null {
  let shared: Set<string> | null = null;
  for (const analyses of words) {
    const own = new Set<string>();
    let any = false;
    for (const a of analyses) {
      // A person is one: a plural reading (Пляски) is no name's.
      if (!a.known || a.pos !== 'NOUN' || a.grams.includes('plur')) continue;
      if (a.grams.includes('Fixd')) any = true;
      for (const g of a.grams) if (CASE_OF[g]) own.add(CASE_OF[g]);
    }
    if (any || own.size === 0) continue;
    shared = shared ? new Set([...shared].filter((c: string) => own.has(c))) : own;
  }
  return shared;
}
