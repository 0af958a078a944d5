import type { Document, Span, Token } from '../types.js';
import { tokenize } from './tokenize.js';

/**
 * Wiki link markup «Об этом [https://… сообщает] сайт»: the link text is part of the sentence
 * (often its speech verb), the brackets and the address are not. The rules read the text with
 * the markup blanked out (same length, so every offset holds), and the markup is given back
 * its tokens afterwards, so the Document still covers every character. A reference glued to
 * the word before (опровергнуто[https://… Заголовок статьи]) and long link texts are citations,
 * not words of the sentence, and stay as they are.
 */
const LINK = /\[(?:https?:\/\/|www\.)[^\s\]]+[ \t]+([^\s[\]][^[\]\n]{0,59}?)\]/gi;

export interface LinkMarkup {
  masked: string;
  /** The markup blanked: «[» with the address, and «]». */
  marks: Span[];
}

export function maskLinkMarkup(text: string): LinkMarkup | null {
  if (!text.includes('[')) return null;
  const marks: Span[] = [];
  for (const m of text.matchAll(LINK)) {
    const at = m.index;
    if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
    const end = at + m[0].length;
    const inner = end - 1 - m[1]!.length;
    const urlEnd = text.slice(at, inner).trimEnd().length + at;
    marks.push({ start: at, end: urlEnd }, { start: end - 1, end });
  }
  if (marks.length === 0) return null;
  let masked = '';
  let from = 0;
  for (const s of marks) {
    masked += text.slice(from, s.start) + ' '.repeat(s.end - s.start);
    from = s.end;
  }
  return { masked: masked + text.slice(from), marks };
}

/** The document read from the masked text, over the original text: markup tokens put back, token ranges renumbered. */
export function restoreLinkMarkup(doc: Document, text: string, marks: readonly Span[]): Document {
  const markup: Token[] = marks.flatMap((s) => tokenize(text.slice(s.start, s.end)).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start })));
  const tokens: Token[] = [];
  const renumbered: number[] = [];
  let m = 0;
  for (const t of doc.tokens) {
    while (m < markup.length && markup[m]!.start < t.start) tokens.push(markup[m++]!);
    renumbered.push(tokens.length);
    tokens.push(t);
  }
  while (m < markup.length) tokens.push(markup[m++]!);
  const sentences = doc.sentences.map((s, i) => {
    const from = i === 0 ? 0 : renumbered[s.tokens[0]]!;
    const next = doc.sentences[i + 1];
    const to = next ? renumbered[next.tokens[0]]! : tokens.length;
    return { start: tokens[from]!.start, end: tokens[to - 1]!.end, tokens: [from, to] as [number, number] };
  });
  const seen = new Set<object>();
  const remap = (mention: Document['mentions'][number]) => {
    if (seen.has(mention)) return;
    seen.add(mention);
    mention.tokens = [renumbered[mention.tokens[0]]!, renumbered[mention.tokens[1] - 1]! + 1];
    // A mention may run over a blanked mark («[… Иван] Петров»): its text is the original's.
    mention.text = text.slice(mention.start, mention.end);
  };
  doc.mentions.forEach(remap);
  for (const e of doc.entities) e.mentions.forEach(remap);
  return { ...doc, text, tokens, sentences };
}
