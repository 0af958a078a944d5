import type { Sentence, Token } from '../types.js';
import { wordSet } from '../dict/words.js';
import { hasLineBreak, isDigit, isUpper } from './chars.js';

/** Abbreviations after which a dot does not end a sentence (lowercase, without the dot). */
const ABBREVIATIONS = wordSet('sentence-abbreviations');

/** Of those, units and counts that end a sentence after a number (5 млн руб. Компания…). */
const FINAL_UNITS = wordSet('sentence-final-units');
const OPENERS_AFTER_YEAR = wordSet('sentence-openers-after-year');
/** «г.» and «гг.»: a year or years, or a city (г. Москва), which only a following name tells apart. */
const YEARS = wordSet('year-abbreviations');

const TERMINAL = /[.!?…]/;

/**
 * Groups tokens into sentences. A sentence ends at terminal punctuation (with any
 * closing quotes or brackets after it) when the next token starts a new sentence, and
 * always at a line break: news headlines and bylines have no final dot.
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const close = (to: number) => {
    if (to > from) {
      sentences.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, tokens: [from, to] });
    }
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (next && hasLineBreak(text, token.end, next.start)) {
      close(i + 1);
      continue;
    }
    if (token.kind !== 'punct' || !TERMINAL.test(token.text)) continue;
    let end = i + 1;
    while (end < tokens.length && isCloser(tokens[end]!) && !hasLineBreak(text, tokens[end - 1]!.end, tokens[end]!.start)) end++;
    if (end >= tokens.length) break;
    if (token.text === '.' && !endsSentenceAfterDot(tokens, i)) continue;
    if (startsSentence(tokens, end) && !listItemGoesOn(tokens, i, end)) {
      close(end);
      i = end - 1;
    }
  }
  close(tokens.length);
  return sentences;
}

function isCloser(token: Token): boolean {
  return token.text === '»' || token.text === '“' || token.text === '”' || token.text === '"' || token.text === ')' || token.text === '’';
}

/**
 * A dot after an initial (В. Путин) or a known abbreviation (т. е., г.) does not end a
 * sentence, nor does a dot glued to words on both sides (Дж.Коми, Вл.Соловьёв): a new
 * sentence follows a space.
 */
function endsSentenceAfterDot(tokens: Token[], dot: number): boolean {
  const prev = tokens[dot - 1];
  if (!prev || prev.end !== tokens[dot]!.start || prev.kind !== 'word') return true;
  const next = tokens[dot + 1];
  if (next && next.kind === 'word' && next.start === tokens[dot]!.end) return false;
  // A unit split from its number (в 1969г. Он…) is no abbreviation: the year ends the sentence.
  const before = tokens[dot - 2];
  if (before && before.kind === 'number' && before.end === prev.start) return true;
  if (FINAL_UNITS.has(prev.text.toLowerCase()) && countsBefore(tokens, dot - 1)) return true;
  // «в 2013 г. Этот …»: after a year a capitalised word that is no name opens the next sentence.
  if (YEARS.has(prev.text.toLowerCase()) && countsBefore(tokens, dot - 1) && next?.kind === 'word' && isUpper(next.text.charAt(0)) &&
    OPENERS_AFTER_YEAR.has(next.text.toLowerCase())) return true;
  if (prev.text.length === 1 && isUpper(prev.text)) return false;
  return !ABBREVIATIONS.has(prev.text.toLowerCase());
}

/**
 * A number right before the terminal mark (пункт 1. 2-й этап, в 10. 30-х) may be a list
 * item or a clock time rather than a sentence end: a digit-led word after it stays joined.
 */
function listItemGoesOn(tokens: Token[], mark: number, next: number): boolean {
  const prev = tokens[mark - 1];
  const token = tokens[next]!;
  if (!prev || prev.kind !== 'number' || prev.end !== tokens[mark]!.start) return false;
  return token.kind === 'word' && isDigit(token.text.charCodeAt(0));
}

/** A number right before the unit, or one more unit before it (5 млн руб.). */
function countsBefore(tokens: Token[], unit: number): boolean {
  const before = tokens[unit - 1];
  if (before?.kind === 'number') return true;
  return before !== undefined && FINAL_UNITS.has(before.text.toLowerCase()) && tokens[unit - 2]?.kind === 'number';
}

/**
 * What follows terminal punctuation: a capital, a digit or a digit-led word
 * (…о 14 пострадавших. 35-летняя сотрудница…), an opening quote, or a dialogue dash.
 */
function startsSentence(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.kind === 'word') return isUpper(token.text.charAt(0)) || isDigit(token.text.charCodeAt(0));
  if (token.kind === 'number' || token.kind === 'quote' || token.kind === 'symbol') return true;
  if (token.kind === 'dash') {
    const after = tokens[i + 1];
    // «Это важно!» — отметил он: the dash introduces the attribution, not a new sentence.
    return !after || after.kind !== 'word' || isUpper(after.text.charAt(0));
  }
  return token.text === '(';
}
