import type { MarkPair, Token } from '../types.js';
import { hasLineBreak } from './chars.js';

/**
 * Pairs quotation marks by type, with nesting («… „…“ …», “…”, "…"), tolerating marks
 * that never close, in one pass with one stack. A quote may run over several paragraphs
 * when each continued paragraph opens with « and only the last one closes. The only
 * pairing of quotation marks in gazeta: every stage reads its pairs from the document index.
 */

interface Open {
  token: number;
  closers: string;
  /** The closing mark of the last straight-marked quotation closed right inside this one, or -1. */
  innerClose?: number;
}

/** Paragraphs a statement's quotation may run on past its first before its closing mark. */
const PENDING_PARAGRAPHS = 4;

const OPENERS: Record<string, string> = { '«': '»', '„': '“”', '“': '”', '‘': '’', '‹': '›' };
const SYMMETRIC = new Set(['"', "'"]);

/** Line breaks as splitSentences counts them: CRLF, LF, a lone CR (old Mac files), U+2028/2029. */
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;

/**
 * A paragraph break: a blank line, or a line break before a line that opens with a quote
 * mark or a dash (a new quote or dialogue line). Open marks are dropped there; a wrapped line
 * inside a quote («Мы готовы.¶Но не на любых условиях», — добавил он) keeps it open.
 */
export function isParagraphBreak(text: string, from: number, to: number, next: Token): boolean {
  // Asked between every two tokens, and most gaps are a space or nothing: those are read in place.
  if (!hasLineBreak(text, from, to)) return false;
  const gap = text.slice(from, to).replace(LINE_BREAK, '\n');
  if (!gap.includes('\n')) return false;
  return /\n\s*\n/.test(gap) || next.kind === 'quote' || next.kind === 'dash';
}

/**
 * Two or more glued apostrophes are wiki markup (''курсив'', '''полужирный'''), common in
 * Wikinews text, not quotation marks: ''«П»'' is the quotation «П» set in italics.
 */
export function isWikiMarkup(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text !== "'") return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (next?.text === "'" && next.start === t.end) || (prev?.text === "'" && prev.end === t.start);
}

