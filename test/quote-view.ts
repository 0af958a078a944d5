import { annotate } from '../src/index.js';

/**
 * Each quote of the text as `kind | speaker | content`: the speaker entity's name, else the
 * speaker as written (or, with `named`, the speaker's name in the nominative).
 */
export function quotes(text: string, { named = false } = {}): string[] {
  const doc = annotate(text);
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.quotes.map((q) => {
    const written = q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null;
    const speaker = q.speakerEntity ? names.get(q.speakerEntity) : named ? q.speakerName ?? written : written;
    return `${q.kind} | ${speaker} | ${text.slice(q.content.start, q.content.end)}`;
  });
}
