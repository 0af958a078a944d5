import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, render } from '../src/format/index.js';
import { bratFragments } from '../src/format/brat.js';
import {
  annotate, bioToSpans, formatBrat, formatConll, formatEntities, parseBrat, parseConll, toEntityRecord, type Document,
} from '../src/index.js';

const root = join(import.meta.dirname, '..');
// The project's own texts: the example article and the golden texts (read, never written).
const texts = [
  join(root, 'examples', 'arctic-talks.txt'),
  ...readdirSync(join(root, 'test', 'golden')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'test', 'golden', f)),
].map((path) => ({ name: path.slice(root.length + 1), doc: annotate(readFileSync(path, 'utf8')) }));

/** A document by hand: a quote across a line break, its speaker a title that is no mention. */
function multiline(): Document {
  const text = 'Глава МИД заявил:\r\n«Первая строка.  \n\n  Вторая строка».';
  const doc = annotate(text);
  const content = { start: text.indexOf('Первая'), end: text.indexOf('»') };
  const speaker = { start: 0, end: 5 };
  return { ...doc, quotes: [{ kind: 'direct', content, cue: null, speaker, speakerEntity: null, speakerName: null, pattern: 'by-hand' }] };
}

describe('format registry', () => {
  it('has every format, each a renderer of a document to a string', () => {
    expect(Object.keys(FORMATS)).toEqual(['text', 'json', 'jsonl', 'inline', 'entities', 'conll', 'brat', 'html', 'labelstudio', 'spacy']);
    const doc = texts[0]!.doc;
    for (const name of Object.keys(FORMATS)) expect(typeof render(name, doc, 'a')).toBe('string');
  });

  it('renders an empty document', () => {
    const empty = annotate('');
    expect(formatEntities(empty)).toBe('{"id":null,"entities":[]}');
    expect(formatConll(empty)).toBe('');
    expect(formatBrat(empty)).toBe('');
    expect(parseBrat('')).toEqual({ mentions: [], quotes: [] });
    expect(parseConll('')).toEqual({ tokens: [], tags: [], sentences: [] });
    expect(render('html', empty)).toContain('none found');
  });

  it('is what the built CLI offers with --format', () => {
    const cli = join(root, 'dist', 'cli.js');
    const run = (format: string) =>
      spawnSync(process.execPath, [cli, 'annotate', '--format', format], { input: 'Путин прилетел в Пекин.', encoding: 'utf8' });
    expect(JSON.parse(run('entities').stdout).entities.map((e: { name: string }) => e.name)).toEqual(['Владимир Путин', 'Пекин']);
    expect(run('conll').stdout).toContain('Путин\tB-PER\n');
    expect(run('brat').stdout).toContain('T1\tPER 0 5\tПутин');
    expect(run('html').stdout).toMatch(/^<!DOCTYPE html>/);
  }, 30_000);
});

describe('text format', () => {
  it('lists each entity with its mentions and the pronouns that refer to it', () => {
    const out = render('text', annotate('Министр Антон Силуанов представил бюджет. Он назвал его сбалансированным. Позже ему задали вопросы.'), null);
    expect(out).toContain('PER Антон Силуанов  [per:anton-siluanov]  ×1: «Антон Силуанов» + 2 pronouns (он, ему)');
  });
});

describe('entities format', () => {
  it('gives each entity its counts and first offset, one JSON line per document', () => {
    const { doc } = texts[0]!;
    const line = formatEntities(doc, 'arctic');
    expect(line).not.toContain('\n');
    const record = JSON.parse(line);
    expect(record).toEqual(toEntityRecord('arctic', doc));
    expect(record.id).toBe('arctic');
    expect(record.entities.map((e: { id: string }) => e.id)).toEqual(doc.entities.map((e) => e.id));
    expect(record.entities.find((e: { id: string }) => e.id === 'per:sergei-lavrov')).toEqual({
      id: 'per:sergei-lavrov', type: 'PER', name: 'Сергей Лавров', aliases: expect.arrayContaining(['Лавров']),
      mentionCount: 2, referenceCount: doc.entities.find((e) => e.id === 'per:sergei-lavrov')!.references.length, firstOffset: doc.text.indexOf('Сергей Лавров'), quoteCount: 2,
    });
    expect(JSON.parse(formatEntities(doc)).id).toBeNull();
  });

  it('counts every attributed quote once', () => {
    for (const { doc } of texts) {
      const record = toEntityRecord(null, doc);
      const total = record.entities.reduce((sum, e) => sum + e.quoteCount, 0);
      expect(total).toBe(doc.quotes.filter((q) => q.speakerEntity && doc.entities.some((e) => e.id === q.speakerEntity)).length);
      for (const e of record.entities) expect(e.firstOffset).toBe(Math.min(...doc.entities.find((x) => x.id === e.id)!.mentions.map((m) => m.start)));
    }
  });
});

