import type { Draft } from './patterns/types.js';

/**
 * The quotes kept so far, indexed by token so that asking whether a new draft is another reading
 * of one of them costs the draft's length, not the number of quotes kept (comparing each draft
 * with every kept quote made 100 000 one-line quotes take 47 s).
 *
 * Two readings overlap mostly: their intersection holds at least half of the shorter. So either
 * the kept one is the shorter and one of its middle tokens lies in the draft, or the draft is
 * the shorter and the kept one covers one of the draft's middle tokens. The index holds both:
 * kept quotes by their middle tokens, and by every token they cover.
 */
export interface KeptQuotes {
  /** The kept drafts that may overlap [from, to) mostly (a superset: the caller tests each). */
  near(from: number, to: number): Iterable<Draft>;
  add(draft: Draft): void;
  all(): Draft[];
}

export function keptQuotes(): KeptQuotes {
  const kept: Draft[] = [];
  const byMiddle = new Map<number, Draft[]>();
  const covering = new Map<number, Draft[]>();
  const put = (map: Map<number, Draft[]>, token: number, draft: Draft) => {
    const list = map.get(token);
    if (list) list.push(draft);
    else map.set(token, [draft]);
  };
  return {
    *near(from, to) {
      for (let t = from; t < to; t++) yield* byMiddle.get(t) ?? [];
      for (const t of middles(from, to)) yield* covering.get(t) ?? [];
    },
    add(draft) {
      kept.push(draft);
      const [from, to] = draft.content;
      for (const t of middles(from, to)) put(byMiddle, t, draft);
      for (let t = from; t < to; t++) put(covering, t, draft);
    },
    all: () => kept,
  };
}

/** The middle token of [from, to), or the two middle ones of an even length: any part holding half the range holds one of them. */
function middles(from: number, to: number): number[] {
  const low = from + Math.floor((to - from - 1) / 2);
  const high = from + Math.floor((to - from) / 2);
  return low === high ? [low] : [low, high];
}
