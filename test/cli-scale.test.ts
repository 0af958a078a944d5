import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built CLI (npm test builds first), as users run it on large inputs.
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, 'annotate', ...args], { input, encoding: 'utf8' });
const jsonLines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));

/** The child's resident memory from /proc (Linux), in MB. */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('gazeta annotate at scale', () => {
  it('applies back-pressure: a consumer that stops reading stops the input, memory stays flat', async () => {
    // ~17 KB in, ~70 KB out per line: the output pipe fills first.
    const text = 'Путин прилетел в Пекин. '.repeat(400);
    const line = (i: number) => JSON.stringify({ id: i, text }) + '\n';
    const docs = 300; // 5 MB of input
    const child = spawn(process.execPath, [cli, 'annotate', '--input', 'jsonl', '--quiet'], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdout.pause();
    let written = 0;
    let accepted = 0;
    const feeding = (async () => {
      for (; written < docs; written++) {
        const chunk = line(written);
        if (!child.stdin.write(chunk)) await once(child.stdin, 'drain');
        accepted += Buffer.byteLength(chunk);
      }
      child.stdin.end();
    })();

    // Nobody reads stdout: the CLI must stop taking input, not buffer it. Waited for by events, not by a fixed
    // time, so a loaded machine (slow start, slow annotation) cannot fail it: first output means the CLI is
    // annotating; then the input must come to rest well before all 5 MB are taken, and stay at rest.
    const deadline = Date.now() + 60_000;
    while (child.stdout.readableLength === 0 && Date.now() < deadline) await sleep(100);
    let before = -1;
    while (accepted !== before && Date.now() < deadline) {
      before = accepted;
      await sleep(1500);
    }
    const rssPaused = rssMb(child.pid!);
    const acceptedPaused = accepted;
    await sleep(1500);
    expect(accepted - acceptedPaused).toBeLessThan(100_000);
    expect(accepted).toBeLessThan(3_000_000);
    expect(rssMb(child.pid!) - rssPaused).toBeLessThan(20);

    // Then a slow reader: memory stays bounded to the end, and every line comes out.
    let peak = 0;
    const sampler = setInterval(() => {
      try { peak = Math.max(peak, rssMb(child.pid!)); } catch { /* exited */ }
    }, 50);
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.stdout.resume();
    const [code] = await once(child, 'exit');
    await feeding;
    clearInterval(sampler);
    expect(code).toBe(0);
    expect(peak).toBeLessThan(350);
    expect(jsonLines(out).map((r) => r.id)).toEqual(Array.from({ length: docs }, (_, i) => i));
  }, 120_000);

  it('keeps input order with --workers 2, writes error records, skips blank lines', () => {
    const lines: string[] = [];
    const expected: unknown[] = [];
    for (let i = 0; i < 300; i++) {
      if (i % 50 === 7) {
        lines.push('{"id": broken');
        expected.push(null);
      } else if (i % 50 === 8) {
        lines.push('');
      } else {
        lines.push(JSON.stringify({ id: `doc-${i}`, text: `«Мы готовы», — заявил Сергей Лавров в Москве ${i} раз.` }));
        expected.push(`doc-${i}`);
      }
    }
    const input = lines.join('\n') + '\n';
    const two = run(['--input', 'jsonl', '--workers', '2'], input);
    expect(two.status).toBe(0);
    const records = jsonLines(two.stdout);
    expect(records.map((r) => r.id)).toEqual(expected);
    expect(records.find((r) => r.id === null)).toMatchObject({ file: '-', line: 8, error: expect.any(String) });
    expect(records[0].quotes[0].speakerEntity).toBe('per:sergei-lavrov');
    expect(two.stderr).toMatch(/^gazeta: 294 docs, 6 errors, [\d.]+ s, [\d,]+ docs\/s\n$/);
    // The same bytes as one thread.
    expect(run(['--input', 'jsonl', '--quiet'], input).stdout).toBe(two.stdout);
  }, 30_000);

  it('stops at the first bad line with --strict, after writing the lines before it', () => {
    const input = ['{"id": 1, "text": "Путин в Пекине."}', '{"id": 2, "text": "Лавров в Москве."}', '{"id": 3}', '{"id": 4, "text": "Текст."}'].join('\n');
    for (const workers of ['1', '2']) {
      const out = run(['--input', 'jsonl', '--strict', '--workers', workers], input);
      expect(out.status).toBe(1);
      expect(out.stderr).toContain('-:3: expected {"id", "text"}');
      expect(jsonLines(out.stdout).map((r) => r.id)).toEqual([1, 2]);
    }
  }, 20_000);

  it('takes directories (*.txt and *.jsonl, recursively) and globs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazeta-scale-'));
    mkdirSync(join(dir, 'b', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'Путин прилетел в Пекин.');
    writeFileSync(join(dir, 'b', 'news.jsonl'), ['{"id": "n1", "text": "Лавров в Москве."}', '', '{"id": "n2", "text": "Трамп в Вашингтоне."}'].join('\n'));
    writeFileSync(join(dir, 'b', 'deep', 'c.txt'), 'Дмитриев в Эр-Рияде.');
    writeFileSync(join(dir, 'b', 'notes.md'), 'не берётся');

    const all = run(['--format', 'jsonl', '--quiet', dir]);
    expect(all.status).toBe(0);
    expect(jsonLines(all.stdout).map((r) => r.id)).toEqual([join(dir, 'a.txt'), join(dir, 'b', 'deep', 'c.txt'), 'n1', 'n2']);

    const txt = run(['--format', 'jsonl', '--quiet', `${dir}/**/*.txt`]);
    expect(jsonLines(txt.stdout).map((r) => r.id)).toEqual([join(dir, 'a.txt'), join(dir, 'b', 'deep', 'c.txt')]);
    const top = run(['--format', 'jsonl', '--quiet', `${dir}/*.txt`, `${dir}/b/*.jsonl`]);
    expect(jsonLines(top.stdout).map((r) => r.id)).toEqual([join(dir, 'a.txt'), 'n1', 'n2']);

    const none = run([`${dir}/**/*.xml`]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no file matches');
  }, 20_000);
});
