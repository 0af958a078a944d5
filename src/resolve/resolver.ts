import type { ClauseContext } from '../clauses/context.js';
import { isNominativeWord, manInObliqueCase } from '../clauses/subject.js';
import { POSSESSIVES } from '../clauses/words.js';
import { wordSet } from '../dict/words.js';
import type { Cue, Entity, EntityId, Reference, ResolvedDocument } from '../types.js';
import { resolveContext, type ResolveContext } from './context.js';
import { earlierDescription, genericOrganisation, organisationThere } from './descriptors.js';
import { emphaticSelfHolder } from './emphatic-self.js';
import type { ResolveLexicon } from './lexicon.js';
import { pairBefore } from './groups.js';
import { officeHolders, soleOfficeHolder, type OfficeHolders } from './office-holders.js';
import { heldInPlaceOfRole } from './role-place.js';
import { kinHolder } from './kin.js';
import { agreeingNominative, fullNameInCaseOf, nominativePhrase, personInCase } from './normalize.js';
import { cueGender, lastPerson, pronounGender, pronounReferences, recentPersonOfGender, speakerPronoun, subjectOfSentenceBefore, type PronounRole, type SpeakerReferent } from './pronouns.js';
import { heldInOtherBody, holderOfBodyRole, leadsSomeBody } from './body-roles.js';
import { holdsOtherRole, isDeputy, mayHold, namesPrincipal, womanOfMan, nextPersonInLine, holderNamedAfter, personAfterRole, personNamedWith, resolveTitle, roleDomain, roleGender, roleHead, sharesCase } from './roles.js';

/**
 * One document's resolver: the entity a pronoun, a role or a descriptor stands for. Built once
 * per document; its indexes (token → mention, tokens by key, mentions by type, people by role)
 * are made on the first question that needs them, so that all questions together stay linear
 * in the document. The quote rules ask it; they resolve nothing themselves.
 */
export interface Resolver {
  readonly document: ResolvedDocument;
  /** The document as the clause rules read it, with its token → mention index. */
  readonly clauses: ClauseContext;
  readonly entities: ReadonlyMap<EntityId, Entity>;
  /** A person's gender from the name, where it shows. */
  genderOf(entity: EntityId): 'm' | 'f' | null;
  /**
   * The pronoun at token `at`, by the rule for its role: `speaker` (the subject of `cue`, or
   * inside it: по его словам) gives an entity or the unnamed phrase it continues; `reference`
   * the person it refers to, if the text lets one be told.
   */
  pronoun(at: number, role: PronounRole, cue?: Cue | null): SpeakerReferent;
  /** Every pronoun that refers to a person (the reference rule over the whole document). */
  references(): Reference[];
  /** The person a role phrase [from, to) names as the subject of `cue` near token `near`, if one. */
  role(from: number, to: number, near: number, cue: Cue | null): EntityId | null;
  /** A source phrase [from, to) whose head is a noun for one living being, named right after it (куратор музея По в Балтиморе Джефф Джером): that person, if the cue's gender allows. */
  holderNamedAfter(from: number, to: number, cue: Cue | null): EntityId | null;
  /** The person the text names with the common noun at `at` elsewhere (лётчица Надежда Савченко), if one. */
  namedWith(at: number): EntityId | null;
  /** The role phrase from `from` has a head only a woman holds (мать, дочь) and the person at `at` is a man: not her name, the one she is of. */
  womanOfMan(from: number, at: number): boolean;
  /** The person at token `at` names the principal of the deputy role in [from, at) (представителя генсека ООН Антониу Гутерриша). */
  namesPrincipal(from: number, at: number): boolean;
  /**
   * The organisation a generic source phrase [from, to) stands for (в ведомстве уточнили), if exactly one fits;
   * else the latest of `quotedSources` (the organisations the text quoted, latest first) that fits (Издание отмечает, five paragraphs on).
   */
  descriptor(from: number, to: number, quotedSources?: readonly EntityId[]): EntityId | null;
  /** A bare noun for a person of `gender` at `at` (Женщина заявила): the person of that gender just named, if one. */
  personOfGender(at: number, gender: 'm' | 'f'): EntityId | null;
  /** The two people the text last joined with «и» shortly before token `at` (Иван Петров и Анна Смирнова), for a plural noun that stands for them. */
  pairBefore(at: number): [EntityId, EntityId] | null;
  /** The organisation «там» at `at` stands for (Там уточнили), if exactly one was just named. */
  there(at: number): EntityId | null;
  /** For a bare source noun at `at` (министерство), the complement it had where the text described it before. */
  earlierDescription(at: number): [number, number] | null;
  /** The tokens [from, to) as a phrase in the nominative; `governed`: not nominative as written. */
  nominative(from: number, to: number, governed?: boolean): string;
  /** The adjective or participle at `at` in the nominative of `number` and `gender` (принадлежащего → принадлежащий). */
  agreeingNominative(at: number, number: 'sing' | 'plur', gender: string | null): string;
  /** A one-word surname mention at `at` as its person's full name in the case it is written in (Шварца → Аарона Шварца), if the name is fuller. */
  fullNameAt(at: number): string | null;
  /** A person's name in the genitive, made from the nominative name where the text gives no such form (дочь Кшиштофа Пендерецкого). */
  genitiveOf(entity: EntityId): string | null;
  /** A person's name in the case `kase` (знакомый с Игорем Юсуфовым), where the dictionary can decline each word; null otherwise. */
  nameInCase(entity: EntityId, kase: string): string | null;
}

