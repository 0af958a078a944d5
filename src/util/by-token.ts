/**
 * A read-only map from token index to a value, kept in an array as long as the document: the
 * quote rules ask it of nearly every token they walk (is a quotation opened here?), and an array
 * read costs less than hashing a number and probing a table of a document's pairs. Iterates in
 * the order the entries were given, as a Map would.
 */
export class ByToken<T> implements ReadonlyMap<number, T> {
  private readonly at: (T | undefined)[];
  private readonly list: readonly (readonly [number, T])[];

  constructor(tokenCount: number, entries: readonly (readonly [number, T])[]) {
    this.at = new Array<T | undefined>(tokenCount).fill(undefined);
    for (const [k, value] of entries) this.at[k] = value;
    this.list = entries;
  }

  get size(): number {
    return this.list.length;
  }

  get(k: number): T | undefined {
    return k >= 0 && k < this.at.length ? this.at[k] : undefined;
  }

  has(k: number): boolean {
    return this.get(k) !== undefined;
  }

  forEach(callback: (value: T, key: number, map: ReadonlyMap<number, T>) => void, thisArg?: unknown): void {
    for (const [k, value] of this.list) callback.call(thisArg, value, k, this);
  }

  *entries(): MapIterator<[number, T]> {
    for (const [k, value] of this.list) yield [k, value];
  }

  *keys(): MapIterator<number> {
    for (const [k] of this.list) yield k;
  }

  *values(): MapIterator<T> {
    for (const [, value] of this.list) yield value;
  }

  [Symbol.iterator](): MapIterator<[number, T]> {
    return this.entries();
  }
}
