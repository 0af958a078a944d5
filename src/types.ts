/**
 * The gazeta data model. Every span is a pair of UTF-16 indices into the original,
 * unmodified text (end exclusive): `text.slice(start, end)` is always its surface.
 */

export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'dash' | 'symbol';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
}

/** A sentence covers tokens[from, to). */
export interface Sentence extends Span {
  tokens: [from: number, to: number];
}

export type EntityType = 'PER' | 'ORG' | 'LOC';
export type EntityId = string;

export interface Mention extends Span {
  /** The tokens it covers, [from, to). */
  tokens: [from: number, to: number];
  text: string;
  type: EntityType;
  entity: EntityId;
  /** Name of the dictionary or rule that found the mention, for tracing. */
  rule: string;
  /** The rewrites that changed the mention after its rule found it (unit-abbreviation, foreign-owner), in order. */
  trace?: string[];
}

/** A word that stands for an entity without naming it: «он», «её», «ему» for a person. */
export interface Reference extends Span {
  text: string;
  entity: EntityId;
  kind: 'pronoun';
}

export interface Entity {
  id: EntityId;
  type: EntityType;
  /** Canonical name in the nominative. */
  name: string;
  /** Other names of the same thing: dictionary aliases and surface forms seen in the text. */
  aliases: string[];
  mentions: Mention[];
  /** Pronouns that refer to it (persons only), in text order: not names, so not among the mentions. */
  references: Reference[];
  source: 'dict' | 'rule';
  dictId?: string;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote {
  kind: QuoteKind;
  content: Span;
  cue: Span | null;
  speaker: Span | null;
  speakerEntity: EntityId | null;
  /** The speaker in the nominative: the entity's name, or the phrase (источник в правительстве, местные жители). */
  speakerName: string | null;
  /** Name of the pattern that produced the quote, for tracing. */
  pattern: string;
}

export interface Document {
  text: string;
  /** Notes on the input, e.g. that it does not look Russian; empty for ordinary news. */
  warnings: Warning[];
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
}

/**
 * Something the caller should know about a document that is not an error: `NOT_RUSSIAN` (the
 * text looks like another language; `language` names it), `TIME_BUDGET` (the annotation stopped
 * at the time budget given; the stages after `stage` did not run, so their lists are empty).
 */
export interface Warning {
  code: 'NOT_RUSSIAN' | 'TIME_BUDGET';
  message: string;
  /** ISO 639-3 code of the language detected (NOT_RUSSIAN). */
  language?: string;
  /** The last stage that ran (TIME_BUDGET). */
  stage?: string;
}


/** A gazetteer entry, as written in dict/*.tsv or given by a user. */
export interface DictEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

// ---------------------------------------------------------------------------------------------
// The internal model: what the stages hand each other. Not part of the public API.

/**
 * One document's indexes, built once by segment (and by resolve for mentions) and read by every
 * later stage instead of being rebuilt: token → sentence, line and paragraph, and the pairs of
 * quotation marks at every depth.
 */
export interface DocumentIndex {
  /** Token → index of its sentence. */
  sentenceOf: Int32Array;
  /** Token → index of its line (a run of text between «\n»). */
  lineOf: Int32Array;
  /**
   * Token → index of its paragraph: a new paragraph starts at a blank line, and at a line break
   * before a line that opens with a quote mark or a dash (a new quote or dialogue line). A
   * wrapped line inside a quote stays in its paragraph.
   */
  paragraphOf: Int32Array;
  /** Quotation-mark pairs at every depth, sorted by opening token. */
  pairs: readonly MarkPair[];
  /** The outermost pairs (depth 0), by opening and by closing token. */
  outerByOpen: ReadonlyMap<number, MarkPair>;
  outerByClose: ReadonlyMap<number, MarkPair>;
}

/** What the morphology knows of a word. */
export interface Analysis {
  lemma: string;
  pos: string;
  /** OpenCorpora grammemes: case, gender, number, and Name/Surn/Patr/Geox/Orgn/Abbr. */
  grams: readonly string[];
  score: number;
  /** Found in the dictionary, not guessed from the word's ending. */
  known: boolean;
}

export interface Morphology {
  analyse(word: string): readonly Analysis[];
  /** The word inflected to the given grammemes, from its `index`-th analysis; null when impossible. */
  inflect(word: string, index: number, grams: string[]): string | null;
  /** Words parsed so far (a count that only grows: a parse made, not a cache hit). */
  readonly size: number;
}

export type Shape = 'lower' | 'title' | 'upper' | 'mixed' | 'none';

/** What the later stages know about one token. */
export interface WordInfo {
  folded: string;
  key: string;
  /** The folded lemma of the best analysis (дмитриев for Дмитриева): names match across cases by it. */
  lemma: string;
  shape: Shape;
  /** Latin script (Reuters, Apple), not Cyrillic. */
  latin: boolean;
  /** Morphological analyses, best first; only for capitalised words, the candidates for names. */
  analyses: readonly Analysis[];
  /** What rules derived from this word form alone, kept with it (src/util/word-memo.ts); absent on a record made by hand. */
  memo?: unknown[];
}


/** The document after segment: tokens, sentences and the indexes over them. */
export interface SegmentedDocument {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  index: DocumentIndex;
}

/** After morph: each token's analyses and match keys. */
export interface AnalysedDocument extends SegmentedDocument {
  words: WordInfo[];
}

/** After resolve: one entity per real thing, and its mentions. */
export interface ResolvedDocument extends AnalysedDocument {
  entities: Entity[];
  mentions: Mention[];
}

/** A possible mention over `tokens` [from, to), before the recognise stage settles overlaps. */
export interface Candidate {
  tokens: [from: number, to: number];
  type: EntityType;
  /** The rule or dictionary that proposed it. */
  rule: string;
  /** Higher wins between candidates of equal length. */
  priority: number;
  entry?: DictEntry;
  /** The place a body belongs to, when the text names it right after (МИД [Франции]): its tokens. */
  owner?: [from: number, to: number];
  /** The rewrites that changed it after selection, in order; the rule stays the proposer's. */
  trace?: string[];
}

/** Two quotation marks that pair up. */
export interface MarkPair {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark. */
  close: number;
  /** 0 for an outermost pair. */
  depth: number;
}

/**
 * A clause: a predicate with the subject that agrees with it and its complement. Reserved for
 * the clause stage (clauses/), which today finds the subjects of speech cues only.
 */
export interface Clause {
  /** The predicate's tokens, [from, to). */
  predicate: [from: number, to: number];
  /** The subject noun phrase, or null (impersonal, or not found). */
  subject: [from: number, to: number] | null;
  /** The complement: a что-clause, «о том, что», colon speech or a quote. */
  complement: [from: number, to: number] | null;
}

/** Speech cue forms from dict/cues.tsv; see dict/README.md for the kinds. */
/** `call`: evaluation verbs whose object and complement report a judgement (назвал X Y-instr, охарактеризовал X как Y). */
export type CueKind = 'verb' | 'opinion' | 'source' | 'as' | 'report' | 'document' | 'this' | 'cite' | 'call';

export interface Cue {
  form: string;
  lemma: string;
  kind: CueKind;
  gender: 'm' | 'f' | 'n' | '-';
  number: 'sg' | 'pl' | '-';
  /** A present or future form's person (считаю: 1, считаете: 2, считает: 3); none for the past, which has none. */
  person?: 1 | 2 | 3;
}

export type Gender = 'm' | 'f';

/**
 * A gazetteer compiled at build time (npm run dict), so that loading is part of one JSON
 * parse: the keys and the longest name per first-token key as compiled tables, the exact forms.
 */
export interface CompiledGazetteer {
  entries: DictEntry[];
  /** Key → packed variant (compileKeyIndex). */
  keyTable: string;
  /** First-token key → the longest name after it, in tokens (compileKeyIndex). */
  lengthTable: string;
  exact: [string, string][];
  /** How many keys keyTable holds, for the build's report. */
  keyCount: number;
}

/**
 * A word class of dict/words/*.txt as compiled: its entries under its match key (`as-written`,
 * `folded`, `stem`, or `case-forms`: every case form, folded), and the second column where the
 * list has one.
 */
export interface WordClass {
  match: 'as-written' | 'folded' | 'stem' | 'case-forms';
  entries: string[];
  values?: string[];
}

/** A table of dict/words/*.tsv: its column names (the first row) and its rows, cells as written. */
export interface WordTable {
  columns: string[];
  rows: string[][];
}

/**
 * Everything compiled from dict/ by scripts/compile-dict.ts into src/generated/lexicon.json:
 * the gazetteer and the word lists the rules read. Case forms are expanded there, so that
 * loading needs no morphology pass; the browser build embeds it as it is.
 */
export interface CompiledLexicon {
  /** The gazetteer, keyed at build time so that loading needs no morphology pass. */
  gazetteer: CompiledGazetteer;
  /** Folded first name → gender ('m', 'f' or 'mf'). */
  firstNames: Record<string, string>;
  /** First names that are also common words (Надежда, Роман): need a neighbouring name. */
  ambiguousNames: string[];
  /** Folded titles and roles that precede a person's name (президент, министр). */
  titles: string[];
  /** The titles of a deputy or staff member (вице-губернатор, помощник, мать): someone other than the principal; one-word ones in every case form (матери). */
  deputyTitles: string[];
  /** The titles of an envoy (спецпредставитель, полпред): not the one they speak for. */
  envoyTitles: string[];
  /** Folded nouns that precede an organisation's name (компания, газета). */
  orgNouns: string[];
  /** Every case form of the one-word org nouns, folded: their keys find «церкви» as «церковь». */
  orgNounForms: string[];
  /** Every case form of the place nouns, folded (поселка, республике), compiled with the morphology. */
  placeNounForms: string[];
  /** Every case form of the work nouns (альбома, песней, конкурсе) and English title heads (tournament), folded. */
  workNounForms: string[];
  /** Every case form of the nouns of sport news (матча, полузащитника), folded. */
  sportNounForms: string[];
  /** Folded Chinese, Korean, Vietnamese surnames, which come first in a name (Ли Пэн). */
  eastAsianSurnames: string[];
  /** Dictionary ids of the news outlets (dict/org-media.tsv): agencies, papers, channels, sites. */
  outletIds: string[];
  /** Dictionary ids of the businesses (the company and bank sections of dict/org-companies.tsv). */
  companyIds: string[];
  /** Folded words that look like names but name nothing by themselves (СМИ, ВВП). */
  notEntities: string[];
  /** Folded nouns for unnamed sources of speech (источник, очевидцы, СМИ). */
  sourceNouns: string[];
  /** The source nouns that name a text (заявление, указ): the organisation after one is the speaker. */
  documentNouns: string[];
  cues: Cue[];
  /** The word classes of dict/words/*.txt, by file name without extension. */
  words: Record<string, WordClass>;
  /** The tables of dict/words/*.tsv, by file name without extension. */
  tables: Record<string, WordTable>;
}
