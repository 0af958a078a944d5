import type { Token, TokenKind } from '../types.js';
import {
  ASTRAL, CAPITAL_UNITS, DASH, DIGIT, DOMAIN_TAILS, LAT, LONE, QUOTE, RU, SPACE, SYMBOL, URL_SCHEMES,
  charClass, isAlphaClass, isApostrophe, isAtomClass, isInnerJoiner, isNumberJoiner, isUpperCode, isUrlStop, isUrlTrail,
} from './chars.js';

/**
 * Splits text into tokens in one left-to-right pass, after razdel's rules. Whitespace is the
 * gap between tokens, so tokens plus gaps rebuild the input exactly. Letters, digits and
 * symbols glued together make one token, except where razdel splits them: a number and the
 * lower-case word after it (1999 | гг, 10 | км), and Russian and Latin letters (VK | онтакте).
 * Names keep their digits (Tele2, А320, 3D). Hyphens, dashes and underscores between such
 * atoms join them (Нью-Йорк, 1941—1945, COVID-19), but not a capitalised word and a year (Сочи | - | 2014); dots, commas, colons and slashes between
 * digits keep a number whole (31.03.2025, 3,5, 18:02:06, 50/64); links, domains and e-mail
 * addresses stay whole. Every quote mark is a token; a run of hyphens (--), of stars (***)
 * or of . ! ? … (?!, ...) is one token.
 */
export function tokenize(text: string): Token[] {
  return new Scanner(text).run();
}

