/**
 * Lists kept free of repeats, in the order first met: the look-ups of resolve/ file a group under
 * each of its words and gather the groups of several words, and a group met twice is one group.
 * A linear `includes` suffices: such a list holds the few groups that share a word.
 */

/** Files `value` under `key`, unless it is there already. */
export function fileOnce<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Appends to `found` each of `values` it does not hold yet. */
export function addOnce<V>(found: V[], values: Iterable<V>): void {
  for (const v of values) if (!found.includes(v)) found.push(v);
}
