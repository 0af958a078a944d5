import { wordList, wordMap, wordSet, wordTable } from '../../dict/words.js';
import { fold, PERSON_GRAMMEMES, stemKey, type Analysis, type WordInfo } from '../../morph/index.js';
import { adjacent, isListedName, type NerContext } from '../context.js';
import { isInitial } from './person/initials.js';
import { COORDINATING_AND } from '../words.js';

/**
 * The chunker for bodies named with common words: a head (министерство, группа), the
 * relational adjectives before it, the genitive words after it and its «по/при/против»
 * dependents. The descriptive and dependent rules (org-descriptive.ts) build on it.
 */

/** The analyses of word i, by its folded form; none past the text's end (a text may stop at «и», mid-phrase). */
function lowerAnalyses(ctx: NerContext, i: number): readonly Analysis[] {
  const word = ctx.words[i];
  return word ? ctx.analyseWord(word) : [];
}

/** Lower-case adjectives (up to three, «и» between them allowed) after `from`: the index of the first word that is not one. */
export function adjectivesEnd(ctx: NerContext, from: number): number {
  let k = from;
  while (k < ctx.tokens.length && k - from <= 3 && adjacent(ctx, k - 1, k) && ctx.words[k]!.shape === 'lower' && !ctx.lexicon.orgNouns.has(ctx.words[k]!.key)) {
    if (COORDINATING_AND.has(ctx.words[k]!.folded) && k > from && lowerAnalyses(ctx, k + 1)[0]?.pos === 'ADJF') {
      k++;
      continue;
    }
    if (lowerAnalyses(ctx, k)[0]?.pos !== 'ADJF') break;
    k++;
  }
  return k;
}

/**
 * A body named by a lower-case head: «министерства здравоохранения», «палаты представителей»
 * (a head that names with its genitive), «японского дипломатического ведомства», «московского
 * отделения» (relational adjectives before such a head), «рабочей группы по гражданскому
 * обществу», «движения против нелегальной иммиграции» (a head that names only with a
 * «по/при/против» dependent). Returns the phrase's end, or `from` when it names nothing.
 */
export function lowerOrgPhrase(ctx: NerContext, from: number, initial = false): number {
  // The first word may be capitalised when it opens the sentence.
  const lower = (k: number) => ctx.words[k]!.shape === 'lower' || (initial && k === from);
  let head = from;
  while (head < ctx.tokens.length && head - from < 3 && lower(head) && isRelationalAdjective(lowerAnalyses(ctx, head)) && adjacent(ctx, head, head + 1)) head++;
  const h = ctx.words[head];
  if (!h || !lower(head) || ctx.tokens[head]!.kind !== 'word') return from;
  if (!NAME_HEADS.has(h.key) && !DEPENDENT_HEADS.has(h.key)) return isLevelBody(ctx, from, head) ? head + 1 : from;
  const naming = NAME_HEADS.has(h.key);
  if (isOtherSense(ctx, from, head)) return from;
  // «шахматных федераций», «разведывательных служб»: a plural head is a kind of body, not one body.
  const number = lowerAnalyses(ctx, head)[0]?.grams;
  if (!number || (!number.includes('sing') && !number.includes('Fixd'))) return from;
  const genitive = genitiveTail(ctx, head + 1, true);
  if (isOtherComplement(ctx, head)) return from;
  const dependent = dependentsEnd(ctx, genitive);
  if (dependent > genitive) return dependent;
  if (!naming) return from;
  if (genitive > head + 1) return genitiveTail(ctx, head + 1);
  return head > from ? head + 1 : from;
}

/** Heads (lemmas) and the adjectives (lemmas) that give them a sense other than a body's (военная служба, больничная палата). */
const OTHER_SENSES = new Map(wordTable('org-head-senses').map((row) => [row.head!, new Set(row.adjectives!.split(' '))]));

