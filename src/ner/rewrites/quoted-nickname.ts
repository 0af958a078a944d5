import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';
import type { NerContext } from '../context.js';
import { clippings } from '../../util/clippings.js';

/**
 * «Никлас Лидстрём … «Лидс», которого считают …»: one quoted word that is the surname of a person the
 * text names in full, clipped, is that person's nickname, not a club or a company. The candidate
 * becomes a person (rewrite `quoted-nickname`); the resolver links it to the full name.
 */
export function withQuotedNicknames(ctx: NerContext, selected: Candidate[]): Candidate[] {
  const surnames = new Set<string>();
  for (const c of selected) if (c.type === 'PER' && c.tokens[1] - c.tokens[0] > 1) for (const p of clippings(ctx.words[c.tokens[1] - 1]!.folded)) surnames.add(p);
  if (surnames.size === 0) return selected;
  return selected.map((c) => (isQuotedNickname(ctx, c, surnames) ? rewritten(c, 'quoted-nickname', { type: 'PER', entry: undefined }) : c));
}

function isQuotedNickname(ctx: NerContext, c: Candidate, surnames: ReadonlySet<string>): boolean {
  const [from, to] = c.tokens;
  if (c.type !== 'ORG' || c.entry || to - from !== 1 || ctx.tokens[from - 1]?.kind !== 'quote' || ctx.tokens[to]?.kind !== 'quote') return false;
  const w = ctx.words[from]!;
  if (ctx.tokens[from]!.kind !== 'word' || w.shape !== 'title') return false;
  return surnames.has(w.folded);
}
