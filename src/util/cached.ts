const CACHE_LIMIT = 100_000;

/** A per-annotator memo of a function of one word, cleared when it grows past the limit. */
export function cached<T>(compute: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    if (memo.has(word)) return memo.get(word)!;
    const value = compute(word);
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(word, value);
    return value;
  };
}
