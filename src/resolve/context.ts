import { clauseContext, type ClauseContext } from '../clauses/context.js';
import { fold, stemKey } from '../morph/key.js';
import type { Entity, EntityId, EntityType, ResolvedDocument } from '../types.js';
import type { ResolveLexicon } from './lexicon.js';
import { personGender } from './person-gender.js';

/**
 * One document as the resolver's rules read it: the clause view (tokens, words, token → mention)
 * and the indexes the rules look things up in. Each index is built once per document, on the
 * first query that needs it, so that all queries together stay linear in the document.
 */
export interface ResolveContext extends ClauseContext {
  doc: ResolvedDocument;
  /** The clause view alone, as the clause rules and the quote rules read it. */
  clauses: ClauseContext;
  lexicon: ResolveLexicon;
  entities: ReadonlyMap<EntityId, Entity>;
  /** A person's gender from the name (cached per entity); null where it does not show. */
  genderOf: (entity: EntityId) => 'm' | 'f' | null;
  /** The tokens with this match key, in text order (role and source words: a closed class). */
  tokensWithKey: (key: string) => readonly number[];
  /** The mentions (indexes into mentions) of one type, in text order. */
  mentionsOfType: (type: EntityType) => readonly number[];
  /** An index of this document under a name, built on first use. */
  once: <T>(name: string, build: () => T) => T;
  /**
   * A value of one place (a sentence, a token) under a name, built on first use. Numbers, not
   * `name:place` strings: a key string per query is an allocation and a hash per query, which on a
   * document of a hundred thousand short sentences costs more than the values themselves.
   */
  onceAt: <T>(slot: PlaceSlot, at: number, build: (ctx: ResolveContext, at: number) => T) => T;
}

/** A name for onceAt's values, made once per module (placeSlot): a small number, so a query looks up no name. */
export type PlaceSlot = number & { readonly placeSlot: unique symbol };
let placeSlots = 0;
export function placeSlot(): PlaceSlot {
  return placeSlots++ as PlaceSlot;
}

/** How many keys are scanned for one by one before the role and source words are indexed in one pass. */
const SCANNED_KEYS = 4;
const NO_TOKENS: readonly number[] = [];

