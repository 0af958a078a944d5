import { azForm, isOwnReading, PERSON_GRAMMEMES, titleCase, type Analysis, type Morphology, type WordInfo } from '../morph/index.js';
import type { Token } from '../types.js';
import { fold } from '../morph/key.js';
import { functionWord, QUANTIFIERS } from '../clauses/words.js';
import { wordList, wordMap, wordSet, wordTable } from '../dict/words.js';

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

const CASES = new Set(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'acc2', 'loc2']);

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

function pick(word: NameWord, test: (a: Analysis) => boolean): number {
  return word.info.analyses.findIndex(test);
}

/**
 * Gender ('masc'/'femn') and case of a person's name: the reading on which most of its
 * words agree («Петра Кузьмича Рогова»: masculine genitive, though Петра alone could be a
 * feminine nominative). A first name from our list fixes the gender.
 */
function personGrammar(words: NameWord[], firstNameGender: (key: string) => string | undefined, governed?: readonly string[], shown?: string): { gender: string | undefined; kase: string | undefined } {
  let listed: string | undefined;
  for (const w of words) {
    const g = firstNameGender(w.info.lemma) ?? firstNameGender(w.info.folded);
    if (g === 'm' || g === 'f') listed ??= g === 'm' ? 'masc' : 'femn';
  }
  const votes = new Map<string, number>();
  // «Эда Гонсалеса»: a first name that is no name of our list but an oblique form of one (Эд)
  // votes as the dictionary would for a known name: a man's name adds an ending only in other cases.
  const opening = words.length > 1 ? words[0]! : undefined;
  let obliqueOpening = false;
  if (opening && firstNameGender(opening.info.folded) === undefined) {
    const listedForm = listedNominative(opening.info.folded, (name) => firstNameGender(name) === 'm' && BARE_MASCULINE.test(name));
    obliqueOpening = !!listedForm && opening.info.folded === `${listedForm}а`;
    if (obliqueOpening) for (const kase of ['gent', 'accs']) votes.set(`masc ${kase}`, 1);
  }
  for (const [position, w] of words.entries()) {
    // Its guessed reading as a woman's name of its own (Эда) is no evidence against the listed one.
    if (position === 0 && obliqueOpening) continue;
    // An unknown surname in -е may not decline at all (Угальде): its guessed locative is no evidence.
    if (position > 0 && mayBeIndeclinable(w)) continue;
    const seen = new Set<string>();
    for (const a of w.info.analyses) {
      const gender = a.grams.find((g) => g === 'masc' || g === 'femn');
      const kase = caseOf(a);
      if (!gender || !kase || a.grams.includes('plur') || !a.grams.some((g) => PERSON_GRAMMEMES.includes(g))) continue;
      const key = `${gender} ${kase}`;
      if (seen.has(key) || (governed && !governed.includes(kase)) || (shown && gender !== shown)) continue;
      seen.add(key);
      votes.set(key, (votes.get(key) ?? 0) + 1 + a.score / 10);
    }
  }
  // A listed first name breaks ties; it does not outvote the other words («Евгения Сергеевича
  // Громова»: Евгения is also a woman's name, the patronymic and surname say a man's genitive).
  const weight = (key: string) => votes.get(key)! + (listed && key.startsWith(listed) ? 0.5 : 0);
  let best: string | undefined;
  for (const key of votes.keys()) if (!best || weight(key) > weight(best)) best = key;
  // No reading in the case the context governs: the words do not decline (с Пеле); their gender is still theirs.
  if (!best && governed) return { gender: shown ?? personGrammar(words, firstNameGender).gender, kase: undefined };
  const [gender, kase] = best ? best.split(' ') : [listed, undefined];
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
}

/** An unknown word none of whose guessed readings fits one of the places the text writes it in. */
function shownIndeclinable(w: NameWord, evidence: CaseEvidence): boolean {
  if (w.info.analyses.some((a) => a.known)) return false;
  const places = [...(evidence.places?.get(w.info.folded) ?? []), ...(evidence.governed ? [evidence.governed] : [])];
  return places.some((cases) => !w.info.analyses.some((a) => cases.includes(caseOf(a) ?? '')));
}

/** A word ending as a man's first name does only in the nominative (Джордж, Иван, Андрей, Игорь). */
const BARE_MASCULINE = /[бвгджзклмнпрстфхцчшщйь]$/;

/** Russian surname endings by case, for surnames the dictionary reads as adjectives (Ореховым, Карасёвой). */
const SURNAME_CASES = new RegExp(`^(.+(?:${wordList('surname-suffixes').join('|')}))(${wordList('surname-case-endings').join('|')})$`);
const FEMININE_ENDINGS = wordSet('feminine-surname-case-endings');
const MASCULINE_ENDINGS = wordSet('masculine-surname-case-endings');

function surnameNominative(w: NameWord, gender: string | undefined): string | null {
  const m = SURNAME_CASES.exec(w.text);
  if (!m) return null;
  const feminine = gender === 'femn';
  const endings = feminine ? FEMININE_ENDINGS : MASCULINE_ENDINGS;
  if (!endings.has(m[2]!)) return null;
  return feminine ? `${m[1]}а` : m[1]!;
}

