import type { Analysis, Cue, CueKind } from '../types.js';
import { NOMINATIVE_PRONOUNS } from '../clauses/words.js';
import { wordSet } from '../dict/words.js';
import { fold, type WordInfo } from '../morph/index.js';
import { cached } from '../util/cached.js';
import { perWordFor, perWordFlagFor } from '../util/word-memo.js';
import type { Token } from '../types.js';

/** The speech cues of dict/cues.tsv, indexed by first word for matching over tokens. */
export interface CueIndex {
  byFirst: Map<string, { words: string[]; cue: Cue }[]>;
  /**
   * The same cues by the folded lemma of their inflected first word, with the words after it:
   * a form the table does not list (скажет, заявлю, считаем, заявить) is the cue of its lemma.
   */
  byLemma: Map<string, { words: string[]; cue: Cue }[]>;
  /** First letters of the cue verbs and their forms: most words are never looked up. */
  stems: Set<string>;
}

/** What cue matching reads of a document: its tokens, their word forms and the cue index. */
export interface CueReader {
  cues: CueIndex;
  tokens: readonly Token[];
  words: readonly WordInfo[];
  /** Token → mention index or -1: lets a cite cue read past a name inside it. */
  mentionAt: Int32Array;
  /** Morphological analyses of a folded word: a cue verb in a form the table does not list. */
  analyse?: (folded: string) => readonly Analysis[];
  /** The cues found so far at each token (cueMemo(tokens) for a new document). */
  cueMemo: CueMemo;
}

/** After a name (a mention, in quotes or not) starting at t: the next token; else t. */
function skipName({ tokens, mentionAt }: CueReader, t: number): number {
  let k = t;
  while (k < tokens.length && tokens[k]!.kind === 'quote') k++;
  const m = mentionAt[k] ?? -1;
  if (m === -1) return t;
  while (k < tokens.length && mentionAt[k] === m) k++;
  while (k < tokens.length && tokens[k]!.kind === 'quote' && k - t < 8) k++;
  return k;
}

/** Adverbs an as-frame may hold between «как» and its verb. */
const FRAME_ADVERBS = 2;
const ADVERB_POS = new Set(['ADVB', 'COMP', 'PRCL']);
export const NEGATION = 'не';
export const NEGATIONS: ReadonlySet<string> = new Set([NEGATION]);
/** Asking verbs (спросить, поинтересоваться): what they introduce is a question, no statement. */
export const QUESTION_CUES = wordSet('question-cues');

/** After the adverbs (ранее, позднее, уже) starting at t, up to FRAME_ADVERBS of them: the next token; else t. */
function skipAdverbs({ tokens, words, analyse }: CueReader, t: number): number {
  let k = t;
  while (analyse && k < t + FRAME_ADVERBS && tokens[k]?.kind === 'word' && words[k]!.folded !== NEGATION &&
    analyse(words[k]!.folded).some((a) => ADVERB_POS.has(a.pos))) k++;
  return k;
}

/** Frame nouns for what a person said, not for figures («по предварительным данным» reports an estimate). */
const SPOKEN_SOURCES = wordSet('spoken-source-nouns');

/** Particles that may follow a source frame's noun before the source (по информации же X). */
const FRAME_PARTICLES = wordSet('frame-particles');

/** «по первоначальным словам», «по последним данным»: one adjective in the dative before a source frame's noun. */
function skipDativeAdjective({ tokens, words, analyse }: CueReader, t: number): number {
  if (!analyse || tokens[t]?.kind !== 'word') return t;
  const adjective = analyse(words[t]!.folded).some((a) => (a.pos === 'ADJF' || a.pos === 'PRTF') && a.grams.includes('datv'));
  return adjective ? t + 1 : t;
}

export interface CueMatch {
  from: number;
  to: number;
  cue: Cue;
  /** «Как он заявил», «как Иван Петров сообщил»: the subject an as-frame holds before its verb. */
  subject?: [number, number];
}

/**
 * «Как он заявил», «как Иван Петров ранее сообщил»: after «как», the frame's own subject (a
 * pronoun or a name) and adverbs of time may stand before the verb. The token after them, or t.
 */
function skipFrameSubject(reader: CueReader, t: number): number {
  const { tokens, words } = reader;
  t = skipFrameRecipient(reader, t);
  if (tokens[t]?.kind !== 'word') return t;
  const after = NOMINATIVE_PRONOUNS.has(words[t]!.folded) ? t + 1 : skipName(reader, t);
  // «как он нам сообщил»: whom the subject told may follow it too.
  return after > t ? skipFrameRecipient(reader, skipAdverbs(reader, after)) : t;
}

