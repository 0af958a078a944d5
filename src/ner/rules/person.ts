import { hasGram, PROPER_GRAMMEMES, stemKey, type Analysis, type WordInfo } from '../../morph/index.js';
import { PRIORITY, type Candidate } from '../candidate.js';
import { adjacent, atSentenceStart, isCapitalised, isCommonWord, isListedName, isPlaceNoun, type NerContext } from '../context.js';

/**
 * Person names by shape and morphology:
 *   first name + (patronymic | more name words) + surname   Кирилл Дмитриев, Реджеп Тайип Эрдоган
 *   two or three capitalised words, one of them unknown      Масахару Коно, Бенито Арчундия
 *   initials + surname, surname + initials                  В. В. Путин, Путин В.В.
 *   title + capitalised name                                министр Лавров
 *   a name beside a speech verb                             — подытожил Шендерович; Лолашвили заявил
 *   known surname alone                                     Дмитриев
 *   first name alone (not one that is also a common word)   Кирилл
 *   Latin original in brackets after a name                 Джошуа Вольфа (Joshua Wolf)
 */

const PATRONYMIC = /(ович|евич|ьич|овн|евн|ичн|иничн)(а|у|ем|е|ы|ой|ою)?$/;
const PARTICLES = new Set(['де', 'ди', 'да', 'дель', 'ван', 'фон', 'дер', 'ибн', 'бин', 'бен', 'аль', 'эль', 'ле', 'ла', 'дю', 'абд']);
const CYRILLIC_NAME = /^[а-яё]+(-[а-яё]+)*$/;

export function isFirstName(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  if (ctx.tokens[i]!.kind !== 'word' || word.shape !== 'title' || word.latin || ctx.gazetteerAt[i]) return false;
  // A listed name wins over a small place of that name (Стэнли); the morphology's guesses do not.
  if (isListedName(ctx, word)) return true;
  return !isPlace(word) && hasGram(word, 'Name', 0.3);
}

function isAmbiguousName(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  return ctx.lexicon.ambiguousNames.has(word.folded) || ctx.lexicon.ambiguousNames.has(word.lemma);
}

function isListedFirstName(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  return word.shape === 'title' && !ctx.lexicon.ambiguousNames.has(word.folded) && ctx.lexicon.firstNames.has(word.folded);
}

export function isPatronymic(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  return word.shape === 'title' && (hasGram(word, 'Patr', 0.1) || PATRONYMIC.test(word.folded));
}

/**
 * A capitalised Cyrillic word that is not a role, an organisation noun, a known non-name,
 * or part of a longer organisation or place name. `single` (right after a first name)
 * allows a one-word gazetteer match and a role word: Королёв is a surname, not the town,
 * and Королёва not «королева».
 */
function isFreeCapital(ctx: NerContext, i: number, single = false): boolean {
  const token = ctx.tokens[i];
  const word = ctx.words[i];
  if (!token || !word || token.kind !== 'word' || word.shape !== 'title' || !CYRILLIC_NAME.test(word.folded)) return false;
  // «Шеймана А.Кулешов»: an initial opens the next name, it is no part of this one («Ким Чен Ир. Так» keeps Ир).
  if (isInitial(ctx, i) && (token.text.length === 1 || gluedToName(ctx, i + 2))) return false;
  const inGazetteer = ctx.gazetteerAt[i]!;
  if ((inGazetteer && !(single && inGazetteer === 1)) || ctx.lexicon.notEntities.has(word.folded)) return false;
  const { titleWords, orgNounWords } = ctx.lexicon;
  // By lemma only in the singular: «Короля» is a title, «Дедов» (of grandfathers) a surname.
  const singular = word.analyses[0]?.grams.includes('sing') ?? false;
  const is = (set: Set<string>) => set.has(word.folded) || (singular && set.has(word.lemma));
  // «Поп-звезда», «Экс-премьер»: a hyphenated role is still a role.
  const lastPart = word.folded.slice(word.folded.lastIndexOf('-') + 1);
  const hyphenRole = lastPart.length < word.folded.length && (titleWords.has(lastPart) || ctx.lexicon.titles.has(stemKey(lastPart)));
  // Right after a first name or initials a capitalised role word is a surname (Петра Королёва, А. Судья).
  return (single || !is(titleWords)) && !is(orgNounWords) && !hyphenRole;
}

/** A capitalised word that can be a surname on its own evidence: not a common word, not a place, not an adjective. */
export function isNameWord(ctx: NerContext, i: number): boolean {
  if (!isFreeCapital(ctx, i)) return false;
  const word = ctx.words[i]!;
  if (isPlace(word) || isKnownAdjective(word)) return false;
  return !isCommonWord(word) || hasGram(word, 'Surn', 0.05) || hasGram(word, 'Name', 0.05);
}

