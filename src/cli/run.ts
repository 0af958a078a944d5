import { createReadStream, readFileSync } from 'node:fs';
import { CliError } from './cli-error.js';
import type { Input } from './inputs.js';
import { readLines } from './lines.js';
import type { Runner } from './pool.js';
import type { Item, Outcome } from './records.js';

export interface RunOptions {
  inputs: Input[];
  runner: Runner;
  /** Stop at the first bad line (exit 1) instead of writing an error record for it. */
  strict: boolean;
  /** Whole texts carry their file name into the output (several files, or a format other than text). */
  labelTexts: boolean;
  /** Writes output; resolves when the consumer can take more (back-pressure). */
  write(chunk: string): Promise<void>;
  onProgress(docs: number, bytesRead: number): void;
}

export interface RunStats {
  docs: number;
  errors: number;
}

const BATCH_DOCS = 32;
const BATCH_CHARS = 256 * 1024;

/**
 * Reads the inputs item by item, annotates them in batches (at most runner.slots batches in
 * flight) and writes the results strictly in input order. Reading waits for the oldest
 * batch's result and for its write, so neither a slow consumer nor a slow annotator lets
 * memory grow with the input.
 */
export async function run(options: RunOptions): Promise<RunStats> {
  const stats: RunStats = { docs: 0, errors: 0 };
  let bytesRead = 0;
  const inFlight: { items: Item[]; outcomes: Promise<Outcome[]> }[] = [];

  const flushOldest = async () => {
    const batch = inFlight.shift()!;
    const outcomes = await batch.outcomes;
    const bad = options.strict ? outcomes.findIndex((o) => o.error !== undefined) : -1;
    const good = bad === -1 ? outcomes : outcomes.slice(0, bad);
    if (good.length > 0) await options.write(good.map((o) => o.out).join('\n') + '\n');
    for (const o of good) if (o.warning) process.stderr.write(`gazeta: warning: ${o.warning}\n`);
    stats.docs += good.length;
    stats.errors += good.filter((o) => o.error !== undefined).length;
    options.onProgress(stats.docs, bytesRead);
    if (bad !== -1) {
      const item = batch.items[bad] as Extract<Item, { kind: 'line' }>;
      throw new CliError(`${item.file}:${item.line}: ${outcomes[bad]!.error} (--strict)`);
    }
  };

  let batch: Item[] = [];
  let batchChars = 0;
  const submit = async () => {
    inFlight.push({ items: batch, outcomes: options.runner.run(batch) });
    batch = [];
    batchChars = 0;
    while (inFlight.length >= options.runner.slots) await flushOldest();
  };

  try {
    for await (const item of readItems(options.inputs, options.labelTexts, (n) => (bytesRead += n))) {
      batch.push(item);
      batchChars += item.kind === 'line' ? item.raw.length : item.text.length;
      if (batch.length >= BATCH_DOCS || batchChars >= BATCH_CHARS) await submit();
    }
    if (batch.length > 0) await submit();
    while (inFlight.length > 0) await flushOldest();
  } finally {
    // On a --strict stop the batches still in flight are dropped; settle them quietly.
    for (const b of inFlight) b.outcomes.catch(() => {});
  }
  return stats;
}

/** Every item of every input, in order. Blank JSONL lines are skipped (they hold no record). */
async function* readItems(inputs: readonly Input[], labelTexts: boolean, onBytes: (n: number) => void): AsyncGenerator<Item> {
  for (const { path, kind } of inputs) {
    if (kind === 'text') {
      const text = readText(path);
      onBytes(Buffer.byteLength(text));
      yield { kind: 'text', file: path, text, label: labelTexts && path !== '-' ? path : undefined };
      continue;
    }
    const stream = path === '-' ? process.stdin : createReadStream(path);
    let line = 0;
    try {
      for await (const raw of readLines(stream, onBytes)) {
        line++;
        if (raw.trim() !== '') yield { kind: 'line', file: path, line, raw };
      }
    } catch (error) {
      throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
    }
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
}
