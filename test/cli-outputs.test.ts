import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrat, parseConll } from '../src/index.js';

// The built CLI (npm test builds first): version, usage, offsets and one file per document.
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
const jsonLines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));

const lines = [
  { id: 'tass/1', text: 'Путин прилетел в Пекин.' },
  { id: 'tass/1', text: '«Переговоры продолжатся», — сказал Дмитрий Песков.' },
  { text: 'В Эр-Рияде встретились делегации России и США.' },
].map((r) => JSON.stringify(r)).concat('not json').join('\n');

describe('gazeta command line', () => {
  it('prints its version; help on stdout when asked, usage on stderr when it explains an error', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) expect(run([flag]).stdout).toBe(`${version}\n`);
    const help = run(['--help']);
    expect([help.status, help.stdout.startsWith('Usage: gazeta annotate'), help.stderr]).toEqual([0, true, '']);
    const none = run([]);
    expect([none.status, none.stdout, none.stderr.startsWith('Usage: gazeta annotate')]).toEqual([2, '', true]);
    const unknown = run(['annotat']);
    expect([unknown.status, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toContain('gazeta: unknown command annotat');
  });

  it('writes code point offsets with --offsets codepoint, and refuses them for a format without offsets', () => {
    const text = '😀😀 Путин прилетел в Пекин.';
    const record = JSON.parse(run(['annotate', '--format', 'jsonl', '--offsets', 'codepoint', '--quiet'], text).stdout);
    expect(record.mentions.map((m: { start: number; end: number }) => [...text].slice(m.start, m.end).join(''))).toEqual(['Путин', 'Пекин']);
    const utf16 = JSON.parse(run(['annotate', '--format', 'jsonl', '--quiet'], text).stdout);
    expect(utf16.mentions[0].start).toBe(record.mentions[0].start + 2);
    const html = run(['annotate', '--format', 'html', '--offsets', 'codepoint'], text);
    expect(html.status).toBe(2);
    expect(html.stderr).toContain('--offsets codepoint: the html format writes no offsets');
    expect(run(['annotate', '--offsets', 'bytes'], text).stderr).toContain('--offsets must be utf16 or codepoint');
  });

  it('--out-dir writes brat .txt and .ann per document, names from ids, the same with worker threads', () => {
    for (const workers of ['1', '2']) {
      const dir = join(mkdtempSync(join(tmpdir(), 'gazeta-out-')), 'brat');
      const out = run(['annotate', '--input', 'jsonl', '--format', 'brat', '--out-dir', dir, '--workers', workers, '--quiet'], lines);
      expect(out.status).toBe(0);
      const records = jsonLines(out.stdout);
      expect(records.slice(0, 3)).toEqual([
        { id: 'tass/1', files: [join(dir, 'tass_1.txt'), join(dir, 'tass_1.ann')] },
        { id: 'tass/1', files: [join(dir, 'tass_1-2.txt'), join(dir, 'tass_1-2.ann')] },
        { id: null, files: [join(dir, 'stdin-3.txt'), join(dir, 'stdin-3.ann')] },
      ]);
      expect(records[3]).toMatchObject({ id: null, line: 4, error: expect.stringContaining('JSON') });
      expect(readdirSync(dir).sort()).toEqual(['stdin-3.ann', 'stdin-3.txt', 'tass_1-2.ann', 'tass_1-2.txt', 'tass_1.ann', 'tass_1.txt']);
      const text = readFileSync(join(dir, 'tass_1-2.txt'), 'utf8');
      const ann = parseBrat(readFileSync(join(dir, 'tass_1-2.ann'), 'utf8'));
      expect(ann.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Дмитрий Песков']);
      expect(ann.quotes.map((q) => text.slice(q.content.start, q.content.end))).toEqual(['Переговоры продолжатся']);
    }
  }, 30_000);

  it('--out-dir writes one HTML page or CoNLL file per input file, and only for formats made of files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazeta-out-'));
    writeFileSync(join(dir, 'a.txt'), '«Мы готовы», — заявил Сергей Лавров в Москве.');
    writeFileSync(join(dir, 'b.txt'), 'Путин прилетел в Пекин.');
    const html = run(['annotate', '--format', 'html', '--out-dir', join(dir, 'html'), '--quiet', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(jsonLines(html.stdout).map((r) => r.files)).toEqual([[join(dir, 'html', 'a.html')], [join(dir, 'html', 'b.html')]]);
    const page = readFileSync(join(dir, 'html', 'a.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('>Сергей Лавров</mark>');
    run(['annotate', '--format', 'conll', '--out-dir', join(dir, 'conll'), '--quiet', join(dir, 'b.txt')]);
    expect(parseConll(readFileSync(join(dir, 'conll', 'b.conll'), 'utf8')).tags).toEqual(['B-PER', 'O', 'O', 'B-LOC', 'O']);
    const jsonl = run(['annotate', '--format', 'jsonl', '--out-dir', join(dir, 'x'), join(dir, 'b.txt')]);
    expect(jsonl.status).toBe(2);
    expect(jsonl.stderr).toContain('--out-dir writes one file per document for brat, html, conll');
  });

  it('writes Label Studio tasks and spaCy records, one per line', () => {
    const input = lines.split('\n').slice(0, 3).join('\n');
    const tasks = jsonLines(run(['annotate', '--input', 'jsonl', '--format', 'labelstudio', '--quiet'], input).stdout);
    expect(tasks.map((t) => t.data.id ?? null)).toEqual(['tass/1', 'tass/1', null]);
    expect(tasks[0].predictions[0].result.map((r: { value: { text: string } }) => r.value.text)).toEqual(['Путин', 'Пекин']);
    const spacy = jsonLines(run(['annotate', '--input', 'jsonl', '--format', 'spacy', '--quiet'], input).stdout);
    expect(spacy[2]).toEqual({ text: 'В Эр-Рияде встретились делегации России и США.', entities: [[2, 10, 'LOC'], [33, 39, 'LOC'], [42, 45, 'LOC']] });
  });
});
