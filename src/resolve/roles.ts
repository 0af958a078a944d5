import { isPunct } from '../clauses/context.js';
import { isBoundary } from '../clauses/phrase-extent.js';
import { isNominativeWord, nominativeFirstName } from '../clauses/subject.js';
import { CLAUSE_VERB_POS, COORDINATING_AND, OFFICES, PREPOSITIONS } from '../clauses/words.js';
import { wordSet, wordTable } from '../dict/words.js';
import { fold, stemKey } from '../morph/key.js';
import type { EntityId } from '../types.js';
import { countBefore, firstFrom, genderAgrees, type ResolveContext } from './context.js';
import { CASES } from './governed-case.js';

/**
 * The role rule: a role (президент, вице-губернатор, глава региона) resolves to the person the
 * text gave this very role (givenRole: the last one before it, else one the document names with
 * it, президент США Дональд Трамп); else `untitled`, a person given no role the caller found
 * fitting (the subject just before); else the nearest person the text gave a fitting role where
 * it stands (министр Лавров, not a later bare «Лавров»): the latest such mention among the
 * TITLED_REACH before the role, else (or, for an envoy, before any earlier one outside the
 * paragraph) one in the next three sentences. `at` is the role's head word (вице-губернатор in
 * «первый вице-губернатор края»); `gender` the one the cue verb shows.
 */
export function resolveTitle(ctx: ResolveContext, at: number, near: number, gender: 'm' | 'f' | null, sameRole = false, untitled: EntityId | null = null): EntityId | null {
  // A person given no role, that the role may stand for (the subject just before), comes before anyone with some other role.
  return givenRole(ctx, at, gender, sameRole) ?? untitled ?? nearestTitled(ctx, at, near, gender, sameRole, sameRole ? fieldNoun(ctx, at) : null);
}

/** The person the text gave the role at `at` (the same word, in the same field if it has one): the last before it, else one named right after the word elsewhere; null if none. */
export function givenRole(ctx: ResolveContext, at: number, gender: 'm' | 'f' | null, sameRole = false): EntityId | null {
  const key = ctx.words[at]!.key;
  // «глава группы наблюдателей» is not the «глава государства» the text named: a role with a
  // field of its own is only someone given that role in that field.
  const field = sameRole ? fieldNoun(ctx, at) : null;
  // «Адвокат обвиняемого Илиас Спирлиадис»: a name after the role word that is a complement of another role serves its holder.
  const serves = (entity: EntityId) => {
    const roles = titledPeople(ctx).get(entity);
    return !!roles && servesRole(roles, key);
  };
  const given = lastGivenRole(ctx, at, gender, field);
  if (given && !serves(given)) return given;
  const named = namedWithRole(ctx, key, gender).find(([i, entity]) => i !== at && (!field || namedInField(ctx, i, field)) && !serves(entity));
  return named ? named[1] : null;
}

/** How many people given the role, back from it, are looked at. */
const GIVEN_REACH = 8;

/**
 * «Антон Силуанов, министр финансов, встретился с губернатором … Министр заявил»: a plain role
 * (министр, актёр) is the last person before it the text gave this very role, not the nearest
 * person with any role. Not for roles whose meaning lies in what follows them (глава МИД,
 * заместитель министра, глава региона): the other rules read those.
 */
function lastGivenRole(ctx: ResolveContext, at: number, gender: 'm' | 'f' | null, field: string | null): EntityId | null {
  const key = ctx.words[at]!.key;
  if (HEADS.has(key) || isDeputy(ctx, at) || ctx.lexicon.envoyTitles.has(key)) return null;
  const next = ctx.words[at + 1];
  if (next && ctx.tokens[at + 1]!.kind === 'word' && (next.shape === 'title' || next.shape === 'upper')) return null;
  const titled = titledPeople(ctx);
  const list = titledMentions(ctx, key);
  const split = firstFrom(ctx, list, ctx.tokens[at]!.start);
  let found: [number, EntityId] | null = null;
  for (let j = split - 1; j >= Math.max(0, split - GIVEN_REACH); j--) {
    const m = list[j]!;
    if (ctx.mentions[m]!.tokens[0] === at + 1) continue;
    if (isPerson(ctx, m, gender) && (!field || titled.get(ctx.mentions[m]!.entity)!.has(`of:${field}`))) {
      found = [ctx.mentions[m]!.tokens[0], ctx.mentions[m]!.entity];
      break;
    }
  }
  // «Председатель правления межрегиональной общественной организации … Андрей Столбунов»: a role
  // word that names the person past a long complement, nearer than the mention found.
  const words = ctx.tokensWithKey(key);
  // The first of them at or after the role (by binary search: a scan from the end would read the whole list per role).
  const w = countBefore(words.length, (k) => words[k]! < at);
  for (let j = w - 1; j >= Math.max(0, w - GIVEN_REACH); j--) {
    const i = words[j]!;
    if (found && i < found[0]) break;
    if (field && ctx.words[i + 1]?.key !== field && !namedInField(ctx, i, field)) continue;
    const entity = personAfterRole(ctx, i, gender);
    if (entity) return entity;
  }
  return found?.[1] ?? null;
}

