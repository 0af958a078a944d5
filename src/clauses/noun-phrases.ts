import { ADJECTIVE_POS, cueAgreement, grammaticalGender } from '../morph/agreement.js';
import { fold } from '../morph/key.js';
import type { Analysis, Cue, EntityId, Mention, WordInfo } from '../types.js';
import { perWordFor } from '../util/word-memo.js';
import { mentionEnd, sentenceRange, type ClauseContext } from './context.js';
import { adjectivesBefore, isRelative, participleHead, phraseEnd, singularHead } from './phrase-extent.js';
import { isGoverned, isNominativeMention, isNominativeWord, manInObliqueCase } from './subject.js';
import { COORDINATING_AND, COUNT_APPROXIMATORS, DEMONSTRATIVE_SUBJECTS, DIALOGUE_PRONOUNS, FIRST_PERSON, functionWord, NOMINATIVE_PRONOUNS, ONE_FORMS, ONE_NOMINATIVE, PREPOSITIONS, QUANTIFIERS } from './words.js';

/**
 * The noun phrases in a stretch of tokens that could be a clause's subject (the speaker of a
 * cue), ranked: a person over an organisation over a pronoun, a role, a source, a place.
 */

/** What a noun phrase is: a named mention, a personal pronoun, a role, or an unnamed source. */
export type PhraseKind = 'mention' | 'pronoun' | 'title' | 'source';

export interface NounPhrase {
  from: number;
  to: number;
  kind: PhraseKind;
  mention?: Mention;
  rank: number;
  /** For a common noun as subject (врач, жители района): its head's number and gender, which the verb must agree with. */
  head?: Head;
  /** For a personal pronoun: its person (я, мы: 1; вы, ты: 2; он: 3), which a present-tense verb must agree with. */
  person?: 1 | 2 | 3;
}

/** A subject noun's number and gender; shared by every phrase of one word form, so never changed. */
export type Head = Readonly<{ number: string | null; gender: string | null }>;

/** The words read by ctx.analyseWord: the owner of the per-word-form memos below (as in subject.ts). */
type Readings = (word: WordInfo) => readonly Analysis[];

/** The number and gender of a reading, as one object per word form (a phrase per occurrence shares it). */
function headOf(a: Analysis): Head {
  return { number: a.grams.find((g) => g === 'sing' || g === 'plur') ?? null, gender: grammaticalGender(a.grams) };
}

/**
 * A person named in a governed source's tail who is not the source, where case cannot tell (all
 * is genitive after «по словам»): one person after a plural noun (представителей администрации
 * Барака Обамы), or after a role of the tail other than its head (представителя администрации
 * президента Барака Обамы: the president is the one named).
 */
function ownedPerson(ctx: ClauseContext, head: number, at: number): boolean {
  if (!singularHead(ctx, head)) return true;
  const before = at - 1;
  return before > head && ctx.tokens[before]!.kind === 'word' && ctx.mentionAt[before] === -1 && ctx.titles.has(ctx.words[before]!.key);
}

/** A common noun or a quantifier (rank COMMON) is the subject only where no known kind of speaker is. */
export const COMMON_RANK = 1.5;

/** A common noun ranks below a known source noun and above a place: the place is more often a complement. */
const RANK: Record<string, number> = { PER: 6, ORG: 5, pronoun: 4, title: 3, source: 2, common: COMMON_RANK, LOC: 1 };

