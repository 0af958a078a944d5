/**
 * Worker scaling: the built CLI on the corpus as JSON lines, `--workers 1` against
 * `--workers N`, whole runs (load, reading, annotating, writing) interleaved so that a noisy
 * machine slows both alike; the median of the per-round ratios is reported. Usable alone:
 * `npx tsx bench/workers.ts [rounds]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus, totalChars } from './corpus.js';
import { median } from './stats.js';

export interface WorkerScaling {
  workers: number;
  docs: number;
  chars: number;
  /** Seconds per run, in run order. */
  oneSeconds: number[];
  manySeconds: number[];
  /** Median of (one-worker time / N-worker time) over the rounds. */
  ratio: number;
}

/** The corpus repeated to at least `minChars`: a run of a few seconds, so that load time does not decide it. */
export function workerScaling(root: string, rounds = 3, workers = Math.min(2, cpus().length), minChars = 4_000_000): WorkerScaling {
  const { texts } = loadCorpus(root);
  const repeats = Math.max(1, Math.ceil(minChars / totalChars(texts)));
  const dir = mkdtempSync(join(tmpdir(), 'gazeta-bench-'));
  const file = join(dir, 'corpus.jsonl');
  let docs = 0;
  const lines: string[] = [];
  for (let r = 0; r < repeats; r++) for (const text of texts) lines.push(JSON.stringify({ id: docs++, text }));
  writeFileSync(file, lines.join('\n') + '\n');
  const cli = join(root, 'dist', 'cli.js');
  const time = (n: number) => {
    const start = performance.now();
    const out = spawnSync(process.execPath, [cli, 'annotate', '--input', 'jsonl', '--quiet', '--workers', String(n), file], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`gazeta --workers ${n} failed: ${out.stderr}`);
    return (performance.now() - start) / 1000;
  };
  const oneSeconds: number[] = [];
  const manySeconds: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so a slow spell of the machine does not always hit the same one.
      if (round % 2 === 0) {
        oneSeconds.push(time(1));
        manySeconds.push(time(workers));
      } else {
        manySeconds.push(time(workers));
        oneSeconds.push(time(1));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ratio = median(oneSeconds.map((s, i) => s / manySeconds[i]!));
  return { workers, docs, chars: totalChars(texts) * repeats, oneSeconds, manySeconds, ratio };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = workerScaling(join(import.meta.dirname, '..'), Number(process.argv[2] ?? 3));
  const show = (s: number[]) => s.map((x) => x.toFixed(2)).join(', ');
  console.log(`${r.docs} docs, ${(r.chars / 1e6).toFixed(1)} M chars; --workers 1: ${show(r.oneSeconds)} s; --workers ${r.workers}: ${show(r.manySeconds)} s`);
  console.log(`worker scaling: --workers ${r.workers} is ${r.ratio.toFixed(2)}× --workers 1 (median of ${r.oneSeconds.length} interleaved rounds)`);
}
