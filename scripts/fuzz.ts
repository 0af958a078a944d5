/**
 * npm run fuzz [-- --cases N] [--seed S] [--path P]: a long property-based campaign against annotate()
 * (default 1 000 000 cases). For any string, annotate must not throw and must return a
 * well-formed Document (see checkDocument). Progress is printed every 50 000 cases; on a
 * failure the shrunk counterexample, the seed and the replay path are printed and the exit
 * code is 1; --seed S --path P then replays just that counterexample.
 *
 * The generators and the checks live here and test/property.test.ts imports them, so the CI
 * run and the long campaign test exactly the same properties.
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { annotate } from '../src/index.js';
import { isSpace } from '../src/segment/chars.js';
import type { Document, Span } from '../src/types.js';

// ---------------------------------------------------------------------------------------------
// Generators

/** Any UTF-16 code unit, so lone surrogates, NUL and unassigned code points all appear. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Strings of arbitrary code units (lone surrogates included). */
export const utf16Text = fc.string({ unit: codeUnit, maxLength: 100, size: 'max' });
/** Strings of whole graphemes from all of Unicode (emoji sequences, combining marks, astral planes). */
export const graphemeText = fc.string({ unit: 'grapheme', maxLength: 60, size: 'max' });
/** Strings of any code points, astral ones included, without lone surrogates. */
export const codePointText = fc.string({ unit: 'binary', maxLength: 100, size: 'max' });

const WORDS = [
  'заявил', 'сказал', 'сообщил', 'отметил', 'подчеркнул', 'добавил', 'считает', 'по словам', 'как сообщил',
  'сообщает', 'об этом', 'что', 'это', 'он', 'она', 'они', 'мы', 'в', 'на', 'и', 'не', 'глава', 'министр',
  'президент', 'спецпредставитель', 'компания', 'газета', 'фонд', 'источник', 'переговоры', 'готовы',
  'диалогу', 'ёлка', 'Ёж', 'еще', 'ещё', 'т. е.', 'г.', 'млн', 'руб.', 'ул.', 'Нью-Йорк', 'северо-запад',
  'Lenta.ru', 'Газета.ру', 'COVID-19', 'Reuters', 'ТАСС', 'РФПИ', 'США', 'России', 'Москве', 'Москва',
  'Саудовской Аравии', 'Российского фонда прямых инвестиций', 'Известия', 'ударе\u0301ние',
  // Wiki link markup, read with the address blanked (segment/link-markup.ts).
  '[https://example.ru/a', '[http://x.ru/1?b=2 сообщает]', 'www.example.ru',
];
const NAMES = [
  'Кирилл Дмитриев', 'Дмитриев', 'Дмитриева', 'Кирилла Дмитриева', 'Дмитрий Песков', 'Пескова', 'В. В. Путин',
  'Путина', 'Путин', 'Трамп', 'Анна Попова', 'Анны Поповой', 'Сергей Лавров', 'Лавров', 'Сергей Викторович Лавров',
  'Антон Силуанов', 'Собянин', 'Валерий Карпин', 'В.', 'А.',
];
const MARKS = ['«', '»', '„', '“', '”', '"', "'", '‘', '’', '‹', '›', '—', '–', '-', '‑', '−', '.', '...', '…',
  ',', ':', ';', '!', '?', '?!', '(', ')', '[', ']', '/', '%', '№', '§'];
const HOSTILE = [
  '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\t', '\u00a0', '\u00ad', '\u0301', '\u0300', '\u200b', '\u200d',
  '\u200e', '\u200f', '\u202e', '\u2028', '\u2029', '\ufeff', '\0', '\ud800', '\udc00', '\udbff', '\udfff',
  '\ufffd', '\uffff', '😀', '👨‍👩‍👧', '🇷🇺', '👍🏽', '𝐀𝐁', '𠀀', '\u{1d165}', 'مرحبا بالعالم', 'שלום', 'ё', 'Ё',
  'e\u0301', 'й', 'и\u0306', 'Ⅻ', '٣', '１２', 'ǅ', 'ß', 'İ',
];
const NUMBERS = ['31.03.2025', '18:28', '3,5', '2025', '1', '0', '100%', '12.', '1.5.'];