/** The dictionary knows the word as a place (a guessed Geox for an unknown word is no evidence). */
function isPlace(word: WordInfo): boolean {
  const best = word.analyses[0];
  return !!best && best.known && best.grams.includes('Geox');
}

function isKnownAdjective(word: WordInfo): boolean {
  const best = word.analyses[0];
  return !!best && best.known && best.pos === 'ADJF' && !word.analyses.some((a) => a.grams.includes('Surn'));
}

function isUnknown(word: WordInfo): boolean {
  return word.analyses.length > 0 && !word.analyses[0]!.known;
}

/** «В.», «Дж.»: a capital (and one more letter) glued to a dot. */
const INITIAL = /^\p{Lu}\p{Ll}?$/u;

function isInitial(ctx: NerContext, i: number): boolean {
  const token = ctx.tokens[i];
  const dot = ctx.tokens[i + 1];
  return !!token && !!dot && token.kind === 'word' && INITIAL.test(token.text) && dot.text === '.' && dot.start === token.end;
}

/** The token at `i` is a capitalised word written right after the initials' dot, with no space (А.Кулешов). */
function gluedToName(ctx: NerContext, i: number): boolean {
  const token = ctx.tokens[i];
  return !!token && token.kind === 'word' && token.start === ctx.tokens[i - 1]!.end && ctx.words[i]!.shape === 'title';
}

function isSurname(word: WordInfo): boolean {
  return hasGram(word, 'Surn', 0.2) && !!word.analyses[0]?.grams.includes('Surn');
}

/**
 * «Жильцов эвакуировали»: a sentence-opening word that is also a common noun's plural, right
 * before a plural verb, is that noun (the verb's object or subject), not a surname, which would
 * take a singular verb (Жильцов заявил).
 */
function pluralBeforePluralVerb(ctx: NerContext, i: number): boolean {
  const next = ctx.words[i + 1];
  if (!next || next.shape !== 'lower' || !adjacent(ctx, i, i + 1)) return false;
  const verb = ctx.analyse(next.folded)[0];
  if (!verb || verb.pos !== 'VERB' || !verb.grams.includes('plur')) return false;
  return ctx.words[i]!.analyses.some((a) => a.pos === 'NOUN' && a.grams.includes('plur') && !a.grams.some((g) => PROPER_GRAMMEMES.includes(g)));
}


const NO_WORD: WordInfo = { folded: '', key: '', lemma: '', shape: 'none', latin: false, analyses: [] };

/** A one-word name in quote marks is the name of a thing (шаттл «Индевор», альбом «Дежавю»). */
function inQuotes(ctx: NerContext, i: number): boolean {
  return ctx.tokens[i - 1]?.kind === 'quote' && ctx.tokens[i + 1]?.kind === 'quote';
}

/** A word inside a short quoted name of words only (на «Газпром Арене»): part of that name, not a person alone. */
function inQuotedName(ctx: NerContext, i: number): boolean {
  let from = i;
  while (from > 0 && i - from < 3 && ctx.tokens[from - 1]!.kind === 'word') from--;
  let to = i + 1;
  while (to < ctx.tokens.length && to - i < 3 && ctx.tokens[to]!.kind === 'word') to++;
  return to - from > 1 && ctx.tokens[from - 1]?.kind === 'quote' && ctx.tokens[to]?.kind === 'quote';
}

/**
 * After a first name: the surname (any capitalised word, even a common one or a town:
 * Фелипе Масса, Владимир Королёв), then further name words that are not common words.
 */
function nameTail(ctx: NerContext, first: number): number {
  let j = first + 1;
  const n = ctx.tokens.length;
  // «Слава Украине», «Вера Москвы»: a name that is also a common word takes no place or body for its surname.
  const ambiguous = isAmbiguousName(ctx, first);
  while (j < n && j - first <= 3 && adjacent(ctx, j - 1, j)) {
    // The surname slot: right after the first name, or after «first name + patronymic» (Людмиле Павловне Карасёвой).
    const second = (j === first + 1 && !(ambiguous && ctx.gazetteerAt[j])) || (j === first + 2 && isPatronymic(ctx, first + 1));
    // «Максим Дадашев Дадашев дебютировал»: a repeated word starts the next mention.
    if (ctx.words[j]!.folded === ctx.words[j - 1]!.folded) break;
    if (isPatronymic(ctx, j)) j++;
    // «Билла Клинтона Джо Локхарту»: a first name after the surname starts the next person.
    else if (!second && isFirstName(ctx, j) && isFreeCapital(ctx, j + 1, true)) break;
    // «мать Майкла Джексона Кэтрин»: after a name in an oblique case, a listed first name is the next person
    // (in «Ибрахим Бубакар Кейта» all parts are nominative).
    else if (!second && isListedFirstName(ctx, j) && !ctx.words[first]!.analyses[0]?.grams.includes('nomn')) break;
    else if (isFreeCapital(ctx, j, second) && (second || !isCommonWord(ctx.words[j]!))) j++;
    else if (PARTICLES.has(ctx.words[j]!.folded) && isFreeCapital(ctx, j + 1) && adjacent(ctx, j, j + 1)) j += 2;
    else if (isArticleName(ctx, j)) j++;
    else break;
  }
  return j;
}

