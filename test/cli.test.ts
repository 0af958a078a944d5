import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The CLI as users run it: the built package (npm test builds it first).
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

describe('gazeta annotate', () => {
  it('prints entities and quotes readably for a text on stdin', () => {
    const out = run(['annotate'], '«Мы готовы», — заявил Сергей Лавров в Москве.');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('PER Сергей Лавров');
    expect(out.stdout).toContain('LOC Москва');
    expect(out.stdout).toContain('Сергей Лавров → Мы готовы');
  });

  it('turns JSON lines into one record per line, in order, with error records for bad lines', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Путин прилетел в Пекин.' }),
      'not json',
      JSON.stringify({ id: 'b', text: 'По словам Дмитрия Пескова, встреча состоится.' }),
      JSON.stringify({ id: 'c' }),
    ].join('\n');
    const out = run(['annotate', '--input', 'jsonl', '--format', 'jsonl'], input);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', null]);
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringContaining('JSON') });
    expect(lines[3]).toMatchObject({ line: 4, error: expect.stringContaining('text') });
    expect(lines[0].entities.map((e: { name: string }) => e.name)).toEqual(['Владимир Путин', 'Пекин']);
    expect(Object.keys(lines[0])).toEqual(['id', 'entities', 'mentions', 'references', 'quotes', 'warnings']);
    expect(lines[2].quotes[0]).toMatchObject({ kind: 'indirect', speakerEntity: 'per:dmitrii-peskov' });
    expect(Object.keys(lines[2].quotes[0])).toEqual(['kind', 'text', 'content', 'cue', 'speaker', 'speakerEntity', 'speakerName', 'pattern']);
  });

  it('annotates files and takes user dictionaries with --dict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazeta-'));
    const text = join(dir, 'a.txt');
    const dict = join(dir, 'user.jsonl');
    writeFileSync(text, 'Заказ получила Северная верфь.');
    writeFileSync(dict, JSON.stringify({ type: 'ORG', pattern: 'Северная верфь', id: 'org:verf' }) + '\n');
    const doc = JSON.parse(execFileSync(process.execPath, [cli, 'annotate', '--format', 'json', '--dict', dict, text], { encoding: 'utf8' }));
    expect(doc.entities.map((e: { id: string }) => e.id)).toEqual(['org:verf']);
  });

  it('reports a malformed dictionary with file and line, and a bad flag with usage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazeta-'));
    const dict = join(dir, 'bad.tsv');
    writeFileSync(dict, 'id\ttype\tname\taliases\norg:x\tORG\tИкс\t\nonly-one-column\n');
    const out = run(['annotate', '--dict', dict], 'текст');
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`${dict}:3`);
    const bad = run(['annotate', '--format', 'xml'], 'текст');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format must be one of');
  });
});
