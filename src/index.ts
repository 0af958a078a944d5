export { annotate, createAnnotator, type AnnotateOptions, type Annotator, type AnnotatorOptions } from './annotator.js';
export { GazetaError, type GazetaErrorCode } from './errors.js';
export { version } from './version.js';
export { segment, tokenize, splitSentences, type Segmentation } from './segment/index.js';
export { annotateAll, createAnnotateStream, type AnnotateAllOptions, type AnnotatedText, type TextInput } from './stream.js';
export { convertOffsets, offsetConverter, type OffsetUnit } from './format/offsets.js';
export { render, renderFiles, FORMAT_NAMES, OFFSET_FORMATS, type FormatName, type RenderOptions, type Renderer } from './format/index.js';
export { toJsonRecord, type JsonRecord, type OffsetOptions } from './format/jsonl.js';
export { formatText } from './format/text.js';
export { formatInline } from './format/inline.js';
export { formatEntities, toEntityRecord, type EntityRecord } from './format/entities.js';
export { formatConll, parseConll, bioToSpans, type ConllSentences, type TokenSpan } from './format/conll.js';
export { formatBrat, parseBrat, type BratAnnotations } from './format/brat.js';
export { formatHtml } from './format/html.js';
export { formatLabelStudio, toLabelStudioTask, LABEL_STUDIO_CONFIG, type LabelStudioResult, type LabelStudioTask } from './format/label-studio.js';
export { formatSpacy, toSpacyRecord, type SpacyRecord } from './format/spacy.js';
export type { UserEntry } from './dict/user.js';
export type { UserPattern } from './dict/parse.js';
export type {
  Document, DictEntry, Entity, EntityId, EntityType, Mention, Quote, QuoteKind, Reference, Sentence, Span, Token, TokenKind, Warning,
} from './types.js';
