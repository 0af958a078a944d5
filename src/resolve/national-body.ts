import type { Candidate, DictEntry, EntityType } from '../types.js';

import { RUSSIA_NAMES } from '../ner/words.js';
const RUSSIA = 'loc:russia';
/** «российский», «российских»: the adjective speaks of Russia as much as its name does. */
const RUSSIAN_ADJECTIVE = /^российск/i;

/**
 * A text about another country: its mentions of one foreign country outnumber, more than twice over,
 * its mentions of Russia (the name, the adjective). One country only, the most named.
 */
const FOREIGN_MAJORITY = 2;

interface Text {
  tokens: readonly { text: string; kind: string }[];
  candidates: readonly Candidate[];
}

/** The bare names of a Russian body (Министерство юстиции of «Министерство юстиции России»), made once per entry. */
const bareNamesOf = new WeakMap<DictEntry, readonly string[]>();
function bareNames(entry: DictEntry): readonly string[] {
  let known = bareNamesOf.get(entry);
  if (!known) {
    const names = [entry.name, ...entry.aliases];
    const stripped = names.flatMap((n) => RUSSIA_NAMES.filter((r) => n.endsWith(' ' + r)).map((r) => n.slice(0, -r.length - 1)));
    known = stripped.length ? [...new Set([...stripped, ...names.filter((n) => !stripped.includes(n))])] : [];
    bareNamesOf.set(entry, known);
  }
  return known;
}

/**
 * «Министерство юстиции», «Верховный суд» named bare in a story about the United States: the
 * dictionary's Russian body is not meant, but its body of that name and the story's country
 * (Министерство юстиции США). Only where the dictionary has that body: a text about Russia may name
 * no Russian place the dictionary marks as Russian (председатель Конституционного суда … Петербург),
 * so a country counted ahead of Russia alone is not evidence enough to drop the Russian entry.
 * `undefined` leaves the mention as it is. The text's country is read once, on first ask.
 */
export function nationalBodies(text: Text, dictionaryEntry: ((type: EntityType, name: string) => DictEntry | undefined) | undefined) {
  let country: { surfaces: string[] } | null | undefined;
  const storyCountry = () => {
    if (country !== undefined) return country;
    let russia = 0;
    for (const t of text.tokens) if (t.kind === 'word' && (RUSSIA_NAMES.includes(t.text) || RUSSIAN_ADJECTIVE.test(t.text))) russia++;
    const places = new Map<string, { count: number; surfaces: string[] }>();
    for (const c of text.candidates) {
      if (c.type !== 'LOC' || !c.entry) continue;
      if (c.entry.id === RUSSIA) {
        // «Россия» itself is no name of RUSSIA_NAMES, which end a body's name.
        if (c.tokens[1] - c.tokens[0] === 1 && !RUSSIA_NAMES.includes(text.tokens[c.tokens[0]]!.text)) russia++;
        continue;
      }
      const place = places.get(c.entry.id) ?? { count: 0, surfaces: [] };
      places.set(c.entry.id, place);
      place.count++;
      const surface = text.tokens.slice(c.tokens[0], c.tokens[1]).map((t) => t.text).join(' ');
      if (!place.surfaces.includes(surface)) place.surfaces.push(surface);
    }
    const top = [...places.values()].reduce<{ count: number; surfaces: string[] } | null>((a, b) => (!a || b.count > a.count ? b : a), null);
    country = top && top.count > FOREIGN_MAJORITY * russia ? top : null;
    return country;
  };
  return (c: Candidate): DictEntry | undefined => {
    if (c.type !== 'ORG' || !c.entry || c.owner) return undefined;
    const bare = bareNames(c.entry);
    if (!bare.length) return undefined;
    const written = text.tokens.slice(c.tokens[0], c.tokens[1]);
    if (written.some((t) => RUSSIA_NAMES.includes(t.text)) || RUSSIA_NAMES.includes(text.tokens[c.tokens[1]]?.text ?? '')) return undefined;
    // «Минюст», an abbreviation, may still name the Russian body in passing; only a name of words is weighed.
    if (written.length < 2) return undefined;
    const place = storyCountry();
    if (!place) return undefined;
    for (const s of place.surfaces) for (const b of bare) {
      const found = dictionaryEntry?.('ORG', `${b} ${s}`);
      if (found && found !== c.entry) return found;
    }
    return undefined;
  };
}
