import { wordTable } from '../dict/words.js';
import { addOnce, fileOnce } from '../util/file-once.js';

/**
 * Spelling variants of one foreign name in one text: a translator's or a typist's choice
 * (Чэпмен, Чепмен; Буфье, Буффье; Кабельо, Кабейо; Лолла, Лола) or a slip (Сабирова, Сабурова;
 * Карпичков, Капричков). Names are compared by a spelling key, in which the letters that
 * transliterate one sound are one, and, when long enough to tell people apart, by one edit
 * more (a letter changed, added, dropped, or two swapped).
 */

/** Letters that transliterate one sound (э for е, ль for a Spanish ll), replaced in the key. */
const VARIANTS = wordTable('spelling-variants').map((row) => [row.spelling!, row.key!] as const);

/** Shorter keys are too many names' one edit apart (Ким, Кин; Инна, Анна): only the key itself then. Five letters tell a surname (Бенер, Бонер). */
export const MIN_EDIT_LENGTH = 5;

/** Keys this long are one name two edits apart too (Герстенмайер, Гернстермайер): no two people's are so near. */
export const TWO_EDIT_LENGTH = 10;

/** Longer keys are no names (a run of letters): filing every two-letter deletion of one costs its length squared. */
export const MAX_TWO_EDIT_LENGTH = 24;

/** A folded word's spelling key: variants made one, a doubled letter single (Маррокко, Марокко). */
export function spellingKey(folded: string): string {
  let key = folded;
  for (const [spelling, to] of VARIANTS) if (key.includes(spelling)) key = key.split(spelling).join(to);
  return key.replace(/(\p{L})\1+/gu, '$1');
}

/** At most one edit apart: one letter changed, added or dropped, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1);
}

/** At most two edits apart (letters changed, added, dropped, or neighbours swapped), lengths at most one apart. */
export function twoEditsApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  // Damerau–Levenshtein (restricted) over the band the length limit allows, stopped past two.
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > 2) return false;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]! <= 2;
}

/**
 * Things found by a spelling key or one edit from it, in linear time: each key is also filed
 * under the key with one letter dropped at each place, so that a query looks up no more than
 * its own length of keys (two words one edit apart share one such key), and the edit is checked.
 */
export class SpellingIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly dropped = new Map<string, Set<string>>();
  /** Keys of words the dictionary knows: two such words one edit apart are two names (Иванов, Ивашов). */
  private readonly known = new Set<string>();
  /**
   * Keys of TWO_EDIT_LENGTH and more filed under each string left by dropping up to two letters:
   * two keys at most two edits apart share one, so a query reads only its own neighbourhood,
   * never every long key of the text.
   */
  private readonly twoDropped = new Map<string, Set<string>>();

  add(folded: string, value: T, known = false): void {
    const key = spellingKey(folded);
    if (known) this.known.add(key);
    fileOnce(this.exact, key, value);
    if (key.length >= TWO_EDIT_LENGTH && key.length <= MAX_TWO_EDIT_LENGTH) for (const d of twoDeletions(key)) file(this.twoDropped, d, key);
    if (key.length < MIN_EDIT_LENGTH) return;
    for (const d of deletions(key)) file(this.dropped, d, key);
  }

  /** The things filed under the word's spelling key, or else under a key one edit from it (not both words known). */
  find(folded: string, known = false): T[] {
    const key = spellingKey(folded);
    const same = this.exact.get(key);
    if (same) return same;
    if (key.length < MIN_EDIT_LENGTH) return [];
    const found: T[] = [];
    const seen = new Set<string>();
    // One candidate key, taken when it is near enough and not both words known.
    const take = (other: string, near: (a: string, b: string) => boolean) => {
      if (seen.has(other) || other.length < MIN_EDIT_LENGTH || (known && this.known.has(other)) || !near(key, other)) return;
      seen.add(other);
      addOnce(found, this.exact.get(other)!);
    };
    for (const d of [key, ...deletions(key)]) {
      // A filed key one letter shorter is one of the query's deletions itself.
      if (d !== key && this.exact.has(d)) take(d, oneEditApart);
      for (const other of this.dropped.get(d) ?? []) take(other, oneEditApart);
    }
    if (found.length || key.length < TWO_EDIT_LENGTH || key.length > MAX_TWO_EDIT_LENGTH) return found;
    for (const d of twoDeletions(key)) for (const other of this.twoDropped.get(d) ?? []) take(other, twoEditsApart);
    return found;
  }
}

function file(index: Map<string, Set<string>>, at: string, key: string): void {
  const keys = index.get(at);
  if (!keys) index.set(at, new Set([key]));
  else keys.add(key);
}

/** The key itself and every string left by dropping one or two of its letters. */
function twoDeletions(key: string): Set<string> {
  const out = new Set<string>([key]);
  for (const one of deletions(key)) {
    out.add(one);
    for (const two of deletions(one)) out.add(two);
  }
  return out;
}

function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}
