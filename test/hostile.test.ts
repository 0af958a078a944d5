/**
 * Text as the web delivers it: CRLF, NBSP, soft hyphens, combining accents, ё/е, emoji and
 * other astral characters, lone surrogates, NUL, right-to-left scripts, megabytes of it, or
 * nothing at all. Every case must give a well-formed Document (checkDocument, shared with the
 * property tests), and the hostile characters must not cost us the annotations around them.
 */
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { annotate, GazetaError, type Document } from '../src/index.js';
import { checkDocument } from '../scripts/fuzz.js';

/** Annotates, checks every offset, and (unless told not to) that the Document survives JSON. */
function annotated(text: string, { json = true } = {}): Document {
  const doc = annotate(text);
  checkDocument(text, doc);
  if (json) expect(JSON.parse(JSON.stringify(doc))).toStrictEqual(doc);
  return doc;
}

const mentions = (doc: Document) => doc.mentions.map((m) => [m.text, m.entity]);
const quotes = (doc: Document) => doc.quotes.map((q) => ({
  kind: q.kind,
  content: doc.text.slice(q.content.start, q.content.end),
  speaker: q.speakerEntity,
}));

describe('hostile input gives valid offsets', () => {
  it.each([
    ['CRLF', '«Мы готовы», — сказал Дмитрий Песков.\r\nКирилл Дмитриев прилетел в Москву.\r\n\r\nРФПИ.\r'],
    ['NBSP', 'Кирилл\u00a0Дмитриев\u00a0заявил:\u00a0«Мы\u00a0готовы».'],
    ['soft hyphens', 'Ки\u00adрилл Дми\u00adтри\u00adев при\u00adле\u00adтел в Моск\u00adву.\u00ad'],
    ['combining accents', 'Ударе\u0301ние: Серге\u0301й Лавро\u0301в и\u0306 \u0301 Москва\u0301.'],
    ['ё and е', 'Пётр Толстой, Петр Толстой, ещё и еще, Королёв и Королев, ЁЛКА.'],
    ['emoji', '😀 «Мы готовы 👍🏽», — сказал 👨‍👩‍👧 Дмитрий Песков 🇷🇺.'],
    ['astral letters', '𝐌𝐨𝐬𝐤𝐯𝐚 и Москва, 𠀀𠀁 и Путин, \u{1d165}.'],
    ['lone surrogates', '\ud800Москва\udc00 и \udbff Путин \udfff. \ud83d'],
    ['NUL', '\0Москва\0и\0Петербург.\0'],
    ['RTL', 'مرحبا بالعالم، قال بوتين. Путин приехал в Москву. שלום עולם.\u200f\u202e Песков\u202c.'],
    ['a text that stops inside a phrase, after «и»', '«Они видели Южная водозаборная и'],
    ['a text that stops after a preposition or a dash', 'Глава МЧС по|Министерство обороны и —|Президент компании «'],
    ['the empty string', ''],
    ['whitespace', ' \t\r\n\u00a0\u2028\u200b\ufeff\u3000 '],
  ])('%s', (_name, text) => {
    annotated(text);
  });

  it('the empty string and whitespace give an empty Document', () => {
    for (const text of ['', ' \t\r\n\u00a0\u2028\u200b\ufeff\u3000 ']) {
      expect(annotate(text)).toStrictEqual({ text, warnings: [], tokens: [], sentences: [], entities: [], mentions: [], quotes: [] });
    }
  });

  it('a 2 MB document', () => {
    // 10 MB takes several times longer (the figure is in README.md, «Robustness»); 2 MB
    // exercises the same code paths at a size where a quadratic step would already show.
    const paragraph = '«Мы готовы к диалогу», — заявил Кирилл Дми\u00adтриев 😀 в Москве.\r\n' +
      'Глава РФПИ отметил, что переговоры с\u00a0США идут \ud800 хорошо.\0 مرحبا\r\n\r\n';
    const text = paragraph.repeat(Math.ceil(2 * 1024 * 1024 / paragraph.length));
    const started = performance.now();
    // The JSON round trip of half a million tokens alone takes seconds; the properties cover it.
    const doc = annotated(text, { json: false });
    console.log(`2 MB document: ${((performance.now() - started) / 1000).toFixed(1)} s with checks, ${doc.tokens.length} tokens`);
    const copies = Math.ceil(2 * 1024 * 1024 / paragraph.length);
    expect(doc.quotes.filter((q) => q.kind === 'direct')).toHaveLength(copies);
    expect(doc.entities.find((e) => e.id === 'per:kirill-dmitriev')?.mentions).toHaveLength(copies);
  }, 60_000);

  it('a 2 MB document of 150 000 names', () => {
    // More mentions than a function call takes arguments: no stage may spread them into one call.
    const text = 'Иван Петров. '.repeat(150_000);
    const doc = annotated(text, { json: false });
    expect(doc.mentions).toHaveLength(150_000);
  }, 60_000);
});

