import { wordList } from '../dict/words.js';
import { fold } from '../morph/key.js';
import type { EntityId } from '../types.js';
import { countBefore, type ResolveContext } from './context.js';

/**
 * «белорусский лидер», «израильский министр»: a role said with a place adjective is held in that
 * place. A person the text gave a role in another place (президент России Дмитрий Медведев) is not
 * the one meant. The adjective is read by its stem (белорус-) against the names of the places the
 * document mentions (Белоруссии), so a place the text names decides, and an adjective no place of
 * the text shares a stem with (немецкий, beside Германия) decides nothing.
 */

const ADJECTIVE = new RegExp(`^(.{3,}?)(?:${wordList('place-adjective-suffixes').join('|')})(?:${wordList('place-adjective-endings').join('|')})$`);

/** Letters a place adjective's stem and a place's name share at their start to be of one place (моск-ва, моск-овский). */
const SHARED_PREFIX = 4;

/** Tokens between a role word and the place of its tail (глава МИД Израиля, президентом России). */
const ROLE_TO_PLACE = 4;

/** The stem of a place adjective among the words [from, to) (белорусского → белорус), if one. */
export function placeStemIn(ctx: ResolveContext, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1) continue;
    const m = ADJECTIVE.exec(ctx.words[k]!.folded);
    if (m) return m[1]!;
  }
  return null;
}

function sharesStem(name: string, stem: string): boolean {
  return fold(name).split(/[\s-]+/).some((w) => {
    let n = 0;
    while (n < w.length && n < stem.length && w[n] === stem[n]) n++;
    return n >= Math.min(SHARED_PREFIX, stem.length);
  });
}

/** The places (entity ids) in the tails of the roles the text gave a person: «президентом России Дмитрием Медведевым» → Россия. */
function rolePlaces(ctx: ResolveContext, person: EntityId): ReadonlySet<EntityId> {
  return ctx.once(`role-places:${person}`, () => {
    const places = new Set<EntityId>();
    for (const mention of ctx.entities.get(person)?.mentions ?? []) {
      const before = mention.tokens[0] - 1;
      const m = before >= 0 ? ctx.mentionAt[before]! : -1;
      if (m === -1 || ctx.mentions[m]!.type !== 'LOC') continue;
      const place = ctx.mentions[m]!;
      for (let k = place.tokens[0] - 1; k >= Math.max(0, place.tokens[0] - ROLE_TO_PLACE); k--) {
        if (ctx.tokens[k]!.kind === 'word' && ctx.titles.has(ctx.words[k]!.key)) {
          places.add(place.entity);
          break;
        }
      }
    }
    return places;
  });
}

/**
 * The person may hold a role said with the place adjective of `stem`: no role of theirs names a
 * place, or one does whose name shares the stem, or no place the document names shares it (the
 * adjective is not understood).
 */
export function mayHoldIn(ctx: ResolveContext, person: EntityId, stem: string): boolean {
  const places = rolePlaces(ctx, person);
  if (places.size === 0) return true;
  if ([...places].some((id) => placeNamed(ctx, id, stem))) return true;
  return !ctx.once(`place-stem:${stem}`, () => [...ctx.entities.values()].some((e) => e.type === 'LOC' && placeNamed(ctx, e.id, stem)));
}

/** One of the place's names shares the adjective's stem. */
function placeNamed(ctx: ResolveContext, id: EntityId, stem: string): boolean {
  const e = ctx.entities.get(id);
  return !!e && [e.name, ...e.aliases].some((n) => sharesStem(n, stem));
}

/**
 * The person the text gave a role in the place of `stem` (президент Белоруссии Александр Лукашенко)
 * whose mention before `at` is the latest; null for none.
 */
export function heldInBefore(ctx: ResolveContext, stem: string, at: number): EntityId | null {
  // Their mentions in text order, once per stem: each role asking is a binary search, not a scan.
  const held = ctx.once(`held-in:${stem}`, () => {
    const found: [number, EntityId][] = [];
    for (const entity of ctx.entities.values()) {
      if (entity.type !== 'PER') continue;
      const places = rolePlaces(ctx, entity.id);
      if (places.size === 0 || ![...places].some((id) => placeNamed(ctx, id, stem))) continue;
      for (const m of entity.mentions) found.push([m.tokens[0], entity.id]);
    }
    return found.sort((a, b) => a[0] - b[0]);
  });
  const before = countBefore(held.length, (k) => held[k]![0] < at);
  return before === 0 ? null : held[before - 1]![1];
}