/** One of the adjectives [from, head) gives the head its other sense: «государственной службе» is a career, not a body. */
function isOtherSense(ctx: NerContext, from: number, head: number): boolean {
  const senses = OTHER_SENSES.get(lowerAnalyses(ctx, head)[0]?.lemma ?? '');
  return !!senses && adjectiveAmong(ctx, from, head, senses);
}

/** Heads (lemmas) and the nouns (lemmas) after them that give them a sense other than a body's (совет директоров, отделение терапии). */
const OTHER_COMPLEMENTS = new Map(wordTable('org-head-complements').map((row) => [row.head!, new Set(row.nouns!.split(' '))]));
/** How far after the head its first lower-case noun is looked for (по Ленинградскому проспекту). */
const COMPLEMENT_REACH = 3;

/**
 * «совета директоров», «отделение интенсивной терапии», «службу по призыву», «движение по
 * Ленинградскому проспекту»: the first lower-case noun after the head (past a preposition and
 * adjectives) gives it another sense: a board, a ward, a duty, traffic.
 */
function isOtherComplement(ctx: NerContext, head: number): boolean {
  const nouns = OTHER_COMPLEMENTS.get(lowerAnalyses(ctx, head)[0]?.lemma ?? '');
  if (!nouns) return false;
  for (let k = head + 1; k <= head + COMPLEMENT_REACH; k++) {
    const w = ctx.words[k];
    if (!w || ctx.tokens[k]!.kind !== 'word' || !adjacent(ctx, k - 1, k)) return false;
    if (w.shape !== 'lower') continue;
    const a = lowerAnalyses(ctx, k)[0];
    if (a?.pos === 'NOUN') return nouns.has(a.lemma);
  }
  return false;
}

/** Heads (lemmas) that name a body only after an adjective of its level (районный суд), and those adjectives (lemmas). */
const LEVEL_BODIES = new Map(wordTable('org-level-heads').map((row) => [row.head!, new Set(row.adjectives!.split(' '))]));
/** The level heads by their stem keys, for the scan that looks for a head within reach. */
export const LEVEL_HEADS: ReadonlySet<string> = new Set([...LEVEL_BODIES.keys()].map(stemKey));

/** «районный суд», «областной прокуратуры»: one of the adjectives [from, head) is the singular head's level. */
function isLevelBody(ctx: NerContext, from: number, head: number): boolean {
  const analysis = lowerAnalyses(ctx, head).find((a) => a.pos === 'NOUN' && LEVEL_BODIES.has(a.lemma));
  if (!analysis || !analysis.grams.includes('sing')) return false;
  return adjectiveAmong(ctx, from, head, LEVEL_BODIES.get(analysis.lemma)!);
}

/** The lemma of one of the words [from, head) is among `lemmas`. */
function adjectiveAmong(ctx: NerContext, from: number, head: number, lemmas: ReadonlySet<string>): boolean {
  for (let k = from; k < head; k++) if (lemmas.has(lowerAnalyses(ctx, k)[0]?.lemma ?? '')) return true;
  return false;
}

/** A relational adjective (японский, дипломатический), not a qualitative or pronominal one (новый, этот, первый). */
export function isRelationalAdjective(analyses: readonly Analysis[]): boolean {
  const a = analyses[0];
  if (!a || a.pos !== 'ADJF' || a.grams.some((g) => g === 'Apro' || g === 'Anum')) return false;
  return (a.known || a.lemma.includes('-')) && !EVALUATIVE.has(a.lemma);
}

/** Adjectives that describe a body without naming it (новый отдел, крупный банк). */
const EVALUATIVE = wordSet('org-evaluative-adjectives');

/** Heads that name a body together with their genitive (министерство финансов), unlike descriptors (компания, газета). */
export const NAME_HEADS = wordSet('org-name-heads');
/** Heads that name a body only with a «по/при/против» dependent (группа по …, движение против …). */
export const DEPENDENT_HEADS = wordSet('org-dependent-heads');