describe('hostile characters keep the annotations around them', () => {
  it('a soft hyphen inside a name: the mention is the original slice, hyphen included', () => {
    const doc = annotated('Глава РФПИ Кирилл Дми\u00adтриев прилетел в Москву.');
    expect(mentions(doc)).toContainEqual(['Кирилл Дми\u00adтриев', 'per:kirill-dmitriev']);
  });

  it('combining accents inside names', () => {
    const doc = annotated('Серге\u0301й Лавро\u0301в прилетел в Москву. Глава РФПИ Кирилл Дми\u0301триев тоже.');
    expect(mentions(doc)).toContainEqual(['Серге\u0301й Лавро\u0301в', 'per:sergei-lavrov']);
    expect(mentions(doc)).toContainEqual(['Кирилл Дми\u0301триев', 'per:kirill-dmitriev']);
  });

  it('ё and е spellings of one name are one entity', () => {
    const doc = annotated('Пётр Толстой приехал. Петр Толстой уехал.');
    expect(mentions(doc)).toEqual([['Пётр Толстой', 'per:petr-tolstoi'], ['Петр Толстой', 'per:petr-tolstoi']]);
  });

  it('CRLF paragraphs keep quotes working, exactly as with LF', () => {
    const lf = '«Да, мы готовы», — сказал Дмитрий Песков.\n' +
      'Кирилл Дмитриев заявил: «Переговоры идут хорошо».\n\n' +
      '«Мы готовы.\nНо не на любых условиях», — добавил Песков.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const withCrlf = quotes(annotated(crlf));
    expect(withCrlf.map((q) => ({ ...q, content: q.content.replace(/\r\n/g, '\n') }))).toEqual(quotes(annotated(lf)));
    expect(withCrlf).toEqual([
      { kind: 'direct', content: 'Да, мы готовы', speaker: 'per:dmitrii-peskov' },
      { kind: 'direct', content: 'Переговоры идут хорошо', speaker: 'per:kirill-dmitriev' },
      { kind: 'direct', content: 'Мы готовы.\r\nНо не на любых условиях', speaker: 'per:dmitrii-peskov' },
    ]);
  });

  it('a one-word quote before a CRLF still has its speaker', () => {
    const doc = annotated('«Да», — сказал Дмитрий Песков.\r\n');
    expect(doc.quotes.map((q) => q.speakerEntity)).toEqual(['per:dmitrii-peskov']);
  });

  it('emoji and astral characters before a name shift nothing', () => {
    const text = '😀👍🏽𝐀 Кирилл Дмитриев прилетел.';
    const doc = annotated(text);
    expect(doc.mentions[0]).toMatchObject({ start: text.indexOf('Кирилл'), text: 'Кирилл Дмитриев' });
    // An astral character is one token, never two halves.
    expect(doc.tokens.slice(0, 4).map((t) => t.text)).toEqual(['😀', '👍', '🏽', '𝐀']);
  });

  it('lone surrogates, NUL and zero-width spaces separate words without joining them', () => {
    for (const gap of ['\ud800', '\udc00', '\0', '\u200b']) {
      const doc = annotated(`Москва${gap}Петербург.`);
      expect(mentions(doc)).toEqual([['Москва', 'loc:moskva'], ['Петербург', 'loc:sankt-peterburg']]);
    }
  });

  it('right-to-left text around Russian leaves the Russian annotations intact', () => {
    const doc = annotated('مرحبا بالعالم، قال بوتين. Путин приехал в Москву. שלום עולם.');
    expect(mentions(doc)).toEqual([['Путин', 'per:vladimir-putin'], ['Москву', 'loc:moskva']]);
  });
});

describe('input that is not a string', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { text: 'Москва' }],
    ['a Buffer', Buffer.from('Москва')],
    ['an array', ['Москва']],
    ['a String object', new String('Москва')],
  ])('%s throws GazetaError INVALID_INPUT', (_name, input) => {
    let caught: unknown;
    try {
      annotate(input as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GazetaError);
    expect(caught).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/expects a string/) });
  });
});