/** The noun phrases in tokens [from, to); a subject must be nominative and ungoverned. */
export function nounPhrases(ctx: ClauseContext, from: number, to: number, subject: boolean): NounPhrase[] {
  const found: NounPhrase[] = [];
  // The end of the last unnamed source's tail: a body or place inside it is its complement, not
  // another speaker (источник «Интерфакса» в правительстве, представитель МВД).
  let sourceTail = -1;
  let sourceHead = -1;
  // The end of the last source or organisation noun's tail: a role inside it is its complement
  // (доверенное лицо певицы, пресс-служба главы государства), whatever names it admits.
  let roleTail = -1;
  // The end of the last role's tail: a body named there, even quoted, is the role's complement
  // (глава компании «Газпром»), not another speaker; the role is held by a person.
  let titleTail = -1;
  let titleHead = -1;
  // The closing mark of a quotation opened and closed within the range: words inside it are someone's own.
  let quoted = -1;
  for (let i = from; i < to; i++) {
    // Only a quotation mark opens a pair: no map look-up for every word.
    const pair = ctx.tokens[i]!.kind === 'quote' ? ctx.index.outerByOpen.get(i) : undefined;
    if (pair && pair.close < to) quoted = pair.close;
    const m = ctx.mentionAt[i]!;
    if (m !== -1) {
      const mention = ctx.mentions[m]!;
      const end = mentionEnd(ctx, i, to);
      // «по словам адвокатов Анны Смирновой»: a plural role is held by no one person; a name in its tail is its
      // complement (not two names joined by «и», who may hold it together: министров Ивана Петрова и Олега Белова).
      const pluralRoleComplement = i < titleTail && !singularHead(ctx, titleHead) && !(COORDINATING_AND.has(ctx.words[end]?.folded ?? '') && (ctx.mentionAt[end + 1] ?? -1) !== -1);
      if ((i < sourceTail || i < titleTail) && (mention.type !== 'PER' || (!subject && i < sourceTail && ownedPerson(ctx, sourceHead, i)) || pluralRoleComplement)) {
        i = end - 1;
        continue;
      }
      const free = subject ? !isGoverned(ctx, i) && isNominativeMention(ctx, i, end, mention.type === 'PER') && !complementBeforeName(ctx, i, end, mention) : true;
      const head = subject && mention.type === 'ORG' ? singularOnly(ctx, i, end) : null;
      if (free) found.push(head ? { from: i, to: end, kind: 'mention', mention, rank: RANK[mention.type]!, head } : { from: i, to: end, kind: 'mention', mention, rank: RANK[mention.type]! });
      i = end - 1;
      continue;
    }
    // «менее 3 % респондентов считают»: a count of a group; governed (из более чем 3000 опрошенных), it is skipped whole.
    const count = subject ? countEnd(ctx, i, to) : -1;
    if (count > i) {
      if (!isGoverned(ctx, i)) found.push({ from: i, to: count, kind: 'source', rank: RANK.common! });
      i = count - 1;
      continue;
    }
    const w = ctx.words[i]!;
    if (ctx.tokens[i]!.kind !== 'word') continue;
    // «опрошенные газетой аналитики»: the words a participle governs before its noun are no speaker; the noun takes the participle.
    const governing = participleHead(ctx, i, to);
    if (governing !== -1 && ctx.mentionAt[governing] === -1) {
      i = governing - 1;
      continue;
    }
    // The noun closes a name read as one body (комиссию депутата): the phrase is the participle's, from it to the noun's tail.
    if (governing !== -1) {
      const end = phraseEnd(ctx, governing, to);
      const noun = ctx.words[governing]!;
      const kind: PhraseKind = ctx.titles.has(noun.key) ? 'title' : 'source';
      const rank = ctx.titles.has(noun.key) ? RANK.title! : ctx.sourceNouns.has(noun.key) ? RANK.source! : RANK.common!;
      if (!subject || isNominativeWord(ctx, governing)) found.push({ from: i, to: end, kind, rank });
      roleTail = Math.max(roleTail, end);
      i = end - 1;
      continue;
    }
    if (subject && (isGoverned(ctx, i) || !isNominativeWord(ctx, i))) {
      // «сообщили в пресс-службе банка»: the genitive tail of a body after a preposition is governed with it
      // (банка, мэрии read as nominatives of other words are no subject).
      const governor = i > from && ctx.tokens[i - 1]!.kind === 'word' ? ctx.words[i - 1]!.folded : '';
      if (PREPOSITIONS.has(governor) && (ctx.orgNouns.has(w.key) || ctx.sourceNouns.has(w.key)) && !ctx.documentNouns.has(w.key)) i = phraseEnd(ctx, i, to) - 1;
      continue;
    }
    // «на что тот ответил»: a demonstrative with no noun after it (not «тот факт») is a pronoun.
    if (DEMONSTRATIVE_SUBJECTS.has(w.folded)) {
      if (i + 1 >= to || ctx.tokens[i + 1]!.kind !== 'word') found.push({ from: i, to: i + 1, kind: 'pronoun', rank: RANK.pronoun! });
      continue;
    }
    // «Поэтому, полагают, …»: a word the dictionary knows only as another part of speech is no
    // role or source, whatever its stem key shares with one (поэт).
    if (!mayBeNoun(ctx, i)) continue;
    // «„Мы выполним план“, — заявил Миллер, добавив, что …»: a first or second person inside quotation marks is the quoted speaker's own.
    if (NOMINATIVE_PRONOUNS.has(w.folded) && !(i < quoted && DIALOGUE_PRONOUNS.has(w.folded))) {
      const head = subject ? pronounHead(ctx, i) : null;
      const person = DIALOGUE_PRONOUNS.has(w.folded) ? (FIRST_PERSON.has(w.folded) ? 1 : 2) : 3;
      found.push(head ? { from: i, to: i + 1, kind: 'pronoun', rank: RANK.pronoun!, head, person } : { from: i, to: i + 1, kind: 'pronoun', rank: RANK.pronoun!, person });
    }
    // «Один из лауреатов признался»: one unnamed member of a group.
    else if (isOneOf(ctx, i, to, subject)) {
      found.push({ from: i, to: Math.max(i + 3, phraseEnd(ctx, i, to)), kind: 'source', rank: RANK.source! });
      i += 2;
    }
    // Unnamed sources first: «представитель мэрии» is someone the text does not name;
    // «министерство здравоохранения» is an institution by its description.
    else if (ctx.sourceNouns.has(w.key) || (ctx.orgNouns.has(w.key) && (w.shape === 'lower' || opensSentence(ctx, i, w.shape)) && !personRole(ctx, i))) {
      const start = adjectivesBefore(ctx, i, from);
      const end = phraseEnd(ctx, i, to);
      // «— сказал специалист.»: a bare singular role stands for the person just named.
      const bareRole = start === i && end === i + 1 && isSingularRole(ctx, i);
      const head = subject ? singularOnly(ctx, i, end) : null;
      const phrase: NounPhrase = { from: start, to: end, kind: bareRole ? 'title' : 'source', rank: bareRole ? RANK.title! : RANK.source! };
      found.push(head ? { ...phrase, head } : phrase);
      // An organisation noun takes its name in apposition (издание The Straits Times): that name speaks.
      if (!ctx.orgNouns.has(w.key)) {
        sourceTail = end;
        sourceHead = i;
      }
      roleTail = end;
    }
    // «конкурсный управляющий компании»: a role keeps its adjectives too.
    // «пресс-служба главы азербайджанского государства»: a role inside a source's tail is its complement, not another speaker.
    else if (ctx.titles.has(w.key)) {
      // «В резиденции премьера сообщили»: a word whose only nominative is a thing (премьера, the première) is no role there.
      if (subject && !nominativePerson(ctx, i)) continue;
      if (i >= sourceTail && i >= roleTail) {
        const end = phraseEnd(ctx, i, to);
        found.push({ from: adjectivesBefore(ctx, i, from), to: end, kind: 'title', rank: RANK.title! });
        if (end > titleTail) titleHead = i;
        titleTail = Math.max(titleTail, end);
      }
    }
    // «Многие полагали», «Несколько членов ЕС выразили»: a quantifier and its genitive.
    else if (subject && QUANTIFIERS.has(w.folded)) {
      found.push({ from: i, to: phraseEnd(ctx, i, to), kind: 'source', rank: RANK.common! });
      i = found[found.length - 1]!.to - 1;
    }
    else if (w.shape === 'title' && namePartMention(ctx, i, subject)) {
      found.push({ from: i, to: i + 1, kind: 'mention', mention: namePartMention(ctx, i, subject)!, rank: RANK.PER! });
    }
    // «Врач утверждает», «Девятиклассники предположили», «жители района жалуются»: any animate noun.
    else if (subject && (w.shape === 'lower' || opensSentence(ctx, i, w.shape)) && animateNominative(ctx, i)) {
      const head = animateNominative(ctx, i)!;
      found.push({ from: adjectivesBefore(ctx, i, from), to: phraseEnd(ctx, i, to), kind: 'source', rank: RANK.common!, head });
      i = found[found.length - 1]!.to - 1;
    }
    // «Оставшиеся в живых утверждали», «Знакомые артиста говорят»: an adjective or participle
    // with no noun of its own stands for the people it describes.
    else if (subject && (w.shape === 'lower' || opensSentence(ctx, i, w.shape)) && substantive(ctx, i, to)) {
      found.push({ from: i, to: phraseEnd(ctx, i, to, true), kind: 'source', rank: RANK.common!, head: substantive(ctx, i, to)! });
      i = found[found.length - 1]!.to - 1;
    }
    // «по словам выживших», «по словам оставшихся в живых»: governed, the people a plural adjective
    // or participle describes stand in its oblique case.
    else if (!subject && w.shape === 'lower' && obliqueSubstantive(ctx, i, to)) {
      found.push({ from: i, to: phraseEnd(ctx, i, to, true), kind: 'source', rank: RANK.common! });
      i = found[found.length - 1]!.to - 1;
    }
  }
  return found;
}