/** The key of the noun a role's field is named by, past its adjectives (глава столичной полиции → полиц), if a lower-case one follows. */
function fieldNoun(ctx: ResolveContext, at: number): string | null {
  let k = at + 1;
  while (k < at + 1 + BODY_ADJECTIVES && ctx.tokens[k]?.kind === 'word' && ctx.words[k]!.shape === 'lower' && ctx.analyseWord(ctx.words[k]!).some((a) => a.pos === 'ADJF')) k++;
  return ctx.tokens[k]?.kind === 'word' && ctx.words[k]!.shape === 'lower' ? ctx.words[k]!.key : null;
}

/** Tokens after a role word its field may be named in, before the person (главой крупнейшего управления полиции страны стала …). */
const FIELD_REACH = 8;

/** The role word at `i` has the field `field` among the words that follow it, before the person it names. */
function namedInField(ctx: ResolveContext, i: number, field: string): boolean {
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 1 + FIELD_REACH); k++) {
    if (ctx.mentionAt[k] !== -1 && ctx.mentions[ctx.mentionAt[k]!]!.type === 'PER') return false;
    if (ctx.tokens[k]!.kind === 'word' && ctx.words[k]!.key === field) return true;
  }
  return false;
}

/** How many people named with one role word are kept: enough for a field (директор музея among директор завода, школы, театра) to skip the others; a constant, so each role costs O(1). */
const NAMED_PER_ROLE = 8;

/**
 * The people named right after a word with this key («президент США Дональд Трамп»), in text
 * order: the first NAMED_PER_ROLE, so that givenRole, asking for a field or skipping a servant of
 * the role, still finds one that the first two words of the key did not name.
 */
function namedWithRole(ctx: ResolveContext, key: string, gender: 'm' | 'f' | null): [number, EntityId][] {
  return ctx.once(`role-named:${gender}:${key}`, () => {
    const found: [number, EntityId][] = [];
    for (const i of ctx.tokensWithKey(key)) {
      const entity = personAfterRole(ctx, i, gender);
      if (entity) found.push([i, entity]);
      if (found.length === NAMED_PER_ROLE) break;
    }
    return found;
  });
}

/**
 * The person the text names with the word at `at` elsewhere (лётчица → «Украинская лётчица
 * Надежда Савченко»): a complement «адвокаты лётчицы» is someone of theirs.
 */
export function personNamedWith(ctx: ResolveContext, at: number): EntityId | null {
  return namedWithRole(ctx, ctx.words[at]!.key, null).find(([i]) => i !== at)?.[1] ?? null;
}

/** Tokens after a role word within which the person holding it is named (постпред России при ООН Виталий Чуркин). */
export const ROLE_HOLDER_REACH = 9;

/** The person named right after the role word at `i`, past its complement (before `limit`), in its case and of `gender`; null if none. */
export function personAfterRole(ctx: ResolveContext, i: number, gender: 'm' | 'f' | null, limit = ctx.tokens.length): EntityId | null {
  const deputy = isDeputy(ctx, i);
  let principal = -1;
  for (let k = i + 1; k < Math.min(limit, i + ROLE_HOLDER_REACH); k++) {
    const m = ctx.mentionAt[k]!;
    // «представителя генсека ООН Антониу Гутерриша»: a name in the case of the principal a deputy serves is the principal's.
    if (deputy && m === -1 && ctx.tokens[k]!.kind === 'word' && ctx.titles.has(ctx.words[k]!.key)) principal = k;
    if (principal !== -1 && m !== -1 && ctx.mentions[m]!.type === 'PER' && ctx.mentions[m]!.tokens[0] === k && sharesCase(ctx, principal, k)) return null;
    // «директор цирка на Вернадского Эдгард Запашный»: a name a preposition governs, right before
    // another name in the role's case on the same line, is a place named after someone; the role's holder follows it.
    if (m !== -1 && ctx.mentions[m]!.type === 'PER' && isPrepositionAt(ctx, k - 1) && holderAfterPlace(ctx, i, m)) {
      k = ctx.mentions[m]!.tokens[1] - 1;
      continue;
    }
    // «беседовал с президентом Эквадора о Сноудене»: a person a preposition governs is not the one the role names.
    if (m !== -1 && ctx.mentions[m]!.type === 'PER' && isPrepositionAt(ctx, k - 1)) return null;
    // «Отец Ивана Агафонова был …», «пресс-секретарь Путина Дмитрий Песков»: a name in another
    // case than the role is its complement, not who holds it; the holder may follow.
    if (m !== -1 && ctx.mentions[m]!.type === 'PER' && !sharesCase(ctx, i, caseWord(ctx, m))) continue;
    // «куратор музея По … Джефф Джером»: a one-word name that shows no case right after the
    // complement's noun is that noun's own (the museum of По); the holder may follow.
    if (m !== -1 && ctx.mentions[m]!.type === 'PER' && k - 1 > i && ownsName(ctx, k - 1, m)) {
      k = ctx.mentions[m]!.tokens[1] - 1;
      continue;
    }
    // «Пресс-секретарь Путина Дмитрий Песков»: a name right before another name is the role's
    // complement whatever its case can read as (Путина is also a noun, путина); the second holds the role.
    if (m !== -1 && ctx.mentions[m]!.type === 'PER' && nextPerson(ctx, m)) {
      k = ctx.mentions[m]!.tokens[1] - 1;
      continue;
    }
    if (m !== -1 && ctx.mentions[m]!.type === 'PER' && isPerson(ctx, m, gender)) return ctx.mentions[m]!.entity;
    // «Известный музыкант, пианист Евгений Кисин»: a chain of roles still names one person.
    if (isBoundary(ctx, k) && !(isPunct(ctx, k, ',') && ctx.titles.has(ctx.words[k + 1]?.key ?? '')) && !joinsNouns(ctx, k)) break;
  }
  return null;
}

