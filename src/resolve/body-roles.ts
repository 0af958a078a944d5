import { wordSet } from '../dict/words.js';
import { stemKey } from '../morph/key.js';
import type { EntityId } from '../types.js';
import type { ResolveContext } from './context.js';
import { genericOrganisation } from './descriptors.js';
import { isDeputy } from './roles.js';

/**
 * «Генеральный секретарь НАТО Йенс Столтенберг … Генсек альянса заявил», «Основатель ЧВК «Вагнер»
 * Евгений Пригожин … Глава ЧВК «Вагнер» заявил»: a role in a body the text named, by its name or by
 * a generic noun for it, is the person the text gave that role (or, for a leader's role, any
 * leader's role) in that very body.
 */

/** Role words for the one who leads a body (dict/words/body-leader-roles.txt). */
const LEADERS = wordSet('body-leader-roles');

/** Generic nouns for the place a role is held in (dict/words/role-place-nouns.txt). */
const PLACE_NOUNS = wordSet('role-place-nouns');

/** A place the role's tail names only by a generic noun (мэр города): any place the text named. */
const ANY_PLACE = '*place';

/** Verbs by which a person leads a body, by lemma (dict/words/leading-verbs.txt). */
const LEADING_VERBS = wordSet('leading-verbs');

/** Tokens from a person's name to the body their leading verb governs (Зюганов возглавляет КПРФ). */
const LEADS_REACH = 4;

/** Tokens between a role word and the body of its tail (Генеральный секретарь НАТО, основатель ЧВК «Вагнер»). */
const ROLE_TO_BODY = 4;

/** Letters a clipped compound role takes from its first word (ген-сек: генеральный секретарь). */
const CLIP = 3;

/** The person given the role [head, to) in its body before it; null where the tail names no body or no one fits. */
export function holderOfBodyRole(ctx: ResolveContext, head: number, to: number, gender: 'm' | 'f' | null): EntityId | null {
  if (ctx.tokens[head]?.kind !== 'word' || isDeputy(ctx, head)) return null;
  const body = bodyOfTail(ctx, head, to);
  if (!body) return null;
  const role = ctx.words[head]!;
  let best: [number, EntityId] | null = null;
  for (const entity of ctx.entities.values()) {
    if (entity.type !== 'PER' || (gender && ctx.genderOf(entity.id) && ctx.genderOf(entity.id) !== gender)) continue;
    for (const mention of entity.mentions) {
      const at = mention.tokens[0];
      if (at >= head || (best && at <= best[0])) continue;
      const words = roleInBodyBefore(ctx, at, body);
      // A place said by a generic noun is any place, so only the very role word tells the holder.
      const fits = body === ANY_PLACE ? words?.some((w) => stemKey(w) === role.key) : words && sameRole(ctx, role.key, role.folded, words);
      if (fits || (body !== ANY_PLACE && isLeader(role.key, role.folded) && leadsBody(ctx, mention.tokens[1], body))) best = [at, entity.id];
    }
  }
  return best?.[1] ?? null;
}

/** The body the tail of a role names: one ORG mention after kind words and quotation marks (ЧВК «Вагнер»), or a generic noun for one the text named (альянса). */
function bodyOfTail(ctx: ResolveContext, head: number, to: number): EntityId | null {
  if (to === head + 2 && ctx.tokens[head + 1]!.kind === 'word' && ctx.words[head + 1]!.shape === 'lower' && ctx.mentionAt[head + 1] === -1) {
    if (PLACE_NOUNS.has(ctx.words[head + 1]!.key)) return ANY_PLACE;
    const described = genericOrganisation(ctx, head + 1, head + 2);
    return described && ctx.entities.get(described)?.type === 'ORG' ? described : null;
  }
  for (let k = head + 1; k < to; k++) {
    const m = ctx.mentionAt[k]!;
    if (m === -1) {
      if (ctx.tokens[k]!.kind === 'quote') continue;
      if (ctx.tokens[k]!.kind === 'word' && ctx.orgNouns.has(ctx.words[k]!.key)) continue;
      return null;
    }
    const mention = ctx.mentions[m]!;
    if (mention.type !== 'ORG') return null;
    for (let j = mention.tokens[1]; j < to; j++) if (ctx.tokens[j]!.kind !== 'quote') return null;
    return mention.entity;
  }
  return null;
}

