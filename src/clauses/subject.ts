import { ALL_CASE_GRAMMEMES, isOwnReading, PROPER_GRAMMEMES } from '../morph/index.js';
import { mentionEnd, sentenceRange, type ClauseContext } from './context.js';
import { functionWord, PREPOSITIONS } from './words.js';
import { wordList } from '../dict/words.js';
import type { Analysis, WordInfo } from '../types.js';
import { perWordFor } from '../util/word-memo.js';

/** Whether a word or a mention can be a clause's subject: nominative, and not governed by the word before it. */

/**
 * A phrase governed by the word before it is not the subject: a preposition (в интервью),
 * another name (МИД России), or, for an organisation or place, a lower-case noun
 * (представитель NHS, в интервью The New York Times). Not governed: a name in apposition to
 * an organisation noun (газета «Известия», агентство Reuters), or a person after a noun.
 */
export function isGoverned(ctx: ClauseContext, i: number): boolean {
  let k = i - 1;
  let quoted = false;
  while (k >= 0 && ctx.tokens[k]!.kind === 'quote') {
    k--;
    quoted = true;
  }
  if (k < 0 || ctx.tokens[k]!.kind !== 'word') return false;
  // A headline has no full stop: its last word is another sentence's and governs nothing here.
  if (ctx.index.sentenceOf[k] !== ctx.index.sentenceOf[i]) return false;
  const w = ctx.words[k]!;
  if (PREPOSITIONS.has(w.folded)) return true;
  const own = ctx.mentionAt[i]!;
  const person = own !== -1 && ctx.mentions[own]!.type === 'PER';
  // «МИД России»: a name after a name is its complement; a common noun after one is not
  // («как сообщил ТАСС источник», «рассказал РИА Новости представитель МЧС»).
  if (ctx.mentionAt[k] !== -1) return own !== -1 && !person;
  if (w.shape !== 'lower' && !opensAsCommonNoun(ctx, k)) return false;
  // A person after a noun is its apposition or the clause's subject (После выхода на свободу
  // Навальный заявил, рассказал изданию Иван Петров); so is a role (в том же году пианист заявил).
  // «вызвал на бой принца Гарри»: a person after a role in an oblique case is that role in apposition, in its case.
  if (person) return obliqueRole(ctx, k) && !nominativeFirstName(ctx, i, mentionEnd(ctx, i));
  // «представитель регионального МЧС»: an adjective that cannot be nominative puts the
  // indeclinable name after it in its own (oblique) case.
  // Not a relative (стрелок, которого ИГ называет …): the name after it is its clause's subject.
  if (own !== -1 && isAdjective(ctx, k) && !isNominativeWord(ctx, k) && !w.folded.startsWith(functionWord('relative-stem'))) return true;
  // «газета «Коммерсантъ» пишет»: apposition; «в интервью газете «Ведомости»»: governed.
  if (ctx.orgNouns.has(w.key) && own !== -1) return !isNominativeWord(ctx, k);
  if (quoted && own !== -1) return false;
  // «глава администрации»: a role's complement; «рассказал журналистам представитель»: a subject.
  if (own === -1) return (ctx.titles.has(w.key) || ctx.sourceNouns.has(w.key)) && !isNominativeWord(ctx, i);
  // «во вторник министерство здравоохранения сообщило»: a Russian name that can be
  // nominative is the subject; an indeclinable one (Latin, an abbreviation) after a noun is
  // its complement (представитель NHS, в интервью The New York Times, пресс-служба полиции РА).
  const word = ctx.words[i]!;
  if (!word.latin && word.shape !== 'upper' && isNominativeWord(ctx, i)) return false;
  return isNoun(ctx, k);
}

/** How many words back a role's genitive chain is read for its nominative head (советник главы администрации). */
const ROLE_CHAIN = 4;

/**
 * The role word at `k` cannot be nominative and heads no chain from a nominative role: a name
 * after it is in apposition to it, in its case (вызвал принца Гарри), not the one holding the
 * role of the chain's head (советник президента Иван Петров, жена министра Анна Петрова).
 */
