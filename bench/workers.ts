/**
 * Worker scaling: the built CLI on the corpus as JSON lines, `--workers 1` against
 * `--workers N`, whole runs (load, reading, annotating, writing) interleaved so that a noisy
 * machine slows both alike; the median of the per-round ratios is reported. Usable alone:
 * `npx tsx bench/workers.ts [rounds]`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus, totalChars } from './corpus.js';
import { median } from './stats.js';

/** Where a run's CPU time went, by thread (Linux /proc; null elsewhere), in seconds. */
export interface ThreadCpu {
  /** The main thread: reading, batching, writing (and annotating, with one worker). */
  main: number;
  /** The worker threads, each annotating its batches. */
  workers: number[];
  /** Everything else: V8's compiler and GC helper threads, libuv's pool. */
  helpers: number;
}

export interface Run {
  seconds: number;
  cpu: ThreadCpu | null;
}

export interface WorkerScaling {
  workers: number;
  docs: number;
  chars: number;
  /** The runs, in run order. */
  one: Run[];
  many: Run[];
  /** Median of (one-worker time / N-worker time) over the rounds. */
  ratio: number;
  /**
   * Median of (N-worker CPU / one-worker CPU) over the rounds, all threads counted: what N
   * threads cost beyond one for the same documents (each its own heap, caches and compiled code).
   * Less noisy than the wall ratio on a shared machine; null without /proc.
   */
  cpuRatio: number | null;
}

/** A run's CPU seconds, all threads. */
export function totalCpu(run: Run): number | null {
  const cpu = run.cpu;
  return cpu ? cpu.main + cpu.helpers + cpu.workers.reduce((a, b) => a + b, 0) : null;
}

/** The corpus repeated to at least `minChars`: a run of a few seconds, so that load time does not decide it. */
export async function workerScaling(root: string, rounds = 3, workers = Math.min(2, cpus().length), minChars = 4_000_000): Promise<WorkerScaling> {
  const { texts } = loadCorpus(root);
  const repeats = Math.max(1, Math.ceil(minChars / totalChars(texts)));
  const dir = mkdtempSync(join(tmpdir(), 'gazeta-bench-'));
  const file = join(dir, 'corpus.jsonl');
  let docs = 0;
  const lines: string[] = [];
  for (let r = 0; r < repeats; r++) for (const text of texts) lines.push(JSON.stringify({ id: docs++, text }));
  writeFileSync(file, lines.join('\n') + '\n');
  const cli = join(root, 'dist', 'cli.js');
  const time = async (n: number): Promise<Run> => {
    const start = performance.now();
    const child = spawn(process.execPath, [cli, 'annotate', '--input', 'jsonl', '--quiet', '--workers', String(n), file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const threads = new Map<number, number>();
    const sampler = setInterval(() => sampleThreads(child.pid!, threads), 25);
    const [code] = await once(child, 'exit');
    clearInterval(sampler);
    if (code !== 0) throw new Error(`gazeta --workers ${n} failed: ${stderr}`);
    return { seconds: (performance.now() - start) / 1000, cpu: byRole(child.pid!, threads, n) };
  };
  const one: Run[] = [];
  const many: Run[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so a slow spell of the machine does not always hit the same one.
      if (round % 2 === 0) {
        one.push(await time(1));
        many.push(await time(workers));
      } else {
        many.push(await time(workers));
        one.push(await time(1));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ratio = median(one.map((r, i) => r.seconds / many[i]!.seconds));
  const cpuRatios = one.map((r, i) => {
    const [a, b] = [totalCpu(r), totalCpu(many[i]!)];
    return a && b ? b / a : null;
  });
  const cpuRatio = cpuRatios.every((r) => r !== null) ? median(cpuRatios as number[]) : null;
  return { workers, docs, chars: totalChars(texts) * repeats, one, many, ratio, cpuRatio };
}

/** CPU seconds so far of each thread of a process, by thread id (the last sample before exit counts). */
function sampleThreads(pid: number, into: Map<number, number>): void {
  const dir = `/proc/${pid}/task`;
  try {
    for (const tid of readdirSync(dir)) {
      const stat = readFileSync(`${dir}/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      into.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100); // utime + stime, in ticks of 1/100 s
    }
  } catch {
    // the process or a thread has just exited
  }
}

/** The main thread is the process's own id; worker threads are the last `workers` threads started (with one worker, none). */
function byRole(pid: number, threads: Map<number, number>, workers: number): ThreadCpu | null {
  if (!existsSync('/proc/self/task') || threads.size === 0) return null;
  const others = [...threads.keys()].filter((tid) => tid !== pid).sort((a, b) => a - b);
  const workerIds = workers > 1 ? others.slice(-workers) : [];
  const helpers = others.filter((tid) => !workerIds.includes(tid)).reduce((sum, tid) => sum + threads.get(tid)!, 0);
  return { main: threads.get(pid) ?? 0, workers: workerIds.map((tid) => threads.get(tid)!), helpers };
}

/** One line per run: wall time and where the CPU went. */
export function describeRun(label: string, run: Run): string {
  const cpu = run.cpu;
  const total = totalCpu(run);
  if (!cpu || total === null) return `${label}: ${run.seconds.toFixed(1)} s`;
  const workers = cpu.workers.length > 0 ? `, workers ${cpu.workers.map((w) => w.toFixed(1)).join(' + ')}` : '';
  return `${label}: ${run.seconds.toFixed(1)} s; CPU ${total.toFixed(1)} s = main ${cpu.main.toFixed(1)}${workers}, V8/libuv helpers ${cpu.helpers.toFixed(1)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await workerScaling(join(import.meta.dirname, '..'), Number(process.argv[2] ?? 3));
  console.log(`${r.docs} docs, ${(r.chars / 1e6).toFixed(1)} M chars`);
  r.one.forEach((run, i) => {
    console.log(describeRun('  --workers 1', run));
    console.log(describeRun(`  --workers ${r.workers}`, r.many[i]!));
  });
  console.log(`worker scaling: --workers ${r.workers} is ${r.ratio.toFixed(2)}× --workers 1 (median of ${r.one.length} interleaved rounds)`);
  if (r.cpuRatio !== null) console.log(`CPU for the same documents: --workers ${r.workers} takes ${r.cpuRatio.toFixed(2)}× the CPU of --workers 1`);
}
