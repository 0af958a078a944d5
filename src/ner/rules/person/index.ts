import { wordList, wordSet } from '../../../dict/words.js';
import { generationBase } from '../../../dict/generation.js';
import { FEMININE_SURNAME_CASE_ENDINGS, MASCULINE_SURNAME_CASE_ENDINGS } from '../../../dict/surname-cases.js';
import { ADJECTIVE_AGREEMENT_GRAMMEMES, CASE_GRAMMEMES } from '../../../morph/index.js';
import type { Candidate, WordInfo } from '../../../types.js';
import { perWordFlag, perWordFlagFor } from '../../../util/word-memo.js';
import { candidate, PRIORITY } from '../../candidate.js';
import { adjacent, atSentenceStart, isCommonWord, isListedName, isPlaceNoun, type NerContext } from '../../context.js';
import { endingPattern } from '../../endings.js';
import type { NerLexicon } from '../../lexicon.js';
import { eastAsianName, foreignName } from './foreign-name.js';
import { gluedToName, isInitial } from './initials.js';
import { endsRussianName, nameTail } from './name-tail.js';
import { BARE_CONSONANT, isAmbiguousName, isFamilySurname, isFirstName, isFreeCapital, isListedFirstName, isNameWord, isPatronymic, isPlace, isSurname, isUnknown, looksLikeSurname, looksShapedLikeSurname, particlesEnd } from './name-words.js';
import { latinOriginals } from './originals.js';
import { afterPlaceWord, afterSpeakerFrame, beforeSingularVerb, besideSpeechVerb, inQuotedName, inQuotes, pluralBeforePluralVerb } from './surroundings.js';
import { nameAfterTitle } from './title-name.js';
import { afterPlaceAdjective, inPlaceSlot, isResidentNoun } from '../../place-slot.js';

/**
 * Person names by shape and morphology, tried at each word in this order (the first that
 * fits names the person; its end is where the scan goes on):
 *   initials + surname                                      В. В. Путин, Н. Кан            initials-surname
 *   East Asian surname + given name                         Ли Пэн, Ким Ён Нам             east-asian-name
 *   first name + (patronymic | more name words) + surname   Кирилл Дмитриев                first-surname
 *   first name alone (not one that is also a common word)   Кирилл                         first-name
 *   two or three capitalised words, one of them unknown     Масахару Коно                  capitalised-pair
 *   surname + initials                                      Путин В.В.                     surname-initials
 *   title + capitalised name                                министр Лавров                 title-name
 *   a name beside a speech verb                             — подытожил Шендерович         speech-subject
 *   an unknown word right before a singular verb            карьеру Лидстрем выиграл       verb-subject
 *   known surname alone, or a word shaped like one          Дмитриев, Квачкова             surname, surname-shape
 * then the originals after the names found:                 Джошуа Вольфа (Joshua Wolf)    latin-original, original-script
 */
