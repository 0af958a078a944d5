import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CliError } from './cli-error.js';
import type { Runner } from './pool.js';
import type { Item, Outcome } from './records.js';

/** The longest file name stem taken from an id. */
const MAX_STEM = 80;

/**
 * --out-dir: each document's files (rendered with `files: true`, as `{"id", "files"}`) are
 * written to `dir` under a name from its id, and the document's output line becomes
 * `{"id", "files": [paths]}`. A text file's name gives the stem (news/a.txt → a); a JSON line's
 * id does, or, without one, its file and line. A name already taken gets -2, -3 …: batches
 * are written in the order they were read, so the names do not depend on the worker threads.
 */
export function writingFiles(inner: Runner, dir: string): Runner {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot create --out-dir ${dir}: ${(error as Error).message}`);
  }
  const taken = new Set<string>();
  let previous: Promise<unknown> = Promise.resolve();

  const unique = (stem: string) => {
    let name = stem;
    for (let n = 2; taken.has(name); n++) name = `${stem}-${n}`;
    taken.add(name);
    return name;
  };

  const write = (item: Item, outcome: Outcome): Outcome => {
    if (outcome.error !== undefined) return outcome;
    const { id, files } = JSON.parse(outcome.out) as { id: unknown; files: Record<string, string> };
    const name = unique(stemOf(item, id));
    const paths = Object.entries(files).map(([ext, content]) => {
      const path = join(dir, name + ext);
      try {
        writeFileSync(path, content);
      } catch (error) {
        throw new CliError(`cannot write ${path}: ${(error as Error).message}`);
      }
      return path;
    });
    return { ...outcome, out: JSON.stringify({ id: id ?? null, files: paths }) };
  };

  return {
    slots: inner.slots,
    run(items) {
      const outcomes = inner.run(items);
      const written = Promise.all([outcomes, previous]).then(([list]) => list.map((outcome, i) => write(items[i]!, outcome)));
      previous = written.catch(() => {});
      return written;
    },
    close: () => inner.close(),
  };
}

function stemOf(item: Item, id: unknown): string {
  if (item.kind === 'text') return safe(item.file === '-' ? 'stdin' : basename(item.file, extname(item.file)));
  if (typeof id === 'string' || typeof id === 'number') return safe(String(id));
  return safe(`${item.file === '-' ? 'stdin' : basename(item.file, extname(item.file))}-${item.line}`);
}

/** A file name stem from any string: letters, digits, . _ - kept, the rest one _; never hidden, never empty. */
function safe(raw: string): string {
  const stem = raw.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(0, MAX_STEM);
  return stem === '' ? 'document' : stem;
}