function obliqueRole(ctx: ClauseContext, k: number): boolean {
  if (!ctx.titles.has(ctx.words[k]!.key) || isNominativeWord(ctx, k)) return false;
  // «рассказал журналистам Иван Петров»: one person is no apposition to a plural role.
  if (!ctx.analyseWord(ctx.words[k]!).some((a) => a.grams.includes('sing'))) return false;
  for (let j = k - 1; j >= Math.max(0, k - ROLE_CHAIN); j--) {
    if (ctx.tokens[j]!.kind !== 'word' || ctx.mentionAt[j] !== -1 || PREPOSITIONS.has(ctx.words[j]!.folded)) return true;
    if (ctx.titles.has(ctx.words[j]!.key) && isNominativeWord(ctx, j)) return false;
  }
  return true;
}

/** «Члены КПРФ заявили»: a common noun that opens its sentence governs as when written lower-case. */
function opensAsCommonNoun(ctx: ClauseContext, k: number): boolean {
  if (ctx.words[k]!.shape !== 'title' || sentenceRange(ctx, k)[0] !== k) return false;
  const best = ctx.analyseWord(ctx.words[k]!)[0];
  return !!best && best.pos === 'NOUN' && !best.grams.some((g) => PROPER_GRAMMEMES.includes(g));
}

function isAdjective(ctx: ClauseContext, i: number): boolean {
  const best = ctx.analyseWord(ctx.words[i]!)[0];
  return !!best && best.pos === 'ADJF';
}

function isNoun(ctx: ClauseContext, i: number): boolean {
  const best = ctx.analyseWord(ctx.words[i]!)[0];
  return !!best && best.pos === 'NOUN';
}

/** Can be nominative; a word the dictionary does not know (a foreign surname) gets the benefit of the doubt. */
export function isNominativeWord(ctx: ClauseContext, i: number, person = false, masculine = false): boolean {
  const word = ctx.words[i]!;
  // Asked of every word before a cue and of every word of a sentence a pronoun looks back at: with
  // no name rule to apply, the answer depends on the word form alone and is kept on its record.
  if (!person && !masculine) return nominativeForm(ctx.analyseWord)(word);
  // A first name of our list is written as the nominative (Илон, though the dictionary reads «of Илоны»).
  if (person && ctx.isFirstName(word.folded)) return true;
  // «Мугабе заявил»: the text wrote this surname after a nominative first name (Роберт Мугабе).
  if (person && ctx.isNamedNominative(word.folded)) return true;
  return nominativeReading(word, word.analyses.length > 0 ? word.analyses : ctx.analyseWord(word), person, masculine);
}

/** The word form may be nominative, by its readings alone; per record and per analyser (one per annotator). */
const nominativeForm = perWordFor((analyseWord: (word: WordInfo) => readonly Analysis[], word: WordInfo) =>
  nominativeReading(word, word.analyses.length > 0 ? word.analyses : analyseWord(word), false, false));

function nominativeReading(word: WordInfo, analyses: readonly Analysis[], person: boolean, masculine: boolean): boolean {
  // One pass, no filtered copies: the subject rules ask this of every word before a cue, and the
  // copies were the largest allocation of a text of many short quoted sentences.
  let kept = false;
  for (const a of analyses) {
    // A person is one: plural readings are other words (Токаев read as «of Tokay wines»).
    if (person && a.grams.includes('plur')) continue;
    // A man's surname agrees with him: «Лео Бенедучи» is not «of Бенедуча», a woman's genitive.
    if (masculine && a.grams.includes('femn')) continue;
    // A guess whose lemma is another word (Хьюлетт read as a form of «лёт») says nothing of its case.
    if (!isOwnReading(a, word.folded)) continue;
    kept = true;
    // For a word the dictionary lacks, the guesses still tell «Сандерса» (genitive) from «Сандерс».
    if (a.grams.includes('nomn') || a.grams.includes('Fixd') || !a.grams.some((g) => ALL_CASE_GRAMMEMES.includes(g))) return true;
  }
  return !kept;
}

/**
 * The mention can be a subject: its words can be nominative (Дмитриев, США; not Саудовской
 * Аравии). A body's name is nominative up to its head noun; its genitive tail is not
 * (Министерство внутренних дел Сингапура).
 */