/**
 * «биограф Баффета Энди Килпатрик заявил», «менеджер Хьюстон Патриша Хьюстон»: a person right
 * after a role or other noun and right before another person's name is the role's genitive complement;
 * the name after it holds the role and is the subject. So is a man's name in an oblique case right after one.
 */
function complementBeforeName(ctx: ClauseContext, i: number, end: number, mention: Mention): boolean {
  if (mention.type !== 'PER' || i === 0 || ctx.tokens[i - 1]!.kind !== 'word' || ctx.mentionAt[i - 1] !== -1) return false;
  // «в соборе святого Петра … Франциск призвал»: a name after an adjective with no nominative reading agrees with it in an oblique case;
  // not after a relative (стрелок, которого Путин называет …), the object of the clause whose subject the name is.
  if (obliqueAdjective(ctx, i - 1) && !isRelative(ctx, i - 1)) return true;
  const next = ctx.mentionAt[end] ?? -1;
  const afterNoun = ctx.words[i - 1]!.shape !== 'upper' &&
    (ctx.titles.has(ctx.words[i - 1]!.key) || ctx.sourceNouns.has(ctx.words[i - 1]!.key) || ctx.analyseWord(ctx.words[i - 1]!)[0]?.pos === 'NOUN');
  // «Адвокат Маркива заявил»: a man's surname with a case ending after a role is the role's genitive complement.
  if (afterNoun && manInObliqueCase(ctx, i, end)) return true;
  return next !== -1 && ctx.mentions[next]!.type === 'PER' && ctx.mentions[next]!.entity !== mention.entity && afterNoun;
}

