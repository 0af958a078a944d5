import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { median } from './stats.js';

export interface ColdStart {
  /** Process start → first annotate result, as the child's clock (origin: its start) reads it. */
  firstResultMs: number;
  /** The parent's view: spawn → the child has printed and exited. */
  wallMs: number;
  /** import of dist/index.js (bundled lexicon included) + createAnnotator (morphology, gazetteer). */
  loadMs: number;
  importMs: number;
  createAnnotatorMs: number;
  firstAnnotateMs: number;
  rssAfterLoad: number;
}

/** Cold start of the built package in a fresh `node` process, `runs` times, medians. */
export function coldStart(distIndex: string, text: string, runs: number): ColdStart {
  const script = `
    const t0 = performance.now();
    const { createAnnotator } = await import(${JSON.stringify(pathToFileURL(distIndex).href)});
    const t1 = performance.now();
    const annotator = createAnnotator();
    const t2 = performance.now();
    const rssAfterLoad = process.memoryUsage().rss;
    annotator.annotate(${JSON.stringify(text)});
    const t3 = performance.now();
    console.log(JSON.stringify({ firstResultMs: t3, importMs: t1 - t0, createAnnotatorMs: t2 - t1, firstAnnotateMs: t3 - t2, rssAfterLoad }));`;
  const samples = Array.from({ length: runs }, () => {
    const start = performance.now();
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const wallMs = performance.now() - start;
    if (out.status !== 0) throw new Error(`cold start failed: ${out.stderr}`);
    return { ...(JSON.parse(out.stdout) as Omit<ColdStart, 'wallMs' | 'loadMs'>), wallMs };
  });
  const pick = (key: keyof (typeof samples)[0]) => median(samples.map((s) => s[key]));
  return {
    firstResultMs: pick('firstResultMs'),
    wallMs: pick('wallMs'),
    loadMs: median(samples.map((s) => s.importMs + s.createAnnotatorMs)),
    importMs: pick('importMs'),
    createAnnotatorMs: pick('createAnnotatorMs'),
    firstAnnotateMs: pick('firstAnnotateMs'),
    rssAfterLoad: pick('rssAfterLoad'),
  };
}
