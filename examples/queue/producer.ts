/**
 * Enqueues the articles of a JSONL file ({"id", "text"} per line) for the workers.
 * Usage: REDIS_URL=redis://host:6379 node --import tsx examples/queue/producer.ts news.jsonl
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Queue } from 'bullmq';
import { connection, jobId, QUEUE } from './connection.js';

const BULK = 500;

export async function enqueue(file: string, queue: Queue): Promise<number> {
  let bulk: Parameters<Queue['addBulk']>[0] = [];
  let count = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as { id: unknown; text: string };
    bulk.push({
      name: 'annotate',
      data: { id, text },
      opts: {
        jobId: jobId(id),
        // A job that throws is retried; a job whose worker dies is retried by stalled-job handling.
        attempts: 3,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
        removeOnFail: false,
      },
    });
    if (bulk.length === BULK) {
      await queue.addBulk(bulk);
      count += bulk.length;
      bulk = [];
    }
  }
  if (bulk.length > 0) await queue.addBulk(bulk);
  return count + bulk.length;
}

if (import.meta.filename === process.argv[1]) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: producer.ts articles.jsonl');
  const queue = new Queue(QUEUE, { connection: connection() });
  const count = await enqueue(file, queue);
  console.log(`enqueued ${count} articles`);
  await queue.close();
}