/** Every known reading of the word is an adjective or participle, none nominative (святого, известному). */
function obliqueAdjective(ctx: ClauseContext, k: number): boolean {
  const known = ctx.analyseWord(ctx.words[k]!).filter((a) => a.known);
  return known.length > 0 && known.every((a) => (a.pos === 'ADJF' || a.pos === 'PRTF') && !a.grams.includes('nomn'));
}

/** The word can be a nominative naming a person: an animate nominative reading, or none the dictionary knows. */
/**
 * «Мэр города», «мэра столицы»: a role word that shares its stem key with a noun for a body (мэрия)
 * and reads as a person is the role, not the body.
 */
function personRole(ctx: ClauseContext, i: number): boolean {
  if (!ctx.titles.has(ctx.words[i]!.key)) return false;
  const best = ctx.analyseWord(ctx.words[i]!).find((a) => a.known);
  return best?.pos === 'NOUN' && best.grams.includes('anim');
}

function nominativePerson(ctx: ClauseContext, i: number): boolean {
  const known = ctx.analyseWord(ctx.words[i]!).filter((a) => a.known && a.grams.includes('nomn'));
  return known.length === 0 || known.some((a) => a.grams.includes('anim') || !a.grams.includes('inan'));
}

/** «он и его жена заявили», «Сбербанк и ВТБ сообщили»: a phrase joined to the next one; their verb is plural. */
function coordinated(ctx: ClauseContext, end: number): boolean {
  return ctx.tokens[end]?.kind === 'word' && COORDINATING_AND.has(ctx.words[end]!.folded);
}

