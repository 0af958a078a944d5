import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../src/cli/inputs.js';

/** A tree of news files, hidden ones included. */
function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gazeta-inputs-'));
  for (const sub of ['b/deep', '.cache', 'a']) mkdirSync(join(dir, sub), { recursive: true });
  const files = ['top.txt', 'a.txt', 'a/x.txt', 'b/news.jsonl', 'b/deep/c.txt', 'b/notes.md', '.hidden.txt', '.cache/old.txt'];
  for (const file of files) writeFileSync(join(dir, file), 'Путин прилетел в Пекин.');
  return dir;
}

const paths = (dir: string, args: string[]) => expandInputs(args, 'text').map((input) => relative(dir, input.path));

describe('input arguments', () => {
  it('walks a directory for *.txt and *.jsonl, depth first and sorted by name at each level, skipping hidden files', () => {
    const dir = tree();
    expect(paths(dir, [dir])).toEqual(['a/x.txt', 'a.txt', 'b/deep/c.txt', 'b/news.jsonl', 'top.txt']);
    expect(expandInputs([join(dir, 'b')], 'text').map((i) => i.kind)).toEqual(['text', 'jsonl']);
  });

  it('takes ** at the start of a pattern, braces and classes, relative to the working directory', () => {
    const dir = tree();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(expandInputs(['**/*.txt'], 'text').map((i) => i.path)).toEqual(['a/x.txt', 'a.txt', 'b/deep/c.txt', 'top.txt']);
      expect(expandInputs(['{a,top}.txt'], 'text').map((i) => i.path)).toEqual(['a.txt', 'top.txt']);
      expect(expandInputs(['./b/**/*.{jsonl,md}'], 'jsonl').map((i) => [i.path, i.kind])).toEqual([['b/news.jsonl', 'jsonl'], ['b/notes.md', 'jsonl']]);
      expect(expandInputs(['[at]*.txt'], 'text').map((i) => i.path)).toEqual(['a.txt', 'top.txt']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('keeps an absolute pattern absolute, and names the pattern that matches nothing', () => {
    const dir = tree();
    expect(expandInputs([`${dir}/**/c.txt`], 'text').map((i) => i.path)).toEqual([join(dir, 'b/deep/c.txt')]);
    expect(() => expandInputs([`${dir}/**/*.xml`], 'text')).toThrow(`no file matches ${dir}/**/*.xml`);
    // A hidden file is taken when it is named, or when the pattern names the dot.
    expect(paths(dir, [join(dir, '.hidden.txt'), `${dir}/.cache/*.txt`])).toEqual(['.hidden.txt', '.cache/old.txt']);
  });

  it('reads standard input for no argument or -, and a missing file is left for the reader to report', () => {
    expect(expandInputs([], 'jsonl')).toEqual([{ path: '-', kind: 'jsonl' }]);
    expect(expandInputs(['-', 'missing.txt'], 'jsonl')).toEqual([{ path: '-', kind: 'jsonl' }, { path: 'missing.txt', kind: 'text' }]);
  });
});