export function createResolver(doc: ResolvedDocument, lexicon: ResolveLexicon): Resolver {
  const ctx = resolveContext(doc, lexicon);
  const nominatives = new Map<string, string>();
  let references: Reference[] | null = null;
  const referenceAt = () => ctx.once('references-by-token', () => {
    const byStart = new Map((references ??= pronounReferences(ctx)).map((r) => [r.start, r.entity]));
    return byStart;
  });
  return {
    document: doc,
    clauses: ctx.clauses,
    entities: ctx.entities,
    genderOf: ctx.genderOf,
    pronoun(at, role, cue = null) {
      if (role === 'speaker') return speakerPronoun(ctx, at, cue);
      return { entity: referenceAt().get(ctx.tokens[at]!.start) ?? null };
    },
    references: () => (references ??= pronounReferences(ctx)),
    role(from, to, near, cue) {
      const head = roleHead(ctx, from, to);
      if (ofPerson(ctx, head, to)) return null;
      // A bare role (Политик добавил) stands for the person just named, like a speaking pronoun;
      // a deputy (Вице-мэр добавил) is not whoever was named last: only someone with that role.
      // Adjectives do not make it less bare: «85-летний понтифик», «новый министр».
      // «Его адвокат»: someone of the person named last, not that person (the role's holder may still be named: Её глава Иван Петров).
      // «президент страны»: the country's own office is as bare as the role alone.
      const ownCountry = ofOwnCountry(ctx, head, to);
      const bare = (head === to - 1 || ownCountry || ofNamedBody(ctx, head, to)) && !isDeputy(ctx, head) && !ownedRole(ctx, from);
      // «директор похоронного бюро города Вустера»: a role with a field of its own is only someone the text gave that role.
      // Not a principal (спецпредставитель президента РФ): envoys and deputies have their own rule.
      const field = head + 1 < to && !ownCountry && ctx.tokens[head + 1]!.kind === 'word' && ctx.words[head + 1]!.shape === 'lower' && !ctx.titles.has(ctx.words[head + 1]!.key) && !roleDomain(ctx, head);
      // The gender the verb shows, else the one a feminine role word does (руководительница).
      const verbGender = cueGender(cue);
      const gender = verbGender ?? roleGender(ctx, head);
      // «Он принёс извинения. Актёр также признался …»: a bare role continues the subject of the sentence before, if that person may hold it.
      const subject = bare && verbGender ? subjectOfSentenceBefore(ctx, head, verbGender) : null;
      // «Как сообщала сама певица»: «сам» before the role points back to the one just spoken of, before any other rule.
      const emphatic = emphaticSelfHolder(ctx, from, head, verbGender);
      if (emphatic) return emphatic;
      // «Зюганов возглавляет КПРФ. Бессменный лидер заявил»: the subject just said to lead a body holds a bare leader's role.
      if (subject && head === to - 1 && leadsSomeBody(ctx, head, subject)) return subject;
      const holds = subject ? mayHold(ctx, head, subject) : null;
      // «постпред России при ООН Виталий Чуркин»: the person this very role names, past its complement.
      const named = personAfterRole(ctx, head, gender);
      if (named) return heldInPlaceOfRole(ctx, named, from, head, gender);
      // «Генеральный секретарь НАТО Йенс Столтенберг … Генсек альянса заявил»: a role in a body the
      // text named (by its name or a generic noun for it) is the person the text gave a role in that body.
      const inBody = holderOfBodyRole(ctx, head, to, gender);
      if (inBody) return inBody;
      const found = (holds === 'given' ? subject : null) ?? resolveTitle(ctx, head, near, gender, field, holds === 'untitled' ? subject : null) ??
        (bare ? lastUnlikeOther(ctx, head, lastPerson(ctx, head, pronounGender(ctx, head, cue) ?? gender)) : null) ??
        // Only where the verb shows the gender (сказал), and for a role that names an office (глава государства, not сельсовета).
        (verbGender && (bare || (roleDomain(ctx, head)?.size ?? 0) > 0) ? lastUnlikeOther(ctx, head, nextPersonInLine(ctx, head, verbGender)) : null) ??
        kinHolder(ctx, head, gender);
      const placed = found && !heldInOtherBody(ctx, head, to, found) ? heldInPlaceOfRole(ctx, found, from, head, gender) : null;
      // «президент России заявил»: the office's holder in the document's year, where the table knows the office.
      const office = officeHolders(ctx, from, to, head);
      if (office) return byOffice(ctx, office, placed);
      // A bare role no other rule linked: the one holder of that office the text names.
      return placed ?? (head === to - 1 && !isDeputy(ctx, head) && !ownedRole(ctx, from) ? soleOfficeHolder(ctx, head) : null);
    },
    holderNamedAfter: (from, to, cue) => holderNamedAfter(ctx, from, to, cueGender(cue)),
    namedWith: (at) => personNamedWith(ctx, at),
    namesPrincipal: (from, at) => namesPrincipal(ctx, from, at),
    womanOfMan: (from, at) => womanOfMan(ctx, from, at),
    descriptor: (from, to, quotedSources) => genericOrganisation(ctx, from, to, quotedSources),
    there: (at) => organisationThere(ctx, at),
    pairBefore: (at) => pairBefore(ctx, at),
    personOfGender: (at, gender) => recentPersonOfGender(ctx, at, gender),
    earlierDescription: (at) => earlierDescription(ctx, at),
    nominative(from, to, governed) {
      // The phrase in the nominative depends on its tokens' texts alone (a word's record is one per text): a text that
      // repeats a speaker («Он сказал: …» a hundred thousand times) reads and inflects it once, not once per quotation.
      let key = governed ? '1' : '0';
      for (let k = from; k < to; k++) key += `\u0001${doc.tokens[k]!.text}`;
      let name = nominatives.get(key);
      if (name === undefined) nominatives.set(key, (name = nominativePhrase(lexicon.morphology, doc.tokens, doc.words, from, to, governed)));
      return name;
    },
    agreeingNominative: (at, number, gender) => agreeingNominative(lexicon.morphology, doc.tokens, doc.words, at, number, gender),
    fullNameAt(at) {
      const m = ctx.mentionAt[at] ?? -1;
      const mention = m === -1 ? undefined : ctx.mentions[m]!;
      if (!mention || mention.type !== 'PER' || mention.tokens[1] - mention.tokens[0] !== 1) return null;
      // A well-known person is named by surname alone (представитель Обамы): only others are completed.
      const entity = ctx.entities.get(mention.entity);
      if (!entity || entity.source === 'dict') return null;
      // «представитель Теру»: after a noun, a surname that does not decline stands in the genitive the noun governs.
      const before = at > 0 && doc.tokens[at - 1]!.kind === 'word' ? doc.words[at - 1]! : null;
      // So it does after one that opens the sentence (Адвокаты Эндрюс), capitalised but no name.
      const noun = before && (before.shape === 'lower' || (before.shape === 'title' && ctx.mentionAt[at - 1] === -1 && ctx.index.sentenceOf[at - 1] !== ctx.index.sentenceOf[at - 2])) && ctx.analyseWord(before)[0]?.pos === 'NOUN';
      const governed = noun ? 'gent' : null;
      return fullNameInCaseOf(lexicon.morphology, entity.name, doc.words[at]!, doc.tokens[at]!.text, governed, genderGrammeme(ctx, mention.entity));
    },
    nameInCase: (id, kase) => nameInCase(ctx, lexicon, id, kase),
    genitiveOf: (id) => nameInCase(ctx, lexicon, id, 'gent'),
  };
}

