/** Character classes for the tokenizer, by code unit, without regex back-tracking. */

const LETTER_OTHER = /\p{L}/u;
const MARK = /\p{M}/u;

export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0x0400 && code <= 0x04ff) return true; // Cyrillic
  if (code >= 0x00c0 && code <= 0x024f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0xd800 && code <= 0xdfff) return false; // surrogates: handled as symbols
  return LETTER_OTHER.test(String.fromCharCode(code));
}

/** Combining accents (ударе́ние) and the soft hyphen stay inside the word they mark. */
export function isWordMark(code: number): boolean {
  if (code === 0xad) return true;
  if (code >= 0x0300 && code <= 0x036f) return true;
  if (code < 0x0300 || (code >= 0xd800 && code <= 0xdfff)) return false;
  return MARK.test(String.fromCharCode(code));
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0 ||
    code === 0x0b || code === 0x0c || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0x85
  );
}

/** Hyphen-like characters that join parts of one word (Нью-Йорк, COVID-19). */
export function isJoiner(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

const QUOTES = new Set([0x22, 0x27, 0xab, 0xbb, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f, 0x2039, 0x203a]);
const DASHES = new Set([0x2d, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]);

export function isQuote(code: number): boolean {
  return QUOTES.has(code);
}

export function isDash(code: number): boolean {
  return DASHES.has(code);
}

export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
