import type { Token } from '../types.js';

/**
 * Pairs quotation marks by type, with nesting («… „…“ …», “…”, "…"), tolerating marks
 * that never close. A quote may run over several paragraphs when each continued
 * paragraph opens with « and only the last one closes.
 */

export interface MarkPair {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark. */
  close: number;
  /** 0 for an outermost pair. */
  depth: number;
}

interface Open {
  token: number;
  closers: string;
}

const OPENERS: Record<string, string> = { '«': '»', '„': '“”', '“': '”', '‘': '’', '‹': '›' };
const SYMMETRIC = new Set(['"', "'"]);

/**
 * Where open marks are dropped: at a blank line, and at a line break before a line that
 * opens with a quote mark or a dash (a new quote or dialogue line). A wrapped line inside a
 * quote («Мы готовы.¶Но не на любых условиях», — добавил он) keeps it open.
 */
function isParagraphBreak(text: string, from: number, to: number, next: Token): boolean {
  const gap = text.slice(from, to);
  if (!gap.includes('\n')) return false;
  return /\n\s*\n/.test(gap) || next.kind === 'quote' || next.kind === 'dash';
}

/** A straight mark opens when it is not glued to the word before it. */
function opensHere(text: string, token: Token): boolean {
  const before = token.start > 0 ? text.charAt(token.start - 1) : ' ';
  const after = text.charAt(token.end);
  return /[\s(\[«„“—–-]/.test(before) && !/\s/.test(after);
}

export function pairQuoteMarks(text: string, tokens: readonly Token[]): MarkPair[] {
  const pairs: MarkPair[] = [];
  let stack: Open[] = [];
  let previousEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const newParagraph = i > 0 && isParagraphBreak(text, previousEnd, token.start, token);
    previousEnd = token.end;
    if (newParagraph && stack.length > 0) {
      // «… ¶ «… »: the continuing paragraph's opening mark repeats the open quote, which
      // itself opened a paragraph.
      if (token.text === '«' && stack[0]!.closers === '»' && opensParagraph(text, tokens[stack[0]!.token]!)) {
        stack = stack.slice(0, 1);
        continue;
      }
      stack = [];
    }
    if (token.kind !== 'quote') continue;
    const mark = token.text;
    const top = stack[stack.length - 1];
    if (top && top.closers.includes(mark) && !(SYMMETRIC.has(mark) && opensHere(text, token) && !closesHere(text, token))) {
      stack.pop();
      pairs.push({ open: top.token, close: i, depth: stack.length });
      continue;
    }
    // A closer whose opener is further down the stack closes the marks above it too.
    const deeper = stack.findIndex((o) => o.closers.includes(mark) && !SYMMETRIC.has(mark));
    if (deeper >= 0) {
      const opener = stack[deeper]!;
      stack = stack.slice(0, deeper);
      pairs.push({ open: opener.token, close: i, depth: stack.length });
      continue;
    }
    if (OPENERS[mark]) push(stack, { token: i, closers: OPENERS[mark] });
    else if (SYMMETRIC.has(mark) && opensHere(text, token)) push(stack, { token: i, closers: mark });
  }
  return pairs.sort((a, b) => a.open - b.open);
}

function opensParagraph(text: string, token: Token): boolean {
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  return text.slice(lineStart, token.start).trim() === '';
}

/**
 * Real quotes nest a few levels deep; a run of thousands of «« is noise. Past MAX_DEPTH the
 * oldest open mark is given up, which keeps every step of the pairing O(MAX_DEPTH).
 */
const MAX_DEPTH = 16;

function push(stack: Open[], open: Open): void {
  if (stack.length >= MAX_DEPTH) stack.shift();
  stack.push(open);
}

function closesHere(text: string, token: Token): boolean {
  const after = token.end < text.length ? text.charAt(token.end) : ' ';
  return /[\s.,;:!?)\]»—–-]/.test(after);
}
