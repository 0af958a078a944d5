/**
 * A worker thread of `gazeta annotate --workers N`: one annotator per thread, batches in,
 * rendered lines out. Built as dist/worker.js beside dist/cli.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnnotatorWith } from '../annotator.js';
import { createMorphology } from '../morph/az.js';
import type { DictEntry } from '../types.js';
import { processBatch, type Item, type RenderOptions } from './records.js';
import { sharingMorphology, type WordAnalyses } from './shared-words.js';

export interface WorkerSetup extends RenderOptions {
  /** The user's dictionary entries, read and checked once by the main thread. */
  dictionaries: DictEntry[];
}

export interface BatchRequest {
  seq: number;
  items: Item[];
  /** Words the other workers analysed since this one's last batch. */
  words: WordAnalyses;
}

export type BatchReply =
  | { seq: number; outcomes: ReturnType<typeof processBatch>; words: WordAnalyses }
  | { seq: number; fatal: string };
/** `ready` once the annotator is loaded, then one reply per request, in order. */
export type WorkerMessage = BatchReply | { ready: true };

/**
 * For the pool's tests only: with GAZETA_TEST_WORKER_EXIT set, a document holding that string
 * ends this thread at once, as a crash would. Unset (always, outside the tests) it costs nothing.
 */
const EXIT_MARK = process.env.GAZETA_TEST_WORKER_EXIT || null;
const holds = (item: Item, mark: string) => (item.kind === 'line' ? item.raw : item.text).includes(mark);

const setup = workerData as WorkerSetup;
const morphology = sharingMorphology(createMorphology());
const annotator = createAnnotatorWith(morphology, { dictionaries: setup.dictionaries });
parentPort!.postMessage({ ready: true } satisfies WorkerMessage);
parentPort!.on('message', ({ seq, items, words }: BatchRequest) => {
  morphology.learn(words);
  if (EXIT_MARK !== null && items.some((item) => holds(item, EXIT_MARK))) process.exit(70);
  let reply: BatchReply;
  try {
    reply = { seq, outcomes: processBatch(annotator, setup, items), words: morphology.takeNew() };
  } catch (error) {
    reply = { seq, fatal: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(reply satisfies WorkerMessage);
});
