import type { Analysis, Candidate } from '../../types.js';
import { wordSet } from '../../dict/words.js';
import { adjacent, atSentenceStart, beforeMarks, type NerContext } from '../context.js';

const ORDER_NOUNS = wordSet('order-nouns');

/**
 * «закон «О полиции»», «фестиваля «Кинотавр»», «премии «Ника»»: a name right after a lower-case
 * noun of a work, an event, a prize or a law (dict/work-nouns.txt) is its title, not a body; a
 * name in the genitive there is the work's owner (игра «Зенита»), and stays. After an order or a
 * medal (dict/words/order-nouns.txt) any name is the title (ордена Красной Звезды). Latin names have their own test
 * (rules/latin-names.ts), which knows the owners the document names elsewhere.
 */
export function isTitleName(ctx: NerContext, c: Candidate): boolean {
  if (c.type !== 'ORG' || c.rule === 'latin-name') return false;
  if (isAboutTitle(ctx, c)) return true;
  const first = ctx.words[c.tokens[0]]!;
  // «наград ФИФА», «премии ТЭФИ»: an abbreviation there is the body that gives it.
  if (first.shape === 'lower' || first.shape === 'upper' || first.latin) return false;
  const k = beforeMarks(ctx, c.tokens[0]); // «шоу ''Вечерний Ургант''»
  const noun = ctx.words[k];
  // «Фильм «Движение вверх» …» opening a sentence: the noun is capitalised there.
  if (!noun || ctx.tokens[k]!.kind !== 'word' || (noun.shape !== 'lower' && !(noun.shape === 'title' && atSentenceStart(ctx, k))) || !adjacent(ctx, k, k + 1)) return false;
  if (ORDER_NOUNS.has(noun.folded)) return true;
  if (!ctx.lexicon.workNounForms.has(noun.folded)) return false;
  return !isGenitiveOnly(first.analyses);
}

/** A name word read as a genitive noun or adjective and never as a nominative: an owner. */
function isGenitiveOnly(analyses: readonly Analysis[]): boolean {
  const named = analyses.filter((a) => a.pos === 'NOUN' || a.pos === 'ADJF');
  return named.length > 0 && named.some((a) => a.grams.includes('gent')) && !named.some((a) => a.grams.includes('nomn'));
}

const ABOUT = wordSet('title-about-prepositions');

/**
 * «ФЗ «О полиции»», «закон «Об образовании»»: a quoted name made of «о/об» and a word in the
 * prepositional case is what a law or a report is about, its title, whatever stands before it.
 */
function isAboutTitle(ctx: NerContext, c: Candidate): boolean {
  const [from, to] = c.tokens;
  if (to - from < 2 || ctx.tokens[from - 1]?.kind !== 'quote' || ctx.tokens[from]!.kind !== 'word' || !ABOUT.has(ctx.words[from]!.folded)) return false;
  const next = ctx.words[from + 1]!;
  const readings = next.shape === 'lower' ? ctx.analyseWord(next) : next.analyses;
  return readings.some((a) => a.grams.includes('loct'));
}
