import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface MemoryRun {
  docs: number;
  /** Resident set after import + createAnnotator. */
  rssAfterLoad: number;
  /** Resident set once every document has been annotated once (the process idle, nothing forced). */
  rssAfterRun: number;
  /** The most the process held at once. */
  peakRss: number;
  /** Live heap after the run, after a full collection: what the annotator keeps (its caches). */
  heapAfterRun: number;
}

/**
 * Memory as a user's process sees it: the built package in a fresh `node`, each corpus line read,
 * annotated once and dropped, as `gazeta annotate` over a JSON-lines stream does. The bench's own
 * process holds the whole corpus and runs under tsx, so its RSS says more about the bench.
 */
export function memoryRun(distIndex: string, texts: readonly string[]): MemoryRun {
  const dir = mkdtempSync(join(tmpdir(), 'gazeta-bench-'));
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, texts.map((text) => JSON.stringify({ text })).join('\n') + '\n');
  const script = `
    const { readFileSync } = await import('node:fs');
    const { createAnnotator } = await import(${JSON.stringify(pathToFileURL(distIndex).href)});
    const annotator = createAnnotator();
    const rssAfterLoad = process.memoryUsage().rss;
    let docs = 0;
    for (const line of readFileSync(${JSON.stringify(file)}, 'utf8').split('\\n')) {
      if (!line) continue;
      annotator.annotate(JSON.parse(line).text);
      docs++;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const rssAfterRun = process.memoryUsage().rss;
    const peakRss = process.resourceUsage().maxRSS * 1024;
    globalThis.gc();
    console.log(JSON.stringify({ docs, rssAfterLoad, rssAfterRun, peakRss, heapAfterRun: process.memoryUsage().heapUsed }));`;
  const out = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
  rmSync(dir, { recursive: true, force: true });
  if (out.status !== 0) throw new Error(`memory run failed: ${out.stderr}`);
  return JSON.parse(out.stdout) as MemoryRun;
}
