import type { Document } from '../types.js';
import { formatBrat } from './brat.js';
import { formatConll } from './conll.js';
import { formatEntities } from './entities.js';
import { formatHtml } from './html.js';
import { formatInline } from './inline.js';
import { toJsonRecord } from './jsonl.js';
import { formatText } from './text.js';

/**
 * Every output format by name: the CLI's --format and the API's render(). A renderer turns
 * one document (with the id it came with, if any) into one string.
 */
export type Renderer = (doc: Document, id?: unknown) => string;

export const FORMATS: Record<string, Renderer> = {
  text: (doc, id) => (id !== undefined ? `== ${String(id)}\n` : '') + formatText(doc),
  json: (doc, id) => JSON.stringify(id !== undefined ? { id, ...doc } : doc, null, 2),
  jsonl: (doc, id) => JSON.stringify(toJsonRecord(id ?? null, doc)),
  inline: (doc) => formatInline(doc),
  entities: (doc, id) => formatEntities(doc, id),
  conll: (doc, id) => formatConll(doc, id),
  brat: (doc) => formatBrat(doc),
  html: (doc, id) => formatHtml(doc, id),
};

export function render(format: string, doc: Document, id?: unknown): string {
  const renderer = FORMATS[format];
  if (!renderer) throw new Error(`unknown format ${format}`);
  return renderer(doc, id);
}
