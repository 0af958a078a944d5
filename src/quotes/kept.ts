import type { Draft } from './patterns/types.js';

/**
 * The quotes kept so far, indexed by token so that asking whether a new draft is another reading
 * of one of them costs a logarithm of the document and the quotes it meets, not the number of
 * quotes kept (comparing each draft with every kept quote made 100 000 one-line quotes take 47 s)
 * nor the draft's length (a colon's block runs to the sentence end, and one sentence may hold
 * thousands of colons).
 *
 * Two readings overlap mostly: their intersection holds at least half of the shorter. So either
 * the kept one is the shorter and one of its middle tokens lies in the draft, or the draft is
 * the shorter and the kept one covers one of the draft's middle tokens. One segment tree over
 * the tokens answers both: it counts kept middle tokens under each node (to find those in a
 * range), and holds each kept range on the O(log n) nodes that cover it (to find those over a
 * token).
 */
export interface KeptQuotes {
  /** Whether `test` holds for a kept draft that may overlap [from, to) mostly (each such draft is tested; others may be too). */
  some(from: number, to: number, test: (kept: Draft) => boolean): boolean;
  add(draft: Draft): void;
  all(): Draft[];
}

export function keptQuotes(tokenCount: number): KeptQuotes {
  let size = 1;
  while (size < tokenCount) size *= 2;
  const kept: Draft[] = [];
  /** Node → number of kept middle tokens under it. */
  const middleCount = new Int32Array(2 * size);
  /** Leaf token → the kept drafts whose middle it is. */
  const byMiddle = new Map<number, Draft[]>();
  /** Node → the kept drafts whose range covers the node's whole span (and is split no further). */
  const spanning = new Map<number, Draft[]>();

  const middleIn = (node: number, lo: number, hi: number, from: number, to: number, test: (kept: Draft) => boolean): boolean => {
    if (middleCount[node] === 0 || hi <= from || to <= lo) return false;
    if (hi - lo === 1) return byMiddle.get(lo)!.some(test);
    const mid = (lo + hi) >> 1;
    return middleIn(2 * node, lo, mid, from, to, test) || middleIn(2 * node + 1, mid, hi, from, to, test);
  };

  return {
    some(from, to, test) {
      if (kept.length === 0) return false;
      if (middleIn(1, 0, size, from, to, test)) return true;
      for (const t of middles(from, to)) {
        for (let node = t + size; node >= 1; node >>= 1) if (spanning.get(node)?.some(test)) return true;
      }
      return false;
    },
    add(draft) {
      kept.push(draft);
      const [from, to] = draft.content;
      for (const t of middles(from, to)) {
        push(byMiddle, t, draft);
        for (let node = t + size; node >= 1; node >>= 1) middleCount[node]!++;
      }
      for (let l = from + size, r = to + size; l < r; l >>= 1, r >>= 1) {
        if (l & 1) push(spanning, l++, draft);
        if (r & 1) push(spanning, --r, draft);
      }
    },
    all: () => kept,
  };
}

function push(map: Map<number, Draft[]>, key: number, draft: Draft): void {
  const list = map.get(key);
  if (list) list.push(draft);
  else map.set(key, [draft]);
}

/** The middle token of [from, to), or the two middle ones of an even length: any part holding half the range holds one of them. */
function middles(from: number, to: number): number[] {
  const low = from + Math.floor((to - from - 1) / 2);
  const high = from + Math.floor((to - from) / 2);
  return low === high ? [low] : [low, high];
}
