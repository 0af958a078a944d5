import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { connection, ERRORS, QUEUE, RESULTS, STARTS } from '../examples/queue/connection.js';
import { enqueue } from '../examples/queue/producer.js';

// examples/queue on a real Redis (Debian's redis-server, loopback only, persistence on as the
// README says): two workers, one killed mid-run; Redis itself killed and restarted mid-run;
// every article must end with exactly one result.
const root = join(import.meta.dirname, '..');
const ARTICLES = 200;
const children: ChildProcess[] = [];

// Redis is no npm package: without redis-server on PATH the test is skipped, with the reason
// printed, so that `npm test` passes with only Node and npm. CI installs it (.ci/run), and there
// a missing redis-server fails the test instead of hiding it.
const NO_REDIS = spawnSync('redis-server', ['--version']).error !== undefined;
const SKIP = NO_REDIS && !process.env.CI;
if (SKIP) console.log('queue test skipped: redis-server is not on PATH (apt-get install -y redis-server to run it)');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}


/** The README's settings: every write appended to a log that a restart replays. */
async function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '', '--daemonize', 'no']);
  children.push(redis);
  let log = '';
  redis.stdout!.on('data', (d: Buffer) => (log += d));
  for (let waited = 0; !log.includes('Ready to accept connections'); waited += 50) {
    if (waited > 10_000 || redis.exitCode !== null) throw new Error(`redis-server did not start:\n${log}`);
    await sleep(50);
  }
  return redis;
}

function startWorker(redisUrl: string): ChildProcess {
  const worker = spawn(process.execPath, ['--import', 'tsx', join(root, 'examples', 'queue', 'worker.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    // Short locks and stalled checks so a killed worker's job comes back within seconds.
    env: { ...process.env, REDIS_URL: redisUrl, GAZETA_LOCK_MS: '2000', GAZETA_STALLED_MS: '1000', GAZETA_JOB_DELAY_MS: '25' },
  });
  children.push(worker);
  return worker;
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

describe.skipIf(SKIP)('examples/queue: gazeta workers on BullMQ', () => {
  it('annotates every article exactly once although a worker is killed mid-run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazeta-queue-'));
    const port = await freePort();
    const redis = await startRedis(port, dir);
    const redisUrl = `redis://127.0.0.1:${port}`;

    const file = join(dir, 'articles.jsonl');
    const ids = Array.from({ length: ARTICLES }, (_, i) => `news-${i}`);
    writeFileSync(file, ids.map((id, i) => JSON.stringify({ id, text: `«Мы готовы», — заявил Сергей Лавров в Москве в ${i}-й раз.` })).join('\n') + '\n');

    const queue = new Queue(QUEUE, { connection: connection(redisUrl) });
    expect(await enqueue(file, queue)).toEqual({ queued: ARTICLES, errors: 0 });
    expect(await enqueue(file, queue)).toEqual({ queued: ARTICLES, errors: 0 }); // re-running the producer adds no job twice (same job ids)
    const client = await queue.client;
    const results = async () => Object.keys(await client.hgetall(RESULTS)).length;

    const victim = startWorker(redisUrl);
    const survivor = startWorker(redisUrl);
    let waited = 0;
    for (; (await results()) < ARTICLES / 5; waited += 50) {
      if (waited > 30_000) throw new Error('the workers did not start annotating');
      await sleep(50);
    }
    victim.kill('SIGKILL');
    const atKill = await results();
    expect(atKill).toBeLessThan(ARTICLES);

    for (waited = 0; (await results()) < ARTICLES; waited += 100) {
      if (waited > 40_000) throw new Error(`only ${await results()} of ${ARTICLES} results after the kill`);
      await sleep(100);
    }
    await sleep(1500); // a late duplicate would show up here

    const stored = await client.hgetall(RESULTS);
    expect(Object.keys(stored).sort()).toEqual([...ids].sort());
    for (const [id, json] of Object.entries(stored)) expect(JSON.parse(json).id).toBe(id);
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
    expect(counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, failed: 0 });
    const starts = Object.values(await client.hgetall(STARTS)).map(Number);
    expect(starts.length).toBe(ARTICLES);
    console.log(`queue: killed a worker at ${atKill}/${ARTICLES} results; ${starts.filter((n) => n > 1).length} article(s) started twice, stored once`);

    survivor.kill('SIGTERM');
    await once(survivor, 'exit');
    await queue.close();
    redis.kill('SIGTERM');
    await once(redis, 'exit');
  }, 90_000);

  it('loses nothing when Redis is killed and restarted mid-run; a bad line costs only itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazeta-queue-'));
    const port = await freePort();
    let redis = await startRedis(port, dir);
    const redisUrl = `redis://127.0.0.1:${port}`;

    const count = 150;
    const ids = Array.from({ length: count }, (_, i) => `restart-${i}`);
    const lines = ids.map((id, i) => JSON.stringify({ id, text: `Кирилл Дмитриев прилетел в Москву в ${i}-й раз.` }));
    // Bad lines among good ones, inside the first bulk of 500: none may take its neighbours with it.
    const bad = [
      [10, '{"id": "broken", "text": "Путин в Пекине."', /not valid JSON/],
      [40, JSON.stringify({ text: 'Текст без номера.' }), /non-empty string or number id/],
      [70, JSON.stringify({ id: 'restart-3', text: 'Второй текст с тем же номером.' }), /duplicate id "restart-3" \(first at line 4\)/],
      [100, JSON.stringify({ id: 'no-text' }), /string text/],
    ] as const;
    for (const [at, line] of bad) lines.splice(at, 0, line); // in ascending order: each ends at index `at`
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');

    const queue = new Queue(QUEUE, { connection: connection(redisUrl) });
    expect(await enqueue(file, queue)).toEqual({ queued: count, errors: bad.length });
    const client = await queue.client;
    const results = async () => Object.keys(await client.hgetall(RESULTS)).length;

    startWorker(redisUrl);
    const survivor = startWorker(redisUrl);
    let waited = 0;
    for (; (await results()) < count / 5; waited += 50) {
      if (waited > 30_000) throw new Error('the workers did not start annotating');
      await sleep(50);
    }
    // The worst restart: no shutdown, so nothing is saved but what the append-only file holds.
    redis.kill('SIGKILL');
    await once(redis, 'exit');
    await sleep(500);
    redis = await startRedis(port, dir);
    const afterRestart = await results();
    expect(afterRestart).toBeGreaterThanOrEqual(count / 5);
    expect(afterRestart).toBeLessThan(count);

    for (waited = 0; (await results()) < count; waited += 100) {
      if (waited > 60_000) throw new Error(`only ${await results()} of ${count} results after the restart`);
      await sleep(100);
    }
    await sleep(1500);
    const stored = await client.hgetall(RESULTS);
    expect(Object.keys(stored).sort()).toEqual([...ids].sort());
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
    expect(counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, failed: 0 });
    const errors = await client.hgetall(ERRORS);
    expect(Object.keys(errors)).toHaveLength(bad.length);
    for (const [at, , message] of bad) {
      const record = JSON.parse(errors[`${file}:${at + 1}`] ?? 'null');
      expect(record).toMatchObject({ id: null, file, line: at + 1, error: expect.stringMatching(message) });
    }
    console.log(`queue: Redis killed and restarted at ${afterRestart}/${count} results; all ${count} stored once`);

    survivor.kill('SIGTERM');
    await queue.close();
    redis.kill('SIGTERM');
    await once(redis, 'exit');
  }, 120_000);
});
