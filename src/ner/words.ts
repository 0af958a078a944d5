import { wordList, wordSet } from '../dict/words.js';
import { endingPattern } from './endings.js';

/**
 * The word classes (dict/words) that ner rules read and that later stages read too: loaded once
 * here, at the lowest stage that needs them, so that a later stage re-exports them instead of
 * loading the list again (clauses/words.ts).
 */

/** Nouns of time, by their case forms (в среду, XL век): they say when, not who or in which text. */
export const TIME_NOUNS = wordSet('time-nouns');
/** Nouns of a «по X-у» source frame (по данным, по информации): what follows names a source. */
export const SOURCE_FRAME_NOUNS = wordSet('source-frame-nouns');
/** «и»: the conjunction that joins words of one phrase or names of a list (Сбербанк и ВТБ). */
export const COORDINATING_AND = wordSet('coordinating-and');
/** Russia's names that end a body's name (Минобороны России, Верховный суд РФ). */
export const RUSSIA_NAMES = wordList('russia-names');
/** Suffixes and endings of adjectives made from a place's name (московский, тверская). */
export const PLACE_ADJECTIVE_SUFFIXES = wordList('place-adjective-suffixes');
export const PLACE_ADJECTIVE_ENDINGS = wordList('place-adjective-endings');
/** A word ending as an adjective made from a place's name does (московский, тверскими). */
export const PLACE_ADJECTIVE = endingPattern(PLACE_ADJECTIVE_SUFFIXES, PLACE_ADJECTIVE_ENDINGS);
