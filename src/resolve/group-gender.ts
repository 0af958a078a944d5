import { azForm, PERSON_GRAMMEMES, type Analysis } from '../morph/index.js';
import type { Candidate, WordInfo } from '../types.js';
import { perWord } from '../util/word-memo.js';
import { isRussianSurnameForm, russianSurnameGender } from '../dict/surname-cases.js';
import { opensSentence, type CaseContext, type CaseTools } from './governed-case.js';

type Gender = 'masc' | 'femn';

/**
 * A person's gender as the whole text shows it, for every normal form made of their mentions:
 * «Аделина Сотникова» alone reads as a woman or as the genitive of a man's «Аделин Сотников»,
 * and only the rest of the text tells (Аделина Сотникова заявила, Сотниковой, фигуристка …).
 * Each mention votes by what agrees with it (a verb one and a half, a guessed foreign surname half a vote):
 *   - its own words, where all their person readings share one gender (Сотниковой, Александр Лебедев);
 *   - a past-tense verb it is the subject of (… Сотникова заявила, — заявила Сотникова);
 *   - a lower-case word right before it that agrees only in one gender (фигуристка, российская).
 * A man's title (министр, президент) is said of women too, so a masculine noun does not vote.
 * Undefined where the votes do not lean one way. `sure`: without the half votes of guessed foreign surnames.
 */
export function groupGender(members: readonly Candidate[], input: CaseContext, tools: CaseTools, sure = false): Gender | undefined {
  let masc = 0;
  let femn = 0;
  const vote = (g: Gender | undefined, weight: number) => {
    if (g === 'masc') masc += weight;
    else if (g === 'femn') femn += weight;
  };
  for (const c of members) {
    // Agreement with a verb is the surest sign, and makes the mention its subject, in the
    // nominative: its words' readings in other cases (Окава as the genitive of «Окав») are not its own.
    const verb = verbGender(c, input, tools);
    const words = verb ? undefined : wordsGender(c, input, tools);
    vote(verb, 1.5);
    // `sure`: a foreign surname's guessed ending (Окаву read as a man's) is no evidence.
    if (!sure || (words?.weight ?? 0) >= 1) vote(words?.gender, words?.weight ?? 0);
    vote(attributeGender(c, input, tools), 1);
  }
  return masc > femn ? 'masc' : femn > masc ? 'femn' : undefined;
}

/**
 * One mention's own gender, where it shows one surely: a past-tense verb it is the subject of
 * (Сомова заявила, — сказала Сомова), else a Russian surname's ending (Сомовой, Сомов), else a
 * lower-case word before it of one gender (журналистка Сомова). A foreign surname shows nothing
 * by itself here (Смит: a man's or an undeclined woman's).
 */
export function mentionGender(c: Candidate, input: CaseContext, tools: CaseTools, isFirstName: (folded: string) => boolean): Gender | undefined {
  const verb = verbGender(c, input, tools);
  if (verb) return verb;
  // A word alone, no first name of the list: a Russian surname's ending (the morphology may read
  // Сомовой as an adjective's form, no person's).
  const [from, to] = c.tokens;
  if (to - from === 1 && input.tokens[from]!.kind === 'word' && !isFirstName(input.words[from]!.folded)) {
    const shown = russianSurnameGender(input.words[from]!.folded);
    if (shown) return shown;
  }
  return attributeGender(c, input, tools);
}

const singularPersonReadings = (analyses: readonly Analysis[]) => analyses.filter((a) => a.grams.some((g) => PERSON_GRAMMEMES.includes(g)) && !a.grams.includes('plur'));

// Once per word form (the morph stage shares its records): each mention of a person filtered them anew.
const personReadings = perWord((info: WordInfo) => singularPersonReadings(info.analyses));

const genderOf = (a: Analysis): Gender | undefined => (a.grams.includes('masc') ? 'masc' : a.grams.includes('femn') ? 'femn' : undefined);

/**
 * The one gender all the mention's name words allow in their singular person readings, if they
 * agree on one. A first word that reads as a first name is read only so (Аделина: a woman's name,
 * not the genitive of a surname «Аделин»).
 */