/**
 * «куратор музея По в Балтиморе Джефф Джером»: a source phrase [from, to) whose head, its first
 * noun, is one living being is that of the person named right after it, past its complement and
 * before a verb, of `gender`; null if none.
 */
export function holderNamedAfter(ctx: ResolveContext, from: number, to: number, gender: 'm' | 'f' | null): EntityId | null {
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind !== 'word') continue;
    const best = ctx.analyseWord(ctx.words[k]!)[0];
    if (best?.pos !== 'NOUN') continue;
    if (!best.grams.includes('anim') || !best.grams.includes('sing')) return null;
    // «Представитель партии заявил о победе Мугабе»: past the verb a name is no apposition.
    // Looked for only within the holder's reach: a walk on to the text's end, once per phrase, grew with the square of its length.
    const reach = Math.min(ctx.tokens.length, k + ROLE_HOLDER_REACH);
    let limit = k + 1;
    while (limit < reach && !(ctx.tokens[limit]!.kind === 'word' && ctx.mentionAt[limit] === -1 && CLAUSE_VERB_POS.has(ctx.analyseWord(ctx.words[limit]!)[0]?.pos ?? ''))) limit++;
    return personAfterRole(ctx, k, gender, limit);
  }
  return null;
}

/** A lower-case noun at `k` right before mention `m`, one word whose case does not show: the noun's complement. */
function ownsName(ctx: ResolveContext, k: number, m: number): boolean {
  const [first, end] = ctx.mentions[m]!.tokens;
  if (end - first !== 1 || ctx.tokens[k]!.kind !== 'word' || ctx.words[k]!.shape !== 'lower' || ctx.mentionAt[k] !== -1) return false;
  const bits = caseBits(ctx, first);
  return (bits === 0 || bits === ALL_CASES) && ctx.analyseWord(ctx.words[k]!)[0]?.pos === 'NOUN';
}

/**
 * The word of a person mention whose case shows: its first, unless that is a listed first name
 * that does not decline (Хорхе, Кэтрин; the dictionary may read «Хорхе» as a locative of a noun):
 * then the surname after it.
 */
function caseWord(ctx: ResolveContext, m: number): number {
  const [first, end] = ctx.mentions[m]!.tokens;
  const indeclinable = end - first > 1 && ctx.tokens[first]!.kind === 'word' && ctx.firstNameGender(ctx.words[first]!.folded) !== undefined && !nominativeFirstName(ctx.clauses, first, first + 1);
  return indeclinable ? end - 1 : first;
}

/** «член комитета по обороне и безопасности Валерий Шнякин»: «и» between two lower-case words of one case joins them within the role's field. */
function joinsNouns(ctx: ResolveContext, k: number): boolean {
  if (k === 0 || ctx.tokens[k]!.kind !== 'word' || !COORDINATING_AND.has(ctx.words[k]!.folded)) return false;
  const lower = (i: number) => ctx.tokens[i]?.kind === 'word' && ctx.words[i]!.shape === 'lower' && ctx.mentionAt[i] === -1;
  // «науки и технологий»: the joined nouns may differ in number; their case is what they share.
  return lower(k - 1) && lower(k + 1) && (caseBits(ctx, k - 1, true) & caseBits(ctx, k + 1, true)) !== 0;
}

