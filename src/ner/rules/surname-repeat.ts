import { declinedForms } from '../../dict/declined-forms.js';
import { fold, type WordInfo } from '../../morph/index.js';
import type { Candidate } from '../../types.js';
import { candidate, lengthOf, PRIORITY, spanKey } from '../candidate.js';
import { adjacent, isCommonWord, wordsKey, type NerContext } from '../context.js';
import { perWord } from '../../util/word-memo.js';
import { wordList } from '../../dict/words.js';
import { generationBase } from '../../dict/generation.js';
import { isFamilySurname } from './person/name-words.js';
import { surnameNominative } from '../../dict/surname-cases.js';

/**
 * Once a document names a person in full (Александр Брод), the surname alone is that
 * person anywhere in it (Брод, Брода), even where the word is also a common noun or a town;
 * and the full name is that person wherever it stands again (42-летняя Аленка Братушек …
 * Аленка Братушек), though no rule would find it there.
 */
export function repeatedSurnames(ctx: NerContext, persons: readonly Candidate[]): Candidate[] {
  const surnames = new Set<string>();
  // The surnames as the full names wrote them: «Иван Черных … Черных сказал» is no plural.
  const written = new Set<string>();
  // «Дарио Фо … с уходом Фо», «Эдгара По … музей По»: a two-letter surname repeats only as written,
  // and only right after a lower-case word (where a sentence or a quote opens, По and Но are words).
  const shortSurnames = new Set<string>();
  const vouched = new Set<string>();
  const names = new Map<string, number>();
  // «Серена Уильямс … Серена до встречи считалась фаворитом»: the given names of full names, as written
  // and in their case forms (see givenNameRepeats).
  const givens = new Set<string>();
  for (const p of persons) {
    if (lengthOf(p) < 2) {
      // «рэперу Басте … Баста выступал»: a one-word name its context vouches for (a title, an age, a
      // speech verb, a singular verb after it) or its surname's shape (Квачкова) is that person
      // elsewhere too, when the dictionary knows no other word of that form.
      const word = ctx.words[p.tokens[0]]!;
      // Its repeats weigh no more than a title's name: a body's or a place's reading of the word wins.
      if (VOUCHED.has(p.rule) && word.shape === 'title' && !word.analyses[0]?.known && word.folded.length > 3 && !afterPluralNoun(ctx, p.tokens[0])) vouched.add(word.lemma);
      continue;
    }
    // Dictionary people are found wherever they stand; a rule's name only where its rule fired.
    if (!p.entry && lengthOf(p) <= MAX_NAME && isWordsOnly(ctx, p)) names.set(wordsKey(ctx, p.tokens[0], p.tokens[1], 'key'), lengthOf(p));
    const last = ctx.words[p.tokens[1] - 1]!;
    const given = ctx.words[p.tokens[0]]!;
    // (Only from names a first name opens: a pair of capitalised words may open with a place, После Уэйко Рено.)
    if ((p.rule === 'first-surname' || p.rule === 'dict') && ctx.tokens[p.tokens[0]]!.kind === 'word' && given.shape === 'title' && given.folded.length > 3 && !isCommonWord(given) && ctx.tokens[p.tokens[0] + 1]?.text !== '.') {
      givens.add(given.folded);
      if (!given.analyses[0]?.known) for (const form of declinedForms(given.folded)) givens.add(form);
    }
    written.add(last.folded);
    // «Сайрус Вэнс-младший … сообщил Вэнс»: the surname is the word before the generation's adjective.
    const base = generationBase(last.folded);
    if (base) {
      written.add(base);
      surnames.add(base);
      for (const form of declinedForms(base)) surnames.add(form);
    }
    if (last.folded.length > 2) surnames.add(last.lemma);
    else if (last.folded.length === 2 && last.shape === 'title') shortSurnames.add(last.folded);
    // «Бориса Карпичкова» → Карпичков: the morphology may read that nominative as another word's
    // form (Карпичков, Значков: genitive plurals of «карпичок», «значок»).
    const nominative = last.shape === 'title' ? surnameNominative(last.folded, 'masc') : null;
    if (nominative) surnames.add(nominative);
    // Only for a surname the morphology does not know: a known one's forms go by its lemma (Пескова is Песков's or a woman's).
    if (last.folded.length > 3 && nameShaped(last, ctx.tokens[p.tokens[1] - 1]!.text) && !last.analyses[0]?.known) for (const form of declinedForms(last.folded)) surnames.add(form);
  }
  const out: Candidate[] = [];
  // By the best lemma, or by a surname reading that is not the best (Баканова: «бакановый» first).
  // Or by a case form of the surname as written, for a foreign one the morphology does not know (Сноудену).
  const isRepeat = (w: WordInfo) => surnames.size > 0 && (surnames.has(w.lemma) || surnames.has(w.folded) || surnameLemmas(w).some((l) => surnames.has(l)));
  const lengths = new Set(names.values());
  // A name can only start at a word with its first word's key: most words build no key at all.
  const firstKeys = new Set([...names.keys()].map((key) => key.slice(0, key.indexOf(' '))));
  // Where a rule already found the name, its own candidate stands (with its rule and entry).
  const found = new Set(persons.map((p) => spanKey(ctx.tokens.length, p.tokens[0], p.tokens[1])));
  ctx.words.forEach((w, i) => {
    if (!nameShaped(w, ctx.tokens[i]!.text)) return;
    // «братьев Ямадаевых», «клан Шаймиевых»: a plural of the surname is the family, not the person.
    if ((isRepeat(w) && (written.has(w.folded) || (!isFamilySurname(w) && !pluralOfSurname(w, surnames)))) || (shortSurnames.has(w.folded) && afterWord(ctx, i))) out.push(candidate(i, i + 1, 'PER', 'surname-repeat', PRIORITY.repeat));
    else if (vouched.has(w.lemma)) out.push(candidate(i, i + 1, 'PER', 'surname-repeat', PRIORITY.titlePerson));
    else if (givens.has(w.folded) && w.shape === 'title' && !nextCapital(ctx, i) && !prevCapital(ctx, i) && ctx.tokens[i - 1]?.kind !== 'quote') out.push(candidate(i, i + 1, 'PER', 'given-name-repeat', PRIORITY.surname));
    if (!firstKeys.has(w.key)) return;
    for (const n of lengths) {
      if (i + n <= ctx.tokens.length && !found.has(spanKey(ctx.tokens.length, i, i + n)) && names.get(wordsKey(ctx, i, i + n, 'key')) === n && isWordsOnly(ctx, candidate(i, i + n, 'PER', '', 0))) {
        out.push(candidate(i, i + n, 'PER', 'name-repeat', PRIORITY.repeat));
      }
    }
  });
  return out;
}