/** A person's name in the case `kase`, declined as their gender asks; null for no person or a word the dictionary cannot decline. */
function nameInCase(ctx: ResolveContext, lexicon: ResolveLexicon, id: EntityId, kase: string): string | null {
  const entity = ctx.entities.get(id);
  if (!entity || entity.type !== 'PER') return null;
  return personInCase(lexicon.morphology, entity.name, genderGrammeme(ctx, id), kase);
}

/** The person's gender as the morphology's grammeme (m → masc), or null where the text does not tell. */
function genderGrammeme(ctx: ResolveContext, id: EntityId): 'masc' | 'femn' | null {
  const gender = ctx.genderOf(id);
  return gender === 'm' ? 'masc' : gender === 'f' ? 'femn' : null;
}

/**
 * The person found by the other rules, checked against the office table: one it gives that office
 * about the document's year stays; else the one holder of that year the text names; a well-known
 * person the table does not give that office then is not the one meant (unlinked, not wrong).
 */
function byOffice(ctx: ResolveContext, office: OfficeHolders, found: EntityId | null): EntityId | null {
  if (found && office.near.has(found)) return found;
  if (office.named.length === 1) return office.named[0]!;
  if (office.named.length > 1) return null;
  return found && ctx.entities.get(found)?.source !== 'dict' ? found : null;
}

