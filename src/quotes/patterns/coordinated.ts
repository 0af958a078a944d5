import type { Cue } from '../../types.js';
import { isGoverned, isNominativeMention } from '../../clauses/subject.js';
import { wordSet } from '../../dict/words.js';
import { isWordOf, sentenceRange, type QuoteContext } from '../context.js';
import type { Speaker } from '../speaker/index.js';

/**
 * «Иван Петров и Мария Сидорова заявили, что …»: two names joined by «и» right before a plural
 * cue are its subject together. The speaker search reads one phrase and finds a singular name
 * that a plural verb rejects, so the pair is read here, where the cue's number is known.
 */
export function coordinatedBefore(ctx: QuoteContext, cueFrom: number, cue: Cue): Speaker | null {
  if (cue.number !== 'pl') return null;
  const second = mentionBefore(ctx, cueFrom);
  if (!second || !isWordOf(ctx, second.from - 1, AND)) return null;
  const first = mentionBefore(ctx, second.from - 1);
  if (!first) return null;
  const [sentenceStart] = sentenceRange(ctx, cueFrom);
  if (first.from < sentenceStart || isGoverned(ctx, first.from)) return null;
  for (const m of [first, second]) {
    if (!isNominativeMention(ctx, m.from, m.to, m.type === 'PER')) return null;
  }
  return { from: first.from, to: second.to, kind: 'source', entity: null, group: [first.entity, second.entity] };
}

const AND = wordSet('coordinating-and');

/** The person or organisation mention that ends right before token `to`. */
function mentionBefore(ctx: QuoteContext, to: number): { from: number; to: number; type: string; entity: string } | null {
  const m = to > 0 ? ctx.mentionAt[to - 1]! : -1;
  if (m === -1) return null;
  const mention = ctx.mentions[m]!;
  if (mention.type !== 'PER' && mention.type !== 'ORG') return null;
  if (mention.tokens[1] !== to) return null;
  return { from: mention.tokens[0], to: mention.tokens[1], type: mention.type, entity: mention.entity };
}
