import { hasGram } from '../../morph/index.js';
import type { Token, WordInfo } from '../../types.js';
import { adjacent, type NerContext } from '../context.js';
import { COORDINATING_AND } from '../words.js';

/**
 * The evidence that a dictionary body's one-word name opening a sentence is the body, though
 * the morphology also knows the word as a common one (Сбербанк, Локомотив, Еврокомиссия).
 */

/**
 * «Сбербанк снизил ставки», «Кремль опроверг …»: a dictionary body's one-word name opening a
 * sentence as the subject of the verb right after it is that body, though the morphology also
 * knows the word as a common noun — an inanimate one («Политик добавил» is a person) that the
 * document never writes in lower case. The price: «Яблоко упало с дерева» alone reads as the party.
 */
export function actsAsSubject(ctx: NerContext, from: number, to: number): boolean {
  if (to !== from + 1) return false;
  // «Известия» сообщили: the name in its marks, the verb after the closing one.
  const quoted = ctx.tokens[from - 1]?.kind === 'quote' && ctx.tokens[to]?.kind === 'quote';
  const at = quoted ? to + 1 : to;
  const next = ctx.words[at];
  if (!next || ctx.tokens[at]!.kind !== 'word' || next.shape !== 'lower' || !adjacent(ctx, at - 1, at)) return false;
  if (!quoted && !adjacent(ctx, from, to)) return false;
  const verb = ctx.analyseWord(next)[0];
  const noun = ctx.words[from]!.analyses;
  // A person's noun (Политик добавил) is a person, not the magazine of that name. The verb agrees
  // in number with the name's own (Известия сообщили, Сбербанк снизил).
  // A plural verb only after a name in marks: «Известия» сообщили, not Известия (news) пришли.
  const number = quoted && verb?.grams.includes('plur') ? 'plur' : 'sing';
  return !!verb && verb.pos === 'VERB' && verb.grams.includes(number) &&
    noun.some((a) => a.grams.includes('nomn') && (number === 'sing' || a.grams.includes('plur'))) && !noun.some((a) => a.grams.includes('anim'));
}

/**
 * «Сбербанк и ВТБ снизили ставки», «Сбербанк, ВТБ и …»: a body's name opening a sentence and
 * listed with another name (an abbreviation or a capitalised word right after «и» or a comma).
 */
export function namedInList(ctx: NerContext, to: number): boolean {
  const link = ctx.tokens[to];
  const next = ctx.words[to + 1];
  if (!link || !next || !(link.text === ',' || COORDINATING_AND.has(link.text))) return false;
  return next.shape === 'upper' || (next.shape === 'title' && ctx.tokens[to + 1]!.kind === 'word');
}


/** How each folded word is written in the document: capitalised inside a sentence, and in lower case. */
export interface WordUsage {
  named: Set<string>;
  lower: Set<string>;
}

export function wordUsage(tokens: readonly Token[], words: readonly WordInfo[]): WordUsage {
  const usage: WordUsage = { named: new Set(), lower: new Set() };
  for (let k = 1; k < tokens.length; k++) {
    const w = words[k]!;
    if (w.shape === 'lower') usage.lower.add(w.lemma);
    else if (w.shape === 'title' && tokens[k - 1]!.kind === 'word') usage.named.add(w.lemma);
  }
  return usage;
}

/**
 * A body named by a common word, opening a sentence (Еврокомиссия, Локомотив): a name when the
 * document never writes the word in lower case, and it is long (compound names are) or the
 * document capitalises it elsewhere too.
 */
export function usedAsName(word: WordInfo, usage: WordUsage): boolean {
  if (usage.lower.has(word.lemma)) return false;
  return word.folded.length >= 9 || usage.named.has(word.lemma);
}

/** «Госдепартамент США …», «Минфин Японии …»: a body's name and its country, even at a sentence start. */
export function placeFollows(ctx: NerContext, i: number): boolean {
  const next = ctx.words[i];
  if (!next || ctx.tokens[i]!.kind !== 'word' || !adjacent(ctx, i - 1, i)) return false;
  return (next.shape === 'upper' && next.folded.length <= 3) || (next.shape === 'title' && hasGram(next, 'Geox', 0.3));
}
