import type { Analysis, Morphology } from '../types.js';
import { Generations } from '../util/cached.js';
import { ownString } from '../util/own-string.js';
import { PROPER_GRAMMEMES } from './grammemes.js';

export type { Analysis, Morphology };
import type { AzParse, AzStatic } from 'az';

/**
 * Az.js (OpenCorpora morphology) behind a small synchronous, cached interface, built from
 * the dictionary files' contents: no file system here, so this module runs in Node and in a
 * browser alike. `./az.js` reads the files with fs (Node); `../browser.ts` fetches them.
 *
 * Az loads its dictionaries through `Az.load(url, type, callback)` with asynchronous
 * callbacks; we replace Az.load for the duration of `Az.Morph.init` with a lookup in the
 * given contents and deliver the callbacks after init has registered all of them, so that
 * the morphology is ready when this returns and `annotate` can stay synchronous.
 */


/** The files of Az's `dicts/` directory that `Az.Morph.init` reads, and how it reads each. */
export const AZ_DICTIONARY_FILES = {
  'words.dawg': 'arraybuffer',
  'prediction-suffixes-0.dawg': 'arraybuffer',
  'prediction-suffixes-1.dawg': 'arraybuffer',
  'prediction-suffixes-2.dawg': 'arraybuffer',
  'p_t_given_w.intdawg': 'arraybuffer',
  'grammemes.json': 'json',
  'gramtab-opencorpora-int.json': 'json',
  'suffixes.json': 'json',
  'paradigms.array': 'arraybuffer',
} as const;

export type AzDictionaryName = keyof typeof AZ_DICTIONARY_FILES;

/**
 * Az builds a second, Russian-named tag (`tag.ext`) for every one of its 4 880 tags, read only
 * by its console helpers. We never read it: Az gets a table of blank tags instead of
 * gramtab-opencorpora-ext.json, a 285 KB file less to read and parse.
 */
const UNUSED_EXTERNAL_TAGS = 'gramtab-opencorpora-ext.json';

/**
 * The contents of Az's dictionary files by file name: an ArrayBuffer (or a byte view) for the
 * binary files; parsed JSON, its text, or its bytes for the `.json` files.
 */
export type AzDictionaries = Record<AzDictionaryName, unknown>;

/**
 * Az's morphology is one global: it is initialised once per process (or page). The module
 * itself is passed in (`./az.js` in Node, `../browser.ts` in a browser); the builds bundle
 * it patched to build its 4 880 tags on first use (scripts/az-patch.ts).
 */
let Az: AzStatic | null = null;

export function isAzLoaded(): boolean {
  return Az !== null;
}

function content(name: string, type: 'json' | 'arraybuffer', value: unknown): unknown {
  if (value === undefined) throw new Error(`Az dictionary ${name} is missing`);
  if (type === 'arraybuffer') {
    if (value instanceof ArrayBuffer) return value;
    if (ArrayBuffer.isView(value)) {
      // A copy: Az reads Uint32 views from offset 0, which a pooled Node Buffer may not align.
      return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength);
    }
    throw new Error(`Az dictionary ${name} must be an ArrayBuffer`);
  }
  if (typeof value === 'string') return JSON.parse(value);
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return JSON.parse(new TextDecoder().decode(value as Uint8Array));
  return value;
}

/** Initialises Az's morphology from the files' contents; later calls do nothing. */
export function initAz(az: AzStatic, files: AzDictionaries): void {
  if (Az) return;
  initialise(az, files);
  Az = az;
}

/** Runs `az.Morph.init` on the files' contents, synchronously; throws what Az or a file reports. */
export function initialise(az: AzStatic, files: AzDictionaries): void {
  const pending: Array<() => void> = [];
  const original = az.load;
  let failure: unknown = null;
  az.load = (url, type, callback) => {
    const name = url.slice(url.lastIndexOf('/') + 1);
    let data: unknown;
    if (name === UNUSED_EXTERNAL_TAGS) {
      pending.push(() => callback(null, blankTags(files)));
      return;
    }
    try {
      const expected = (AZ_DICTIONARY_FILES as Record<string, 'json' | 'arraybuffer' | undefined>)[name];
      if (!expected) throw new Error(`Az asked for an unknown dictionary ${name}`);
      data = content(name, expected, (files as Record<string, unknown>)[name]);
    } catch (error) {
      failure ??= error;
      return;
    }
    pending.push(() => callback(null, data));
  };
  try {
    az.Morph.init('', (err) => { failure ??= err; });
    if (!failure) while (pending.length > 0) pending.shift()!();
  } finally {
    az.load = original;
  }
  if (failure) throw failure;
}

function blankTags(files: AzDictionaries): string[] {
  const internal = content('gramtab-opencorpora-int.json', 'json', files['gramtab-opencorpora-int.json']) as unknown[];
  return new Array<string>(internal.length).fill('');
}

