import type { Token, TokenKind } from '../types.js';
import {
  isApostrophe, isDash, isDigit, isJoiner, isLetter, isQuote, isSpace, isWordMark,
} from './chars.js';

/**
 * Splits text into tokens in one left-to-right pass. Whitespace is the gap between
 * tokens, so tokens plus gaps rebuild the input exactly. Every quote mark and dash is
 * a token of its own; hyphens and apostrophes inside words, and dots, commas and colons
 * inside numbers (31.03.2025, 18:28, 3,5) stay inside the token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isLetter(code) || isDigit(code)) {
      i = scanWord(text, i);
      kind = isDigit(code) && !hasLetter(text, start, i) ? 'number' : 'word';
    } else if (isQuote(code)) {
      i++;
      kind = 'quote';
    } else if (isDash(code)) {
      i++;
      kind = 'dash';
    } else if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026) {
      i = scanTerminal(text, i);
      kind = 'punct';
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
      i += 2;
      kind = 'symbol';
    } else {
      i++;
      kind = isPunct(code) ? 'punct' : 'symbol';
    }
    tokens.push({ start, end: i, text: text.slice(start, i), kind });
  }
  return tokens;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isPunct(code: number): boolean {
  return code < 0x80 || (code >= 0x2000 && code <= 0x206f) || code === 0xa7 || code === 0xb7;
}

function isWordChar(code: number): boolean {
  return isLetter(code) || isDigit(code) || isWordMark(code);
}

/** Letters and digits, joined by inner hyphens, apostrophes and (between digits) . , : */
function scanWord(text: string, i: number): number {
  const n = text.length;
  i++;
  for (;;) {
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    if (i + 1 >= n) return i;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const prev = text.charCodeAt(i - 1);
    if ((isJoiner(c) || isApostrophe(c)) && isWordChar(next) && !isWordMark(prev)) {
      i += 2;
      continue;
    }
    if ((c === 0x2e || c === 0x2c || c === 0x3a) && isDigit(prev) && isDigit(next)) {
      i += 2;
      continue;
    }
    // Domain-like names: Lenta.ru, Газета.ру (a dot between letters, lowercase after it).
    if (c === 0x2e && isLetter(prev) && isDomainTail(text, i + 1)) {
      i += 2;
      continue;
    }
    return i;
  }
}

const DOMAIN_TAILS = new Set(['ru', 'ру', 'com', 'рф', 'net', 'org', 'ua', 'by', 'kz', 'info', 'io', 'de', 'uk']);

function isDomainTail(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return DOMAIN_TAILS.has(text.slice(i, j).toLowerCase());
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLetter(text.charCodeAt(k))) return true;
  return false;
}

/** A run of . ! ? … is one token: «...», «?!», «!!!». */
function scanTerminal(text: string, i: number): number {
  const n = text.length;
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) i++;
    else break;
  }
  return i;
}
