import { fold } from '../morph/key.js';
import type { EntityId } from '../types.js';
import { countBefore, type ResolveContext } from './context.js';
import { lastPerson } from './pronouns.js';
import { PLACE_ADJECTIVE_ENDINGS, PLACE_ADJECTIVE_SUFFIXES } from '../ner/words.js';

/**
 * «белорусский лидер», «израильский министр»: a role said with a place adjective is held in that
 * place. A person the text gave a role in another place (президент России Дмитрий Медведев) is not
 * the one meant. The adjective is read by its stem (белорус-) against the names of the places the
 * document mentions (Белоруссии), so a place the text names decides, and an adjective no place of
 * the text shares a stem with (немецкий, beside Германия) decides nothing.
 */

const ADJECTIVE = new RegExp(`^(.{3,}?)(?:${PLACE_ADJECTIVE_SUFFIXES.join('|')})(?:${PLACE_ADJECTIVE_ENDINGS.join('|')})$`);

/** Letters a place adjective's stem and a place's name share at their start to be of one place (моск-ва, моск-овский). */
const SHARED_PREFIX = 4;

/** Tokens between a role word and the place of its tail (глава МИД Израиля, президентом России). */
const ROLE_TO_PLACE = 4;

/**
 * The person the role [from, head] stands for, `found` as the other rules found them, checked
 * against a place adjective before the role word (белорусский лидер): not someone the text gave a
 * role in another place; then the one given a role in that place, else the person just named if
 * they may be the one; null for none.
 */
export function heldInPlaceOfRole(ctx: ResolveContext, found: EntityId, from: number, head: number, gender: 'm' | 'f' | null): EntityId | null {
  const stem = placeStemIn(ctx, from, head);
  if (!stem || mayHoldIn(ctx, found, stem)) return found;
  const held = heldInBefore(ctx, stem, head);
  if (held && held !== found) return held;
  const last = lastPerson(ctx, head, gender);
  return last && last !== found && mayHoldIn(ctx, last, stem) ? last : null;
}

/** The stem of a place adjective among the words [from, to) (белорусского → белорус), if one. */
function placeStemIn(ctx: ResolveContext, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1) continue;
    const m = ADJECTIVE.exec(ctx.words[k]!.folded);
    if (m) return m[1]!;
  }
  return null;
}

/** The key a stem is looked up by: its first SHARED_PREFIX letters, or all of a shorter stem. */
function prefixOf(stem: string): string {
  return stem.slice(0, Math.min(SHARED_PREFIX, stem.length));
}

/**
 * A compound place adjective's first part (южно-корейский, северо-американский): a cardinal point
 * that is a word of its own in the place's name (Южная Корея, Северная Америка).
 */
const COMPOUND_FIRST = /^(южн|северн|западн|восточн|центральн)о-?(.{3,})$/;

/**
 * The keys a stem is of a place by, every one among the keys of that place's name words: one for a
 * plain stem (белорус → бело), one per part for a compound one (южнокор → южн, кор).
 */
function stemKeys(stem: string): string[] {
  const m = COMPOUND_FIRST.exec(stem);
  return m ? [prefixOf(m[1]!), prefixOf(m[2]!)] : [prefixOf(stem)];
}

/** The key the holders of a role in the stem's place are looked up by: the last of its keys. */
function mainKey(stem: string): string {
  return stemKeys(stem).at(-1)!;
}

/**
 * The keys a stem of the place `id` is found by: the first one to SHARED_PREFIX letters of each
 * word of its names (Белоруссия: б, бе, бел, бело), read once per document. A stem shares a name
 * word's start exactly when its own key is among them.
 */
function placePrefixes(ctx: ResolveContext, id: EntityId): ReadonlySet<string> {
  return ctx.once(`place-prefixes:${id}`, () => {
    const keys = new Set<string>();
    const e = ctx.entities.get(id);
    for (const name of e ? [e.name, ...e.aliases] : []) {
      for (const w of fold(name).split(/[\s-]+/)) for (let n = 1; n <= Math.min(SHARED_PREFIX, w.length); n++) keys.add(w.slice(0, n));
    }
    return keys;
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
function mayHoldIn(ctx: ResolveContext, person: EntityId, stem: string): boolean {
  const places = rolePlaces(ctx, person);
  if (places.size === 0) return true;
  if ([...places].some((id) => placeNamed(ctx, id, stem))) return true;
  const known = placesByPrefix(ctx);
  return !stemKeys(stem).every((key) => known.has(key));
}

/** One of the place's names shares the adjective's stem. */
function placeNamed(ctx: ResolveContext, id: EntityId, stem: string): boolean {
  const keys = placePrefixes(ctx, id);
  return stemKeys(stem).every((key) => keys.has(key));
}

/** The prefix keys of every place the document names: whether a stem is understood is one look-up. */
function placesByPrefix(ctx: ResolveContext): ReadonlySet<string> {
  return ctx.once('places-by-prefix', () => {
    const keys = new Set<string>();
    for (const e of ctx.entities.values()) if (e.type === 'LOC') for (const key of placePrefixes(ctx, e.id)) keys.add(key);
    return keys;
  });
}

/**
 * The person the text gave a role in the place of `stem` (президент Белоруссии Александр Лукашенко)
 * whose mention before `at` is the latest; null for none.
 */
function heldInBefore(ctx: ResolveContext, stem: string, at: number): EntityId | null {
  // Their mentions in text order, once per stem; the people are found by the stem's key, not by
  // reading every person of the document for each stem.
  const held = ctx.once(`held-in:${stemKeys(stem).join('+')}`, () => {
    const found: [number, EntityId][] = [];
    for (const person of roleHolders(ctx).get(mainKey(stem)) ?? []) {
      if (![...rolePlaces(ctx, person)].some((id) => placeNamed(ctx, id, stem))) continue;
      for (const m of ctx.entities.get(person)!.mentions) found.push([m.tokens[0], person]);
    }
    return found.sort((a, b) => a[0] - b[0]);
  });
  const before = countBefore(held.length, (k) => held[k]![0] < at);
  return before === 0 ? null : held[before - 1]![1];
}

/** The people the text gave a role in a place, by the prefix keys of that place's names; once per document. */
function roleHolders(ctx: ResolveContext): ReadonlyMap<string, ReadonlySet<EntityId>> {
  return ctx.once('role-holders', () => {
    const byKey = new Map<string, Set<EntityId>>();
    for (const entity of ctx.entities.values()) {
      if (entity.type !== 'PER') continue;
      for (const place of rolePlaces(ctx, entity.id)) {
        for (const key of placePrefixes(ctx, place)) {
          const people = byKey.get(key) ?? new Set<EntityId>();
          byKey.set(key, people.add(entity.id));
        }
      }
    }
    return byKey;
  });
}