export function personCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  const n = ctx.tokens.length;
  const push = (from: number, to: number, rule: string, priority: number) => out.push(candidate(from, to, 'PER', rule, priority));
  for (let i = 0; i < n; i++) {
    if (ctx.tokens[i]!.kind !== 'word') continue;
    // Most words are not capitalised (lower case, capitals, digits), and such a word opens a name
    // only as an age's adjective, a surname particle, a title or an initial (every other rule below
    // wants the shape 'title'): the rest are passed at once.
    if (ctx.words[i]!.shape !== 'title' && !canOpenUntitled(ctx.lexicon)(ctx.words[i]!)) continue;
    // «округа Харрис Эд Гонзалес», «жительница Жироны»: the word after a territory's or its residents'
    // noun is the place (rules/place.ts); a person's name may start after it.
    if (inPlaceSlot(ctx, i)) continue;
    // «в Аль Аин», «в Сан Луисе»: after «в» a person stands only in the accusative (выстрелил в Егора
    // Свиридова); capitalised words with no such reading there are a place's name, all of them.
    // (A place the gazetteer or the dictionary knows ends there, «в Кремле Дмитрий Песков»; a common
    // word skips only itself, «в Башню Елизаветы».)
    if (ctx.words[i]!.shape === 'title' && afterIn(ctx, i) && !animateAccusative(ctx.words[i]!)) {
      if (!ctx.gazetteerAt[i] && !isPlace(ctx.words[i]!) && !isCommonWord(ctx.words[i]!)) while (i + 1 < n && ctx.words[i + 1]!.shape === 'title' && ctx.tokens[i + 1]!.kind === 'word' && adjacent(ctx, i, i + 1)) i++;
      continue;
    }
    // «62-летний Писсаридис», «Восьмидесятилетний Маккейн»: an age's adjective names no one but a person.
    // The name's own rules run on from the next word; a fuller name they find (Максим Дадашев,
    // Т.Донилон) is longer and wins.
    if (isAgeAdjective(ctx, i)) {
      const end = nameAfterAge(ctx, i + 1);
      if (end > i + 1) push(i + 1, end, 'age-name', PRIORITY.titlePerson);
      continue;
    }
    // Initials + surname: В. В. Путин / В.В. Путин / Н. Кан
    if (isInitial(ctx, i)) {
      let j = i + 2;
      if (isInitial(ctx, j)) j += 2;
      // («до 10 G. Из-за …»: a Latin letter is no initial of a Cyrillic surname.)
      if (isFreeCapital(ctx, j, true) && adjacent(ctx, j - 1, j) && LATIN.test(ctx.tokens[i]!.text) === LATIN.test(ctx.tokens[j]!.text)) push(i, j + 1, 'initials-surname', PRIORITY.personFull);
      continue;
    }
    // «Грызлова Бориса Вячеславовича», «Соловьева Александра Васильевича»: surname, first name and
    // patronymic, the order of decrees and lists.
    if (isSurnameFirst(ctx, i)) {
      push(i, i + 3, 'surname-first-patronymic', PRIORITY.personFull);
      i += 2;
      continue;
    }
    // «ван Дейк», «де Сантис», «ван дер Беллен», «Де Сантис заявил»: a surname that opens with its particles.
    const particled = particleSurname(ctx, i);
    if (particled > i) {
      push(i, particled, 'particle-surname', PRIORITY.surname + 5);
      i = particled - 1;
      continue;
    }
    // «Пан Ги Мун», «Аун Сан Су Чжи», «Мун Чжэ Ин»: three or four short capitalised syllables in a row are one name.
    const syllables = syllableName(ctx, i);
    if (syllables > i) {
      push(i, syllables, 'syllable-name', PRIORITY.personFull);
      i = syllables - 1;
      continue;
    }
    const asian = eastAsianName(ctx, i);
    if (asian > i) {
      push(i, asian, 'east-asian-name', PRIORITY.personFull);
      i = asian - 1;
      continue;
    }
    if (placeNameBeforePerson(ctx, i)) continue;
    if (isFirstName(ctx, i)) {
      // «Роман Льва Толстого», «Вера Анны Петровой»: a name that is also a common word, before
      // another first name (not a patronymic), is the common word; the person starts after it.
      if (isAmbiguousName(ctx, i) && adjacent(ctx, i, i + 1) && isFirstName(ctx, i + 1) && !isPatronymic(ctx, i + 1) && isFreeCapital(ctx, i + 2, true) && adjacent(ctx, i + 1, i + 2)) continue;
      // «штата Юта Джон Хантсмен»: a word the dictionary lists as no first name, before a listed first
      // name and its surname, stands outside that name; the person starts at the listed name.
      if (i + 1 < n && ctx.tokens[i + 1]!.kind === 'word' && !isListedFirstName(ctx, i) && isListedFirstName(ctx, i + 1) && adjacent(ctx, i, i + 1) && nameTail(ctx, i + 1) > i + 2) continue;
      const j = nameTail(ctx, i);
      if (j > i + 1) {
        push(i, j, 'first-surname', PRIORITY.personFull);
        // «дочь президента Нурсултана Назарбаева Даригу»: the name word the whole Russian name ends
        // before is the next person (a relative's given name, most often).
        if (j === i + 2 && endsRussianName(ctx, i + 1, j) && adjacent(ctx, i + 1, j) && isNameWord(ctx, j) && !isCommonWord(ctx.words[j]!) && !isFreeCapital(ctx, j + 1)) push(j, j + 1, 'name-after-name', PRIORITY.surname);
        i = j - 1;
        continue;
      }
      const word = ctx.words[i]!;
      const ambiguous = ctx.lexicon.ambiguousNames.has(word.lemma);
      const nameFirst = word.analyses[0]?.grams.includes('Name') || !word.analyses[0]?.known;
      // Inside a quoted name only a listed first name is a person («Доктор Лиза», not «Газпром Арене»).
      // «в армянском Гаваре», «в корейском Пхёнчхане»: a word the dictionary lacks after a place's
      // adjective (a lower-case one in -ск-) is the place's name, not a person's.
      if (!isListedName(ctx, word) && !word.analyses[0]?.known && afterPlaceAdjective(ctx, i)) continue;
      // «Кубка Стэнли», «Университете Дьюка», «на Острове Уайт»: a first name alone right after a
      // capitalised common noun ends that thing's name; a person's name opens with the first name.
      if (!isListedName(ctx, word) && afterCapitalCommonNoun(ctx, i)) continue;
      // «на окраине Эверглейдс», «спасателя Малибу», «эпоха Рэйва»: a word neither our list nor the
      // morphology's dictionary knows, right after a lower-case common noun, is that thing's name by
      // its place; a first name only by a guess. The rules below may still find it by its title,
      // verb or speech verb.
      const guessed = !isListedName(ctx, word) && !word.analyses[0]?.known && afterCommonNoun(ctx, i);
      if (!guessed) {
        // («… 10 G. Из-за ошибки»: a word read first as a preposition is that word.)
        if (!ambiguous && !FUNCTION_POS.has(word.analyses[0]?.pos ?? '') && !inQuotes(ctx, i) && (isListedName(ctx, word) || !inQuotedName(ctx, i)) && (!atSentenceStart(ctx, i) || (nameFirst && !adjectiveBeforeAgreeing(ctx, i)))) push(i, i + 1, 'first-name', PRIORITY.firstName);
        continue;
      }
    }
    const foreign = foreignName(ctx, i);
    if (foreign > i) {
      push(i, foreign, 'capitalised-pair', PRIORITY.personFull - 1);
      i = foreign - 1;
      continue;
    }
    // Surname + initials: Путин В. В. (but in «В.Шеймана А.Кулешов» the initial glued to a name is that name's).
    if (isNameWord(ctx, i) && isInitial(ctx, i + 1) && adjacent(ctx, i, i + 1)) {
      const end = isInitial(ctx, i + 3) ? i + 5 : i + 3;
      if (!gluedToName(ctx, end)) {
        push(i, end, 'surname-initials', PRIORITY.personFull);
        continue;
      }
    }
    const word = ctx.words[i]!;
    if (titleWord(ctx.lexicon)(word) && word.shape !== 'upper') {
      // «житель Санта-Фе Димитриос Пагуртзис»: after a residents' noun the place comes first.
      const name = nameAfterTitle(ctx, isResidentNoun(ctx, i) && inPlaceSlot(ctx, i + 1) ? i + 2 : i + 1);
      if (name) push(name[0], name[1], 'title-name', PRIORITY.titlePerson);
      continue;
    }
    if (inQuotes(ctx, i) || afterPlaceWord(ctx, i)) continue;
    if ((isNameWord(ctx, i) && (besideSpeechVerb(ctx, i) || afterSpeakerFrame(ctx, i))) || adjectiveShapedSpeaker(ctx, i)) {
      push(i, i + 1, 'speech-subject', PRIORITY.titlePerson);
      continue;
    }
    if (!atSentenceStart(ctx, i) && isUnknown(word) && isNameWord(ctx, i) && !ctx.gazetteerAt[i] && beforeSingularVerb(ctx, i)) {
      push(i, i + 1, 'verb-subject', PRIORITY.surname);
      continue;
    }
    if (word.shape === 'title' && generationSurname(word)) {
      push(i, i + 1, 'generation-surname', PRIORITY.surname + 5);
      continue;
    }
    if (word.shape === 'title' && isSurname(word) && !isFamilySurname(word) && !ctx.gazetteerAt[i] && (!atSentenceStart(ctx, i) || (!isCommonWord(word) && !pluralBeforePluralVerb(ctx, i)))) {
      push(i, i + 1, 'surname', PRIORITY.surname);
    } else if (looksLikeSurname(ctx, i) && !isFamilySurname(word)) {
      push(i, i + 1, 'surname-shape', PRIORITY.surname - 2);
    }
  }
  // concat, not push(...): a document may hold more names than a call has arguments.
  return out.concat(latinOriginals(ctx, out));
}