/** The person right after mention `m` is on its line and in the case of the role at `role`: the role's holder. */
function holderAfterPlace(ctx: ResolveContext, role: number, m: number): boolean {
  const end = ctx.mentions[m]!.tokens[1];
  return nextPerson(ctx, m) && ctx.index.lineOf[end] === ctx.index.lineOf[end - 1] && sharesCase(ctx, role, end);
}

/** A person mention right after mention `m` (no word between), of another person. */
function nextPerson(ctx: ResolveContext, m: number): boolean {
  const mention = ctx.mentions[m]!;
  const after = ctx.mentionAt[mention.tokens[1]] ?? -1;
  return after !== -1 && ctx.mentions[after]!.type === 'PER' && ctx.mentions[after]!.entity !== mention.entity;
}

/** Two words have a singular reading in one case, or one of them is not known to decline (so nothing tells). */
export function sharesCase(ctx: ResolveContext, a: number, b: number): boolean {
  const first = caseBits(ctx, a);
  if (first === 0) return true;
  const second = caseBits(ctx, b);
  return second === 0 || (first & second) !== 0;
}

/** One bit per case of CASES: a word's cases as a number, so that comparing two words makes no sets. */
const CASE_BIT = new Map([...CASES].map((c, i) => [c, 1 << i]));
const ALL_CASES = (1 << CASES.size) - 1;

/** The cases of the word's known singular readings (`plural`: and plural ones; an indeclinable one has them all); 0 for no word. */
function caseBits(ctx: ResolveContext, k: number, plural = false): number {
  const w = ctx.words[k]!;
  if (ctx.tokens[k]!.kind !== 'word') return 0;
  let bits = 0;
  for (const r of w.analyses.length > 0 ? w.analyses : ctx.analyseWord(w)) {
    if (!r.known || (!plural && r.grams.includes('plur'))) continue;
    if (r.grams.includes('Fixd')) bits |= ALL_CASES;
    else for (const g of r.grams) bits |= CASE_BIT.get(g) ?? 0;
  }
  return bits;
}

function isPrepositionAt(ctx: ResolveContext, k: number): boolean {
  return ctx.tokens[k]?.kind === 'word' && PREPOSITIONS.has(ctx.words[k]!.folded);
}

function isPerson(ctx: ResolveContext, m: number, gender: 'm' | 'f' | null): boolean {
  const e = ctx.entities.get(ctx.mentions[m]!.entity);
  return !!e && e.type === 'PER' && genderAgrees(ctx, e.id, gender);
}

/** How many titled people before a role are tried for it, nearest first. */
const TITLED_REACH = 32;

