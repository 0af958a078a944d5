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
  const formParts = form.split('-');
  const surfaceParts = surface.split('-');
  const capitalised = (part: string | undefined) => !!part && part.charAt(0) !== part.charAt(0).toLowerCase();
  // Hyphenated parts keep their own case: Ростов-на-Дону, Нью-Йорк.
  return formParts
    .map((part, i) => (capitalised(surfaceParts[formParts.length === surfaceParts.length ? i : 0]) ? part.charAt(0).toUpperCase() + part.slice(1) : part))
    .join('-');
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

/**
 * Gender ('masc'/'femn') and case of a person's name: the reading on which most of its
 * words agree («Петра Кузьмича Рогова»: masculine genitive, though Петра alone could be a
 * feminine nominative). A first name from our list fixes the gender.
 */
function personGrammar(words: NameWord[], firstNameGender: (key: string) => string | undefined) {
  let listed: string | undefined;
  for (const w of words) {
    const g = firstNameGender(w.info.lemma) ?? firstNameGender(w.info.folded);
    if (g === 'm' || g === 'f') listed ??= g === 'm' ? 'masc' : 'femn';
  }
  const votes = new Map<string, number>();
  for (const w of words) {
    const seen = new Set<string>();
    for (const a of w.info.analyses) {
      const gender = a.grams.find((g) => g === 'masc' || g === 'femn');
      const kase = caseOf(a);
      if (!gender || !kase || !a.grams.some((g) => NAME_GRAMS.includes(g))) continue;
      const key = `${gender} ${kase}`;
      if (seen.has(key)) continue;
      seen.add(key);
      votes.set(key, (votes.get(key) ?? 0) + 1 + a.score / 10);
    }
  }
  let best: string | undefined;
  for (const [key, n] of votes) {
    if (listed && !key.startsWith(listed)) continue;
    if (!best || n > votes.get(best)!) best = key;
  }
  const [gender, kase] = best ? best.split(' ') : [listed, undefined];
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
      // A guess for an unknown word is trusted only as a noun (Трампа → Трамп) or an adjective (Зеленской), not as Силуанов → силуановый.
      if (!a.known && a.pos !== 'NOUN' && a.pos !== 'ADJF') return w.text;
      if (caseOf(a) === 'nomn') return w.text;
      // Surnames keep the person's gender in the nominative (Ивановой → Иванова, Зеленской → Зеленская).
      const grams = gender && (a.pos === 'ADJF' || a.grams.includes('Surn') || a.grams.includes('Patr')) ? ['nomn', gender, 'sing'] : ['nomn'];
      // A patronymic shares its paradigm with the first name: ask for the patronymic form.
      if (a.grams.includes('Patr')) grams.push('Patr');
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
  // A head that can be nominative stays as written: «Критики» is plural, not «Критика».
  if (kase === 'nomn' || h.info.analyses.some((a) => a.pos === 'NOUN' && caseOf(a) === 'nomn')) return words.map((w) => w.text).join(' ');
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