const MAX_ANALYSES = 4;

/**
 * The best few parses, and the dictionary's proper-name ones among the rest: Az ranks a common noun's case
 * forms first, which would hide the name (марии: four forms of «марь» before «Мария»).
 */
function keptParses(parses: AzParse[]): AzParse[] {
  const kept = parses.slice(0, MAX_ANALYSES);
  for (const parse of parses.slice(MAX_ANALYSES)) {
    if (kept.length >= 2 * MAX_ANALYSES) break;
    // Dictionary parses only: guessed surname readings (Зеленской → «Зеленска») mislead.
    if (isKnown(parse) && parse.tag.stat.some((g) => PROPER_GRAMMEMES.includes(g))) kept.push(parse);
  }
  return kept;
}
/** Entries per generation (util/cached.ts): twice the word records', as lower-case forms are analysed too. */
const CACHE_LIMIT = 96_000;
/** Forms inflected, per generation: the names a stream normalises (a few thousand over the eval corpus). */
const INFLECTED_LIMIT = 16_000;

/** A morphology over Az, which must be initialised already (initAz). */
export function cachedMorphology(): Morphology {
  if (!Az) throw new Error('Az is not initialised: call initAz with its dictionaries first');
  const az = Az;
  // The analyses alone, as the value: not a wrapper object per word (up to 2 × 96 000 of them)
  // for the few words that are ever inflected.
  const cache = new Generations<string, Analysis[]>(CACHE_LIMIT);
  /**
   * Forms inflected so far, by `word|index|grammemes`: the resolver asks the same names'
   * nominatives in every document. Only the form is kept: a form not made yet parses the word
   * again (Az is deterministic), as Az's parses of a word took ~1 KB (2.3 MB for the 2 400
   * words the eval corpus inflects, against some 3 500 parses more, once each, on a first pass).
   */
  const inflections = new Generations<string, string | null>(INFLECTED_LIMIT);
  /**
   * One string per lemma: Az writes a new one for every parse, and the forms of one word share
   * it (some 100 000 lemma strings over the corpus, 26 000 distinct).
   */
  const lemmas = new Generations<string, string>(CACHE_LIMIT);
  const lemmaOf = (lemma: string) => {
    const known = lemmas.get(lemma);
    if (known !== undefined) return known;
    lemmas.set(lemma, lemma);
    return lemma;
  };

  // Parses made, counted apart from the cache: its size falls when a generation is dropped, and
  // the CLI's workers read a rise of this count as "parsed here" (cli/shared-words.ts).
  let parsed = 0;
  const analyse = (word: string): Analysis[] => {
    let hit = cache.get(word);
    if (hit) return hit;
    word = ownString(word);
    parsed++;
    hit = keptParses(az.Morph(word)).map((p) => toAnalysis(p, word, lemmaOf));
    cache.set(word, hit);
    return hit;
  };

  return {
    analyse,
    inflect(word, index, grams) {
      // Analysed first, as a word to inflect always was: the cache and the count of parses stay as they were.
      analyse(word);
      const key = `${word}|${index}|${grams.join(',')}`;
      const form = inflections.get(key);
      if (form !== undefined) return form;
      // Az is deterministic: parsing the word again gives the parses the analyses were made from.
      const parse = keptParses(az.Morph(word))[index];
      const made = parse ? parse.inflect(grams) : null;
      const inflected = made ? made.word : null;
      // Az may make a form without a word: undefined, given again, and asked again each time.
      if (inflected !== undefined) inflections.set(ownString(key), inflected === null ? null : ownString(inflected));
      return inflected;
    },
    get size() {
      return parsed;
    },
  };
}

/** Found in Az's dictionary, not guessed from the word's ending. */
function isKnown(parse: AzParse): boolean {
  return parse.parser === 'Dictionary';
}

/**
 * One grammeme list per Az tag, shared by every analysis with that tag: Az has a few thousand
 * tags, while the caches hold some 10⁵ analyses (a tenth of the heap when each had its copy).
 * Shared, so read-only (the Analysis type says so); not frozen, as V8 reads a frozen array's
 * find/some/filter on a slow path, 15× slower than a plain one's.
 */
const gramsByTag = new WeakMap<object, readonly string[]>();

function gramsOf(tag: AzParse['tag']): readonly string[] {
  let grams = gramsByTag.get(tag);
  if (!grams) gramsByTag.set(tag, (grams = [...tag.stat, ...tag.flex]));
  return grams;
}

function toAnalysis(parse: AzParse, word: string, lemmaOf: (lemma: string) => string): Analysis {
  const { tag } = parse;
  const normal = parse.normalize();
  return {
    lemma: lemmaOf(normal?.word ?? parse.word ?? word),
    pos: tag.POS ?? '',
    grams: gramsOf(tag),
    score: parse.score,
    known: isKnown(parse),
  };
}
