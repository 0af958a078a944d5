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

/** Slots handed out so far; a record's memo array is made this long so that it stays packed. */
let slots = 0;

/** Holds an undefined result, so that "computed, nothing" differs from "not computed yet". */
const NOTHING = Symbol('nothing');

/** The memo array a new record carries (src/morph/index.ts makes one per record). */
export function newMemo(): unknown[] {
  return new Array(slots);
}

/** A function of the word's record alone, computed once per record. */
export function perWord<T>(compute: (word: WordInfo) => T): (word: WordInfo) => T {
  const slot = slots++;
  return (word) => {
    const memo = word.memo;
    if (!memo) return compute(word);
    const known = memo[slot];
    if (known !== undefined) return (known === NOTHING ? undefined : known) as T;
    const value = compute(word);
    memo[slot] = value === undefined ? NOTHING : value;
    return value;
  };
}

/** A value kept for an owner other than the first: the slot says whose it is. */
class Owned {
  constructor(
    readonly stamp: number,
    readonly value: unknown,
  ) {}
}

/** The stamp of the first owner a function meets: the only one in a process with one annotator. */
const FIRST = 1;

/**
 * A function of the word's record and an object that lives as long as an annotator (its
 * gazetteer, its cue index). One slot holds the value for one owner at a time: the first owner's
 * value as it is, another's wrapped with the owner's number. A process with one annotator always
 * hits with a plain read; two annotators taking turns recompute, never read each other's values.
 * (A second slot per record for the owner's number made each record's memo 40 % longer: 5 MB of
 * the heap over the corpus, for a number that is nearly always the same.) The last owner's
 * function is kept at hand, so a call per token costs a comparison, not a WeakMap look-up.
 */
export function perWordFor<O extends object, T>(compute: (owner: O, word: WordInfo) => T): (owner: O) => (word: WordInfo) => T {
  const slot = slots++;
  const stamps = new WeakMap<O, number>();
  let nextStamp = FIRST;
  let lastOwner: O | null = null;
  let last: (word: WordInfo) => T = () => {
    throw new Error('word memo: no owner yet');
  };
  return (owner) => {
    if (owner === lastOwner) return last;
    let stamp = stamps.get(owner);
    if (stamp === undefined) stamps.set(owner, (stamp = nextStamp++));
    const ownStamp = stamp;
    lastOwner = owner;
    return (last = (word) => {
      const memo = word.memo;
      if (!memo) return compute(owner, word);
      const known = memo[slot];
      if (known !== undefined) {
        if (known instanceof Owned) {
          if (known.stamp === ownStamp) return known.value as T;
        } else if (ownStamp === FIRST) {
          return (known === NOTHING ? undefined : known) as T;
        }
      }
      const value = compute(owner, word);
      memo[slot] = ownStamp !== FIRST ? new Owned(ownStamp, value) : value === undefined ? NOTHING : value;
      return value;
    });
  };
}
