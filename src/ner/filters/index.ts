import type { Candidate } from '../../types.js';
import type { NerContext } from '../context.js';
import { isAdjectiveBeforeNoun, personSurnames } from './adjective-persons.js';
import { withoutCompetitions } from './competitions.js';
import { isOrgNounPerson } from './org-noun-persons.js';
import { withoutProducts } from './products.js';
import { isQuotedPlace } from './quoted-names.js';
import { withoutTermAbbreviations } from './term-abbreviations.js';
import { isTitleName } from './titles.js';
import { outsideUrls } from './urls.js';

/** A set-level filter: drops candidates by what the whole proposal says, before selection. */
export interface Filter {
  name: string;
  run: (ctx: NerContext, candidates: Candidate[]) => Candidate[];
}

/** The filters, in the order they run. */
export const FILTERS: readonly Filter[] = [
  { name: 'outside-urls', run: outsideUrls },
  { name: 'quoted-names', run: (ctx, candidates) => without(candidates, (c) => isQuotedPlace(ctx, c)) },
  { name: 'products', run: withoutProducts },
  { name: 'titles', run: (ctx, candidates) => without(candidates, (c) => isTitleName(ctx, c)) },
  { name: 'competitions', run: withoutCompetitions },
  { name: 'term-abbreviations', run: withoutTermAbbreviations },
  { name: 'adjective-persons', run: (ctx, candidates) => {
    const surnames = personSurnames(ctx, candidates);
    return without(candidates, (c) => isAdjectiveBeforeNoun(ctx, c, surnames));
  } },
  { name: 'org-noun-persons', run: (ctx, candidates) => without(candidates, (c) => isOrgNounPerson(ctx, c)) },
];

/** The candidates but those dropped; the list itself where none is (most filters drop none), not a copy per filter. */
function without(candidates: Candidate[], drop: (c: Candidate) => boolean): Candidate[] {
  let out: Candidate[] | null = null;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (drop(c)) out ??= candidates.slice(0, k);
    else if (out) out.push(c);
  }
  return out ?? candidates;
}

export function filterCandidates(ctx: NerContext, candidates: Candidate[]): Candidate[] {
  return FILTERS.reduce((kept, f) => f.run(ctx, kept), candidates);
}
