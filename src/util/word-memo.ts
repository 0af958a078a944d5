import type { WordInfo } from '../types.js';

/**
 * Per word form memos kept ON the word's record. The morph stage makes one record per distinct
 * word form and shares it across documents (src/morph/index.ts), so what a rule derives from a
 * word alone (a word class, the longest dictionary name it may open, its cue readings) is worth
 * computing once per form. Keeping the value in a slot of the record makes the repeat an array
 * read; a Map keyed by the word's string costs a hash probe into a table of ~10⁵ forms, which
 * missed the processor cache on nearly every token (the largest single cost of a warm pass).
 *
 * A record made elsewhere (a literal in a rule, a test) has no memo array: the value is then
 * computed each time, so these helpers are always safe to call.
 */

/**
 * A record's memo is sparse: `memo[0]` is a bitmap of the slots that hold a value, and the values
 * follow in slot order, the array exactly as long as that. A word form fills some 7 of the 23
 * slots (a capitalised one more, a lower-case one fewer): a dense array of every slot cost
 * 232 bytes per record, 10 MB over the 44 600 word forms of the eval corpus, mostly holes. A read
 * counts the bits below the slot's; the first value of a slot makes a new array one longer, so
 * the record's `memo` is replaced then (the records are sealed, not frozen).
 * Slots from DIRECT on live in a memo of their own, kept in slot DIRECT (small integers hold 30
 * bits on every V8, so a bitmap covers 29 slots and the link).
 */
const DIRECT = 29;

/** Slots handed out so far. */
let slots = 0;

/** Holds an undefined result, so that "computed, nothing" differs from "not computed yet". */
const NOTHING = Symbol('nothing');

/** Set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** The slot's value in the memo; undefined when the slot has none yet. */
function get(memo: unknown[], slot: number): unknown {
  if (slot < DIRECT) return at(memo, slot);
  const inner = at(memo, DIRECT) as unknown[] | undefined;
  return inner === undefined ? undefined : get(inner, slot - DIRECT);
}

/** The memo with the slot's value set: the same array when the slot had a value, else a new one. */
function put(memo: unknown[], slot: number, value: unknown): unknown[] {
  if (slot < DIRECT) return setAt(memo, slot, value);
  return setAt(memo, DIRECT, put((at(memo, DIRECT) as unknown[] | undefined) ?? newMemo(), slot - DIRECT, value));
}

/** A slot of this memo's own bitmap (DIRECT included). */
function at(memo: unknown[], slot: number): unknown {
  const bits = memo[0] as number;
  const bit = 1 << slot;
  return bits & bit ? memo[1 + popcount(bits & (bit - 1))] : undefined;
}

function setAt(memo: unknown[], slot: number, value: unknown): unknown[] {
  const bits = memo[0] as number;
  const bit = 1 << slot;
  const index = 1 + popcount(bits & (bit - 1));
  if (bits & bit) {
    memo[index] = value;
    return memo;
  }
  const grown = new Array<unknown>(memo.length + 1);
  grown[0] = bits | bit;
  for (let i = 1; i < index; i++) grown[i] = memo[i];
  grown[index] = value;
  for (let i = index; i < memo.length; i++) grown[i + 1] = memo[i];
  return grown;
}

/** The memo a new record carries (src/morph/index.ts makes one per record): no slot set. */
export function newMemo(): unknown[] {
  const memo = new Array<unknown>(1);
  memo[0] = 0;
  return memo;
}

/** Keeps the value in the word's memo (`word.memo` read again: computing it may have set other slots). */
function keep(word: WordInfo, slot: number, value: unknown): void {
  word.memo = put(word.memo!, slot, value);
}

/** A function of the word's record alone, computed once per record. */
export function perWord<T>(compute: (word: WordInfo) => T): (word: WordInfo) => T {
  const slot = slots++;
  return (word) => {
    const memo = word.memo;
    if (!memo) return compute(word);
    const known = get(memo, slot);
    if (known !== undefined) return (known === NOTHING ? undefined : known) as T;
    const value = compute(word);
    keep(word, slot, value === undefined ? NOTHING : value);
    return value;
  };
}

/**
 * A yes/no of the word's record alone, computed once per record. Flags share a slot, two bits
 * each (known, yes) in a small integer: a record's memo array had a slot of 8 bytes for each of
 * the eleven flags, some 3.5 MB over the 44 600 word forms of the eval corpus.
 */
export function perWordFlag(compute: (word: WordInfo) => boolean): (word: WordInfo) => boolean {
  const read = flagMemo(nextFlag(), (_owner: null, word: WordInfo) => compute(word));
  return (word) => read(null, word);
}

/**
 * A function of a word token's text, kept on the token's record: the morph stage makes one record
 * per distinct token text (src/morph/index.ts), so the text's answer is the record's. For the
 * per-token regular expressions and string scans of the rules (a digit, a declined abbreviation),
 * which ran on every word of every document.
 */
export function perText<T>(compute: (text: string) => T): (word: WordInfo, text: string) => T {
  const slot = slots++;
  return (word, text) => {
    const memo = word.memo;
    if (!memo) return compute(text);
    const known = get(memo, slot);
    if (known !== undefined) return (known === NOTHING ? undefined : known) as T;
    const value = compute(text);
    keep(word, slot, value === undefined ? NOTHING : value);
    return value;
  };
}

