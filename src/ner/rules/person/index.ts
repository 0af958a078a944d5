import type { Candidate } from '../../../types.js';
import { candidate, PRIORITY } from '../../candidate.js';
import { adjacent, atSentenceStart, isCommonWord, isListedName, type NerContext } from '../../context.js';
import { eastAsianName, foreignName } from './foreign-name.js';
import { gluedToName, isInitial } from './initials.js';
import { nameTail } from './name-tail.js';
import { isAmbiguousName, isFirstName, isFreeCapital, isNameWord, isPatronymic, isSurname, looksLikeSurname } from './name-words.js';
import { latinOriginals } from './originals.js';
import { afterPlaceWord, besideSpeechVerb, inQuotedName, inQuotes, pluralBeforePluralVerb } from './surroundings.js';
import { nameAfterTitle } from './title-name.js';

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
 *   known surname alone, or a word shaped like one          Дмитриев, Квачкова             surname, surname-shape
 * then the originals after the names found:                 Джошуа Вольфа (Joshua Wolf)    latin-original, original-script
 */
export function personCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  const n = ctx.tokens.length;
  const push = (from: number, to: number, rule: string, priority: number) => out.push(candidate(from, to, 'PER', rule, priority));
  for (let i = 0; i < n; i++) {
    if (ctx.tokens[i]!.kind !== 'word') continue;
    // Initials + surname: В. В. Путин / В.В. Путин / Н. Кан
    if (isInitial(ctx, i)) {
      let j = i + 2;
      if (isInitial(ctx, j)) j += 2;
      if (isFreeCapital(ctx, j, true) && adjacent(ctx, j - 1, j)) push(i, j + 1, 'initials-surname', PRIORITY.personFull);
      continue;
    }
    const asian = eastAsianName(ctx, i);
    if (asian > i) {
      push(i, asian, 'east-asian-name', PRIORITY.personFull);
      i = asian - 1;
      continue;
    }
    if (isFirstName(ctx, i)) {
      // «Роман Льва Толстого», «Вера Анны Петровой»: a name that is also a common word, before
      // another first name (not a patronymic), is the common word; the person starts after it.
      if (isAmbiguousName(ctx, i) && adjacent(ctx, i, i + 1) && isFirstName(ctx, i + 1) && !isPatronymic(ctx, i + 1) && isFreeCapital(ctx, i + 2, true) && adjacent(ctx, i + 1, i + 2)) continue;
      const j = nameTail(ctx, i);
      if (j > i + 1) {
        push(i, j, 'first-surname', PRIORITY.personFull);
        i = j - 1;
        continue;
      }
      const word = ctx.words[i]!;
      const ambiguous = ctx.lexicon.ambiguousNames.has(word.lemma);
      const nameFirst = word.analyses[0]?.grams.includes('Name') || !word.analyses[0]?.known;
      // Inside a quoted name only a listed first name is a person («Доктор Лиза», not «Газпром Арене»).
      if (!ambiguous && !inQuotes(ctx, i) && (isListedName(ctx, word) || !inQuotedName(ctx, i)) && (!atSentenceStart(ctx, i) || nameFirst)) push(i, i + 1, 'first-name', PRIORITY.firstName);
      continue;
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
    if (ctx.lexicon.titles.has(word.key) && !ctx.lexicon.orgNouns.has(word.key) && word.shape !== 'upper') {
      const name = nameAfterTitle(ctx, i + 1);
      if (name) push(name[0], name[1], 'title-name', PRIORITY.titlePerson);
      continue;
    }
    if (inQuotes(ctx, i) || afterPlaceWord(ctx, i)) continue;
    if (isNameWord(ctx, i) && besideSpeechVerb(ctx, i)) {
      push(i, i + 1, 'speech-subject', PRIORITY.titlePerson);
      continue;
    }
    if (word.shape === 'title' && isSurname(word) && !ctx.gazetteerAt[i] && (!atSentenceStart(ctx, i) || (!isCommonWord(word) && !pluralBeforePluralVerb(ctx, i)))) {
      push(i, i + 1, 'surname', PRIORITY.surname);
    } else if (looksLikeSurname(ctx, i)) {
      push(i, i + 1, 'surname-shape', PRIORITY.surname - 2);
    }
  }
  // concat, not push(...): a document may hold more names than a call has arguments.
  return out.concat(latinOriginals(ctx, out));
}
