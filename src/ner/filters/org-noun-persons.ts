import type { Candidate } from '../../types.js';
import { lengthOf } from '../candidate.js';
import { isListedName, type NerContext } from '../context.js';

/**
 * «генерал Армии США», «в Комиссии»: one capitalised word the morphology reads first as a body's
 * noun (dict/org-nouns.txt, by its lemma) is that body, not a person's first name, however a
 * person rule guessed it; a name in our lists (Вера, Надежда) or the dictionary's people stay.
 */
export function isOrgNounPerson(ctx: NerContext, c: Candidate): boolean {
  if (c.type !== 'PER' || c.entry || lengthOf(c) !== 1) return false;
  const w = ctx.words[c.tokens[0]]!;
  if (w.shape !== 'title' || isListedName(ctx, w)) return false;
  // The likeliest reading decides: «Армии» is «армия» first, the rare name «Арми» after it.
  const top = w.analyses[0];
  return !!top && top.pos === 'NOUN' && top.grams.includes('inan') && ctx.lexicon.orgNounWords.has(top.lemma);
}