/** The person found, unless the text gave them roles other than the office the bare role names. */
function lastUnlikeOther(ctx: ResolveContext, head: number, last: EntityId | null): EntityId | null {
  return last && !holdsOtherRole(ctx, head, last) ? last : null;
}

/** «Его адвокат заявил»: a role a possessive opens is someone of theirs. */
function ownedRole(ctx: ResolveContext, from: number): boolean {
  for (const k of [from - 1, from]) if (k >= 0 && ctx.tokens[k]!.kind === 'word' && POSSESSIVES.has(ctx.words[k]!.folded)) return true;
  return false;
}

/** Nouns that name a country as such (страна, государство), by stem key. */
const OWN_COUNTRY_NOUNS = wordSet('own-country-nouns');

/**
 * «президент страны», «премьер государства»: a role whose only complement is a noun for the country
 * itself; not a head of a body (глава государства has its own rule, by the roles of its domain).
 */
function ofOwnCountry(ctx: ResolveContext, head: number, to: number): boolean {
  const k = head + 1;
  return k === to - 1 && !roleDomain(ctx, head) && ctx.tokens[k]!.kind === 'word' && ctx.words[k]!.shape === 'lower' && OWN_COUNTRY_NOUNS.has(ctx.words[k]!.key);
}

/** «ветеран НХЛ», «глава RT»: a role whose only complement is one named body, as bare as the role alone. */
function ofNamedBody(ctx: ResolveContext, head: number, to: number): boolean {
  const m = ctx.mentionAt[head + 1] ?? -1;
  if (m === -1 || ctx.mentions[m]!.type !== 'ORG') return false;
  return ctx.mentions[m]!.tokens[1] === to;
}

/** «Отец Ивана Агафонова», «адвокат Мирзаева»: a role whose complement is a person (another case than the role) is someone of theirs the text does not name. */
function ofPerson(ctx: ResolveContext, head: number, to: number): boolean {
  for (let k = head + 1; k < to; k++) {
    const m = ctx.mentionAt[k] ?? -1;
    if (m === -1 || ctx.mentions[m]!.type !== 'PER' || ctx.mentions[m]!.tokens[0] !== k) continue;
    // «Адвокат Петрова»: a nominative role before a man's name that is not his nominative, whatever a feminine reading shares.
    return !sharesCase(ctx, head, k) || (isNominativeWord(ctx, head) && manInObliqueCase(ctx, k, ctx.mentions[m]!.tokens[1]));
  }
  return false;
}
