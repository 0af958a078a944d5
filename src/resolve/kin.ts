import { wordSet } from '../dict/words.js';
import { fold } from '../morph/key.js';
import type { Entity, EntityId } from '../types.js';
import type { ResolveContext } from './context.js';
import { masculineSurname } from './person-gender.js';
import { lastPerson } from './pronouns.js';

/** Family ties (супруга, сын, мать). */
const KIN = wordSet('kin-nouns');

/**
 * «Виктор Бут … Алла Бут рассказала … Тем не менее супруга убеждена»: a family role at `head`
 * that no other rule resolved is the last person of `gender` before it, when that person shares a
 * surname with another person of the text: one of the family the text speaks of, not some other
 * woman or man it named last.
 */
export function kinHolder(ctx: ResolveContext, head: number, gender: 'm' | 'f' | null): EntityId | null {
  if (!gender || ctx.tokens[head]?.kind !== 'word' || !KIN.has(ctx.words[head]!.key)) return null;
  const last = lastPerson(ctx, head, gender);
  if (!last || ctx.genderOf(last) !== gender) return null;
  const families = surnameCounts(ctx);
  const surname = surnameOf(ctx, last);
  return surname !== null && (families.get(surname) ?? 0) > 1 ? last : null;
}

/** How many people of the text bear each surname (by its masculine stem), counted once per document. */
function surnameCounts(ctx: ResolveContext): ReadonlyMap<string, number> {
  return ctx.once('kin-surnames', () => {
    const counts = new Map<string, number>();
    for (const entity of ctx.entities.values()) {
      if (entity.type !== 'PER') continue;
      const surname = surnameOf(ctx, entity.id);
      if (surname !== null) counts.set(surname, (counts.get(surname) ?? 0) + 1);
    }
    return counts;
  });
}

/** The surname of a person named with at least two words, folded to its masculine form; null for a one-word name. */
function surnameOf(ctx: ResolveContext, id: EntityId): string | null {
  return familyName(ctx.entities, ctx.entities.get(id)?.name ?? '');
}

/**
 * The family names worked out for the names of one document's entity list, kept with the list so
 * that a scan over every person derives each name's surname once. Keyed by the name, not the entity:
 * a name the list gains or changes later finds no stale answer.
 */
const FAMILY_NAMES = new WeakMap<object, Map<string, string | null>>();

/** The last word of a name of two words or more, folded to its masculine form (Анна Петрова → петров); null otherwise. */
function familyName(entities: ReadonlyMap<EntityId, Entity>, name: string): string | null {
  let known = FAMILY_NAMES.get(entities);
  if (!known) FAMILY_NAMES.set(entities, (known = new Map()));
  let surname = known.get(name);
  if (surname === undefined) {
    const words = name.split(/\s+/);
    surname = words.length < 2 ? null : masculineSurname(fold(words[words.length - 1]!));
    known.set(name, surname);
  }
  return surname;
}

/**
 * «Виктор Бут … Алла Бут … Бут рассказала»: a surname alone, merged with the man, where the verb
 * says a woman spoke, is the one person of that gender who shares the surname; null if not exactly one.
 */
export function namesakeOfGender(entities: ReadonlyMap<EntityId, Entity>, genderOf: (id: EntityId) => 'm' | 'f' | null, id: EntityId, gender: 'm' | 'f'): EntityId | null {
  const surname = familyName(entities, entities.get(id)?.name ?? '');
  if (surname === null || genderOf(id) === gender) return null;
  let found: EntityId | null = null;
  for (const entity of peopleBySurname(entities).get(surname) ?? []) {
    if (entity.id === id || genderOf(entity.id) !== gender) continue;
    if (found) return null;
    found = entity.id;
  }
  return found;
}

/**
 * The people of a document by surname (familyName), in the entities' order: made once per
 * document. Asked per surname before a cue, a scan of every entity, splitting and folding each
 * name anew, grew with the number of people times the number of quotes.
 */
function peopleBySurname(entities: ReadonlyMap<EntityId, Entity>): ReadonlyMap<string, readonly Entity[]> {
  let index = PEOPLE_BY_SURNAME.get(entities);
  if (index) return index;
  const built = new Map<string, Entity[]>();
  for (const entity of entities.values()) {
    const surname = entity.type === 'PER' ? familyName(entities, entity.name) : null;
    if (surname === null) continue;
    const list = built.get(surname);
    if (list) list.push(entity);
    else built.set(surname, [entity]);
  }
  PEOPLE_BY_SURNAME.set(entities, (index = built));
  return index;
}

/** Each document's people by surname, kept beside its entities (they live as long as the document). */
const PEOPLE_BY_SURNAME = new WeakMap<ReadonlyMap<EntityId, Entity>, ReadonlyMap<string, readonly Entity[]>>();
