import type { Candidate } from '../types.js';
import { lengthOf } from './candidate.js';

/** The selected candidates in text order, and which tokens they cover. */
export interface Selection {
  selected: Candidate[];
  /** 1 for a token inside a selected candidate. */
  covered: Uint8Array;
}

/**
 * The selection phase: keeps the best non-overlapping candidates. Tie order: the longer
 * first, then the higher priority, then the earlier in the text, then the order proposed (the
 * proposers' table order, each rule's own order within it: the sort is stable). Returns them
 * in text order.
 */
export function selectCandidates(candidates: readonly Candidate[], tokenCount: number): Selection {
  const ranked = [...candidates].sort((a, b) => lengthOf(b) - lengthOf(a) || b.priority - a.priority || a.tokens[0] - b.tokens[0]);
  const covered = new Uint8Array(tokenCount);
  const selected: Candidate[] = [];
  for (const c of ranked) {
    const [from, to] = c.tokens;
    if (anyMarked(covered, from, to)) continue;
    covered.fill(1, from, to);
    selected.push(c);
  }
  selected.sort((a, b) => a.tokens[0] - b.tokens[0]);
  return { selected, covered };
}

/** Some token of [from, to) is marked: a loop, not a subarray view made per candidate. */
export function anyMarked(marks: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (marks[k] !== 0) return true;
  return false;
}
