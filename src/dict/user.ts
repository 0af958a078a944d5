import { readFileSync } from 'node:fs';
import { GazetaError } from '../errors.js';
import type { DictEntry } from '../types.js';
import { checkEntry, parseGazetteerTsv, parsePatternsJsonl, patternToEntry, type UserPattern } from './parse.js';

/** A user dictionary entry: an EntityRuler-style pattern or a full gazetteer entry. */
export type UserEntry = UserPattern | DictEntry;

export function userEntries(items: readonly UserEntry[], source = 'options.dictionaries'): DictEntry[] {
  return items.map((item, index) => {
    if (item && typeof item === 'object' && 'aliases' in item && Array.isArray(item.aliases)) {
      const entry = { id: item.id, type: item.type, name: String(item.name ?? ''), aliases: item.aliases.map(String) };
      return checkEntry(entry, source, index + 1);
    }
    return patternToEntry(item, source, index + 1);
  });
}

/** Reads a user dictionary file: JSONL patterns (.jsonl, .json) or gazetteer TSV (anything else). */
export function readDictionaryFile(path: string): DictEntry[] {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GazetaError('DICTIONARY_READ', `cannot read dictionary ${path}: ${(error as Error).message}`);
  }
  return /\.jsonl?$/i.test(path) ? parsePatternsJsonl(source, path) : parseGazetteerTsv(source, path);
}