class Scanner {
  private readonly tokens: Token[] = [];
  private readonly n: number;
  /** Dots before this position are known not to start a domain tail: each dot is looked at once. */
  private domainMissUntil = -1;
  /** The last label looked at by inDomainLabel: [labelFrom, labelTo) and its answer. */
  private labelFrom = 0;
  private labelTo = 0;
  private labelIsDomain = false;
  /** The token start yearAfterName last read, and where the Cyrillic letters after its first end. */
  private ruFrom = -1;
  private ruEnd = 0;

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  run(): Token[] {
    const { text, n, tokens } = this;
    let i = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      const k = charClass(code);
      if (k === SPACE) {
        i++;
        continue;
      }
      const start = i;
      let kind: TokenKind;
      if (isAtomClass(k)) {
        i = this.scanWord(i, k);
        kind = kindOf(text, start, i, k);
      } else if (k === QUOTE) {
        i++;
        kind = 'quote';
      } else if (k === DASH) {
        i = code === 0x2d ? runOf(text, i, 0x2d) : i + 1;
        kind = 'dash';
      } else if (k === LONE || k === ASTRAL) {
        i += width(text, i, k);
        kind = 'symbol';
      } else {
        if (code === 0x40) {
          const end = this.email(i);
          if (end > 0) {
            i = end;
            continue;
          }
        }
        i = punctEnd(text, i, code);
        kind = 'punct';
      }
      tokens.push({ start, end: i, text: text.slice(start, i), kind });
    }
    return tokens;
  }

  /** One word, number or symbol run starting at `start`, whose first character is of class `k0`. */
  private scanWord(start: number, k0: number): number {
    const { text, n } = this;
    let prev = k0;
    let i = start + 1;
    while (i < n) {
      const code = text.charCodeAt(i);
      const k = charClass(code);
      if (k === prev) {
        i++;
        continue;
      }
      if (isAlphaClass(k)) {
        if (prev === DIGIT ? this.splitsBeforeLetters(i) : this.switchesScript(start, i, prev, k)) return i;
        prev = k;
        i++;
        continue;
      }
      if (k === DIGIT) {
        if (prev === SYMBOL || (isAlphaClass(prev) && this.splitsBeforeDigits(start, i))) return i;
        prev = DIGIT;
        i++;
        continue;
      }
      if (k === SYMBOL) {
        if (prev === DIGIT) return i;
        prev = SYMBOL;
        i++;
        continue;
      }
      if (i + 1 >= n) return i;
      const nk = charClass(text.charCodeAt(i + 1));
      if (code === 0x2d && nk === DIGIT && isAlphaClass(prev) && this.yearAfterName(start, i)) return i;
      if (
        (isInnerJoiner(code) && isAtomClass(nk)) ||
        (isApostrophe(code) && isAlphaClass(prev) && (isAlphaClass(nk) || nk === DIGIT))
      ) {
        prev = nk;
        i += 2;
        continue;
      }
      if (prev === DIGIT && nk === DIGIT && isNumberJoiner(code)) {
        i += 2;
        continue;
      }
      if (code === 0x2e && (isAlphaClass(nk) || nk === DIGIT)) {
        if (i - start === 3 && text.slice(start, i).toLowerCase() === 'www') return this.urlEnd(i);
        const end = this.domainEnd(i);
        if (end > 0) return this.pathEnd(end);
        return i;
      }
      if (code === 0x3a && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f &&
          URL_SCHEMES.has(text.slice(start, i).toLowerCase())) {
        return this.urlEnd(i);
      }
      return i;
    }
    return i;
  }

  /**
   * «Сочи-2014», «Лондоне-2012», «Олимпиады-2000»: a capitalised word and a year joined by a hyphen
   * name an event held in a place; the place (or the event's own name) is a word of its own, as
   * the text would write it without the year. A model (Ту-154, COVID-19) has no four-digit year.
   */
  private yearAfterName(start: number, hyphen: number): boolean {
    const text = this.text;
    if (!isUpperCode(text.charCodeAt(start)) || hyphen - start < 3) return false;
    const end = hyphen + 5;
    if (!/^(?:19|20)\d\d$/.test(text.slice(hyphen + 1, end)) || (end < this.n && isAtomClass(charClass(text.charCodeAt(end))))) return false;
    // Asked at each hyphen of a token, so the token's Cyrillic run is read once, not again each time
    // (Аааа…1-б-2014-б-2014…, one token of many hyphens, would be quadratic).
    if (this.ruFrom !== start) {
      let j = start + 1;
      while (j < this.n && charClass(text.charCodeAt(j)) === RU) j++;
      this.ruFrom = start;
      this.ruEnd = j;
    }
    return this.ruEnd >= hyphen;
  }

  /**
   * After digits: a lower-case word is a unit or an ending (1999гг, 10км, 5млн) and splits; a
   * capital starts a name (3D, 5G) unless it is a unit (100МВт); a domain label stays (1tv.ru).
   */
  private splitsBeforeLetters(i: number): boolean {
    const { text, n } = this;
    let j = i;
    while (j < n && isAlphaClass(charClass(text.charCodeAt(j)))) j++;
    if (isUpperCode(text.charCodeAt(i))) return CAPITAL_UNITS.has(text.slice(i, j));
    return !this.inDomainLabel(i);
  }

  /**
   * Russian and Latin letters glued together are two words (VK | онтакте), except one Latin
   * letter among Russian ones: a look-alike typed by mistake (Католичеcкой, Tвиттере).
   */
  private switchesScript(start: number, i: number, prev: number, k: number): boolean {
    const text = this.text;
    if (prev === RU && k === LAT) return i + 1 < this.n && charClass(text.charCodeAt(i + 1)) === LAT;
    if (prev === LAT && k === RU) return i - 2 >= start && charClass(text.charCodeAt(i - 2)) === LAT;
    return false;
  }

  /** After letters: digits stay with a name that has a capital (Tele2, М7, А320, G20) or a domain (m24.ru), else split. */
  private splitsBeforeDigits(start: number, i: number): boolean {
    const text = this.text;
    for (let j = i - 1; j >= start; j--) {
      const code = text.charCodeAt(j);
      if (!isAlphaClass(charClass(code))) break;
      if (isUpperCode(code)) return false;
    }
    return !this.inDomainLabel(i);
  }

  /** Whether the label running through position i is followed by a domain tail (m24.ru, 1tv.ru). */
  private inDomainLabel(i: number): boolean {
    // Every position of one label gives the same answer: keep the last one so a long label is read once.
    if (i >= this.labelFrom && i < this.labelTo) return this.labelIsDomain;
    const end = this.labelEnd(i);
    this.labelFrom = i;
    this.labelTo = end;
    this.labelIsDomain = end < this.n && this.text.charCodeAt(end) === 0x2e && this.domainEnd(end) > 0;
    return this.labelIsDomain;
  }

  /**
   * From a dot: the end of `.label(.label)*` when the last label is a known domain tail
   * (Infox.ru, kremlin.ru, Газета.ру), else -1. Labels are letters and digits with inner hyphens.
   */
  private domainEnd(dot: number): number {
    if (dot < this.domainMissUntil) return -1;
    const { text, n } = this;
    let i = dot;
    let last = -1;
    let end = -1;
    while (i < n && text.charCodeAt(i) === 0x2e) {
      const label = i + 1;
      const j = this.labelEnd(label);
      if (j === label) break;
      last = label;
      end = i = j;
    }
    if (end > 0 && DOMAIN_TAILS.has(text.slice(last, end).toLowerCase())) return end;
    this.domainMissUntil = Math.max(end, dot + 1);
    return -1;
  }

  private labelEnd(i: number): number {
    const { text, n } = this;
    const from = i;
    while (i < n) {
      const k = charClass(text.charCodeAt(i));
      if (isAlphaClass(k) || k === DIGIT) i++;
      else if (text.charCodeAt(i) === 0x2d && i > from && i + 1 < n && isAlnumClass(charClass(text.charCodeAt(i + 1)))) i += 2;
      else break;
    }
    return i;
  }

  /** A domain followed by a path (kremlin.ru/events/1) runs on as a link. */
  private pathEnd(end: number): number {
    const { text, n } = this;
    if (end + 1 < n && text.charCodeAt(end) === 0x2f && !isUrlStop(text.charCodeAt(end + 1))) return this.urlEnd(end);
    return end;
  }

  /** A link runs to the next space or enclosing quote, giving back trailing punctuation and unmatched ')'. */
  private urlEnd(i: number): number {
    const { text, n } = this;
    let j = i;
    let open = 0;
    let close = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (isUrlStop(c)) break;
      if (c === 0x28) open++;
      else if (c === 0x29) close++;
    }
    while (j > i) {
      const c = text.charCodeAt(j - 1);
      if (isUrlTrail(c)) j--;
      else if (c === 0x29 && close > open) {
        close--;
        j--;
      } else break;
    }
    return j;
  }

  /**
   * At an @: when a domain follows, the glued words, numbers, dots and pluses before it join it
   * as one e-mail address (ivan.petrov@mail.ru). Returns the end, or -1 with nothing changed.
   */
  private email(at: number): number {
    const { text, n, tokens } = this;
    if (at + 1 >= n || !isAlnumClass(charClass(text.charCodeAt(at + 1)))) return -1;
    const label = this.labelEnd(at + 1);
    if (label >= n || text.charCodeAt(label) !== 0x2e) return -1;
    const end = this.domainEnd(label);
    if (end < 0) return -1;
    let j = tokens.length;
    let from = at;
    while (j > 0) {
      const t = tokens[j - 1]!;
      if (t.end !== from || !(t.kind === 'word' || t.kind === 'number' || t.text === '.' || t.text === '+')) break;
      from = t.start;
      j--;
    }
    while (j < tokens.length && tokens[j]!.kind !== 'word' && tokens[j]!.kind !== 'number') j++;
    if (j === tokens.length) return -1;
    const start = tokens[j]!.start;
    tokens.length = j;
    tokens.push({ start, end, text: text.slice(start, end), kind: 'word' });
    return end;
  }
}