/** Case endings of first names, and the nominative endings to try on the stem left (Эмиле → Эмиль, Юлии → Юлий). */
const noEnding = (ending: string) => (ending === '-' ? '' : ending);
const NAME_CASE_ENDINGS: [string, string[]][] = wordTable('first-name-case-endings')
  .map((row) => [row.ending!, row.nominatives!.split(' ').map(noEnding)]);

function listedNominative(folded: string, fits: (name: string) => boolean): string | undefined {
  for (const [ending, nominatives] of NAME_CASE_ENDINGS) {
    if (!folded.endsWith(ending) || folded.length - ending.length < 2) continue;
    const stem = folded.slice(0, -ending.length);
    for (const nominative of nominatives) if (fits(stem + nominative) && stem + nominative !== folded) return stem + nominative;
  }
  return undefined;
}


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
  const { gender, kase } = personGrammar(words, firstNameGender, evidence.governed, evidence.gender);
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
      return listed ? recase(titleCase(listed), w.text) : form;
    })
    .join(' ');

  function personWordNominative(w: NameWord, position: number): string {
    if (w.text.length <= 2 || w.info.analyses.length === 0 || shownIndeclinable(w, evidence)) return w.text;
    // «Анне»: the dictionary reads some case forms as names of their own; our list knows better.
    // One that is itself a name of our list stays (Мэттью, not the Мэтт of the same stem).
    const fixed = position === 0 && w.info.analyses[0]!.grams.includes('Fixd');
    if (fixed && firstNameGender(w.info.folded) !== undefined) return w.text;
    // A first name of our list written as listed is its own nominative, unless it is a case form
    // of another listed name (Александра of Александр): Мелани is no form of a guessed «Мелань».
    if (position === 0 && firstNameGender(w.info.folded) !== undefined && !w.info.analyses.some((a) => fold(a.lemma) !== w.info.folded && isListed(fold(a.lemma)))) return w.text;
    const listed = fixed ? listedFirstName(w.info.folded) : undefined;
    if (listed) return recase(listed, w.text);
    // A later word read as an adjective (Ореховым) is a surname in the person's gender.
    const adjective = w.info.analyses[0]!.pos === 'ADJF' && !w.info.analyses.some((a) => a.grams.includes('Surn'));
    const bySuffix = position > 0 && adjective ? surnameNominative(w, gender) : null;
    if (bySuffix) return bySuffix;
    // Foreign women's surnames that end in a consonant do not decline (Мэри Коллинз).
    if (gender === 'femn' && position > 0 && !w.info.analyses[0]!.known && w.info.analyses[0]!.pos === 'NOUN' && /[бвгджзклмнпрстфхцчшщ]$/.test(w.info.folded)) return w.text;
    // An unknown surname in -е where the other words show a case that never ends so (nominative, instrumental …)
    // does not decline: Манфред Угальде, с Манфредом Угальде (but «о Павле Пчелинцеве» is prepositional).
    // The first name's own cases decide, not the vote: the surname's guessed locative may outweigh it.
    if (position > 0 && mayBeIndeclinable(w) && cannotEndInE(firstCases, gender)) return w.text;
    // One person: plural readings are other words (Анн, Жеральд: genitive plurals of Анна, «Жеральда»).
    // A guess whose lemma is another word (Хьюлетт as a form of «лёт») is no reading of the name.
    const fits = (a: Analysis, strict: boolean) =>
      !a.grams.includes('plur') && isOwnReading(a, w.info.folded) &&
      (!gender || a.grams.includes(gender) || !a.grams.some((g) => g === 'masc' || g === 'femn')) &&
      (!strict || (kase ? caseOf(a) === kase : !evidence.governed || evidence.governed.includes(caseOf(a) ?? '')));
    // The first word: a first-name reading whose lemma is a name from our list wins over a
    // surname or a variant reading of the same form (Павле → Павел, not Павля; Игоре → Игорь, not Игор).
    let index = position === 0 ? pick(w, (a) => a.grams.includes('Name') && fits(a, true) && isListed(a.lemma)) : -1;
    if (index < 0) index = pick(w, (a) => a.grams.some((g) => PERSON_GRAMMEMES.includes(g)) && fits(a, true));
    if (index < 0) index = pick(w, (a) => fits(a, true) && (a.pos === 'NOUN' || a.pos === 'ADJF'));
    if (index < 0) index = pick(w, (a) => a.grams.some((g) => PERSON_GRAMMEMES.includes(g)) && fits(a, false));
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
    return form === w.text && position > 0 ? surnameNominative(w, gender) ?? form : form;
  }
}

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

/**
 * `governed`: the phrase stands after a preposition or a governing word (в канцелярии
 * премьера, по словам главы сельсовета), so its head is not nominative even where a plural
 * form looks like one (канцелярии, главы).
 */
