import { Transform, type TransformCallback } from 'node:stream';
import { annotate, type AnnotateOptions, type Annotator } from './annotator.js';
import { GazetaError } from './errors.js';
import { convertOffsets, type OffsetUnit } from './format/offsets.js';
import type { Document } from './types.js';

/** A text to annotate: the text itself, or a record with an id to carry along. */
export type TextInput = string | { id?: unknown; text: string };

/** One annotated text: its id (the record's, or the text's index from 0 when it has none) and its Document. */
export interface AnnotatedText {
  id: unknown;
  document: Document;
}

export interface AnnotateAllOptions extends AnnotateOptions {
  /** The annotator to use (createAnnotator, with your dictionaries); default the built-in one of `annotate`. */
  annotator?: Annotator;
  /** Offsets of the Documents given back: 'utf16' (default) or 'codepoint' (see convertOffsets). */
  offsets?: OffsetUnit;
}

/** The function that annotates each input, checked once for the whole stream. */
function annotatorFor(options: AnnotateAllOptions): (input: unknown, index: number) => AnnotatedText {
  if (typeof options !== 'object' || options === null) throw new GazetaError('INVALID_OPTIONS', 'options must be an object');
  const { annotator, offsets = 'utf16', ...annotateOptions } = options;
  if (annotator !== undefined && typeof annotator?.annotate !== 'function') {
    throw new GazetaError('INVALID_OPTIONS', 'options.annotator must be an annotator from createAnnotator()');
  }
  if (offsets !== 'utf16' && offsets !== 'codepoint') throw new GazetaError('INVALID_OPTIONS', 'options.offsets must be utf16 or codepoint');
  const run = (text: string) => (annotator ? annotator.annotate(text, annotateOptions) : annotate(text, annotateOptions));
  return (input, index) => {
    const record = typeof input === 'string' ? { text: input } : (input as { id?: unknown; text?: unknown } | null);
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      throw new GazetaError('INVALID_INPUT', `input ${index}: expected a string or {id, text} with a string text`);
    }
    return { id: record.id ?? index, document: convertOffsets(run(record.text), offsets) };
  };
}

/**
 * Annotates texts as they come, from an array, a generator or any async iterable (a file's
 * lines, a database cursor, a queue), one at a time: the next text is taken when the last
 * result has been used, so memory does not grow with the input. An input that is not a text
 * throws GazetaError INVALID_INPUT, naming its index.
 */
export async function* annotateAll(texts: Iterable<TextInput> | AsyncIterable<TextInput>, options: AnnotateAllOptions = {}): AsyncGenerator<AnnotatedText> {
  const isIterable = texts !== null && typeof texts === 'object'
    && (Symbol.asyncIterator in texts || Symbol.iterator in texts);
  if (!isIterable) throw new GazetaError('INVALID_INPUT', 'annotateAll() expects an iterable or async iterable of texts');
  const one = annotatorFor(options);
  let index = 0;
  for await (const input of texts) {
    yield one(input, index);
    index++;
  }
}

/**
 * A Node Transform in object mode: writes take texts or {id, text} records, reads give
 * {id, document}. For pipeline(source, createAnnotateStream(), sink) with back-pressure. A bad
 * input ends the stream with GazetaError INVALID_INPUT.
 */
export function createAnnotateStream(options: AnnotateAllOptions = {}): Transform {
  const one = annotatorFor(options);
  let index = 0;
  return new Transform({
    objectMode: true,
    transform(input: unknown, _encoding: BufferEncoding, callback: TransformCallback) {
      try {
        callback(null, one(input, index++));
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
