/// <reference lib="dom" />
// The callbacks given to page.$$eval run in the page, with its DOM.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import { layoutPieces, type Piece } from '../src/format/html-layout.js';
import { annotate, createAnnotator, formatHtml, type Document } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const output = join(root, 'test-output');

const article = annotate(readFileSync(join(root, 'examples', 'arctic-talks.txt'), 'utf8'));

// Markup in the text, and an entity whose id, name and pattern try to break out of attributes.
const hostileText = '<script>alert("text")</script> «Мы <b>готовы</b> & \'рады\'», — заявил Сергей Лавров.\r\n'
  + 'Директор "><img src=x onerror=alert(1)> верфи доволен. <!-- </main> -->\0';
const hostile = createAnnotator({
  dictionaries: [{ type: 'ORG', pattern: '"><img src=x onerror=alert(1)>', id: 'org:"><script>alert(2)</script>', name: '<b onmouseover="alert(3)">\'</b>' }],
}).annotate(hostileText);

/** A mention crossing each end of a quote, a quote inside another, and a mention inside a quote. */
function crossing(): Document {
  const text = 'Сергей Лавров сказал: Москва и Осло готовы к диалогу, сообщил Песков.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const mention = (s: string, type: 'PER' | 'LOC', entity: string) => ({ ...at(s), tokens: [0, 0] as [number, number], text: s, type, entity, rule: 'test' });
  const mentions = [mention('Сергей Лавров', 'PER', 'per:lavrov'), mention('Москва', 'LOC', 'loc:moskva'), mention('Осло', 'LOC', 'loc:oslo'), mention('Песков', 'PER', 'per:peskov')];
  const entities = mentions.map((m) => ({ id: m.entity, type: m.type, name: m.text, aliases: [], mentions: [m], references: [], source: 'rule' as const }));
  const quote = (span: { start: number; end: number }) => ({ kind: 'direct' as const, content: span, cue: null, speaker: null, speakerEntity: null, speakerName: null, pattern: 'test' });
  const quotes = [
    quote({ start: at('Лавров').start, end: at('Москва').start + 3 }), // crosses Сергей Лавров and Москва: « сказал: » is left
    quote({ start: at('Осло').start + 2, end: at('диалогу').end }), // crosses Осло: shrinks to « готовы к диалогу»
    quote(at('готовы')), // inside the one before: dropped
    quote(at('сообщил Песков')), // holds a mention whole
    quote(at('Лавров')), // inside a mention: nothing left
  ];
  return { text, warnings: [], tokens: [], sentences: [], entities, mentions, quotes };
}

describe('html format', () => {
  it('escapes every piece of text, so markup in the text or the entities stays text', () => {
    const html = formatHtml(hostile, '<id>');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<b[ >]|<!--|onerror="|<\/script> «/);
    expect(html).toContain('&lt;script&gt;alert(&quot;text&quot;)');
    expect(html).toContain('<title>gazeta: &lt;id&gt;</title>');
    expect(html).toContain('&#13;\n');
    expect(html).not.toContain('\0');
  });

  it('nests mentions in quotes, shrinking or dropping quote highlights that would cross a mention', () => {
    const doc = crossing();
    const shape = (pieces: Piece[]): unknown[] =>
      pieces.map((p) => (p.kind === 'quote' ? { q: p.index, text: doc.text.slice(p.start, p.end), in: shape(p.children) } : p.kind === 'mention' ? { m: p.index } : '-'));
    expect(shape(layoutPieces(doc))).toEqual([
      { m: 0 }, { q: 0, text: ' сказал: ', in: ['-'] }, { m: 1 }, '-', { m: 2 },
      { q: 1, text: ' готовы к диалогу', in: ['-'] }, '-',
      { q: 3, text: 'сообщил Песков', in: ['-', { m: 3 }] }, '-',
    ]);
  });

  it('marks a pronoun that refers to a person with that person\'s entity and name', () => {
    const html = formatHtml(annotate('Министр Антон Силуанов представил бюджет. Он назвал его сбалансированным.'));
    expect(html).toContain('<mark class="ref PER" data-entity="per:anton-siluanov" data-start="42" title="→ Антон Силуанов">Он</mark>');
  });

  it('keeps no external reference: no URL, and a policy that forbids loading anything', () => {
    const html = formatHtml(article);
    expect(html).toContain(`content="default-src 'none'`);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).not.toMatch(/https?:|url\(|@import/);
  });
});

