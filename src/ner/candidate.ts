import type { DictEntry, EntityType } from '../types.js';

/** A possible mention over tokens[from, to), before overlaps are settled. */
export interface Candidate {
  from: number;
  to: number;
  type: EntityType;
  /** The rule or dictionary that proposed it. */
  rule: string;
  /** Higher wins between candidates of equal length. */
  priority: number;
  entry?: DictEntry;
  /** The place a body belongs to, when the text names it right after (МИД [Франции]). */
  owner?: { from: number; to: number };
}

/** Priorities: dictionary names first, then the rules by how much evidence they need. */
export const PRIORITY = {
  user: 100,
  repeat: 95,
  dict: 90,
  personFull: 80,
  /** A well-known person's surname alone: the dictionary knows who it is. */
  dictSurname: 65,
  quotedOrg: 70,
  titlePerson: 60,
  abbreviation: 50,
  geox: 40,
  surname: 30,
  firstName: 20,
} as const;

/**
 * Keeps the best non-overlapping candidates: longer first, then higher priority, then
 * earlier. Returns them in text order.
 */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.to - b.from - (a.to - a.from) || b.priority - a.priority || a.from - b.from,
  );
  const taken: Candidate[] = [];
  const used = new Set<number>();
  for (const c of ranked) {
    let free = true;
    for (let k = c.from; k < c.to && free; k++) if (used.has(k)) free = false;
    if (!free) continue;
    for (let k = c.from; k < c.to; k++) used.add(k);
    taken.push(c);
  }
  return taken.sort((a, b) => a.from - b.from);
}
