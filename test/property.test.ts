/**
 * Property tests: for any string, annotate() does not throw and returns a well-formed
 * Document (valid spans whose slices are their surfaces, ordered tokens that never split a
 * surrogate pair, sentences covering the tokens, mentions of existing entities), the same
 * Document twice, and one that survives JSON. The generators and checks are shared with the
 * long campaign, scripts/fuzz.ts (npm run fuzz).
 *
 * The seed is fixed so CI is reproducible; GAZETA_FC_SEED=… runs another sample.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLines } from '../src/cli/lines.js';
import type { Runner } from '../src/cli/pool.js';
import type { Item, Outcome } from '../src/cli/records.js';
import { run } from '../src/cli/run.js';
import { annotate, segment } from '../src/index.js';
import { checkDocument, checkText, codePointText, graphemeText, newsText, utf16Text } from '../scripts/fuzz.js';

const SEED = Number(process.env.GAZETA_FC_SEED ?? 20251125);
/** Generous: the whole file takes well under a minute on two cores, but CI machines vary. */
const TIMEOUT = 120_000;

/** annotate() cases per generator: 13 000 in all, news-like text weighted most. */
const RUNS = { news: 5_000, utf16: 3_000, grapheme: 3_000, codePoint: 2_000 };

beforeAll(() => {
  console.log(`property tests: fast-check seed ${SEED} (set GAZETA_FC_SEED to change)`);
  annotate(''); // load the dictionaries outside the timed properties
});

describe('annotate on any string', () => {
  it(`news-like text with hostile characters (${RUNS.news} cases)`, () => {
    fc.assert(fc.property(newsText, checkText), { seed: SEED, numRuns: RUNS.news });
  }, TIMEOUT);

  it(`arbitrary UTF-16, lone surrogates included (${RUNS.utf16} cases)`, () => {
    fc.assert(fc.property(utf16Text, checkText), { seed: SEED, numRuns: RUNS.utf16 });
  }, TIMEOUT);

  it(`whole graphemes from all of Unicode (${RUNS.grapheme} cases)`, () => {
    fc.assert(fc.property(graphemeText, checkText), { seed: SEED, numRuns: RUNS.grapheme });
  }, TIMEOUT);

  it(`any code points, astral ones included (${RUNS.codePoint} cases)`, () => {
    fc.assert(fc.property(codePointText, checkText), { seed: SEED, numRuns: RUNS.codePoint });
  }, TIMEOUT);
});

describe('counterexamples the fuzzer found', () => {
  // Each crashed annotate() once (npm run fuzz, shrunk); kept so they stay fixed whatever the seed.
  it.each([
    ['а Ааа'], // a capitalised last word: person rule read the token after the end
    ['Кирилл ДмитриевАнны Поповой'],
    ['Он заявил что'], // «заявил, что» at the very end: the clause after it is empty
    ['–!—'], // a dialogue dash, then a dash at the end: the cue search ran past the last token
    ['как сообщил глава,'], // a comma at the end: the apposition check read past the last token
    ['«««««««««««««««««»'], // deeper than any real quote nesting
  ])('%j', (text) => {
    checkText(text);
  });
});

describe('segmentation on any string', () => {
  // Segmentation is cheap, so it gets more cases than the whole pipeline.
  it('tokens and sentences are well-formed (20 000 cases)', () => {
    const any = fc.oneof(utf16Text, newsText);
    fc.assert(fc.property(any, (text) => {
      const { tokens, sentences } = segment(text);
      checkDocument(text, { text, warnings: [], tokens, sentences, entities: [], mentions: [], quotes: [] });
    }), { seed: SEED, numRuns: 20_000 });
  }, TIMEOUT);
});

describe('the CLI reads lines the same however the bytes arrive', () => {
  // Line ends of every kind, a BOM, two-, three- and four-byte characters: cut into chunks at
  // arbitrary byte offsets (inside a character, between \r and \n), the lines must not change.
  const part = fc.constantFrom('\n', '\r', '\r\n', '\r\n\r\n', 'Путин', ' ', 'a', '«ё»', '\u2028', '😀', '\ufeff', '{"id":1}');
  const input = fc.tuple(fc.boolean(), fc.array(part, { maxLength: 30 })).map(([bom, parts]) => (bom ? '\ufeff' : '') + parts.join(''));

  it('any text, any chunking (3 000 cases)', async () => {
    await fc.assert(fc.asyncProperty(input, fc.array(fc.nat(), { maxLength: 8 }), async (text, cuts) => {
      const bytes = Buffer.from(text);
      const offsets = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      const chunks = [0, ...offsets].map((from, i) => bytes.subarray(from, [...offsets, bytes.length][i]));
      const lines: string[] = [];
      for await (const line of readLines(Readable.from(chunks))) lines.push(line);
      const expected = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
      if (expected[expected.length - 1] === '') expected.pop(); // a final line end opens no line
      expect(lines).toEqual(expected);
    }), { seed: SEED, numRuns: 3_000 });
  }, TIMEOUT);
});