describe('conll format', () => {
  it('writes token<TAB>tag lines, a blank line after each sentence', () => {
    const out = formatConll(annotate('Кирилл Дмитриев прилетел в Эр-Рияд. Там его ждали.'), 'doc-1');
    expect(out).toBe([
      '# id = doc-1', 'Кирилл\tB-PER', 'Дмитриев\tI-PER', 'прилетел\tO', 'в\tO', 'Эр-Рияд\tB-LOC', '.\tO', '',
      'Там\tO', 'его\tO', 'ждали\tO', '.\tO', '',
    ].join('\n'));
  });

  for (const { name, doc } of texts) {
    it(`reads back into the document's tokens, sentences and mentions: ${name}`, () => {
      const parsed = parseConll(formatConll(doc, name));
      expect(parsed.tokens).toEqual(doc.tokens.map((t) => t.text));
      expect(parsed.sentences).toEqual(doc.sentences.map((s) => s.tokens));
      const spans = bioToSpans(parsed.tags).map(({ start, end, type }) => ({ start: doc.tokens[start]!.start, end: doc.tokens[end - 1]!.end, type }));
      expect(spans).toEqual(doc.mentions.map(({ start, end, type }) => ({ start, end, type })));
    });
  }

  it('reads I- without B- as a span start, as conlleval does', () => {
    expect(bioToSpans(['I-PER', 'I-PER', 'O', 'B-LOC', 'I-ORG', 'B-LOC', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 4, end: 5, type: 'ORG' },
      { start: 5, end: 6, type: 'LOC' }, { start: 6, end: 7, type: 'LOC' },
    ]);
  });
});

describe('brat format', () => {
  for (const { name, doc } of [...texts, { name: 'a quote across lines', doc: multiline() }]) {
    it(`reads back into the document's mentions and quotes: ${name}`, () => {
      const ann = formatBrat(doc);
      const parsed = parseBrat(ann);
      expect(parsed.mentions).toEqual(doc.mentions.map(({ start, end, type, entity }) => ({ start, end, type, entity })));
      expect(parsed.quotes).toEqual(doc.quotes.map(({ kind, content, speaker }) => ({ kind, content, speaker })));
      // What brat itself checks: the text field is the fragments' text joined by a space, with no line break in a fragment.
      for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
        const [, typeAndOffsets, text] = line.split('\t');
        const fragments = typeAndOffsets!.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
        expect(fragments.map(([s, e]) => doc.text.slice(s, e)).join(' ')).toBe(text);
        for (const [s, e] of fragments) expect(doc.text.slice(s, e)).not.toMatch(/[\r\n]/);
      }
    });
  }

  it('splits a span at line breaks into trimmed fragments, keeping its own ends', () => {
    const doc = multiline();
    const ann = formatBrat(doc);
    const at = (s: string) => doc.text.indexOf(s);
    expect(ann).toContain(`Quote ${at('Первая')} ${at('строка.') + 7};${at('Вторая')} ${at('»')}\tПервая строка. Вторая строка`);
    expect(ann).toMatch(/^T\d+\tSpeaker 0 5\tГлава$/m);
    expect(ann).toMatch(/^R1\tSaidBy Arg1:T\d+ Arg2:T\d+$/m);
    expect(bratFragments(' a \n b ', { start: 0, end: 7 })).toEqual([[0, 2], [5, 7]]);
    expect(bratFragments('\n\n', { start: 0, end: 2 })).toEqual([[0, 2]]);
  });

  it('links a quote to the mention that is its speaker, and notes entity ids', () => {
    const ann = formatBrat(annotate('«Мы готовы», — заявил Сергей Лавров.'));
    expect(ann.split('\n')).toEqual([
      'T1\tPER 22 35\tСергей Лавров',
      '#1\tAnnotatorNotes T1\tper:sergei-lavrov',
      'T2\tQuote 1 10\tМы готовы',
      'A1\tKind T2 direct',
      'R1\tSaidBy Arg1:T2 Arg2:T1',
    ]);
  });
});
