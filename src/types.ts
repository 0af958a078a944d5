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
  text: string;
  type: EntityType;
  entity: EntityId;
  /** Name of the dictionary or rule that found the mention, for tracing. */
  rule: string;
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

export type { Warning } from './language.js';
import type { Warning } from './language.js';

/** A gazetteer entry, as written in dict/*.tsv or given by a user. */
export interface DictEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}
