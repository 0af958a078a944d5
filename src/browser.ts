import Az from 'az';
import { createAnnotatorWith, type Annotator, type AnnotatorOptions } from './annotator.js';
import { GazetaError } from './errors.js';
import { AZ_DICTIONARY_FILES, cachedMorphology, initAz, isAzLoaded, type AzDictionaries, type AzDictionaryName, type Morphology } from './morph/az-core.js';

/*
 * The browser entry (`gazeta/browser`, dist/browser.js): the same pipeline as in Node, with
 * Az's dictionaries fetched over HTTP instead of read with fs. It imports no Node built-in;
 * tsup.config.ts fails the build if anything here pulls one in.
 */

export interface LoadAnnotatorOptions extends Omit<AnnotatorOptions, 'dictionaryFiles'> {
  /** Where a copy of node_modules/az/dicts is served: the directory's URL, absolute or relative to the page. */
  dictsUrl: string | URL;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
}

/** The files loadAnnotator fetches from `dictsUrl` (≈11 MB in all): copy these from node_modules/az/dicts. */
export const azDictionaryFiles: readonly string[] = Object.keys(AZ_DICTIONARY_FILES);

/** Az's morphology is one per page: it is fetched once, whatever the number of annotators. */
let morphology: Promise<Morphology> | null = null;

async function fetchDictionaries(base: URL, fetchFn: typeof fetch): Promise<AzDictionaries> {
  const entries = await Promise.all(Object.entries(AZ_DICTIONARY_FILES).map(async ([name, type]) => {
    const url = new URL(name, base);
    let response: Response;
    try {
      response = await fetchFn(url.href);
    } catch (error) {
      throw new GazetaError('DICTIONARY_READ', `cannot fetch Az dictionary ${url.href}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new GazetaError('DICTIONARY_READ', `cannot fetch Az dictionary ${url.href}: HTTP ${response.status}`);
    try {
      return [name, type === 'json' ? await response.json() : await response.arrayBuffer()] as const;
    } catch (error) {
      throw new GazetaError('DICTIONARY_FORMAT', `cannot read Az dictionary ${url.href}: ${(error as Error).message}`);
    }
  }));
  return Object.fromEntries(entries) as Record<AzDictionaryName, unknown>;
}

function dictionaryBase(dictsUrl: string | URL): URL {
  const href = String(dictsUrl);
  const base = (globalThis as { location?: { href?: string } }).location?.href;
  try {
    // A directory: without the trailing slash, new URL(name, base) would replace its last segment.
    return new URL(href.endsWith('/') ? href : `${href}/`, base);
  } catch {
    throw new GazetaError('INVALID_OPTIONS', `options.dictsUrl is not a URL: ${href}`);
  }
}

/**
 * Fetches Az's dictionaries from `dictsUrl` (once per page) and returns an annotator with the
 * built-in dictionaries plus `dictionaries`, exactly as `createAnnotator` does in Node.
 * Dictionary files (`dictionaryFiles`) need a file system: in a browser pass entries instead.
 */
export async function loadAnnotator(options: LoadAnnotatorOptions): Promise<Annotator> {
  if (typeof options !== 'object' || options === null) throw new GazetaError('INVALID_OPTIONS', 'loadAnnotator() expects options with dictsUrl');
  const { dictsUrl, fetch: fetchOption, ...annotatorOptions } = options;
  if (typeof dictsUrl !== 'string' && !(dictsUrl instanceof URL)) throw new GazetaError('INVALID_OPTIONS', 'options.dictsUrl must be the URL of the Az dictionaries');
  if ((annotatorOptions as AnnotatorOptions).dictionaryFiles !== undefined) {
    throw new GazetaError('INVALID_OPTIONS', 'options.dictionaryFiles needs a file system (Node): in a browser pass the entries in options.dictionaries');
  }
  const fetchFn = fetchOption ?? globalThis.fetch;
  if (typeof fetchFn !== 'function') throw new GazetaError('INVALID_OPTIONS', 'no fetch: pass options.fetch');
  const base = dictionaryBase(dictsUrl);
  if (!morphology) {
    morphology = isAzLoaded()
      ? Promise.resolve(cachedMorphology())
      : fetchDictionaries(base, fetchFn).then((files) => {
        initAz(Az, files);
        return cachedMorphology();
      });
    // A failed load (network, HTTP error) may be retried by the next call.
    morphology.catch(() => { morphology = null; });
  }
  return createAnnotatorWith(await morphology, annotatorOptions);
}

export type { AnnotateOptions, Annotator, AnnotatorOptions } from './annotator.js';
export { GazetaError, type GazetaErrorCode } from './errors.js';
export { version } from './version.js';
export { segment, tokenize, splitSentences, type Segmentation } from './segment/index.js';
export { convertOffsets, offsetConverter, type OffsetUnit } from './format/offsets.js';
export { render, renderFiles, FORMAT_NAMES, OFFSET_FORMATS, type FormatName, type RenderOptions, type Renderer } from './format/index.js';
export { toJsonRecord, type JsonRecord, type OffsetOptions } from './format/jsonl.js';
export { formatText } from './format/text.js';
export { formatInline } from './format/inline.js';
export { formatEntities, toEntityRecord, type EntityRecord } from './format/entities.js';
export { formatConll, parseConll, bioToSpans, type ConllSentences, type TokenSpan } from './format/conll.js';
export { formatBrat, parseBrat, type BratAnnotations } from './format/brat.js';
export { formatHtml } from './format/html.js';
export { formatLabelStudio, toLabelStudioTask, LABEL_STUDIO_CONFIG, type LabelStudioResult, type LabelStudioTask } from './format/label-studio.js';
export { formatSpacy, toSpacyRecord, type SpacyRecord } from './format/spacy.js';
export type { UserEntry } from './dict/user.js';
export type { UserPattern } from './dict/parse.js';
export type {
  Document, DictEntry, Entity, EntityId, EntityType, Mention, Quote, QuoteKind, Reference, Sentence, Span, Token, TokenKind, Warning,
} from './types.js';