/**
 * «он» and «она» are singular of their gender, «они» plural: the verb agrees (his object
 * «его подозревают, что …» is not he who speaks; a plural verb is not his). Null when joined to another phrase.
 */
function pronounHead(ctx: ClauseContext, i: number): NounPhrase['head'] | null {
  if (coordinated(ctx, i + 1)) return null;
  return pronounHeads(ctx.analyseWord)(ctx.words[i]!);
}

const pronounHeads = perWordFor((analyseWord: Readings, word: WordInfo): Head | null => {
  const a = analyseWord(word).find((x) => x.pos === 'NPRO' && x.grams.includes('nomn'));
  return a ? headOf(a) : null;
});

/**
 * An organisation or source whose head word is a common noun in the singular only (Полиция,
 * Минздрав, пресс-служба; not «Известия», not an unknown or indeclinable МИД) takes a singular
 * verb: a plural cue is someone else's (Полиция задержала ученика, его подозревают в том, что …).
 */
function singularOnly(ctx: ClauseContext, from: number, end: number): NounPhrase['head'] | null {
  if (coordinated(ctx, end) || ctx.tokens[from]!.kind !== 'word') return null;
  return singularNominatives(ctx.analyseWord)(ctx.words[from]!) ? SINGULAR : null;
}

const SINGULAR: Head = Object.freeze({ number: 'sing', gender: null });

/** Every known nominative noun or adjective reading of the word is singular, and there is one. */
const singularNominatives = perWordFor((analyseWord: Readings, word: WordInfo): boolean => {
  const readings = analyseWord(word).filter((a) => a.known && a.grams.includes('nomn') && (a.pos === 'NOUN' || a.pos === 'ADJF'));
  return readings.length > 0 && readings.every((a) => a.grams.includes('sing'));
});

/** The word has a noun or adjective reading, or none the dictionary knows (a guess may be either). */
function mayBeNoun(ctx: ClauseContext, i: number): boolean {
  const analyses = ctx.analyseWord(ctx.words[i]!);
  if (!analyses.some((a) => a.known)) return true;
  return analyses.some((a) => a.pos === 'NOUN' || a.pos === 'ADJF' || a.pos === 'NPRO' || a.pos === 'NUMR' || a.pos === 'PRTF');
}

/**
 * The end of a count opening at `i`: an approximator (более, менее чем), a number, a percent
 * sign, and the genitive of what is counted; -1 where no count opens. A bare number counts
 * only with its genitive (300 жителей), not alone (в 2015 году, 8 августа).
 */
function countEnd(ctx: ClauseContext, i: number, to: number): number {
  let k = i;
  const approximate = ctx.tokens[k]!.kind === 'word' && COUNT_APPROXIMATORS.has(ctx.words[k]!.folded);
  if (approximate) k++;
  if (approximate && k < to && ctx.words[k]!.folded === functionWord('than')) k++;
  if (k >= to || ctx.tokens[k]!.kind !== 'number') return -1;
  if (k + 1 < to && ctx.tokens[k + 1]!.text === '%') k++;
  const end = phraseEnd(ctx, k, to);
  if (end === k + 1 && !approximate && ctx.tokens[k]!.text !== '%') return -1;
  if (!approximate && end > k + 1 && !ctx.analyseWord(ctx.words[k + 1]!).some((a) => a.grams.includes('gent') && a.grams.includes('plur'))) return -1;
  return end;
}

/** A capitalised word that opens its sentence: «Министерство рассказывает», not a name. */
function opensSentence(ctx: ClauseContext, i: number, shape: string): boolean {
  return shape === 'title' && sentenceRange(ctx, i)[0] === i;
}

/** The number and gender of a noun's nominative reading that names living beings (врач, жители), not things (решение). */
function animateNominative(ctx: ClauseContext, i: number): NounPhrase['head'] | null {
  return animateHeads(ctx.analyseWord)(ctx.words[i]!);
}

