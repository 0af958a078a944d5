import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { readLines } from '../src/cli/lines.js';
import { decodeBytes, guessEncoding } from '../src/encoding.js';
import { parseBrat } from '../src/format/brat.js';

// The built CLI (npm test builds first), given inputs that fail, in odd encodings, or cut short.
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [cli, 'annotate', ...args], { input, encoding: 'utf8' });
const jsonLines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));
const tmp = () => mkdtempSync(join(tmpdir(), 'gazeta-rel-'));

const SENTENCE = 'Глава РФПИ Кирилл Дмитриев прилетел в Москву.';
const entityIds = (record: { entities: { id: string }[] }) => record.entities.map((e) => e.id);

// Windows-1251, koi8-r and UTF-16 bytes of SENTENCE, written out so that the test needs no iconv.
const CP1251 = Buffer.from('c3ebe0e2e020d0d4cfc820cae8f0e8ebeb20c4ece8f2f0e8e5e220eff0e8ebe5f2e5eb20e220cceef1eae2f32e', 'hex');
const KOI8R = Buffer.from('e7ccc1d7c120f2e6f0e920ebc9d2c9cccc20e4cdc9d4d2c9c5d720d0d2c9ccc5d4c5cc20d720edcfd3cbd7d52e', 'hex');

describe('nothing finished is lost', () => {
  it('writes every record before an unreadable file, goes on after it, and exits 1 naming it', () => {
    const dir = tmp();
    const good = join(dir, 'a.jsonl');
    const after = join(dir, 'c.jsonl');
    const lines = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ id: i, text: `«Мы готовы», — заявил Сергей Лавров в Москве ${i} раз.` }));
    writeFileSync(good, lines.join('\n') + '\n');
    writeFileSync(after, JSON.stringify({ id: 'after', text: SENTENCE }) + '\n');
    for (const workers of ['1', '2']) {
      const out = run(['--input', 'jsonl', '--workers', workers, good, join(dir, 'missing.jsonl'), after]);
      expect(out.status).toBe(1);
      expect(out.stderr).toContain(`cannot read ${join(dir, 'missing.jsonl')}: ENOENT`);
      expect(out.stderr).toMatch(/1,001 docs, 0 errors, 1 unreadable input/);
      const ids = jsonLines(out.stdout).map((r) => r.id);
      expect(ids).toEqual([...Array.from({ length: 1000 }, (_, i) => i), 'after']);
    }
  }, 60_000);

  it('a closed pipe (| head -1) ends the run quietly, exit 0', async () => {
    const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: SENTENCE })).join('\n');
    for (const workers of ['1', '2']) {
      const child = spawn(process.execPath, [cli, 'annotate', '--input', 'jsonl', '--workers', workers], { stdio: ['pipe', 'pipe', 'pipe'] });
      child.stdin.on('error', () => {}); // the CLI stops reading once its output is gone
      child.stdin.end(input);
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const [first] = (await once(child.stdout, 'data')) as [Buffer];
      child.stdout.destroy();
      const [code] = await once(child, 'exit');
      expect(first.toString()).toMatch(/^\{"id":0,/);
      expect(code).toBe(0);
      expect(stderr).toBe('');
    }
  }, 30_000);
});

describe('output that cannot be written', () => {
  // /dev/full takes no byte: every write fails with ENOSPC, as on a full disk.
  it.skipIf(!existsSync('/dev/full'))('a full disk is one line on stderr and exit 1, not a stack', () => {
    const out = spawnSync(process.execPath, [cli, 'annotate', '--quiet'], { input: SENTENCE, stdio: ['pipe', openSync('/dev/full', 'w'), 'pipe'], encoding: 'utf8' });
    expect(out.status).toBe(1);
    expect(out.stderr).toBe('gazeta: cannot write the output: ENOSPC: no space left on device, write\n');
  });
});

