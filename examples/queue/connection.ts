import type { ConnectionOptions } from 'bullmq';

/** Queue and hash names shared by the producer, the workers and whoever reads the results. */
export const QUEUE = 'gazeta-articles';
export const RESULTS = 'gazeta:results';
/** How many times each article was started: above 1 means a retry (a killed worker's job taken over). */
export const STARTS = 'gazeta:starts';
/** Lines the producer could not enqueue (bad JSON, no text, a missing or repeated id): field file:line, an error record. */
export const ERRORS = 'gazeta:errors';

/**
 * Redis connection options from REDIS_URL (redis://[user:password@]host:port[/db], rediss:// for
 * TLS); every process of every machine points at the same Redis.
 */
export function connection(url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'): ConnectionOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    // BullMQ workers block on Redis; they must retry commands forever rather than fail them.
    maxRetriesPerRequest: null,
  };
}

/** A BullMQ job id for an article id: ids may not be integers or contain ':'; one id → one job, so a re-run producer adds nothing twice. */
export const jobId = (articleId: unknown) => `article-${encodeURIComponent(String(articleId))}`;
