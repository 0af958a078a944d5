/**
 * npm run bench: throughput, per-stage rates, latency, cold start, memory and hostile-input
 * timings on a fixed corpus, printed and written to bench/results.json. Ratios to the bare
 * regex tokenizer measured in the same run matter more than absolute figures: machines are noisy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createStagedAnnotator } from '../src/annotator.js';
import { ADVERSARIAL, ADVERSARIAL_LIMIT_MS } from './cases.js';
import { coldStart } from './cold.js';
import { loadCorpus, totalChars } from './corpus.js';
import { memoryRun } from './memory.js';
import { mb, round, thousands } from './stats.js';
import { STAGES, timeAnnotate, timeBareTokenizer } from './throughput.js';
import { describeRun, workerScaling } from './workers.js';

const root = join(import.meta.dirname, '..');
const CHILD_TIMEOUT_MS = 60_000;
const LINEAR_TARGET = 1.5;

const corpus = loadCorpus(root);
const chars = totalChars(corpus.texts);
console.log(`gazeta bench — ${corpus.texts.length} docs, ${thousands(chars)} chars from ${corpus.source}`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.versions.node}\n`);

// Load in this process (warm module cache aside, the cold figures come from a fresh process below).
const loadStart = performance.now();
const annotator = createStagedAnnotator();
const loadMs = performance.now() - loadStart;
const rssAfterLoad = process.memoryUsage().rss;

// Enough passes for ~10 s of work whatever the corpus size; the median pass counts.
const passes = Math.max(3, Math.min(10, Math.round(2_000_000 / chars)));
const full = timeAnnotate(annotator.annotate, corpus.texts, chars, 2, passes);
const peakRss = process.resourceUsage().maxRSS * 1024;
const bare = timeBareTokenizer(corpus.texts, chars, 2, passes);
const ratio = bare.charsPerSec / full.charsPerSec;

console.log('throughput (one thread, median of %d passes after 2 warm-up passes)', passes);
console.log(row('annotate (full)', full.charsPerSec, full.docsPerSec));
for (const s of STAGES) console.log(row(`  ${s}`, full.stages[s].charsPerSec, full.stages[s].docsPerSec));
console.log(row('bare regex tokenizer', bare.charsPerSec, bare.docsPerSec));
console.log(`annotate is ${round(ratio)}× slower than the bare tokenizer (${round(100 / ratio)} % of its speed)`);
console.log(`latency per doc: p50 ${round(full.p50ms)} ms, p99 ${round(full.p99ms)} ms\n`);

const dist = join(root, 'dist', 'index.js');
const cold = existsSync(dist) ? coldStart(dist, corpus.texts[0]!, 5) : null;
console.log('load and memory');
if (cold) {
  console.log(`cold start (fresh node, dist/index.js): first result after ${round(cold.firstResultMs)} ms of process life (${round(cold.wallMs)} ms spawn → exit)`);
  console.log(`  import ${round(cold.importMs)} ms + createAnnotator ${round(cold.createAnnotatorMs)} ms = load ${round(cold.loadMs)} ms; first annotate ${round(cold.firstAnnotateMs)} ms`);
  console.log(`  RSS after load ${mb(cold.rssAfterLoad)} MB`);
} else {
  console.log('cold start: skipped, dist/index.js missing (npm run build)');
}
const memory = existsSync(dist) ? memoryRun(dist, corpus.texts) : null;
if (memory) {
  console.log(`one pass over the corpus in a fresh node (dist/index.js, ${memory.docs} docs read and dropped one by one): RSS after load ${mb(memory.rssAfterLoad)} MB, after the run ${mb(memory.rssAfterRun)} MB, peak ${mb(memory.peakRss)} MB; live heap kept after the run ${mb(memory.heapAfterRun)} MB`);
}
const rssAfterRuns = process.memoryUsage().rss;
console.log(`this process (tsx, the corpus held): RSS after load ${mb(rssAfterLoad)} MB, after the corpus runs ${mb(rssAfterRuns)} MB, peak ${mb(peakRss)} MB; createAnnotator ${round(loadMs)} ms\n`);

// A fresh process per hostile case and for the linear check: a runaway case is cut at the timeout.
const child = (args: string[]) => {
  const out = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, 'child.ts'), ...args], {
    encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, maxBuffer: 1 << 20,
  });
  if (out.error || out.status !== 0) return null;
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as Record<string, number> & { build?: 'dist' | 'src' };
};

// The children time dist/index.js when built (child.ts says why).
const lin = child(['linear']);
const linearRatio = lin ? lin.bigMs! / lin.chars! / (lin.smallMs! / lin.smallChars!) : null;
console.log('linear cost (time per char, one 1 MB document vs the same text as ~3 KB documents)');
if (lin && linearRatio !== null) {
  console.log(`  1 MB doc ${thousands(lin.bigMs!)} ms, ${lin.smallDocs} × 3 KB docs ${thousands(lin.smallMs!)} ms → ratio ${round(linearRatio)} (target ≤ ${LINEAR_TARGET}) ${linearRatio <= LINEAR_TARGET ? 'pass' : 'FAIL'}`);
} else {
  console.log(`  1 MB doc did not finish within ${CHILD_TIMEOUT_MS} ms: FAIL`);
}
console.log();

// Ordinary news per character as the children measure it (the same build, a fresh process, the
// corpus as ~3 KB documents); this process's own figure runs the sources under tsx.
const nsPerChar = lin ? (lin.smallMs! * 1e6) / lin.smallChars! : 1e9 / full.charsPerSec;
console.log(`adversarial inputs (limit ${ADVERSARIAL_LIMIT_MS} ms each, timed on ${lin?.build === 'dist' ? 'dist/index.js' : 'the sources'}; ordinary news costs ${round(nsPerChar)} ns/char there)`);
const adversarial = Object.keys(ADVERSARIAL).map((name) => {
  const r = child(['adversarial', name]);
  const ms = r ? r.ms! : null;
  const pass = ms !== null && ms < ADVERSARIAL_LIMIT_MS;
  const perChar = r ? (r.ms! * 1e6) / r.chars! / nsPerChar : null;
  console.log(`  ${name.padEnd(28)} ${ms === null ? `> ${CHILD_TIMEOUT_MS} ms (killed)` : `${thousands(ms)} ms`.padStart(10)}  ${pass ? 'pass' : 'FAIL'}` +
    (perChar === null ? '' : `  ${round(perChar)}× ordinary per char`));
  return { name, ms, pass, perCharVsOrdinary: perChar, peakRss: r?.maxRss ?? null };
});

// Whole CLI runs, --workers 1 against --workers 2, interleaved; needs the build.
const cliBuilt = existsSync(join(root, 'dist', 'cli.js')) && existsSync(join(root, 'dist', 'worker.js'));
const scaling = cliBuilt && cpus().length >= 2 ? await workerScaling(root) : null;
console.log('\nworker scaling (the CLI on the corpus as JSON lines, ≥ 4 M chars, whole runs interleaved)');
if (scaling) {
  scaling.one.forEach((run, i) => {
    console.log(describeRun('  --workers 1', run));
    console.log(describeRun(`  --workers ${scaling.workers}`, scaling.many[i]!));
  });
  console.log(`  --workers ${scaling.workers} is ${round(scaling.ratio)}× --workers 1 (median of ${scaling.one.length} rounds)`);
  if (scaling.cpuRatio !== null) console.log(`  CPU for the same documents: ${round(scaling.cpuRatio)}× that of --workers 1 (all threads; median of the rounds)`);
} else {
  console.log(`  skipped: ${cliBuilt ? 'one core' : 'dist/cli.js missing (npm run build)'}`);
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model.trim(), node: process.versions.node },
  corpus: { source: corpus.source, docs: corpus.texts.length, chars },
  annotate: { charsPerSec: full.charsPerSec, docsPerSec: full.docsPerSec, passSeconds: full.passSeconds, p50ms: full.p50ms, p99ms: full.p99ms },
  stages: full.stages,
  bareTokenizer: { charsPerSec: bare.charsPerSec, docsPerSec: bare.docsPerSec, tokens: bare.tokens, slowdown: ratio },
  load: { inProcessMs: loadMs, rssAfterLoad, rssAfterRuns, peakRss, cold },
  memory,
  adversarial: { limitMs: ADVERSARIAL_LIMIT_MS, build: lin?.build ?? null, ordinaryNsPerChar: nsPerChar, cases: adversarial },
  linear: lin ? { ...lin, ratio: linearRatio, target: LINEAR_TARGET } : { ratio: null, timedOutMs: CHILD_TIMEOUT_MS },
  workerScaling: scaling,
};
writeFileSync(join(import.meta.dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nwritten to bench/results.json');

function row(label: string, charsPerSec: number, docsPerSec: number): string {
  return `  ${label.padEnd(24)} ${thousands(charsPerSec).padStart(12)} chars/s ${thousands(docsPerSec).padStart(8)} docs/s`;
}
