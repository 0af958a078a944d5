import { CASE_GRAMMEMES, hasGram } from '../../../morph/index.js';
import type { WordInfo } from '../../../types.js';
import { adjacent, atSentenceStart, isCommonWord, type NerContext } from '../../context.js';
import { isFreeCapital, isKnownAdjective, isListedFirstName, isNameWord, isPlace, isSurname, isUnknown, looksLikeSurname, particlesEnd, startsNominativeName } from './name-words.js';

const NO_WORD: WordInfo = { folded: '', key: '', lemma: '', shape: 'none', latin: false, analyses: [] };

/** Two or three capitalised words of which one is unknown to the dictionary: Масахару Коно, Саеб Эрекат. Returns the end, or `i`. */
export function foreignName(ctx: NerContext, i: number): number {
  // «братом Сулимы Ямадаева»: even a word that is also a common one opens a name before a surname.
  const opening = opensPhrase(ctx, i);
  const beforeSurname = !opening && isFreeCapital(ctx, i) && adjacent(ctx, i, i + 1) &&
    (isSurname(ctx.words[i + 1] ?? NO_WORD) || looksLikeSurname(ctx, i + 1) || unknownNounAfterCommon(ctx, i));
  if (!beforeSurname && (!isNameWord(ctx, i) || (opening && isCommonWord(ctx.words[i]!)))) return i;
  if (cannotBeGivenName(ctx.words[i]!) || thingBeforeGenitive(ctx, i) || (opening && obliqueCompound(ctx, i))) return i;
  let j = i + 1;
  // A word the morphology reads in no way at all (Даг) is unknown too.
  let unknown = isUnknown(ctx.words[i]!) || ctx.words[i]!.analyses.length === 0;
  // «Мегат Шахдан бин Абдул Самад»: as in nameTail, the particles and the word they open count as
  // one name word of the three.
  let particled = 0;
  while (j < ctx.tokens.length && j - i - particled < 3 && adjacent(ctx, j - 1, j)) {
    const particles = particlesEnd(ctx, j);
    if (particles > j && isFreeCapital(ctx, particles)) {
      particled += particles - j + 1;
      j = particles + 1;
      continue;
    }
    // An indeclinable «adjective» (Аллегри) is a foreign word, no Russian one.
    if (!isFreeCapital(ctx, j) || (isPlace(ctx.words[j]!) && !placeNamedSurname(ctx, i, j)) || (isKnownAdjective(ctx.words[j]!) && !isIndeclinable(ctx.words[j]!))) break;
    if (startsNominativeName(ctx, j - 1, j)) break;
    // «Адвокат Мирзаева Алексей Гребенской»: a listed first name before another capital opens the next person.
    if (isListedFirstName(ctx, j) && isFreeCapital(ctx, j + 1) && adjacent(ctx, j, j + 1) && !isListedFirstName(ctx, i)) break;
    // «Митт Ромни»: an indeclinable common noun (ромни) after a name word is a foreign surname, as good as an unknown word.
    unknown ||= isUnknown(ctx.words[j]!) || (isIndeclinable(ctx.words[j]!) && !isCommonWord(ctx.words[i]!));
    j++;
  }
  return j - i >= 2 && (unknown || beforeSurname) ? j : i;
}

/**
 * «Пиры Валтасара», «Читайте также: Адвокаты Берлускони»: a sentence's first word, and a word right after
 * a colon or an opening quote, takes a capital whatever it is; there the capital says nothing of a name.
 */
function opensPhrase(ctx: NerContext, i: number): boolean {
  if (atSentenceStart(ctx, i)) return true;
  const prev = ctx.tokens[i - 1];
  if (!prev || !adjacent(ctx, i - 1, i)) return false;
  const mark = ctx.text.slice(prev.start, prev.end);
  if (mark === ':') return true;
  if (prev.kind !== 'quote' || prev.end !== ctx.tokens[i]!.start) return false;
  // A straight quote opens where a space or the text's start stands before it.
  return OPENING_QUOTES.has(mark) || (mark === '"' && (prev.start === 0 || /\s/.test(ctx.text[prev.start - 1]!)));
}

const OPENING_QUOTES = new Set(['«', '„', '“']);

/**
 * «Эллиот Спенсер», «с Эллиоттом Спенсером»: a town's name (Спенсер) is the surname right after a
 * word read as a first name, when it ends the name and stands in a case the first name shares.
 */
function placeNamedSurname(ctx: NerContext, i: number, j: number): boolean {
  if (j !== i + 1 || isPlace(ctx.words[i]!) || !hasGram(ctx.words[i]!, 'Name', 0.1) || isFreeCapital(ctx, j + 1)) return false;
  const cases = (w: WordInfo, pick: (a: WordInfo['analyses'][number]) => boolean) => new Set(w.analyses.filter(pick).flatMap((a) => a.grams.filter((g) => CASE_GRAMMEMES.includes(g))));
  const first = cases(ctx.words[i]!, (a) => a.grams.includes('Name'));
  return [...cases(ctx.words[j]!, (a) => a.grams.includes('Geox'))].some((c) => first.has(c));
}

