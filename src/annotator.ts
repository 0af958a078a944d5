import lexiconData from './generated/lexicon.json' with { type: 'json' };
import type { CompiledLexicon } from './types.js';
import { readDictionaryFile, userEntries, type UserEntry } from './dict/user.js';
import { GazetaError } from './errors.js';
import { analyseTokens, azForm, fold, stemKey, type Morphology } from './morph/index.js';
// Node only (reads Az's dictionaries with fs); the browser build swaps it for ./morph/az-browser.ts
// (see tsup.config.ts), and src/browser.ts injects a morphology built from fetched files.
import { createMorphology } from './morph/az.js';
import { normalizePhrase, type NameWord } from './resolve/normalize.js';
import { prepareNerLexicon, titleHead } from './ner/context.js';
import { lemmaKeyOf, loadGazetteer } from './ner/gazetteer.js';
import { recognise, type Recognisers } from './ner/recognise.js';
import {
  buildCueIndex, findQuotes, mentionIndex, pairQuoteMarks, paragraphIndex, sentenceIndex,
  type CueIndex, type QuoteContext,
} from './quotes/index.js';
import { isPersonPronoun, nounReading, pronounReferences, type NounReading } from './resolve/pronouns.js';
import { resolve } from './resolve/resolve.js';
import { segment } from './segment/index.js';
import { languageWarning } from './language.js';
import type { Document, Entity, Quote, Reference, Warning } from './types.js';

export interface AnnotatorOptions {
  /** Extra entries ({type, pattern, id, name?} or {id, type, name, aliases}); they win over built-in ones. */
  dictionaries?: readonly UserEntry[];
  /** Paths of dictionary files: JSONL patterns or gazetteer TSV. */
  dictionaryFiles?: readonly string[];
}

export interface AnnotateOptions {
  /** Find quotes (default true). */
  quotes?: boolean;
}

export interface Annotator {
  annotate(text: string, options?: AnnotateOptions): Document;
}

interface Resources {
  morphology: Morphology;
  recognisers: Recognisers;
  cues: CueIndex;
  firstNames: Map<string, string>;
  /** Stem → listed first name, for names the morphology reads as indeclinable (Анне). */
  firstNamesByStem: Map<string, string>;
  titles: Set<string>;
  roleWords: Set<string>;
  /** Keys of deputy and staff roles (вице-губернатор, помощник), by their head. */
  deputyTitles: Set<string>;
  envoyTitles: Set<string>;
  sourceNouns: Set<string>;
  documentNouns: Set<string>;
  orgNouns: Set<string>;
  /** A lower-case word as a singular noun, for pronoun resolution: cached, as the morphology's parses are. */
  nounReading: (folded: string) => NounReading | null;
}

let builtIn: { morphology: Morphology; lexicon: CompiledLexicon } | null = null;

function loadBuiltIn(morphology?: Morphology) {
  if (morphology) return { morphology, lexicon: lexiconData as unknown as CompiledLexicon };
  builtIn ??= { morphology: createMorphology(), lexicon: lexiconData as unknown as CompiledLexicon };
  return builtIn;
}

function checkOptions(options: unknown): AnnotatorOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw new GazetaError('INVALID_OPTIONS', 'options must be an object');
  const { dictionaries, dictionaryFiles } = options as AnnotatorOptions;
  if (dictionaries !== undefined && !Array.isArray(dictionaries)) throw new GazetaError('INVALID_OPTIONS', 'options.dictionaries must be an array');
  if (dictionaryFiles !== undefined && (!Array.isArray(dictionaryFiles) || dictionaryFiles.some((f) => typeof f !== 'string'))) {
    throw new GazetaError('INVALID_OPTIONS', 'options.dictionaryFiles must be an array of paths');
  }
  return options as AnnotatorOptions;
}

/** Loads the dictionaries and the morphology once; the annotator then serves any number of texts. */
export function createAnnotator(options?: AnnotatorOptions): Annotator {
  const resources = loadResources(options);
  return { annotate: (text, annotateOptions) => annotateWith(resources, text, annotateOptions) };
}

