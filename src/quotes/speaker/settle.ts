import type { Cue } from '../../types.js';
import { mentionEnd, type QuoteContext } from '../context.js';
import type { Found } from './candidates.js';
import { pronounGender, resolvePronoun, unnamedAntecedent } from './pronoun.js';
import { isDeputy, resolveTitle, roleHead } from './role.js';
import type { Speaker } from './types.js';

/**
 * What the chosen candidate stands for: a mention as is, a pronoun or a bare role resolved
 * to an entity, a text (в заявлении Ватикана) resolved to its author.
 */
export function settle(ctx: QuoteContext, f: Found | undefined, near: number, cue: Cue | null): Speaker | null {
  if (!f) return null;
  if (f.kind === 'mention') return { from: f.from, to: f.to, kind: 'mention', entity: f.mention!.entity };
  if (f.kind === 'pronoun') {
    const gender = pronounGender(ctx, f.from, cue);
    const antecedent = unnamedAntecedent(ctx, f.from, gender);
    if (antecedent) return { from: f.from, to: f.to, kind: 'pronoun', entity: null, antecedent };
    return { from: f.from, to: f.to, kind: 'pronoun', entity: resolvePronoun(ctx, f.from, gender) };
  }
  if (f.kind === 'title') {
    // «Судьи опасались»: a group of people is no one person. «Политик добавил»: a bare role
    // stands for the person just named, like a pronoun.
    if (isPlural(ctx, f.from, cue)) return { from: f.from, to: f.to, kind: 'title', entity: null };
    const head = roleHead(ctx, f.from, f.to);
    // A deputy (Вице-мэр добавил) is not whoever was named last: only someone with that role.
    const entity = resolveTitle(ctx, head, near, cue) ??
      (f.to === f.from + 1 && !isDeputy(ctx, head) ? resolvePronoun(ctx, f.from, pronounGender(ctx, f.from, cue)) : null);
    // No one to stand for: an unnamed source again (its name takes the complement given before).
    const unnamed = !entity && ctx.sourceNouns.has(ctx.words[f.from]!.key);
    return { from: f.from, to: f.to, kind: unnamed ? 'source' : 'title', entity };
  }
  // «в заявлении Ватикана», «в сообщении Букингемского дворца»: a text's author is the speaker.
  if (ctx.documentNouns.has(ctx.words[f.from]!.key)) {
    for (let k = f.from + 1; k < f.to; k++) {
      const m = ctx.mentionAt[k]!;
      if (m === -1) continue;
      return { from: k, to: mentionEnd(ctx, k, f.to), kind: 'mention', entity: ctx.mentions[m]!.entity };
    }
    if (f.to > f.from + 1) return { from: f.from + 1, to: f.to, kind: 'source', entity: null, governed: true };
  }
  return { from: f.from, to: f.to, kind: 'source', entity: null };
}

/** A plural verb or a plural role word: a group, not one person. */
function isPlural(ctx: QuoteContext, i: number, cue: Cue | null): boolean {
  if (cue?.number === 'pl') return true;
  const analyses = ctx.analyse(ctx.words[i]!.folded);
  return analyses.length > 0 && analyses[0]!.grams.includes('plur');
}
