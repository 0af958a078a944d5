import { wordSet } from '../../dict/words.js';
import { adjectiveAgrees } from '../../morph/agreement.js';
import type { Candidate } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';
import { nameAfter } from '../rewrites/named-after.js';
import { isRelationalAdjective } from './org-chunker.js';
import { perWordFlag } from '../../util/word-memo.js';

const NAMED_AFTER = wordSet('named-after');
/** Per word form (src/util/word-memo.ts): the scan asks it of every lower-case word. */
const isNamedAfter = perWordFlag((w) => NAMED_AFTER.has(w.folded));
/** Genitive words between the head and «имени» (Институт русского языка имени …). */
const MAX_GENITIVES = 3;
/** Adjectives before the head (Северо-Западный федеральный медицинский исследовательский центр). */
const MAX_ADJECTIVES = 4;

/**
 * «театра имени Марии Ермоловой», «НИИ им. Склифосовского», «Институт русского языка имени
 * Виноградова», «Литературный институт имени А. М. Горького»: a body's noun (in any case and
 * shape) or an abbreviation, with its genitive words and the adjectives before it, right before
 * «имени»/«им.» and a person's name is one body, the name included, though nothing else named it.
 * Longer than the person inside, it wins the selection.
 */
export function namedAfterOrgCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 1; j < ctx.tokens.length; j++) {
    const w = ctx.words[j]!;
    if (ctx.tokens[j]!.kind !== 'word' || w.shape !== 'lower' || !isNamedAfter(w)) continue;
    const end = nameAfter(ctx, j + 1);
    if (end < 0) continue;
    const head = headBefore(ctx, j - 1);
    if (head < 0) continue;
    out.push(candidate(adjectivesBefore(ctx, head), end, 'ORG', 'named-after', PRIORITY.abbreviation));
  }
  return out;
}

/** The body's head at or before `k` (past at most MAX_GENITIVES lower-case genitive words), else -1. */
function headBefore(ctx: NerContext, k: number): number {
  for (let n = 0; n <= MAX_GENITIVES && k >= 0 && ctx.tokens[k]!.kind === 'word' && adjacent(ctx, k, k + 1); n++, k--) {
    const w = ctx.words[k]!;
    if (ctx.lexicon.orgNouns.has(w.key) || (w.shape === 'upper' && w.folded.length >= 2)) return k;
    if (w.shape !== 'lower' || !ctx.analyseWord(w).some((a) => a.grams.includes('gent'))) return -1;
  }
  return -1;
}

/**
 * The first of the adjectives right before the head: capitalised ones, or relational lower-case
 * ones (драматическом), each agreeing with the head, so a sentence's first word read as an
 * adjective stays out («Учёные Института … имени …»: nominative plural before a genitive).
 */
function adjectivesBefore(ctx: NerContext, head: number): number {
  const noun = ctx.words[head]!;
  const nounAnalyses = noun.shape === 'lower' ? ctx.analyseWord(noun) : noun.analyses;
  const checks = nounAnalyses.some((a) => a.pos === 'NOUN');
  let k = head;
  while (head - k < MAX_ADJECTIVES && k > 0 && ctx.tokens[k - 1]!.kind === 'word' && adjacent(ctx, k - 1, k)) {
    const w = ctx.words[k - 1]!;
    const analyses = w.shape === 'lower' ? ctx.analyseWord(w) : w.analyses;
    if (w.shape === 'lower' ? !isRelationalAdjective(analyses) : w.shape !== 'title' || analyses[0]?.pos !== 'ADJF') break;
    if (checks && !adjectiveAgrees(analyses, nounAnalyses)) break;
    k--;
  }
  return k;
}
