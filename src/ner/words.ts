import { wordSet } from '../dict/words.js';

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
