/**
 * The built-in gazetteer's 30 000 name keys as a compiled table: a string of 15-bit units,
 * sorted by two 32-bit hashes of each key, with the key's number beside them. Loading it is
 * part of one JSON.parse — no string per key to create, no Map of strings to fill, little
 * for the garbage collector.
 *
 * The keys themselves are not stored: a text word whose hashes equal a key's is taken for it.
 * The build checks that no two keys share their 64 bits of hash; for any other word the
 * chance of matching one of N keys is N / 2⁶⁴ (about 10⁻¹⁵ per lookup).
 */

/** A lookup by name key: a Map while building, a compiled table once loaded. */
export interface KeyLookup<T> {
  get(key: string): T | undefined;
}

/** A lookup from a name key to a number. */
export interface KeyIndex extends KeyLookup<number> {
  /**
   * The values of the keys made of the first 1, 2, … `count` parts joined by single spaces,
   * into out[0 … count - 1]: a name of several words is looked up at every length, and the
   * compiled table reads each part once for all of them, with no joined string built.
   */
  prefixes?(parts: readonly string[], count: number, out: (number | undefined)[]): void;
}

/** The same as KeyIndex.prefixes for any lookup, by joining the strings. */
export function joinedPrefixes(index: KeyLookup<number>, parts: readonly string[], count: number, out: (number | undefined)[]): void {
  let key = '';
  for (let p = 0; p < count; p++) {
    key = p === 0 ? parts[0]! : `${key} ${parts[p]!}`;
    out[p] = index.get(key);
  }
}

/**
 * A 32-bit number is three units of 2, 15 and 15 bits, each shifted past the control
 * characters: no unit is a surrogate or needs more than a JSON escape, so the table survives
 * any JSON parser and any Unicode encoding.
 */
const UNIT = 3;
const BASE = 0x20;
/** Units per record: hash 1, hash 2, value. */
const RECORD = 3 * UNIT;

/**
 * Two independent 32-bit hashes of a key (FNV-1a and a Murmur-style mix, each finalised). Both
 * run over the characters left to right and take the length only when finalised, so that the
 * hashes of a key's every prefix come out of one pass (KeyIndex.prefixes).
 */
const SEED_1 = 0x811c9dc5;
const SEED_2 = 0x9747b28c;
const SPACE = 0x20;
const mix1 = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const mix2 = (h: number, c: number) => {
  const m = Math.imul(h ^ c, 0x5bd1e995);
  return m ^ (m >>> 15);
};
const final1 = (h: number) => finalise(h, 0x85ebca6b, 0xc2b2ae35);
const final2 = (h: number, length: number) => finalise(h ^ length, 0x7feb352d, 0x846ca68b);

function hashes(key: string, out: Uint32Array): void {
  let h1 = SEED_1;
  let h2 = SEED_2;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = mix1(h1, c);
    h2 = mix2(h2, c);
  }
  out[0] = final1(h1);
  out[1] = final2(h2, key.length);
}

function finalise(h: number, a: number, b: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, a);
  h ^= h >>> 13;
  h = Math.imul(h, b);
  return (h ^ (h >>> 16)) >>> 0;
}

const put = (units: number[], value: number) => units.push(BASE + (value >>> 30), BASE + ((value >>> 15) & 0x7fff), BASE + (value & 0x7fff));
const read = (table: string, at: number) =>
  ((table.charCodeAt(at) - BASE) * 0x40000000 + (table.charCodeAt(at + 1) - BASE) * 0x8000 + table.charCodeAt(at + 2) - BASE);

/** The table for these keys and values (unsigned 32-bit integers); throws if two keys' hashes collide. */
export function compileKeyIndex(index: ReadonlyMap<string, number>): string {
  const out = new Uint32Array(2);
  const records = [...index].map(([key, value]) => {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new Error(`key index: value ${value} of "${key}" is not a 32-bit unsigned integer`);
    hashes(key, out);
    return { key, h1: out[0]!, h2: out[1]!, value };
  });
  // Sorted, so that a collision shows as neighbours and the table is the same for the same keys.
  records.sort((a, b) => a.h1 - b.h1 || a.h2 - b.h2);
  const units: number[] = [];
  records.forEach((r, i) => {
    const previous = records[i - 1];
    if (previous && previous.h1 === r.h1 && previous.h2 === r.h2) throw new Error(`key index: "${previous.key}" and "${r.key}" share a hash`);
    put(units, r.h1);
    put(units, r.h2);
    put(units, r.value);
  });
  // In chunks: one call with 200 000 arguments would overflow the stack.
  let table = '';
  for (let i = 0; i < units.length; i += 8192) table += String.fromCharCode(...units.slice(i, i + 8192));
  return table;
}

/**
 * The lookup over a compiled table: decoded once into an open-addressing hash table of typed
 * arrays (a few milliseconds), so that a lookup is one hash of the key and, mostly, one probe.
 */
export function keyIndexOf(table: string): KeyIndex {
  if (table.length % RECORD !== 0) throw new Error('key index: the table is truncated');
  const count = table.length / RECORD;
  const first = new Uint32Array(count);
  const second = new Uint32Array(count);
  const values = new Uint32Array(count);
  let size = 1;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  for (let i = 0; i < count; i++) {
    const at = i * RECORD;
    first[i] = read(table, at);
    second[i] = read(table, at + UNIT);
    values[i] = read(table, at + 2 * UNIT);
    let slot = first[i]! & mask;
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    slots[slot] = i;
  }
  const h = new Uint32Array(2);
  const find = (h1: number, h2: number): number | undefined => {
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      const i = slots[slot]!;
      if (i === -1) return undefined;
      if (first[i] === h1 && second[i] === h2) return values[i];
    }
  };
  return {
    get(key) {
      hashes(key, h);
      return find(h[0]!, h[1]!);
    },
    prefixes(parts, count, out) {
      let h1 = SEED_1;
      let h2 = SEED_2;
      let length = 0;
      for (let p = 0; p < count; p++) {
        if (p > 0) {
          h1 = mix1(h1, SPACE);
          h2 = mix2(h2, SPACE);
          length++;
        }
        const part = parts[p]!;
        for (let i = 0; i < part.length; i++) {
          const c = part.charCodeAt(i);
          h1 = mix1(h1, c);
          h2 = mix2(h2, c);
        }
        length += part.length;
        out[p] = find(final1(h1), final2(h2, length));
      }
    },
  };
}