/** An Arabic article glued to a capitalised name: аль-Хадж, эль-Масри, ад-Дин, аш-Шараа. */
const ARTICLE_NAME = /^(?:аль|эль|ал|эл|аш|ад|ас|ар|ат|аз|ан|ибн|бин|бен)-\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

function isArticleName(ctx: NerContext, i: number): boolean {
  const token = ctx.tokens[i];
  return !!token && token.kind === 'word' && !ctx.gazetteerAt[i] && ARTICLE_NAME.test(token.text);
}

/** Two or three capitalised words of which one is unknown to the dictionary: Масахару Коно, Саеб Эрекат. */
function foreignName(ctx: NerContext, i: number): number {
  // «братом Сулимы Ямадаева»: even a word that is also a common one opens a name before a surname.
  const beforeSurname = !atSentenceStart(ctx, i) && isFreeCapital(ctx, i) && adjacent(ctx, i, i + 1) &&
    (isSurname(ctx.words[i + 1] ?? NO_WORD) || looksLikeSurname(ctx, i + 1));
  if (!beforeSurname && (!isNameWord(ctx, i) || (atSentenceStart(ctx, i) && isCommonWord(ctx.words[i]!)))) return i;
  let j = i + 1;
  let unknown = isUnknown(ctx.words[i]!);
  while (j < ctx.tokens.length && j - i < 3 && adjacent(ctx, j - 1, j)) {
    if (PARTICLES.has(ctx.words[j]!.folded) && isFreeCapital(ctx, j + 1)) {
      j += 2;
      continue;
    }
    if (!isFreeCapital(ctx, j) || isPlace(ctx.words[j]!) || isKnownAdjective(ctx.words[j]!)) break;
    unknown ||= isUnknown(ctx.words[j]!);
    j++;
  }
  return j - i >= 2 && (unknown || beforeSurname) ? j : i;
}

/** A given-name syllable group: short, Cyrillic, capitalised (Пэн, Цзиньпин, Инъин). */
const ASIAN_GIVEN = /^[а-яё]{1,9}$/;

/**
 * «Ли Пэн», «Ван Бин», «Ким Ён Нам»: a listed East Asian surname and one or two short
 * capitalised words that are neither common words, places nor parts of a longer name.
 */
function eastAsianName(ctx: NerContext, i: number): number {
  const word = ctx.words[i]!;
  const surnames = ctx.lexicon.eastAsianSurnames;
  if (word.shape !== 'title' || !(surnames.has(word.folded) || surnames.has(word.lemma)) || ctx.gazetteerAt[i]! > 1) return i;
  let j = i + 1;
  while (j < ctx.tokens.length && j - i <= 2 && adjacent(ctx, j - 1, j) && isFreeCapital(ctx, j)) {
    const next = ctx.words[j]!;
    // Short syllables may be Russian words too (Бин, Фу, Мин); longer common words are not names.
    if (!ASIAN_GIVEN.test(next.folded) || (isCommonWord(next) && next.folded.length > 3) || isPlace(next)) break;
    j++;
  }
  return j > i + 1 ? j : i;
}

export function personCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  const n = ctx.tokens.length;
  const push = (from: number, to: number, rule: string, priority: number) => out.push({ from, to, type: 'PER', rule, priority });
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
      if (name) push(name.from, name.to, 'title-name', PRIORITY.titlePerson);
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

const LOCATIVE = new Set(['в', 'во', 'из', 'под', 'около', 'возле']);

/** Russian, Ukrainian, Georgian, Armenian surname endings, in any case form. */
const SURNAME_SHAPE = /(ов|ев|ёв|ин|ын|ск|цк|енк|швили|дзе|ян|янц|ук|юк)(а|у|ым|ом|е|ой|ую|ого|ому|им|ий|ая|о|ых)?$/;

/** An unknown capitalised word shaped like a surname, inside a sentence (освободить Квачкова). */
function looksLikeSurname(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  if (atSentenceStart(ctx, i) || !isNameWord(ctx, i) || word.analyses[0]?.known) return false;
  return SURNAME_SHAPE.test(word.folded);
}

/** «в Тусоне», «района Отрадное»: a capitalised word after these is a place, not a surname. */
function afterPlaceWord(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  return !!prev && (LOCATIVE.has(prev.folded) || isPlaceNoun(ctx, i - 1));
}

