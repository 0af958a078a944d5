import type { Analysis, Morphology, Shape, Token, WordInfo } from '../types.js';
import { cachedFor } from '../util/cached.js';
import { newMemo } from '../util/word-memo.js';
import { fold, stemKey } from './key.js';

// The morphology itself: `./az.js` (Node, reads Az's dictionaries with fs) or `./az-core.js` (any platform).
export type { Analysis, Morphology, Shape, WordInfo } from '../types.js';
export * from './grammemes.js';
export { fold, stemKey } from './key.js';

const NONE: readonly Analysis[] = [];

/** Letter case by code unit: 1 upper, -1 lower, 0 uncased; Cyrillic and ASCII without a string call. */
function caseOf(code: number, ch: string): number {
  if (code >= 0x410 && code <= 0x42f) return 1;
  if (code >= 0x430 && code <= 0x44f) return -1;
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? 1 : code >= 0x61 && code <= 0x7a ? -1 : 0;
  if (code === 0x401) return 1;
  if (code === 0x451) return -1;
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  return lo === up ? 0 : ch === up ? 1 : -1;
}

export function shapeOf(text: string): Shape {
  let upper = 0;
  let lower = 0;
  for (let k = 0; k < text.length; k++) {
    const c = caseOf(text.charCodeAt(k), text.charAt(k));
    if (c > 0) upper++;
    else if (c < 0) lower++;
  }
  if (upper === 0) return lower === 0 ? 'none' : 'lower';
  if (lower === 0) return upper === 1 && text.length === 1 ? 'title' : 'upper';
  const firstUpper = caseOf(text.charCodeAt(0), text.charAt(0)) > 0;
  if (firstUpper && upper === 1) return 'title';
  // Hyphenated names keep a capital per part: Нью-Йорк, Ростов-на-Дону, Сан-Франциско; so do
  // names after an apostrophe: О’Рейли, Д’Артаньян.
  return firstUpper && /[-'’]/.test(text) ? 'title' : 'mixed';
}

// A word's record depends on its text and the morphology alone: a word form is analysed once
// per annotator, not once per document (news repeats most of its words from one text to the next).
const wordRecords = cachedFor((morphology: Morphology, text: string) => wordInfo(text, morphology));

// Punctuation and numbers repeat, within a text and from one text to the next: one shared,
// sealed record per token text keeps the collector idle (a table per text made them anew for each).
// The whole evaluation corpus has under 800 such texts: a small bound keeps a stream of figures from holding many.
const OTHER_RECORDS = 4096;
const otherRecords = cachedFor((_morphology: Morphology, text: string): WordInfo => {
  const folded = fold(text);
  return Object.seal({ folded, key: folded, lemma: folded, shape: 'none', latin: false, analyses: NONE, memo: newMemo() });
}, OTHER_RECORDS);

/** The morph stage: a match key for every token, analyses for capitalised words. */
export function analyseTokens(tokens: readonly Token[], morphology: Morphology): WordInfo[] {
  const wordRecord = wordRecords(morphology);
  const otherRecord = otherRecords(morphology);
  return tokens.map((token) => (token.kind === 'word' ? wordRecord(token.text) : otherRecord(token.text)));
}

function wordInfo(text: string, morphology: Morphology): WordInfo {
  const folded = fold(text);
  const shape = shapeOf(text);
  // Latin letters with diacritics count too: Schäfer, Matías, Kovač.
  const latin = /^[a-z0-9'’&.\-\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f]+$/.test(folded);
  const key = stemKey(folded);
  const analyses = shape !== 'lower' && !latin ? morphology.analyse(azForm(text)) : NONE;
  // Sealed, not frozen: the memo is replaced as it fills (src/util/word-memo.ts).
  return Object.seal({ folded, key, lemma: lemmaOf(analyses, folded), shape, latin, analyses, memo: newMemo() });
}

/**
 * The word's lemma, when the morphology's best guess keeps the word's beginning and its
 * hyphenated parts: a guess that strips a prefix or a part (Ренова → новый, ТВ-Центр →
 * центр) is no lemma.
 */
export function lemmaOf(analyses: readonly Analysis[], folded: string): string {
  const best = analyses[0];
  if (!best) return folded;
  const lemma = fold(best.lemma);
  const sameParts = lemma.split('-').length === folded.split('-').length;
  return sameParts && lemma.slice(0, 3) === folded.slice(0, 3) ? lemma : folded;
}

/**
 * A reading of the word itself: known to the dictionary, or a guess whose lemma begins as the
 * word does (its last part, for «Буша-младшего» read by «младший»). A guess that took only an
 * ending for another word (Хьюлетт read as a form of «лёт») says nothing of the word's case.
 */
export function isOwnReading(a: Analysis, folded: string): boolean {
  if (a.known) return true;
  const lemma = fold(a.lemma);
  const word = lemma.includes('-') ? folded : folded.slice(folded.lastIndexOf('-') + 1);
  return lemma.slice(0, 2) === word.slice(0, 2);
}

/** The analyses carrying the grammeme weigh at least minScore together (a name's score is split over its cases). */
export function hasGram(info: WordInfo, gram: string, minScore = 0): boolean {
  let total = 0;
  for (const a of info.analyses) if (a.grams.includes(gram)) total += a.score;
  return total > 0 && total >= minScore;
}


export function titleCase(folded: string): string {
  return folded.charAt(0).toUpperCase() + folded.slice(1);
}

/**
 * The form a word is analysed in: Az marks names (Name, Surn, Geox) only on capitalised
 * input («Россия», not «россия»), and reads ё as written (Фёдора is a man, Федора a woman).
 */
export function azForm(text: string): string {
  let lower = text.toLowerCase();
  if (/[\u00ad\u0300-\u036f]/.test(lower)) lower = lower.replace(/[\u00ad\u0300-\u036f]/g, '');
  return titleCase(lower);
}
