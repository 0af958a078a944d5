import type { Annotator } from '../annotator.js';
import { render } from '../format/index.js';

/** One unit of work: a JSON line (parsed where it is annotated, off the main thread) or a whole text. */
export type Item =
  | { kind: 'line'; file: string; line: number; raw: string }
  | { kind: 'text'; file: string; text: string; label?: string };

export interface RenderOptions {
  format: string;
}

/** What one item gives: the output line, and the error when the item was bad (an error record is then the output). */
export interface Outcome {
  out: string;
  error?: string;
}

export function processItem(annotator: Annotator, options: RenderOptions, item: Item): Outcome {
  if (item.kind === 'text') return { out: render(options.format, annotator.annotate(item.text), item.label) };
  let record: { id?: unknown; text?: unknown };
  try {
    record = JSON.parse(item.raw);
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') throw new Error('expected {"id", "text"} with a string text');
  } catch (error) {
    return errorRecord(item, (error as Error).message);
  }
  try {
    return { out: render(options.format, annotator.annotate(record.text as string), record.id ?? null) };
  } catch (error) {
    // Never silently drop a line: a failure inside annotate is an error record too.
    return errorRecord(item, `annotate failed: ${(error as Error).message}`);
  }
}

function errorRecord(item: { file: string; line: number }, error: string): Outcome {
  return { out: JSON.stringify({ id: null, file: item.file, line: item.line, error }), error };
}

export const processBatch = (annotator: Annotator, options: RenderOptions, items: readonly Item[]) =>
  items.map((item) => processItem(annotator, options, item));