/** «— подытожил Шендерович», «Лолашвили заявил»: a speech verb's neighbour is its speaker. */
function besideSpeechVerb(ctx: NerContext, i: number): boolean {
  const verbs = ctx.lexicon.speechVerbs;
  const before = ctx.tokens[i - 1];
  const after = ctx.tokens[i + 1];
  return (!!before && verbs.has(ctx.words[i - 1]!.folded) && before.kind === 'word') ||
    (!!after && verbs.has(ctx.words[i + 1]!.folded) && after.kind === 'word' && adjacent(ctx, i, i + 1));
}

/**
 * After a title, the name follows at once or after a short genitive complement that
 * names no one itself (глава МИД России Лавров): up to 4 words, no preposition.
 */
function nameAfterTitle(ctx: NerContext, from: number): { from: number; to: number } | null {
  for (let i = from; i < Math.min(ctx.tokens.length, from + 5); i++) {
    const token = ctx.tokens[i]!;
    if (token.kind !== 'word' || !adjacent(ctx, i - 1, i)) return null;
    const word = ctx.words[i]!;
    if (word.shape === 'lower' && word.folded.length <= 3) return null; // a preposition or conjunction
    // «жители посёлка Комарово», «сотрудники компании Яндекс»: the name is the place's or the body's.
    if (word.shape === 'lower' && (isPlaceNoun(ctx, i) || ctx.lexicon.orgNouns.has(word.key))) return null;
    const named = (isNameWord(ctx, i) && !isCommonWord(word)) || (i === from && isFreeCapital(ctx, i) && !isPlace(word) && isListedNameInCase(ctx, from - 1, i));
    if (named && word.folded.length > 1) {
      let j = i + 1;
      while (j < ctx.tokens.length && j - i < 3 && adjacent(ctx, j - 1, j) && isNameWord(ctx, j) && !isFirstName(ctx, j) && ctx.words[j]!.folded !== ctx.words[j - 1]!.folded) j++;
      return { from: i, to: j };
    }
    if (isCapitalised(word) && !ctx.gazetteerAt[i]) return null;
  }
  return null;
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct'];

/**
 * «капитан Том», «брат Кит», «с капитаном Томом»: a listed first name that is also a common
 * word (том, кит) right after a title is the person when it stands in the title's case, as an
 * apposition does («тренера Милана» also agrees; «тренер Милана» does not).
 */
function isListedNameInCase(ctx: NerContext, title: number, i: number): boolean {
  const word = ctx.words[i]!;
  if (word.shape !== 'title' || !isListedName(ctx, word)) return false;
  const titleCases = singularCases(ctx.analyse(ctx.words[title]!.folded));
  // The morphology may know only the common word (том, кит): its case forms are the name's too.
  const nameCases = singularCases(word.analyses);
  if (ctx.lexicon.firstNames.has(word.folded)) nameCases.add('nomn');
  for (const c of nameCases) if (titleCases.has(c)) return true;
  return false;
}

function singularCases(analyses: readonly Analysis[]): Set<string> {
  const out = new Set<string>();
  for (const a of analyses) if (a.pos === 'NOUN' && a.grams.includes('sing')) for (const g of a.grams) if (CASES.includes(g)) out.add(g);
  return out;
}

/** Chinese, Japanese or Korean script: a name's original written after its transcription. */
const EAST_ASIAN_SCRIPT = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

/**
 * «Джошуа Вольфа (Joshua Wolf)»: Latin capitalised words in brackets right after a person;
 * «Ма Лин (马凌)», «Марио (何猷君)»: the name in Chinese, Japanese or Korean script, after any person.
 */
function latinOriginals(ctx: NerContext, persons: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of persons) {
    const open = p.to;
    if (ctx.tokens[open]?.text !== '(') continue;
    let k = open + 1;
    while (k < ctx.tokens.length && k - open <= 4 && ctx.tokens[k]!.kind === 'word' && EAST_ASIAN_SCRIPT.test(ctx.tokens[k]!.text)) k++;
    if (k > open + 1 && ctx.tokens[k]?.text === ')') {
      out.push({ from: open + 1, to: k, type: 'PER', rule: 'original-script', priority: PRIORITY.personFull });
      continue;
    }
    if (p.to - p.from < 2) continue;
    let j = open + 1;
    while (j < ctx.tokens.length && ctx.words[j]!.latin && (ctx.words[j]!.shape === 'title' || /^(al|el|bin|de|van|von)-?/.test(ctx.words[j]!.folded))) j++;
    if (j - open >= 2 && ctx.tokens[j]?.text === ')') out.push({ from: open + 1, to: j, type: 'PER', rule: 'latin-original', priority: PRIORITY.personFull });
  }
  return out;
}
