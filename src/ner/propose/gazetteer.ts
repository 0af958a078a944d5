import { wordSet } from '../../dict/words.js';
import { fold, hasGram } from '../../morph/index.js';
import type { NerContext } from '../context.js';
import { atSentenceStart, isCommonWord } from '../context.js';
import { matchGazetteer, type GazetteerMatch } from '../gazetteer.js';
import type { WordInfo } from '../../types.js';
import { actsAsSubject, namedInList, placeFollows, usedAsName, wordUsage, type WordUsage } from './sentence-start.js';

const TOWN_PREPOSITIONS = wordSet('town-prepositions');

/**
 * The gazetteer's matches, found before any rule: the rules read where they lie
 * (`ctx.gazetteerAt`, filled here for organisations and places) to leave those words alone.
 */
export function gazetteerMatches(ctx: NerContext): GazetteerMatch[] {
  // Built on first need: only a common-word body opening a sentence asks how the text writes it.
  let usage: WordUsage | null = null;
  const usageOf = () => (usage ??= wordUsage(ctx.tokens, ctx.words));
  const matches = matchGazetteer(ctx.gazetteer, ctx.tokens, ctx.words, (m) => acceptMatch(ctx, m, usageOf));
  for (const m of matches) if (m.entry.type !== 'PER' && !m.weak) ctx.gazetteerAt.fill(Math.min(255, m.to - m.from), m.from, m.to);
  return matches;
}

/**
 * A one-word name at the start of a sentence is also a capitalised common word there
 * (Мир, Того, Известия): take it only when the morphology does not know it as one.
 */
function acceptMatch(ctx: NerContext, m: GazetteerMatch, usage: () => WordUsage): boolean {
  if (m.to - m.from > 1) return true;
  const word = ctx.words[m.from]!;
  // Владимир, Королёв, Питер: a town named like a person is a town only after в, из, под …
  const knownName = word.analyses.some((a) => a.known && a.score >= 0.3 && a.grams.includes('Name'));
  if (m.entry.type === 'LOC' && (ctx.lexicon.firstNames.has(word.lemma) || knownName || hasGram(word, 'Surn', 0.3))) {
    const prev = ctx.words[m.from - 1];
    if (!prev || !TOWN_PREPOSITIONS.has(prev.folded)) return false;
  }
  if (ctx.headline[m.from] && word.shape === 'upper') return !isCommonWord(word) || m.entry.type !== 'PER';
  // A surname alone must be a form of that surname (Трампа, Захаровой), not a word whose stem
  // only looks like it (Солнца for Солнцев, Кирилл for Кириллов).
  if (m.weak && !isSurnameForm(word, fold(m.entry.name.split(' ').pop()!))) return false;
  // People in our dictionary are curated: at a sentence start a name is still a name.
  return m.entry.type === 'PER' || !(atSentenceStart(ctx, m.from) && isCommonWord(word)) || (m.entry.type === 'ORG' && (placeFollows(ctx, m.to) || usedAsName(word, usage()) || (!usage().lower.has(word.lemma) && (actsAsSubject(ctx, m.from, m.to) || namedInList(ctx, m.to)))));
}

function isSurnameForm(word: WordInfo, surname: string): boolean {
  return word.folded === surname || word.lemma === surname || word.lemma + 'а' === surname;
}
