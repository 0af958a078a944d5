import { isPunct } from '../clauses/context.js';
import type { EntityId } from '../types.js';
import { countBefore, type ResolveContext } from './context.js';
import { COORDINATING_AND } from '../clauses/words.js';

/**
 * Named groups: «Мэттью Хьюлетт и Калеб Тюрон … Девятиклассники предположили» — a plural
 * common noun as a speaker stands for the two people the text just joined with «и». Only two
 * distinct people, each a whole mention, with at most a parenthesis after the first (the name
 * in the original script).
 */


/** How many sentences before the group noun's own the pair may stand in. */
const SENTENCES_BACK = 3;

/** Tokens a parenthesis after a name may hold (its original spelling). */
const PARENTHESIS = 8;

interface Pair {
  at: number;
  people: [EntityId, EntityId];
}

/** The pairs of the document in text order, found once over the person mentions. */
function pairs(ctx: ResolveContext): readonly Pair[] {
  return ctx.once('person-pairs', () => {
    const found: Pair[] = [];
    for (const index of ctx.mentionsOfType('PER')) {
      const first = ctx.mentions[index]!;
      let k = first.tokens[1];
      // «Мэттью Хьюлетт (Matthew Hewlett) и …»: the name as written in its own script.
      if (isPunct(ctx.clauses, k, '(')) {
        const limit = Math.min(ctx.tokens.length, k + PARENTHESIS);
        while (k < limit && !isPunct(ctx.clauses, k, ')')) k++;
        k++;
      }
      if (k + 1 >= ctx.tokens.length || ctx.tokens[k]!.kind !== 'word' || !COORDINATING_AND.has(ctx.words[k]!.folded)) continue;
      const m = ctx.mentionAt[k + 1]!;
      const second = m === -1 ? null : ctx.mentions[m]!;
      if (!second || second.type !== 'PER' || second.entity === first.entity) continue;
      // Not the last two of a longer list (А, Б и В).
      if (isPunct(ctx.clauses, first.tokens[0] - 1, ',')) continue;
      found.push({ at: first.tokens[0], people: [first.entity, second.entity] });
    }
    return found;
  });
}

/** The last two people joined by «и» before token `at`, in its sentence or the `back` before, if any. */
export function pairBefore(ctx: ResolveContext, at: number, back = SENTENCES_BACK): [EntityId, EntityId] | null {
  const list = pairs(ctx);
  const last = list[countBefore(list.length, (k) => list[k]!.at < at) - 1];
  if (!last || ctx.index.sentenceOf[at]! - ctx.index.sentenceOf[last.at]! > back) return null;
  return last.people;
}
