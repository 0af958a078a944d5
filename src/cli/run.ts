import { createReadStream, readFileSync } from 'node:fs';
import { createDecoder, decodeBytes } from '../encoding.js';
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
  /** The inputs' encoding (--encoding); by default UTF-8, with a warning for bytes that are not. */
  encoding?: string;
  /** Writes output; resolves when the consumer can take more (back-pressure). */
  write(chunk: string): Promise<void>;
  /** A note for stderr (an input that could not be read is an error), written in input order with the output. */
  report(kind: 'error' | 'warning', message: string): void;
  onProgress(docs: number, bytesRead: number): void;
}

export interface RunStats {
  docs: number;
  errors: number;
  /** Inputs that could not be read (or not to their end), with why: the run went on without them. */
  unreadable: string[];
}

const BATCH_DOCS = 32;
const BATCH_CHARS = 256 * 1024;

/** A batch on its way, or a note about an input (unreadable, or not in the expected encoding) reported in its place. */
type Pending = { items: Item[]; outcomes: Promise<Outcome[]> } | Note;
type Note = { kind: 'unreadable'; message: string } | { kind: 'warning'; message: string };

/**
 * Reads the inputs item by item, annotates them in batches (at most runner.slots batches in
 * flight) and writes the results strictly in input order. Reading waits for the oldest
 * batch's result and for its write, so neither a slow consumer nor a slow annotator lets
 * memory grow with the input. An input that cannot be read is reported in its place and
 * the run goes on; anything that stops the run (a --strict stop, a dead worker) stops it
 * only after every record before it has been written.
 */
export async function run(options: RunOptions): Promise<RunStats> {
  const stats: RunStats = { docs: 0, errors: 0, unreadable: [] };
  let bytesRead = 0;
  const inFlight: Pending[] = [];

  const flushOldest = async () => {
    const batch = inFlight.shift()!;
    if ('message' in batch) {
      if (batch.kind === 'unreadable') stats.unreadable.push(batch.message);
      options.report(batch.kind === 'unreadable' ? 'error' : 'warning', batch.message);
      return;
    }
    const outcomes = await batch.outcomes;
    const bad = options.strict ? outcomes.findIndex((o) => o.error !== undefined) : -1;
    const good = bad === -1 ? outcomes : outcomes.slice(0, bad);
    if (good.length > 0) await options.write(good.map((o) => o.out).join('\n') + '\n');
    for (const o of good) if (o.warning) options.report('warning', o.warning);
    stats.docs += good.length;
    for (const o of good) if (o.error !== undefined) stats.errors++;
    options.onProgress(stats.docs, bytesRead);
    if (bad !== -1) {
      const item = batch.items[bad]!;
      throw new CliError(`${item.file}${item.kind === 'line' ? `:${item.line}` : ''}: ${outcomes[bad]!.error} (--strict)`);
    }
  };

  let batch: Item[] = [];
  let batchChars = 0;
  const submit = async (then?: Pending) => {
    if (batch.length > 0) {
      const outcomes = options.runner.run(batch);
      // A batch may fail (its worker died) while an older one is awaited: it is reported when
      // its turn comes, not as an unhandled rejection that would end the process at once.
      outcomes.catch(() => {});
      inFlight.push({ items: batch, outcomes });
    }
    if (then) inFlight.push(then);
    batch = [];
    batchChars = 0;
    while (inFlight.length >= options.runner.slots) await flushOldest();
  };

  try {
    for await (const item of readItems(options.inputs, options.labelTexts, options.encoding, (n) => (bytesRead += n))) {
      if (item.kind === 'unreadable' || item.kind === 'warning') {
        // In its place in the order: after the records read before it, before those after.
        await submit(item);
        continue;
      }
      batch.push(item);
      batchChars += item.kind === 'line' ? item.raw.length : item.text.length;
      if (batch.length >= BATCH_DOCS || batchChars >= BATCH_CHARS) await submit();
    }
    await submit();
    while (inFlight.length > 0) await flushOldest();
  } finally {
    // On a stop the batches still in flight are dropped.
    inFlight.length = 0;
  }
  return stats;
}

type ReadEvent = Item | Note;

/**
 * Every item of every input, in order, and in its place a note for an input that cannot be
 * read to its end (the items before the failure stay) or is not in the expected encoding.
 * Blank JSONL lines are skipped (they hold no record).
 */
async function* readItems(inputs: readonly Input[], labelTexts: boolean, encoding: string | undefined, onBytes: (n: number) => void): AsyncGenerator<ReadEvent> {
  for (const { path, kind } of inputs) {
    if (kind === 'text') {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path === '-' ? 0 : path);
      } catch (error) {
        yield { kind: 'unreadable', message: `cannot read ${path}: ${(error as Error).message}` };
        continue;
      }
      onBytes(bytes.length);
      const { text, problem } = decodeBytes(bytes, encoding);
      if (problem) yield { kind: 'warning', message: `${path}: ${problem}` };
      yield { kind: 'text', file: path, text, label: labelTexts && path !== '-' ? path : undefined };
      continue;
    }
    const decoder = createDecoder(encoding);
    let warned = false;
    let line = 0;
    try {
      const stream = path === '-' ? process.stdin : createReadStream(path);
      for await (const raw of readLines(stream, onBytes, decoder)) {
        line++;
        if (!warned && decoder.problem) {
          warned = true;
          yield { kind: 'warning', message: `${path}: ${decoder.problem}` };
        }
        if (raw.trim() !== '') yield { kind: 'line', file: path, line, raw };
      }
    } catch (error) {
      const where = line > 0 ? ` after line ${line}` : '';
      yield { kind: 'unreadable', message: `cannot read ${path}${where}: ${(error as Error).message}` };
    }
  }
}
