import type { Analysis } from '../../../types.js';
import { adjacent, isCapitalised, isCommonWord, isListedName, isPlaceNoun, type NerContext } from '../../context.js';
import { isFirstName, isFreeCapital, isNameWord, isPlace } from './name-words.js';

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
    const named = (isNameWord(ctx, i) && !isCommonWord(word)) || (i === from && isFreeCapital(ctx, i) && !isPlace(word) && isListedNameInCase(ctx, from - 1, i));
    if (named && word.folded.length > 1) {
      let j = i + 1;
      while (j < ctx.tokens.length && j - i < 3 && adjacent(ctx, j - 1, j) && (isNameWord(ctx, j) || isPlaceSurname(ctx, i, j)) && !isFirstName(ctx, j) && ctx.words[j]!.folded !== ctx.words[j - 1]!.folded) j++;
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

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct'];

/**
 * «капитан Том», «брат Кит», «с капитаном Томом»: a listed first name that is also a common
 * word (том, кит) right after a title is the person when it stands in the title's case, as an
 * apposition does («тренера Милана» also agrees; «тренер Милана» does not).
 */
function isListedNameInCase(ctx: NerContext, title: number, i: number): boolean {
  const word = ctx.words[i]!;
  if (word.shape !== 'title' || !isListedName(ctx, word)) return false;
  const titleCases = singularCases(ctx.analyse(ctx.words[title]!.folded));
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
