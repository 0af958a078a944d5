import type { Candidate } from '../../types.js';
import { lengthOf } from '../candidate.js';
import { enclosed, isPlaceNoun, type NerContext } from '../context.js';

/**
 * «Барселона» пообещала, автомобиль «Славута», гибель «Колумбии», спектакль «Большой город»:
 * a place name standing alone in quote marks names a club, a product, a ship or a show, not the
 * place; after a place noun (аэропорт «Домодедово», станция «Тула») it is still the place. The
 * same holds for a person's name (isQuotedPerson).
 */
export function isQuotedPlace(ctx: NerContext, c: Candidate): boolean {
  if (c.type === 'PER') return isQuotedPerson(ctx, c);
  const [from, to] = c.tokens;
  if (c.type !== 'LOC' || !enclosed(ctx, from, to)) return false;
  return !isPlaceNoun(ctx, from - 2);
}

/**
 * «Евгений Онегин», балет «Анна Каренина», крейсер «Адмирал Нахимов»: a person's name that is the
 * whole of a quoted name (a title before it allowed) names a work or a ship, not the person.
 */
export function isQuotedPerson(ctx: NerContext, c: Candidate): boolean {
  const [from, to] = c.tokens;
  // One word in quotes may be a name said or asked about («Путин», — ответил он).
  if (lengthOf(c) > 1 && enclosed(ctx, from, to)) return true;
  const title = ctx.words[from - 1];
  return !!title && ctx.tokens[from - 1]!.kind === 'word' && ctx.lexicon.titles.has(title.key) && enclosed(ctx, from - 1, to);
}
