import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az, { type AzParse } from 'az';

/**
 * Az.js (OpenCorpora morphology) behind a small synchronous, cached interface.
 * Az loads its dictionaries with asynchronous callbacks; we read the files synchronously
 * and deliver the callbacks after init has registered all of them, so that `annotate`
 * can stay a plain synchronous function.
 */

export interface Analysis {
  lemma: string;
  pos: string;
  /** OpenCorpora grammemes: case, gender, number, and Name/Surn/Patr/Geox/Orgn/Abbr. */
  grams: string[];
  score: number;
  /** Found in the dictionary, not guessed from the word's ending. */
  known: boolean;
}

interface CacheEntry {
  analyses: Analysis[];
  parses: AzParse[];
}

export interface Morphology {
  analyse(word: string): readonly Analysis[];
  /** The word inflected to the given grammemes, from its `index`-th analysis; null when impossible. */
  inflect(word: string, index: number, grams: string[]): string | null;
  /** Words parsed so far (cache size), for the benchmark. */
  readonly size: number;
}

let loaded = false;

function loadAz(): void {
  if (loaded) return;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('az')), '..', 'dicts');
  const pending: Array<() => void> = [];
  const original = Az.load;
  Az.load = (url, type, callback) => {
    const buffer = readFileSync(url);
    const data = type === 'json'
      ? JSON.parse(buffer.toString('utf8'))
      : buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    pending.push(() => callback(null, data));
  };
  let failure: unknown = null;
  try {
    Az.Morph.init(dir, (err) => { failure = err; });
    while (pending.length > 0) pending.shift()!();
  } finally {
    Az.load = original;
  }
  if (failure) throw failure;
  loaded = true;
}

const MAX_ANALYSES = 4;
const CACHE_LIMIT = 200_000;

export function createMorphology(): Morphology {
  loadAz();
  const cache = new Map<string, CacheEntry>();

  const entry = (word: string): CacheEntry => {
    let hit = cache.get(word);
    if (hit) return hit;
    const parses = Az.Morph(word).slice(0, MAX_ANALYSES);
    hit = { parses, analyses: parses.map((p) => toAnalysis(p, word)) };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, hit);
    return hit;
  };

  return {
    analyse: (word) => entry(word).analyses,
    inflect(word, index, grams) {
      const parse = entry(word).parses[index];
      if (!parse) return null;
      const form = parse.inflect(grams);
      return form ? form.word : null;
    },
    get size() {
      return cache.size;
    },
  };
}

function toAnalysis(parse: AzParse, word: string): Analysis {
  const tag = parse.tag as unknown as { stat: string[]; flex: string[]; POS?: string };
  const normal = parse.normalize();
  return {
    lemma: normal?.word ?? parse.word ?? word,
    pos: tag.POS ?? '',
    grams: [...tag.stat, ...tag.flex],
    score: parse.score,
    known: (parse as { parser?: string }).parser === 'Dictionary',
  };
}