/** The role words (folded) right before a person's mention at `at` whose tail is the body (Генеральный секретарь НАТО Йенс Столтенберг); null if none. */
function roleInBodyBefore(ctx: ResolveContext, at: number, body: EntityId): string[] | null {
  let k = at - 1;
  while (k >= 0 && ctx.tokens[k]!.kind === 'quote') k--;
  const m = k >= 0 ? ctx.mentionAt[k]! : -1;
  if (m === -1 || (body === ANY_PLACE ? ctx.mentions[m]!.type !== 'LOC' : ctx.mentions[m]!.entity !== body)) return null;
  const words: string[] = [];
  let titled = false;
  for (let j = ctx.mentions[m]!.tokens[0] - 1; j >= Math.max(0, ctx.mentions[m]!.tokens[0] - ROLE_TO_BODY); j--) {
    if (ctx.tokens[j]!.kind === 'quote') continue;
    if (ctx.tokens[j]!.kind !== 'word' || ctx.mentionAt[j] !== -1) break;
    words.unshift(ctx.words[j]!.folded);
    if (ctx.titles.has(ctx.words[j]!.key)) titled = true;
  }
  return titled ? words : null;
}

/** The role word (by key and folded form) is one of the words, a leader's role as a leader's, or their clipped compound (генсек: генеральный секретарь). */
function sameRole(ctx: ResolveContext, key: string, folded: string, words: readonly string[]): boolean {
  const keys = words.map((w) => stemKey(w));
  if (keys.includes(key)) return true;
  if (LEADERS.has(folded) || LEADERS.has(key)) {
    if (words.some((w, i) => LEADERS.has(w) || LEADERS.has(keys[i]!))) return true;
  }
  return words.some((w, i) => i + 1 < words.length && folded.length > CLIP && folded.startsWith(w.slice(0, CLIP)) && words[i + 1]!.startsWith(folded.slice(CLIP)));
}

function isLeader(key: string, folded: string): boolean {
  return LEADERS.has(folded) || LEADERS.has(key);
}

/** «Геннадий Зюганов возглавляет КПРФ»: a leading verb right after the name, and the body it governs within reach. */
function leadsBody(ctx: ResolveContext, after: number, body: EntityId): boolean {
  const verb = ctx.tokens[after]?.kind === 'word' && ctx.mentionAt[after] === -1 ? ctx.analyseWord(ctx.words[after]!)[0] : undefined;
  if (!verb || verb.pos !== 'VERB' || !LEADING_VERBS.has(verb.lemma.toLowerCase().replace(/ё/g, 'е'))) return false;
  for (let k = after + 1; k <= after + LEADS_REACH && k < ctx.tokens.length; k++) {
    const m = ctx.mentionAt[k]!;
    if (m !== -1) return ctx.mentions[m]!.entity === body;
  }
  return false;
}

/**
 * «Лидер ЛДПР Владимир Жириновский … Лидер КПРФ заявил»: the person was given the role word in
 * another body the text named, never in the body the role's tail names.
 */
export function heldInOtherBody(ctx: ResolveContext, head: number, to: number, person: EntityId): boolean {
  if (ctx.tokens[head]?.kind !== 'word') return false;
  const body = bodyOfTail(ctx, head, to);
  if (!body || body === ANY_PLACE) return false;
  const key = ctx.words[head]!.key;
  let other = false;
  for (const mention of ctx.entities.get(person)?.mentions ?? []) {
    const before = bodyRoleBefore(ctx, mention.tokens[0]);
    if (!before || !before.words.some((w) => stemKey(w) === key)) continue;
    if (before.body === body) return false;
    if (ctx.entities.get(before.body)?.type === 'ORG') other = true;
  }
  return other;
}

/** The body and role words right before a person's mention (Лидер ЛДПР Владимир Жириновский → ЛДПР, [лидер]); null if none. */
function bodyRoleBefore(ctx: ResolveContext, at: number): { body: EntityId; words: string[] } | null {
  let k = at - 1;
  while (k >= 0 && ctx.tokens[k]!.kind === 'quote') k--;
  const m = k >= 0 ? ctx.mentionAt[k]! : -1;
  if (m === -1) return null;
  const words = roleInBodyBefore(ctx, at, ctx.mentions[m]!.entity);
  return words ? { body: ctx.mentions[m]!.entity, words } : null;
}

/**
 * «Геннадий Зюганов возглавляет КПРФ … Бессменный лидер заявил»: the person (the subject of the
 * sentence before) was said to lead some body, so a bare leader's role is theirs.
 */
export function leadsSomeBody(ctx: ResolveContext, head: number, person: EntityId): boolean {
  if (ctx.tokens[head]?.kind !== 'word' || !isLeader(ctx.words[head]!.key, ctx.words[head]!.folded)) return false;
  return (ctx.entities.get(person)?.mentions ?? []).some((mention) => {
    if (mention.tokens[0] >= head) return false;
    const after = mention.tokens[1];
    for (let k = after + 1; k <= after + LEADS_REACH && k < ctx.tokens.length; k++) {
      const m = ctx.mentionAt[k]!;
      if (m !== -1) return ctx.mentions[m]!.type === 'ORG' && leadsBody(ctx, after, ctx.mentions[m]!.entity);
    }
    return false;
  });
}