/** Same as createAnnotator, with the given morphology instead of Az's read from disk: how the browser build (src/browser.ts) gets in. */
export function createAnnotatorWith(morphology: Morphology, options?: AnnotatorOptions): Annotator {
  const resources = loadResources(options, morphology);
  return { annotate: (text, annotateOptions) => annotateWith(resources, text, annotateOptions) };
}

/** The pipeline's stages, in order. */
export type Stage = 'segment' | 'morph' | 'recognise' | 'resolve' | 'quotes' | 'pronouns';
/** Runs one stage's work: annotate runs it directly, the benchmark (bench/) wraps it in a timer. */
export type StageRunner = <T>(stage: Stage, work: () => T) => T;
const direct: StageRunner = (_stage, work) => work();

/** Same as createAnnotator, but every stage goes through `run`: the benchmark times stages with it. */
export function createStagedAnnotator(options?: AnnotatorOptions): { annotate(text: string, run: StageRunner): Document } {
  const resources = loadResources(options);
  return { annotate: (text, run) => annotateWith(resources, text, {}, run) };
}

function loadResources(options?: AnnotatorOptions, injected?: Morphology): Resources {
  const { dictionaries = [], dictionaryFiles = [] } = checkOptions(options);
  const { morphology, lexicon } = loadBuiltIn(injected);
  const user = [...dictionaryFiles.flatMap(readDictionaryFile), ...userEntries(dictionaries)];
  const ner = prepareNerLexicon(lexicon);
  return {
    morphology,
    recognisers: {
      gazetteer: loadGazetteer(lexicon.gazetteer, user, (alias) => lemmaKeyOf(alias, morphology)),
      lexicon: ner,
      userEntries: new Set(user),
      analyse: (folded) => morphology.analyse(folded),
    },
    cues: buildCueIndex(lexicon.cues),
    firstNames: ner.firstNames,
    firstNamesByStem: new Map([...ner.firstNames.keys()].map((name) => [stemKey(name), name])),
    titles: ner.titles,
    roleWords: ner.titleWords,
    deputyTitles: new Set(lexicon.deputyTitles.map((t) => stemKey(titleHead(t)))),
    envoyTitles: new Set(lexicon.envoyTitles.map((t) => stemKey(titleHead(t)))),
    sourceNouns: new Set(lexicon.sourceNouns.map(stemKey)),
    documentNouns: new Set(lexicon.documentNouns.map(stemKey)),
    orgNouns: ner.orgNouns,
    nounReading: cached((folded) => nounReading(morphology.analyse(folded))),
  };
}

function annotateWith(res: Resources, text: string, options: AnnotateOptions = {}, run: StageRunner = direct): Document {
  if (typeof text !== 'string') throw new GazetaError('INVALID_INPUT', `annotate() expects a string, got ${text === null ? 'null' : typeof text}`);
  const { tokens, sentences } = run('segment', () => segment(text));
  const words = run('morph', () => analyseTokens(tokens, res.morphology));
  const candidates = run('recognise', () => recognise(text, tokens, sentences, words, res.recognisers));
  const firstNameGender = (key: string) => res.firstNames.get(key);
  const listedFirstName = (word: string) => res.firstNamesByStem.get(stemKey(word));
  const { entities, mentions } = run('resolve', () => resolve({ text, tokens, words, candidates }, { morphology: res.morphology, firstNameGender, listedFirstName }));
  const quotes = options.quotes === false ? [] : run('quotes', () => findQuotes(quoteContext(res, text, tokens, sentences, words, entities, mentions)));
  const referenced = run('pronouns', () => withReferences(entities, pronounReferences({ tokens, words, sentences, mentions, entities }, {
    genderOf: (entity) => personGender(entity, res.firstNames),
    analyse: (folded) => res.morphology.analyse(folded),
    noun: res.nounReading,
    isRole: (key) => res.roleWords.has(key),
  }), quotes, text));
  return { text, warnings: languageWarnings(text), tokens, sentences, entities: referenced, mentions, quotes };
}

