/**
 * npm run profile [-- passes] [--out FILE]: where a warm annotate pass over the bench corpus
 * spends its time. One untimed pass (JIT, word records), then `passes` (default 1) under V8's
 * sampling profiler; prints the share of each pipeline stage (by the stage function a sample
 * runs under), self time by source file and by function, and writes the .cpuprofile (for
 * Chrome DevTools or speedscope) to FILE (default: the system's temp dir).
 * Shares are what to read: a shared machine makes absolute times noisy, and the profiler slows
 * the run. Inlined functions count as their caller; NODE_OPTIONS=--no-turbo-inlining spreads
 * them out at some cost in realism. Run through tsx, the source carries esbuild's keepNames
 * helper: the rows «set name (native)» are its cost (some 3 %), absent from the built dist/
 * (npm run bench, which also times src/ through tsx, pays it too).
 */
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStagedAnnotator } from '../src/annotator.js';
import { loadCorpus, totalChars } from './corpus.js';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** The function that opens each stage of src/pipeline.ts, and the stage it stands for. */
const STAGE_ROOTS: Record<string, string> = {
  segmentDocument: 'segment', analyseTokens: 'morph', recognise: 'recognise', resolveEntities: 'resolve',
  createResolver: 'resolve', quoteContext: 'quotes', findQuotes: 'quotes', linkPronouns: 'pronouns',
};
const TOP = 40;

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1]! : join(tmpdir(), 'gazeta.cpuprofile');
const passes = Number(args[0] ?? 1);

const root = join(import.meta.dirname, '..');
const corpus = loadCorpus(root);
const annotator = createStagedAnnotator();
const direct = <T>(_stage: string, work: () => T) => work();
for (const text of corpus.texts) annotator.annotate(text, direct);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 500 });
await session.post('Profiler.start');
const start = performance.now();
for (let p = 0; p < passes; p++) for (const text of corpus.texts) annotator.annotate(text, direct);
const seconds = (performance.now() - start) / 1000;
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
session.disconnect();
writeFileSync(out, JSON.stringify(profile));

const chars = totalChars(corpus.texts) * passes;
console.log(`${passes} pass(es), ${corpus.texts.length} docs, ${chars.toLocaleString('en')} chars in ${seconds.toFixed(2)} s under the profiler (${(chars / seconds / 1e6).toFixed(2)} M chars/s); profile: ${out}\n`);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
// The inspector's own «dispatch» (it sends the profile when stopped) is no part of the run.
const isInspector = (id: number) => byId.get(id)!.callFrame.functionName === 'dispatch' && byId.get(id)!.callFrame.url === '';
profile.samples.forEach((id, i) => {
  if (!isInspector(id)) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

const file = (url: string) => (url.includes('/src/') ? `src/${url.split('/src/').pop()}` : url.split('/').pop() || '(native)');
const byStage = new Map<string, number>();
const byFile = new Map<string, number>();
const byFunction = new Map<string, number>();
const add = (m: Map<string, number>, k: string, t: number) => m.set(k, (m.get(k) ?? 0) + t);
for (const [id, t] of self) {
  const frame = byId.get(id)!.callFrame;
  let stage = 'outside the stages';
  for (let a: number | undefined = id; a !== undefined; a = parent.get(a)) {
    const s = STAGE_ROOTS[byId.get(a)!.callFrame.functionName];
    if (s) {
      stage = s;
      break;
    }
  }
  add(byStage, stage, t);
  add(byFile, file(frame.url) || frame.functionName, t);
  add(byFunction, `${frame.functionName || '(anonymous)'}  ${file(frame.url)}`, t);
}
const show = (title: string, m: Map<string, number>, n: number) => {
  console.log(title);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${((100 * t) / total).toFixed(1).padStart(6)} %  ${k}`);
  console.log();
};
show('by stage (the stage function a sample runs under)', byStage, 20);
show('self time by file', byFile, 25);
show('self time by function', byFunction, TOP);
