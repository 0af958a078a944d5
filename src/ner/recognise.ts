import type { AnalysedDocument, Candidate } from '../types.js';
import { nerContext } from './context.js';
import { filterCandidates } from './filters/index.js';
import type { Recognisers } from './lexicon.js';
import { propose } from './propose/index.js';
import { rewrite } from './rewrites/index.js';
import { selectCandidates } from './select.js';

export type { Recognisers } from './lexicon.js';

/**
 * The recognise stage, in four phases: propose (the gazetteer, then the rules of
 * propose/index.ts in order), filter the whole set (filters/index.ts), select the best
 * non-overlapping candidates (select.ts: longer, then higher priority, then earlier), and
 * rewrite the selection (rewrites/index.ts in order). Returns the mention candidates in text order.
 */
export function recognise(doc: AnalysedDocument, recognisers: Recognisers): Candidate[] {
  const ctx = nerContext(doc, recognisers);
  const selection = selectCandidates(filterCandidates(ctx, propose(ctx)), ctx.tokens.length);
  return rewrite(ctx, selection);
}
