import { GazetaError } from '../errors.js';
import type { Document, Span } from '../types.js';

/**
 * What an offset counts: UTF-16 code units (JavaScript string indices, the Document's own) or
 * Unicode code points (Python `str` indices, as spaCy, brat's server and most Python tools
 * read them). The two differ only after a character outside the Basic Multilingual Plane
 * (emoji, some CJK): each such character is two UTF-16 units and one code point.
 */
export type OffsetUnit = 'utf16' | 'codepoint';

export const OFFSET_UNITS: readonly OffsetUnit[] = ['utf16', 'codepoint'];

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * A function from UTF-16 offsets in `text` to offsets in `unit`. One pass over the text when
 * it has a surrogate, none otherwise. An offset between the halves of a pair (which no span of
 * a Document has) maps to the pair's code point.
 */
export function offsetConverter(text: string, unit: OffsetUnit = 'utf16'): (offset: number) => number {
  if (!OFFSET_UNITS.includes(unit)) throw new GazetaError('INVALID_OPTIONS', `offsets must be utf16 or codepoint, not ${String(unit)}`);
  if (unit === 'utf16' || !SURROGATE.test(text)) return (offset) => offset;
  const points = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    points[i] = count;
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; a lone half counts as one.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) points[++i] = count;
    }
    count++;
  }
  points[text.length] = count;
  return (offset) => points[offset]!;
}

/**
 * The Document with every offset (tokens, sentences, mentions, references, quotes) in `unit`.
 * With 'codepoint', `[...text].slice(start, end).join('')` is a span's surface, no longer
 * `text.slice(start, end)`: convert last, just before the Document leaves JavaScript. With
 * 'utf16' the Document itself is returned.
 */
export function convertOffsets(doc: Document, unit: OffsetUnit): Document {
  const at = offsetConverter(doc.text, unit);
  if (unit === 'utf16' || at(doc.text.length) === doc.text.length) return doc;
  const span = <T extends Span>(s: T): T => ({ ...s, start: at(s.start), end: at(s.end) });
  const maybe = (s: Span | null) => (s ? span(s) : null);
  return {
    ...doc,
    tokens: doc.tokens.map(span),
    sentences: doc.sentences.map(span),
    mentions: doc.mentions.map(span),
    entities: doc.entities.map((e) => ({ ...e, mentions: e.mentions.map(span), references: e.references.map(span) })),
    quotes: doc.quotes.map((q) => ({ ...q, content: span(q.content), cue: maybe(q.cue), speaker: maybe(q.speaker) })),
  };
}
