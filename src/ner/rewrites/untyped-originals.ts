import type { Candidate } from '../../types.js';
import { adjacent, type NerContext } from '../context.js';

/**
 * «поворот Раскассэ (La Rascasse)», «автомобиля «Гол» (Gol)», «Пикадилли-сёркус (Piccadilly
 * Circus)»: a Latin name in brackets right after a Cyrillic name is that name's original. When
 * nothing typed the Cyrillic name (a place, a product, a bend of a track), «Latin means a
 * company» is no evidence either: the original goes too. `covered` marks the tokens the
 * selection typed.
 */
export function withoutUntypedOriginals(ctx: NerContext, selected: Candidate[], covered: Uint8Array): Candidate[] {
  if (!selected.some((c) => c.rule === 'latin-name')) return selected;
  return selected.filter((c) => {
    const from = c.tokens[0];
    if (c.rule !== 'latin-name' || ctx.tokens[from - 1]?.text !== '(') return true;
    let k = from - 2;
    if (ctx.tokens[k]?.kind === 'quote') k--;
    const w = ctx.words[k];
    if (!w || ctx.tokens[k]!.kind !== 'word' || w.latin || (w.shape !== 'title' && w.shape !== 'lower')) return true;
    // The Cyrillic name is capitalised somewhere (Шкода Октавия, Санта Орсола, Пикадилли-сёркус).
    let first = k;
    while (first > 0 && ctx.tokens[first - 1]!.kind === 'word' && !ctx.words[first - 1]!.latin && adjacent(ctx, first - 1, first) && ctx.words[first]!.shape !== 'title') first--;
    if (ctx.words[first]!.shape !== 'title') return true;
    for (let j = first; j <= k; j++) if (covered[j]) return true;
    return false;
  });
}