/**
 * «немке Ангелике Кербер», «Робел Филлипос»: inside a sentence a capitalised common word (not an
 * adjective, which may open a body's name) before a capitalised noun the dictionary does not know
 * is a foreign given name before its surname.
 */
function unknownNounAfterCommon(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  const next = ctx.words[i + 1];
  if (!next || word.analyses[0]?.pos === 'ADJF' || !isCommonWord(word) || !isFreeCapital(ctx, i + 1) || !isUnknown(next) || next.analyses[0]?.pos !== 'NOUN') return false;
  // A third capitalised word makes it some longer name (a body's, a title's).
  const third = ctx.words[i + 2];
  return !(third && ctx.tokens[i + 2]!.kind === 'word' && third.shape === 'title' && adjacent(ctx, i + 1, i + 2));
}

/**
 * «Адвокаты Берлускони», «Если Топалов», «Отрешить Соловьева», «Всероссийский Шукшинский»: a word
 * the dictionary knows only as a plural noun, an adjective, a verb's infinitive or a conjunction
 * opens no name, whatever capital follows (a singular noun may: Честер, Марго, Ангелика).
 */
function cannotBeGivenName(word: WordInfo): boolean {
  if (!isCommonWord(word)) return false;
  return word.analyses.every((a) => NO_NAME_POS.has(a.pos));
}

const NO_NAME_POS = new Set(['ADJF', 'ADJS', 'INFN', 'CONJ', 'PREP']);

const NAME_GRAMS = ['Name', 'Surn', 'Patr', 'Geox'];

/**
 * «Задачей-минимум Канаев считает …»: a hyphened word opening a sentence whose first part is a common
 * word in an oblique case only (задачей) is a compound noun the capital opens, no given name.
 */
function obliqueCompound(ctx: NerContext, i: number): boolean {
  const folded = ctx.words[i]!.folded;
  const hyphen = folded.indexOf('-');
  if (hyphen < 3) return false;
  const readings = ctx.analyse(folded.slice(0, hyphen)).filter((a) => a.known);
  return readings.length > 0 && readings.every((a) => !NAME_GRAMS.some((g) => a.grams.includes(g)) && (a.pos === 'NOUN' || a.pos === 'ADJF') && !a.grams.includes('nomn'));
}

/**
 * «Болезнь Чавеса», «в Марше Голунова», «Контора Кука»: a thing's noun the dictionary knows, in no case
 * the capitalised oblique word after it shares, governs that word; the two words are no one's name
 * (the words of a name share its case).
 */
function thingBeforeGenitive(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  const best = word.analyses[0];
  // (A singular one: a plural form is more often a foreign given name's double, Марен of «марена».)
  if (!best?.known || best.pos !== 'NOUN' || !best.grams.includes('inan') || word.analyses.some((a) => a.grams.includes('Name') || a.grams.includes('plur'))) return false;
  const next = ctx.words[i + 1];
  if (!next || ctx.tokens[i + 1]!.kind !== 'word') return false;
  const own = casesOf(word);
  const after = casesOf(next);
  return after.size > 0 && ![...after].some((c) => own.has(c));
}

function casesOf(word: WordInfo): Set<string> {
  return new Set(word.analyses.flatMap((a) => a.grams.filter((g) => CASE_GRAMMEMES.includes(g))));
}

function isIndeclinable(word: WordInfo): boolean {
  return !!word.analyses[0]?.grams.includes('Fixd');
}

/** A given-name syllable group: short, Russian letters (а–я, ё), capitalised (Пэн, Цзиньпин, Инъин). */
const ASIAN_GIVEN = /^[\u0430-\u044f\u0451]{1,9}$/;

/**
 * «Ли Пэн», «Ван Бин», «Ким Ён Нам»: a listed East Asian surname and one or two short
 * capitalised words that are neither common words, places nor parts of a longer name.
 * Returns the end, or `i`.
 */
export function eastAsianName(ctx: NerContext, i: number): number {
  const word = ctx.words[i]!;
  const surnames = ctx.lexicon.eastAsianSurnames;
  if (word.shape !== 'title' || !(surnames.has(word.folded) || surnames.has(word.lemma)) || ctx.gazetteerAt[i]! > 1) return i;
  let j = i + 1;
  while (j < ctx.tokens.length && j - i <= 2 && adjacent(ctx, j - 1, j) && isFreeCapital(ctx, j)) {
    const next = ctx.words[j]!;
    // Short syllables may be Russian words too (Бин, Фу, Мин); longer common words are not names.
    if (!ASIAN_GIVEN.test(next.folded) || (isCommonWord(next) && next.folded.length > 3) || isPlace(next)) break;
    j++;
  }
  return j > i + 1 ? j : i;
}
