import lexiconData from './generated/lexicon.json' with { type: 'json' };
import { readUserEntries, type UserEntry } from './dict/user.js';
import { GazetaError } from './errors.js';
import { prepareLexicon, type Lexicon } from './lexicon.js';
import type { Morphology } from './morph/index.js';
// Node only (reads Az's dictionaries with fs); the browser build swaps it for ./morph/az-browser.ts
// (see tsup.config.ts), and src/browser.ts injects a morphology built from fetched files.
import { createMorphology } from './morph/az.js';
import { direct, runPipeline, type AnnotateOptions, type Stage, type StageRunner } from './pipeline.js';
import type { CompiledLexicon, Document } from './types.js';

export type { AnnotateOptions, Stage, StageRunner };

export interface AnnotatorOptions {
  /** Extra entries ({type, pattern, id, name?} or {id, type, name, aliases}); they win over built-in ones. */
  dictionaries?: readonly UserEntry[];
  /** Paths of dictionary files: JSONL patterns or gazetteer TSV. */
  dictionaryFiles?: readonly string[];
}


export interface Annotator {
  annotate(text: string, options?: AnnotateOptions): Document;
}

let builtIn: { morphology: Morphology; lexicon: CompiledLexicon } | null = null;

function loadBuiltIn(morphology?: Morphology) {
  if (morphology) return { morphology, lexicon: lexiconData as unknown as CompiledLexicon };
  builtIn ??= { morphology: createMorphology(), lexicon: lexiconData as unknown as CompiledLexicon };
  return builtIn;
}

function checkOptions(options: unknown): AnnotatorOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw new GazetaError('INVALID_OPTIONS', 'options must be an object');
  const { dictionaries, dictionaryFiles } = options as AnnotatorOptions;
  if (dictionaries !== undefined && !Array.isArray(dictionaries)) throw new GazetaError('INVALID_OPTIONS', 'options.dictionaries must be an array');
  if (dictionaryFiles !== undefined && (!Array.isArray(dictionaryFiles) || dictionaryFiles.some((f) => typeof f !== 'string'))) {
    throw new GazetaError('INVALID_OPTIONS', 'options.dictionaryFiles must be an array of paths');
  }
  return options as AnnotatorOptions;
}

/** Loads the dictionaries and the morphology once; the annotator then serves any number of texts. */
export function createAnnotator(options?: AnnotatorOptions): Annotator {
  const resources = loadLexicon(options);
  return { annotate: (text, annotateOptions) => annotateWith(resources, text, annotateOptions) };
}

/** Same as createAnnotator, with the given morphology instead of Az's read from disk: how the browser build (src/browser.ts) gets in. */
export function createAnnotatorWith(morphology: Morphology, options?: AnnotatorOptions): Annotator {
  const resources = loadLexicon(options, morphology);
  return { annotate: (text, annotateOptions) => annotateWith(resources, text, annotateOptions) };
}

/** Same as createAnnotator, but every stage goes through `run`: the benchmark times stages with it. */
export function createStagedAnnotator(options?: AnnotatorOptions): { annotate(text: string, run: StageRunner): Document } {
  const resources = loadLexicon(options);
  return { annotate: (text, run) => annotateWith(resources, text, {}, run) };
}

function loadLexicon(options?: AnnotatorOptions, injected?: Morphology): Lexicon {
  const { dictionaries = [], dictionaryFiles = [] } = checkOptions(options);
  const { morphology, lexicon } = loadBuiltIn(injected);
  const user = readUserEntries(dictionaryFiles, dictionaries);
  return prepareLexicon(lexicon, user, morphology);
}

function annotateWith(lexicon: Lexicon, text: string, options: AnnotateOptions = {}, run: StageRunner = direct): Document {
  if (typeof text !== 'string') throw new GazetaError('INVALID_INPUT', `annotate() expects a string, got ${text === null ? 'null' : typeof text}`);
  const budget = options.timeBudgetMs;
  if (budget !== undefined && (typeof budget !== 'number' || !(budget >= 0))) {
    throw new GazetaError('INVALID_OPTIONS', `options.timeBudgetMs must be a number of milliseconds ≥ 0, got ${String(budget)}`);
  }
  return runPipeline(lexicon, text, options, run);
}

let shared: Annotator | null = null;

/** Annotates one text with the built-in dictionaries (loaded on first use). */
export function annotate(text: string, options?: AnnotateOptions): Document {
  shared ??= createAnnotator();
  return shared.annotate(text, options);
}
