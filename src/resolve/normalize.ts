import { ALL_CASE_GRAMMEMES, azForm, isOwnReading, PERSON_GRAMMEMES, titleCase, type Analysis, type Morphology, type WordInfo } from '../morph/index.js';
import type { Token } from '../types.js';
import { ADJECTIVE_POS } from '../morph/agreement.js';
import { fold } from '../morph/key.js';
import { COORDINATING_AND, functionWord, QUANTIFIERS } from '../clauses/words.js';
import { wordMap, wordSet, wordTable } from '../dict/words.js';
import { russianSurnameGender, surnameNominative } from '../dict/surname-cases.js';
import { firstNameNominative } from '../dict/first-name-cases.js';

/**
 * Nominative normal forms. Persons: every name part goes to the nominative in the
 * person's gender («Кирилла Дмитриева» → «Кирилл Дмитриев», «Анны Поповой» → «Анна Попова»).
 * Phrases (organisations, places): the head noun and the adjectives that agree with it go
 * to the nominative, the dependent tail stays («Российского фонда прямых инвестиций» →
 * «Российский фонд прямых инвестиций»).
 */

export interface NameWord {
  text: string;
  info: WordInfo;
  /** The form the analyses were made from (and inflection must start from). */
  form: string;
}

const CASES = new Set(ALL_CASE_GRAMMEMES);

function caseOf(a: Analysis): string | undefined {
  return a.grams.find((g) => CASES.has(g));
}

