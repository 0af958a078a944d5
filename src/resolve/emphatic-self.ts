import { wordSet } from '../dict/words.js';
import type { EntityId } from '../types.js';
import type { ResolveContext } from './context.js';
import { subjectOfSentenceBefore } from './pronouns.js';

const EMPHATIC_SELF = wordSet('emphatic-self');

/**
 * «Она не участвует в туре. Как сообщала сама певица, …»: an emphatic «сам» before the head of a
 * role phrase points back to the one the text was just speaking of, the subject of the sentence
 * before, whatever other person the text gave that role. Only where the verb shows the gender
 * (`verbGender`): «сам» alone does not tell whom. Null where there is no «сам» or no such subject.
 */
export function emphaticSelfHolder(ctx: ResolveContext, from: number, head: number, verbGender: 'm' | 'f' | null): EntityId | null {
  if (!verbGender || !emphaticSelf(ctx, from, head)) return null;
  return subjectOfSentenceBefore(ctx, head, verbGender);
}

/** «сама певица»: an emphatic «сам» among the words of the role phrase before its head (or right before the phrase). */
function emphaticSelf(ctx: ResolveContext, from: number, head: number): boolean {
  for (let k = Math.max(0, from - 1); k < head; k++) if (ctx.tokens[k]!.kind === 'word' && EMPHATIC_SELF.has(ctx.words[k]!.folded)) return true;
  return false;
}
