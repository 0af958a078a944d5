import { ownString } from './own-string.js';

/**
 * Entries per generation. The evaluation corpus (1.85 M chars, 1 157 documents) has 44 600
 * distinct word forms: at 48 000 a pass over it again misses none (at 32 000, half of them, one
 * read per pass, aged out between reads: 22 000 records rebuilt per pass, ~10 % slower). Two
 * generations hold at most 96 000, under the one table of 100 000 cleared when full before.
 */
const CACHE_LIMIT = 48_000;

/**
 * A memo bounded by generations: new entries go to the young table; when it is full it becomes
 * the old one and the previous old table is dropped whole. A hit in the old table is copied
 * into the young one, so the words a stream keeps using survive every turnover while the rest
 * goes; at most 2 × `limit` entries are held, however long the stream. (Clearing one table at
 * its limit dropped the frequent words with the rare ones: each clear cost a burst of misses,
 * and the limit had to be high, so a stream's caches grew to some 10⁵ words before it bounded.)
 */
export class Generations<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Entries held (one copied into the young table counts twice). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}

/** Holds an undefined result, so that a hit needs one look-up only. */
const NOTHING = Symbol('nothing');

/** A per-annotator memo of a function of one word, bounded by generations (Generations). */
export function cached<T>(compute: (word: string) => T, limit = CACHE_LIMIT): (word: string) => T {
  const memo = new Generations<string, T | typeof NOTHING>(limit);
  return (word) => {
    const known = memo.get(word);
    if (known !== undefined) return (known === NOTHING ? undefined : known) as T;
    // The key and whatever the value slices from it must not pin the document the word came from.
    const own = ownString(word);
    const value = compute(own);
    memo.set(own, value === undefined ? NOTHING : value);
    return value;
  };
}

/**
 * The same memo kept beside an object that lives as long as an annotator (its morphology, its
 * gazetteer, its cue index): what a word gives depends on the word and that object alone, and
 * news repeats its words from one document to the next. Returns the owner's memo, so that a
 * loop over a document's tokens finds it once, not once per token (a WeakMap look-up each).
 */
export function cachedFor<O extends object, T>(compute: (owner: O, word: string) => T, limit = CACHE_LIMIT): (owner: O) => (word: string) => T {
  const memos = new WeakMap<O, (word: string) => T>();
  return (owner) => {
    let memo = memos.get(owner);
    if (!memo) memos.set(owner, (memo = cached((w) => compute(owner, w), limit)));
    return memo;
  };
}
