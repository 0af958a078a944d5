/**
 * A worker thread of `gazeta annotate --workers N`: one annotator per thread, batches in,
 * rendered lines out. Built as dist/worker.js beside dist/cli.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnnotator } from '../annotator.js';
import type { DictEntry } from '../types.js';
import { processBatch, type Item, type RenderOptions } from './records.js';

export interface WorkerSetup extends RenderOptions {
  /** The user's dictionary entries, read and checked once by the main thread. */
  dictionaries: DictEntry[];
}

export interface BatchRequest {
  seq: number;
  items: Item[];
}

export type BatchReply = { seq: number; outcomes: ReturnType<typeof processBatch> } | { seq: number; fatal: string };

const setup = workerData as WorkerSetup;
const annotator = createAnnotator({ dictionaries: setup.dictionaries });
parentPort!.on('message', ({ seq, items }: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { seq, outcomes: processBatch(annotator, setup, items) };
  } catch (error) {
    reply = { seq, fatal: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