/** The organisation's name tail: genitive words, then «по …», «при …», «против …» dependents. */
export function orgTail(ctx: NerContext, from: number): number {
  const genitive = genitiveTail(ctx, from, true);
  const dependent = dependentsEnd(ctx, genitive);
  if (dependent > genitive) return dependent;
  const end = genitiveTail(ctx, from);
  // «Совета муфтиев России», «Движение общежитий Москвы»: a named body ends with its place.
  if (end > from) return placeAfter(ctx, personAfterTitle(ctx, end));
  return capitalisedCommonGenitive(ctx, from) ? placeAfter(ctx, from + 1) : end;
}

/**
 * «Совета Безопасности», «Фондом Кино»: after a capitalised head, a capitalised common noun in the
 * genitive (or indeclinable) that is no person's name and no place is the rest of the name.
 */
function capitalisedCommonGenitive(ctx: NerContext, k: number): boolean {
  const head = ctx.words[k - 1];
  const word = ctx.words[k];
  if (!head || !word || head.shape !== 'title' || word.shape !== 'title' || ctx.tokens[k]!.kind !== 'word' || ctx.gazetteerAt[k] || !adjacent(ctx, k - 1, k)) return false;
  // The head is a body's noun by its lemma, not only by its stem (Мисс: миссия's stem).
  if (isPersonalName(ctx, word) || !ctx.lexicon.orgNounWords.has(lowerAnalyses(ctx, k - 1)[0]?.lemma ?? '')) return false;
  const best = lowerAnalyses(ctx, k)[0];
  return !!best && best.known && best.pos === 'NOUN' && (best.grams.includes('gent') || best.grams.includes('Fixd')) && !best.grams.some((g) => PERSON_GRAMMEMES.includes(g) || g === 'Geox');
}

/**
 * «Министерства культуры и туризма», «Министерство сельского хозяйства и пищевой промышленности»:
 * after a body's lower-case genitive at `from - 1`, «и» and more lower-case genitives continue the
 * same name; a second body's noun after «и» (министерства обороны и генштаба) opens another one.
 * The index after the last genitive noun, else `from`.
 */
export function coordinatedGenitiveEnd(ctx: NerContext, from: number): number {
  const last = ctx.words[from - 1];
  const and = ctx.words[from];
  if (!last || !and || last.shape !== 'lower' || !COORDINATING_AND.has(and.folded) || !adjacent(ctx, from - 1, from)) return from;
  if (!lowerAnalyses(ctx, from - 1).some((a) => a.pos === 'NOUN' && a.grams.includes('gent'))) return from;
  const end = genitiveTail(ctx, from, false, true);
  for (let k = from + 1; k < end; k++) if (ctx.lexicon.orgNouns.has(ctx.words[k]!.key)) return from;
  return end > from + 1 ? end : from;
}

/** Titles of royalty and saints (dict/words/namesake-titles.txt), by lemma. */
const NAMESAKE_TITLES = wordSet('namesake-titles');
/** The most capitalised words of a person's name after a title ending the tail (Госпиталя принцессы Марины). */
const MAX_TITLED_NAME = 2;

/**
 * «Госпиталь принцессы Марины», «Фонд святого Андрея»: a royal's or a saint's title in the genitive
 * ending a body's tail names the body after that person, the name included. Else `end`.
 */
function personAfterTitle(ctx: NerContext, end: number): number {
  const title = ctx.words[end - 1]!;
  if (title.shape !== 'lower' || !NAMESAKE_TITLES.has(lowerAnalyses(ctx, end - 1)[0]?.lemma ?? '')) return end;
  let k = end;
  while (k - end < MAX_TITLED_NAME && ctx.tokens[k]?.kind === 'word' && ctx.words[k]!.shape === 'title' && !ctx.gazetteerAt[k] && adjacent(ctx, k - 1, k)) k++;
  if (k === end || !ctx.words[end]!.analyses.some((a) => a.grams.includes('gent') || a.grams.includes('Fixd'))) return end;
  return k;
}

