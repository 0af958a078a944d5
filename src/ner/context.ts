import { NAMING_GRAMMEMES, type Analysis, type WordInfo } from '../morph/index.js';
import type { AnalysedDocument, DictEntry, DocumentIndex, Sentence, Token } from '../types.js';
import type { Gazetteer } from './gazetteer.js';
import { headlineTokens } from './headline.js';
import type { NerLexicon, Recognisers } from './lexicon.js';
import { perWordFlag, perWordFor, perWordFlagFor } from '../util/word-memo.js';

/** What the recognisers share about one document: tokens, their analyses, its indexes, word lists. */
export interface NerContext {
  text: string;
  tokens: readonly Token[];
  words: readonly WordInfo[];
  sentences: readonly Sentence[];
  /** The document's indexes (segment/document-index.ts): token → sentence, quote-mark pairs … */
  index: DocumentIndex;
  /** For each sentence, its first token that is not a quote mark, a dash or punctuation (or its end). */
  sentenceOpening: Int32Array;
  /** Tokens of all-capitals lines (headlines): there capitals say nothing about names. */
  headline: Uint8Array;
  lexicon: NerLexicon;
  gazetteer: Gazetteer;
  /** Entries that came from the user: they win over everything else. */
  userEntries: ReadonlySet<DictEntry>;
  /** Analyses of a folded word (cached), for lower-case words the morph stage does not analyse. */
  analyse: (folded: string) => readonly Analysis[];
  /** The same for a word's record: kept on the record, so that the rules' many questions cost no hash probe each. */
  analyseWord: (word: WordInfo) => readonly Analysis[];
  /**
   * Where the token lies inside a gazetteer match for an organisation or a place: the match's
   * length in tokens; else 0. Filled by the gazetteer, which runs first.
   */
  gazetteerAt: Uint8Array;
}

export function nerContext(doc: AnalysedDocument, recognisers: Recognisers): NerContext {
  const { text, tokens, words, sentences, index } = doc;
  return {
    text, tokens, words, sentences, index,
    sentenceOpening: sentenceOpenings(tokens, sentences),
    headline: headlineTokens(sentences, words),
    lexicon: recognisers.lexicon,
    gazetteer: recognisers.gazetteer,
    userEntries: recognisers.userEntries,
    analyse: recognisers.analyse,
    analyseWord: wordReadings(recognisers),
    gazetteerAt: new Uint8Array(tokens.length),
  };
}

/** The analyses of a word's folded form, per record (src/util/word-memo.ts). */
const wordReadings = perWordFor((recognisers: Recognisers, word: WordInfo) => recognisers.analyse(word.folded));

const OPENING_MARKS = new Set<Token['kind']>(['quote', 'dash', 'punct']);

function sentenceOpenings(tokens: readonly Token[], sentences: readonly Sentence[]): Int32Array {
  const openings = new Int32Array(sentences.length);
  sentences.forEach((s, n) => {
    let k = s.tokens[0];
    while (k < s.tokens[1] && OPENING_MARKS.has(tokens[k]!.kind)) k++;
    openings[n] = k;
  });
  return openings;
}

/** The first token of the sentence that holds token `i`. */
export function sentenceStart(ctx: NerContext, i: number): number {
  return ctx.sentences[ctx.index.sentenceOf[i]!]?.tokens[0] ?? 0;
}

/** The token is the first word of its sentence, after any opening quotes or dashes. */
export function atSentenceStart(ctx: NerContext, i: number): boolean {
  const opening = ctx.sentenceOpening[ctx.index.sentenceOf[i]!];
  return opening === undefined ? i === 0 : i <= opening;
}

/** The words from `from` to `to` as one key, by their stem keys or folded forms: «Барселоны» and «Барселоне» share a key. */
export function wordsKey(ctx: NerContext, from: number, to: number, form: 'key' | 'folded'): string {
  let key = '';
  for (let k = from; k < to; k++) key += ctx.words[k]![form] + ' ';
  return key;
}

/** Two tokens are neighbours: only spaces (no line break) between them. */
export function adjacent(ctx: NerContext, a: number, b: number): boolean {
  const left = ctx.tokens[a];
  const right = ctx.tokens[b];
  if (!left || !right) return false;
  // Read in place: the person rules ask this of most word pairs, a slice per question fed the collector.
  if (right.start - left.end > 2) return false;
  for (let k = left.end; k < right.start; k++) if (ctx.text.charCodeAt(k) === NEWLINE) return false;
  return true;
}

const NEWLINE = 10;

/**
 * The token before a name that starts at `from`, past its opening marks: one («…») or two, as
 * wiki italics write them (''…''), so a noun before the marks is found either way.
 */
export function beforeMarks(ctx: NerContext, from: number): number {
  let k = from - 1;
  while (ctx.tokens[k]?.kind === 'quote' && from - k <= 2) k--;
  return k;
}

// Word classes of the lexicon, found once per word form (src/util/word-memo.ts): the person and
// place rules ask them of most tokens, several times each.
const listedName = perWordFlagFor((lexicon: NerLexicon, word: WordInfo) => lexicon.firstNames.has(word.folded) || lexicon.firstNames.has(word.lemma));
const placeNounForm = perWordFlagFor((lexicon: NerLexicon, word: WordInfo) => lexicon.placeNounForms.has(word.folded));

/** A first name from our list, by the word as written or its lemma (Анне → анна). */
export function isListedName(ctx: NerContext, word: WordInfo): boolean {
  return listedName(ctx.lexicon)(word);
}


/**
 * A lower-case place noun (посёлок, остров) in any case form: by the forms compiled from the
 * morphology, since ending-stripping keys some apart (посёлка → «поселк», посёлок → «поселок»).
 */
export function isPlaceNoun(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i];
  return !!word && word.shape === 'lower' && ctx.tokens[i]!.kind === 'word' && placeNounForm(ctx.lexicon)(word);
}

/**
 * A capitalised word that the morphology knows as an ordinary word (Однако, Правительство).
 * Once per word record: the rules ask it of a word many times, reading every grammeme of every
 * analysis each time.
 */
export const isCommonWord = perWordFlag((word: WordInfo): boolean => {
  const best = word.analyses[0];
  if (!best || !best.known) return false;
  return !word.analyses.some((a) => a.score >= 0.1 && a.grams.some((g) => NAMING_GRAMMEMES.includes(g)));
});

export function isCapitalised(word: WordInfo): boolean {
  return word.shape === 'title' || word.shape === 'upper';
}

/** Tokens [from, to) are exactly what a pair of quote marks holds, glued to them. */
export function enclosed(ctx: NerContext, from: number, to: number): boolean {
  const open = ctx.tokens[from - 1];
  const close = ctx.tokens[to];
  return open?.kind === 'quote' && close?.kind === 'quote' && open.end === ctx.tokens[from]!.start && close.start === ctx.tokens[to - 1]!.end;
}
