import type { Candidate } from '../../types.js';
import { PRIORITY, spanKey } from '../candidate.js';
import type { NerContext } from '../context.js';
import type { GazetteerMatch } from '../gazetteer.js';
import { inPlaceSlot } from '../place-slot.js';

/**
 * The gazetteer's matches as candidates. «клуб «Бавария»», «театр «Москва»»: a quoted name
 * after an organisation noun (found by the quoted-organisation rule) is no place or person.
 */
export function dictionaryCandidates(ctx: NerContext, matches: readonly GazetteerMatch[], quoted: readonly Candidate[]): Candidate[] {
  // Spans as numbers, not 'from:to' strings: on a text of capitalised words every word is a match, and a string each cost more than the test.
  const quotedSpans = new Set(quoted.map((q) => spanKey(ctx.tokens.length, q.tokens[0], q.tokens[1])));
  const out: Candidate[] = [];
  for (const m of matches) {
    if (m.entry.type !== 'ORG' && quotedSpans.has(spanKey(ctx.tokens.length, m.from, m.to))) continue;
    // «округа Харрис», «штата Джорджия»: a known person's surname alone in a place's slot names the
    // place; a Russian surname there is the person a title governs («мэр города Лужков»).
    if (m.weak && m.entry.type === 'PER' && m.to - m.from === 1 && inPlaceSlot(ctx, m.from)) continue;
    const priority = ctx.userEntries.has(m.entry) ? PRIORITY.user : m.weak ? PRIORITY.dictSurname : PRIORITY.dict;
    // A literal of the candidate's own shape, not a spread of one: on a text of capitalised words
    // every word is a match, and a spread copy made each one a slower, larger object.
    out.push({ tokens: [m.from, m.to], type: m.entry.type, rule: m.weak ? 'dict-surname' : 'dict', priority, entry: m.entry });
  }
  return out;
}
