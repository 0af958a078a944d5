import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Corpus {
  /** Where the texts came from, printed with the figures. */
  source: string;
  texts: string[];
}

const MIN_FALLBACK_CHARS = 5_000_000;

/**
 * The fixed corpus: every "text" in ../shared/eval/*.jsonl (or $GAZETA_EVAL_DIR; read here, never copied into the
 * project), else the bundled examples repeated to 5 MB so a fresh clone still benchmarks.
 */
export function loadCorpus(root: string): Corpus {
  // GAZETA_EVAL_DIR as for the eval (a worktree has no ../shared of its own).
  const evalDir = process.env.GAZETA_EVAL_DIR ?? join(root, '..', 'shared', 'eval');
  const files = existsSync(evalDir) ? readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort() : [];
  if (files.length > 0) {
    const texts = files.flatMap((f) => jsonlTexts(readFileSync(join(evalDir, f), 'utf8')));
    return { source: `${evalDir} (${files.join(', ')})`, texts };
  }
  const examplesDir = join(root, 'examples');
  const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(examplesDir, f), 'utf8'));
  if (totalChars(examples) === 0) throw new Error(`no corpus: neither ${evalDir} nor ${examplesDir}/*.txt`);
  const texts: string[] = [];
  for (let chars = 0; chars < MIN_FALLBACK_CHARS; chars += examples.reduce((n, t) => n + t.length, 0)) texts.push(...examples);
  return { source: `examples/*.txt ×${texts.length / examples.length}`, texts };
}

function jsonlTexts(content: string): string[] {
  return content.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text?: unknown })
    .flatMap((r) => (typeof r.text === 'string' ? [r.text] : []));
}

/** The corpus glued into one long document, paragraphs apart, until it reaches `chars`. */
export function concatenate(texts: readonly string[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const text = texts[i % texts.length]!;
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n');
}

/** Cuts a text into pieces of about `size` chars, at line ends where possible. */
export function chunk(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let from = 0; from < text.length;) {
    const newline = text.indexOf('\n', from + size);
    const to = newline === -1 || newline > from + 2 * size ? Math.min(text.length, from + size) : newline + 1;
    pieces.push(text.slice(from, to));
    from = to;
  }
  return pieces;
}

export const totalChars = (texts: readonly string[]) => texts.reduce((n, t) => n + t.length, 0);
