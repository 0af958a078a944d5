import { readFileSync } from 'node:fs';
import { decodeBytes, guessEncoding } from '../encoding.js';
import { GazetaError } from '../errors.js';
import type { DictEntry } from '../types.js';
import { checkEntry, gazetteerRows, patternRows, patternToEntry, type Located, type UserPattern } from './parse.js';

/** A user dictionary entry: an EntityRuler-style pattern or a full gazetteer entry. */
export type UserEntry = UserPattern | DictEntry;

export function userEntries(items: readonly UserEntry[], source = 'options.dictionaries'): DictEntry[] {
  return checkUserEntries(userRows(items, source));
}

/**
 * Dictionary files and inline entries as one dictionary: a pattern given two ids, one in a
 * file and one inline (or in two files), is refused like two ids in one file.
 */
export function readUserEntries(paths: readonly string[], items: readonly UserEntry[], source = 'options.dictionaries'): DictEntry[] {
  return checkUserEntries([...paths.flatMap(readRows), ...userRows(items, source)]);
}

function userRows(items: readonly UserEntry[], source: string): (Located & { file: string })[] {
  return items.map((item, index) => {
    const line = index + 1;
    if (item && typeof item === 'object' && 'aliases' in item && Array.isArray(item.aliases)) {
      const entry = { id: item.id, type: item.type, name: String(item.name ?? ''), aliases: item.aliases.map(String) };
      return { entry: checkEntry(entry, source, line), line, file: source };
    }
    return { entry: patternToEntry(item, source, line), line, file: source };
  });
}

/** Several dictionary files as one: a pattern given two ids in two files is an error too. */
export function readDictionaryFiles(paths: readonly string[]): DictEntry[] {
  return checkUserEntries(paths.flatMap(readRows));
}

/** Reads a user dictionary file: JSONL patterns (.jsonl, .json) or gazetteer TSV (anything else). */
function readRows(path: string): (Located & { file: string })[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new GazetaError('DICTIONARY_READ', `cannot read dictionary ${path}: ${(error as Error).message}`);
  }
  // A dictionary in another encoding would match nothing, silently: refuse it instead.
  const { text, problem } = decodeBytes(bytes);
  if (problem) {
    const guess = guessEncoding(bytes);
    throw new GazetaError('DICTIONARY_FORMAT', `${path}: not UTF-8${guess ? ` (looks like ${guess})` : ''}: save the dictionary as UTF-8`);
  }
  const rows = /\.jsonl?$/i.test(path) ? patternRows(text, path) : gazetteerRows(text, path);
  return rows.map((r) => ({ ...r, file: path }));
}

const MIN_CHARS = 2;
const WORD_CHAR = /[\p{L}\p{N}]/gu;

/** How a pattern is compared with another: case, ё/е and runs of spaces do not make two patterns. */
const patternKey = (pattern: string) => pattern.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/**
 * Refuses what would make the user's entries match wrongly, with the file and line: a
 * pattern of fewer than two letters or digits (it would match every «и» or «В»), and one
 * pattern under two ids (which of them a mention gets would be an accident of order).
 */
export function checkUserEntries(rows: readonly (Located & { file: string })[]): DictEntry[] {
  const owners = new Map<string, { id: string; file: string; line: number }>();
  for (const { entry, file, line } of rows) {
    for (const pattern of new Set([entry.name, ...entry.aliases])) {
      if ((pattern.match(WORD_CHAR)?.length ?? 0) < MIN_CHARS) {
        throw new GazetaError('DICTIONARY_FORMAT', `${file}:${line}: pattern "${pattern}" is shorter than ${MIN_CHARS} letters: it would match too much`);
      }
      const key = patternKey(pattern);
      const owner = owners.get(key);
      if (owner && owner.id !== entry.id) {
        throw new GazetaError('DICTIONARY_FORMAT', `${file}:${line}: pattern "${pattern}" has two ids: ${entry.id} here and ${owner.id} at ${owner.file}:${owner.line}`);
      }
      owners.set(key, owner ?? { id: entry.id, file, line });
    }
  }
  return rows.map((r) => r.entry);
}
