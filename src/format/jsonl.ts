import type { Document, EntityType, QuoteKind, Span, Warning } from '../types.js';
import { offsetConverter, type OffsetUnit } from './offsets.js';

/** How offsets are counted in a rendering: UTF-16 code units (default) or code points. */
export interface OffsetOptions {
  offsets?: OffsetUnit;
}

/**
 * The indexing record: one JSON line per document, everything a pipeline stores without the
 * text's tokens. Pipelines and our evaluation read these field names; keep them stable (new
 * fields may come, none goes).
 */
export interface JsonRecord {
  id: unknown;
  entities: { id: string; type: EntityType; name: string; aliases: string[] }[];
  mentions: { start: number; end: number; text: string; type: EntityType; entity: string }[];
  /** Pronouns that stand for an entity (Entity.references of all entities), in text order. */
  references: { start: number; end: number; text: string; entity: string }[];
  quotes: {
    kind: QuoteKind;
    /** The quote's words: the text of `content`. */
    text: string;
    content: Span;
    cue: Span | null;
    speaker: Span | null;
    speakerEntity: string | null;
    /** The speaker in the nominative (an entity's name, or a phrase such as «источник в правительстве»). */
    speakerName: string | null;
    pattern: string;
  }[];
  warnings: Warning[];
}

export function toJsonRecord(id: unknown, doc: Document, options: OffsetOptions = {}): JsonRecord {
  const at = offsetConverter(doc.text, options.offsets);
  const span = (s: Span): Span => ({ start: at(s.start), end: at(s.end) });
  return {
    id,
    entities: doc.entities.map(({ id: entityId, type, name, aliases }) => ({ id: entityId, type, name, aliases })),
    mentions: doc.mentions.map(({ start, end, text, type, entity }) => ({ start: at(start), end: at(end), text, type, entity })),
    references: doc.entities
      .flatMap((e) => e.references)
      .sort((a, b) => a.start - b.start)
      .map(({ start, end, text, entity }) => ({ start: at(start), end: at(end), text, entity })),
    quotes: doc.quotes.map(({ kind, content, cue, speaker, speakerEntity, speakerName, pattern }) => ({
      kind,
      text: doc.text.slice(content.start, content.end),
      content: span(content),
      cue: cue && span(cue),
      speaker: speaker && span(speaker),
      speakerEntity,
      speakerName,
      pattern,
    })),
    warnings: doc.warnings,
  };
}