/** Case endings a declined name word takes (Гонзалеса, Брауну, Петровым, Анной). */
const NAME_CASE_ENDING = new RegExp(`(?:${[...new Set([...MASCULINE_SURNAME_CASE_ENDINGS, ...FEMININE_SURNAME_CASE_ENDINGS])].join('|')})$`);

/**
 * «шерифа округа Харрис Эда Гонзалеса»: right after a place noun, a capitalised word with no
 * ending is the place's name when a name of two words follows that shows a case ending: the
 * person starts there. Where the words show no case (штата Кэтлин Кеннеди Таунсенд) they are one name.
 */
function placeNameBeforePerson(ctx: NerContext, i: number): boolean {
  if (!isPlaceNoun(ctx, i - 1) || isListedFirstName(ctx, i) || !adjacent(ctx, i, i + 1) || !BARE_CONSONANT.test(ctx.words[i]!.folded)) return false;
  const end = Math.max(foreignName(ctx, i + 1), isFirstName(ctx, i + 1) ? nameTail(ctx, i + 1) : i + 1);
  return end > i + 2 && NAME_CASE_ENDING.test(ctx.words[end - 1]!.folded);
}

const HONORIFICS = wordSet('honorifics');

/** A lower-case noun, no title or role, right before the word (спасателя Малибу, but not министр Лавров). */
function afterCommonNoun(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  if (!prev || ctx.tokens[i - 1]!.kind !== 'word' || prev.shape !== 'lower' || !adjacent(ctx, i - 1, i)) return false;
  if (titleWord(ctx.lexicon)(prev) || HONORIFICS.has(prev.folded)) return false;
  return ctx.analyseWord(prev)[0]?.pos === 'NOUN';
}