function nearestTitled(ctx: ResolveContext, at: number, near: number, gender: 'm' | 'f' | null, sameRole: boolean, field: string | null = null): EntityId | null {
  const key = ctx.words[at]!.key;
  // By proximity only a person the text gives a role somewhere (министр Лавров; Дмитриев,
  // генеральный директор …): «глава сельсовета» is not the victim named a sentence before.
  const titled = titledPeople(ctx);
  // «Пресс-секретарь Елисейского дворца»: a role in a named body is someone of its own, found by
  // proximity only if the text gave that person this very role («президент России» is still
  // the president the text named: a country is no such body).
  const next = ctx.words[at + 1];
  const nextMention = ctx.mentionAt[at + 1] ?? -1;
  const named = !!next && (next.shape === 'title' || next.shape === 'upper') && ctx.tokens[at + 1]!.kind === 'word' &&
    !(nextMention !== -1 && ctx.mentions[nextMention]!.type !== 'ORG');
  // «Вице-губернатор края», «помощник президента»: a deputy or staff role is not the principal
  // named before; it is only someone the text gave this very role, with the same principal.
  // An envoy (спецпредставитель президента) is not the one they speak for, but the text may
  // name them only after the role (Об этом сообщил спецпредставитель …; «…», — заявил Дмитриев).
  const domain = roleDomain(ctx, at);
  // «Глава Минздрава» is the «министр здравоохранения» the text named: the words of the body's
  // name after its head noun are the field the person's role was given in.
  const bodyField = HEADS.has(key) && nextMention !== -1 ? fieldWords(ctx, ctx.mentions[nextMention]!.entity) : null;
  const deputy = isDeputy(ctx, at);
  const envoy = ctx.tokens[at]!.kind === 'word' && ctx.lexicon.envoyTitles.has(key);
  const principal = deputy || envoy ? principalAfter(ctx, at) : null;
  const fitsTitled = (m: number) => {
    const roles = titled.get(ctx.mentions[m]!.entity);
    if (!isPerson(ctx, m, gender) || !roles) return false;
    if (deputy) return roles.has(key) && (principal === null || roles.has(principal));
    if (servesRole(roles, key)) return false;
    if (envoy && principal !== null && roles.has(principal) && !roles.has(key)) return false;
    if (domain) return [...roles].some((r) => domain.has(r));
    if (named && bodyField?.some((w) => roles.has(`of:${w}`))) return true;
    if (field && !roles.has(`of:${field}`)) return false;
    if (!named && !sameRole && holdsOtherRole(ctx, at, ctx.mentions[m]!.entity)) return false;
    return roles.has(named || sameRole ? key : '*');
  };
  // Only people given this role can fit a deputy or a role in a named body; anyone titled, the others.
  const list = deputy || ((named || sameRole) && !domain && !bodyField) ? titledMentions(ctx, key) : titledMentions(ctx, '*');
  const start = ctx.tokens[at]!.start;
  const split = firstFrom(ctx, list, start);
  // The last fitting person before the role, if in its paragraph; lines only grow along the text.
  // No further back than TITLED_REACH people: where none fits (a woman's role after many titled
  // men), reading the whole list per role made a document of such paragraphs quadratic.
  let earlier: EntityId | null = null;
  for (let j = split - 1; j >= Math.max(0, split - TITLED_REACH); j--) {
    const m = list[j]!;
    if (!fitsTitled(m)) continue;
    if (ctx.index.lineOf[ctx.mentions[m]!.tokens[0]] === ctx.index.lineOf[at]) return ctx.mentions[m]!.entity;
    earlier = ctx.mentions[m]!.entity;
    break;
  }
  // A person introduced with a role before is the one meant, not a name inside the quote that follows (Чиновник добавил: «… Козлов …»).
  if (earlier && !envoy) return earlier;
  const sentence = ctx.index.sentenceOf[near]!;
  for (let j = split; j < list.length; j++) {
    const mention = ctx.mentions[list[j]!]!;
    if (mention.start <= start) continue;
    // Text order: past three sentences nothing later fits either (checked first, so that a run of unfitting people is not read to the end).
    if (ctx.index.sentenceOf[mention.tokens[0]]! - sentence > 3) break;
    if (fitsTitled(list[j]!)) return mention.entity;
  }
  return earlier;
}

/**
 * Some of the roles is the office the role key names (премьер for премьер-министр), or a head of
 * a body whose head holds it (глава кабинета министров is the премьер).
 */
function holdsOffice(roles: ReadonlySet<string>, key: string): boolean {
  const office = OFFICES.get(key);
  let head = false;
  for (const r of roles) {
    if (OFFICES.get(r) === office) return true;
    if (HEADS.has(r)) head = true;
  }
  if (!head) return false;
  for (const r of roles) {
    const domain = r.startsWith('of:') ? DOMAIN_BY_STEM.get(r.slice(3)) : undefined;
    if (domain) for (const d of domain) if (OFFICES.get(d) === office) return true;
  }
  return false;
}

/**
 * «Судья сказал» after «… мать Сеоким Ли»: a person the text gave roles, none of them the office
 * the role word at `at` names, is someone else; a role that is no office (политик, артист) may be anyone's.
 */
export function holdsOtherRole(ctx: ResolveContext, at: number, entity: EntityId): boolean {
  const key = ctx.words[at]!.key;
  const roles = titledPeople(ctx).get(entity);
  if (roles && servesRole(roles, key)) return true;
  // A well-known person's office is known, not told (поздравил Владимир Путин … в поздравлении президента).
  return !!roles && OFFICES.has(key) && !holdsOffice(roles, key) && ctx.entities.get(entity)?.source !== 'dict';
}

/**
 * «Пресс-секретарь президента Дмитрий Песков», «адвокат обвиняемого Сергей Козлов»: a person the
 * text named with a role whose field is this role word serves its holder, so is not the holder
 * («Президент заявил», «Обвиняемый заявил» are someone else), however well known.
 */
function servesRole(roles: ReadonlySet<string>, key: string): boolean {
  // Given the role itself too (брат принцессы Мако, and Мако a princess elsewhere; an indeclinable name shows no case): no telling.
  return roles.has(`of:${key}`) && !roles.has(key);
}

/**
 * How the person may hold the role at `at`: 'given' if the text gave them that role (or its
 * office), 'untitled' if it gave them no role and the role is no office, else null.
 */
export function mayHold(ctx: ResolveContext, at: number, entity: EntityId): 'given' | 'untitled' | null {
  const key = ctx.words[at]!.key;
  const roles = titledPeople(ctx).get(entity);
  if (!roles) return OFFICES.has(key) ? null : 'untitled';
  if (roles.has(key) || (OFFICES.has(key) && holdsOffice(roles, key))) return 'given';
  // «Депутат Иван Петров … Он прокомментировал спор с министром Козловым. Политик заявил»: a broad
  // role (политик, актёр) may be said of anyone the text gave a role, the subject before first.
  // Not one the text gave only a status: «Уроженец Сочи Козлов … Чиновник добавил» is not Козлов.
  return OFFICES.has(key) || servesRole(roles, key) || !hasOccupation(roles) ? null : 'untitled';
}