describe('the CLI writes every record once, in input order, whatever the batches do', () => {
  // Files of JSON lines (some blank, some broken, line ends of every kind) and missing files,
  // through run() with a runner whose batches finish in random order: the output must be
  // one line per non-blank input line, in order, each missing file reported in its place.
  const dir = mkdtempSync(join(tmpdir(), 'gazeta-prop-'));
  const line = fc.oneof(
    { weight: 6, arbitrary: fc.constant('record') },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', '{"id": broken') },
  );
  const file = fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.array(line, { maxLength: 120 }), fc.constantFrom('\n', '\r\n', '\r')) },
    { weight: 1, arbitrary: fc.constant(null) }, // a file that is not there
  );

  it('any files, any completion order (300 cases)', async () => {
    let runId = 0;
    await fc.assert(fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(3), { minLength: 1 }), async (files, delays) => {
      const expected: string[] = [];
      const inputs = files.map((spec, f) => {
        const path = join(dir, `${runId}-${f}.jsonl`);
        if (spec === null) {
          expected.push(`error: cannot read ${path}`);
          return { path, kind: 'jsonl' as const };
        }
        const [lines, end] = spec;
        const text = lines.map((kind, i) => (kind === 'record' ? JSON.stringify({ id: `${f}-${i + 1}`, text: 'т' }) : kind)).join(end);
        writeFileSync(path, text);
        lines.forEach((kind, i) => {
          if (kind.trim() !== '') expected.push(`${path}:${i + 1}`);
        });
        return { path, kind: 'jsonl' as const };
      });
      runId++;
      let call = 0;
      const runner: Runner = {
        slots: 3,
        run: (items: Item[]) => new Promise<Outcome[]>((resolve) => {
          const outcomes = items.map((item) => ({ out: `${item.file}:${(item as Extract<Item, { kind: 'line' }>).line}` }));
          setTimeout(() => resolve(outcomes), delays[call++ % delays.length]);
        }),
        close: async () => {},
      };
      const got: string[] = [];
      const stats = await run({
        inputs, runner, strict: false, labelTexts: false,
        write: async (chunk) => { got.push(...chunk.slice(0, -1).split('\n')); },
        report: (kind, message) => { got.push(`${kind}: ${message.replace(/: ENOENT.*/, '')}`); },
        onProgress: () => {},
      });
      expect(got).toEqual(expected);
      expect(stats.docs).toBe(expected.filter((e) => !e.startsWith('error')).length);
    }), { seed: SEED, numRuns: 300 });
  }, TIMEOUT);
});

describe('the checks themselves', () => {
  // A property that can never fail proves nothing: each broken Document must be caught.
  const text = '«Да», — сказал Кирилл Дмитриев.';
  const good = () => structuredClone(annotate(text));

  it('accept a real Document', () => {
    expect(() => checkDocument(text, good())).not.toThrow();
  });

  it.each([
    ['a token whose text is not its slice', (d: ReturnType<typeof good>) => { d.tokens[1]!.text = 'Нет'; }],
    ['overlapping tokens', (d: ReturnType<typeof good>) => { d.tokens[2]!.start -= 1; d.tokens[2]!.text = text.slice(d.tokens[2]!.start, d.tokens[2]!.end); }],
    ['a dropped token', (d: ReturnType<typeof good>) => { d.tokens.splice(3, 1); }],
    ['an empty quote', (d: ReturnType<typeof good>) => { d.quotes[0]!.content.end = d.quotes[0]!.content.start; }],
    ['a span past the end', (d: ReturnType<typeof good>) => { d.sentences[0]!.end = text.length + 1; }],
    ['a mention of a missing entity', (d: ReturnType<typeof good>) => { d.mentions[0]!.entity = 'per:nobody'; }],
    ['sentences that skip tokens', (d: ReturnType<typeof good>) => { d.sentences[0]!.tokens[1] -= 1; }],
  ])('reject %s', (_name, breakIt) => {
    const doc = good();
    breakIt(doc);
    expect(() => checkDocument(text, doc)).toThrow();
  });

  it('reject a pronoun reference whose text is not its slice or that overlaps a mention', () => {
    const withPronoun = 'Кирилл Дмитриев прилетел в Москву. Он провёл переговоры.';
    const doc = annotate(withPronoun);
    const person = () => doc.entities.find((e) => e.references.length > 0)!;
    expect(() => checkDocument(withPronoun, doc)).not.toThrow();
    const wrongText = structuredClone(doc);
    wrongText.entities.find((e) => e.references.length > 0)!.references[0]!.text = 'Она';
    expect(() => checkDocument(withPronoun, wrongText)).toThrow();
    const overlapping = structuredClone(doc);
    const mention = person().mentions[0]!;
    Object.assign(overlapping.entities.find((e) => e.references.length > 0)!.references[0]!, { start: mention.start, end: mention.end, text: mention.text });
    expect(() => checkDocument(withPronoun, overlapping)).toThrow(/overlaps a mention/);
  });

  it('reject a token that splits a surrogate pair', () => {
    const emoji = 'a😀b';
    const doc = annotate(emoji);
    const split = { ...doc, tokens: [{ start: 0, end: 2, text: 'a\ud83d', kind: 'symbol' as const }, { start: 2, end: 4, text: '\ude00b', kind: 'symbol' as const }] };
    expect(() => checkDocument(emoji, split)).toThrow(/surrogate pair/);
  });
});
