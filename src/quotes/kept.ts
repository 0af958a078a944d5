import type { Draft } from './patterns/types.js';

/**
 * The quotes kept so far, and whether a new draft is another reading of one of them: the same
 * content with the same speaker, or one that must yield (one quotation has one speaker: a colon
 * before direct speech yields to the dash attribution after it; a reading without a cue to one
 * with a cue). A report inside a report («X считает, что П, сообщает ТАСС») is two quotes.
 *
 * The question costs a logarithm of the document and the kept contents it meets, not the number
 * of quotes kept (comparing each draft with every kept quote made 100 000 one-line quotes take
 * 47 s) nor the draft's length (a colon's block runs to the sentence end). Drafts with one content
 * share one entry that sums up their speakers, cues and kinds, so a hundred «Об этом сообщил …»
 * that all point at one sentence cost one comparison each.
 *
 * Two readings overlap mostly: their intersection holds at least half of the shorter. So either
 * the kept one is the shorter and one of its middle tokens lies in the draft, or the draft is
 * the shorter and the kept one covers one of the draft's middle tokens. One segment tree over
 * the tokens answers both: it counts kept middle tokens under each node (to find those in a
 * range), and holds each kept range on the O(log n) nodes that cover it (to find those over a
 * token).
 */
export interface KeptQuotes {
  hasReadingOf(draft: Draft): boolean;
  add(draft: Draft): void;
  /** The kept drafts, in the order kept. */
  all(): Draft[];
}

/** The kept drafts of one content range, summed up for the reading test. */
interface Entry {
  content: [number, number];
  /** Some draft has no speaker (then any speaker is the same). */
  unnamed: boolean;
  entities: Set<string>;
  speakerStarts: Set<number>;
  withCue: boolean;
  direct: boolean;
}

export function keptQuotes(tokenCount: number): KeptQuotes {
  let size = 1;
  while (size < tokenCount) size *= 2;
  const kept: Draft[] = [];
  const entries = new Map<string, Entry>();
  /** Node → number of entry middle tokens under it. */
  const middleCount = new Int32Array(2 * size);
  /** Leaf token → the entries whose middle it is. */
  const byMiddle = new Map<number, Entry[]>();
  /** Node → the entries whose range covers the node's whole span (and is split no further). */
  const spanning = new Map<number, Entry[]>();

  const middleIn = (node: number, lo: number, hi: number, from: number, to: number, test: (entry: Entry) => boolean): boolean => {
    if (middleCount[node] === 0 || hi <= from || to <= lo) return false;
    if (hi - lo === 1) return byMiddle.get(lo)!.some(test);
    const mid = (lo + hi) >> 1;
    return middleIn(2 * node, lo, mid, from, to, test) || middleIn(2 * node + 1, mid, hi, from, to, test);
  };

  const open = (content: [number, number]): Entry => {
    const entry: Entry = { content, unnamed: false, entities: new Set(), speakerStarts: new Set(), withCue: false, direct: false };
    const [from, to] = content;
    for (const t of middles(from, to)) {
      push(byMiddle, t, entry);
      for (let node = t + size; node >= 1; node >>= 1) middleCount[node]!++;
    }
    for (let l = from + size, r = to + size; l < r; l >>= 1, r >>= 1) {
      if (l & 1) push(spanning, l++, entry);
      if (r & 1) push(spanning, --r, entry);
    }
    return entry;
  };

  return {
    hasReadingOf(draft) {
      if (kept.length === 0) return false;
      const [from, to] = draft.content;
      const test = (entry: Entry) => overlapsMostly(entry.content, draft.content) && isReadingIn(entry, draft);
      if (middleIn(1, 0, size, from, to, test)) return true;
      for (const t of middles(from, to)) {
        for (let node = t + size; node >= 1; node >>= 1) if (spanning.get(node)?.some(test)) return true;
      }
      return false;
    },
    add(draft) {
      kept.push(draft);
      const key = `${draft.content[0]}:${draft.content[1]}`;
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = open(draft.content)));
      if (!draft.speaker) entry.unnamed = true;
      else {
        if (draft.speaker.entity) entry.entities.add(draft.speaker.entity);
        entry.speakerStarts.add(draft.speaker.from);
      }
      if (draft.cue !== null) entry.withCue = true;
      if (draft.kind === 'direct') entry.direct = true;
    },
    all: () => kept,
  };
}

/** Some kept draft of the entry and `later` are one quotation: the same speaker, or `later` must yield. */
function isReadingIn(entry: Entry, later: Draft): boolean {
  return sameSpeaker(entry, later) || (entry.withCue && later.cue === null) || (entry.direct && later.kind === 'direct');
}

/** No speaker on either side, the same entity, or the same phrase. */
function sameSpeaker(entry: Entry, later: Draft): boolean {
  if (entry.unnamed || !later.speaker) return true;
  return (!!later.speaker.entity && entry.entities.has(later.speaker.entity)) || entry.speakerStarts.has(later.speaker.from);
}

function overlapsMostly(a: [number, number], b: [number, number]): boolean {
  const inter = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  return inter > 0 && inter * 2 >= Math.min(a[1] - a[0], b[1] - b[0]);
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The middle token of [from, to), or the two middle ones of an even length: any part holding half the range holds one of them. */
function middles(from: number, to: number): number[] {
  const low = from + Math.floor((to - from - 1) / 2);
  const high = from + Math.floor((to - from) / 2);
  return low === high ? [low] : [low, high];
}