/** A straight mark opens when it is not glued to the word before it. */
function opensHere(text: string, token: Token): boolean {
  const before = token.start > 0 ? text.charAt(token.start - 1) : ' ';
  const after = text.charAt(token.end);
  return /[\s(\[«„“—–-]/.test(before) && !/\s/.test(after);
}

/**
 * The pairs, sorted by opening token; `paragraphOf` maps a token to its paragraph (see
 * isParagraphBreak), `lineOf` to its line.
 */
export function pairQuoteMarks(text: string, tokens: readonly Token[], paragraphOf: Int32Array, lineOf?: Int32Array): MarkPair[] {
  const pairs: MarkPair[] = [];
  const stack = new OpenStack();
  // «…¶…¶…»: a statement's opening guillemet dropped at a paragraph break, kept for a closing
  // mark that closes nothing in the paragraphs after it (see the loop).
  let pending: { token: number; closers: string; paragraphs: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // «…шепнул на ухо: "Мам, я этого не делал!" - цитирует издание¶»: one straight mark closed
    // both quotations; a straight mark still open at the end of its line closes there, or it
    // would pair with the next line's opening mark and swallow the narration between. A line
    // that opens with a mark may continue the quotation (see below).
    if (lineOf && i > 0 && lineOf[i] !== lineOf[i - 1] && stack.length > 0 && token.kind !== 'quote') closeShared(text, tokens, stack, stack.firstSymmetric(), pairs);
    const newParagraph = i > 0 && paragraphOf[i] !== paragraphOf[i - 1];
    if (newParagraph && pending && ++pending.paragraphs > PENDING_PARAGRAPHS) pending = null;
    if (newParagraph && stack.length > 0) {
      // «… ¶ «… »: the continuing paragraph's opening mark repeats the open quote («, “ or "),
      // which itself opened a paragraph or followed a colon (сказал: «…¶«…»).
      const first = stack.at(0);
      if (token.text === tokens[first.token]!.text && opensStatement(text, tokens, first.token)) {
        stack.truncate(1);
        continue;
      }
      // A single guillemet that opened a statement and runs on over a paragraph whose first mark
      // does not repeat it («Мы готовы.¶Но условия …»): it may close further on.
      pending = stack.length === 1 && !SYMMETRIC.has(tokens[first.token]!.text) && (opensStatement(text, tokens, first.token) || opensReport(tokens, first.token))
        ? { token: first.token, closers: first.closers, paragraphs: 0 } : null;
      closeShared(text, tokens, stack, stack.firstSymmetric(), pairs);
      stack.truncate(0);
    }
    if (token.kind !== 'quote' || isWikiMarkup(tokens, i)) continue;
    const mark = token.text;
    const top = stack.length > 0 ? stack.at(stack.length - 1) : undefined;
    if (top && top.closers.includes(mark) && !(SYMMETRIC.has(mark) && opensHere(text, token) && !closesHere(text, token))) {
      stack.truncate(stack.length - 1);
      pairs.push({ open: top.token, close: i, depth: stack.length });
      const outer = stack.length > 0 ? stack.at(stack.length - 1) : undefined;
      if (outer && SYMMETRIC.has(mark) && outer.closers === mark) outer.innerClose = i;
      continue;
    }
    // A closer whose opener is further down the stack closes the marks above it too.
    const deeper = SYMMETRIC.has(mark) ? -1 : stack.outermostClosedBy(mark);
    if (deeper >= 0) {
      const opener = stack.at(deeper);
      stack.truncate(deeper);
      pairs.push({ open: opener.token, close: i, depth: stack.length });
      continue;
    }
    // The closing mark of a statement that ran over several paragraphs (it closes nothing else).
    if (pending && stack.length === 0 && pending.closers.includes(mark) && !OPENERS[mark]) {
      pairs.push({ open: pending.token, close: i, depth: 0 });
      pending = null;
      continue;
    }
    // A quotation opening first means the statement's mark was never closed.
    pending = null;
    if (OPENERS[mark]) stack.push({ token: i, closers: OPENERS[mark] });
    else if (SYMMETRIC.has(mark) && opensHere(text, token)) stack.push({ token: i, closers: mark });
  }
  if (lineOf && stack.length > 0) closeShared(text, tokens, stack, stack.firstSymmetric(), pairs);
  return pairs.sort((a, b) => a.open - b.open);
}

/**
 * Drops the open marks from `from` up, as a line ends. «"…шепнул: "Мам, я не делал!" - цитирует
 * издание»: one straight mark closed both quotations; an outer straight quotation still open
 * whose inner one closed right before a dash (the attribution of dialogue) ends at that mark too.
 */
function closeShared(text: string, tokens: readonly Token[], stack: OpenStack, from: number, pairs: MarkPair[]): void {
  const outer = from < stack.length ? stack.at(from) : undefined;
  const close = outer?.innerClose ?? -1;
  if (outer && close >= 0 && SYMMETRIC.has(tokens[outer.token]!.text) && dashAfter(tokens, close)) pairs.push({ open: outer.token, close, depth: from });
  stack.truncate(from);
}

/** A dash, or a comma and a dash, right after token k (…!" - цитирует; …", — сказал). */
function dashAfter(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next?.kind === 'dash') return true;
  return next?.text === ',' && tokens[k + 2]?.kind === 'dash';
}

/**
 * The open marks, with an index from each closing mark to the openers it closes, so that
 * finding the outermost one is constant time: 100 000 unclosed « must not cost 100 000²/2
 * comparisons. Every mark is pushed and removed at most once.
 */
class OpenStack {
  private readonly opens: Open[] = [];
  /** Closing mark → stack positions of the openers it closes, ascending. */
  private readonly byCloser = new Map<string, number[]>();

  get length(): number {
    return this.opens.length;
  }

  at(index: number): Open {
    return this.opens[index]!;
  }

  push(open: Open): void {
    for (const closer of open.closers) {
      let positions = this.byCloser.get(closer);
      if (!positions) this.byCloser.set(closer, (positions = []));
      positions.push(this.opens.length);
    }
    this.opens.push(open);
  }

  /** Drops the marks from `length` up. */
  truncate(length: number): void {
    while (this.opens.length > length) {
      // The popped mark is the highest position, so it is last in each of its closers' lists.
      for (const closer of this.opens.pop()!.closers) this.byCloser.get(closer)!.pop();
    }
  }

  /** Position of the outermost open straight mark (" or '), or the stack's length when none is open. */
  firstSymmetric(): number {
    const positions = this.byCloser.get('"')?.[0] ?? this.opens.length;
    return Math.min(positions, this.byCloser.get("'")?.[0] ?? this.opens.length);
  }

  /** Position of the outermost open mark that `mark` closes, or -1. */
  outermostClosedBy(mark: string): number {
    return this.byCloser.get(mark)?.[0] ?? -1;
  }
}

/** The mark opens its paragraph, or follows a colon (past wiki markup: сказал: ''«…). */
function opensStatement(text: string, tokens: readonly Token[], mark: number): boolean {
  // Markup is two, three or five apostrophes: a longer run is not looked through, so a paragraph
  // start never walks back over an unbounded run.
  let k = mark - 1;
  while (k >= 0 && k >= mark - 5 && isWikiMarkup(tokens, k)) k--;
  return (k >= 0 && tokens[k]!.text === ':') || opensParagraph(text, tokens[mark]!);
}

/**
 * «Как пояснил X, «П1.¶П2»», «X заявил, что «П1.¶П2»»: a guillemet after a comma or «что» opens
 * the words a frame or a cue reports, which may run on over paragraphs as a statement does.
 */
function opensReport(tokens: readonly Token[], mark: number): boolean {
  const before = tokens[mark - 1];
  return !!before && (before.text === ',' || (before.kind === 'word' && REPORT_CONJUNCTIONS.has(before.text.toLowerCase())));
}

/** Conjunctions that open reported words (заявил, что «…»). */
const REPORT_CONJUNCTIONS = new Set(['что']);

/** Only spaces stand between the mark and the start of its line (or of the text). */
function opensParagraph(text: string, token: Token): boolean {
  // Scans back from the mark rather than slicing the line: a megabyte-long line before it
  // must not be copied at every paragraph.
  for (let k = token.start - 1; k >= 0; k--) {
    const c = text.charAt(k);
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

function closesHere(text: string, token: Token): boolean {
  const after = token.end < text.length ? text.charAt(token.end) : ' ';
  return /[\s.,;:!?)\]»—–-]/.test(after);
}