/** A piece of Russian news text: words, names, punctuation, numbers, and hostile characters. */
const piece = fc.oneof(
  { weight: 14, arbitrary: fc.constantFrom(' ', ' ', ' ', '  ') },
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 1, arbitrary: codeUnit },
);

/**
 * Hostile characters spliced into text at arbitrary positions, so they land inside names,
 * words and between a surrogate pair's halves (Дми\u00adтриев, Пес\u0301ков).
 */
function splice(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const insertion = fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...HOSTILE), codeUnit));
  return fc.tuple(base, fc.array(insertion, { maxLength: 4 })).map(([text, inserts]) => {
    for (const [at, what] of inserts) {
      const k = at % (text.length + 1);
      text = text.slice(0, k) + what + text.slice(k);
    }
    return text;
  });
}

/** Russian-news-like text with hostile characters mixed in and spliced into words. */
export const newsText = splice(fc.array(piece, { maxLength: 60, size: 'max' }).map((parts) => parts.join('')));

/** Every generator, for the long campaign. */
export const anyText = fc.oneof(
  { weight: 5, arbitrary: newsText },
  { weight: 2, arbitrary: utf16Text },
  { weight: 2, arbitrary: graphemeText },
  { weight: 1, arbitrary: codePointText },
);

// ---------------------------------------------------------------------------------------------
// Checks

function fail(message: string): never {
  throw new Error(message);
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when offset `at` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

function checkSpan(text: string, span: Span, what: string, surface?: string): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end || end > text.length) {
    fail(`${what}: bad span ${start}–${end} (text length ${text.length})`);
  }
  if (splitsPair(text, start) || splitsPair(text, end)) fail(`${what}: ${start}–${end} cuts a surrogate pair`);
  if (surface !== undefined && text.slice(start, end) !== surface) {
    fail(`${what}: text ${JSON.stringify(surface)} ≠ slice ${JSON.stringify(text.slice(start, end))}`);
  }
}

/**
 * Everything a Document promises about any input: valid spans whose slices are their
 * surfaces, ordered non-overlapping tokens with only whitespace between them, sentences that
 * cover the tokens in order, mentions that point at existing entities, pronoun references that
 * overlap no mention.
 */
export function checkDocument(text: string, doc: Document): void {
  if (doc.text !== text) fail('doc.text is not the input');
  let at = 0;
  doc.tokens.forEach((t, i) => {
    checkSpan(text, t, `token ${i}`, t.text);
    if (t.start < at) fail(`token ${i} at ${t.start} overlaps or precedes the previous token (ends ${at})`);
    for (let k = at; k < t.start; k++) {
      if (!isSpace(text.charCodeAt(k))) fail(`character ${k} (U+${text.charCodeAt(k).toString(16)}) is in no token`);
    }
    at = t.end;
  });
  for (let k = at; k < text.length; k++) {
    if (!isSpace(text.charCodeAt(k))) fail(`character ${k} (U+${text.charCodeAt(k).toString(16)}) is in no token`);
  }

  let next = 0;
  doc.sentences.forEach((s, i) => {
    const [from, to] = s.tokens;
    if (from !== next || to <= from || to > doc.tokens.length) fail(`sentence ${i} covers tokens [${from}, ${to}), expected to start at ${next}`);
    checkSpan(text, s, `sentence ${i}`);
    if (s.start !== doc.tokens[from]!.start || s.end !== doc.tokens[to - 1]!.end) fail(`sentence ${i} does not span its tokens`);
    next = to;
  });
  if (next !== doc.tokens.length) fail(`sentences cover ${next} of ${doc.tokens.length} tokens`);

  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  if (entities.size !== doc.entities.length) fail('two entities share an id');
  doc.mentions.forEach((m, i) => {
    checkSpan(text, m, `mention ${i}`, m.text);
    if (!entities.has(m.entity)) fail(`mention ${i} points at missing entity ${m.entity}`);
  });
  for (const e of doc.entities) {
    e.mentions.forEach((m, i) => {
      checkSpan(text, m, `entity ${e.id} mention ${i}`, m.text);
      if (m.entity !== e.id) fail(`entity ${e.id} mention ${i} points at ${m.entity}`);
    });
    e.references.forEach((r, i) => {
      checkSpan(text, r, `entity ${e.id} reference ${i}`, r.text);
      if (r.entity !== e.id) fail(`entity ${e.id} reference ${i} points at ${r.entity}`);
      if (doc.mentions.some((m) => m.start < r.end && r.start < m.end)) fail(`entity ${e.id} reference ${i} overlaps a mention`);
    });
  }
  doc.quotes.forEach((q, i) => {
    checkSpan(text, q.content, `quote ${i} content`);
    if (q.cue) checkSpan(text, q.cue, `quote ${i} cue`);
    if (q.speaker) checkSpan(text, q.speaker, `quote ${i} speaker`);
    if (q.speakerEntity !== null && !entities.has(q.speakerEntity)) fail(`quote ${i} speaker entity ${q.speakerEntity} is missing`);
  });
}