const RECIPIENT_PRONOUNS = wordSet('frame-recipient-pronouns');

/**
 * «как ему сообщил Петров», «как журналистам рассказали в ведомстве»: whom the source told, a
 * dative pronoun or a lower-case noun read first as a dative, may stand before the frame's verb.
 * The token after it, or t.
 */
function skipFrameRecipient({ tokens, words, analyse }: CueReader, t: number): number {
  const w = words[t];
  if (!w || tokens[t]!.kind !== 'word') return t;
  if (RECIPIENT_PRONOUNS.has(w.folded)) return t + 1;
  if (!analyse || w.shape !== 'lower') return t;
  const best = analyse(w.folded)[0];
  return best && best.pos === 'NOUN' && best.grams.includes('datv') ? t + 1 : t;
}

/** Letters of a word's beginning that a cue verb keeps in all its forms (сказ-ал, ска-жет). */
const STEM = 3;

export function buildCueIndex(cues: readonly Cue[]): CueIndex {
  const byFirst: CueIndex['byFirst'] = new Map();
  const byLemma: CueIndex['byLemma'] = new Map();
  const stems = new Set<string>();
  const seen = new Set<string>();
  for (const cue of cues) {
    const words = cue.form.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, cue });
    byFirst.set(words[0]!, list);
    // Only cues whose first word is the inflected one (заявил; not «по словам», «как сообщил»).
    const lemmaWords = cue.lemma.split(' ');
    if (lemmaWords.length !== words.length || lemmaWords[0] === words[0]) continue;
    const lemma = fold(lemmaWords[0]!);
    const rest = words.slice(1);
    const key = `${lemma} ${rest.join(' ')} ${cue.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const byIt = byLemma.get(lemma) ?? [];
    byIt.push({ words: rest, cue });
    byLemma.set(lemma, byIt);
    stems.add(lemma.slice(0, STEM)).add(words[0]!.slice(0, STEM));
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (const list of byLemma.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, byLemma, stems };
}

/** The cue form's last word is one of `words` (говорится в: the source follows a preposition). */
export function endsWithWordOf(cue: Cue, words: ReadonlySet<string>): boolean {
  const space = cue.form.lastIndexOf(' ');
  return space >= 0 && words.has(cue.form.slice(space + 1));
}

/**
 * Every cue starting at a token, whatever its kind, in the order cueAt tries them; STOP ends the
 * list where cueAt gives up (an infinitive after an auxiliary reads no further). Each pattern
 * asks at every token for its own kinds: the cues are found once per token and document, and
 * each question picks the first of its kinds.
 */
const STOP = null;
type Found = CueMatch | typeof STOP;

/** The cues found at each token of one document, filled as the patterns ask (cueAt). */
export type CueMemo = Array<readonly Found[] | undefined>;

/**
 * An empty memo for a new document's reader, as long as its tokens: the patterns ask at tokens
 * in any order, and an array written far past its end turns into a hash table.
 */
export function cueMemo(tokens: number): CueMemo {
  return new Array<readonly Found[] | undefined>(tokens);
}

/** The longest cue of one of `kinds` that starts at token i. */
export function cueAt(reader: CueReader, i: number, kinds: readonly CueKind[]): CueMatch | null {
  // The reader's own memo: the patterns ask at every token, a WeakMap look-up per question cost more than the answer.
  const perToken = reader.cueMemo;
  let found = perToken[i];
  if (found === undefined) perToken[i] = found = cuesAt(reader, i);
  for (const f of found) {
    if (f === STOP) return null;
    if (kinds.includes(f.cue.kind)) return f;
  }
  return null;
}

const NONE: readonly Found[] = [];
/** Most words start no cue: one shared empty list, not an array per token. */
const NO_FORMS: readonly { words: string[]; cue: Cue }[] = [];
const scratch: Found[] = [];

type Form = { words: string[]; cue: Cue };

/**
 * The cues one first word starts. A long list (о, как, об, по start a hundred or more each) is
 * also indexed by its forms' second words, so that a token reads the few forms its next word
 * (or the word after a skipped name, adverb or adjective) can continue, not all of them.
 */
interface Starts {
  forms: readonly Form[];
  /** Positions in `forms`, ascending: of one-word forms, and of longer ones by their second word; null for a short list. */
  one: number[] | null;
  bySecond: Map<string, number[]>;
  /** Forms that may skip what follows their first word, by second word, per skip. */
  cite: Map<string, number[]>;
  as: Map<string, number[]>;
  source: Map<string, number[]>;
}

/** Lists up to this long are read whole: indexing them saves less than it costs. */
const SHORT_LIST = 8;
const NO_STARTS: Starts = { forms: NO_FORMS, one: null, bySecond: new Map(), cite: new Map(), as: new Map(), source: new Map() };
const startsByList = new WeakMap<readonly Form[], Starts>();

function startsOf(forms: readonly Form[] | undefined): Starts {
  if (!forms) return NO_STARTS;
  let starts = startsByList.get(forms);
  if (starts) return starts;
  starts = { forms, one: null, bySecond: new Map(), cite: new Map(), as: new Map(), source: new Map() };
  if (forms.length > SHORT_LIST) {
    const one: number[] = [];
    const add = (map: Map<string, number[]>, key: string, p: number) => {
      const list = map.get(key);
      if (list) list.push(p);
      else map.set(key, [p]);
    };
    forms.forEach(({ words: form, cue }, p) => {
      if (form.length === 1) return one.push(p);
      add(starts!.bySecond, form[1]!, p);
      // The same conditions as the skips in cuesAt.
      if (cue.kind === 'cite') add(starts!.cite, form[1]!, p);
      if (cue.kind === 'as') add(starts!.as, form[1]!, p);
      if (cue.kind === 'source' && form.length === 2 && SPOKEN_SOURCES.has(form[1]!)) add(starts!.source, form[1]!, p);
    });
    starts.one = one;
  }
  startsByList.set(forms, starts);
  return starts;
}

/**
 * What the cue index says of a word form, kept on its record (two values, no object per word):
 * the cues it starts by its written form, and whether its first letters are a cue verb's (then
 * its readings are worth asking for).
 */
const startsOfWord = perWordFor((cues: CueIndex, word: WordInfo) => startsOf(cues.byFirst.get(word.folded)));
const hasCueStem = perWordFlagFor((cues: CueIndex, word: WordInfo) => cues.stems.has(word.folded.slice(0, STEM)));

/** Token positions past the skips, found once per token (-1: not yet). */
const skips = { name: -1, adverbs: -1, subject: -1, adjective: -1 };
const positions: number[] = [];
const narrowed: Form[] = [];

/** Adds a list's form positions to `positions` (module level, as the comparator: o, как, по are frequent words, and a closure per call is garbage). */
function take(list: readonly number[] | undefined): void {
  if (list) for (const p of list) positions.push(p);
}
const ascending = (a: number, b: number) => a - b;

/** The forms of a long list that the words after token i can continue, in the list's order. */
function formsAt(reader: CueReader, i: number, starts: Starts): readonly Form[] {
  const { words } = reader;
  const next = i + 1;
  positions.length = 0;
  take(starts.one!);
  const second = words[next]?.folded;
  if (second !== undefined) take(starts.bySecond.get(second));
  if (starts.cite.size > 0 && second !== undefined) {
    if (skips.name === -1) skips.name = skipName(reader, next);
    take(starts.cite.get(words[skips.name]?.folded ?? ''));
  }
  if (starts.as.size > 0 && second !== undefined) {
    if (skips.adverbs === -1) skips.adverbs = skipAdverbs(reader, next);
    take(starts.as.get(words[skips.adverbs]?.folded ?? ''));
    // «Как он заявил»: the frame's own subject may stand before the verb too.
    if (skips.subject === -1) skips.subject = skipFrameSubject(reader, skips.adverbs);
    take(starts.as.get(words[skips.subject]?.folded ?? ''));
  }
  if (starts.source.size > 0 && second !== undefined) {
    if (skips.adjective === -1) skips.adjective = skipDativeAdjective(reader, next);
    take(starts.source.get(words[skips.adjective]?.folded ?? ''));
  }
  positions.sort(ascending);
  narrowed.length = 0;
  for (let k = 0; k < positions.length; k++) if (k === 0 || positions[k] !== positions[k - 1]) narrowed.push(starts.forms[positions[k]!]!);
  return narrowed;
}

function cuesAt(reader: CueReader, i: number): readonly Found[] {
  const { cues, tokens, words } = reader;
  const word = words[i];
  if (!word || tokens[i]!.kind !== 'word') return NONE;
  // Most words start no cue: they are collected in one scratch list, copied only when some are found.
  const found = scratch;
  found.length = 0;
  // What follows the first word is skipped alike for every form it starts (о, как, об, по start
  // 100–310 cue forms each): each skip is found once per token, not once per form.
  skips.name = skips.adverbs = skips.subject = skips.adjective = -1;
  const starts = startsOfWord(cues)(word);
  const forms = starts.one === null ? starts.forms : formsAt(reader, i, starts);
  for (const { words: form, cue } of forms) {
    let k = 0;
    let t = i;
    let subject: [number, number] | undefined;
    while (k < form.length && t < tokens.length && tokens[t]!.kind === 'word' && words[t]!.folded === form[k]) {
      k++;
      t++;
      // «приводит РИА Новости слова X», «привёл «Коммерсантъ» слова X»: the medium may stand between the verb and its object.
      if (k === 1 && form.length > 1 && cue.kind === 'cite' && words[t]?.folded !== form[1]) t = skips.name === -1 ? (skips.name = skipName(reader, t)) : skips.name;
      // «Как ранее сообщал X», «как позднее сообщил X»: an adverb of time may stand inside an as-frame.
      if (k === 1 && form.length > 1 && cue.kind === 'as' && words[t]?.folded !== form[1]) {
        t = skips.adverbs === -1 ? (skips.adverbs = skipAdverbs(reader, t)) : skips.adverbs;
        // «Как он заявил»: then the frame's own subject.
        if (words[t]?.folded !== form[1]) {
          // The recipient before the verb (как ему сообщил) is none of the frame's subject.
          const s = skipFrameRecipient(reader, t);
          t = skips.subject === -1 ? (skips.subject = skipFrameSubject(reader, t)) : skips.subject;
          // «как он нам сообщил»: the recipient after the subject is none of it either.
          const end = t - 1 > s && skipFrameRecipient(reader, t - 1) === t ? t - 1 : t;
          if (t > s && words[t]?.folded === form[1]) subject = [s, end];
        }
      }
      // «по первоначальным словам», «по его собственным словам»: one adjective before the frame's
      // last word, a spoken source's noun (after «по» or after a possessive). Only the skip right
      // after the first word is shared by the forms that start here, so only it is memoised.
      if (k === form.length - 1 && k <= 2 && cue.kind === 'source' && SPOKEN_SOURCES.has(form[k]!) && words[t]?.folded !== form[k]) {
        t = k > 1 ? skipDativeAdjective(reader, t) : skips.adjective === -1 ? (skips.adjective = skipDativeAdjective(reader, t)) : skips.adjective;
      }
    }
    // «По информации же Роскомсвободы»: the particle of contrast stays with the frame, before its source.
    if (k === form.length && cue.kind === 'source' && tokens[t]?.kind === 'word' && FRAME_PARTICLES.has(words[t]!.folded)) t++;
    if (k === form.length) found.push(subject ? { from: i, to: t, cue, subject } : { from: i, to: t, cue });
  }
  if (hasCueStem(cues)(word)) byLemma(reader, i, found);
  return found.length > 0 ? found.slice() : NONE;
}

/**
 * Finite readings only: a cue in any tense and person, but not an imperative (скажите), and not
 * an infinitive or gerund, which report no speech of their own (стоит заметить:, чтобы утверждать).
 */
const CUE_POS = new Set(['VERB']);
const GENDERS = { masc: 'm', femn: 'f', neut: 'n' } as const;

/** A verb reading's gender as a cue states it (the speaker must agree with it); '-' for none (present tense, plural). */
export function cueGender(grams: readonly string[]): Cue['gender'] {
  const gender = grams.find((g): g is keyof typeof GENDERS => g in GENDERS);
  return gender ? GENDERS[gender] : '-';
}

/** A reading of a word that may make it a cue: an infinitive (cue after an auxiliary) or a finite form of a cue verb. */
type CueReading =
  | { infinitive: string }
  | { infinitive?: undefined; list: readonly { words: string[]; cue: Cue }[] };

/**
 * The readings of a word form and whether it is a finite auxiliary, by cue index: they depend on
 * the folded word alone, and the same verbs come back in every document.
 */
const READING_CACHE_LIMIT = 25_000;
const AUXILIARIES = wordSet('cue-auxiliaries');
type Analyse = NonNullable<CueReader['analyse']>;

type CueMemos = { readings(folded: string): readonly CueReading[]; auxiliary(folded: string): Analysis | null };
const memos = new WeakMap<CueIndex, CueMemos>();

/**
 * A word's cue readings kept on its record too: asked at every word with a cue verb's first
 * letters, the string-keyed memo's hash probe into some 10⁴ forms cost more than the answer.
 */
const readingsOfWord = perWordFor((memo: CueMemos, word: WordInfo) => memo.readings(word.folded));

/** The memos of a cue index (one per annotator, whose morphology `analyse` is). */
function memosOf(cues: CueIndex, analyse: Analyse) {
  let memo = memos.get(cues);
  if (!memo) {
    memo = {
      readings: cached((folded) => cueReadings(cues, analyse, folded), READING_CACHE_LIMIT),
      auxiliary: cached((folded) => analyse(folded).find((a) => CUE_POS.has(a.pos) && AUXILIARIES.has(fold(a.lemma))) ?? null, READING_CACHE_LIMIT),
    };
    memos.set(cues, memo);
  }
  return memo;
}

function cueReadings(cues: CueIndex, analyse: Analyse, folded: string): readonly CueReading[] {
  const found: CueReading[] = [];
  for (const a of analyse(folded)) {
    if (a.pos === 'INFN') {
      found.push({ infinitive: fold(a.lemma) });
      continue;
    }
    // «Организация, утверждающая, что …», «депутат, заявивший, что …»: an active participle
    // reports the speech of the phrase it describes, and agrees with it as a verb with its subject.
    const participle = a.pos === 'PRTF' && a.grams.includes('actv');
    if ((!CUE_POS.has(a.pos) && !participle) || a.grams.includes('impr')) continue;
    const list = cues.byLemma.get(fold(a.lemma));
    if (!list) continue;
    const gender = cueGender(a.grams);
    const number = a.grams.includes('plur') ? 'pl' : 'sg';
    const person = a.grams.includes('1per') ? 1 : a.grams.includes('2per') ? 2 : a.grams.includes('3per') ? 3 : undefined;
    // The cue as this form of the verb makes it, made once per word form (the reading is kept
    // per form), not once per token: the same verbs come back in every document.
    found.push({ list: list.map(({ words: rest, cue }) => ({ words: rest, cue: { ...cue, form: [folded, ...rest].join(' '), gender, number, ...(person && { person }) } })) });
  }
  return found;
}

/**
 * «скажет, что», «Я считаю, что», «Вы сказали»: a form of a cue verb that the table
 * does not list is that verb's cue, its gender and number read from the form itself.
 */
function byLemma(reader: CueReader, i: number, found: Found[]): void {
  const { cues, tokens, words, analyse } = reader;
  if (!analyse) return;
  const memo = memosOf(cues, analyse);
  let aux: Analysis | null | undefined;
  for (const r of readingsOfWord(memo)(words[i]!)) {
    if (r.infinitive !== undefined) {
      // «успел заявить», «продолжает утверждать»: a finite auxiliary before an infinitive cue.
      aux ??= i > 0 && tokens[i - 1]!.kind === 'word' ? memo.auxiliary(words[i - 1]!.folded) : null;
      if (!aux) continue;
      lemmaCue(reader, i - 1, i, r.infinitive, aux, found);
      found.push(STOP);
      return;
    }
    for (const { words: rest, cue } of r.list) {
      let k = 0;
      while (k < rest.length && tokens[i + 1 + k]?.kind === 'word' && words[i + 1 + k]!.folded === rest[k]) k++;
      if (k < rest.length) continue;
      found.push({ from: i, to: i + 1 + rest.length, cue });
    }
  }
}


/** The cues of `lemma` at `verb`, their agreement read from `finite` (the auxiliary), spanning from `from`. */
function lemmaCue(reader: CueReader, from: number, verb: number, lemma: string, finite: Analysis, found: Found[]): void {
  const { cues, tokens, words } = reader;
  for (const { words: rest, cue } of cues.byLemma.get(lemma) ?? []) {
    let k = 0;
    while (k < rest.length && tokens[verb + 1 + k]?.kind === 'word' && words[verb + 1 + k]!.folded === rest[k]) k++;
    if (k < rest.length) continue;
    const number = finite.grams.includes('plur') ? 'pl' : 'sg';
    const form = [words[from]!.folded, words[verb]!.folded, ...rest].join(' ');
    found.push({ from, to: verb + 1 + rest.length, cue: { ...cue, form, gender: cueGender(finite.grams), number } });
  }
}
