import { wordSet } from '../dict/words.js';
import type { ResolveContext } from './context.js';

/** The year a news text is of, from the dates it gives: what the office table (office-holders.ts) reads a role by. */

/** Years a document may be dated by: a news text of these years. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2030;

const MONTHS = wordSet('month-genitives');
/** «год» in any case and its abbreviations (г, гг): a year before one dates something. */
const YEAR_WORDS = new Set([...wordSet('year-nouns'), ...wordSet('year-abbreviations')]);

/**
 * The document's year: the latest year the text dates something by (в 2012 году, 5 мая 2012 года,
 * 2012 г.), the year of its news; null where the text gives none.
 */
export function documentYear(ctx: ResolveContext): number | null {
  return ctx.once('document-year', () => {
    let latest: number | null = null;
    for (let k = 0; k < ctx.tokens.length; k++) {
      const t = ctx.tokens[k]!;
      if (t.kind !== 'number' || !/^\d{4}$/.test(t.text)) continue;
      const year = Number(t.text);
      if (year < FIRST_YEAR || year > LAST_YEAR || (latest !== null && year <= latest)) continue;
      const next = ctx.tokens[k + 1];
      const before = ctx.tokens[k - 1];
      const dated = (next?.kind === 'word' && YEAR_WORDS.has(ctx.words[k + 1]!.folded)) || (before?.kind === 'word' && MONTHS.has(ctx.words[k - 1]!.folded));
      if (dated) latest = year;
    }
    return latest;
  });
}
