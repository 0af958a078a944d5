import type { Stage, StageRunner } from '../src/annotator.js';
import { median, quantile } from './stats.js';

export const STAGES: readonly Stage[] = ['segment', 'morph', 'recognise', 'resolve', 'quotes', 'pronouns'];

export interface Throughput {
  charsPerSec: number;
  docsPerSec: number;
  /** Per pass: the spread says how noisy the machine was. */
  passSeconds: number[];
}

export interface AnnotateFigures extends Throughput {
  p50ms: number;
  p99ms: number;
  stages: Record<Stage, Throughput>;
}

type Staged = (text: string, run: StageRunner) => unknown;

/**
 * Full annotate over the corpus: `warmup` untimed passes (JIT, morphology caches), then
 * `passes` timed ones. Every stage goes through a timer, so one run gives the whole and the
 * parts; the median pass is reported.
 */
export function timeAnnotate(annotate: Staged, texts: readonly string[], chars: number, warmup: number, passes: number): AnnotateFigures {
  const untimed: StageRunner = (_stage, work) => work();
  for (let i = 0; i < warmup; i++) for (const text of texts) annotate(text, untimed);

  const stageSeconds = Object.fromEntries(STAGES.map((s) => [s, [] as number[]])) as Record<Stage, number[]>;
  const perStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const timed: StageRunner = (stage, work) => {
    const start = performance.now();
    const result = work();
    perStage[stage] += performance.now() - start;
    return result;
  };
  const passSeconds: number[] = [];
  const docMs: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const s of STAGES) perStage[s] = 0;
    const passStart = performance.now();
    for (const text of texts) {
      const start = performance.now();
      annotate(text, timed);
      docMs.push(performance.now() - start);
    }
    passSeconds.push((performance.now() - passStart) / 1000);
    for (const s of STAGES) stageSeconds[s].push(perStage[s] / 1000);
  }
  const stages = Object.fromEntries(STAGES.map((s) => [s, rates(stageSeconds[s], texts.length, chars)])) as Record<Stage, Throughput>;
  return { ...rates(passSeconds, texts.length, chars), p50ms: quantile(docMs, 0.5), p99ms: quantile(docMs, 0.99), stages };
}

/** The baseline: a bare regex tokenizer pass (words, numbers, single other characters) over the same texts. */
export function timeBareTokenizer(texts: readonly string[], chars: number, warmup: number, passes: number): Throughput & { tokens: number } {
  const pass = () => {
    let tokens = 0;
    for (const text of texts) {
      const re = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
      while (re.exec(text) !== null) tokens++;
    }
    return tokens;
  };
  let tokens = 0;
  for (let i = 0; i < warmup; i++) tokens = pass();
  const seconds: number[] = [];
  for (let i = 0; i < passes; i++) {
    const start = performance.now();
    pass();
    seconds.push((performance.now() - start) / 1000);
  }
  return { ...rates(seconds, texts.length, chars), tokens };
}

function rates(seconds: number[], docs: number, chars: number): Throughput {
  const s = median(seconds);
  return { charsPerSec: chars / s, docsPerSec: docs / s, passSeconds: seconds };
}