describe('byte order marks, line ends and encodings', () => {
  it('a BOM before the first JSON line, and CR, LF and CRLF line ends, give every record', () => {
    const record = (id: number) => JSON.stringify({ id, text: SENTENCE });
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${record(1)}\r${record(2)}\r\n${record(3)}\n${record(4)}`)]);
    const out = run(['--input', 'jsonl', '--quiet'], input);
    expect(out.status).toBe(0);
    const records = jsonLines(out.stdout);
    expect(records.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    expect(records.every((r) => entityIds(r).includes('per:kirill-dmitriev'))).toBe(true);
  });

  it('a CRLF split between two chunks is one line end, a lone CR at a chunk end is one too', async () => {
    const lines = async (chunks: string[]) => {
      const out: string[] = [];
      for await (const line of readLines(Readable.from(chunks.map((c) => Buffer.from(c))))) out.push(line);
      return out;
    };
    expect(await lines(['Путин\r', '\nПесков\r\n'])).toEqual(['Путин', 'Песков']);
    expect(await lines(['Путин\r', 'Песков\r', '\r\nЛавров'])).toEqual(['Путин', 'Песков', '', 'Лавров']);
    expect(await lines(['Пу', 'тин\n\nПе', 'сков'])).toEqual(['Путин', '', 'Песков']);
    // The BOM and a two-byte letter split across chunks.
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ёж\rЮг')]);
    const split: string[] = [];
    for await (const line of readLines(Readable.from([bytes.subarray(0, 1), bytes.subarray(1, 4), bytes.subarray(4)]))) split.push(line);
    expect(split).toEqual(['Ёж', 'Юг']);
  });

  it('a BOM before a text is dropped: offsets count from the first real character', () => {
    const out = run(['--format', 'json'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]));
    const doc = JSON.parse(out.stdout);
    expect(doc.text).toBe(SENTENCE);
    expect(doc.mentions[1]).toMatchObject({ text: 'Кирилл Дмитриев', start: SENTENCE.indexOf('Кирилл') });
  });

  it('windows-1251 and koi8-r input is named in a warning, and read with --encoding', () => {
    for (const [bytes, name] of [[CP1251, 'windows-1251'], [KOI8R, 'koi8-r']] as const) {
      const plain = run(['--format', 'jsonl'], bytes);
      expect(plain.status).toBe(0);
      expect(plain.stderr).toContain(`gazeta: warning: -: not UTF-8: looks like ${name} (pass --encoding ${name})`);
      const decoded = run(['--format', 'jsonl', '--encoding', name], bytes);
      expect(decoded.stderr).not.toContain('warning');
      expect(entityIds(jsonLines(decoded.stdout)[0])).toEqual(['org:rdif', 'per:kirill-dmitriev', 'loc:moskva']);
    }
    // JSON lines too: the warning comes once per input, the lines decode with --encoding.
    const jsonl = Buffer.concat([Buffer.from('{"id": 1, "text": "'), CP1251, Buffer.from('"}\n')]);
    expect(run(['--input', 'jsonl'], jsonl).stderr).toContain('looks like windows-1251');
    expect(entityIds(jsonLines(run(['--input', 'jsonl', '--encoding', 'cp1251'], jsonl).stdout)[0])).toContain('per:kirill-dmitriev');
    const bad = run(['--encoding', 'klingon'], 'текст');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown encoding "klingon"');
  });

  it('UTF-16 with a BOM is read as such, without being asked', () => {
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SENTENCE, 'utf16le').swap16()])]) {
      const out = run(['--format', 'json'], bytes);
      expect(out.stderr).not.toContain('warning');
      expect(JSON.parse(out.stdout).text).toBe(SENTENCE);
    }
  });

  it('guesses the encoding from the bytes, and never calls UTF-8 (even with U+FFFD in it) anything else', () => {
    expect(guessEncoding(CP1251)).toBe('windows-1251');
    expect(guessEncoding(KOI8R)).toBe('koi8-r');
    expect(guessEncoding(Buffer.from(SENTENCE, 'utf16le'))).toBe('utf-16le');
    expect(decodeBytes(CP1251, 'windows-1251')).toEqual({ text: SENTENCE, problem: null });
    expect(decodeBytes(Buffer.from(`${SENTENCE} \ufffd`))).toEqual({ text: `${SENTENCE} \ufffd`, problem: null });
    // A file cut off inside a character is not UTF-8 either.
    expect(decodeBytes(Buffer.from(SENTENCE).subarray(0, 5)).problem).not.toBeNull();
  });
});

describe('user dictionaries that would match wrongly', () => {
  const dictRun = (name: string, body: string | Buffer) => {
    const dir = tmp();
    const path = join(dir, name);
    writeFileSync(path, body);
    return { path, out: run(['--format', 'jsonl', '--dict', path], 'Заказ получила Северная верфь.') };
  };

  it('a BOM and CR line ends in a dictionary file are read', () => {
    const body = '\ufeff' + [JSON.stringify({ type: 'ORG', pattern: 'Северная верфь', id: 'org:verf' }), JSON.stringify({ type: 'ORG', pattern: 'Верфь', id: 'org:verf' })].join('\r');
    const { out } = dictRun('user.jsonl', body);
    expect(out.status).toBe(0);
    expect(entityIds(jsonLines(out.stdout)[0])).toEqual(['org:verf']);
    const tsv = dictRun('user.tsv', '\ufeffid\ttype\tname\taliases\rorg:verf\tORG\tСеверная верфь\t\r');
    expect(entityIds(jsonLines(tsv.out.stdout)[0])).toEqual(['org:verf']);
  });

  it('one pattern under two ids is an error naming both places', () => {
    const lines = [
      { type: 'ORG', pattern: 'Северная верфь', id: 'org:verf' },
      { type: 'ORG', pattern: 'Балтийский завод', id: 'org:baltzavod' },
      { type: 'ORG', pattern: 'северная  верфь', id: 'org:other' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const { path, out } = dictRun('user.jsonl', lines);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`${path}:3: pattern "северная  верфь" has two ids: org:other here and org:verf at ${path}:1`);
    // The same pattern twice under one id is only a repeat.
    expect(dictRun('same.jsonl', [lines.split('\n')[0], lines.split('\n')[0]].join('\n')).out.status).toBe(0);
  });

  it('one pattern under two ids in two files is an error too, with one worker or two', () => {
    const dir = tmp();
    const jsonl = join(dir, 'a.jsonl');
    const tsv = join(dir, 'b.tsv');
    writeFileSync(jsonl, JSON.stringify({ type: 'ORG', pattern: 'Северная верфь', id: 'org:verf' }) + '\n');
    writeFileSync(tsv, 'id\ttype\tname\taliases\norg:sz\tORG\tСудостроительный завод\tСеверная Верфь\n');
    for (const workers of ['1', '2']) {
      const out = run(['--workers', workers, '--dict', jsonl, '--dict', tsv], SENTENCE);
      expect(out.status).toBe(1);
      expect(out.stderr).toContain(`${tsv}:2: pattern "Северная Верфь" has two ids: org:sz here and org:verf at ${jsonl}:1`);
    }
  });

  it('a pattern of fewer than two letters is refused', () => {
    for (const pattern of ['В', 'я.', '«Ъ»']) {
      const { path, out } = dictRun('user.jsonl', JSON.stringify({ type: 'ORG', pattern, id: 'org:x' }));
      expect(out.status).toBe(1);
      expect(out.stderr).toContain(`${path}:1: pattern "${pattern}" is shorter than 2 letters`);
    }
    expect(dictRun('ok.jsonl', JSON.stringify({ type: 'ORG', pattern: 'Х5', id: 'org:x5' })).out.status).toBe(0);
  });

  it('a dictionary in windows-1251 is refused with the encoding named', () => {
    const { path, out } = dictRun('user.tsv', Buffer.concat([Buffer.from('id\ttype\tname\taliases\norg:x\tORG\t'), CP1251, Buffer.from('\t\n')]));
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`${path}: not UTF-8 (looks like windows-1251)`);
  });
});

describe('brat output', () => {
  it('a tab inside a span is not a raw tab in its T line', () => {
    const text = '«Мы\tготовы\tк диалогу», — заявил Кирилл\tДмитриев.';
    const out = run(['--format', 'brat'], text);
    const tLines = out.stdout.split('\n').filter((l) => l.startsWith('T'));
    expect(tLines.length).toBeGreaterThan(0);
    for (const line of tLines) expect(line.split('\t')).toHaveLength(3);
    const quote = parseBrat(out.stdout).quotes[0]!;
    expect(text.slice(quote.content.start, quote.content.end)).toBe('Мы\tготовы\tк диалогу');
  });
});

describe('a worker thread that dies', () => {
  // The worker's test-only hook (src/cli/worker.ts): a document holding the mark ends its thread at once, as a crash would.
  const MARK = 'ГАЗЕТА-ТЕСТ-ПАДЕНИЕ';
  const crashing = (args: string[], input?: string) =>
    spawnSync(process.execPath, [cli, 'annotate', ...args], { input, encoding: 'utf8', env: { ...process.env, GAZETA_TEST_WORKER_EXIT: MARK } });
  const said = (i: number) => `«Мы готовы», — заявил Сергей Лавров в Москве ${i} раз.`;

  it('is replaced: the batch it held is retried one document at a time, the document that kills again is an error record, nothing else is lost', () => {
    // Two killers, each inside a batch of 32 with others queued behind it on the same worker.
    const killers = new Set([37, 150]);
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `n${i}`, text: said(i) + (killers.has(i) ? ` ${MARK}` : '') }));
    const input = lines.join('\n') + '\n';
    const out = crashing(['--input', 'jsonl', '--workers', '2'], input);
    expect(out.status).toBe(0);
    const records = jsonLines(out.stdout);
    expect(records.map((r) => r.id)).toEqual(lines.map((_, i) => `n${i}`));
    expect(records[37]).toEqual({ id: 'n37', file: '-', line: 38, error: 'a worker thread died on this document (exit code 70)' });
    expect(records[150]).toMatchObject({ id: 'n150', line: 151, error: expect.stringContaining('died') });
    expect(out.stderr).toContain('gazeta: warning: -:38: a worker thread died on this document (exit code 70)\n');
    expect(out.stderr).toMatch(/gazeta: 200 docs, 2 errors/);
    // Every other record is what a run without deaths writes, byte for byte.
    const calm = run(['--input', 'jsonl', '--quiet', '--workers', '2'], input).stdout.split('\n');
    const split = out.stdout.split('\n');
    expect(split.filter((line, i) => line !== calm[i])).toEqual([split[37], split[150]]);
  }, 60_000);

  it('text files too, and a run of killers costs each only itself', () => {
    const dir = tmp();
    const files = ['a', 'b', 'c', 'd'].map((name, i) => {
      const path = join(dir, `${name}.txt`);
      writeFileSync(path, i === 0 || i === 3 ? SENTENCE : `${SENTENCE} ${MARK}`);
      return path;
    });
    const out = crashing(['--format', 'jsonl', '--workers', '2', ...files]);
    expect(out.status).toBe(0);
    const records = jsonLines(out.stdout);
    expect(records.map((r) => r.id)).toEqual(files);
    expect(records.map((r) => r.error ?? 'ok')).toEqual(['ok', expect.stringContaining('died'), expect.stringContaining('died'), 'ok']);
    expect(entityIds(records[3])).toContain('per:kirill-dmitriev');
  }, 60_000);

  it('with --strict the killer stops the run, after the records before it', () => {
    const input = [0, 1, 2, 3].map((i) => JSON.stringify({ id: i, text: said(i) + (i === 2 ? MARK : '') })).join('\n');
    const out = crashing(['--input', 'jsonl', '--strict', '--workers', '2'], input);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('-:3: a worker thread died on this document (exit code 70) (--strict)');
    expect(jsonLines(out.stdout).map((r) => r.id)).toEqual([0, 1]);
  }, 60_000);
});

describe('--time-budget', () => {
  it('a document past its budget is written with the stages done so far and a warning, with one worker or two', () => {
    const long = `${SENTENCE} `.repeat(20_000); // 900 K characters: segmenting alone takes longer than 1 ms
    const input = [JSON.stringify({ id: 'long', text: long }), JSON.stringify({ id: 'short', text: SENTENCE })].join('\n');
    for (const workers of ['1', '2']) {
      const out = run(['--input', 'jsonl', '--time-budget', '1', '--workers', workers], input);
      expect(out.status).toBe(0);
      const [cut] = jsonLines(out.stdout);
      expect(cut).toMatchObject({ id: 'long', entities: [], quotes: [], warnings: [{ code: 'TIME_BUDGET' }] });
      expect(out.stderr).toMatch(/gazeta: warning: -:1: time budget of 1 ms spent after the \w+ stage; later stages skipped/);
    }
    // A budget it stays within changes nothing.
    const roomy = run(['--format', 'jsonl', '--time-budget', '60000'], SENTENCE);
    expect(roomy.stdout).toBe(run(['--format', 'jsonl'], SENTENCE).stdout);
    expect(entityIds(jsonLines(roomy.stdout)[0])).toContain('per:kirill-dmitriev');
  }, 60_000);

  it('refuses a budget that is not a positive number of milliseconds', () => {
    for (const bad of ['0', '-5', 'soon', '']) {
      const out = run([`--time-budget=${bad}`], SENTENCE);
      expect(out.status).toBe(2);
      expect(out.stderr).toContain('--time-budget must be a number of milliseconds above 0');
    }
  });
});
