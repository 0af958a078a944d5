import { fold } from '../../morph/index.js';
import type { Candidate } from '../../types.js';
import { lengthOf, rewritten } from '../candidate.js';
import type { NerContext } from '../context.js';
import { personBySurname } from '../person-by-surname.js';

/**
 * «В. В. Путин», «Владимира Путина» written in a form the dictionary lacks: a rule-found
 * name whose surname and first name (or initial) fit a dictionary person is that person.
 */
export function withKnownPerson(ctx: NerContext, c: Candidate): Candidate {
  if (c.type !== 'PER' || c.entry || lengthOf(c) < 2) return c;
  const [from, to] = c.tokens;
  const entry = personBySurname(ctx.gazetteer, ctx.words[to - 1]!);
  if (!entry) return c;
  const first = ctx.words[from]!;
  const dictFirst = fold(entry.name.split(' ')[0]!);
  const fits = ctx.tokens[from]!.text.length === 1 ? dictFirst.startsWith(first.folded) : first.lemma === dictFirst || first.folded === dictFirst;
  return fits ? rewritten(c, 'known-person', { entry }) : c;
}
