import type { Annotator } from '../annotator.js';
import { render, renderFiles, type RenderOptions as FormatOptions } from '../format/index.js';

/** One unit of work: a JSON line (parsed where it is annotated, off the main thread) or a whole text. */
export type Item =
  | { kind: 'line'; file: string; line: number; raw: string }
  | { kind: 'text'; file: string; text: string; label?: string };

export interface RenderOptions extends FormatOptions {
  format: string;
  /** --out-dir: the output is `{"id", "files"}`, the document's files by extension, for out-dir.ts to write. */
  files?: boolean;
  /** --time-budget: what one document may take, in milliseconds (annotate's timeBudgetMs). */
  timeBudgetMs?: number;
}

/** What one item gives: the output line, and the error when the item was bad (an error record is then the output). */
export interface Outcome {
  out: string;
  error?: string;
  /** A note for stderr (the text does not look Russian), with where it came from. */
  warning?: string;
}

function annotated(annotator: Annotator, options: RenderOptions, text: string, id: unknown, where: string): Outcome {
  const doc = annotator.annotate(text, options.timeBudgetMs === undefined ? undefined : { timeBudgetMs: options.timeBudgetMs });
  const out = options.files ? JSON.stringify({ id, files: renderFiles(options.format, doc, id, options) }) : render(options.format, doc, id, options);
  return doc.warnings.length > 0 ? { out, warning: `${where}: ${doc.warnings.map((w) => w.message).join('; ')}` } : { out };
}

export function processItem(annotator: Annotator, options: RenderOptions, item: Item): Outcome {
  if (item.kind === 'text') {
    try {
      return annotated(annotator, options, item.text, item.label, item.file);
    } catch (error) {
      // As for a line: the failure is said in the output, in its place, and the run goes on.
      const message = `annotate failed: ${(error as Error).message}`;
      return { out: JSON.stringify({ id: item.label ?? null, file: item.file, error: message }), error: message };
    }
  }
  let record: { id?: unknown; text?: unknown };
  try {
    record = JSON.parse(item.raw);
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') throw new Error('expected {"id", "text"} with a string text');
  } catch (error) {
    return errorRecord(item, (error as Error).message);
  }
  try {
    return annotated(annotator, options, record.text as string, record.id ?? null, `${item.file}:${item.line}`);
  } catch (error) {
    // Never silently drop a line: a failure inside annotate is an error record too.
    return errorRecord(item, `annotate failed: ${(error as Error).message}`);
  }
}

function errorRecord(item: { file: string; line: number }, error: string): Outcome {
  return { out: JSON.stringify({ id: null, file: item.file, line: item.line, error }), error };
}

/**
 * The error record of an item that could not be annotated at all (its worker thread died on
 * it), also said on stderr. A line's id is read from it when it parses.
 */
export function failedOutcome(item: Item, error: string): Outcome {
  const where = item.kind === 'line' ? `${item.file}:${item.line}` : item.file;
  if (item.kind === 'text') return { out: JSON.stringify({ id: item.label ?? null, file: item.file, error }), error, warning: `${where}: ${error}` };
  let id: unknown = null;
  try {
    id = (JSON.parse(item.raw) as { id?: unknown }).id ?? null;
  } catch {
    // not JSON: no id to give
  }
  return { out: JSON.stringify({ id, file: item.file, line: item.line, error }), error, warning: `${where}: ${error}` };
}

export const processBatch = (annotator: Annotator, options: RenderOptions, items: readonly Item[]) =>
  items.map((item) => processItem(annotator, options, item));