function afterCapitalCommonNoun(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  // (Where a sentence opens, the noun's capital says nothing: Портрет Людовика XIV.)
  if (!prev || ctx.tokens[i - 1]!.kind !== 'word' || prev.shape !== 'title' || !adjacent(ctx, i - 1, i) || !isCommonWord(prev) || atSentenceStart(ctx, i - 1)) return false;
  // (An animate one is a form of address: Мадам Трули-Пулли.)
  const best = prev.analyses[0];
  return best?.pos === 'NOUN' && best.grams.includes('inan') && !ctx.lexicon.titles.has(prev.key);
}

const AGE_ADJECTIVE = endingPattern(wordList('age-adjective-endings'), []);
// Found once per word form (src/util/word-memo.ts), not once per token and question.
const ageEnding = perWordFlag((word) => AGE_ADJECTIVE.test(word.folded));
// «мэра» and «мэрии» share a stem key: a form of the organisation noun is no title, the title's own forms are.
const titleWord = perWordFlagFor((lexicon: NerLexicon, word: WordInfo) => lexicon.titles.has(word.key) && (!lexicon.orgNouns.has(word.key) || (lexicon.titleWords.has(word.key) && !lexicon.orgNounFolded.has(word.folded))));

// Per word form: the ways a word not shaped 'title' takes part (isAgeAdjective, particleSurname,
// title-name, and isInitial for a capital our shapes do not count, such as 𝐀).
const CAPITAL_FIRST = /^\p{Lu}/u;
const canOpenUntitled = perWordFlagFor((lexicon: NerLexicon, word: WordInfo) => ageEnding(word) || SURNAME_PARTICLES.has(word.folded) || titleWord(lexicon)(word) || CAPITAL_FIRST.test(word.folded));

/** The capitalised words right after an age's adjective (at most three), if the first is no place, body or common word. */
function nameAfterAge(ctx: NerContext, from: number): number {
  // A one-word place or body inside the name is a name word here («66-летнего Никоса Анастасиадиса»,
  // «26-летнего Брендана Маррокко»); alone after the age it is what the gazetteer says.
  const capital = (j: number, inName = j > from) => j < ctx.tokens.length && ctx.tokens[j]!.kind === 'word' && ctx.words[j]!.shape === 'title' && (!ctx.gazetteerAt[j] || (inName && ctx.gazetteerAt[j] === 1)) && adjacent(ctx, j - 1, j);
  if (!capital(from, capital(from + 1, true))) return from;
  // «30-летняя Мин Си»: a common word (мин) is a name when another capitalised word follows.
  const common = isCommonWord(ctx.words[from]!);
  if (common && !capital(from + 1)) return from;
  // «26-летнего Брендана Маррокко», «51-летняя Кармен Тереса Мелендес Ривас»; a word written twice ends it.
  let j = common ? from + 2 : from + 1;
  while (j - from < 4 && capital(j) && !isCommonWord(ctx.words[j]!) && ctx.words[j]!.folded !== ctx.words[j - 1]!.folded) j++;
  return j;
}

