/**
 * Match keys: one key for all case forms of a word, so that a gazetteer entry written in
 * the nominative matches «Дмитриева», «Саудовской Аравии», «Российского фонда». The key is
 * the folded word with its longest inflectional ending removed (a stem of at least
 * MIN_STEM letters). Abbreviations and short words are kept whole.
 */

const MIN_STEM = 3;

// Noun, adjective and surname endings, longest first within each length.
const ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иям', 'иях', 'ией', 'ием',
  'ой', 'ей', 'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ый', 'ий',
  'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ою', 'ею', 'ия', 'ии', 'ию', 'ья', 'ье', 'ьи', 'ью',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'й', 'ь',
].sort((a, b) => b.length - a.length);

const BY_LENGTH: Set<string>[] = [];
for (const e of ENDINGS) (BY_LENGTH[e.length] ??= new Set()).add(e);
const MAX_ENDING = BY_LENGTH.length - 1;

/** Lower case, ё → е, soft hyphens and accents dropped, typographic hyphens made plain, Latin look-alikes in a Cyrillic word made Cyrillic. */
export function fold(word: string): string {
  // One pass over the code units tells what the word needs; most words are lower-case Cyrillic
  // already and come back as they are, with no new string and no regular expression run.
  let flags = 0;
  for (let k = 0; k < word.length; k++) flags |= FOLD_FLAGS[Math.min(word.charCodeAt(k), OTHER)]!;
  if (flags === 0 || flags === LATIN_LOWER || flags === CYRILLIC_LOWER) return word;
  let out = (flags & NEEDS_LOWER) !== 0 ? word.toLowerCase() : word;
  if ((flags & SPECIAL) !== 0 && /[ё\u00ad\u0300-\u036f\u2010\u2011]/.test(out)) {
    out = out.replace(/ё/g, 'е').replace(/[\u00ad\u0300-\u036f]/g, '').replace(/[\u2010\u2011]/g, '-');
  }
  return LATIN.test(out) && CYRILLIC.test(out) ? cyrillicLookAlikes(out) : out;
}

/** fold's classes of code units: bits set by a word's characters before lower-casing. */
const LATIN_LOWER = 1;
const CYRILLIC_LOWER = 2;
/** An upper-case letter, or a character whose lower case is not known here without a call. */
const NEEDS_LOWER = 4;
/** ё (Ё once lower-cased), soft hyphen, combining accents, typographic hyphens. */
const SPECIAL = 8;
/** Code units from here on are looked up as one class: any of them may change in lower case or be special. */
const OTHER = 0x2012;
const FOLD_FLAGS = new Uint8Array(OTHER + 1);
for (let c = 0; c <= OTHER; c++) {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  let flags = lower !== ch ? NEEDS_LOWER : 0;
  if (/[a-z]/.test(lower)) flags |= LATIN_LOWER;
  if (/[а-я]/.test(lower)) flags |= CYRILLIC_LOWER;
  if (/[ё\u00ad\u0300-\u036f\u2010\u2011]/.test(lower)) flags |= SPECIAL;
  // A letter whose lower case is longer than itself, or any unit past the table, takes the full path.
  if (lower.length !== 1 || c === OTHER) flags |= NEEDS_LOWER | SPECIAL | LATIN_LOWER | CYRILLIC_LOWER;
  FOLD_FLAGS[c] = flags;
}

const LATIN = /[a-z]/;
const CYRILLIC = /[а-я]/;
/** Latin letters drawn like Cyrillic ones (after lower-casing: A→a, B→b, H→h, M→m, T→t…). */
const LOOK_ALIKES: Record<string, string> = { a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у' };

/**
 * «зaявил» with a Latin «a», «чтo» with a Latin «o»: a typist's or an obfuscator's mix of scripts
 * in one word reads as the Cyrillic word it looks like. A word with any other Latin letter
 * (iPhone-совместимый, Wi-Fi-сеть) is a real mix and stays as written.
 */
function cyrillicLookAlikes(word: string): string {
  let out = '';
  for (const ch of word) {
    if (ch >= 'a' && ch <= 'z') {
      const cyrillic = LOOK_ALIKES[ch];
      if (!cyrillic) return word;
      out += cyrillic;
    } else out += ch;
  }
  return out;
}

function isCyrillicLower(code: number): boolean {
  return code >= 0x430 && code <= 0x44f;
}

/** The key of one already-folded word. */
export function stemKey(folded: string): string {
  const n = folded.length;
  if (n <= MIN_STEM) return folded;
  // Only Cyrillic words inflect; Latin names and mixed tokens are matched as written.
  if (!isCyrillicLower(folded.charCodeAt(n - 1))) return folded;
  const dash = folded.lastIndexOf('-');
  const from = dash >= 0 ? dash + 1 : 0;
  for (let len = Math.min(MAX_ENDING, n - from - MIN_STEM); len >= 1; len--) {
    const ending = folded.slice(n - len);
    if (BY_LENGTH[len]?.has(ending)) return folded.slice(0, n - len);
  }
  return folded;
}