describe('html view in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(output, { recursive: true });
  }, 20_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the page from a file, recording everything that would mean a broken or unsafe page. */
  async function open(doc: Document, name: string) {
    const file = join(output, `${name}.html`);
    writeFileSync(file, formatHtml(doc, `${name}.txt`));
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
    return { page, problems, requests, url: pathToFileURL(file).href };
  }

  /** Every mention mark as the page shows it: offset in the text, text, entity, and whether highlighted. */
  function marks(page: Page) {
    return page.$$eval('#text mark.ent', (elements) => {
      const text = document.getElementById('text')!;
      return elements.map((mark) => {
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(mark, 0);
        const m = mark as HTMLElement;
        return { start: range.toString().length, text: m.textContent, entity: m.dataset.entity, type: m.classList[1], hl: m.classList.contains('hl') };
      });
    });
  }

  it('shows the article with every mention in place, and clicking an entity highlights exactly its mentions', async () => {
    const { page, problems, requests, url } = await open(article, 'html-view');
    expect(await page.textContent('#text')).toBe(article.text);
    expect(await marks(page)).toEqual(article.mentions.map((m) => ({ start: m.start, text: m.text, entity: m.entity, type: m.type, hl: false })));

    const quotes = await page.$$eval('#text .quote', (els) => els.map((e) => ({ speaker: (e as HTMLElement).dataset.speaker, text: e.textContent })));
    expect(quotes).toEqual(article.quotes.map((q) => ({ speaker: article.entities.find((e) => e.id === q.speakerEntity)!.name, text: article.text.slice(q.content.start, q.content.end) })));
    expect(await page.$eval('#text .quote', (e) => getComputedStyle(e, '::before').content)).toBe('"Сергей Лавров"');

    const moskva = page.locator('aside .entities button[data-entity="loc:moskva"]');
    expect(await moskva.textContent()).toBe('Москва×3');
    await moskva.click();
    const lit = (await marks(page)).filter((m) => m.hl);
    expect(lit.map((m) => m.start)).toEqual(article.mentions.filter((m) => m.entity === 'loc:moskva').map((m) => m.start));
    expect(await moskva.getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: join(output, 'html-view.png'), fullPage: true });

    await page.locator('aside .entities button[data-entity="per:sergei-lavrov"]').click();
    expect((await marks(page)).filter((m) => m.hl).map((m) => m.text)).toEqual(['Сергей Лавров', 'Лавров']);
    await page.locator('aside .entities button[data-entity="per:sergei-lavrov"]').click();
    expect((await marks(page)).filter((m) => m.hl)).toEqual([]);

    expect(await page.$$eval('aside .quotes h3', (hs) => hs.map((h) => h.textContent))).toEqual(['Сергей Лавров 2', 'Алексей Лихачёв 1', 'Коммерсантъ 1', 'Мария Захарова 1', 'ТАСС 1']);
    expect(await page.locator('aside .legend').textContent()).toBe('PER peopleORG organisationsLOC placespronoun that refers to a personquote, labelled with its speaker');
    // Each name shows its type after it, drawn by CSS: the text itself stays the article's.
    const labels = await page.$$eval('#text mark.ent', (els) => els.map((e) => getComputedStyle(e, '::after').content));
    expect(labels).toEqual(article.mentions.map((m) => `"${m.type}"`));
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });

  it('keeps hostile text as text: no script runs, no element is injected, offsets hold', async () => {
    const { page, problems, requests, url } = await open(hostile, 'html-hostile');
    expect(await page.$$eval('script', (s) => s.length)).toBe(1);
    expect(await page.$$eval('img, b, #text *:not(mark):not(span)', (s) => s.length)).toBe(0);
    expect(await page.textContent('#text')).toBe(hostileText.replace('\0', '\uFFFD'));
    expect(await marks(page)).toEqual(hostile.mentions.map((m) => ({ start: m.start, text: m.text, entity: m.entity, type: m.type, hl: false })));
    const org = hostile.entities.find((e) => e.type === 'ORG')!;
    expect(await page.getAttribute('#text mark.ORG', 'title')).toBe(`${org.name} · ${org.id} · ORG`);
    await page.locator('aside .entities button.ent-item').filter({ hasText: org.name }).click();
    expect((await marks(page)).filter((m) => m.hl).map((m) => m.entity)).toEqual([org.id]);
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });

  it('renders quotes crossed by mentions as well-formed nested markup', async () => {
    const doc = crossing();
    const { page, problems } = await open(doc, 'html-crossing');
    expect(await page.textContent('#text')).toBe(doc.text);
    expect(await marks(page)).toEqual(doc.mentions.map((m) => ({ start: m.start, text: m.text, entity: m.entity, type: m.type, hl: false })));
    expect(await page.$$eval('#text .quote', (els) => els.map((e) => e.textContent))).toEqual([' сказал: ', ' готовы к диалогу', 'сообщил Песков']);
    // Every quote is still listed, with a link only where it is highlighted.
    expect(await page.$$eval('aside .quotes li', (els) => els.map((e) => e.querySelector('a')?.getAttribute('href') ?? null))).toEqual(['#q0', '#q1', null, '#q3', null]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