export function resolveContext(doc: ResolvedDocument, lexicon: ResolveLexicon): ResolveContext {
  const { tokens, words, mentions } = doc;
  // Token → mention, from the mentions' own token ranges: one pass over the mentions.
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  for (let index = 0; index < mentions.length; index++) {
    const range = mentions[index]!.tokens;
    for (let k = range[0]; k < range[1]; k++) mentionAt[k] = index;
  }
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const built = new Map<string, unknown>();
  const once = <T,>(name: string, build: () => T): T => {
    if (!built.has(name)) built.set(name, build());
    return built.get(name) as T;
  };
  // Values by place in an array, not a Map: asked per pronoun and per sentence looked back, a
  // Map of 10⁵ numbers hashed and probed (and rehashed as it grew) on a text of short sentences.
  // The build function gets the context and the place, so that a caller passes a module-level
  // function, not a closure made per query. Each slot's array is made as long as the document
  // (a place is a token or a sentence): the first query may come far into the text, and an empty
  // array written far past its end turns into a hash table.
  const builtAt: unknown[][] = [];
  const onceAt = <T,>(slot: PlaceSlot, at: number, build: (ctx: ResolveContext, at: number) => T): T => {
    let values = builtAt[slot];
    if (!values) builtAt[slot] = values = new Array<unknown>(tokens.length + 1);
    const known = values[at];
    if (known !== undefined) return (known === NOTHING ? undefined : known) as T;
    const value = build(ctx, at);
    values[at] = value === undefined ? NOTHING : value;
    return value;
  };
  const genders = new Map<EntityId, 'm' | 'f' | null>();
  const genderOf = (id: EntityId) => {
    let gender = genders.get(id);
    if (gender === undefined) {
      const entity = entities.get(id);
      genders.set(id, (gender = entity ? personGender(entity, lexicon.firstNames) : null));
    }
    return gender;
  };
  const personNamedBy = (folded: string) => {
    const owners = once('name-parts', () => namePartIndex(entities)).get(folded);
    return owners && owners.size === 1 ? [...owners][0]! : null;
  };
  const nameWords = new Map<EntityId, Set<string>>();
  const inNameOf = (id: EntityId, folded: string) => {
    let words = nameWords.get(id);
    if (!words) nameWords.set(id, (words = new Set((entities.get(id)?.name ?? '').split(/\s+/).map(fold))));
    return words.has(folded);
  };
  const clauses = clauseContext(doc, lexicon, mentionAt, personNamedBy, inNameOf);
  // Tokens by key. The first few keys are found by a scan each (cheaper than any index for a news
  // story); past that, one pass indexes every word, so that a long document stays linear however
  // many keys are asked (role and source words, and any noun a pronoun or speaker is named with).
  const scanned = new Map<string, number[]>();
  let byKey: Map<string, number[]> | null = null;
  const tokensWithKey = (key: string): readonly number[] => {
    const list = byKey ? byKey.get(key) : scanned.get(key);
    if (list) return list;
    if (byKey) return NO_TOKENS;
    if (scanned.size >= SCANNED_KEYS) {
      byKey = new Map();
      for (let k = 0; k < words.length; k++) {
        const wordKey = words[k]!.key;
        const keyed = byKey.get(wordKey);
        if (keyed) keyed.push(k);
        else byKey.set(wordKey, [k]);
      }
      return byKey.get(key) ?? NO_TOKENS;
    }
    const found: number[] = [];
    for (let k = 0; k < words.length; k++) if (words[k]!.key === key) found.push(k);
    scanned.set(key, found);
    return found;
  };
  const byType = () => once('mentions-by-type', () => {
    const index = new Map<EntityType, number[]>([['PER', []], ['ORG', []], ['LOC', []]]);
    mentions.forEach((m, k) => index.get(m.type)?.push(k));
    return index;
  });
  // Listed, not spread: spreading the clause view costs more than the rest of this function.
  const { text, sentences, index, titles, roleWords, sourceNouns, documentNouns, orgNouns, isFirstName, firstNameGender, analyse, analyseWord, isMan, isNamedNominative } = clauses;
  const ctx: ResolveContext = {
    text, tokens, words, sentences, index, mentions, mentionAt, titles, roleWords, sourceNouns, documentNouns, orgNouns,
    isFirstName, firstNameGender, analyse, analyseWord, personNamedBy, isMan, isNamedNominative, inNameOf,
    doc, clauses, lexicon, entities, genderOf, once, onceAt, tokensWithKey,
    mentionsOfType: (type) => byType().get(type) ?? [],
  };
  return ctx;
}

/** Holds an undefined value in onceAt's arrays, where a hole means "not built yet". */
const NOTHING = Symbol('nothing');

/** Folded word of a person's name (in any of its names) → the people whose names have it. */
function namePartIndex(entities: ReadonlyMap<EntityId, Entity>): Map<string, Set<EntityId>> {
  const index = new Map<string, Set<EntityId>>();
  for (const entity of entities.values()) {
    if (entity.type !== 'PER') continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const parts = name.split(/\s+/);
      if (parts.length < 2) continue;
      for (const part of parts) {
        const folded = fold(part);
        if (folded.length < 3) continue;
        // A name part by its form and, for a name in another case (по словам Рэппа), by its key.
        for (const key of [folded, `key:${stemKey(folded)}`]) {
          if (!index.has(key)) index.set(key, new Set());
          index.get(key)!.add(entity.id);
        }
      }
    }
  }
  return index;
}

/** The entity can be of that gender: either is unknown, or they agree. */
export function genderAgrees(ctx: ResolveContext, entity: EntityId, gender: 'm' | 'f' | null): boolean {
  const g = ctx.genderOf(entity);
  return !gender || !g || g === gender;
}

/** The first position in `list` (mention indexes in text order) whose mention starts at or after `offset`. */
export function firstFrom(ctx: ResolveContext, list: readonly number[], offset: number): number {
  return countBefore(list.length, (k) => ctx.mentions[list[k]!]!.start < offset);
}

/**
 * How many of the first positions in [0, length) are before a point, by binary search: `before`
 * holds for a run of positions from 0 and for none after it (a list in text order).
 */
export function countBefore(length: number, before: (k: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