const STATUS_ROLES = wordSet('status-roles');

/** Some role given is a real one, not '*', a field (of:…) or a status (уроженец, задержанный). */
function hasOccupation(roles: ReadonlySet<string>): boolean {
  for (const r of roles) if (r !== '*' && !r.startsWith('of:') && !STATUS_ROLES.has(r)) return true;
  return false;
}

/** The person mentions whose entity the text gave role `key` ('*': any role), in text order. */
function titledMentions(ctx: ResolveContext, key: string): readonly number[] {
  return ctx.once(`titled-mentions:${key}`, () => {
    const titled = titledPeople(ctx);
    const given = roleMentions(ctx);
    return ctx.mentionsOfType('PER').filter((m) => given.has(m) && titled.get(ctx.mentions[m]!.entity)?.has(key));
  });
}

/** «Глава региона» → the roles of a head of a region (губернатор), by the body noun's lemma. */
const HEADS = wordSet('role-heads');
const DOMAIN_OF = new Map<string, Set<string>>();
/** The same, by the stem key of the body noun (a role's field as rolesGiven keeps it: of:кабинет). */
const DOMAIN_BY_STEM = new Map<string, Set<string>>();
for (const { nouns, roles } of wordTable('role-domains')) {
  const keys = new Set(roles === '-' ? [] : roles!.split(' ').map((r) => stemKey(fold(r))));
  for (const noun of nouns!.split(' ')) {
    DOMAIN_OF.set(noun, keys);
    DOMAIN_BY_STEM.set(stemKey(noun), keys);
  }
}

/** Adjectives a generic body noun may have after the head (глава военного ведомства). */
const BODY_ADJECTIVES = 2;

/** The roles a «head + generic body» phrase at `at` stands for (глава региона → губернатор), if it is one. */
export function roleDomain(ctx: ResolveContext, at: number): ReadonlySet<string> | null {
  if (!HEADS.has(ctx.words[at]!.key)) return null;
  // «глава военного ведомства»: the body noun past its adjectives.
  let k = at + 1;
  while (k < at + 1 + BODY_ADJECTIVES && ctx.tokens[k]?.kind === 'word' && ctx.words[k]!.shape === 'lower' && ctx.analyseWord(ctx.words[k]!).some((a) => a.pos === 'ADJF' && a.grams.includes('gent'))) k++;
  const next = ctx.words[k];
  if (!next || next.shape !== 'lower' || ctx.tokens[k]!.kind !== 'word') return null;
  for (const a of ctx.analyseWord(next)) {
    if (a.pos !== 'NOUN' || !a.grams.includes('gent')) continue;
    const domain = DOMAIN_OF.get(fold(a.lemma));
    if (domain) return domain;
  }
  return null;
}

/** The lower-case words of a body's name, as keys: Министерство здравоохранения России → здравоохранен. */
function fieldWords(ctx: ResolveContext, entityId: string): string[] | null {
  const entity = ctx.entities.get(entityId);
  if (!entity || entity.type !== 'ORG') return null;
  const words = entity.name.split(/\s+/).filter((w) => w.length > 3 && w === w.toLowerCase()).map((w) => stemKey(fold(w)));
  return words.length > 0 ? words : null;
}

/**
 * «руководительница», «экс-чиновница»: a role word that is only feminine shows that a woman holds
 * it, where the verb shows no gender (охарактеризовав); a masculine role word (министр,
 * пресс-секретарь) is said of women too, so it shows nothing.
 */
export function roleGender(ctx: ResolveContext, at: number): 'f' | null {
  if (ctx.tokens[at]?.kind !== 'word') return null;
  const folded = ctx.words[at]!.folded;
  // A prefixed word the morphology may not know (экс-руководительница) by its last part.
  const nouns = [folded, folded.slice(folded.lastIndexOf('-') + 1)]
    .map((w) => ctx.analyse(w).filter((a) => a.pos === 'NOUN'))
    .find((a) => a.length > 0);
  // «судья» is feminine in form and said of either sex (Ms-f): it shows nothing.
  return nouns && nouns.every((a) => a.grams.includes('femn') && a.grams.includes('anim') && !a.grams.includes('Ms-f')) ? 'f' : null;
}

/** A deputy or staff role (вице-губернатор, заместитель, помощник, пресс-секретарь). */
export function isDeputy(ctx: ResolveContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && ctx.lexicon.deputyTitles.has(ctx.words[i]!.key);
}

