import type { Document, EntityType } from '../types.js';

/**
 * CoNLL-style BIO: one `token<TAB>tag` line per token, a blank line after each sentence,
 * tags B-PER / I-PER / … / O from the mentions. With an id, a first comment line
 * `# id = …` (a comment has no tab, so no token line can be mistaken for one).
 */
export function formatConll(doc: Document, id?: unknown): string {
  const tags = bioTags(doc);
  const lines: string[] = [];
  if (id !== undefined && id !== null) lines.push(`# id = ${String(id).replace(/[\t\r\n]+/g, ' ')}`);
  for (const sentence of doc.sentences) {
    for (let t = sentence.tokens[0]; t < sentence.tokens[1]; t++) lines.push(`${doc.tokens[t]!.text}\t${tags[t]}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** One tag per token: the first token a mention touches is B-, the others I-. */
export function bioTags(doc: Document): string[] {
  const tags = doc.tokens.map(() => 'O');
  let t = 0;
  for (const m of doc.mentions) {
    while (t < doc.tokens.length && doc.tokens[t]!.end <= m.start) t++;
    for (let u = t; u < doc.tokens.length && doc.tokens[u]!.start < m.end; u++) tags[u] = `${u === t ? 'B' : 'I'}-${m.type}`;
  }
  return tags;
}

export interface ConllSentences {
  tokens: string[];
  tags: string[];
  /** Each sentence as tokens[from, to). */
  sentences: [from: number, to: number][];
}

/** Reads formatConll's output (or any `token<TAB>tag` file) back. */
export function parseConll(text: string): ConllSentences {
  const tokens: string[] = [];
  const tags: string[] = [];
  const sentences: [number, number][] = [];
  let from = 0;
  const close = () => {
    if (tokens.length > from) sentences.push([from, tokens.length]);
    from = tokens.length;
  };
  for (const line of text.split(/\r?\n/)) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) {
      if (line.trim() === '') close();
      continue; // a `# …` comment
    }
    tokens.push(line.slice(0, tab));
    tags.push(line.slice(tab + 1));
  }
  close();
  return { tokens, tags, sentences };
}

export interface TokenSpan {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  type: EntityType;
}

/** BIO tags → spans over token indices. An I- without a matching B- opens a span, as conlleval does. */
export function bioToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = [tag.slice(0, 2), tag.slice(2) as EntityType];
    if (open && prefix === 'I-' && type === open.type) {
      open.end = i + 1;
      return;
    }
    open = prefix === 'B-' || prefix === 'I-' ? { start: i, end: i + 1, type } : null;
    if (open) spans.push(open);
  });
  return spans;
}