/** perText for a yes/no: two bits of a shared slot (perWordFlag). */
export function perTextFlag(compute: (text: string) => boolean): (word: WordInfo, text: string) => boolean {
  const [slot, shift] = nextFlag();
  const known = 1 << shift;
  const yes = 2 << shift;
  return (word, text) => {
    const memo = word.memo;
    if (!memo) return compute(text);
    const bits = (get(memo, slot) as number | undefined) ?? 0;
    if (bits & known) return (bits & yes) !== 0;
    const value = compute(text);
    keep(word, slot, ((get(word.memo!, slot) as number | undefined) ?? 0) | known | (value ? yes : 0));
    return value;
  };
}

/** The stamp of the first owner a function meets: the only one in a process with one annotator. */
const FIRST = 1;

/**
 * A function of the word's record and an object that lives as long as an annotator (its
 * gazetteer, its cue index). The record's slot holds the first owner's value only, as it is: a
 * process with one annotator always hits with a plain read. Another owner keeps its values in a
 * WeakMap of its own (slower, but a second annotator is rare and never reads the first's values).
 * (Values of any owner wrapped with the owner's number in the one slot cost an instanceof test on
 * every read, 1.6 % of a warm pass: the test loads the value's map, a cache miss of its own.)
 * The last owner's function is kept at hand, so a call per token costs a comparison, not a
 * WeakMap look-up.
 */
export function perWordFor<O extends object, T>(compute: (owner: O, word: WordInfo) => T): (owner: O) => (word: WordInfo) => T {
  const slot = slots++;
  return byOwner((owner) => firstOwnerMemo(slot, owner, compute), compute);
}

/** perWordFor for a yes/no: the first owner's flags share a slot (perWordFlag). */
export function perWordFlagFor<O extends object>(compute: (owner: O, word: WordInfo) => boolean): (owner: O) => (word: WordInfo) => boolean {
  const read = flagMemo(nextFlag(), compute);
  return byOwner((owner) => (word) => read(owner, word), compute);
}

/** Flags per slot: two bits each, within the 31 bits of V8's small integers. */
const FLAGS_PER_SLOT = 15;
let flagSlot = -1;
let flagsInSlot = FLAGS_PER_SLOT;

/** The next flag's slot and bit. */
function nextFlag(): [slot: number, shift: number] {
  if (flagsInSlot === FLAGS_PER_SLOT) {
    flagSlot = slots++;
    flagsInSlot = 0;
  }
  return [flagSlot, 2 * flagsInSlot++];
}

function flagMemo<O>([slot, shift]: [number, number], compute: (owner: O, word: WordInfo) => boolean): (owner: O, word: WordInfo) => boolean {
  const known = 1 << shift;
  const yes = 2 << shift;
  return (owner, word) => {
    const memo = word.memo;
    if (!memo) return compute(owner, word);
    const bits = (get(memo, slot) as number | undefined) ?? 0;
    if (bits & known) return (bits & yes) !== 0;
    const value = compute(owner, word);
    // Read again: computing may have set other flags of the slot (canOpenUntitled asks ageEnding).
    keep(word, slot, ((get(word.memo!, slot) as number | undefined) ?? 0) | known | (value ? yes : 0));
    return value;
  };
}

/** The first owner's function as `first` makes it; every other owner's values in a WeakMap of its own. */
function byOwner<O extends object, T>(first: (owner: O) => (word: WordInfo) => T, compute: (owner: O, word: WordInfo) => T): (owner: O) => (word: WordInfo) => T {
  const stamps = new WeakMap<O, number>();
  // Every other owner's values, a table per owner.
  const others = new WeakMap<O, WeakMap<WordInfo, unknown>>();
  let nextStamp = FIRST;
  let lastOwner: O | null = null;
  let last: (word: WordInfo) => T = () => {
    throw new Error('word memo: no owner yet');
  };
  return (owner) => {
    if (owner === lastOwner) return last;
    let stamp = stamps.get(owner);
    if (stamp === undefined) stamps.set(owner, (stamp = nextStamp++));
    lastOwner = owner;
    if (stamp === FIRST) return (last = first(owner));
    let table = others.get(owner);
    if (!table) others.set(owner, (table = new WeakMap()));
    return (last = otherOwnerMemo(table, owner, compute));
  };
}

/** The first owner's function: its values live in the record's slot. */
function firstOwnerMemo<O, T>(slot: number, owner: O, compute: (owner: O, word: WordInfo) => T): (word: WordInfo) => T {
  return (word) => {
    const memo = word.memo;
    if (!memo) return compute(owner, word);
    const known = get(memo, slot);
    if (known !== undefined) return (known === NOTHING ? undefined : known) as T;
    const value = compute(owner, word);
    keep(word, slot, value === undefined ? NOTHING : value);
    return value;
  };
}

/** Another owner's function: its values live in a WeakMap of its own, so they never pin a record. */
function otherOwnerMemo<O, T>(table: WeakMap<WordInfo, unknown>, owner: O, compute: (owner: O, word: WordInfo) => T): (word: WordInfo) => T {
  return (word) => {
    const known = table.get(word);
    if (known !== undefined) return (known === NOTHING ? undefined : known) as T;
    const value = compute(owner, word);
    table.set(word, value === undefined ? NOTHING : value);
    return value;
  };
}
