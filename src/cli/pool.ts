import { Worker } from 'node:worker_threads';
import type { Annotator } from '../annotator.js';
import { CliError } from './cli-error.js';
import { processBatch, type Item, type Outcome, type RenderOptions } from './records.js';
import type { BatchReply, BatchRequest, WorkerSetup } from './worker.js';

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

interface Pending {
  worker: number;
  resolve(outcomes: Outcome[]): void;
  reject(error: Error): void;
}

/**
 * `count` worker threads, each with its own annotator; a batch goes to the thread with the
 * fewest batches queued. Two batches per thread keep a thread busy while the main thread
 * collects the other's result.
 */
export function workerPool(count: number, setup: WorkerSetup): Runner {
  const url = new URL('./worker.js', import.meta.url);
  const pending = new Map<number, Pending>();
  const load = new Array<number>(count).fill(0);
  let failure: Error | null = null;
  let seq = 0;

  // A dead worker fails its own batches only: the other workers' batches, some of them
  // earlier in the input, still come back and are written before the run stops.
  const fail = (index: number, error: Error) => {
    failure ??= error;
    for (const [seq, p] of pending) {
      if (p.worker !== index) continue;
      pending.delete(seq);
      p.reject(error);
    }
  };
  const workers = Array.from({ length: count }, (_, index) => {
    const worker = new Worker(url, { workerData: setup });
    worker.on('message', (reply: BatchReply) => {
      const p = pending.get(reply.seq);
      pending.delete(reply.seq);
      load[index]!--;
      if (!p) return;
      if ('fatal' in reply) p.reject(new Error(reply.fatal));
      else p.resolve(reply.outcomes);
    });
    // A worker that cannot start or crashes fails the run; it stops where that worker's first batch was.
    worker.on('error', (error) => fail(index, new CliError(`worker ${index}: ${error.message}`)));
    worker.on('exit', (code) => {
      if (code !== 0) fail(index, new CliError(`worker ${index} exited with code ${code}`));
    });
    return worker;
  });

  return {
    slots: count * 2,
    run(items) {
      if (failure) return Promise.reject(failure);
      const index = load.indexOf(Math.min(...load));
      const request: BatchRequest = { seq: seq++, items };
      load[index]!++;
      return new Promise<Outcome[]>((resolve, reject) => {
        pending.set(request.seq, { worker: index, resolve, reject });
        workers[index]!.postMessage(request);
      });
    },
    async close() {
      failure ??= new Error('closed');
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
