import type { Document, EntityType, QuoteKind, Span } from '../types.js';

/**
 * The indexing record: one JSON line per document. Pipelines and our evaluation read
 * these field names; keep them stable.
 */
export interface JsonRecord {
  id: unknown;
  entities: { id: string; type: EntityType; name: string; aliases: string[] }[];
  mentions: { start: number; end: number; text: string; type: EntityType; entity: string }[];
  quotes: {
    kind: QuoteKind;
    content: Span;
    cue: Span | null;
    speaker: Span | null;
    speakerEntity: string | null;
  }[];
}

export function toJsonRecord(id: unknown, doc: Document): JsonRecord {
  return {
    id,
    entities: doc.entities.map(({ id: entityId, type, name, aliases }) => ({ id: entityId, type, name, aliases })),
    mentions: doc.mentions.map(({ start, end, text, type, entity }) => ({ start, end, text, type, entity })),
    quotes: doc.quotes.map(({ kind, content, cue, speaker, speakerEntity }) => ({ kind, content, cue, speaker, speakerEntity })),
  };
}