const MAX_NAME = 4;

/** «аль-Моджеба»: an Arabic article glued to a capitalised surname, in lower case as the text writes it. */
const ARTICLED = new RegExp(`^(?:${wordList('arabic-articles').join('|')})-\\p{Lu}`, 'u');

/** A word written as a name: capitalised, or a surname after an Arabic article (Сауд аль-Моджеб … аль-Моджеба). */
function nameShaped(w: WordInfo, text: string): boolean {
  return w.shape === 'title' || (w.shape === 'mixed' && ARTICLED.test(text));
}

/** The folded lemmas of a word form's surname readings, kept on its record: asked of every capitalised word. */
const surnameLemmas = perWord((w: WordInfo) => w.analyses.filter((a) => a.grams.includes('Surn')).map((a) => fold(a.lemma)));

/**
 * «семейным холдингом Хантсменов», «отравление Скрипалей»: a form the surname's set does not hold
 * as written, whose every reading with that surname's lemma is plural, names the family, not the
 * person (the morphology guesses such readings for a foreign surname it does not know).
 */
function pluralOfSurname(w: WordInfo, surnames: ReadonlySet<string>): boolean {
  if (surnames.has(w.folded)) return false;
  const readings = w.analyses.filter((a) => surnames.has(fold(a.lemma)));
  return readings.length > 0 && readings.every((a) => a.grams.includes('plur'));
}

/** The rules whose one-word person has context around it, or a surname's ending. */
const VOUCHED = new Set(['title-name', 'age-name', 'speech-subject', 'verb-subject', 'surname-shape']);

/** Capitalised words only, next to each other (no initials with dots, no quotes). */
function isWordsOnly(ctx: NerContext, c: Candidate): boolean {
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || (k > c.tokens[0] && !adjacent(ctx, k - 1, k))) return false;
  }
  return true;
}

/** Token `i` comes right after a lower-case word of its sentence (уходом Фо, музея По). */
function afterWord(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  return !!prev && ctx.tokens[i - 1]!.kind === 'word' && prev.shape === 'lower' && adjacent(ctx, i - 1, i);
}

/** «жителей Салтовки», «представители ЛГБТ-сообщества»: after a plural role the word is a place or a body, not one person. */
function afterPluralNoun(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  if (!prev || ctx.tokens[i - 1]!.kind !== 'word' || prev.shape !== 'lower') return false;
  const best = ctx.analyseWord(prev)[0];
  return !!best && best.pos === 'NOUN' && best.grams.includes('plur');
}

/** A capitalised word written right after `i` (the word opens a longer name there). */
function nextCapital(ctx: NerContext, i: number): boolean {
  const next = ctx.words[i + 1];
  return !!next && ctx.tokens[i + 1]!.kind === 'word' && next.shape === 'title' && adjacent(ctx, i, i + 1);
}

/** A capitalised word written right before `i` (the word ends a longer name there). */
function prevCapital(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  return !!prev && ctx.tokens[i - 1]!.kind === 'word' && prev.shape === 'title' && adjacent(ctx, i - 1, i);
}
