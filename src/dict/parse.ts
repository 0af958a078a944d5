import { GazetaError } from '../errors.js';
import type { DictEntry, EntityType } from '../types.js';

/**
 * Readers for the plain dictionary sources. They serve the build step (dict/*.tsv) and
 * user dictionaries alike, and report a bad line with its file and line number.
 */

const TYPES = new Set<EntityType>(['PER', 'ORG', 'LOC']);
const ID = /^[^\s|]+$/;

function fail(file: string, line: number, message: string): never {
  throw new GazetaError('DICTIONARY_FORMAT', `${file}:${line}: ${message}`);
}

export function checkEntry(entry: DictEntry, file: string, line: number): DictEntry {
  if (!TYPES.has(entry.type)) fail(file, line, `type must be PER, ORG or LOC, got "${entry.type}"`);
  if (!entry.name.trim()) fail(file, line, 'empty name');
  if (!ID.test(entry.id)) fail(file, line, `bad id "${entry.id}" (no spaces or |, e.g. "org:rdif")`);
  return entry;
}

/** An entry and the line it came from, for errors that point at it. */
export interface Located {
  entry: DictEntry;
  line: number;
}

/** The lines of a source: a BOM dropped, and \n, \r\n or a lone \r ending a line. */
export const sourceLines = (source: string) => source.replace(/^\ufeff/, '').split(/\r\n?|\n/);

/** Gazetteer TSV: header `id type name aliases`, aliases separated by `|`, `#` comments. */
export const parseGazetteerTsv = (source: string, file: string): DictEntry[] => gazetteerRows(source, file).map((r) => r.entry);

export function gazetteerRows(source: string, file: string): Located[] {
  const entries: Located[] = [];
  let header = true;
  sourceLines(source).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim() || raw.startsWith('#')) return;
    const cols = raw.split('\t');
    if (header) {
      header = false;
      if (cols[0] === 'id') return;
    }
    if (cols.length < 3 || cols.length > 4) fail(file, line, `expected 3 or 4 tab-separated columns (id, type, name, aliases), got ${cols.length}`);
    const [id, type, name, aliases = ''] = cols.map((c) => c.trim()) as [string, string, string, string?];
    entries.push({ entry: checkEntry({ id, type: type as EntityType, name, aliases: splitAliases(aliases) }, file, line), line });
  });
  return entries;
}

function splitAliases(field: string): string[] {
  return field ? field.split('|').map((a) => a.trim()).filter(Boolean) : [];
}

/** User patterns in the EntityRuler shape, one JSON object a line: {type, pattern, id, name?}. */
export const parsePatternsJsonl = (source: string, file: string): DictEntry[] => patternRows(source, file).map((r) => r.entry);

export function patternRows(source: string, file: string): Located[] {
  const entries: Located[] = [];
  sourceLines(source).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      fail(file, line, `not valid JSON (${(error as Error).message})`);
    }
    entries.push({ entry: patternToEntry(value, file, line), line });
  });
  return entries;
}

export interface UserPattern {
  type: EntityType;
  pattern: string;
  id: string;
  name?: string;
}

export function patternToEntry(value: unknown, file: string, line: number): DictEntry {
  if (typeof value !== 'object' || value === null) fail(file, line, 'expected an object {type, pattern, id, name?}');
  const { type, pattern, id, name } = value as Record<string, unknown>;
  if (typeof pattern !== 'string' || !pattern.trim()) fail(file, line, '"pattern" must be a non-empty string');
  if (typeof id !== 'string') fail(file, line, '"id" must be a string');
  if (name !== undefined && typeof name !== 'string') fail(file, line, '"name" must be a string');
  const entry = { id, type: type as EntityType, name: (name ?? pattern).trim(), aliases: [pattern.trim()] };
  return checkEntry(entry, file, line);
}

/** A word list: one item a line, optional tab-separated columns, `#` comments. */
export function parseList(source: string): string[][] {
  return sourceLines(source)
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}