/** The role a deputy serves, right after it: «заместитель министра» → министр's key. */
function principalAfter(ctx: ResolveContext, at: number): string | null {
  const next = ctx.words[at + 1];
  return next && ctx.tokens[at + 1]!.kind === 'word' && ctx.titles.has(next.key) ? next.key : null;
}

/** The role's head in a title phrase [from, to): its first role word (первый замглавы → замглавы). */
export function roleHead(ctx: ResolveContext, from: number, to: number): number {
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.kind === 'word' && ctx.titles.has(ctx.words[k]!.key)) return k;
  return from;
}

/**
 * People the text names with a role: «министр Лавров», «Дмитриев, генеральный директор …».
 * The role must stand in the name's own sentence: «Погибшую звали Кристина. По словам главы
 * сельсовета, …» gives Кристина no role.
 */
function titledPeople(ctx: ResolveContext): ReadonlyMap<EntityId, ReadonlySet<string>> {
  return rolesGiven(ctx).titled;
}

/** The person mentions that stand with a role of their own (министр Лавров), not a later bare «Лавров». */
function roleMentions(ctx: ResolveContext): ReadonlySet<number> {
  return rolesGiven(ctx).mentions;
}

function rolesGiven(ctx: ResolveContext): { titled: ReadonlyMap<EntityId, ReadonlySet<string>>; mentions: ReadonlySet<number> } {
  return ctx.once('titled-people', () => {
    const titled = new Map<EntityId, Set<string>>();
    const mentions = new Set<number>();
    for (const index of ctx.mentionsOfType('PER')) {
      const mention = ctx.mentions[index]!;
      const [first, end] = mention.tokens;
      const last = end - 1;
      const sentence = ctx.index.sentenceOf[first];
      // The role keys near the name, and '*' for «has some role».
      const role = (k: number) => {
        if (ctx.index.sentenceOf[k] !== sentence || !ctx.titles.has(ctx.words[k]!.key)) return;
        if (!titled.has(mention.entity)) titled.set(mention.entity, new Set(['*']));
        mentions.add(index);
        const roles = titled.get(mention.entity)!;
        roles.add(ctx.words[k]!.key);
        // The field of the role, «of:» its lower-case words: министр здравоохранения → of:здравоохранен.
        for (let f = k + 1; f < Math.min(first, k + 4) && ctx.tokens[f]!.kind === 'word' && ctx.words[f]!.shape === 'lower'; f++) {
          roles.add(`of:${ctx.words[f]!.key}`);
        }
      };
      // «отец Ивана Агафонова», «пресс-секретарь Путина»: a role before a name in another case is
      // someone of theirs, not their role.
      // «пресс-секретарь Путина Дмитрий Песков»: the role before two names is the second's.
      // «Адвокат обвиняемого Илиас Спирлиадис»: where the name shows no case, a role word in an oblique case right after another is that role's field
      // (with a case shown, agreement tells: «сына президента Александра Лукашенко»).
      const caseless = caseBits(ctx, first) === 0 || caseBits(ctx, first) === ALL_CASES;
      if (!nextPerson(ctx, index)) for (let k = Math.max(0, first - 4); k < first; k++) if (sharesCase(ctx, k, first) && !(caseless && fieldOfRoleBefore(ctx, k))) role(k);
      // «Дмитриев, генеральный директор …»: a role after the name is its apposition; past a verb or
      // a preposition it is someone else's (Петров встретился с актёром Козловым; Побег Козлова заметили сотрудники).
      for (let k = last + 1; k < Math.min(ctx.tokens.length, last + 5) && !opensPredicate(ctx, k); k++) role(k);
    }
    return { titled, mentions };
  });
}

/** The role word at k stands right after another role word and cannot be nominative: the first's complement (адвокат обвиняемого). */
function fieldOfRoleBefore(ctx: ResolveContext, k: number): boolean {
  if (k === 0 || ctx.tokens[k]!.kind !== 'word' || ctx.tokens[k - 1]!.kind !== 'word' || !ctx.titles.has(ctx.words[k - 1]!.key)) return false;
  return ctx.titles.has(ctx.words[k]!.key) && !isNominativeWord(ctx, k);
}

/** A verb or a preposition at token k: what follows a name there is no apposition of it. */
function opensPredicate(ctx: ResolveContext, k: number): boolean {
  if (ctx.tokens[k]!.kind !== 'word' || ctx.words[k]!.shape !== 'lower') return false;
  if (PREPOSITIONS.has(ctx.words[k]!.folded)) return true;
  return CLAUSE_VERB_POS.has(ctx.analyseWord(ctx.words[k]!)[0]?.pos ?? '');
}

