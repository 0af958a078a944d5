import { languageWarnings } from './language.js';
import type { Lexicon } from './lexicon.js';
import { analyseTokens } from './morph/index.js';
import { recognise } from './ner/recognise.js';
import { findQuotes, quoteContext } from './quotes/index.js';
import { createResolver, linkPronouns, resolveEntities } from './resolve/index.js';
import { segmentDocument } from './segment/index.js';
import type { Document } from './types.js';

/**
 * The composition: each stage takes the document so far and the lexicon, and returns its own
 * new data. Nothing here knows Russian; every rule lives in its stage.
 */

export interface PipelineOptions {
  /** Find quotes (default true). */
  quotes?: boolean;
}

/** The pipeline's stages, in order. */
export type Stage = 'segment' | 'morph' | 'recognise' | 'resolve' | 'quotes' | 'pronouns';
/** Runs one stage's work: annotate runs it directly, the benchmark (bench/) wraps it in a timer. */
export type StageRunner = <T>(stage: Stage, work: () => T) => T;
export const direct: StageRunner = (_stage, work) => work();

export function runPipeline(lexicon: Lexicon, text: string, options: PipelineOptions = {}, run: StageRunner = direct): Document {
  const segmented = run('segment', () => segmentDocument(text));
  const { tokens, sentences } = segmented;
  const analysed = { ...segmented, words: run('morph', () => analyseTokens(tokens, lexicon.morphology)) };
  const { words } = analysed;
  const candidates = run('recognise', () => recognise(text, tokens, sentences, words, lexicon.ner));
  const resolved = { ...analysed, ...run('resolve', () => resolveEntities(analysed, candidates, lexicon.resolve)) };
  // One resolver per document: the quote rules ask it who a pronoun, a role or a descriptor is; it links the pronouns after.
  const resolver = run('resolve', () => createResolver(resolved, lexicon.resolve));
  const quotes = options.quotes === false ? [] : run('quotes', () => findQuotes(quoteContext(resolver, lexicon.quotes)));
  const entities = run('pronouns', () => linkPronouns(resolver, quotes));
  const { mentions } = resolved;
  return { text, warnings: languageWarnings(text), tokens, sentences, entities, mentions, quotes };
}
