/**
 * Enqueues the articles of a JSONL file ({"id", "text"} per line) for the workers.
 * Usage: REDIS_URL=redis://host:6379 node --import tsx examples/queue/producer.ts news.jsonl
 *
 * A line that cannot be an article (not JSON, no string text, no id, an id already given
 * earlier in the file) costs nothing but itself: it becomes an error record in the Redis
 * hash gazeta:errors (field file:line, the CLI's error record as value) and the lines
 * around it are enqueued as usual.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Queue } from 'bullmq';
import { connection, ERRORS, jobId, QUEUE } from './connection.js';

const BULK = 500;

export interface Enqueued {
  /** Articles handed to the queue (a re-run adds the same jobs, which the queue does not repeat). */
  queued: number;
  /** Lines that became error records. */
  errors: number;
}

type Article = { id: string | number; text: string };

/** The article a line holds, or why it holds none; `seen` maps each id to its first line. */
export function parseArticle(line: string, lineNo: number, seen: Map<string, number>): Article | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null) return { error: 'expected {"id", "text"}' };
  const { id, text } = value as Record<string, unknown>;
  if (typeof text !== 'string') return { error: 'expected {"id", "text"} with a string text' };
  // The id names the result (a field of gazeta:results) and the job: without one, or with
  // one already used, the article would be lost or would overwrite another.
  if (!((typeof id === 'string' && id.trim() !== '') || (typeof id === 'number' && Number.isFinite(id)))) {
    return { error: 'expected a non-empty string or number id' };
  }
  const first = seen.get(String(id));
  if (first !== undefined) return { error: `duplicate id ${JSON.stringify(id)} (first at line ${first})` };
  seen.set(String(id), lineNo);
  return { id, text };
}

export async function enqueue(file: string, queue: Queue): Promise<Enqueued> {
  const client = await queue.client;
  const seen = new Map<string, number>();
  let bulk: Parameters<Queue['addBulk']>[0] = [];
  const result: Enqueued = { queued: 0, errors: 0 };
  const flush = async () => {
    if (bulk.length > 0) await queue.addBulk(bulk);
    result.queued += bulk.length;
    bulk = [];
  };
  let lineNo = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    const article = parseArticle(line, lineNo, seen);
    if ('error' in article) {
      // HSET, not a list push: a re-run producer writes the same record, not a second one.
      await client.hset(ERRORS, { [`${file}:${lineNo}`]: JSON.stringify({ id: null, file, line: lineNo, error: article.error }) });
      result.errors++;
      continue;
    }
    bulk.push({
      name: 'annotate',
      data: article,
      opts: {
        jobId: jobId(article.id),
        // A job that throws is retried; a job whose worker dies is retried by stalled-job handling.
        attempts: 3,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
        removeOnFail: false,
      },
    });
    if (bulk.length === BULK) await flush();
  }
  await flush();
  return result;
}

if (import.meta.filename === process.argv[1]) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: producer.ts articles.jsonl');
  const queue = new Queue(QUEUE, { connection: connection() });
  const { queued, errors } = await enqueue(file, queue);
  console.log(`enqueued ${queued} articles${errors > 0 ? `; ${errors} lines are error records in ${ERRORS}` : ''}`);
  await queue.close();
}
