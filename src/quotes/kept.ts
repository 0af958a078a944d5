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
  /**
   * The speakers' entities and first tokens: the first in a field, the others in a set made when
   * a second differs (most contents have one draft; a Set each made 100 000 one-line quotes'
   * index a fifth of the quotes stage's garbage).
   */
  entity: string | null;
  entities: Set<string> | null;
  speakerStart: number;
  speakerStarts: Set<number> | null;
  withCue: boolean;
  direct: boolean;
}

export function keptQuotes(tokenCount: number): KeptQuotes {
  let size = 1;
  while (size < tokenCount) size *= 2;
  const kept: Draft[] = [];
  /**
   * Content [from, to) → its entry: the entries of one start in a linked list (a start has one or
   * two). Not a Map keyed by from·(tokenCount + 1) + to: past 32 000 tokens that key is no small
   * integer, and hashing it as a heap number was a twentieth of a 1 MB text's quotes stage.
   */
  const firstByStart = new Int32Array(tokenCount + 1).fill(-1);
  /** Entry (an index into entryList) → the next entry of the same start, or -1. */
  const nextByStart: number[] = [];
  /** Node → number of entry middle tokens under it. */
  const middleCount = new Int32Array(2 * size);
  // Which entries lie at a leaf (their middle token) or a node (their range covers its whole
  // span): linked lists in flat arrays, one head per slot. Not a Map of arrays: a 1 MB text of
  // one-line quotes puts some 20 list cells per entry, and a Map entry and an array per cell
  // made this index most of the quotes stage's garbage.
  const entryList: Entry[] = [];
  /** Leaf token → the first cell of the entries whose middle it is, or -1. */
  const byMiddle = new Int32Array(size).fill(-1);
  /** Node → the first cell of the entries whose range covers the node's whole span (and is split no further), or -1. */
  const spanning = new Int32Array(2 * size).fill(-1);
  /** Cell → its entry (an index into entryList) and the next cell of its list, or -1. */
  const cellEntry: number[] = [];
  const cellNext: number[] = [];
  const push = (heads: Int32Array, at: number, entry: number) => {
    cellEntry.push(entry);
    cellNext.push(heads[at]!);
    heads[at] = cellEntry.length - 1;
  };
  const anyReading = (cell: number, draft: Draft): boolean => {
    for (; cell !== -1; cell = cellNext[cell]!) {
      const entry = entryList[cellEntry[cell]!]!;
      if (overlapsMostly(entry.content, draft.content) && isReadingIn(entry, draft)) return true;
    }
    return false;
  };

  const middleIn = (node: number, lo: number, hi: number, draft: Draft): boolean => {
    if (middleCount[node] === 0 || hi <= draft.content[0] || draft.content[1] <= lo) return false;
    if (hi - lo === 1) return anyReading(byMiddle[lo]!, draft);
    const mid = (lo + hi) >> 1;
    return middleIn(2 * node, lo, mid, draft) || middleIn(2 * node + 1, mid, hi, draft);
  };
  const addMiddle = (t: number, entry: number) => {
    push(byMiddle, t, entry);
    for (let node = t + size; node >= 1; node >>= 1) middleCount[node]!++;
  };
  const spanningAt = (t: number, draft: Draft) => {
    for (let node = t + size; node >= 1; node >>= 1) if (spanning[node] !== -1 && anyReading(spanning[node]!, draft)) return true;
    return false;
  };

  const open = (content: [number, number]): Entry => {
    const entry: Entry = { content, unnamed: false, entity: null, entities: null, speakerStart: -1, speakerStarts: null, withCue: false, direct: false };
    const id = entryList.push(entry) - 1;
    const [from, to] = content;
    nextByStart.push(firstByStart[from]!);
    firstByStart[from] = id;
    const low = lowMiddle(from, to);
    const high = highMiddle(from, to);
    addMiddle(low, id);
    if (high !== low) addMiddle(high, id);
    for (let l = from + size, r = to + size; l < r; l >>= 1, r >>= 1) {
      if (l & 1) push(spanning, l++, id);
      if (r & 1) push(spanning, --r, id);
    }
    return entry;
  };

  return {
    hasReadingOf(draft) {
      if (kept.length === 0) return false;
      const [from, to] = draft.content;
      if (middleIn(1, 0, size, draft)) return true;
      const low = lowMiddle(from, to);
      const high = highMiddle(from, to);
      return spanningAt(low, draft) || (high !== low && spanningAt(high, draft));
    },
    add(draft) {
      kept.push(draft);
      const [from, to] = draft.content;
      let id = firstByStart[from]!;
      while (id !== -1 && entryList[id]!.content[1] !== to) id = nextByStart[id]!;
      const entry = id === -1 ? open(draft.content) : entryList[id]!;
      const speaker = draft.speaker;
      if (!speaker) entry.unnamed = true;
      else {
        if (speaker.entity) {
          if (entry.entity === null) entry.entity = speaker.entity;
          else if (entry.entity !== speaker.entity) (entry.entities ??= new Set()).add(speaker.entity);
        }
        if (entry.speakerStart === -1) entry.speakerStart = speaker.from;
        else if (entry.speakerStart !== speaker.from) (entry.speakerStarts ??= new Set()).add(speaker.from);
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
  const { entity, from } = later.speaker;
  return (!!entity && (entry.entity === entity || !!entry.entities?.has(entity))) || entry.speakerStart === from || !!entry.speakerStarts?.has(from);
}

function overlapsMostly(a: [number, number], b: [number, number]): boolean {
  const inter = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  return inter > 0 && inter * 2 >= Math.min(a[1] - a[0], b[1] - b[0]);
}

/**
 * The middle token of [from, to), or the two middle ones of an even length (low and high):
 * any part holding half the range holds one of them.
 */
function lowMiddle(from: number, to: number): number {
  return from + Math.floor((to - from - 1) / 2);
}

function highMiddle(from: number, to: number): number {
  return from + Math.floor((to - from) / 2);
}
