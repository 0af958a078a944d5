import type { Candidate, EntityType } from '../types.js';

export type { Candidate };

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

/** A candidate over tokens [from, to). */
export function candidate(from: number, to: number, type: EntityType, rule: string, priority: number): Candidate {
  return { tokens: [from, to], type, rule, priority };
}

/** One number for the span [from, to) in a document of `tokens` tokens, to keep spans in a Set. */
export function spanKey(tokens: number, from: number, to: number): number {
  return from * (tokens + 1) + to;
}

export function lengthOf(c: Candidate): number {
  return c.tokens[1] - c.tokens[0];
}

/** The candidate after a rewrite named `name` changed it: the rule stays, the rewrite joins the trace. */
export function rewritten(c: Candidate, name: string, change: Partial<Candidate>): Candidate {
  return { ...c, ...change, trace: [...(c.trace ?? []), name] };
}