function isAgeAdjective(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  return (word.shape === 'lower' || (word.shape === 'title' && atSentenceStart(ctx, i))) && ageEnding(word);
}

const SURNAME_PARTICLES = wordSet('surname-particles');

/** «Кампрад-старший», «Лукашенко-старшего»: a capitalised word with младший/старший hyphened on is a surname. */
const generationSurname = perWordFlag((word: WordInfo): boolean => generationBase(word.folded) !== null);

/** The end of «particle [particle] Surname» opening at `i` (in lower case, or capitalised at a sentence start), else `i`. */
function particleSurname(ctx: NerContext, i: number): number {
  const word = ctx.words[i]!;
  if (!(word.shape === 'lower' || (word.shape === 'title' && atSentenceStart(ctx, i))) || !SURNAME_PARTICLES.has(word.folded)) return i;
  // «Тур де Франс», «Коллеж де Франс»: after a capitalised word the particle is inside a longer name.
  // («Поддержать де Ниро», «Вчера ван Дейк»: a sentence's first word that is no noun or adjective is no name's part.)
  const before = ctx.words[i - 1];
  if (before && ctx.tokens[i - 1]!.kind === 'word' && before.shape !== 'lower' && adjacent(ctx, i - 1, i) && !openingNonNoun(ctx, i - 1)) return i;
  const after = word.shape === 'lower' ? particlesEnd(ctx, i) : Math.max(i + 1, particlesEnd(ctx, i + 1));
  return after > i && adjacent(ctx, after - 1, after) && isFreeCapital(ctx, after) ? after + 1 : i;
}

/** A sentence's first word the dictionary knows as no noun or adjective only (a verb, an adverb, a conjunction). */
function openingNonNoun(ctx: NerContext, i: number): boolean {
  const analyses = ctx.words[i]!.analyses;
  return atSentenceStart(ctx, i) && analyses.length > 0 && analyses.every((a) => a.known && !NAMING_POS.has(a.pos));
}

const NAMING_POS = new Set(['NOUN', 'ADJF', 'ADJS', 'PRTF']);

/** A short capitalised Cyrillic word: a syllable of a Korean, Chinese, Burmese or Vietnamese name (Ги, Чжэ, Сан). */
const SYLLABLE = /^[\u0430-\u044f\u0451]{1,4}$/;

/**
 * The end of three or four short capitalised words written one after another, at least two of them
 * of one to three letters (Пан Ги Мун, Аун Сан Су Чжи, Нгуен Тан Зунг); else `i`. Russian words
 * that short in a row with capitals are no phrase; a fifth such word makes it something else.
 */
function syllableName(ctx: NerContext, i: number): number {
  if (opensAfterOther(ctx, i)) return i;
  let j = i;
  let shortest = 0;
  while (j < ctx.tokens.length && j - i < 5 && (j === i || adjacent(ctx, j - 1, j)) && isFreeCapital(ctx, j) && SYLLABLE.test(ctx.words[j]!.folded) && !isInitial(ctx, j) && !knownNonNoun(ctx.words[j]!)) {
    if (ctx.words[j]!.folded.length <= 3) shortest++;
    j++;
  }
  return j - i >= 3 && j - i <= 4 && shortest >= 2 ? j : i;
}

/** «Умер Ли Пэн»: a word the dictionary knows as a verb, an adverb or a conjunction is no syllable of a name. */
const knownNonNoun = perWordFlag((word: WordInfo) => !!word.analyses[0]?.known && !NAMING_POS.has(word.analyses[0].pos));