function wordsGender(c: Candidate, input: CaseContext, tools: CaseTools): { gender: Gender; weight: number } | undefined {
  // Genders as bits (masc 1, femn 2): the intersection of the words' sets without making sets.
  let allowed: number | undefined;
  let weight = 1;
  const [from, to] = c.tokens;
  for (let k = from; k < to; k++) {
    if (input.tokens[k]!.kind !== 'word') continue;
    const info = input.words[k]!;
    const all = info.analyses.length ? personReadings(info) : singularPersonReadings(tools.morphology.analyse(azForm(input.tokens[k]!.text)));
    // Later words are a surname or a patronymic: a foreign surname the morphology knows as a first name (Томас) shows nothing.
    const readings = to - from === 1 ? all : k === from ? (all.some((a) => a.grams.includes('Name')) ? all.filter((a) => a.grams.includes('Name')) : all) : all.filter((a) => !a.grams.includes('Name'));
    // A first name the morphology only guesses shows no gender (Зулема: no genitive of a man's
    // «Зулем»), while a surname's guessed ending does (Сотниковой).
    if (k === from && to - from > 1 && !readings.some((a) => a.known)) continue;
    // Alone, an unknown word in -а/-я the morphology guesses only as a man's genitive may as well be
    // a woman's name in the nominative (Зулема): the guess shows no gender.
    if (to - from === 1 && /[ая]$/.test(info.folded) && !readings.some((a) => a.known || a.grams.includes('nomn'))) continue;
    // A word read as common to both genders (Кольченко) shows none.
    if (readings.length === 0 || readings.some((a) => !genderOf(a))) continue;
    // A guess for an unknown surname is sure by a Russian surname's suffix and ending (Сотниковой);
    // a foreign one's is a guess (Окава read as the genitive of «Окав»), worth half a vote.
    if (!readings.some((a) => a.known) && !isRussianSurnameForm(info.folded)) weight = 0.5;
    let own = 0;
    for (const a of readings) own |= genderOf(a) === 'masc' ? 1 : 2;
    allowed = allowed === undefined ? own : allowed & own;
  }
  return allowed === 1 ? { gender: 'masc', weight } : allowed === 2 ? { gender: 'femn', weight } : undefined;
}

/** A singular past-tense verb's gender, for the lower-case word at k written after a single space. */
function pastVerbGender(input: CaseContext, tools: CaseTools, k: number): Gender | undefined {
  const token = input.tokens[k];
  if (!token || token.kind !== 'word' || input.words[k]!.shape !== 'lower') return undefined;
  const best = tools.morphology.analyse(input.words[k]!.folded)[0];
  if (!best || best.pos !== 'VERB' || !best.grams.includes('past') || !best.grams.includes('sing')) return undefined;
  return genderOf(best);
}

/** A mark of punctuation (or the text's start) at k: no word there for a verb to agree with instead. */
const punctuationAt = (input: CaseContext, k: number) => k < 0 || input.tokens[k]!.kind !== 'word';

/** A capitalised word inside a sentence (Министр здравоохранения Перу Зулема Томас назвала): the end of a title, not a noun the name depends on. */
const properNameAt = (input: CaseContext, k: number) => input.words[k]!.shape !== 'lower' && !opensSentence(input, k);

/**
 * The verb right after the mention, where nothing before the mention could be the verb's subject
 * instead (Визит Дэвида Камерона состоялся): the mention opens the sentence or follows punctuation;
 * or the verb before it, in an inverted report (…, — заявила Сотникова).
 */
function verbGender(c: Candidate, input: CaseContext, tools: CaseTools): Gender | undefined {
  const [from, to] = c.tokens;
  const spaced = (a: number, b: number) => input.text.slice(input.tokens[a]!.end, input.tokens[b]!.start) === ' ';
  if (to < input.tokens.length && spaced(to - 1, to) && (opensSentence(input, from) || punctuationAt(input, from - 1) || properNameAt(input, from - 1))) {
    const after = pastVerbGender(input, tools, to);
    if (after) return after;
  }
  if (from >= 1 && spaced(from - 1, from) && punctuationAt(input, from - 2) && !opensSentence(input, from - 1)) return pastVerbGender(input, tools, from - 1);
  return undefined;
}

/**
 * A lower-case word right before the mention that agrees with it in one gender only: a woman's
 * noun (фигуристка, журналистка) or an adjective (российская; 53-летним).
 */
function attributeGender(c: Candidate, input: CaseContext, tools: CaseTools): Gender | undefined {
  const k = c.tokens[0] - 1;
  const token = input.tokens[k];
  if (!token || token.kind !== 'word' || input.words[k]!.shape !== 'lower' || input.text.slice(token.end, input.tokens[k + 1]!.start) !== ' ') return undefined;
  const analyses = tools.morphology.analyse(input.words[k]!.folded);
  const best = analyses[0];
  if (!best || !best.grams.includes('sing')) return undefined;
  if (best.pos === 'NOUN') {
    // Only a woman's noun: every reading a singular animate feminine noun.
    return best.grams.includes('anim') && analyses.every((a) => a.pos === 'NOUN' && a.grams.includes('femn') && a.grams.includes('sing')) ? 'femn' : undefined;
  }
  if (best.pos !== 'ADJF') return undefined;
  const adjectives = analyses.filter((a) => a.pos === 'ADJF');
  if (adjectives.some((a) => !a.grams.includes('sing') || a.grams.includes('neut'))) return undefined;
  const genders = new Set(adjectives.map(genderOf));
  return genders.size === 1 ? [...genders][0] : undefined;
}