/** The end of a one-word place name in the genitive right at `i` (России, Москвы), else `i`. */
function placeAfter(ctx: NerContext, i: number): number {
  const w = ctx.words[i];
  if (!w || ctx.gazetteerAt[i] !== 1 || w.shape !== 'title' || !adjacent(ctx, i - 1, i)) return i;
  return w.analyses.some((a) => a.grams.includes('Geox') && a.grams.includes('gent')) ? i + 1 : i;
}

/**
 * Lower-case genitive words after a head (этнологии и антропологии), at most four.
 * `names` also takes capitalised genitives and abbreviations (Бюро США по …, ГУ МЧС России по …),
 * for a tail that a dependent must then follow.
 */
function genitiveTail(ctx: NerContext, from: number, names = false, continued = false, inList = false): number {
  let end = from;
  let k = from;
  while (k < ctx.tokens.length && k - from < 5 && adjacent(ctx, k - 1, k) && ctx.tokens[k]!.kind === 'word') {
    const word = ctx.words[k]!;
    if (word.shape !== 'lower') {
      // «Комиссии по ценным бумагам США М. Шапиро»: an initial opens the person after the body.
      if (!names || isInitial(ctx, k) || !(word.shape === 'upper' || isGenitiveName(ctx, word))) break;
      end = ++k;
      continue;
    }
    if (COORDINATING_AND.has(word.folded) && (k > from || continued)) {
      k++;
      continue;
    }
    if (word.folded.length <= 2) break; // a preposition or a particle, whatever the morphology guesses
    // «Движения американских индейцев 70-х годов»: a decade or an ordinal in figures dates the body, it does not name it.
    if (/^\d/.test(word.folded)) break;
    // «болезней» reads first as a comparative (болезный): a genitive noun or adjective reading of
    // a word read first as a name word will do, not of a preposition (при).
    const analyses = lowerAnalyses(ctx, k);
    const a = NAME_WORD_POS.has(analyses[0]?.pos ?? '') ? analyses.find((r) => (r.pos === 'NOUN' || r.pos === 'ADJF') && r.grams.includes('gent')) : undefined;
    // «лесбиянок, геев, бисексуалов»: a list member the morphology does not know stands in the
    // genitive when it ends as a plural genitive does.
    const parallel = !a && inList && analyses.every((r) => !r.known) && GENITIVE_PLURAL.some((e) => word.folded.endsWith(e));
    if (!a && !parallel) break;
    k++;
    if (parallel || a!.pos === 'NOUN') end = k;
  }
  return end === k && ctx.tokens[k]?.text === ',' ? listTailEnd(ctx, k) : end;
}

const GENITIVE_PLURAL = wordList('genitive-plural-endings');

/** The most comma-parted members of a genitive list inside a name. */
const MAX_LIST = 6;

/**
 * «Союза фермеров, рыбаков и охотников», «музея артиллерии, инженерных войск и войск связи»: after a
 * genitive at `comma - 1`, lower-case genitives parted by commas and closed by «и» go on with the
 * name. A list never closed by «и», or one naming other bodies (министерства обороны, полиции и
 * прокуратуры), is not the name's: `comma` then.
 */
function listTailEnd(ctx: NerContext, comma: number): number {
  let k = comma;
  for (let n = 0; n < MAX_LIST && ctx.tokens[k]?.text === ',' && adjacent(ctx, k, k + 1); n++) {
    const end = genitiveTail(ctx, k + 1, false, false, true);
    if (end <= k + 1) return comma;
    let closed = false;
    for (let j = k + 1; j < end; j++) {
      const w = ctx.words[j]!;
      if (COORDINATING_AND.has(w.folded)) closed = true;
      else if (ctx.lexicon.orgNouns.has(w.key)) return comma;
    }
    if (closed) return end;
    k = end;
  }
  return comma;
}