/** Restores the surface capitalisation on a lower-case form: Title, UPPER, Hyphen-Title. */
export function recase(form: string, surface: string): string {
  if (surface.length > 1 && surface === surface.toUpperCase() && surface !== surface.toLowerCase()) return form.toUpperCase();
  // «МИДа» → «МИД»: an abbreviation in capitals with a case ending.
  const caps = /^([А-ЯЁ]{2,})[а-яё]{1,3}$/.exec(surface);
  if (caps && form.length <= caps[1]!.length) return form.toUpperCase();
  // Hyphenated parts keep their own case: Ростов-на-Дону, Нью-Йорк; so do parts after an
  // apostrophe: О'Тул (О'Тулом → О'Тул).
  const formParts = form.split(/(?<=[-'’])/);
  const surfaceParts = surface.split(/(?<=[-'’])/);
  const capitalised = (part: string | undefined) => !!part && part.charAt(0) !== part.charAt(0).toLowerCase();
  return formParts
    .map((part, i) => (capitalised(surfaceParts[formParts.length === surfaceParts.length ? i : 0]) ? part.charAt(0).toUpperCase() + part.slice(1) : part))
    .join('');
}

function inflectTo(morph: Morphology, word: NameWord, index: number, grams: string[]): string {
  const a = word.info.analyses[index]!;
  if (grams.every((g) => a.grams.includes(g))) return word.text;
  let inflected = morph.inflect(word.form, index, grams);
  if (!inflected) return word.text;
  // The morphology inflects the last part of «87-летнего» and drops the rest: put it back.
  const hyphen = word.form.lastIndexOf('-');
  if (hyphen > 0 && !inflected.includes('-')) inflected = word.form.slice(0, hyphen + 1) + inflected;
  // A guessed paradigm may add a ё the writer did not (Дарманена → «Дарманён»): keep their е.
  const form = !a.known && !/[ёЁ]/.test(word.text) ? inflected.replaceAll('ё', 'е') : inflected;
  return recase(form, word.text);
}

function pick(word: NameWord, test: (a: Analysis, index: number) => boolean): number {
  return word.info.analyses.findIndex(test);
}

/**
 * Gender ('masc'/'femn') and case of a person's name: the reading on which most of its
 * words agree («Петра Кузьмича Рогова»: masculine genitive, though Петра alone could be a
 * feminine nominative). A first name from our list fixes the gender.
 */
function personGrammar(words: NameWord[], firstNameGender: (key: string) => string | undefined, governed?: readonly string[], shown?: string, bareLast = false): { gender: string | undefined; kase: string | undefined } {
  let listed: string | undefined;
  for (const w of words) {
    const g = firstNameGender(w.info.lemma) ?? firstNameGender(w.info.folded);
    if (g === 'm' || g === 'f') listed ??= g === 'm' ? 'masc' : 'femn';
  }
  const votes = new Map<string, number>();
  /** The readings a word shows by a case ending (not an indeclinable one, which reads every case). */
  const declined = new Set<string>();
  // «Эда Гонсалеса»: a first name that is no name of our list but an oblique form of one (Эд)
  // votes as the dictionary would for a known name: a man's name adds an ending only in other cases.
  const opening = words.length > 1 ? words[0]! : undefined;
  let obliqueOpening = false;
  if (opening && firstNameGender(opening.info.folded) === undefined) {
    const listedForm = listedNominative(opening.info.folded, (name) => firstNameGender(name) === 'm' && BARE_MASCULINE.test(name));
    obliqueOpening = !!listedForm && opening.info.folded === `${listedForm}${GENITIVE_ENDING[0]}`;
    if (obliqueOpening) for (const kase of GENITIVE_ENDING[1]) {
      votes.set(`masc ${kase}`, 1);
      declined.add(`masc ${kase}`);
    }
  }
  for (const [position, w] of words.entries()) {
    // Its guessed reading as a woman's name of its own (Эда) is no evidence against the listed one.
    if (position === 0 && obliqueOpening) continue;
    // «Игги Попом»: an unknown first name in -и guessed as a case form of a name we do not list (Игга) shows no case.
    if (position === 0 && words.length > 1 && unlistedGuessInI(w, firstNameGender)) continue;
    // An unknown surname in -е may not decline at all (Угальде): its guessed locative is no evidence.
    if (position > 0 && mayBeIndeclinable(w)) continue;
    // Alone, an unknown word in -а/-я guessed as a man's genitive (Зулема of «Зулем») may be a woman's nominative: no vote.
    if (words.length === 1 && /[ая]$/.test(w.info.folded) && !w.info.analyses.some((a) => a.known)) continue;
    const seen = new Set<string>();
    // «Ларри Кингом», «Гарри Уэльского»: a later word with no nominative reading at all shows the
    // name is oblique, whatever common word or adjective the morphology reads it as.
    // Not one in a vowel a foreign name may end in undeclined (Биби, Туре, Ширази).
    // So does a first word the dictionary knows only as a common noun in an oblique case (Садика: of «садик»).
    const oblique = (position > 0 || (words.length > 1 && w.info.analyses[0]?.known === true)) && !MAY_NOT_DECLINE.test(w.info.folded) && w.info.analyses.length > 0 && w.info.analyses.every((a) => caseOf(a) !== 'nomn');
    for (const a of w.info.analyses) {
      const gender = a.grams.find((g) => g === 'masc' || g === 'femn');
      const kase = caseOf(a);
      if (!gender || !kase || a.grams.includes('plur')) continue;
      const key = `${gender} ${kase}`;
      // «Эда Гонзалеса»: a surname the morphology does not know is guessed as a common noun; its
      // ending still backs a reading the other words give, in the listed name's gender, with half
      // a name's weight. Alone it decides nothing (Миура is no genitive of «Миур»).
      const person = a.grams.some((g) => PERSON_GRAMMEMES.includes(g));
      const guessed = (position > 0 || oblique) && (a.pos === 'NOUN' || (oblique && a.pos === 'ADJF')) && isOwnReading(a, w.info.folded) && (oblique || (a.pos === 'NOUN' && declined.has(key))) && (!listed || key.startsWith(listed));
      if (!person && !guessed) continue;
      if (seen.has(key) || (governed && !governed.includes(kase)) || (shown && gender !== shown)) continue;
      // «Зубия Шахназ»: a man's surname in a consonant takes a case ending (Шахназа); bare, the name is no man's oblique case.
      if (bareLast && gender === 'masc' && kase !== 'nomn') continue;
      seen.add(key);
      // An indeclinable word (Юитиро) reads every case: it shows none for a guess to back.
      if ((person && !a.grams.includes('Fixd')) || oblique) declined.add(key);
      votes.set(key, (votes.get(key) ?? 0) + (person ? 1 : 0.5) + a.score / 10);
    }
  }
  // A listed first name breaks ties; it does not outvote the other words («Евгения Сергеевича
  // Громова»: Евгения is also a woman's name, the patronymic and surname say a man's genitive).
  const weight = (key: string) => votes.get(key)! + (listed && key.startsWith(listed) ? 0.5 : 0);
  let best: string | undefined;
  for (const key of votes.keys()) if (!best || weight(key) > weight(best)) best = key;
  // No reading in the case the context governs: the words do not decline (с Пеле); their gender is still theirs.
  if (!best && governed) return { gender: shown ?? personGrammar(words, firstNameGender).gender, kase: undefined };
  const [gender, kase] = best ? best.split(' ') : [shown ?? listed, undefined];
  return { gender, kase };
}

/**
 * What the text shows of a name's case: the cases the word before the mention governs
 * (governed-case.ts), and for each word form of the person's mentions the case sets of every
 * place it is written in. A guessed paradigm that has no reading in one of them is not the
 * word's: the word does not decline (Пеле after «с» and after «о»; Мелани after «балерина»).
 */
export interface CaseEvidence {
  governed?: readonly string[];
  /** The person's gender as a verb agreeing with the name shows it. */
  gender?: 'masc' | 'femn';
  places?: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The person's one-word mentions, folded: a surname the text also writes bare (Хан beside Садика Хана). */
  bare?: ReadonlySet<string>;
}

/** Endings a man's consonant-final surname takes, and the cases each shows. */
const SURNAME_ENDING_CASES: [string, string[]][] = wordTable('masculine-surname-ending-cases').map((row) => [row.ending!, row.cases!.split(' ')]);
/**
 * «Андреа Падована … Андреа Падован заявил»: `declined` is `nominative` with one of a man's
 * surname case endings on its last word, the rest the same.
 */
export function surnameCaseFormOf(declined: string, nominative: string): boolean {
  // Every ending of the table has a letter: the same string is no case form (asked of each mention of a name).
  if (declined.length <= nominative.length || !declined.startsWith(nominative) || !BARE_MASCULINE.test(fold(nominative))) return false;
  const ending = fold(declined.slice(nominative.length));
  return SURNAME_ENDING_CASES.some(([e]) => e === ending);
}

/** The genitive ending of that table (Хана, and a man's first name too: Эда of Эд), with the cases it shows. */
const GENITIVE_ENDING = SURNAME_ENDING_CASES.find(([, cases]) => cases.includes('gent'))!;

/**
 * «мэра Лондона Садика Хана … Хан назвал», «Виталия Маркива … Маркив заявил»: the last word is a
 * surname the text also writes bare, ending in a consonant, plus a man's case ending. The bare form
 * is the nominative (no case form of a man's surname is shorter than it), and the ending shows the
 * whole name's case.
 */
function bareSurname(words: readonly NameWord[], bare: ReadonlySet<string> | undefined): { stem: string; ending: string; cases: readonly string[] } | null {
  const last = words.at(-1)!.info.folded;
  if (!bare || words.length < 2) return null;
  for (const [ending, cases] of SURNAME_ENDING_CASES) {
    const stem = last.slice(0, -ending.length);
    if (last.endsWith(ending) && stem.length >= 2 && BARE_MASCULINE.test(stem) && bare.has(stem)) return { stem, ending, cases };
  }
  return null;
}

/** An unknown word none of whose guessed readings fits one of the places the text writes it in. */
function shownIndeclinable(w: NameWord, evidence: CaseEvidence): boolean {
  if (w.info.analyses.some((a) => a.known)) return false;
  const places = [...(evidence.places?.get(w.info.folded) ?? []), ...(evidence.governed ? [evidence.governed] : [])];
  return places.some((cases) => !w.info.analyses.some((a) => cases.includes(caseOf(a) ?? '')));
}

/** Final letters of foreign names that do not decline (Биби, Туре, Гюго, Хью); not an adjective's -ого (Уэльского). */
const MAY_NOT_DECLINE = /[иеэюё]$|(?<![оеё]г)о$/;

/** A word ending as a man's first name does only in the nominative (Джордж, Иван, Андрей, Игорь). */
const BARE_MASCULINE = /[бвгджзклмнпрстфхцчшщйь]$/;

/** The nominative of a first name's case form that `fits`, other than the word itself (Эмиле → Эмиль, Юлии → Юлий). */
function listedNominative(folded: string, fits: (name: string) => boolean): string | undefined {
  return firstNameNominative(folded, (name) => fits(name) && name !== folded);
}

const noEnding = (ending: string) => (ending === '-' ? '' : ending);


/** Patronymics by case: their endings are regular, while the dictionary's paradigm may not be (Евгеньевиче → «Евгениевич»). */
const PATRONYMIC_CASES = wordTable('patronymic-cases').map((row) => ({
  pattern: new RegExp(`^(.+(?:${row.suffixes!.split(' ').join('|')}))(${row.endings!.split(' ').join('|')})$`),
  nominative: noEnding(row.nominative!),
}));

function patronymicNominative(w: NameWord): string | null {
  for (const { pattern, nominative } of PATRONYMIC_CASES) {
    const m = pattern.exec(w.text);
    if (m) return m[1]! + nominative;
  }
  return null;
}

export function normalizePerson(
  words: NameWord[],
  firstNameGender: (key: string) => string | undefined,
  morph: Morphology,
  listedFirstName: (word: string) => string | undefined = () => undefined,
  surnameFirst = false,
  evidence: CaseEvidence = {},
): string {
  // «Джордж Мендонса»: a man's listed first name written as listed, ending in a consonant, is
  // nominative (every other case adds an ending), and so is the whole name, whatever a
  // surname's ending suggests (Мендонса is no genitive of «Мендонс»). Not a surname that
  // opens a name (Дэн Сяопина: Дэн does not decline).
  const first = words[0]!.info.folded;
  if (!surnameFirst && words.length > 1 && firstNameGender(first) === 'm' && BARE_MASCULINE.test(first)) return words.map((w) => w.text).join(' ');
  // (A woman's listed first name: her surname does not decline so, the bare one is a man's.)
  const declinedSurname = firstNameGender(first) === 'f' ? null : bareSurname(words, evidence.bare);
  if (declinedSurname) evidence = { ...evidence, governed: declinedSurname.cases, gender: 'masc' };
  const bareLast = !surnameFirst && !declinedSurname && words.length > 1 && CONSONANT_END.test(words.at(-1)!.info.folded) && !INSTRUMENTAL_END.test(words.at(-1)!.info.folded);
  const grammar = personGrammar(words, firstNameGender, evidence.governed, evidence.gender, bareLast);
  const gender = grammar.gender;
  // The surname's ending shows the case where no word has a reading in it (Арлена Спектера).
  const kase = grammar.kase ?? declinedSurname?.cases[0];
  const firstCases = new Set(words[0]!.info.analyses.filter((a) => a.pos === 'NOUN' && !a.grams.includes('plur')).map(caseOf));
  const isListed = (lemma: string) => firstNameGender(lemma) !== undefined || firstNameGender(lemma.replaceAll('ё', 'е')) !== undefined;
  return words
    .map((w, position) => {
      const form = personWordNominative(w, position);
      // A first name the morphology does not bring to a name of our list (Эмиле → «Эмил», Рахуле):
      // the listed name of that stem and the person's gender.
      // Only where the morphology changed the word: one it left as it is may be a nominative (Сона, not Соня).
      // Left as it is, it may be a nominative (Сона, not Соня), unless the name's case is another (Эда Гонсалеса → Эд).
      if (position > 0 || form.length <= 2 || (form === w.text && (!kase || kase === 'nomn')) || isListed(fold(form))) return form;
      const want = gender === 'femn' ? 'f' : gender === 'masc' ? 'm' : undefined;
      const listed = listedNominative(w.info.folded, (name) => { const g = firstNameGender(name); return !!g && (!want || g === want); });
      if (listed) return recase(titleCase(listed), w.text);
      // «Арлена Спектера … Спектер»: an unknown first name with the ending the surname sheds, on a consonant, sheds it too.
      const stem = declinedSurname && form === w.text && w.info.folded.endsWith(declinedSurname.ending) ? w.text.slice(0, -declinedSurname.ending.length) : '';
      return stem.length >= 2 && BARE_MASCULINE.test(fold(stem)) ? stem : form;
    })
    .join(' ');

  function partWord(part: string): NameWord {
    const folded = fold(part);
    return { text: part, form: azForm(part), info: { folded, key: folded, lemma: folded, shape: 'title', latin: false, analyses: morph.analyse(azForm(part)) } };
  }

  function personWordNominative(w: NameWord, position: number): string {
    // The surface's own letters, not the folded ones (Пономарёва → Пономарёв).
    if (declinedSurname && position === words.length - 1) return w.text.slice(0, declinedSurname.stem.length);
    if (w.text.length <= 2 || w.info.analyses.length === 0 || shownIndeclinable(w, evidence)) return w.text;
    // «Хогана-Хау», «Юркову-Данелия»: each part of a double surname declines (or not) as a surname of
    // its own; the morphology would inflect the last part only.
    const hyphen = w.text.indexOf('-');
    // One hyphen inside a capitalised surname, two letters at least on each side.
    const hyphened = position > 0 && hyphen > 1 && hyphen < w.text.length - 2 && w.text.indexOf('-', hyphen + 1) < 0 && /^\p{Lu}/u.test(w.text);
    if (hyphened && /^\p{Lu}/u.test(w.text.slice(hyphen + 1))) {
      return [w.text.slice(0, hyphen), w.text.slice(hyphen + 1)].map((part) => personWordNominative(partWord(part), position)).join('-');
    }
    // «Джорджа Буша-младшего»: a surname with a lower-case adjective (младший, старший) hyphened on;
    // the morphology inflects the adjective only, the surname declines as a word of its own.
    if (hyphened && /^\p{Ll}/u.test(w.text.slice(hyphen + 1))) {
      const tail = partWord(w.text.slice(hyphen + 1).toLowerCase());
      const adjective = pick(tail, (a) => a.pos === 'ADJF' && a.known && a.grams.includes('sing'));
      if (adjective >= 0) {
        const surname = personWordNominative(partWord(w.text.slice(0, hyphen)), position);
        return `${surname}-${inflectTo(morph, { ...tail, text: w.text.slice(hyphen + 1) }, adjective, ['nomn', gender === 'femn' ? 'femn' : 'masc', 'sing'])}`;
      }
    }
    if (position === 0 && words.length > 1 && unlistedGuessInI(w, firstNameGender)) return w.text;
    // «Альфредо Гарсии»: an unknown surname in -ии with no singular nominative reading is a case form of one in -ия.
    if (position > 0 && position === words.length - 1 && w.info.folded.endsWith('ии') && evidence.governed?.join() !== 'nomn' && !w.info.analyses.some((a) => a.known || (caseOf(a) === 'nomn' && !a.grams.includes('plur'))) && w.info.analyses.some((a) => a.lemma === `${w.info.folded.slice(0, -1)}я`)) return `${w.text.slice(0, -1)}я`;
    // «Франческо Бонура … Бонуры»: the text writes the surname with an ending only a noun in -а takes,
    // so the -а form is its nominative, not the genitive of a «Бонур».
    if (position > 0 && position === words.length - 1 && w.info.folded.endsWith('а') && A_DECLENSION.some((e) => evidence.bare?.has(w.info.folded.slice(0, -1) + e))) return w.text;
    // «Анне»: the dictionary reads some case forms as names of their own; our list knows better.
    // One that is itself a name of our list stays (Мэттью, not the Мэтт of the same stem).
    const fixed = position === 0 && w.info.analyses[0]!.grams.includes('Fixd');
    if (fixed && firstNameGender(w.info.folded) !== undefined) return w.text;
    // A first name of our list written as listed is its own nominative, unless it is a case form
    // of another listed name (Александра of Александр): Мелани is no form of a guessed «Мелань».
    if (position === 0 && firstNameGender(w.info.folded) !== undefined && !w.info.analyses.some((a) => fold(a.lemma) !== w.info.folded && isListed(fold(a.lemma)))) return w.text;
    // Only by a first name's case ending (Анне of Анна): Роберто and Федерико, indeclinable names of
    // their own, share a stem with Роберт and Федерика but are no case forms of them.
    // Not where the text shows the nominative (Педру Санчес заявил: no dative of Педро).
    const listed = fixed && evidence.governed?.join() !== 'nomn' && listedNominative(w.info.folded, (name) => firstNameGender(name) !== undefined) ? listedFirstName(w.info.folded) : undefined;
    if (listed) return recase(listed, w.text);
    // A later word read as an adjective (Ореховым) is a surname in the person's gender.
    // So is one read only as a short adjective (Рудова, Сомова: of «рудовый»), in the gender the other words show (Игоря Рудова → Игорь Рудов).
    const adjective = (w.info.analyses[0]!.pos === 'ADJF' || (w.info.analyses[0]!.pos === 'ADJS' && !!gender && position > 0)) && !w.info.analyses.some((a) => a.grams.includes('Surn'));
    // So is a word alone that is no first name with a Russian surname's ending (По словам Сомовой: no «Сомовый»).
    // Only in a gender the text or the ending shows.
    const aloneGender = words.length === 1 && !isListed(w.info.folded) ? gender ?? russianSurnameGender(w.info.folded) : undefined;
    const bySuffix = (position > 0 || aloneGender) && adjective ? surnameNominative(w.text, position > 0 ? gender : aloneGender) : null;
    if (bySuffix) return bySuffix;
    // Foreign women's surnames that end in a consonant do not decline (Мэри Коллинз).
    if (gender === 'femn' && position > 0 && !w.info.analyses[0]!.known && w.info.analyses[0]!.pos === 'NOUN' && /[бвгджзклмнпрстфхцчшщ]$/.test(w.info.folded)) return w.text;
    // An unknown surname in -е where the other words show a case that never ends so (nominative, instrumental …)
    // does not decline: Манфред Угальде, с Манфредом Угальде (but «о Павле Пчелинцеве» is prepositional).
    // The first name's own cases decide, not the vote: the surname's guessed locative may outweigh it.
    if (position > 0 && mayBeIndeclinable(w) && cannotEndInE(firstCases, gender)) return w.text;
    // «Жозе Алваладе»: after a first name that does not decline either, nothing but a governing word shows a locative.
    if (position > 0 && mayBeIndeclinable(w) && words[0]!.info.analyses.some((a) => a.grams.includes('Fixd')) && !(evidence.governed ?? []).some((c) => c === 'loct' || c === 'datv')) return w.text;
    // A surname alone in -е the morphology does not know (— сказал Буффье): nothing shows it declined,
    // unless the word before governs a case it may end so in.
    if (words.length === 1 && mayBeIndeclinable(w) && !(evidence.governed ?? []).some((c) => c === 'loct' || c === 'datv')) return w.text;
    // One person: plural readings are other words (Анн, Жеральд: genitive plurals of Анна, «Жеральда»).
    // A guess whose lemma is another word (Хьюлетт as a form of «лёт») is no reading of the name.
    const fits = (a: Analysis, strict: boolean) =>
      !a.grams.includes('plur') && isOwnReading(a, w.info.folded) && !softSignGuess(a, w.info.folded) && !otherIndeclinable(a, w.info.folded) &&
      !(bareLast && a.grams.includes('masc') && caseOf(a) !== 'nomn') &&
      (!gender || a.grams.includes(gender) || !a.grams.some((g) => g === 'masc' || g === 'femn')) &&
      (!strict || (kase ? caseOf(a) === kase : !evidence.governed || evidence.governed.includes(caseOf(a) ?? '')));
    // The first word: a first-name reading whose lemma is a name from our list wins over a
    // surname or a variant reading of the same form (Павле → Павел, not Павля; Игоре → Игорь, not Игор).
    // «Зулема»: an unknown word alone in -а/-я, with no case the text shows and no gender, may be a
    // woman's name in the nominative as well as a man's genitive («Зулем»): it stays as written.
    if (words.length === 1 && !kase && !evidence.governed && !gender && /[ая]$/.test(w.info.folded) && !w.info.analyses.some((a) => a.known)) return w.text;
    let index = position === 0 ? pick(w, (a) => a.grams.includes('Name') && fits(a, true) && isListed(a.lemma)) : -1;
    if (index < 0) index = pick(w, (a) => a.grams.some((g) => PERSON_GRAMMEMES.includes(g)) && fits(a, true));
    if (index < 0) index = pick(w, (a) => fits(a, true) && (a.pos === 'NOUN' || a.pos === 'ADJF'));
    // Not for a surname where the text shows the nominative (Анибал Каваку Силва утвердил): a person's
    // reading in another case is of another name (Силв). A first name may still be read so (в гибели
    // Марины Голуб Алексей Русаков задержан: the verb's subject is the next name).
    if (index < 0 && (position === 0 || evidence.governed?.join() !== 'nomn')) index = pick(w, (a) => a.grams.some((g) => PERSON_GRAMMEMES.includes(g)) && fits(a, false));
    // «Эммерсона Мнангагвы», «Нельсона Манделы»: a man's surname in -а declines as a feminine noun does.
    if (index < 0 && position > 0 && gender === 'masc' && kase && kase !== 'nomn') {
      // Only by an ending no undeclined foreign name has: -ы, or -и after a stem the -а lemma shows (Дудки); not Спейси, Туре.
      // A guessed -и is as likely an undeclined Italian name (Бенедучи): only a noun the dictionary knows (Дудки).
      index = /[ыиуой]$/.test(w.info.folded) ? pick(w, (a) => a.pos === 'NOUN' && a.grams.includes('femn') && a.grams.includes('sing') && caseOf(a) === kase && a.lemma.endsWith('а') && isOwnReading(a, w.info.folded) && (a.known || !w.info.folded.endsWith('и'))) : -1;
    }
    if (index < 0) return w.text;
    const a = w.info.analyses[index]!;
    // A guess for an unknown word is trusted only as a noun (Трампа → Трамп) or an adjective (Зеленской), not as Силуанов → силуановый.
    if (!a.known && a.pos !== 'NOUN' && a.pos !== 'ADJF') return w.text;
    if (caseOf(a) === 'nomn') return w.text;
    // Surnames keep the person's gender in the nominative (Ивановой → Иванова, Зеленской → Зеленская).
    const grams = gender && (a.pos === 'ADJF' || a.grams.includes('Surn') || a.grams.includes('Patr')) ? ['nomn', gender, 'sing'] : ['nomn'];
    if (a.grams.includes('Patr')) {
      const regular = patronymicNominative(w);
      if (regular) return regular;
      // A patronymic shares its paradigm with the first name: ask for the patronymic form.
      grams.push('Patr');
    }
    const form = inflectTo(morph, w, index, grams);
    // A guessed paradigm may not inflect (Карасёву): the surname's own endings still do.
    return form === w.text && position > 0 ? surnameNominative(w.text, gender) ?? form : form;
  }
}

/**
 * An indeclinable word is its own lemma: a reading whose lemma is another word is the
 * morphology's stutter correction (Маррокко read as the country Марокко), no reading of the name.
 */
const otherIndeclinable = (a: Analysis, folded: string) => a.grams.includes('Fixd') && fold(a.lemma) !== folded;

/**
 * Хатиби, Дескальси: a foreign name in -и does not decline; the guess that reads it as an oblique
 * form of a feminine noun in -ь (Хатибь) makes a name no person has. So does one in -и or -ю guessed
 * as a case form of a noun in -я (Карни of «Карня», Агню of «Агня»), but not -ия (Берии of Берия).
 * Known words keep their readings.
 */
const softSignGuess = (a: Analysis, folded: string) =>
  !a.known && ((folded.endsWith('и') && a.lemma.endsWith('ь')) || (/[^и][ию]$/.test(folded) && a.lemma.endsWith('я') && !a.lemma.endsWith('ия')));

const CONSONANT_END = /[бвгджзйклмнпрстфхцчшщ]$/;
/**
 * Endings in a consonant that show no bare surname: a man's instrumental (Хитруком, Меньшиковым), and
 * the surnames in -их/-ых that never decline (Артёму Белых).
 */
const INSTRUMENTAL_END = /(?:ом|ем|ём|ым|им|ых|их)$/;

/** An unknown word in -и whose guessed name readings are all of a name our list does not hold (Игги: no case form of an «Игга»). */
function unlistedGuessInI(w: NameWord, firstNameGender: (key: string) => string | undefined): boolean {
  if (!w.info.folded.endsWith('и') || firstNameGender(w.info.folded) !== undefined || w.info.analyses.some((a) => a.known)) return false;
  const names = w.info.analyses.filter((a) => a.grams.includes('Name') && fold(a.lemma) !== w.info.folded);
  return names.length > 0 && names.every((a) => firstNameGender(fold(a.lemma)) === undefined);
}

/** Endings only a noun in -а takes (Бонуры, Бонурой), not a man's surname ending in a consonant. */
const A_DECLENSION = ['ы', 'ой', 'ою'];

const mayBeIndeclinable = (w: NameWord) => w.info.folded.endsWith('е') && !w.info.analyses.some((a) => a.known);

/** A name in none of the cases whose forms end in -е (locative; a woman's dative), so an -е surname beside it does not decline. */
function cannotEndInE(cases: ReadonlySet<string | undefined>, gender: string | undefined): boolean {
  return cases.size > 0 && !cases.has('loct') && !(gender === 'femn' && cases.has('datv'));
}

const PREPOSITIONS = wordSet('normal-form-prepositions');

/** A governed head reads genitive where it can (по версии обвинения: not the plural «обвинения»), else any oblique case. */
function governedHead(analyses: readonly Analysis[]): number {
  const genitive = analyses.findIndex((a) => a.pos === 'NOUN' && caseOf(a) === 'gent');
  return genitive >= 0 ? genitive : analyses.findIndex((a) => a.pos === 'NOUN' && caseOf(a) !== 'nomn');
}

/** A word ending in a dot and a top-level domain's letters. */
const WEB_ADDRESS = /\.\p{L}{2,}$/u;

/** A number or a share of one (5, 40 %, 3,5): the noun after it is in the genitive it governs. */
const COUNT = /^(?:\d[\d.,]*|%)$/;

/** Numerals after which a noun in the nominative phrase stands in the genitive singular (три свидетеля). */
const PAUCAL_NUMERALS = wordSet('paucal-numerals');

/** Words that govern a count's genitive whatever the frame (более половины опрошенных). */
const COUNT_GOVERNORS = wordSet('count-governors');

/** Archaic lemmas the morphology lists first (матерь): dict/words/archaic-lemmas.txt. */
const ARCHAIC_LEMMAS = wordSet('archaic-lemmas');

/**
 * «матери» → «мать», not «матерь»: where the reading at `index` has an archaic lemma, another
 * reading with the same grammemes and a common lemma; else `index` itself.
 */
function commonLemma(analyses: readonly Analysis[], index: number): number {
  const a = analyses[index];
  if (!a || !ARCHAIC_LEMMAS.has(fold(a.lemma))) return index;
  const same = (b: Analysis) => b.pos === a.pos && b.grams.length === a.grams.length && b.grams.every((g) => a.grams.includes(g));
  const other = analyses.findIndex((b) => same(b) && !ARCHAIC_LEMMAS.has(fold(b.lemma)));
  return other >= 0 ? other : index;
}

/** Oblique forms of «один/одна» → the nominative. */
const ONE_OF = wordMap('one-of-nominatives');

/**
 * `governed`: the phrase stands after a preposition or a governing word (в канцелярии
 * премьера, по словам главы сельсовета), so its head is not nominative even where a plural
 * form looks like one (канцелярии, главы).
 */
export function normalizePhrase(words: NameWord[], morph: Morphology, governed = false): string {
  // «одного из жильцов» → «один из жильцов»: the partitive keeps its genitive; only «один» declines.
  const one = ONE_OF.get(words[0]?.info.folded ?? '');
  if (one && words[1]?.info.folded === functionWord('partitive')) {
    const first = words[0]!.text;
    return [first[0] === first[0]!.toUpperCase() ? titleCase(one) : one, ...words.slice(1).map((w) => w.text)].join(' ');
  }
  // «пострадавших пассажиров»: a word the dictionary reads first as a noun (a substantivised participle)
  // that agrees with the noun after it is that noun's attribute, not the head.
  let head = words.findIndex((w, i) => (w.info.analyses[0]?.pos === 'NOUN' && !attributeOf(w, words[i + 1])) || (w.info.analyses.length === 0 && /\p{L}/u.test(w.text)));
  // «по словам полицейских»: with no word read first as a noun, a substantivised adjective the morphology also reads as one heads the phrase.
  if (head < 0) head = words.findIndex((w) => { const lemma = w.info.analyses[0]?.lemma; return w.info.analyses.some((a) => a.pos === 'NOUN' && a.lemma === lemma && a.grams.includes('anim')); });
  // «ВАДА», «СдПГ»: an abbreviation alone, ending in a capital, has no case ending to take off.
  if (words.length === 1 && /\p{Lu}\p{Lu}/u.test(words[0]!.text) && /\p{Lu}$/u.test(words[0]!.text)) return words[0]!.text;
  // «несколько членов ЕС», «менее 5 % опрошенных»: after a preposition, a quantifier or a number the noun keeps its case;
  // not after an adjective's own complement (знакомого с ним бизнесмена: the adjective agrees with the noun).
  // (Also one the dictionary reads first as a noun: близких к семье источников.)
  const attributive = words[0]?.info.analyses.some((a) => ADJECTIVE_POS.has(a.pos)) ?? false;
  // Its head is the first noun past the complement in a case the adjective has (близкого к семье юриста: юриста).
  // With none agreeing in number and gender too, the adjective is a noun itself, the head, and the
  // rest its complement (учёных из Оксфордского университета: «учёные», not «учёный … университет»).
  if (attributive && PREPOSITIONS.has(words[1]?.info.folded ?? '')) {
    const agreeing = words.findIndex((w, i) => i > 1 && !PREPOSITIONS.has(words[i - 1]!.info.folded) && attributeOf(words[0]!, w));
    if (agreeing > 0) head = agreeing;
    else if (words[0]!.info.analyses.some((a) => a.pos === 'NOUN')) head = 0;
    else if (governed) return substantiveInNominative(morph, words);
  }
  // «по словам выживших» → «выжившие»: a governed adjective or participle alone is the people it describes;
  // so is one with a genitive complement of the same kind (знакомых погибшего → знакомые погибшего).
  if (head < 0 && governed && attributive && words.slice(1).every((w) => w.text === w.info.folded && w.info.analyses.some((a) => ADJECTIVE_POS.has(a.pos) && caseOf(a) === 'gent'))) return substantiveInNominative(morph, words);
  // «освещающих акцию блогеров», «опрошенных агентством экспертов»: a participle that does not agree
  // with the first noun after it governs that noun (its object or agent); the head is the next noun it
  // agrees with, and the words between keep their case (none of them agrees with the head).
  const participle = head > 0 ? participleBefore(words, head) : -1;
  if (participle >= 0) {
    const agreeing = words.findIndex((w, i) => i > head && attributeOf(words[participle]!, w));
    if (agreeing > 0 && words.slice(head, agreeing).every((w) => !PREPOSITIONS.has(w.info.folded) && /\p{L}/u.test(w.text))) head = agreeing;
  }
  // «более половины опрошенных»: a word that governs the count's genitive keeps it in any frame; not
  // one that grades an adjective (в более позднем сообщении).
  const countGovernor = (w: NameWord, i: number) => COUNT_GOVERNORS.has(w.info.folded) && !ADJECTIVE_POS.has(words[i + 1]?.info.analyses[0]?.pos ?? '');
  if (head < 0 || words.slice(0, head).some((w, i) => (PREPOSITIONS.has(w.info.folded) && !attributive) || COUNT.test(w.text) || countGovernor(w, i) || (!governed && QUANTIFIERS.has(w.info.folded)))) {
    return words.map((w) => w.text).join(' ');
  }
  // «по словам трёх свидетелей» → «три свидетеля»: a numeral goes to the nominative and governs the case of the rest.
  const numeral = words.slice(0, head).findIndex((w) => w.info.analyses[0]?.pos === 'NUMR');
  if (numeral >= 0) return governed ? countInNominative(morph, words, numeral, head) : words.map((w) => w.text).join(' ');
  const h = words[head]!;
  // «Вести.ру», «Лента.ру»: a web address is written undeclined; its last letters are no case ending.
  if (WEB_ADDRESS.test(h.text)) return words.map((w) => w.text).join(' ');
  const headIndex = commonLemma(h.info.analyses, governed ? governedHead(h.info.analyses) : h.info.analyses.findIndex((a) => a.pos === 'NOUN'));
  if (headIndex < 0) return words.map((w) => w.text).join(' ');
  const ha = h.info.analyses[headIndex]!;
  const kase = caseOf(ha);
  // «по словам знакомого семьи»: an adjective right before the noun that agrees with none of its
  // readings is no attribute of it but the head itself (the person it describes), in its own gender
  // and number; the noun is its genitive complement and keeps its case (also as the antecedent of «который»,
  // whose case no preposition shows).
  const own = head > 0 ? ownHeadReading(morph, words[head - 1]!, h, kase) : -1;
  if (own >= 0) {
    const a = words[head - 1]!.info.analyses[own]!;
    const ownGender = ['masc', 'femn', 'neut'].find((g) => a.grams.includes(g));
    const grams = a.grams.includes('plur') || !ownGender ? ['nomn', 'plur'] : ['nomn', ownGender, 'sing'];
    return [...words.slice(0, head - 1).map((w) => w.text), inflectTo(morph, words[head - 1]!, own, grams), ...words.slice(head).map((w) => w.text)].join(' ');
  }
  // A head that can be nominative stays as written: «Критики» is plural, not «Критика».
  if (!governed && (kase === 'nomn' || h.info.analyses.some((a) => a.pos === 'NOUN' && caseOf(a) === 'nomn'))) return words.map((w) => w.text).join(' ');
  // «Знакомые артиста»: a nominative adjective that cannot agree with the noun after it is itself
  // the head (the people it describes), and the noun its complement: the phrase is nominative as written.
  if (!governed && words.slice(0, head).some((w) => isSubstantive(w, kase))) return words.map((w) => w.text).join(' ');
  const number = ha.grams.includes('plur') ? 'plur' : 'sing';
  const gender = ['masc', 'femn', 'neut'].find((g) => ha.grams.includes(g));
  // «правительства и губернатора области»: a noun joined to the head by «и», in its case, is a second head.
  const second = governed && kase ? conjunctHead(words, head, kase) : -1;
  return words
    .map((w, i) => {
      if (i === head) return inflectTo(morph, w, headIndex, ['nomn', number]);
      if (second > head && i > head + 1 && i <= second) {
        const sa = commonLemma(words[second]!.info.analyses, pick(words[second]!, (a) => a.pos === 'NOUN' && caseOf(a) === kase));
        const own = words[second]!.info.analyses[sa]!;
        const ownNumber = own.grams.includes('plur') ? 'plur' : 'sing';
        return i === second ? inflectTo(morph, w, sa, ['nomn', ownNumber]) : attributeInNominative(morph, w, kase, ownNumber, ['masc', 'femn', 'neut'].find((g) => own.grams.includes(g)));
      }
      if (i > head) return w.text;
      return attributeInNominative(morph, w, kase, number, gender);
    })
    .join(' ');
}

/**
 * An adjective or participle before a head noun in case `kase`, in the nominative of the head's number
 * and gender; as written where no reading agrees. The dictionary's first lemma is preferred
 * (неназванных: «неназванный», not a guessed «неназваный»), and a participle keeps its voice and tense.
 */
function attributeInNominative(morph: Morphology, w: NameWord, kase: string | undefined, number: string, gender: string | undefined): string {
  const lemma = w.info.analyses.find((a) => ADJECTIVE_POS.has(a.pos))?.lemma;
  // «некоторых изданий»: the morphology may list a plural adjective under another case of the same
  // form (-ых is genitive and locative): a reading it inflects back to this very form in the head's case agrees.
  const inCase = (a: Analysis, index: number) => ADJECTIVE_POS.has(a.pos) && (caseOf(a) === kase || (!!kase && a.grams.includes(number) && morph.inflect(w.form, index, [kase, number]) === w.info.folded));
  let adj = pick(w, (a, index) => a.lemma === lemma && inCase(a, index));
  if (adj < 0) adj = pick(w, inCase);
  if (adj < 0) return w.text;
  const own = w.info.analyses[adj]!.grams.filter((g) => PARTICIPLE_GRAMMEMES.has(g));
  const grams = number === 'plur' || !gender ? ['nomn', number] : ['nomn', gender, 'sing'];
  return inflectTo(morph, w, adj, [...grams, ...own]);
}

/**
 * The participle before the noun at `head` and its own attributes (освещающих городскую акцию), read
 * first as one by the dictionary, that agrees with no noun reading of it: a participle governing
 * that noun; -1 where none.
 */
function participleBefore(words: NameWord[], head: number): number {
  let at = head - 1;
  while (at > 0 && attributeOf(words[at]!, words[head])) at--;
  const w = words[at]!;
  // «Возглавляющий комиссию депутат заявил»: opening the sentence, the participle is capitalised.
  return w.info.analyses[0]?.pos === 'PRTF' && (w.text === w.info.folded || at === 0) && !attributeOf(w, words[head]) ? at : -1;
}

/** `w` is an adjective or participle that agrees in case and number (and gender in the singular) with a noun reading of `next`. */
function attributeOf(w: NameWord, next: NameWord | undefined): boolean {
  if (!next || next.text !== next.info.folded) return false;
  const nouns = next.info.analyses.filter((a) => a.pos === 'NOUN');
  return w.info.analyses.some((a) => ADJECTIVE_POS.has(a.pos) && nouns.some((n) => caseOf(a) === caseOf(n) &&
    (a.grams.includes('plur') ? n.grams.includes('plur') : n.grams.includes('sing') && ['masc', 'femn', 'neut'].some((g) => a.grams.includes(g) && n.grams.includes(g)))));
}

/**
 * The noun right after «и» that follows the head (its attributes between), read in the head's case
 * `kase`: a second head of the phrase; -1 where none. A conjunction after the head's complement
 * (представителей полиции и прокуратуры) joins the complements, not the heads.
 */
function conjunctHead(words: NameWord[], head: number, kase: string): number {
  if (!COORDINATING_AND.has(words[head + 1]?.info.folded ?? '')) return -1;
  for (let i = head + 2; i < words.length; i++) {
    const readings = words[i]!.info.analyses;
    if (readings[0]?.pos === 'NOUN') return readings.some((a) => a.pos === 'NOUN' && caseOf(a) === kase) ? i : -1;
    if (!readings.some((a) => ADJECTIVE_POS.has(a.pos) && caseOf(a) === kase)) return -1;
  }
  return -1;
}

/**
 * «трёх свидетелей» → «три свидетеля», «двоих очевидцев» → «двое очевидцев», «двух третей» → «две трети»:
 * the numerals from `numeral` to the head in the nominative (in the head's gender: две, обе), the head
 * and its attributes in the genitive the last numeral governs: singular after a paucal one (два, три,
 * четыре, оба), plural after any other; an attribute of a feminine head after a paucal numeral in the
 * nominative plural (две местные жительницы). The words after the head stay as written.
 */
function countInNominative(morph: Morphology, words: NameWord[], numeral: number, head: number): string {
  const h = words[head]!;
  const headReading = Math.max(0, pick(h, (a) => a.pos === 'NOUN' && a.grams.includes('plur') && !a.grams.includes('nomn')));
  const gender = ['masc', 'femn', 'neut'].find((g) => h.info.analyses[headReading]?.grams.includes(g));
  let last = numeral;
  for (let i = numeral; i < head; i++) if (words[i]!.info.analyses[0]?.pos === 'NUMR') last = i;
  const paucal = PAUCAL_NUMERALS.has(fold(words[last]!.info.analyses[0]!.lemma));
  return words
    .map((w, i) => {
      if (i < numeral || i > head) return w.text;
      if (w.info.analyses[0]?.pos === 'NUMR') return inflectTo(morph, w, 0, i === last && paucal && gender === 'femn' ? ['nomn', 'femn'] : ['nomn']);
      if (i === head) return inflectTo(morph, w, headReading, ['gent', paucal ? 'sing' : 'plur']);
      if (i < last) return w.text;
      const adj = pick(w, (a) => ADJECTIVE_POS.has(a.pos) && a.grams.includes('plur'));
      if (adj < 0) return w.text;
      const own = w.info.analyses[adj]!.grams.filter((g) => PARTICIPLE_GRAMMEMES.has(g));
      return inflectTo(morph, w, adj, [paucal && gender === 'femn' ? 'nomn' : 'gent', 'plur', ...own]);
    })
    .join(' ');
}

/**
 * The reading (in the head's case `kase`, else any) of a lower-case word read first as an adjective
 * or participle that agrees with no noun reading of `noun` in case, number and gender; -1 where one agrees.
 */
function ownHeadReading(morph: Morphology, w: NameWord, noun: NameWord, kase: string | undefined): number {
  const first = w.info.analyses[0];
  if (!first || (first.pos !== 'ADJF' && first.pos !== 'PRTF') || w.text !== w.info.folded) return -1;
  const nouns = noun.info.analyses.filter((a) => a.pos === 'NOUN' && (!kase || caseOf(a) === kase));
  if (nouns.length === 0 || !nouns.every((a) => a.known)) return -1;
  const agrees = (a: Analysis, n: Analysis) => caseOf(a) === caseOf(n) && (a.grams.includes('plur') ? n.grams.includes('plur') :
    n.grams.includes('sing') && (n.grams.includes('Ms-f') || n.grams.includes('GNdr') || ['masc', 'femn', 'neut'].some((g) => a.grams.includes(g) && n.grams.includes(g))));
  const adjectives = w.info.analyses.filter((a) => a.pos === 'ADJF' || a.pos === 'PRTF');
  if (adjectives.some((a) => nouns.some((n) => agrees(a, n)))) return -1;
  // «некоторых изданий»: a plural form listed under another case only (-ых is genitive and locative) still agrees.
  if (kase && nouns.some((n) => n.grams.includes('plur')) && w.info.analyses.some((a, i) => (a.pos === 'ADJF' || a.pos === 'PRTF') && a.grams.includes('plur') && morph.inflect(w.form, i, [kase, 'plur']) === w.info.folded)) return -1;
  const inCase = pick(w, (a) => (a.pos === 'ADJF' || a.pos === 'PRTF') && caseOf(a) === kase);
  return inCase >= 0 ? inCase : 0;
}

/** An adjective or participle read as nominative, with no reading in the case `kase` of the noun after it. */
function isSubstantive(w: NameWord, kase: string | undefined): boolean {
  const adjectives = w.info.analyses.filter((a) => a.pos === 'ADJF' || a.pos === 'PRTF');
  return adjectives.length > 0 && w.info.analyses[0] === adjectives[0] && adjectives.some((a) => caseOf(a) === 'nomn') && !adjectives.some((a) => caseOf(a) === kase);
}

/**
 * «оставшихся в живых» → «оставшиеся в живых»: an adjective or participle read first as one,
 * heading its phrase with no noun, in the nominative of its number (a participle keeping its voice and
 * tense; a singular one masculine or feminine); the words after it as written.
 */
function substantiveInNominative(morph: Morphology, words: NameWord[]): string {
  const first = words[0]!;
  const best = first.info.analyses[0];
  const rest = words.slice(1).map((w) => w.text);
  if (!best || !ADJECTIVE_POS.has(best.pos)) return [first.text, ...rest].join(' ');
  // «знакомой погибшего» → «знакомая»: a singular one is a person of its own gender (the neuter of «-ого» is no person).
  const gender = best.grams.includes('femn') ? 'femn' : best.grams.includes('masc') || best.grams.includes('neut') ? 'masc' : null;
  const number = best.grams.includes('plur') ? ['nomn', 'plur'] : gender ? ['nomn', gender, 'sing'] : null;
  if (!number) return [first.text, ...rest].join(' ');
  const own = best.grams.filter((g) => PARTICIPLE_GRAMMEMES.has(g));
  const reading = number[1] === 'masc' ? Math.max(0, pick(first, (a) => ADJECTIVE_POS.has(a.pos) && a.grams.includes('masc'))) : 0;
  return [inflectTo(morph, first, reading, [...number, ...own]), ...rest].join(' ');
}

/** The tokens [from, to) as a phrase in the nominative: its head noun and the adjectives before it inflected. */
export function nominativePhrase(
  morphology: Morphology, tokens: readonly Token[], words: readonly WordInfo[], from: number, to: number, governed = false,
): string {
  const phrase: NameWord[] = [];
  for (let k = from; k < to; k++) {
    const info = words[k]!;
    const form = info.shape === 'lower' ? info.folded : azForm(tokens[k]!.text);
    phrase.push({ text: tokens[k]!.text, info: { ...info, analyses: morphology.analyse(form) }, form });
  }
  return normalizePhrase(phrase, morphology, governed);
}

/** A participle's grammemes that inflection must keep: its voice, tense and aspect. */
const PARTICIPLE_GRAMMEMES: ReadonlySet<string> = new Set(['actv', 'pssv', 'past', 'pres', 'perf', 'impf']);

/**
 * «телеканала, принадлежащего движению» → «принадлежащий»: the adjective or participle at `at`, which
 * opens a clause describing a phrase, in the nominative of the number and gender it agrees in; as
 * written where it is nominative already or no reading fits.
 */
export function agreeingNominative(morphology: Morphology, tokens: readonly Token[], words: readonly WordInfo[], at: number, number: 'sing' | 'plur', gender: string | null): string {
  const info = words[at]!;
  const word: NameWord = { text: tokens[at]!.text, info: { ...info, analyses: morphology.analyse(info.folded) }, form: info.folded };
  const fits = (a: Analysis) => (a.pos === 'ADJF' || a.pos === 'PRTF') && a.grams.includes(number) && (!gender || a.grams.includes(gender));
  if (word.info.analyses.some((a) => fits(a) && caseOf(a) === 'nomn')) return word.text;
  const index = pick(word, fits);
  if (index < 0) return word.text;
  // A participle keeps its voice and tense (выпущенном → выпущенный, not выпустивший).
  const own = word.info.analyses[index]!.grams.filter((g) => PARTICIPLE_GRAMMEMES.has(g));
  return inflectTo(morphology, word, index, [...(gender ? ['nomn', gender, 'sing'] : ['nomn', number]), ...own]);
}

/**
 * «дядя Шварца» where the text names Аарон Шварц: the person's full name in the case the
 * surname is written in (Аарона Шварца), the surname as written; one that does not decline takes
 * `governed`, the case the phrase gives it, and the person's `gender`. Null when the surname is
 * nominative, is not the name's last word, or a first name does not inflect in that gender.
 */
export function fullNameInCaseOf(morph: Morphology, name: string, surname: WordInfo, surface: string, governed: string | null = null, gender: 'masc' | 'femn' | null = null): string | null {
  const parts = name.split(' ');
  if (parts.length < 2) return null;
  // The name's surname by its lemmas too: Кравцова and Кравцовой are both of «кравцов».
  const last = new Set([fold(parts.at(-1)!), ...morph.analyse(azForm(parts.at(-1)!)).map((a) => fold(a.lemma))]);
  const analyses = surname.analyses.length > 0 ? surname.analyses : morph.analyse(surname.folded);
  const reading = analyses.find((a) => last.has(fold(a.lemma)) && a.grams.includes('sing'));
  // «представитель Теру»: a surname written as in the nominative shows no case (its guessed readings
  // are of other words: Теру as a dative of «тер»); the name takes the case the phrase governs.
  // «адвокаты Эндрюс»: so is one the phrase governs, written as the nominative though it reads as one: it does not decline.
  const asNominative = fold(surface) === fold(parts.at(-1)!);
  const undeclined = asNominative && (governed !== null || !analyses.some((a) => last.has(fold(a.lemma)) && caseOf(a) === 'nomn'));
  const grammaticalCase = undeclined ? governed : reading && caseOf(reading);
  if ((!reading && !undeclined) || !grammaticalCase || grammaticalCase === 'nomn') return null;
  // A surname in a consonant that keeps its form in an oblique case is a woman's (a man's would take -а: Эндрюса).
  const womanByForm = undeclined && /[бвгджзклмнпрстфхцчшщ]$/.test(fold(surface));
  const nameGender = (undeclined ? gender : null) ?? (womanByForm || reading?.grams.includes('femn') ? 'femn' : 'masc');
  const inflected: string[] = [];
  for (const part of parts.slice(0, -1)) {
    const form = azForm(part);
    const index = morph.analyse(form).findIndex((a) => a.grams.includes('nomn') && a.grams.includes('sing') && a.grams.includes(nameGender) && a.grams.some((g) => PERSON_GRAMMEMES.includes(g)));
    const word = index < 0 ? null : morph.inflect(form, index, [grammaticalCase, 'sing']);
    // A first name the dictionary does not know (Джулиан): in the genitive, the endings Russian gives foreign names.
    if (!word && grammaticalCase === 'gent') return `${personGenitive(morph, parts.slice(0, -1).join(' '), nameGender)?.trim() ?? ''} ${surface}`.trim() || null;
    if (!word) return null;
    inflected.push(recase(word, part));
  }
  return [...inflected, surface].join(' ');
}

/** Hushing and velar consonants, after which a noun in -а takes -и, not -ы, in the genitive (Кучмы, but Мнангагвы; Банги). */
const HUSHING_OR_VELAR = /[гкхжшщч]$/;

/**
 * A person's nominative name in the genitive, for a phrase that names them as its complement
 * (дочь Кшиштофа Пендерецкого). Each word by its dictionary reading as a name or surname of the
 * person's gender; an unknown word by the endings Russian gives foreign names: a man's in a
 * consonant takes -а, one in -й or -ь takes -я, any in -а/-я declines as a noun (Мендонсы); one in
 * another vowel, or a woman's in a consonant, does not decline. Null where a word is too short to tell.
 */
export function personGenitive(morph: Morphology, name: string, gender: 'masc' | 'femn' | null): string | null {
  return personInCase(morph, name, gender, 'gent');
}

/**
 * A person's nominative name in the case `kase` (знакомый с Игорем Юсуфовым: instrumental), each word by its dictionary
 * reading as personGenitive reads it; the endings of foreign names are guessed in the genitive only, so in
 * another case a word the dictionary cannot inflect gives null.
 */
export function personInCase(morph: Morphology, name: string, gender: 'masc' | 'femn' | null, kase: string): string | null {
  const parts = name.split(' ');
  const out: string[] = [];
  for (const part of parts) {
    if (part.length < 2 || /[.]/.test(part)) return null;
    const form = azForm(part);
    const analyses = morph.analyse(form);
    const own = analyses.findIndex((a) => a.known && caseOf(a) === 'nomn' && a.grams.includes('sing') && a.grams.some((g) => PERSON_GRAMMEMES.includes(g)) && (!gender || a.grams.includes(gender)));
    // A surname the morphology reads as an adjective (Петрова, Зеленская; Пендерецкий guessed by its ending).
    const adjective = own >= 0 ? -1 : analyses.findIndex((a) => a.pos === 'ADJF' && caseOf(a) === 'nomn' && a.grams.includes('sing') && (!gender || a.grams.includes(gender)) && (a.known || /(?:ий|ый|ой|ая|яя)$/.test(fold(part))));
    const index = own >= 0 ? own : adjective;
    // The reading's own gender asked for too: a surname's paradigm holds both (Петрова → Петровой, not Петрова).
    const ownGender = index >= 0 ? analyses[index]!.grams.find((g) => g === 'masc' || g === 'femn') : undefined;
    const inflected = index >= 0 ? morph.inflect(form, index, ownGender ? [kase, 'sing', ownGender] : [kase, 'sing']) : null;
    if (inflected) {
      out.push(recase(inflected, part));
      continue;
    }
    const folded = fold(part);
    // A name in -о, -е, -и, -у, or a woman's in a consonant, declines in no case (Нетребко, Гомес); others only in the genitive here.
    const undeclined = (gender === 'femn' && !/[ая]$/.test(folded)) || !/[бвгджзйклмнпрстфхцчшщьая]$/.test(folded);
    if (kase !== 'gent' && !undeclined) return null;
    if (folded.endsWith('а')) out.push(part.slice(0, -1) + (HUSHING_OR_VELAR.test(folded.slice(0, -1)) ? 'и' : 'ы'));
    else if (folded.endsWith('я')) out.push(`${part.slice(0, -1)}и`);
    else if (gender === 'femn' || !/[бвгджзйклмнпрстфхцчшщь]$/.test(folded)) out.push(part);
    else if (/[йь]$/.test(folded)) out.push(`${part.slice(0, -1)}я`);
    else out.push(`${part}а`);
  }
  return out.join(' ');
}
