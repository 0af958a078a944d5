import { hasGram } from '../../../morph/index.js';
import type { Candidate } from '../../../types.js';
import { candidate, PRIORITY, spanKey } from '../../candidate.js';
import { adjacent, isCommonWord, isListedName, isPlaceNoun, type NerContext } from '../../context.js';
import { isFreeCapital, isKnownAdjective, isPlace, PARTICLES } from './name-words.js';
import { COORDINATING_AND } from '../../words.js';


/** Persons found by their shape or one neighbour alone: too weak to vouch for the words listed with them. */
const WEAK_RULES = new Set(['surname-shape', 'verb-subject', 'surname-repeat', 'title-name']);

const MAX_ITEM = 3;

/**
 * «дочери Лара и Кассиа», «Наталья, Бьянка и Капри», «Моцарта, Брамса, Бетховена и Скрябина»: the
 * words listed with a person (by commas and «и») are persons too, when a one-word item is no place,
 * body, role, adjective or common word. Items are runs of up to three capitalised words; one
 * pass over the tokens.
 */
export function coordinatedNames(ctx: NerContext, persons: readonly Candidate[]): Candidate[] {
  // Spans as numbers, not 'from:to' strings (one per person and per listed item).
  const key = (a: number, b: number) => spanKey(ctx.tokens.length, a, b);
  const strong = new Set<number>();
  for (const p of persons) if (p.type === 'PER' && !WEAK_RULES.has(p.rule) && !(p.rule === 'first-name' && !isListedName(ctx, ctx.words[p.tokens[0]]!))) strong.add(key(p.tokens[0], p.tokens[1]));
  const out: Candidate[] = [];
  let list: [number, number][] = [];
  const close = () => {
    // Called at every token that is no capital: a new empty list each time was an array per token.
    if (list.length === 0) return;
    // «команды МакЛарен-Мерседес и Дэвид Култхард»: after a body's or a place's noun the list joins other things.
    if (list.length >= 2 && !afterKindNoun(ctx, list[0]![0]) && list.some(([a, b]) => strong.has(key(a, b)))) {
      for (const [a, b] of list) if (b === a + 1 && !strong.has(key(a, b)) && isListedNameWord(ctx, a)) out.push(candidate(a, b, 'PER', 'coordinated-name', PRIORITY.surname - 5));
    }
    list = [];
  };
  const n = ctx.tokens.length;
  let i = 0;
  while (i < n) {
    if (!isCapitalWord(ctx, i)) {
      close();
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && j - i < MAX_ITEM && isCapitalWord(ctx, j) && adjacent(ctx, j - 1, j)) j++;
    if (isCapitalWord(ctx, j) && adjacent(ctx, j - 1, j)) {
      // A run longer than a name: no list item.
      while (j < n && isCapitalWord(ctx, j) && adjacent(ctx, j - 1, j)) j++;
      close();
      i = j;
      continue;
    }
    list.push([i, j]);
    // «Юнас (Jonas) и Маттиас»: an original in brackets after an item stays inside the list.
    const k = afterBrackets(ctx, j);
    // The list goes on past one comma or «и» to the next capitalised word.
    if (isSeparator(ctx, k) && adjacent(ctx, k - 1, k) && adjacent(ctx, k, k + 1) && isCapitalWord(ctx, k + 1) && ctx.index.sentenceOf[k + 1] === ctx.index.sentenceOf[i]) {
      i = k + 1;
      continue;
    }
    close();
    i = j;
  }
  close();
  return out;
}

function isCapitalWord(ctx: NerContext, i: number): boolean {
  return i < ctx.tokens.length && ctx.tokens[i]!.kind === 'word' && ctx.words[i]!.shape === 'title';
}

function isSeparator(ctx: NerContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token) return false;
  return (token.kind === 'punct' && token.text === ',') || (token.kind === 'word' && ctx.words[i]!.shape === 'lower' && COORDINATING_AND.has(token.text));
}

function isListedNameWord(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  if (!isFreeCapital(ctx, i) || isPlace(word) || isKnownAdjective(word) || PARTICLES.has(ctx.words[i - 1]?.folded ?? '')) return false;
  // «на углу Достоевского и Московской»: a word the dictionary reads as an adjective is a surname only when it reads a surname too.
  if (word.analyses.some((a) => a.known && a.pos === 'ADJF') && !hasGram(word, 'Surn')) return false;
  return !isCommonWord(word) || hasGram(word, 'Name', 0.05) || hasGram(word, 'Surn', 0.05);
}

function afterKindNoun(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  return !!prev && ctx.tokens[i - 1]!.kind === 'word' && prev.shape === 'lower' && (isPlaceNoun(ctx, i - 1) || ctx.lexicon.orgNouns.has(prev.key));
}

const MAX_BRACKETED = 4;

/** The token after a short bracketed group opening at `j` (Jonas, James B. Comey), or `j` when none opens there. */
function afterBrackets(ctx: NerContext, j: number): number {
  if (ctx.tokens[j]?.text !== '(' || !adjacent(ctx, j - 1, j)) return j;
  for (let k = j + 1; k < ctx.tokens.length && k <= j + MAX_BRACKETED + 1; k++) if (ctx.tokens[k]!.text === ')') return k + 1;
  return j;
}
