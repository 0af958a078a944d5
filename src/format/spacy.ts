import type { Document, EntityType } from '../types.js';
import type { OffsetOptions } from './jsonl.js';
import { offsetConverter } from './offsets.js';

/**
 * spaCy's training shape: the text and its entities as [start, end, label] character
 * offsets, for `doc.char_span(start, end, label=label)` on `nlp.make_doc(text)` (and the same
 * spans for displaCy's manual mode). Python counts code points, so this format does too unless
 * `offsets: 'utf16'` is asked for.
 */
export interface SpacyRecord {
  id?: unknown;
  text: string;
  entities: [start: number, end: number, label: EntityType][];
}

export function toSpacyRecord(doc: Document, id?: unknown, options: OffsetOptions = {}): SpacyRecord {
  const at = offsetConverter(doc.text, options.offsets ?? 'codepoint');
  const entities = doc.mentions.map((m): [number, number, EntityType] => [at(m.start), at(m.end), m.type]);
  return id === undefined || id === null ? { text: doc.text, entities } : { id, text: doc.text, entities };
}

export function formatSpacy(doc: Document, id?: unknown, options: OffsetOptions = {}): string {
  return JSON.stringify(toSpacyRecord(doc, id, options));
}
