import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import type { NerContext } from '../context.js';

/** Streets, squares, cemeteries, parks (dict/words/facility-nouns.txt). */
const FACILITY_NOUNS = wordSet('facility-nouns');

/**
 * «на Сходненской улице», «на Кунцевском кладбище»: a name with a facility noun names a
 * facility, no place, and is dropped here, after selection: proposed, it kept its adjective
 * from reading as a surname (Арлингтонском).
 */
export function withoutFacilities(ctx: NerContext, selected: Candidate[]): Candidate[] {
  return selected.filter((c) => !(c.type === 'LOC' && c.rule === 'descriptive-place' && FACILITY_NOUNS.has(ctx.words[c.tokens[1] - 1]!.folded)));
}
