import type { Document } from '../types.js';

/**
 * The text with mentions marked inline, «[PER Кирилл Дмитриев] заявил …», followed by one
 * line per entity (`ENTITY type name ← its surface forms + its pronouns`) and per quote
 * (`QUOTE kind speaker ← content`). Readable and diffable: the golden tests' notation.
 */
export function formatInline(doc: Document): string {
  let out = '';
  let at = 0;
  for (const m of doc.mentions) {
    out += doc.text.slice(at, m.start) + `[${m.type} ${doc.text.slice(m.start, m.end)}]`;
    at = m.end;
  }
  out += doc.text.slice(at);
  for (const e of doc.entities) {
    out += `\nENTITY ${e.type} ${e.name} ← ${[...new Set(e.mentions.map((m) => m.text))].join(' | ')}${pronouns(e.references.map((r) => r.text))}`;
  }
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  for (const q of doc.quotes) {
    const speaker = q.speakerEntity ? names.get(q.speakerEntity) : q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : '-';
    const content = doc.text.slice(q.content.start, q.content.end).replace(/\s+/g, ' ');
    out += `\nQUOTE ${q.kind} ${speaker} ← ${content}`;
  }
  return out;
}

/** « + он ×2 | его»: the pronouns that refer to an entity, each form with its count. */
function pronouns(texts: string[]): string {
  if (texts.length === 0) return '';
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t.toLowerCase(), (counts.get(t.toLowerCase()) ?? 0) + 1);
  return ' + ' + [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(' | ');
}