const animateHeads = perWordFor((analyseWord: Readings, word: WordInfo): Head | null => {
  const analyses = analyseWord(word);
  // The best reading a noun: not «и» read as the name of a letter.
  if (analyses[0]?.pos !== 'NOUN') return null;
  const a = analyses.find((x) => x.pos === 'NOUN' && x.grams.includes('anim') && x.grams.includes('nomn'));
  return a ? headOf(a) : null;
});

/** Readings of a word that may stand for people when no noun follows: a full adjective or participle. */

/**
 * The number and gender of an adjective or participle in the nominative that has no noun to
 * agree with (the next word is no nominative noun, adjective or name): it is itself the noun
 * phrase (оставшиеся в живых, знакомые артиста, собравшиеся). Pronoun-adjectives (этот, свой) are not.
 */
function substantive(ctx: ClauseContext, i: number, to: number): NounPhrase['head'] | null {
  const head = substantiveHeads(ctx.analyseWord)(ctx.words[i]!);
  if (!head) return null;
  const next = i + 1;
  if (next < to && ctx.tokens[next]!.kind === 'word') {
    if (ctx.mentionAt[next] !== -1) return null;
    // Any nominative reading of a noun or adjective after it may be its head (государственный переворот);
    // a preposition is none, whatever rare reading it has (в as the letter's name).
    const after = ctx.analyseWord(ctx.words[next]!);
    if (after[0]?.pos !== 'PREP' && after.some((a) => (a.pos === 'NOUN' || ADJECTIVE_POS.has(a.pos)) && a.grams.includes('nomn'))) return null;
  }
  return head;
}

/**
 * A plural adjective or participle in the genitive (its best reading; not a pronoun-adjective)
 * with no noun or adjective of that case after it to agree with: it names the people it describes.
 */
function obliqueSubstantive(ctx: ClauseContext, i: number, to: number): boolean {
  if (!obliquePlurals(ctx.analyseWord)(ctx.words[i]!)) return false;
  const next = i + 1;
  if (next >= to || ctx.tokens[next]!.kind !== 'word') return true;
  if (ctx.mentionAt[next] !== -1) return false;
  const after = ctx.analyseWord(ctx.words[next]!);
  return after[0]?.pos === 'PREP' || !after.some((a) => (a.pos === 'NOUN' || ADJECTIVE_POS.has(a.pos)) && a.grams.includes('gent'));
}

const obliquePlurals = perWordFor((analyseWord: Readings, word: WordInfo): boolean => {
  const readings = analyseWord(word);
  const best = readings[0];
  if (!best || !ADJECTIVE_POS.has(best.pos) || best.grams.includes('Apro')) return false;
  if (best.grams.includes('plur')) return readings.some((a) => ADJECTIVE_POS.has(a.pos) && a.grams.includes('gent') && a.grams.includes('plur'));
  // «по словам выжившего», «по словам уволенного»: a masculine participle (or an adjective made of
  // one: погибший) in the genitive singular stands for the man it describes; a plain adjective
  // (главного, нового) names a thing as often, and the feminine (погибшей) is four cases at once.
  return best.grams.includes('masc') && best.grams.includes('gent') && best.grams.includes('sing') &&
    readings.some((a) => a.pos === 'PRTF' || PARTICIPLE_LEMMA.test(a.lemma));
});

/** Lemmas of participles the dictionary lists as adjectives (погибший, пострадавший, раненый is none). */
const PARTICIPLE_LEMMA = /(?:вший|ший|щий|нный|тый)$/;

/** The head of a word whose best reading is a nominative full adjective or participle, not a pronoun-adjective. */
const substantiveHeads = perWordFor((analyseWord: Readings, word: WordInfo): Head | null => {
  const best = analyseWord(word)[0];
  if (!best || !ADJECTIVE_POS.has(best.pos) || !best.grams.includes('nomn') || best.grams.includes('Apro')) return null;
  // A neuter singular standing alone is a thing or a fact (Последнее говорило о том, что …), never a person.
  if (best.grams.includes('neut') && best.grams.includes('sing')) return null;
  return headOf(best);
});

