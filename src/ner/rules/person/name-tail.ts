import { adjacent, isCommonWord, type NerContext } from '../../context.js';
import { wordList } from '../../../dict/words.js';
import { generationBase } from '../../../dict/generation.js';
import { isInitial } from './initials.js';
import { isAmbiguousName, isArticleName, isFirstName, isFreeCapital, isListedFirstName, isPatronymic, looksShapedLikeSurname, PARTICLES, particlesEnd, startsNominativeName } from './name-words.js';

/**
 * After a first name: the surname (any capitalised word, even a common one or a town:
 * Фелипе Масса, Владимир Королёв), then further name words that are not common words.
 * Returns the name's end.
 */
export function nameTail(ctx: NerContext, first: number): number {
  let j = first + 1;
  const n = ctx.tokens.length;
  // «Слава Украине», «Вера Москвы»: a name that is also a common word takes no place or body for its surname.
  const ambiguous = isAmbiguousName(ctx, first);
  // «Антониу Мануэл ди Оливейра Гутерреш»: particles and the word they open count as one name word,
  // so the limit of four name words holds for names with particles too.
  let particled = 0;
  while (j < n && j - first - particled <= 3 && adjacent(ctx, j - 1, j)) {
    // The surname slot: right after the first name, or after «first name + patronymic» (Людмиле Павловне Карасёвой).
    const second = (j === first + 1 && !(ambiguous && ctx.gazetteerAt[j])) || (j === first + 2 && isPatronymic(ctx, first + 1));
    // «Максим Дадашев Дадашев дебютировал»: a repeated word starts the next mention.
    if (ctx.words[j]!.folded === ctx.words[j - 1]!.folded) break;
    if (j > first + 1 && startsNominativeName(ctx, j - 1, j)) break;
    // «дочь президента Нурсултана Назарбаева Даригу», «мать Джорджа Флойда Ларсения»: a Russian surname
    // (in -ов, -ин with a case ending) after the first name ends a whole name; a capital after it that is
    // no such surname (Бойко Методиев Борисов) is the next person.
    if (j === first + 2 && endsRussianName(ctx, first + 1, j)) break;
    // «администрации Джорджа Буша-младшего Джэймс Коми»: младший, старший end the name.
    if (j > first + 1 && generationBase(ctx.words[j - 1]!.folded) !== null) break;
    // «Сергей Анатольевич Лебедев Путин назначил»: first name, patronymic and surname are a whole
    // Russian name; a capital after them is the next mention.
    // (A particle opens a surname of more words: Марина Александровна Де Энден.)
    if (j === first + 3 && isPatronymic(ctx, first + 1) && !PARTICLES.has(ctx.words[first + 2]!.folded)) break;
    if (isPatronymic(ctx, j)) j++;
    // «Майкл Дж. Фокс», «Джордж Р. Р. Мартин»: a middle initial (or two) between the first name and the surname.
    else if (j === first + 1 && middleInitialsEnd(ctx, j) > j) {
      j = middleInitialsEnd(ctx, j);
      break;
    }
    // «Хамад бен Халиф Аль Тани», «Эссам Абд Эль Фатах»: a capitalised particle (no first name
    // here, though Аль may be one) takes the name word after it into the name.
    else if (!second && isCapitalParticle(ctx, j) && adjacent(ctx, j, j + 1) && isFreeCapital(ctx, j + 1, true)) j += 2;
    // «Билла Клинтона Джо Локхарту»: a first name after the surname starts the next person.
    else if (!second && isFirstName(ctx, j) && isFreeCapital(ctx, j + 1, true)) break;
    // «мать Майкла Джексона Кэтрин»: after a name in an oblique case, a listed first name is the next person
    // (in «Ибрахим Бубакар Кейта» all parts are nominative).
    else if (!second && isListedFirstName(ctx, j) && !ctx.words[first]!.analyses[0]?.grams.includes('nomn')) break;
    else if (isFreeCapital(ctx, j, second) && (second || !isCommonWord(ctx.words[j]!))) j++;
    else if (particlesEnd(ctx, j) > j && isFreeCapital(ctx, particlesEnd(ctx, j))) {
      particled += particlesEnd(ctx, j) - j;
      j = particlesEnd(ctx, j) + 1;
    }
    // (An article's word counts as no name word of the four either: Сабах аль-Ахмед аль-Джабер ас-Сабах.)
    else if (isArticleName(ctx, j)) {
      j++;
      particled++;
    }
    else break;
  }
  return j;
}

/** A Russian surname in -ов, -ев, -ин, -ын with a case or feminine ending (Назарбаева, Петровым; Флойда is none). */
const DECLINED_RUSSIAN_SURNAME = new RegExp(`(?:${wordList('surname-suffixes').join('|')})(?:а|у|ым|ом|е|ой|ую)$`);

/**
 * The word at `surname`, right after a first name, is a declined Russian surname, which ends a whole name:
 * the capitalised word at `j` after it, no surname of that shape itself, is the next person's.
 */
export function endsRussianName(ctx: NerContext, surname: number, j: number): boolean {
  return ctx.words[j]?.shape === 'title' && ctx.tokens[j]!.kind === 'word' && !isPatronymic(ctx, surname) && DECLINED_RUSSIAN_SURNAME.test(ctx.words[surname]!.folded) && !looksShapedLikeSurname(ctx.words[j]!.folded);
}

function isCapitalParticle(ctx: NerContext, j: number): boolean {
  const word = ctx.words[j];
  return !!word && ctx.tokens[j]!.kind === 'word' && word.shape === 'title' && PARTICLES.has(word.folded);
}

/** The end of «initial [initial] Surname» at `j` (Дж. Фокс, Р. Р. Мартин), the surname glued or spaced; else `j`. */
function middleInitialsEnd(ctx: NerContext, j: number): number {
  if (!isInitial(ctx, j)) return j;
  let k = j + 2;
  if (isInitial(ctx, k) && adjacent(ctx, k - 1, k)) k += 2;
  return adjacent(ctx, k - 1, k) && isFreeCapital(ctx, k) && !isInitial(ctx, k) ? k + 1 : j;
}
