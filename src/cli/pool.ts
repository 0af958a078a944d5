import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Annotator } from '../annotator.js';
import { CliError } from './cli-error.js';
import { failedOutcome, processBatch, type Item, type Outcome, type RenderOptions } from './records.js';
import type { WordAnalyses } from './shared-words.js';
import type { BatchRequest, WorkerMessage, WorkerSetup } from './worker.js';

/** Where batches are annotated: this thread, or a pool of worker threads. */
export interface Runner {
  /** How many batches may be in flight at once: enough to keep every thread busy, few enough to bound memory. */
  slots: number;
  run(items: Item[]): Promise<Outcome[]>;
  close(): Promise<void>;
}

export function inProcessRunner(annotator: Annotator, options: RenderOptions): Runner {
  return {
    slots: 1,
    run: async (items) => processBatch(annotator, options, items),
    close: async () => {},
  };
}

/** A batch sent to a worker and not yet answered. `alone`: one document retried by itself after a worker died. */
interface Job {
  seq: number;
  items: Item[];
  alone: boolean;
  resolve(outcomes: Outcome[]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Ready once its annotator is loaded: a worker that dies before is broken, not killed by a document. */
  ready: boolean;
  /** Its jobs in the order sent; it answers them in that order, so the first is the one it is working on. */
  jobs: Job[];
  /** Why it is dying ('error' comes before 'exit'). */
  error: Error | null;
  /** Words the other workers analysed, for this one's next batch (shared-words.ts). */
  words: WordAnalyses;
}

/**
 * V8 tiers a function up (to TurboFan) once it has run this much bytecode; the default is
 * 67 584. Each worker's isolate compiles all the code again, so with two workers the compiler
 * threads took 5.1 of 16.9 CPU-s on the corpus (one thread: 3.3 of 12.1). Waiting eight times
 * longer optimises only the really hot functions: compiler threads 2.1 s, the workers' own time
 * +0.5 s each, the run's total CPU −11 %. The in-process run does not gain (its own thread got
 * slower by more than the compiler saved), so only the pool sets it; V8 flags are per process,
 * so it is set before the first worker starts and before any of the workers' code is hot.
 */
export const WORKER_INTERRUPT_BUDGET = 540_000;

/** Deaths with no job in hand are not a document's fault: more than this many fail the run. */
const MAX_IDLE_DEATHS = 3;

/**
 * `count` worker threads, each with its own annotator; a batch goes to the thread with the
 * fewest batches queued. Two batches per thread keep a thread busy while the main thread
 * collects the other's result.
 *
 * A worker that dies (a crash, out of memory) after it has started is replaced. The batch it
 * was working on is retried one document at a time, so a document that kills a worker again
 * costs only itself: it becomes an error record. The batches queued behind it never ran and
 * are sent again whole. Nothing answered is lost: answers are kept per batch, and run.ts
 * writes them in input order. A worker that cannot start fails the run.
 *
 * The words a worker parsed go, with its answer, to the other workers with their next batch
 * (shared-words.ts), so that N workers parse each new word about once, not N times.
 */
export function workerPool(count: number, setup: WorkerSetup): Runner {
  const url = new URL('./worker.js', import.meta.url);
  setFlagsFromString(`--interrupt-budget=${WORKER_INTERRUPT_BUDGET}`);
  const slots: Slot[] = [];
  let failure: Error | null = null;
  let closing = false;
  let idleDeaths = 0;
  let seq = 0;

  const failAll = (error: Error) => {
    failure ??= error;
    for (const slot of slots) {
      for (const job of slot.jobs.splice(0)) job.reject(error);
    }
  };

  const send = (job: Job) => {
    if (failure) return job.reject(failure);
    let slot = slots[0]!;
    for (const s of slots) if (s.jobs.length < slot.jobs.length) slot = s;
    slot.jobs.push(job);
    const words = slot.words;
    slot.words = [];
    slot.worker.postMessage({ seq: job.seq, items: job.items, words } satisfies BatchRequest);
  };

  const submit = (items: Item[], alone: boolean) =>
    new Promise<Outcome[]>((resolve, reject) => send({ seq: seq++, items, alone, resolve, reject }));

  const died = (index: number, why: string) => {
    const slot = slots[index]!;
    const jobs = slot.jobs.splice(0);
    if (!slot.ready) return failAll(new CliError(`worker ${index} could not start: ${why}`));
    if (jobs.length === 0 && ++idleDeaths > MAX_IDLE_DEATHS) return failAll(new CliError(`worker threads died ${idleDeaths} times with no document in hand (last: ${why})`));
    slots[index] = start(index);
    const [current, ...queued] = jobs;
    if (current) {
      if (current.alone) {
        const item = current.items[0]!;
        current.resolve([failedOutcome(item, `a worker thread died on this document (${why})`)]);
      } else {
        Promise.all(current.items.map((item) => submit([item], true))).then((parts) => current.resolve(parts.flat()), current.reject);
      }
    }
    for (const job of queued) send(job);
  };

  const start = (index: number): Slot => {
    const slot: Slot = { worker: new Worker(url, { workerData: setup }), ready: false, jobs: [], error: null, words: [] };
    slot.worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        return;
      }
      const job = slot.jobs.shift();
      if (!job || job.seq !== message.seq) return failAll(new CliError(`worker ${index} answered out of order`));
      if ('fatal' in message) return job.reject(new CliError(message.fatal));
      for (const other of slots) if (other !== slot) for (const word of message.words) other.words.push(word);
      job.resolve(message.outcomes);
    });
    slot.worker.on('error', (error) => (slot.error ??= error));
    slot.worker.on('exit', (code) => {
      if (closing || slots[index] !== slot) return;
      died(index, slot.error ? slot.error.message : `exit code ${code}`);
    });
    return slot;
  };

  for (let index = 0; index < count; index++) slots.push(start(index));

  return {
    slots: count * 2,
    run(items) {
      return failure ? Promise.reject(failure) : submit(items, false);
    },
    async close() {
      closing = true;
      failure ??= new Error('closed');
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
