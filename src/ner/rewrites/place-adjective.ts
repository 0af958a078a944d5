import { wordList, wordSet } from '../../dict/words.js';
import type { Analysis, Candidate } from '../../types.js';
import { adjectiveAgrees } from '../../morph/agreement.js';
import { endingPattern } from '../endings.js';
import { isRelationalAdjective } from '../rules/org-chunker.js';
import { rewritten } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';
import { isRussianBody } from './foreign-owner.js';
import { PLACE_ADJECTIVE, PLACE_ADJECTIVE_ENDINGS } from '../words.js';

const RUSSIA_ADJECTIVES = wordSet('russia-adjectives');

/** Adjectives in -ическ-/-истск- (политического, левоцентристской) look like place adjectives and are not. */
const NOT_PLACE_ADJECTIVE = endingPattern(wordList('not-place-adjective-suffixes'), PLACE_ADJECTIVE_ENDINGS);

/** «японского МИДа», «московского «Центра»»: factRuEval puts a place adjective into the name. */
export function withPlaceAdjective(ctx: NerContext, c: Candidate): Candidate {
  if (c.type !== 'ORG') return c;
  const [from, to] = c.tokens;
  let k = from - 1;
  if (ctx.tokens[k]?.kind === 'quote') k--;
  const quoted = k === from - 2;
  const w = ctx.words[k];
  if (!w || w.shape !== 'lower' || !adjacent(ctx, k, k + 1)) return c;
  // «синодального Отдела по взаимоотношениям …», «государственной Комиссии по атомной энергии»:
  // a relational adjective before a body named by a capitalised head noun is part of the name.
  const place = PLACE_ADJECTIVE.test(w.folded) && !NOT_PLACE_ADJECTIVE.test(w.folded);
  if (!place && !(c.rule === 'descriptive-name' && !quoted && headNounFirst(ctx, from) && isRelationalAdjective(ctx.analyseWord(w)) && agreesWith(ctx.analyseWord(w), ctx.words[from]!.analyses))) return c;
  const end = quoted && ctx.tokens[to]?.kind === 'quote' ? to + 1 : to;
  // «японского МИДа» is Japan's ministry, not the dictionary's Russian one (as «МИД Японии» is).
  const foreign = !!c.entry && isRussianBody(c.entry) && !RUSSIA_ADJECTIVES.has(ctx.analyseWord(w)[0]?.lemma ?? '');
  return rewritten(c, 'place-adjective', foreign ? { tokens: [k, end], entry: undefined } : { tokens: [k, end] });
}

function headNounFirst(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i]!;
  return w.shape === 'title' && w.analyses[0]?.pos === 'NOUN' && ctx.lexicon.orgNouns.has(w.key);
}

function agreesWith(adjective: readonly Analysis[], noun: readonly Analysis[]): boolean {
  // «лучших Университетов мира»: a qualitative adjective describes, it does not name.
  return !adjective[0]?.grams.includes('Qual') && adjectiveAgrees(adjective, noun);
}