/** The word right before `i` is another capitalised word of the same run (the run started earlier). */
function opensAfterOther(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  return !!prev && ctx.tokens[i - 1]!.kind === 'word' && prev.shape === 'title' && adjacent(ctx, i - 1, i) && !atSentenceStart(ctx, i - 1) && !ctx.lexicon.titles.has(prev.key);
}

/** The surname agrees in case with the first name (not «вдова Ельцина Наина Иосифовна») and is no common word (Однако, Уважаемая). */
function isSurnameFirst(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  if (word.shape !== 'title' || isCommonWord(word) || isFirstName(ctx, i) || isPatronymic(ctx, i) || !isFreeCapital(ctx, i)) return false;
  if (!adjacent(ctx, i, i + 1) || !adjacent(ctx, i + 1, i + 2) || !isFirstName(ctx, i + 1) || !isPatronymic(ctx, i + 2)) return false;
  // «Института Пушкина Виталий Григорьевич Костомаров»: a surname after the patronymic is the usual order.
  if (adjacent(ctx, i + 2, i + 3) && isFreeCapital(ctx, i + 3, true)) return false;
  // «вдова Ельцина Наина Иосифовна»: after a role, a genitive surname is the role's complement.
  const role = ctx.words[i - 1];
  if (role && ctx.tokens[i - 1]!.kind === 'word' && role.shape === 'lower' && ctx.lexicon.titles.has(role.key) && word.analyses.some((a) => a.grams.includes('gent'))) return false;
  const own = casesOf(word.analyses);
  return [...casesOf(ctx.words[i + 1]!.analyses)].some((c) => own.has(c));
}


function casesOf(analyses: readonly { grams: readonly string[] }[]): Set<string> {
  return new Set(analyses.flatMap((a) => a.grams.filter((g) => CASE_GRAMMEMES.includes(g))));
}

/**
 * «Ампелонский заявил»: a capitalised word read as an adjective, shaped like a surname, right
 * before a speech verb is its subject, a person (an adjective would stand before its noun).
 */
function adjectiveShapedSpeaker(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  const next = ctx.words[i + 1];
  if (word.analyses[0]?.pos !== 'ADJF' || atSentenceStart(ctx, i) || !isFreeCapital(ctx, i) || !looksShapedLikeSurname(word.folded)) return false;
  if (!next || ctx.tokens[i + 1]!.kind !== 'word' || !adjacent(ctx, i, i + 1) || !ctx.lexicon.speechVerbs.has(next.folded)) return false;
  // The subject agrees: «Принца Кембриджского назвали» has none.
  return !!ctx.analyseWord(next)[0]?.grams.includes('sing') && word.analyses.some((a) => a.grams.includes('nomn'));
}

const AGREEMENT = ADJECTIVE_AGREEMENT_GRAMMEMES;

/**
 * «Любой желающий мог …», «Любой другой приговор …»: a sentence's first word that the dictionary also
 * knows as an adjective (a pronoun's: любой), agreeing with the lower-case adjective or noun right
 * after it, is that adjective, not a first name (Любой, of Люба).
 */
function adjectiveBeforeAgreeing(ctx: NerContext, i: number): boolean {
  const adjectives = ctx.words[i]!.analyses.filter((a) => a.known && a.pos === 'ADJF');
  const next = ctx.words[i + 1];
  if (adjectives.length === 0 || !next || next.shape !== 'lower' || ctx.tokens[i + 1]!.kind !== 'word' || !adjacent(ctx, i, i + 1)) return false;
  const readings = ctx.analyseWord(next).filter((a) => a.pos === 'ADJF' || a.pos === 'NOUN');
  return adjectives.some((adj) => readings.some((r) => adj.grams.filter((g) => AGREEMENT.includes(g)).every((g) => r.grams.includes(g))));
}

const IN = wordSet('locative-place-prepositions');

/** The word right before `i` is «в»/«во», written next to it. */
function afterIn(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  return !!prev && ctx.tokens[i - 1]!.kind === 'word' && IN.has(prev.folded) && adjacent(ctx, i - 1, i);
}

/** A person's reading in the accusative singular (Егора, Марию, Душко). */
const animateAccusative = perWordFlag((word: WordInfo) => word.analyses.some((a) => a.grams.includes('accs') && a.grams.includes('sing') && a.grams.includes('anim')));

const LATIN = /^[A-Za-z]/;
const FUNCTION_POS = new Set(['PREP']);
