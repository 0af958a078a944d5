/**
 * Property tests: for any string, annotate() does not throw and returns a well-formed
 * Document (valid spans whose slices are their surfaces, ordered tokens that never split a
 * surrogate pair, sentences covering the tokens, mentions of existing entities), the same
 * Document twice, and one that survives JSON. The generators and checks are shared with the
 * long campaign, scripts/fuzz.ts (npm run fuzz).
 *
 * The seed is fixed so CI is reproducible; GAZETA_FC_SEED=… runs another sample.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLines } from '../src/cli/lines.js';
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
