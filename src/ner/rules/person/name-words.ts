import { wordList, wordSet } from '../../../dict/words.js';
import { fold, hasGram, stemKey, type WordInfo } from '../../../morph/index.js';
import { adjacent, atSentenceStart, isCommonWord, isListedName, type NerContext } from '../../context.js';
import { endingPattern } from '../../endings.js';
import type { NerLexicon } from '../../lexicon.js';
import { personBySurname } from '../../person-by-surname.js';
import { gluedToName, isInitial } from './initials.js';
import { perWordFlag, perWordFor } from '../../../util/word-memo.js';
import { firstNameNominative } from '../../../dict/first-name-cases.js';

/** What a single word is as part of a person's name: first name, patronymic, surname, name word. */

const PATRONYMIC = endingPattern(wordList('patronymic-suffixes'), wordList('patronymic-endings'), true);
/** Russian lower-case letters (а–я, ё), in parts joined by hyphens or apostrophes (О’Рейли). */
const CYRILLIC_NAME = /^[\u0430-\u044f\u0451]+([-'’][\u0430-\u044f\u0451]+)*$/;
const cyrillicName = perWordFlag((word) => CYRILLIC_NAME.test(word.folded));

export function isFirstName(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  if (ctx.tokens[i]!.kind !== 'word' || word.shape !== 'title' || word.latin || ctx.gazetteerAt[i]) return false;
  // A listed name wins over a small place of that name (Стэнли); the morphology's guesses do not.
  if (isListedName(ctx, word)) return true;
  // «по словам Марка Хенри»: a case form of a listed name the morphology reads as a common word
  // (марка) opens a name when a capitalised word follows.
  if (listedByEnding(ctx.lexicon)(word) && isFreeCapital(ctx, i + 1, true) && adjacent(ctx, i, i + 1)) return true;
  // «Нетаньяху»: a well-known person's surname is no first name, whatever the morphology guesses.
  // (Before an Arabic article the word opens a name: Сауд аль-Моджеб.)
  return !isPlace(word) && nameReading(word) && (!isKnownSurname(ctx, word) || isArticleName(ctx, i + 1));
}

/** The morphology reads the word as a first name with some weight (kept per word form, as the questions below). */
const nameReading = perWordFlag((word) => hasGram(word, 'Name', 0.3));

/** The word as written is a well-known person's surname (Нетаньяху), not just a word sharing its key (Петра, Петров). */
function isKnownSurname(ctx: NerContext, word: WordInfo): boolean {
  const person = personBySurname(ctx.gazetteer, word);
  return !!person && fold(person.name.split(' ').pop()!) === word.folded;
}

/** The word is a case form of a listed, unambiguous first name by the regular endings (Марка → Марк). */
const listedByEnding = perWordFor((lexicon: NerLexicon, word: WordInfo) =>
  firstNameNominative(word.folded, (name) => lexicon.firstNames.has(name) && !lexicon.ambiguousNames.has(name)) !== undefined);

export function isAmbiguousName(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  return ctx.lexicon.ambiguousNames.has(word.folded) || ctx.lexicon.ambiguousNames.has(word.lemma);
}

export function isListedFirstName(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  return word.shape === 'title' && !ctx.lexicon.ambiguousNames.has(word.folded) && ctx.lexicon.firstNames.has(word.folded);
}

export function isPatronymic(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  return word.shape === 'title' && patronymicWord(word);
}

const patronymicWord = perWordFlag((word) => hasGram(word, 'Patr', 0.1) || PATRONYMIC.test(word.folded));

/**
 * A capitalised Cyrillic word that is not a role, an organisation noun, a known non-name,
 * or part of a longer organisation or place name. `single` (right after a first name)
 * allows a one-word gazetteer match and a role word: Королёв is a surname, not the town,
 * and Королёва not «королева».
 */
export function isFreeCapital(ctx: NerContext, i: number, single = false): boolean {
  const token = ctx.tokens[i];
  const word = ctx.words[i];
  if (!token || !word || token.kind !== 'word' || word.shape !== 'title' || !cyrillicName(word)) return false;
  // «Шеймана А.Кулешов»: an initial opens the next name, it is no part of this one («Ким Чен Ир. Так» keeps Ир).
  if (isInitial(ctx, i) && (token.text.length === 1 || gluedToName(ctx, i + 2))) return false;
  const inGazetteer = ctx.gazetteerAt[i]!;
  const bits = capitalBits(ctx.lexicon)(word);
  // The not-entities are abbreviations written in capitals (ПО, СМИ): in the surname's slot a
  // capitalised word of the same letters is a surname (Эдгар По).
  if ((inGazetteer && !(single && inGazetteer === 1)) || ((bits & NOT_ENTITY) !== 0 && !single)) return false;
  // Right after a first name or initials a capitalised role word is a surname (Петра Королёва, А. Судья).
  return (single || (bits & ROLE_WORD) === 0) && (bits & ORG_NOUN_OR_ROLE_PART) === 0;
}

/** What isFreeCapital asks of the word alone, as bits of one number. */
const NOT_ENTITY = 1;
const ROLE_WORD = 2;
const ORG_NOUN_OR_ROLE_PART = 4;

/**
 * Kept on the word form's record: isFreeCapital is asked of most capitalised words several times
 * (a tenth of the recognise stage on 'Он сказал: «да. ' × 100 000), and these set look-ups were most of its cost.
 */
const capitalBits = perWordFor((lexicon: NerLexicon, word: WordInfo): number => {
  const { titleWords, orgNounWords } = lexicon;
  // By lemma only in the singular: «Короля» is a title, «Дедов» (of grandfathers) a surname.
  const singular = word.analyses[0]?.grams.includes('sing') ?? false;
  // «Поп-звезда», «Экс-премьер»: a hyphenated role is still a role.
  // «Фотограф-любитель»: so is one whose first part is a role.
  const hyphen = word.folded.indexOf('-');
  const hyphenRole = hyphen > 0 && (isRolePart(lexicon, word.folded.slice(word.folded.lastIndexOf('-') + 1)) || isRolePart(lexicon, word.folded.slice(0, hyphen)));
  return (lexicon.notEntities.has(word.folded) ? NOT_ENTITY : 0)
    | (isWordIn(titleWords, word, singular) ? ROLE_WORD : 0)
    | (isWordIn(orgNounWords, word, singular) || hyphenRole ? ORG_NOUN_OR_ROLE_PART : 0);
});

function isWordIn(set: ReadonlySet<string>, word: WordInfo, singular: boolean): boolean {
  return set.has(word.folded) || (singular && set.has(word.lemma));
}

function isRolePart(lexicon: NerLexicon, part: string): boolean {
  return lexicon.titleWords.has(part) || lexicon.titles.has(stemKey(part));
}

/** A capitalised word that can be a surname on its own evidence: not a common word, not a place, not an adjective. */
export function isNameWord(ctx: NerContext, i: number): boolean {
  if (!isFreeCapital(ctx, i)) return false;
  return nameWordShape(ctx.words[i]!);
}

/** What isNameWord asks of the word alone, once per word form: most capitalised words are asked several times. */
const nameWordShape = perWordFlag((word) => {
  if (isPlace(word) || isKnownAdjective(word) || isKnownBody(word)) return false;
  return !isCommonWord(word) || hasGram(word, 'Surn', 0.05) || hasGram(word, 'Name', 0.05);
});

/** The dictionary knows the word as a place (a guessed Geox for an unknown word is no evidence). */
export const isPlace = perWordFlag((word: WordInfo): boolean => {
  const best = word.analyses[0];
  return !!best && best.known && best.grams.includes('Geox');
});

/** «глава Совбеза», «вице-президента Лукойла»: a word the dictionary knows only as an organisation's name is no person's. */
export function isKnownBody(word: WordInfo): boolean {
  return word.analyses.length > 0 && word.analyses.every((a) => a.known && a.grams.includes('Orgn'));
}

export const isKnownAdjective = perWordFlag((word: WordInfo): boolean => {
  const best = word.analyses[0];
  return !!best && best.known && best.pos === 'ADJF' && !word.analyses.some((a) => a.grams.includes('Surn'));
});

export function isUnknown(word: WordInfo): boolean {
  return word.analyses.length > 0 && !word.analyses[0]!.known;
}

export const isSurname = perWordFlag((word: WordInfo): boolean => hasGram(word, 'Surn', 0.2) && !!word.analyses[0]?.grams.includes('Surn'));

/**
 * «подруга Романа Абрамовича Дарья Жукова», «сын Баффета Говард»: a first name read only in the
 * nominative, after a name word that has no nominative reading, starts the next person: the words of
 * one name share its case.
 */
export function startsNominativeName(ctx: NerContext, before: number, j: number): boolean {
  const word = ctx.words[j];
  if (!word || ctx.tokens[j]!.kind !== 'word') return false;
  // Both read by the dictionary, not by a guess from the ending (Зулема, Барретта are guessed).
  const knownName = word.analyses.some((a) => a.grams.includes('Name') && a.known) && word.analyses.every((a) => a.grams.includes('nomn'));
  // «После смерти Моррисона Манзарек начал», «сын Баффета Говард»: a word ending in a bare consonant
  // is no man's name in an oblique case (those take an ending: Манзарека), so after a man's name word
  // in an oblique case it starts the next person. (A woman's surname does not decline: Анны Франк.)
  // The nominative must be the word itself: «Чэпменом» guessed as «ном» with a prefix is no nominative.
  const bare = !knownName && BARE_CONSONANT.test(word.folded) && word.shape === 'title' && word.analyses.some((a) => a.pos === 'NOUN' && a.grams.includes('nomn') && a.grams.includes('masc') && fold(a.lemma) === word.folded);
  if (!knownName && !bare) return false;
  // (Only the dictionary's readings: a guessed genitive may be a foreign nominative, Абдолреза, Зулема.)
  const prev = ctx.words[before]!.analyses.filter((a) => a.known);
  const own = prev.filter((a) => a.grams.includes('Name') || a.grams.includes('Surn'));
  const readings = own.length > 0 ? own : prev;
  if (bare && readings.some((a) => a.grams.includes('femn') || a.grams.includes('plur') || a.grams.includes('Fixd'))) return false;
  return readings.length > 0 && readings.some((a) => a.grams.some((g) => CASES.has(g))) && !readings.some((a) => a.grams.includes('nomn'));
}

/** A word ending in a consonant letter (no -й, -ь): a man's name shows no case ending (Джон, Флинн). */
export const BARE_CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/;

const CASES = new Set(['gent', 'datv', 'accs', 'ablt', 'loct']);

/**
 * «братьев Кузнецовых», «клана Шаймиевых»: a surname whose every surname reading is plural names a
 * family, not one person (Черных, Седых are read as adjectives, not as plural surnames).
 */
export const isFamilySurname = perWordFlag((word: WordInfo): boolean => {
  const surnames = word.analyses.filter((a) => a.grams.includes('Surn'));
  return surnames.length > 0 && surnames.every((a) => a.grams.includes('plur'));
});

/** Russian, Ukrainian, Georgian, Armenian surname endings, in any case form. */
const SURNAME_SHAPE = endingPattern(wordList('surname-shape-suffixes'), wordList('surname-shape-endings'), true);

export function looksShapedLikeSurname(folded: string): boolean {
  return SURNAME_SHAPE.test(folded);
}

/** An unknown capitalised word shaped like a surname, inside a sentence (освободить Квачкова). */
export function looksLikeSurname(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  if (atSentenceStart(ctx, i) || !isNameWord(ctx, i) || word.analyses[0]?.known) return false;
  return SURNAME_SHAPE.test(word.folded);
}

/** An Arabic article glued to a capitalised name: аль-Хадж, эль-Масри, ад-Дин, аш-Шараа. */
const ARTICLE_NAME = new RegExp(`^(?:${wordList('arabic-articles').join('|')})-\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?$`, 'u');

export function isArticleName(ctx: NerContext, i: number): boolean {
  const token = ctx.tokens[i];
  return !!token && token.kind === 'word' && !ctx.gazetteerAt[i] && ARTICLE_NAME.test(token.text);
}

/** Particles inside a name (Леонардо да Винчи, Ванесса де Амбрози, Омар ибн аль-Хаттаб). */
export const PARTICLES = wordSet('name-particles');

/** «ван дер», «де ла»: up to two lower-case name particles from `j`; the index after them (`j` when none). */
export function particlesEnd(ctx: NerContext, j: number): number {
  let k = j;
  while (k - j < 2 && ctx.tokens[k]?.kind === 'word' && ctx.words[k]!.shape === 'lower' && PARTICLES.has(ctx.words[k]!.folded) && (k === j || adjacent(ctx, k - 1, k))) k++;
  return k > j && adjacent(ctx, k - 1, k) ? k : j;
}