/** A number or a share of one (5, 40 %, 3,5): the noun after it is in the genitive it governs. */
const COUNT = /^(?:\d[\d.,]*|%)$/;

/** Oblique forms of «один/одна» → the nominative. */
const ONE_OF = wordMap('one-of-nominatives');

export function normalizePhrase(words: NameWord[], morph: Morphology, governed = false): string {
  // «одного из жильцов» → «один из жильцов»: the partitive keeps its genitive; only «один» declines.
  const one = ONE_OF.get(words[0]?.info.folded ?? '');
  if (one && words[1]?.info.folded === functionWord('partitive')) {
    const first = words[0]!.text;
    return [first[0] === first[0]!.toUpperCase() ? titleCase(one) : one, ...words.slice(1).map((w) => w.text)].join(' ');
  }
  const head = words.findIndex((w) => w.info.analyses[0]?.pos === 'NOUN' || (w.info.analyses.length === 0 && /\p{L}/u.test(w.text)));
  // «несколько членов ЕС», «менее 5 % опрошенных»: after a preposition, a quantifier or a number the noun keeps its case.
  if (head < 0 || words.slice(0, head).some((w) => PREPOSITIONS.has(w.info.folded) || COUNT.test(w.text) || (!governed && QUANTIFIERS.has(w.info.folded)))) {
    return words.map((w) => w.text).join(' ');
  }
  const h = words[head]!;
  const headIndex = governed ? governedHead(h.info.analyses) : h.info.analyses.findIndex((a) => a.pos === 'NOUN');
  if (headIndex < 0) return words.map((w) => w.text).join(' ');
  const ha = h.info.analyses[headIndex]!;
  const kase = caseOf(ha);
  // A head that can be nominative stays as written: «Критики» is plural, not «Критика».
  if (!governed && (kase === 'nomn' || h.info.analyses.some((a) => a.pos === 'NOUN' && caseOf(a) === 'nomn'))) return words.map((w) => w.text).join(' ');
  // «Знакомые артиста»: a nominative adjective that cannot agree with the noun after it is itself
  // the head (the people it describes), and the noun its complement: the phrase is nominative as written.
  if (!governed && words.slice(0, head).some((w) => isSubstantive(w, kase))) return words.map((w) => w.text).join(' ');
  const number = ha.grams.includes('plur') ? 'plur' : 'sing';
  const gender = ['masc', 'femn', 'neut'].find((g) => ha.grams.includes(g));
  return words
    .map((w, i) => {
      if (i === head) return inflectTo(morph, w, headIndex, ['nomn', number]);
      if (i > head) return w.text;
      const adj = pick(w, (a) => a.pos === 'ADJF' && caseOf(a) === kase);
      if (adj < 0) return w.text;
      const grams = number === 'plur' || !gender ? ['nomn', number] : ['nomn', gender, 'sing'];
      return inflectTo(morph, w, adj, grams);
    })
    .join(' ');
}

/** An adjective or participle read as nominative, with no reading in the case `kase` of the noun after it. */
function isSubstantive(w: NameWord, kase: string | undefined): boolean {
  const adjectives = w.info.analyses.filter((a) => a.pos === 'ADJF' || a.pos === 'PRTF');
  return adjectives.length > 0 && w.info.analyses[0] === adjectives[0] && adjectives.some((a) => caseOf(a) === 'nomn') && !adjectives.some((a) => caseOf(a) === kase);
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

const NAME_PARTS = ['Name', 'Surn', 'Patr'];

/**
 * «дядя Шварца» where the text names Аарон Шварц: the person's full name in the case the
 * surname is written in (Аарона Шварца), the surname as written. Null when the surname is
 * nominative, is not the name's last word, or a first name does not inflect in that gender.
 */
export function fullNameInCaseOf(morph: Morphology, name: string, surname: WordInfo, surface: string): string | null {
  const parts = name.split(' ');
  if (parts.length < 2) return null;
  // The name's surname by its lemmas too: Кравцова and Кравцовой are both of «кравцов».
  const last = new Set([fold(parts.at(-1)!), ...morph.analyse(azForm(parts.at(-1)!)).map((a) => fold(a.lemma))]);
  const analyses = surname.analyses.length > 0 ? surname.analyses : morph.analyse(surname.folded);
  const reading = analyses.find((a) => last.has(fold(a.lemma)) && a.grams.includes('sing'));
  const grammaticalCase = reading && caseOf(reading);
  if (!reading || !grammaticalCase || grammaticalCase === 'nomn') return null;
  const gender = reading.grams.includes('femn') ? 'femn' : 'masc';
  const inflected: string[] = [];
  for (const part of parts.slice(0, -1)) {
    const form = azForm(part);
    const index = morph.analyse(form).findIndex((a) => a.grams.includes('nomn') && a.grams.includes('sing') && a.grams.includes(gender) && a.grams.some((g) => NAME_PARTS.includes(g)));
    const word = index < 0 ? null : morph.inflect(form, index, [grammaticalCase, 'sing']);
    if (!word) return null;
    inflected.push(recase(word, part));
  }
  return [...inflected, surface].join(' ');
}
