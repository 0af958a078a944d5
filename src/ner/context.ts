import type { CompiledLexicon } from '../types.js';
import { stemKey, type Analysis, type WordInfo } from '../morph/index.js';
import type { Sentence, Token } from '../types.js';
import type { Gazetteer } from './gazetteer.js';

/** What the recognisers share about one document: tokens, their analyses, word lists. */
export interface NerContext {
  text: string;
  tokens: readonly Token[];
  words: readonly WordInfo[];
  /** For each token, the index of its sentence's first token. */
  sentenceStart: Int32Array;
  lexicon: NerLexicon;
  gazetteer: Gazetteer;
  /** Analyses of a folded word (cached), for lower-case words the morph stage does not analyse. */
  analyse: (folded: string) => readonly Analysis[];
  /** Where the token lies inside a gazetteer match for an organisation or a place: the match's length in tokens; else 0. */
  gazetteerAt: Uint8Array;
}

/** The lexicon in the shape the rules look things up in. */
export interface NerLexicon {
  /** Folded first name (nominative) → 'm' | 'f' | 'mf'. */
  firstNames: Map<string, string>;
  ambiguousNames: Set<string>;
  titles: Set<string>;
  orgNouns: Set<string>;
  /** Folded words that name nothing by themselves (СМИ, ВВП). */
  notEntities: Set<string>;
  /** Title and organisation-noun words themselves (folded nominatives), for capitalised words, whose stems collide with surnames (король, Королёв). */
  titleWords: Set<string>;
  orgNounWords: Set<string>;
  /** Folded East Asian surnames (ли, ван, ким): the name's first word. */
  eastAsianSurnames: Set<string>;
  /** Every case form of the place nouns (поселка, республике). */
  placeNounForms: Set<string>;
  /** Every case form of the work nouns (альбома, конкурсе) and English title heads (tournament). */
  workNounForms: Set<string>;
  /** Every case form of the nouns of sport news (матча, полузащитника). */
  sportNounForms: Set<string>;
  /** Folded finite speech verbs (заявил, сообщила): their subject is a person or organisation. */
  speechVerbs: Set<string>;
  /** Folded verbs that report what a medium says (сообщает, пишет, передаёт). */
  reportVerbs: Set<string>;
}

const ADJECTIVE = /(ый|ий|ой|ая|яя|ое|ее)$/;

/**
 * The head of a title: its first word that is not an adjective (генеральный секретарь →
 * секретарь), else its last word, a noun shaped like an adjective (нападающий, парламентарий,
 * главный управляющий → управляющий).
 */
export function titleHead(title: string): string {
  const words = title.split(' ');
  return words.find((w) => !ADJECTIVE.test(w)) ?? words[words.length - 1]!;
}

export function prepareNerLexicon(lexicon: CompiledLexicon): NerLexicon {
  const firstNames = new Map<string, string>();
  for (const [name, gender] of Object.entries(lexicon.firstNames)) firstNames.set(name, gender);
  return {
    firstNames,
    ambiguousNames: new Set(lexicon.ambiguousNames),
    // A multi-word title (генеральный секретарь, заместитель министра) is found by its head noun,
    // not by its complement: after «мэр города», «города Павия» is a town, not a person.
    titles: new Set(lexicon.titles.map(titleHead).filter((w) => w.length > 3).map(stemKey)),
    orgNouns: new Set(lexicon.orgNouns.map(stemKey)),
    titleWords: new Set(lexicon.titles.flatMap((t) => t.split(' '))),
    orgNounWords: new Set(lexicon.orgNouns),
    notEntities: new Set(lexicon.notEntities),
    placeNounForms: new Set(lexicon.placeNounForms),
    workNounForms: new Set(lexicon.workNounForms),
    sportNounForms: new Set(lexicon.sportNounForms),
    eastAsianSurnames: new Set(lexicon.eastAsianSurnames),
    speechVerbs: new Set(lexicon.cues.filter((c) => c.kind === 'verb' && !c.form.includes(' ')).map((c) => c.form)),
    reportVerbs: new Set(lexicon.cues.filter((c) => (c.kind === 'report' || c.kind === 'as') && c.form.split(' ').length <= 2).map((c) => c.form.split(' ').pop()!)),
  };
}

export function sentenceStarts(tokens: readonly Token[], sentences: readonly Sentence[]): Int32Array {
  const starts = new Int32Array(tokens.length);
  for (const s of sentences) starts.fill(s.tokens[0], s.tokens[0], s.tokens[1]);
  return starts;
}

/** The token is the first word of its sentence, after any opening quotes or dashes. */
export function atSentenceStart(ctx: NerContext, i: number): boolean {
  for (let k = ctx.sentenceStart[i]!; k < i; k++) {
    const kind = ctx.tokens[k]!.kind;
    if (kind !== 'quote' && kind !== 'dash' && kind !== 'punct') return false;
  }
  return true;
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
  const gap = ctx.text.slice(left.end, right.start);
  return !gap.includes('\n') && gap.length <= 2;
}

const PROPER = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Trad'];

/** A first name from our list, by the word as written or its lemma (Анне → анна). */
export function isListedName(ctx: NerContext, word: WordInfo): boolean {
  return ctx.lexicon.firstNames.has(word.folded) || ctx.lexicon.firstNames.has(word.lemma);
}

/**
 * A lower-case place noun (посёлок, остров) in any case form: by the forms compiled from the
 * morphology, since ending-stripping keys some apart (посёлка → «поселк», посёлок → «поселок»).
 */
export function isPlaceNoun(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i];
  return !!word && word.shape === 'lower' && ctx.tokens[i]!.kind === 'word' && ctx.lexicon.placeNounForms.has(word.folded);
}

/** A capitalised word that the morphology knows as an ordinary word (Однако, Правительство). */
export function isCommonWord(word: WordInfo): boolean {
  const best = word.analyses[0];
  if (!best || !best.known) return false;
  return !word.analyses.some((a) => a.score >= 0.1 && a.grams.some((g) => PROPER.includes(g)));
}

export function isCapitalised(word: WordInfo): boolean {
  return word.shape === 'title' || word.shape === 'upper';
}
