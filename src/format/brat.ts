import type { Document, EntityType, QuoteKind, Span } from '../types.js';
import type { OffsetOptions } from './jsonl.js';
import { offsetConverter } from './offsets.js';

/**
 * brat standoff (.ann) for the document's text as the .txt beside it:
 *   T1	PER 0 15	Кирилл Дмитриев      a mention
 *   #1	AnnotatorNotes T1	per:…      its entity id
 *   T5	Quote 20 80	…                    a quote's content
 *   A1	Kind T5 direct                   its kind
 *   T6	Speaker 90 98	министра          a speaker span that is not a mention
 *   R1	SaidBy Arg1:T5 Arg2:T1           the quote's speaker
 * brat forbids line breaks inside an annotation, so a span across lines is written as
 * fragments `start end;start end`, one per line. One document per .ann: the id is not written.
 * brat's server is Python, which counts code points: for texts with emoji or other characters
 * outside the BMP, pass `{ offsets: 'codepoint' }`.
 */
export function formatBrat(doc: Document, options: OffsetOptions = {}): string {
  const at = offsetConverter(doc.text, options.offsets);
  const lines: string[] = [];
  const counters = { T: 0, A: 0, R: 0, '#': 0 };
  const next = (kind: keyof typeof counters) => `${kind}${++counters[kind]}`;
  const textBound = (type: string, span: Span): string => {
    const id = next('T');
    const fragments = bratFragments(doc.text, span);
    // A tab would start a fourth column: the surface is written with a space in its place.
    const text = fragments.map(([s, e]) => doc.text.slice(s, e)).join(' ').replace(/\t/g, ' ');
    lines.push(`${id}\t${type} ${fragments.map(([s, e]) => `${at(s)} ${at(e)}`).join(';')}\t${text}`);
    return id;
  };

  const byOffsets = new Map<string, string>();
  for (const m of doc.mentions) {
    const id = textBound(m.type, m);
    byOffsets.set(`${m.start}:${m.end}`, id);
    // A user dictionary's id may hold any character; a line break would start a new line.
    lines.push(`${next('#')}\tAnnotatorNotes ${id}\t${m.entity.replace(LINE_BREAK, ' ').replace(/\t/g, ' ')}`);
  }
  for (const q of doc.quotes) {
    const id = textBound('Quote', q.content);
    lines.push(`${next('A')}\tKind ${id} ${q.kind}`);
    if (!q.speaker) continue;
    const speaker = byOffsets.get(`${q.speaker.start}:${q.speaker.end}`) ?? textBound('Speaker', q.speaker);
    byOffsets.set(`${q.speaker.start}:${q.speaker.end}`, speaker);
    lines.push(`${next('R')}\tSaidBy Arg1:${id} Arg2:${speaker}`);
  }
  return lines.join('\n');
}

// Every character Python's splitlines() breaks on: brat is written in Python.
const LINE_BREAK = /[\n\v\f\r\x1c-\x1e\u0085\u2028\u2029]+/g;

/** A span cut at line breaks into [start, end) pieces, each trimmed of the spaces next to the break. */
export function bratFragments(text: string, span: Span): [number, number][] {
  const fragments: [number, number][] = [];
  const surface = text.slice(span.start, span.end);
  let from = 0;
  const push = (s: number, e: number) => {
    // Only the edges next to a break: the span's own start and end stay where they are.
    if (s > 0) while (s < e && /\s/.test(surface[s]!)) s++;
    if (e < surface.length) while (e > s && /\s/.test(surface[e - 1]!)) e--;
    if (e > s) fragments.push([span.start + s, span.start + e]);
  };
  for (const match of surface.matchAll(LINE_BREAK)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, surface.length);
  // A span of nothing but line breaks is not valid brat either way; keep its offsets.
  return fragments.length > 0 ? fragments : [[span.start, span.end]];
}

export interface BratAnnotations {
  mentions: { start: number; end: number; type: EntityType; entity: string | null }[];
  quotes: { kind: QuoteKind | null; content: Span; speaker: Span | null }[];
}

/**
 * Reads formatBrat's output back into spans: a fragmented annotation covers its first
 * fragment's start to its last one's end. Lines of other kinds are ignored.
 */
export function parseBrat(ann: string): BratAnnotations {
  const spans = new Map<string, { type: string; span: Span }>();
  const kinds = new Map<string, QuoteKind>();
  const notes = new Map<string, string>();
  const saidBy = new Map<string, string>();
  for (const line of ann.split(/\r?\n/)) {
    const [id = '', body = '', rest = ''] = line.split('\t');
    const [f0 = '', f1 = '', f2 = ''] = body.split(' ');
    if (id.startsWith('T')) {
      const offsets = body.split(/[ ;]/).slice(1).map(Number);
      spans.set(id, { type: f0, span: { start: offsets[0]!, end: offsets[offsets.length - 1]! } });
    } else if (id.startsWith('A') && f0 === 'Kind') {
      kinds.set(f1, f2 as QuoteKind);
    } else if (id.startsWith('#') && f0 === 'AnnotatorNotes') {
      notes.set(f1, rest);
    } else if (id.startsWith('R') && f0 === 'SaidBy') {
      saidBy.set(f1.replace('Arg1:', ''), f2.replace('Arg2:', ''));
    }
  }
  const result: BratAnnotations = { mentions: [], quotes: [] };
  for (const [id, { type, span }] of spans) {
    if (type === 'PER' || type === 'ORG' || type === 'LOC') result.mentions.push({ ...span, type, entity: notes.get(id) ?? null });
    if (type === 'Quote') {
      const speaker = saidBy.get(id);
      result.quotes.push({ kind: kinds.get(id) ?? null, content: span, speaker: speaker ? (spans.get(speaker)?.span ?? null) : null });
    }
  }
  return result;
}