function isAlnumClass(k: number): boolean {
  return isAlphaClass(k) || k === DIGIT;
}

/** An astral character (emoji) is two code units and one symbol; a lone half is one. */
function width(text: string, i: number, k: number): number {
  if (k !== ASTRAL) return 1;
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

function kindOf(text: string, start: number, end: number, k0: number): TokenKind {
  if (isAlphaClass(k0)) return 'word';
  for (let i = start; i < end; i++) if (isAlphaClass(charClass(text.charCodeAt(i)))) return 'word';
  return k0 === DIGIT ? 'number' : 'symbol';
}

function runOf(text: string, i: number, code: number): number {
  while (i < text.length && text.charCodeAt(i) === code) i++;
  return i;
}

function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** A run of . ! ? … is one token (..., ?!, !!!), as is a run of stars (***) and a smiley (:-)). */
function punctEnd(text: string, i: number, code: number): number {
  if (isTerminal(code)) {
    i++;
    while (i < text.length && isTerminal(text.charCodeAt(i))) i++;
    return i;
  }
  if (code === 0x2a) return runOf(text, i, 0x2a);
  if (code === 0x3a || code === 0x3b || code === 0x3d) return smileEnd(text, i);
  return i + 1;
}

/** razdel's smiley: one of : ; = then an optional hyphen and one to three brackets. */
function smileEnd(text: string, i: number): number {
  let j = i + 1;
  if (text.charCodeAt(j) === 0x2d) j++;
  let brackets = 0;
  while (brackets < 3 && (text.charCodeAt(j) === 0x29 || text.charCodeAt(j) === 0x28)) {
    j++;
    brackets++;
  }
  return brackets > 0 ? j : i + 1;
}
