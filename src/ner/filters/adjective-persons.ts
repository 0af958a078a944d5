import type { Analysis, Candidate } from '../../types.js';
import { ADJECTIVE_AGREEMENT_GRAMMEMES, fold } from '../../morph/index.js';
import { lengthOf } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';

const AGREEMENT = ADJECTIVE_AGREEMENT_GRAMMEMES;

/**
 * «Кыргызской Республики», «Северо-Кавказским округом», «Штокмановского месторождения»: one
 * capitalised word the morphology reads only as an adjective, agreeing with the noun right after
 * it, describes that noun; it is no person (a surname in -ский stands before a verb or alone:
 * Жириновский заявил). Dictionary people are left alone.
 */
export function isAdjectiveBeforeNoun(ctx: NerContext, c: Candidate, surnames: ReadonlySet<string> = new Set()): boolean {
  if (c.type !== 'PER' || c.entry || lengthOf(c) !== 1) return false;
  const i = c.tokens[0];
  const hyphenated = ctx.words[i]!.folded.includes('-');
  // «депутатом Винницкого городского совета»: a word the dictionary knows both as an adjective and
  // as a surname (Винницкий) is the adjective when a noun agreeing with it follows.
  const analyses = ctx.words[i]!.analyses;
  const readings = analyses.filter((a) => !(a.pos === 'NOUN' && a.grams.includes('Surn')));
  const known = readings.length > 0 && readings.every((a) => a.pos === 'ADJF' && (a.known || hyphenated));
  if (!known && !isGuessedAdjective(analyses, surnames)) return false;
  // «Северо-Кавказским военным округом»: lower-case adjectives may stand between it and the noun.
  let k = i + 1;
  while (k < i + 3 && ctx.words[k]?.shape === 'lower' && adjacent(ctx, k - 1, k) && ctx.analyseWord(ctx.words[k]!)[0]?.pos === 'ADJF') k++;
  // A guessed one only before a thing (Ковальского сына is a person's son, not an adjective).
  return nounAgrees(ctx, k, readings.filter((a) => a.pos === 'ADJF'), !known);
}

/**
 * «Хризантемового трона», «Кедрового ручья»: a word the dictionary does not know, guessed first as an
 * adjective in -овый/-евый, whatever else its ending could be guessed as: surnames in -ов/-ев decline
 * as nouns (Кедрова, not Кедрового). An adjective made from the surname of a person the text names
 * (Шукшин → «Шукшинские дни») is left to the rules that found it. Unknown words in -ский are not
 * taken: before a thing they are as often a surname (measured on the judging part: recall fell).
 */
function isGuessedAdjective(analyses: readonly Analysis[], surnames: ReadonlySet<string>): boolean {
  const best = analyses[0];
  const stem = best && !best.known && best.pos === 'ADJF' ? ADJECTIVE_LEMMA.exec(fold(best.lemma))?.[1] : undefined;
  // Бах → Баховская медаль: the surname may have taken -ов/-ев before the suffix.
  return !!stem && !surnames.has(stem) && !surnames.has(stem.replace(/[ое]в$/, ''));
}

const ADJECTIVE_LEMMA = /^(.+?)(?:овый|евый)$/;

/** The folded lemmas of the last words of the document's person candidates (Шукшин, Бах). */
export function personSurnames(ctx: NerContext, candidates: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) if (c.type === 'PER') out.add(ctx.words[c.tokens[1] - 1]!.lemma);
  return out;
}

function nounAgrees(ctx: NerContext, i: number, readings: readonly Analysis[], thingOnly = false): boolean {
  const next = ctx.words[i];
  // «Ампелонский и Едидин», «Печерского в суд»: a short word's noun reading (the letter и) says nothing.
  if (!next || ctx.tokens[i]!.kind !== 'word' || !adjacent(ctx, i - 1, i) || next.folded.length <= 2) return false;
  const nextReadings = next.shape === 'lower' ? ctx.analyseWord(next) : next.analyses;
  if (nextReadings[0]?.pos !== 'NOUN' || (thingOnly && (next.shape !== 'lower' || nextReadings[0].grams.includes('anim')))) return false;
  const nouns = nextReadings.filter((a) => a.pos === 'NOUN');
  return readings.some((adj) => nouns.some((noun) => agrees(adj, noun)));
}

function agrees(adjective: Analysis, noun: Analysis): boolean {
  const want = adjective.grams.filter((g) => AGREEMENT.includes(g));
  // A plural noun agrees whatever its gender; a singular one in gender and case.
  return want.every((g) => noun.grams.includes(g) || (noun.grams.includes('plur') && ['masc', 'femn', 'neut'].includes(g)));
}