/** Parts of speech a word of a body's name is read as first (a comparative: болезней, of болезнь too). */
const NAME_WORD_POS = new Set(['NOUN', 'ADJF', 'COMP']);

/** A capitalised word that reads as a person's name: a listed first name, or a likely name, surname or patronymic. */
function isPersonalName(ctx: NerContext, word: WordInfo): boolean {
  return isListedName(ctx, word) || word.analyses.some((a) => a.score >= 0.1 && a.grams.some((g) => PERSON_GRAMMEMES.includes(g)));
}

/** A capitalised genitive that is part of a body's name (России, Москвы, Церкви), not a person's name after it. */
function isGenitiveName(ctx: NerContext, word: WordInfo): boolean {
  const best = word.analyses[0];
  return !!best && best.grams.includes('gent') && !isPersonalName(ctx, word);
}

/** What a dependent's head must be, by its preposition's row of org-dependent-prepositions.tsv. */
type HeadTest = 'not-adverbial' | 'person-or-body' | 'common-noun';

interface DependentPreposition {
  case: string;
  head: HeadTest;
  /**
   * A dictionary body takes it too: `yes` (Следственный комитет при прокуратуре), `place` only
   * with a capitalised place after it (МЧС по Санкт-Петербургу; «директор НАСА по космическим
   * полётам»: a field in lower case is the role's before the body), `no`.
   */
  dictionaryBody: 'yes' | 'place' | 'no';
}

/** Prepositions that attach a dependent to a body's name: the case they govern, what their head must be. */
const DEPENDENT_PREPOSITIONS = new Map<string, DependentPreposition>(wordTable('org-dependent-prepositions').map((row) => [
  row.preposition!, { case: row.case!, head: row.head as HeadTest, dictionaryBody: row['dictionary-body'] as DependentPreposition['dictionaryBody'] },
]));
/** A field's noun and the prepositions it governs with the instrumental (борьба с, контроль за). */
const GOVERNING = new Map([...wordMap('org-dependent-governing')].map(([noun, preps]) => [noun, preps.split(' ')]));
/** Nouns a governed preposition opens a fixed adverbial with (с помощью, с целью): no object of the field's noun. */
const FIXED_COMPLEMENTS = wordSet('field-complement-phrases');
/** «по» + these is an adverbial (по данным, по словам), not the body's field. */
const ADVERBIAL_PO = wordSet('po-adverbials');
const MAX_DEPENDENT = 7;

/**
 * «по иностранным делам», «при Президенте РФ по развитию информационного общества», «против
 * пыток»: up to two dependents, each a noun phrase in the governed case with its genitives.
 * «при» takes only a person or a body (при прокуратуре), not «при поддержке».
 */
export function dependentsEnd(ctx: NerContext, from: number, dictionaryBody = false): number {
  let end = from;
  for (let round = 0; round < 2; round++) {
    const prep = ctx.words[end];
    const allowed = prep && prep.shape === 'lower' && adjacent(ctx, end - 1, end);
    const rule = allowed ? DEPENDENT_PREPOSITIONS.get(prep.folded) : undefined;
    if (!prep || !rule || (dictionaryBody && (rule.dictionaryBody === 'no' || (rule.dictionaryBody === 'place' && ctx.words[end + 1]?.shape === 'lower')))) break;
    const phrase = nounPhrase(ctx, end + 1, rule.case);
    if (phrase.end <= end + 1) break;
    if (!headFits(ctx, rule.head, end + 1, phrase.head)) break;
    end = governedEnd(ctx, phrase.head, genitiveTail(ctx, phrase.end, true, true));
    if (end - from > MAX_DEPENDENT * 2) break;
  }
  return end;
}

/**
 * «по борьбе с коррупцией», «по контролю за оборотом алкоголя», «по связям с общественностью»: a
 * field's noun that governs «с/за/над» keeps its object in the name, else the name stops at the noun.
 */