function quoteContext(
  res: Resources, text: string, tokens: Document['tokens'], sentences: Document['sentences'],
  words: ReturnType<typeof analyseTokens>, entities: Entity[], mentions: Document['mentions'],
): QuoteContext {
  const pairs = pairQuoteMarks(text, tokens).filter((p) => p.depth === 0);
  return {
    text, tokens, words, sentences, mentions,
    sentenceOf: sentenceIndex(tokens, sentences),
    paragraphOf: paragraphIndex(text, tokens),
    mentionAt: mentionIndex(tokens, mentions),
    entities: new Map(entities.map((e) => [e.id, e])),
    pairByOpen: new Map(pairs.map((p) => [p.open, p])),
    pairByClose: new Map(pairs.map((p) => [p.close, p])),
    cues: res.cues,
    titles: res.titles,
    roleWords: res.roleWords,
    deputyTitles: res.deputyTitles,
    envoyTitles: res.envoyTitles,
    sourceNouns: res.sourceNouns,
    documentNouns: res.documentNouns,
    orgNouns: res.orgNouns,
    genderOf: (entity) => personGender(entity, res.firstNames),
    isFirstName: (folded) => res.firstNames.has(folded),
    analyse: (folded) => res.morphology.analyse(folded),
    nominative: (from, to, governed) => nominativePhrase(res.morphology, tokens, words, from, to, governed),
  };
}

/**
 * Each entity with the pronouns that refer to it. A quote's pronoun speaker («…», — сказал он)
 * was resolved by the quote rules, which know the speaker is a person: theirs wins.
 */
function withReferences(entities: Entity[], references: Reference[], quotes: Quote[], text: string): Entity[] {
  const byStart = new Map(references.map((r) => [r.start, r]));
  for (const { speaker, speakerEntity } of quotes) {
    if (!speaker || !speakerEntity) continue;
    const word = text.slice(speaker.start, speaker.end);
    if (isPersonPronoun(fold(word))) byStart.set(speaker.start, { ...speaker, text: word, entity: speakerEntity, kind: 'pronoun' });
  }
  const byEntity = new Map<string, Reference[]>();
  for (const r of [...byStart.values()].sort((a, b) => a.start - b.start)) {
    const list = byEntity.get(r.entity) ?? [];
    list.push(r);
    byEntity.set(r.entity, list);
  }
  return entities.map((e) => ({ ...e, references: byEntity.get(e.id) ?? [] }));
}

const CACHE_LIMIT = 100_000;

/** A per-annotator memo of a function of one word, cleared when it grows past the limit. */
function cached<T>(compute: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    if (memo.has(word)) return memo.get(word)!;
    const value = compute(word);
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(word, value);
    return value;
  };
}

function languageWarnings(text: string): Warning[] {
  const warning = languageWarning(text);
  return warning ? [warning] : [];
}

/** A speaker phrase in the nominative: its head noun and the adjectives before it inflected. */
function nominativePhrase(
  morphology: Morphology, tokens: Document['tokens'], words: ReturnType<typeof analyseTokens>, from: number, to: number, governed = false,
): string {
  const phrase: NameWord[] = [];
  for (let k = from; k < to; k++) {
    const info = words[k]!;
    const form = info.shape === 'lower' ? info.folded : azForm(tokens[k]!.text);
    phrase.push({ text: tokens[k]!.text, info: { ...info, analyses: morphology.analyse(form) }, form });
  }
  return normalizePhrase(phrase, morphology, governed);
}

/** A person's gender from the first name, else from a feminine surname ending (Попова, Матвиенко stays unknown). */
function personGender(entity: Entity, firstNames: Map<string, string>): 'm' | 'f' | null {
  const parts = entity.name.split(' ');
  const byName = firstNames.get(fold(parts[0]!));
  if (byName === 'm' || byName === 'f') return byName;
  const last = parts[parts.length - 1]!.toLowerCase();
  if (/(ова|ева|ина|ына|ая|яя)$/.test(last)) return 'f';
  if (/(ов|ев|ин|ын|ий|ой|ый)$/.test(last)) return 'm';
  return null;
}

let shared: Annotator | null = null;

/** Annotates one text with the built-in dictionaries (loaded on first use). */
export function annotate(text: string, options?: AnnotateOptions): Document {
  shared ??= createAnnotator();
  return shared.annotate(text, options);
}
