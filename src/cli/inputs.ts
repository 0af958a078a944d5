import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GazetaError } from '../errors.js';
import { globBase, globToRegExp, isGlob } from './glob.js';

/** How a file is read: JSON lines {"id", "text"} or one whole text. */
export type InputKind = 'jsonl' | 'text';

export interface Input {
  /** A path, or '-' for standard input. */
  path: string;
  kind: InputKind;
}

const TAKEN = /\.(txt|jsonl)$/;

/**
 * The input arguments as files, in order: a directory gives its *.txt and *.jsonl files
 * (recursively, sorted), a glob the files it matches (sorted), a file itself; none gives
 * standard input. A .jsonl file is always JSON lines and a .txt file one text; anything
 * else (and stdin) follows --input.
 */
export function expandInputs(args: readonly string[], kind: InputKind): Input[] {
  if (args.length === 0) return [{ path: '-', kind }];
  return args.flatMap((arg) => {
    if (arg === '-') return [{ path: '-', kind }];
    const paths = isGlob(arg) ? matchGlob(arg) : isDirectory(arg) ? walk(arg).filter((p) => TAKEN.test(p)) : [arg];
    return paths.map((path) => ({ path, kind: kindOf(path, kind) }));
  });
}

function kindOf(path: string, fallback: InputKind): InputKind {
  if (path.endsWith('.jsonl')) return 'jsonl';
  if (path.endsWith('.txt')) return 'text';
  return fallback;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a missing file is reported when it is read, with the others in order
  }
}

function matchGlob(pattern: string): string[] {
  const base = globBase(pattern);
  const re = globToRegExp(pattern.startsWith('./') ? pattern.slice(2) : pattern);
  const found = isDirectory(base) ? walk(base).filter((p) => re.test(p.startsWith('./') ? p.slice(2) : p)) : [];
  if (found.length === 0) throw new GazetaError('INVALID_INPUT', `no file matches ${pattern}`);
  return found;
}

/** Every file under a directory, depth first, sorted by name at each level; paths start with `dir`. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = dir === '.' ? entry.name : join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.isFile() ? [path] : [];
    });
}