function governedEnd(ctx: NerContext, head: number, end: number): number {
  const prep = ctx.words[end];
  if (!prep || prep.shape !== 'lower' || !adjacent(ctx, end - 1, end)) return end;
  if (!lowerAnalyses(ctx, head).some((a) => GOVERNING.get(fold(a.lemma))?.includes(prep.folded))) return end;
  if (FIXED_COMPLEMENTS.has(ctx.words[end + 1]?.folded ?? '')) return end;
  const phrase = nounPhrase(ctx, end + 1, 'ablt');
  return phrase.end > end + 1 ? genitiveTail(ctx, phrase.end, true, true) : end;
}

/** The dependent's head (at `head`; its first word at `first`) is what the preposition takes. */
function headFits(ctx: NerContext, test: HeadTest, first: number, head: number): boolean {
  const headKey = ctx.words[head]!.key;
  switch (test) {
    case 'not-adverbial':
      return !ADVERBIAL_PO.has(ctx.words[first]!.folded);
    case 'person-or-body':
      return ctx.lexicon.titles.has(headKey) || ctx.lexicon.orgNouns.has(headKey);
    case 'common-noun':
      return ctx.words[head]!.shape === 'lower';
  }
}

/** Adjectives and nouns in `gram` case, «и» between them; ends after the last noun. */
function nounPhrase(ctx: NerContext, from: number, gram: string): { end: number; head: number } {
  let end = from;
  let head = from;
  for (let k = from; k < ctx.tokens.length && k - from < MAX_DEPENDENT && adjacent(ctx, k - 1, k) && ctx.tokens[k]!.kind === 'word'; k++) {
    const word = ctx.words[k]!;
    if (COORDINATING_AND.has(word.folded) && k > from) continue;
    if (word.shape === 'lower' && word.folded.length <= 2) break;
    const analyses = word.shape === 'lower' ? lowerAnalyses(ctx, k) : word.analyses;
    // «движения против иммиграции Александр Белов»: a person's name ends the phrase (Александр
    // reads as a genitive plural too); a word read first as an adjective is none (по Московской
    // области: Московская is a surname too).
    if (word.shape !== 'lower' && word.analyses[0]?.pos !== 'ADJF' && isPersonalName(ctx, word)) break;
    const fit = nounPhraseReading(ctx, k, analyses, gram);
    // «по Республике Татарстан», «по городу Севастополь»: a place noun's name stays in the nominative.
    if (!fit && word.shape === 'title' && end === k && k > from && isPlaceNounWord(ctx, k - 1)) {
      end = k + 1;
      continue;
    }
    if (!fit) break;
    if (fit.pos === 'NOUN') {
      if (end === from) head = k;
      end = k + 1;
    }
  }
  return { end, head };
}

/**
 * The reading of word `k` in `gram` case that the phrase takes: the first noun, adjective or
 * participle, but an adjective before a noun in that case (при главном архитекторе: «главном» is
 * главный here, not the noun главное).
 */
function nounPhraseReading(ctx: NerContext, k: number, analyses: readonly Analysis[], gram: string): Analysis | undefined {
  const fit = analyses.find((a) => (a.pos === 'NOUN' || a.pos === 'ADJF' || a.pos === 'PRTF') && a.grams.includes(gram));
  if (fit?.pos !== 'NOUN') return fit;
  const adjective = analyses.find((a) => a.pos === 'ADJF' && a.grams.includes(gram));
  const next = ctx.words[k + 1];
  if (!adjective || !next || next.shape !== 'lower' || ctx.tokens[k + 1]!.kind !== 'word' || !adjacent(ctx, k, k + 1)) return fit;
  return lowerAnalyses(ctx, k + 1).some((a) => a.pos === 'NOUN' && a.grams.includes(gram)) ? adjective : fit;
}

function isPlaceNounWord(ctx: NerContext, i: number): boolean {
  return ctx.lexicon.placeNounForms.has(ctx.words[i]!.folded);
}
