import { statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { GazetaError } from '../errors.js';

/** How a file is read: JSON lines {"id", "text"} or one whole text. */
export type InputKind = 'jsonl' | 'text';

export interface Input {
  /** A path, or '-' for standard input. */
  path: string;
  kind: InputKind;
}

/** What a directory gives. */
const TAKEN = '**/*.{txt,jsonl}';

/**
 * The input arguments as files, in order: a directory gives its *.txt and *.jsonl files
 * (recursively, sorted), a glob the files it matches (sorted), a file itself; none gives
 * standard input. Globs are tinyglobby's (`*`, `?`, `**`, `{a,b}`, `[…]`); like a shell they
 * skip hidden files and directories, and so does a directory's walk. A .jsonl file is always
 * JSON lines and a .txt file one text; anything else (and stdin) follows --input.
 */
export function expandInputs(args: readonly string[], kind: InputKind): Input[] {
  if (args.length === 0) return [{ path: '-', kind }];
  return args.flatMap((arg) => {
    if (arg === '-') return [{ path: '-', kind }];
    const paths = isDirectory(arg) ? matchIn(arg, TAKEN) : isDynamicPattern(arg) ? matchGlob(arg) : [arg];
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
  // The static directories before the first wildcard are the walk's root, so the paths found
  // start as the pattern does (an absolute pattern gives absolute paths, ../ stays ../).
  const segments = pattern.split('/');
  const first = segments.findIndex((segment) => isDynamicPattern(segment));
  const base = segments.slice(0, first).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const found = isDirectory(base) ? matchIn(base, segments.slice(first).join('/')) : [];
  if (found.length === 0) throw new GazetaError('INVALID_INPUT', `no file matches ${pattern}`);
  return found;
}

/** The files under `dir` that `pattern` matches, as paths starting with `dir`, depth first, sorted by name at each level. */
function matchIn(dir: string, pattern: string): string[] {
  return globSync(pattern, { cwd: dir, onlyFiles: true, expandDirectories: false })
    .map((path) => path.split('/'))
    .sort(bySegments)
    .map((segments) => (dir === '.' ? join(...segments) : join(dir, ...segments)));
}

function bySegments(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}
