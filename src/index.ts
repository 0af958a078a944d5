export { annotate, createAnnotator, type AnnotateOptions, type Annotator, type AnnotatorOptions } from './annotator.js';
export { GazetaError, type GazetaErrorCode } from './errors.js';
export { segment, tokenize, splitSentences } from './segment/index.js';
export { toJsonRecord, type JsonRecord } from './format/jsonl.js';
export { formatText } from './format/text.js';
export { formatInline } from './format/inline.js';
export { formatEntities, toEntityRecord, type EntityRecord } from './format/entities.js';
export { formatConll, parseConll, bioToSpans, type ConllSentences, type TokenSpan } from './format/conll.js';
export { formatBrat, parseBrat, type BratAnnotations } from './format/brat.js';
export { formatHtml } from './format/html.js';
export type { UserEntry } from './dict/user.js';
export type { UserPattern } from './dict/parse.js';
export type {
  Document, DictEntry, Entity, EntityId, EntityType, Mention, Quote, QuoteKind, Sentence, Span, Token, TokenKind,
} from './types.js';
