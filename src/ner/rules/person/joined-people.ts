import type { Candidate } from '../../../types.js';

/**
 * «сын Акихито Нарухито»: a rule-found name that spans two dictionary people is two people,
 * not one. Dictionary matches do not overlap, so each name counts those starting inside it.
 */
export function withoutJoinedPeople(persons: Candidate[], dict: readonly Candidate[], tokenCount: number): Candidate[] {
  const known = dict.filter((c) => c.type === 'PER' && c.rule === 'dict');
  if (known.length < 2) return persons;
  // Token → end of the known person starting there, or 0.
  const endAt = new Int32Array(tokenCount);
  for (const k of known) endAt[k.tokens[0]] = k.tokens[1];
  return persons.filter((p) => {
    const [from, to] = p.tokens;
    let inside = 0;
    for (let k = from; k < to; k++) if (endAt[k]! > 0 && endAt[k]! <= to) inside++;
    return inside < 2;
  });
}
