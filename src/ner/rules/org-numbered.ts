import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';
import { perWordFlag } from '../../util/word-memo.js';

const HEADS = wordSet('numbered-unit-heads');
/** The heads' first letters: a cheap first test before any morphology (every case form keeps them: армии, лицея). */
const PREFIX = 4;
const HEAD_PREFIXES: ReadonlySet<string> = new Set([...HEADS].map((h) => h.slice(0, PREFIX)));
/** «12-й», «58-я», «14-о», «15-м»: a number with an ordinal's ending, one token. */
const ORDINAL = /^\d{1,3}-[а-я]{1,3}$/;
const MAX_ADJECTIVES = 2;

/**
 * Bodies named by their number: «12-й долговременной экспедиции», «2-й гвардейской армии»,
 * «семнадцатой экспедиции», «21-го лицея». An ordinal (in figures, or a word the morphology reads
 * as one), at most two lower-case adjectives, and a head of numbered-unit-heads: no capital marks
 * such a name, the number does. The head by its lemma: «лица» shares a stem with «лицей».
 */
export function numberedOrgCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  const next = nextHeadOpeners(ctx);
  for (let i = 0; i < ctx.tokens.length; i++) {
    // A word that begins as a head does lies among the next MAX_ADJECTIVES + 1 tokens.
    if (ctx.tokens[i]!.kind !== 'word' || next[i + 1]! > i + MAX_ADJECTIVES + 1 || !isOrdinal(ctx, i)) continue;
    let k = i + 1;
    while (k - i - 1 < MAX_ADJECTIVES && isLowerWord(ctx, k) && adjacent(ctx, k - 1, k) && ctx.analyseWord(ctx.words[k]!)[0]?.pos === 'ADJF') k++;
    if (!isLowerWord(ctx, k) || !adjacent(ctx, k - 1, k) || !ctx.analyseWord(ctx.words[k]!).some((a) => a.pos === 'NOUN' && HEADS.has(a.lemma))) continue;
    out.push(candidate(i, k + 1, 'ORG', 'numbered-org', PRIORITY.abbreviation + 1));
    i = k;
  }
  return out;
}

/**
 * Token i → the first token at or after it that begins as a head does (NO_HEAD if none):
 * one pass from the end, so that each token's record is read once, not once per token before it in reach.
 */
function nextHeadOpeners(ctx: NerContext): Int32Array {
  const n = ctx.tokens.length;
  const next = new Int32Array(n + 1);
  next[n] = NO_HEAD;
  for (let k = n - 1; k >= 0; k--) next[k] = opensLikeHead(ctx.words[k]!) ? k : next[k + 1]!;
  return next;
}

const NO_HEAD = 0x7fffffff;

/** Kept on the word form's record, not sliced each time. */
const opensLikeHead = perWordFlag((w) => HEAD_PREFIXES.has(w.folded.slice(0, PREFIX)));

function isOrdinal(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  if (ORDINAL.test(ctx.tokens[i]!.text)) return true;
  return word.shape === 'lower' && !!ctx.analyseWord(word)[0]?.grams.includes('Anum');
}

function isLowerWord(ctx: NerContext, k: number): boolean {
  return ctx.tokens[k]?.kind === 'word' && ctx.words[k]!.shape === 'lower';
}
