import { ownString } from './own-string.js';

const CACHE_LIMIT = 100_000;

/** A per-annotator memo of a function of one word, cleared when it grows past the limit. */
export function cached<T>(compute: (word: string) => T, limit = CACHE_LIMIT): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    // One look-up on a hit (the common case): has() then get() hashed and probed twice.
    const known = memo.get(word);
    if (known !== undefined || memo.has(word)) return known!;
    // The key and whatever the value slices from it must not pin the document the word came from.
    const own = ownString(word);
    const value = compute(own);
    if (memo.size >= limit) memo.clear();
    memo.set(own, value);
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
