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

/**
 * The tokenizer's classes. Basic Russian and ASCII Latin letters are told apart because a
 * word does not switch between them (VKонтакте → VK | онтакте, as razdel has it); other
 * letters and combining marks join either. A SYMBOL (°, ², ™, €, emoji) sticks to the
 * letters and symbols it touches (°C, см³) but not to digits (25 | °); a LONE sign (№),
 * an ASTRAL character (emoji: a surrogate pair, or a lone half) and PUNCT stand alone.
 */
export const SPACE = 1;
export const RU = 2;
export const LAT = 3;
export const LETTER = 4;
export const MARK_CLASS = 5;
export const DIGIT = 6;
export const SYMBOL = 7;
export const ASTRAL = 8;
export const PUNCT = 9;
export const QUOTE = 10;
export const DASH = 11;
export const LONE = 12;

/** Filled on first sight of each code unit: one array read per character afterwards. */
const CLASS = new Uint8Array(0x10000);

export function charClass(code: number): number {
  const k = CLASS[code]!;
  return k !== 0 ? k : (CLASS[code] = classify(code));
}

function classify(code: number): number {
  if (isSpace(code)) return SPACE;
  if ((code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451) return RU;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return LAT;
  if (isDigit(code)) return DIGIT;
  if (QUOTES.has(code)) return QUOTE;
  if (DASHES.has(code)) return DASH;
  if (code >= 0xd800 && code <= 0xdfff) return ASTRAL;
  if (isLetter(code)) return LETTER;
  if (isWordMark(code)) return MARK_CLASS;
  if (code === 0x2116) return LONE;
  if (code < 0x80 || (code >= 0x2000 && code <= 0x206f) || code === 0xa7 || code === 0xb7) return PUNCT;
  return SYMBOL;
}

/** Letters and combining marks: the classes a word is made of. */
export function isAlphaClass(k: number): boolean {
  return k >= RU && k <= MARK_CLASS;
}

/** What razdel calls a non-punctuation atom: letters, digits, symbols. */
export function isAtomClass(k: number): boolean {
  return k >= RU && k <= SYMBOL;
}

/**
 * Characters that join the atoms they touch on both sides into one word: hyphens and dashes
 * (Нью-Йорк, 1941—1945, COVID-19) and the underscore (snake_case).
 */
export function isInnerJoiner(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2014 || code === 0x2212 || code === 0x5f;
}

/** Between digits these keep one number: 3,5 · 31.03.2025 · 18:02:06 · 50/64. */
export function isNumberJoiner(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3a || code === 0x2f || code === 0x5c;
}

export function isUpperCode(code: number): boolean {
  if ((code >= 0x410 && code <= 0x42f) || code === 0x401) return true;
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0xc0 || (code >= 0x430 && code <= 0x45f)) return false;
  return isUpper(String.fromCharCode(code));
}

/**
 * Units written with a capital that still split from the number before them (100МВт →
 * 100 | МВт); other capitals after digits make a name (3D, 5G, 2GIS).
 */
export const CAPITAL_UNITS: ReadonlySet<string> = new Set([
  'Вт', 'МВт', 'ГВт', 'ТВт', 'МВА', 'Гц', 'МГц', 'ГГц', 'ТГц', 'Кб', 'КБ', 'Мб', 'МБ', 'Гб', 'ГБ', 'Тб', 'ТБ', 'Пб',
  'Кбит', 'Мбит', 'Гбит', 'Кбайт', 'Мбайт', 'Гбайт', 'Тбайт', 'Дж', 'МДж', 'ГДж', 'Па', 'МПа', 'ГПа', 'Ом',
  'KB', 'MB', 'GB', 'TB', 'Kb', 'Mb', 'Gb', 'Tb', 'Hz', 'MHz', 'GHz', 'MW', 'GW', 'TW', 'Mbps', 'Gbps',
]);

/**
 * Last labels that make a dotted name a domain (Infox.ru, www.kremlin.ru, Газета.ру).
 * Short English words (it, me, in, us…) are left out: a missing space before them is likelier.
 */
export const DOMAIN_TAILS: ReadonlySet<string> = new Set([
  'ru', 'ру', 'рф', 'su', 'com', 'net', 'org', 'info', 'biz', 'pro', 'online', 'site', 'news', 'media', 'tv', 'fm',
  'io', 'gov', 'edu', 'ua', 'by', 'kz', 'uz', 'kg', 'tj', 'ge', 'az', 'md', 'lv', 'lt', 'ee',
  'de', 'uk', 'fr', 'pl', 'cz', 'nl', 'eu', 'cn', 'jp', 'kr', 'ae', 'ir',
]);

/** URL schemes that start a link running to the next space. */
export const URL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'ftp']);

/** Inside a link: anything but spaces and the quotes and angle brackets that enclose links in text. */
export function isUrlStop(code: number): boolean {
  return isSpace(code) || code === 0x22 || code === 0xab || code === 0xbb || code === 0x3c || code === 0x3e ||
    code === 0x201c || code === 0x201d || code === 0x201e;
}

/** Trailing characters a link gives back to the sentence: «(см. https://x.ru/a).» */
export function isUrlTrail(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f ||
    code === 0x2026 || code === 0x27 || code === 0x2019;
}

/**
 * Line breaks between from and to, counted as the sentence splitter counts them: CRLF is one
 * break, and a lone CR (old Mac files), LF, U+2028 and U+2029 are one each. Stops counting at
 * `enough`, since callers only ask "any?" or "at least n?".
 */
export function lineBreaks(text: string, from: number, to: number, enough = Infinity): number {
  let n = 0;
  for (let k = from; k < to && n < enough; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0d) {
      n++;
      if (text.charCodeAt(k + 1) === 0x0a && k + 1 < to) k++;
    } else if (c === 0x0a || c === 0x2028 || c === 0x2029) n++;
  }
  return n;
}

/** Any line break between from and to (see lineBreaks). */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  return lineBreaks(text, from, to, 1) > 0;
}
