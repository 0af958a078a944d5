/**
 * One timing in a fresh process, so a super-linear case can be killed at its timeout without
 * losing the rest of the run. Prints one JSON line. Usage: child.ts adversarial NAME | linear.
 *
 * It times the built package (dist/index.js) when there is one: that is the code users run.
 * Run from the sources under tsx, every function made inside a hot function also goes through
 * tsx's name-keeping wrapper (__name), which cost 'Он сказал: «да. ' × 100 000 a third more CPU
 * (main thread 2.39 s against 1.79 s). Without a build it times the sources; after changing
 * them, `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sources from '../src/annotator.js';
import { ADVERSARIAL } from './cases.js';
import { chunk, concatenate, loadCorpus, totalChars } from './corpus.js';
import { median } from './stats.js';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'index.js');
const { createAnnotator } = (existsSync(built) ? await import(pathToFileURL(built).href) : await import('../src/annotator.js')) as typeof Sources;
const build = existsSync(built) ? 'dist' : 'src';
const annotator = createAnnotator();
const [mode, name] = process.argv.slice(2);

function timeOnce(text: string): number {
  const start = performance.now();
  annotator.annotate(text);
  return performance.now() - start;
}

function warmUp(): void {
  const article = readFileSync(join(root, 'examples', 'arctic-talks.txt'), 'utf8');
  for (let i = 0; i < 30; i++) annotator.annotate(article);
}

if (mode === 'adversarial') {
  const text = ADVERSARIAL[name!]!();
  warmUp();
  const ms = timeOnce(text);
  console.log(JSON.stringify({ build, chars: text.length, ms, maxRss: process.resourceUsage().maxRSS * 1024 }));
} else if (mode === 'linear') {
  // The same 1 MB of concatenated articles, whole and cut into ~3 KB documents.
  const big = concatenate(loadCorpus(root).texts, 1 << 20);
  const small = chunk(big, 3000);
  for (let i = 0; i < 2; i++) for (const text of small) annotator.annotate(text);
  const smallMs = median([0, 1, 2].map(() => small.reduce((ms, text) => ms + timeOnce(text), 0)));
  const bigMs = median([0, 1, 2].map(() => timeOnce(big)));
  console.log(JSON.stringify({ build, chars: big.length, smallDocs: small.length, smallChars: totalChars(small), smallMs, bigMs }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
