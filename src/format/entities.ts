import type { Document, EntityType } from '../types.js';

/**
 * The entity list of one document, for an index that stores things rather than spans:
 * one JSON line per document, entities in order of first mention.
 */
export interface EntityRecord {
  id: unknown;
  entities: {
    id: string;
    type: EntityType;
    name: string;
    aliases: string[];
    mentionCount: number;
    /** Pronouns that refer to it (Entity.references): with mentionCount, how much the text is about it. */
    referenceCount: number;
    /** Start of the first mention; null for an entity without mentions. */
    firstOffset: number | null;
    /** Quotes whose speakerEntity is this entity. */
    quoteCount: number;
  }[];
}

export function toEntityRecord(id: unknown, doc: Document): EntityRecord {
  const quotes = new Map<string, number>();
  for (const q of doc.quotes) if (q.speakerEntity) quotes.set(q.speakerEntity, (quotes.get(q.speakerEntity) ?? 0) + 1);
  return {
    id,
    entities: doc.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      mentionCount: e.mentions.length,
      referenceCount: e.references.length,
      // A loop, not Math.min(...spread): a long document can give an entity more mentions than the stack holds arguments.
      firstOffset: e.mentions.reduce<number | null>((min, m) => (min === null || m.start < min ? m.start : min), null),
      quoteCount: quotes.get(e.id) ?? 0,
    })),
  };
}

export function formatEntities(doc: Document, id?: unknown): string {
  return JSON.stringify(toEntityRecord(id ?? null, doc));
}