/** The whole property: no throw, a well-formed Document, deterministic, lossless through JSON. */
export function checkText(text: string): void {
  const doc = annotate(text);
  checkDocument(text, doc);
  if (!isDeepStrictEqual(annotate(text), doc)) fail('annotating twice gives different results');
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(doc)), doc)) fail('the Document does not survive a JSON round trip');
}

// ---------------------------------------------------------------------------------------------
// The campaign

function main(): void {
  const { values } = parseArgs({
    // --runs is the older name of --cases.
    options: { cases: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' }, path: { type: 'string' } },
  });
  const runs = Number(values.cases ?? values.runs ?? 1_000_000);
  const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 0x7fffffff;
  if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
    console.error('usage: npm run fuzz -- [--cases N] [--seed S] [--path P]');
    process.exit(2);
  }
  annotate(''); // load the dictionaries before the clock starts
  console.log(`fuzz: ${runs} cases, seed ${seed}`);

  const started = Date.now();
  let cases = 0;
  let failing = false; // once a case fails, the rest of the calls are shrinking, not new cases
  let slowest = { ms: 0, length: 0 };
  const property = fc.property(anyText, (text) => {
    const t0 = performance.now();
    try {
      checkText(text);
    } catch (error) {
      failing = true;
      throw error;
    }
    const ms = performance.now() - t0;
    if (ms > slowest.ms) slowest = { ms, length: text.length };
    if (!failing && ++cases % 50_000 === 0) {
      const s = (Date.now() - started) / 1000;
      console.log(`  ${cases} cases, ${s.toFixed(0)} s, ${(cases / s).toFixed(0)} cases/s`);
    }
  });
  const details = fc.check(property, { seed, numRuns: runs, path: values.path });
  const seconds = (Date.now() - started) / 1000;
  if (details.failed) {
    console.error(`\nFAILED after ${details.numRuns} cases (seed ${seed}, path ${details.counterexamplePath}, ${details.numShrinks} shrinks)`);
    console.error(`counterexample: ${JSON.stringify(details.counterexample?.[0])}`);
    console.error(`error: ${details.errorInstance instanceof Error ? details.errorInstance.stack : String(details.errorInstance)}`);
    console.error(`replay: npm run fuzz -- --seed ${seed} --path ${details.counterexamplePath}`);
    process.exit(1);
  }
  console.log(`fuzz: ${details.numRuns} cases passed in ${seconds.toFixed(0)} s, seed ${seed}; slowest case ${slowest.ms.toFixed(1)} ms (${slowest.length} chars)`);
}

// Run only as a script: test/property.test.ts imports the generators and checks.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