/** «один/одна из + genitive plural» (in any case when the phrase is governed: по словам одного из жильцов). */
function isOneOf(ctx: ClauseContext, i: number, to: number, subject: boolean): boolean {
  if (i + 2 >= to || !(subject ? ONE_NOMINATIVE : ONE_FORMS).has(ctx.words[i]!.folded)) return false;
  if (ctx.tokens[i + 1]!.kind !== 'word' || ctx.words[i + 1]!.folded !== functionWord('partitive') || ctx.tokens[i + 2]!.kind !== 'word') return false;
  const w = ctx.words[i + 2]!;
  if (ctx.mentionAt[i + 2] !== -1 || w.folded === functionWord('group-pronoun')) return ctx.mentionAt[i + 2] === -1;
  const readings = ctx.analyseWord(w);
  if (readings.some((a) => a.grams.includes('plur') && a.grams.includes('gent') && (a.pos === 'NOUN' || a.pos === 'ADJF'))) return true;
  // «один из выживших»: a participle standing for the people it describes, with no noun of its own after it.
  return readings[0]?.pos === 'PRTF' && obliqueSubstantive(ctx, i + 2, to);
}

/** A role word in the singular by its lemma (специалист; not «Суд», whose key is судья's). */
function isSingularRole(ctx: ClauseContext, i: number): boolean {
  const best = ctx.analyseWord(ctx.words[i]!)[0];
  return !!best && best.grams.includes('sing') && ctx.roleWords.has(fold(best.lemma));
}

/**
 * «Кэрри оставалась дома и сказала, что …»: a capitalised subject the recogniser left
 * unmarked is still the person of the document whose name has that word (Кэрри Саймондс),
 * when exactly one person's name has it. Outside the subject (по словам Рэппа) the word
 * may be in any case: it is matched by its key.
 */
function namePartMention(ctx: ClauseContext, i: number, subject: boolean): Mention | null {
  const w = ctx.words[i]!;
  const entity = ctx.personNamedBy(subject ? w.folded : `key:${w.key}`);
  if (!entity) return null;
  const t = ctx.tokens[i]!;
  return { start: t.start, end: t.end, tokens: [i, i + 1], text: t.text, type: 'PER', entity, rule: 'name-part' };
}

/** The highest-ranked candidate; among equals the first: a clause's subject opens it (Дмитриев, являвшийся …, отметил). */
export function pickBest(found: NounPhrase[]): NounPhrase | undefined {
  let best: NounPhrase | undefined;
  for (const f of found) if (!best || f.rank > best.rank) best = f;
  return best;
}

/**
 * A person agrees with the cue verb: not a plural verb, nor the other gender. `genderOf` gives
 * the person's gender from the name (resolve knows it); either unknown agrees.
 */
export function agreesWithCue(f: NounPhrase, cue: Cue | null, genderOf: (entity: EntityId) => 'm' | 'f' | null): boolean {
  // «Со своей стороны обещаю, что …»: a present-tense verb names its person; only a pronoun of that person is its subject.
  if (cue?.person && cue.person !== (f.person ?? 3)) return false;
  if (cue && f.head) return nounAgrees(f.head, cue);
  if (!cue || !f.mention || f.mention.type !== 'PER') return true;
  const verb = cueAgreement(cue);
  if (verb.number === 'plur') return false;
  if (verb.gender !== 'masc' && verb.gender !== 'femn') return true;
  const g = genderOf(f.mention.entity);
  return !g || g === (verb.gender === 'masc' ? 'm' : 'f');
}

/**
 * A common noun agrees with the verb in number, and in the past singular in gender, save that a
 * masculine noun names a woman too (врач сказала).
 */
function nounAgrees(head: NonNullable<NounPhrase['head']>, cue: Cue): boolean {
  const verb = cueAgreement(cue);
  if (verb.number && head.number && verb.number !== head.number) return false;
  if (!verb.gender || !head.gender || verb.number === 'plur') return true;
  return verb.gender === head.gender || (head.gender === 'masc' && verb.gender === 'femn');
}