export function isNominativeMention(ctx: ClauseContext, from: number, to: number, person: boolean): boolean {
  // «Мугабе заявил»: a man named elsewhere with his first name; his surname is no feminine form (of «Мугаба»).
  const masculine = person && (namesMan(ctx, from, to) || (ctx.mentionAt[from] !== -1 && ctx.isMan(ctx.mentions[ctx.mentionAt[from]!]!.entity)));
  if (person && to - from > 1 && nominativeFirstName(ctx, from, to)) return true;
  if (person && nameAsResolved(ctx, from, to)) return true;
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.tokens[k]!.text.length === 1) continue;
    if (!isNominativeWord(ctx, k, person, masculine)) return false;
    if (!person && ctx.words[k]!.shape !== 'upper' && !ctx.words[k]!.latin && isNoun(ctx, k)) return true;
  }
  return true;
}

/**
 * «— заявил Хорхе Арреаза»: the words are the person's name as resolve put it in the nominative,
 * from where the text shows its case (a verb it is the subject of, a role it follows), though the
 * morphology reads a foreign word as another case (Арреаза as «of Арреаз»).
 */
export function nameAsResolved(ctx: ClauseContext, from: number, to: number): boolean {
  const m = ctx.mentionAt[from] ?? -1;
  if (m === -1) return false;
  const entity = ctx.mentions[m]!.entity;
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind === 'word' && !ctx.inNameOf(entity, ctx.words[k]!.folded)) return false;
  }
  return true;
}

/** The endings of a man's surname in the oblique cases (Маркива, Петрову). */
const MASCULINE_CASE_ENDINGS = wordList('masculine-surname-case-endings');

/**
 * «Адвокат Маркива заявил»: a word of a man's mention that is not a word of his name but is one
 * of its words with a man's case ending (Маркив + а) is that name in an oblique case, whatever
 * the dictionary guesses for an unknown surname (a feminine nominative «Маркива»).
 */
function obliqueOfNamedSurname(ctx: ClauseContext, from: number, to: number): boolean {
  const m = ctx.mentionAt[from] ?? -1;
  if (m === -1) return false;
  const entity = ctx.mentions[m]!.entity;
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind !== 'word') continue;
    const folded = ctx.words[k]!.folded;
    if (ctx.personNamedBy(folded) === entity) continue;
    if (MASCULINE_CASE_ENDINGS.some((e) => folded.length > e.length + 2 && folded.endsWith(e) && ctx.personNamedBy(folded.slice(0, -e.length)) === entity)) return true;
  }
  return false;
}

/** The mention [from, to) names a man, in an oblique case shown by a case ending on a word of his name (Петрова of Иван Петров). */
export function manInObliqueCase(ctx: ClauseContext, from: number, to: number): boolean {
  const m = ctx.mentionAt[from] ?? -1;
  return m !== -1 && ctx.isMan(ctx.mentions[m]!.entity) && obliqueOfNamedSurname(ctx, from, to);
}

/**
 * «Жанна Фриске принимала решение»: a first name of our list that declines (Жанна, Иван; not
 * Гарри or Кэтрин), written as the list writes it, is the nominative; the surname after it
 * agrees with it or does not decline at all, whatever case the dictionary guesses for it.
 */
export function nominativeFirstName(ctx: ClauseContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind !== 'word') continue;
    const folded = ctx.words[k]!.folded;
    const gender = ctx.firstNameGender(folded);
    if (gender === undefined) continue;
    return FIRST_DECLENSION_FINAL.test(folded) || (gender === 'm' && !VOWEL_FINAL.test(folded));
  }
  return false;
}

// Grammar, not a word list: a name ending in -а/-я declines as «мама» whatever its gender (first
// declension), a man's name ending in a consonant, -й or -ь as «стол», «музей», «конь» (second: Игорь
// as written is the nominative); a name ending in another vowel (Хорхе, Гарри, Уго) does not decline,
// so its written form shows no case.
const FIRST_DECLENSION_FINAL = /[ая]$/;
const VOWEL_FINAL = /[аеёиоуыэюя]$/;

/** The mention holds a man's first name from our list (Лео, Иван): its other words are in a man's forms. */
function namesMan(ctx: ClauseContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind === 'word' && ctx.firstNameGender(ctx.words[k]!.folded) === 'm') return true;
  }
  return false;
}
