/**
 * A gazeta worker of the BullMQ queue: annotates articles and stores one JSON record per article
 * in the Redis hash gazeta:results (field = article id). Start as many as you like, anywhere:
 *   REDIS_URL=redis://host:6379 node --import tsx examples/queue/worker.ts
 * HSETNX makes the store idempotent: a job retried after its worker died (or after a lost
 * completion) finds its result there and stores nothing twice.
 */
import { Worker, type Job } from 'bullmq';
// In your own project: from 'gazeta'.
import { createAnnotator, toJsonRecord } from '../../src/index.js';
import { connection, QUEUE, RESULTS, STARTS } from './connection.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const annotator = createAnnotator();
// One job at a time per process: annotation is CPU-bound; run one worker process per core.
const worker = new Worker(QUEUE, annotateJob, {
  connection: connection(),
  concurrency: 1,
  // A dead worker's job is taken over once its lock expires (lockDuration) and the stalled
  // check (every stalledInterval) finds it; maxStalledCount lets that happen more than once.
  lockDuration: env('GAZETA_LOCK_MS', 30_000),
  stalledInterval: env('GAZETA_STALLED_MS', 30_000),
  maxStalledCount: 5,
  autorun: false, // the Lua commands below must exist before the first job
});
const client = await worker.client;
// BullMQ's client runs Lua commands whatever the Redis library under it.
client.defineCommand('gazetaStoreOnce', { numberOfKeys: 1, lua: "return redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])" });
client.defineCommand('gazetaCountStart', { numberOfKeys: 1, lua: "return redis.call('HINCRBY', KEYS[1], ARGV[1], 1)" });

async function annotateJob(job: Job<{ id: unknown; text: string }>): Promise<boolean> {
  const field = String(job.data.id);
  await client.runCommand('gazetaCountStart', [STARTS, field]);
  const record = JSON.stringify(toJsonRecord(job.data.id, annotator.annotate(job.data.text)));
  // Only for tests and demos: make each job take long enough to kill a worker in the middle of one.
  const delay = env('GAZETA_JOB_DELAY_MS', 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  return (await client.runCommand('gazetaStoreOnce', [RESULTS, field, record])) === 1;
}

worker.on('failed', (job, error) => console.error(`article ${job?.data.id}: ${error.message}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // Finish the job in hand, then leave; a SIGKILL instead leaves it to the stalled check.
  process.once(signal, () => void worker.close().then(() => process.exit(0)));
}
void worker.run();
console.log(`gazeta worker ${process.pid} ready`);
