import type { Document, Span } from '../types.js';

/**
 * The text cut into properly nested pieces for markup: quotes outside, mentions and the
 * pronouns that refer to entities (references) inside.
 * HTML elements cannot cross, so:
 * - of overlapping mentions the earlier one is kept (mentions should not overlap anyway);
 * - a quote that a mention crosses is shrunk to stop short of that mention;
 * - of overlapping quotes (after that) the one starting first, or the longer, is kept.
 * Skipped spans are still listed in the page's side panel; only their highlight is lost.
 */
export type Piece =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'mention'; index: number; start: number; end: number }
  | { kind: 'reference'; entity: string; start: number; end: number }
  | { kind: 'quote'; index: number; start: number; end: number; children: Piece[] };

export function layoutPieces(doc: Document): Piece[] {
  const marks: Array<Extract<Piece, { kind: 'mention' | 'reference' }>> = [
    ...doc.mentions.map((m, index) => ({ kind: 'mention' as const, index, start: m.start, end: m.end })),
    ...doc.entities.flatMap((e) => (e.references ?? []).map((r) => ({ kind: 'reference' as const, entity: e.id, start: r.start, end: r.end }))),
  ];
  const mentions = keepDisjoint(marks, doc.text.length);
  const quotes = keepDisjoint(
    doc.quotes.map((q, index) => ({ index, ...shrinkPast(q.content, mentions) })),
    doc.text.length,
  );
  const pieces: Piece[] = [];
  let at = 0;
  let m = 0;
  // Text and mentions in [at, end), advancing the mention cursor.
  const fill = (into: Piece[], end: number) => {
    for (; m < mentions.length && mentions[m]!.end <= end; m++) {
      const mention = mentions[m]!;
      if (mention.start > at) into.push({ kind: 'text', start: at, end: mention.start });
      into.push(mention);
      at = mention.end;
    }
    if (end > at) into.push({ kind: 'text', start: at, end });
    at = end;
  };
  for (const q of quotes) {
    fill(pieces, q.start);
    const children: Piece[] = [];
    fill(children, q.end);
    pieces.push({ kind: 'quote', ...q, children });
  }
  fill(pieces, doc.text.length);
  return pieces;
}

/** The span moved off any mention crossing its start or its end. */
function shrinkPast(span: Span, mentions: readonly Span[]): Span {
  let { start, end } = span;
  for (const m of mentions) {
    if (m.start < start && start < m.end) start = m.end;
    if (m.start < end && end < m.end) end = m.start;
  }
  return { start, end };
}

/** Valid, non-empty spans in text order, dropping any that overlaps one already kept. */
function keepDisjoint<T extends Span>(spans: readonly T[], length: number): T[] {
  const sorted = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const s of sorted) if (kept.length === 0 || s.start >= kept[kept.length - 1]!.end) kept.push(s);
  return kept;
}