/**
 * «— сказал глава государства … — напомнил Медведев»: a role that no one before it fits is the
 * person the same paragraph names after it (of the cue's gender), if it names one.
 */
export function nextPersonInLine(ctx: ResolveContext, at: number, gender: 'm' | 'f' | null): EntityId | null {
  const list = ctx.mentionsOfType('PER');
  const line = ctx.index.lineOf[at];
  for (let j = firstFrom(ctx, list, ctx.tokens[at]!.end); j < list.length; j++) {
    const mention = ctx.mentions[list[j]!]!;
    if (ctx.index.lineOf[mention.tokens[0]] !== line) return null;
    if (isPerson(ctx, list[j]!, gender)) return mention.entity;
  }
  return null;
}

/**
 * «представителя генсека ООН Антониу Гутерриша»: the person at `at` names the principal of a
 * deputy role in [from, at) (its last other role word, in the person's case), not the deputy.
 */
export function namesPrincipal(ctx: ResolveContext, from: number, at: number): boolean {
  // A well-known person (a dictionary entry) in the genitive after a principal: «заместителя главы
  // администрации Ивана Петрова» may name the deputy, «представителя генсека ООН Антониу Гутерриша» does not.
  const m = ctx.mentionAt[at] ?? -1;
  if (m === -1) return false;
  const head = sourceHead(ctx, from, at);
  if (womanOfMan(ctx, from, at)) return true;
  if (!isDeputy(ctx, head) && !ctx.sourceNouns.has(ctx.words[head]!.key)) return false;
  if (speaksForKnown(ctx, head, m)) return true;
  if (ctx.entities.get(ctx.mentions[m]!.entity)?.source !== 'dict') return false;
  for (let k = at - 1; k > head; k--) {
    if (ctx.tokens[k]!.kind === 'word' && ctx.mentionAt[k] === -1 && ctx.titles.has(ctx.words[k]!.key)) return sharesCase(ctx, k, at);
  }
  return false;
}

/** «по словам матери Майкла Джексона»: the role's head only a woman holds and the person at `at` is a man, so the one she is of. */
export function womanOfMan(ctx: ResolveContext, from: number, at: number): boolean {
  const m = ctx.mentionAt[at] ?? -1;
  return m !== -1 && roleGender(ctx, sourceHead(ctx, from, at)) === 'f' && ctx.genderOf(ctx.mentions[m]!.entity) === 'm';
}

/** The head of a source phrase [from, to): its first source noun or role word, past adjectives (официальный представитель). */
function sourceHead(ctx: ResolveContext, from: number, to: number): number {
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.kind === 'word' && ctx.sourceNouns.has(ctx.words[k]!.key)) return k;
  return roleHead(ctx, from, to);
}

/**
 * «Актёр Джастин Теру … официальный представитель Теру сообщил», «представитель партии
 * Цвангираи»: a name whose case does not show (Теру, Цвангираи decline not) after someone who
 * speaks for another (a deputy, a source noun at `head`) is the one spoken for when the text named
 * that person before and never gave them this role: the representative is someone else, unnamed.
 */
function speaksForKnown(ctx: ResolveContext, head: number, m: number): boolean {
  const mention = ctx.mentions[m]!;
  const bits = caseBits(ctx, mention.tokens[1] - 1);
  if (mention.type !== 'PER' || (bits !== 0 && bits !== ALL_CASES)) return false;
  // «вице-премьер РФ Игорь Сечин»: a first name as the list writes it is a nominative; after a nominative role, in apposition.
  if (mention.tokens[1] - mention.tokens[0] > 1 && nominativeFirstName(ctx.clauses, mention.tokens[0], mention.tokens[0] + 1) && isNominativeWord(ctx, head)) return false;
  const entity = ctx.entities.get(mention.entity);
  if (!entity || !entity.mentions.some((other) => other.tokens[1] <= head)) return false;
  // This very phrase gives the name the role whatever it means: only the other mentions tell.
  const key = ctx.words[head]!.key;
  return !entity.mentions.some((other) => other.tokens[0] !== mention.tokens[0] && roleWordBefore(ctx, other.tokens[0], key));
}

/** The role word `key` stands among the APPOSITION_WORDS words before token `at`, in its sentence (представитель Теру). */
function roleWordBefore(ctx: ResolveContext, at: number, key: string): boolean {
  for (let k = at - 1; k >= Math.max(0, at - APPOSITION_WORDS) && ctx.index.sentenceOf[k] === ctx.index.sentenceOf[at]; k--) {
    if (ctx.tokens[k]!.kind === 'word' && ctx.words[k]!.key === key) return true;
  }
  return false;
}

/** Words before a name a role given to it may stand in (министр финансов Антон Силуанов): as rolesGiven reads them. */
const APPOSITION_WORDS = 4;
