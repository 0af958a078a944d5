import type { Document } from '../types.js';

const TYPE_NAMES = { PER: 'people', ORG: 'organisations', LOC: 'places' } as const;
const MAX_QUOTE = 160;

/** A readable summary: entities by type with their mentions and pronouns, then quotes as speaker → text. */
export function formatText(doc: Document): string {
  const lines: string[] = [];
  for (const type of ['PER', 'ORG', 'LOC'] as const) {
    const entities = doc.entities.filter((e) => e.type === type);
    if (entities.length === 0) continue;
    lines.push(`${TYPE_NAMES[type]} (${entities.length})`);
    for (const e of entities) {
      const seen = [...new Set(e.mentions.map((m) => m.text))].map((t) => `«${t}»`).join(', ');
      const pronouns = e.references.length > 0 ? ` + ${e.references.length} pronoun${e.references.length > 1 ? 's' : ''} (${[...new Set(e.references.map((r) => r.text.toLowerCase()))].join(', ')})` : '';
      lines.push(`  ${type} ${e.name}  [${e.id}]  ×${e.mentions.length}: ${seen}${pronouns}`);
    }
  }
  lines.push(`quotes (${doc.quotes.length})`);
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  for (const q of doc.quotes) {
    const speaker = (q.speakerEntity && names.get(q.speakerEntity)) ?? (q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : '?');
    let content = doc.text.slice(q.content.start, q.content.end).replace(/\s+/g, ' ');
    if (content.length > MAX_QUOTE) content = `${content.slice(0, MAX_QUOTE - 1)}…`;
    lines.push(`  ${speaker} → ${content}  (${q.kind}, ${q.pattern})`);
  }
  return lines.join('\n');
}
