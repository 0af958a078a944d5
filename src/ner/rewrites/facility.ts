import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import type { NerContext } from '../context.js';

/** Streets, squares, cemeteries, parks (dict/words/facility-nouns.txt). */
const FACILITY_NOUNS = wordSet('facility-nouns');

/**
 * «на Сходненской улице», «на Кунцевском кладбище», «на улице Раевского»: a name with a
 * facility noun names a facility, no place, and is dropped here, after selection: proposed, it
 * kept its words from reading as a surname (Арлингтонском, Раевского).
 */
export function withoutFacilities(ctx: NerContext, selected: Candidate[]): Candidate[] {
  return selected.filter((c) => !(c.type === 'LOC' && namesFacility(ctx, c)));
}

/** «Кунцевском кладбище» (the noun last), «улице Раевского» (the name after the noun). */
function namesFacility(ctx: NerContext, c: Candidate): boolean {
  if (c.rule === 'descriptive-place') return FACILITY_NOUNS.has(ctx.words[c.tokens[1] - 1]!.folded);
  return c.rule === 'place-noun-name' && FACILITY_NOUNS.has(ctx.words[c.tokens[0] - 1]?.folded ?? '');
}
