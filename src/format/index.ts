import { GazetaError } from '../errors.js';
import type { Document } from '../types.js';
import { formatBrat } from './brat.js';
import { formatConll } from './conll.js';
import { formatEntities } from './entities.js';
import { formatHtml } from './html.js';
import { formatInline } from './inline.js';
import { toJsonRecord, type OffsetOptions } from './jsonl.js';
import { formatLabelStudio } from './label-studio.js';
import { convertOffsets, OFFSET_UNITS } from './offsets.js';
import { formatSpacy } from './spacy.js';
import { formatText } from './text.js';

/**
 * Every output format by name: the CLI's --format and the API's render(). A renderer turns
 * one document (with the id it came with, if any) into one string. Renderers read the
 * Document's UTF-16 offsets and write offsets in `options.offsets`.
 */
export type Renderer = (doc: Document, id?: unknown, options?: RenderOptions) => string;

export type RenderOptions = OffsetOptions;

export type FormatName = 'text' | 'json' | 'jsonl' | 'inline' | 'entities' | 'conll' | 'brat' | 'html' | 'labelstudio' | 'spacy';

export const FORMATS: Record<FormatName, Renderer> = {
  text: (doc, id) => (id !== undefined ? `== ${String(id)}\n` : '') + formatText(doc),
  json: (doc, id, options) => {
    const converted = convertOffsets(doc, options?.offsets ?? 'utf16');
    return JSON.stringify(id !== undefined ? { id, ...converted } : converted, null, 2);
  },
  jsonl: (doc, id, options) => JSON.stringify(toJsonRecord(id ?? null, doc, options)),
  inline: (doc) => formatInline(doc),
  entities: (doc, id, options) => formatEntities(convertOffsets(doc, options?.offsets ?? 'utf16'), id),
  conll: (doc, id) => formatConll(doc, id),
  brat: (doc, _id, options) => formatBrat(doc, options),
  html: (doc, id) => formatHtml(doc, id),
  labelstudio: (doc, id, options) => formatLabelStudio(doc, id, options),
  spacy: (doc, id, options) => formatSpacy(doc, id, options),
};

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** The formats that write offsets, and so take the `offsets` option; the others write none, or lay out the text itself. */
export const OFFSET_FORMATS: readonly FormatName[] = ['json', 'jsonl', 'entities', 'brat', 'labelstudio', 'spacy'];

/**
 * The files one document gives in a directory of its own files (the CLI's --out-dir), by
 * extension: brat's standoff is the text beside its annotations.
 */
export const DOCUMENT_FILES: Partial<Record<FormatName, (doc: Document, id: unknown, options?: RenderOptions) => Record<string, string>>> = {
  brat: (doc, _id, options) => ({ '.txt': doc.text, '.ann': `${formatBrat(doc, options)}\n` }),
  html: (doc, id) => ({ '.html': formatHtml(doc, id) }),
  conll: (doc, id) => ({ '.conll': formatConll(doc, id) }),
  json: (doc, id, options) => ({ '.json': `${FORMATS.json(doc, id, options)}\n` }),
  labelstudio: (doc, id, options) => ({ '.json': `${formatLabelStudio(doc, id, options)}\n` }),
  spacy: (doc, id, options) => ({ '.json': `${formatSpacy(doc, id, options)}\n` }),
};

function checkFormat(format: string, options: RenderOptions | undefined): asserts format is FormatName {
  if (!(FORMAT_NAMES as string[]).includes(format)) throw new GazetaError('INVALID_OPTIONS', `unknown format ${format}: one of ${FORMAT_NAMES.join(', ')}`);
  const offsets = options?.offsets;
  if (offsets !== undefined && !OFFSET_UNITS.includes(offsets)) throw new GazetaError('INVALID_OPTIONS', `offsets must be utf16 or codepoint, not ${String(offsets)}`);
  // UTF-16 is what the other formats' pages and layouts are made of: only code points are refused.
  if (offsets === 'codepoint' && !OFFSET_FORMATS.includes(format as FormatName)) {
    throw new GazetaError('INVALID_OPTIONS', `the ${format} format writes no offsets: offsets are for ${OFFSET_FORMATS.join(', ')}`);
  }
}

/** One document in a format by name, as `gazeta annotate --format NAME` writes it. */
export function render(format: FormatName | string, doc: Document, id?: unknown, options?: RenderOptions): string {
  checkFormat(format, options);
  return FORMATS[format](doc, id, options);
}

/** One document as the files --out-dir writes: contents by file extension. */
export function renderFiles(format: FormatName | string, doc: Document, id?: unknown, options?: RenderOptions): Record<string, string> {
  checkFormat(format, options);
  const files = DOCUMENT_FILES[format];
  if (!files) throw new GazetaError('INVALID_OPTIONS', `the ${format} format is one stream: files per document are for ${Object.keys(DOCUMENT_FILES).join(', ')}`);
  return files(doc, id, options);
}
