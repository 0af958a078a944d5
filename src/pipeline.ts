import { languageWarnings } from './language.js';
import type { Lexicon } from './lexicon.js';
import { analyseTokens } from './morph/index.js';
import { recognise } from './ner/recognise.js';
import { findQuotes, quoteContext } from './quotes/index.js';
import { createResolver, linkPronouns, resolveEntities } from './resolve/index.js';
import { segmentDocument } from './segment/index.js';
import { maskLinkMarkup, restoreLinkMarkup } from './segment/link-markup.js';
import type { Document } from './types.js';

/**
 * The composition: each stage takes the document so far and the lexicon, and returns its own
 * new data. Nothing here knows Russian; every rule lives in its stage.
 */

export interface AnnotateOptions {
  /** Find quotes (default true). */
  quotes?: boolean;
  /**
   * Milliseconds the document may take. Checked between stages: once it is spent, the stages
   * left do not run, their lists stay empty, and the document carries a TIME_BUDGET warning.
   * Every stage is linear, so a budget bounds a pathological input, not ordinary news.
   */
  timeBudgetMs?: number;
}

/** The pipeline's stages, in order. */
export type Stage = 'segment' | 'morph' | 'recognise' | 'resolve' | 'quotes' | 'pronouns';
/** Runs one stage's work: annotate runs it directly, the benchmark (bench/) wraps it in a timer. */
export type StageRunner = <T>(stage: Stage, work: () => T) => T;
export const direct: StageRunner = (_stage, work) => work();

export function runPipeline(lexicon: Lexicon, text: string, options: AnnotateOptions = {}, run: StageRunner = direct): Document {
  // Wiki link markup is read as the link's words (segment/link-markup.ts).
  const links = maskLinkMarkup(text);
  if (!links) return runStages(lexicon, text, options, run);
  return restoreLinkMarkup(runStages(lexicon, links.masked, options, run), text, links.marks);
}

function runStages(lexicon: Lexicon, text: string, options: AnnotateOptions, run: StageRunner): Document {
  const deadline = options.timeBudgetMs === undefined ? Infinity : performance.now() + options.timeBudgetMs;
  const warnings = languageWarnings(text);
  const segmented = run('segment', () => segmentDocument(text));
  const { tokens, sentences } = segmented;
  const partial = (stage: Stage): Document => {
    warnings.push({ code: 'TIME_BUDGET', stage, message: `time budget of ${options.timeBudgetMs} ms spent after the ${stage} stage; later stages skipped` });
    return { text, warnings, tokens, sentences, entities: [], mentions: [], quotes: [] };
  };
  if (performance.now() >= deadline) return partial('segment');
  const analysed = { ...segmented, words: run('morph', () => analyseTokens(tokens, lexicon.morphology)) };
  if (performance.now() >= deadline) return partial('morph');
  const candidates = run('recognise', () => recognise(analysed, lexicon.ner));
  if (performance.now() >= deadline) return partial('recognise');
  const resolved = { ...analysed, ...run('resolve', () => resolveEntities(analysed, candidates, lexicon.resolve)) };
  const { entities, mentions } = resolved;
  // One resolver per document: the quote rules ask it who a pronoun, a role or a descriptor is; it links the pronouns after.
  const resolver = run('resolve', () => createResolver(resolved, lexicon.resolve));
  if (performance.now() >= deadline) return { ...partial('resolve'), entities, mentions };
  const quotes = options.quotes === false ? [] : run('quotes', () => findQuotes(quoteContext(resolver, lexicon.quotes)));
  if (performance.now() >= deadline) return { ...partial('quotes'), entities, mentions, quotes };
  return { text, warnings, tokens, sentences, entities: run('pronouns', () => linkPronouns(resolver, quotes)), mentions, quotes };
}
