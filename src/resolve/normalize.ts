import type { Analysis, Morphology, WordInfo } from '../morph/index.js';

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

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'acc2', 'loc2'];
const NAME_GRAMS = ['Name', 'Surn', 'Patr'];

function caseOf(a: Analysis): string | undefined {
  return a.grams.find((g) => CASES.includes(g));
}

/** Restores the surface capitalisation on a lower-case form: Title, UPPER, Hyphen-Title. */
export function recase(form: string, surface: string): string {
  if (surface.length > 1 && surface === surface.toUpperCase() && surface !== surface.toLowerCase()) return form.toUpperCase();
  if (surface.charAt(0) === surface.charAt(0).toLowerCase()) return form;
  return form.replace(/(^|-)(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function inflectTo(morph: Morphology, word: NameWord, index: number, grams: string[]): string {
  const a = word.info.analyses[index]!;
  if (grams.every((g) => a.grams.includes(g))) return word.text;
  const form = morph.inflect(word.form, index, grams);
  return form ? recase(form, word.text) : word.text;
}

function pick(word: NameWord, test: (a: Analysis) => boolean): number {
  return word.info.analyses.findIndex(test);
}

/** Gender ('masc'/'femn') and case of a person's name, from its first name or its parts. */
function personGrammar(words: NameWord[], firstNameGender: (key: string) => string | undefined) {
  let gender: string | undefined;
  let kase: string | undefined;
  for (const w of words) {
    const g = firstNameGender(w.info.lemma) ?? firstNameGender(w.info.folded);
    const named = w.info.analyses.find((a) => a.grams.includes('Name'));
    if (g === 'm' || g === 'f') gender ??= g === 'm' ? 'masc' : 'femn';
    if (named) {
      gender ??= named.grams.includes('femn') ? 'femn' : 'masc';
      kase ??= caseOf(named);
    }
  }
  if (!gender) {
    const surname = words.flatMap((w) => w.info.analyses).find((a) => a.grams.includes('Surn'));
    if (surname) gender = surname.grams.includes('femn') ? 'femn' : 'masc';
  }
  return { gender, kase };
}

export function normalizePerson(words: NameWord[], firstNameGender: (key: string) => string | undefined, morph: Morphology): string {
  const { gender, kase } = personGrammar(words, firstNameGender);
  return words
    .map((w) => {
      if (w.text.length <= 2 || w.info.analyses.length === 0) return w.text;
      const fits = (a: Analysis, strict: boolean) =>
        (!gender || a.grams.includes(gender) || !a.grams.some((g) => g === 'masc' || g === 'femn')) &&
        (!strict || !kase || caseOf(a) === kase);
      let index = pick(w, (a) => a.grams.some((g) => NAME_GRAMS.includes(g)) && fits(a, true));
      if (index < 0) index = pick(w, (a) => fits(a, true) && (a.pos === 'NOUN' || a.pos === 'ADJF'));
      if (index < 0) index = pick(w, (a) => a.grams.some((g) => NAME_GRAMS.includes(g)) && fits(a, false));
      if (index < 0) return w.text;
      const a = w.info.analyses[index]!;
      if (caseOf(a) === 'nomn') return w.text;
      // Adjective-like surnames (Зеленский) keep the person's gender in the nominative.
      const grams = a.pos === 'ADJF' && gender ? ['nomn', gender, 'sing'] : ['nomn'];
      return inflectTo(morph, w, index, grams);
    })
    .join(' ');
}

const PREPOSITIONS = new Set(['по', 'в', 'на', 'для', 'при', 'с', 'со', 'за', 'из', 'от', 'к', 'и']);

export function normalizePhrase(words: NameWord[], morph: Morphology): string {
  const head = words.findIndex((w) => w.info.analyses[0]?.pos === 'NOUN' || (w.info.analyses.length === 0 && /\p{L}/u.test(w.text)));
  if (head < 0 || words.slice(0, head).some((w) => PREPOSITIONS.has(w.info.folded))) {
    return words.map((w) => w.text).join(' ');
  }
  const h = words[head]!;
  const headIndex = h.info.analyses.findIndex((a) => a.pos === 'NOUN');
  if (headIndex < 0) return words.map((w) => w.text).join(' ');
  const ha = h.info.analyses[headIndex]!;
  const kase = caseOf(ha);
  if (kase === 'nomn') return words.map((w) => w.text).join(' ');
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
