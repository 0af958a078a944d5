import type { Analysis, Candidate } from '../../types.js';
import { lengthOf } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';

const AGREEMENT = ['masc', 'femn', 'neut', 'plur', 'nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/**
 * «Кыргызской Республики», «Северо-Кавказским округом», «Штокмановского месторождения»: one
 * capitalised word the morphology reads only as an adjective, agreeing with the noun right after
 * it, describes that noun; it is no person (a surname in -ский stands before a verb or alone:
 * Жириновский заявил). Dictionary people are left alone.
 */
export function isAdjectiveBeforeNoun(ctx: NerContext, c: Candidate): boolean {
  if (c.type !== 'PER' || c.entry || lengthOf(c) !== 1) return false;
  const i = c.tokens[0];
  const hyphenated = ctx.words[i]!.folded.includes('-');
  // «депутатом Винницкого городского совета»: a word the dictionary knows both as an adjective and
  // as a surname (Винницкий) is the adjective when a noun agreeing with it follows.
  const readings = ctx.words[i]!.analyses.filter((a) => !(a.pos === 'NOUN' && a.grams.includes('Surn')));
  if (readings.length === 0 || readings.some((a) => a.pos !== 'ADJF' || (!a.known && !hyphenated))) return false;
  // «Северо-Кавказским военным округом»: lower-case adjectives may stand between it and the noun.
  let k = i + 1;
  while (k < i + 3 && ctx.words[k]?.shape === 'lower' && adjacent(ctx, k - 1, k) && ctx.analyseWord(ctx.words[k]!)[0]?.pos === 'ADJF') k++;
  return nounAgrees(ctx, k, readings);
}

function nounAgrees(ctx: NerContext, i: number, readings: readonly Analysis[]): boolean {
  const next = ctx.words[i];
  // «Ампелонский и Едидин», «Печерского в суд»: a short word's noun reading (the letter и) says nothing.
  if (!next || ctx.tokens[i]!.kind !== 'word' || !adjacent(ctx, i - 1, i) || next.folded.length <= 2) return false;
  const nextReadings = next.shape === 'lower' ? ctx.analyseWord(next) : next.analyses;
  if (nextReadings[0]?.pos !== 'NOUN') return false;
  const nouns = nextReadings.filter((a) => a.pos === 'NOUN');
  return readings.some((adj) => nouns.some((noun) => agrees(adj, noun)));
}

function agrees(adjective: Analysis, noun: Analysis): boolean {
  const want = adjective.grams.filter((g) => AGREEMENT.includes(g));
  // A plural noun agrees whatever its gender; a singular one in gender and case.
  return want.every((g) => noun.grams.includes(g) || (noun.grams.includes('plur') && ['masc', 'femn', 'neut'].includes(g)));
}
