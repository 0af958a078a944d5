/// <reference lib="dom" />
// The callbacks given to page.evaluate run in the page.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import { annotate, createAnnotator, type Document } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const output = join(root, 'test-output');
const bundle = join(root, 'dist', 'browser.js');
const dicts = join(root, 'node_modules', 'az', 'dicts');

const texts = [
  'Глава РФПИ Кирилл Дмитриев заявил, что Россия и США обсуждают проекты.',
  '«Мы готовы к диалогу, но не за счёт наших интересов», — заявил министр иностранных дел России Сергей Лавров '
    + 'журналистам в Москве. По его словам, переговоры с Вашингтоном продолжатся в Эр-Рияде.\n\n'
    + 'Официальный представитель МИД Мария Захарова добавила: «Никаких сроков пока нет». '
    + 'Как сообщил ТАСС источник в Кремле, встреча Владимира Путина и Дональда Трампа может пройти весной.',
  readFileSync(join(root, 'examples', 'arctic-talks.txt'), 'utf8'),
  ...['dialogue', 'investment-talks', 'marks', 'names'].map((name) => readFileSync(join(root, 'test', 'golden', `${name}.txt`), 'utf8')),
];
const userEntry = { type: 'ORG', pattern: 'Северная верфь', id: 'org:severnaya-verf' } as const;
const userText = 'Директор Северной верфи доволен, сообщил Дмитрий Песков.';

/** What JSON keeps of a document: the page hands its results over as JSON text. */
const plain = (doc: Document): unknown => JSON.parse(JSON.stringify(doc));

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

/** Serves a page at /, dist/ at /dist/ and Az's dictionaries at /dicts/, from 127.0.0.1 on a free port. */
function serve(): Promise<Server> {
  const mounts: Array<[string, string]> = [['/dist/', join(root, 'dist')], ['/dicts/', dicts]];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/') {
      response.writeHead(200, { 'content-type': TYPES['.html']! });
      // importModule: the test's own import() would be rewritten by vitest before it reaches the page.
      response.end('<!doctype html><html lang="ru"><meta charset="utf-8"><link rel="icon" href="data:,"><title>gazeta</title>'
        + '<script>window.importModule = (url) => import(url);</script></html>');
      return;
    }
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) break;
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('browser build', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build (npm test does it first)`);
    server = await serve();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 20_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it('imports no Node built-in: dist/browser.js is one self-contained module', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code).not.toMatch(/["'`]node:/);
    expect(code).not.toMatch(/\brequire\s*\(/);
    // No static or dynamic import of anything: Az and the lexicon are bundled in.
    const imports = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{][^;'"]*?from\s*)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']/g)];
    expect(imports.map((m) => m[1] ?? m[2])).toEqual([]);
  });

  it('annotates in headless Chromium exactly as in Node, with dictionaries fetched over HTTP', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${origin}/`);

    const result = await page.evaluate(async ({ texts, userEntry, userText }) => {
      const t0 = performance.now();
      const gazeta = await (window as unknown as { importModule(url: string): Promise<typeof import('../src/browser.js')> }).importModule('/dist/browser.js');
      const t1 = performance.now();
      const annotator = await gazeta.loadAnnotator({ dictsUrl: '/dicts' });
      const t2 = performance.now();
      const docs = texts.map((text: string) => JSON.stringify(annotator.annotate(text)));
      const t3 = performance.now();
      const custom = await gazeta.loadAnnotator({ dictsUrl: '/dicts/', dictionaries: [userEntry] });
      const user = JSON.stringify(custom.annotate(userText));
      let refused = '';
      try {
        const withFiles = { dictsUrl: '/dicts/', dictionaryFiles: ['my-dict.jsonl'] };
        await gazeta.loadAnnotator(withFiles);
      } catch (error) {
        refused = `${(error as { code?: string }).code}: ${(error as Error).message}`;
      }
      return { docs, user, refused, importMs: t1 - t0, loadMs: t2 - t1, annotateMs: t3 - t2 };
    }, { texts, userEntry, userText });

    const inNode = texts.map((text) => plain(annotate(text)));
    expect(result.docs.map((json) => JSON.parse(json))).toEqual(inNode);
    expect(JSON.parse(result.user)).toEqual(plain(createAnnotator({ dictionaries: [userEntry] }).annotate(userText)));
    expect(result.refused).toMatch(/^INVALID_OPTIONS: options\.dictionaryFiles needs a file system/);

    // The comparison means something: the texts have people, places and quotes with speakers.
    const [short, long] = inNode as Document[];
    expect(short!.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['loc:russia', 'loc:usa']));
    expect(short!.entities.some((e) => e.name === 'Кирилл Дмитриев')).toBe(true);
    expect(long!.quotes.filter((q) => q.kind === 'direct' && q.speakerEntity !== null).length).toBeGreaterThanOrEqual(2);
    expect((JSON.parse(result.user) as Document).entities[0]!.id).toBe(userEntry.id);
    expect(problems).toEqual([]);

    mkdirSync(output, { recursive: true });
    const timing = { importMs: Math.round(result.importMs), loadMs: Math.round(result.loadMs), annotateMs: Math.round(result.annotateMs), texts: texts.length };
    writeFileSync(join(output, 'browser-timing.json'), `${JSON.stringify(timing)}\n`);
    await page.close();
  }, 30_000);
});
