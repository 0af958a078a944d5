import { describe, expect, it } from 'vitest';
import {
  annotate, convertOffsets, formatBrat, GazetaError, LABEL_STUDIO_CONFIG, offsetConverter, parseBrat, render, renderFiles,
  toJsonRecord, toLabelStudioTask, toSpacyRecord, type Span,
} from '../src/index.js';

// Emoji before and between the names: each is two UTF-16 units and one code point.
const text = '🔥 Срочно: «Мы готовы к диалогу», — заявил Сергей Лавров в Москве 😀. Он добавил, что переговоры с Вашингтоном продолжатся.';
const doc = annotate(text);
const points = [...text];
/** A span's surface read as Python reads code point offsets. */
const byPoints = (s: Span) => points.slice(s.start, s.end).join('');

describe('offsets in code points', () => {
  it('the example has what the checks need: names after emoji, a quote, a pronoun', () => {
    expect(doc.mentions.map((m) => m.text)).toEqual(['Сергей Лавров', 'Москве', 'Вашингтоном']);
    expect(doc.quotes.map((q) => q.speakerName)).toEqual(['Сергей Лавров', 'Сергей Лавров']);
    expect(doc.entities[0]!.references.map((r) => r.text)).toEqual(['Он']);
  });

  it('convertOffsets moves every span of the Document, and each still names its surface', () => {
    const converted = convertOffsets(doc, 'codepoint');
    expect(converted.text).toBe(text);
    for (const t of converted.tokens) expect(byPoints(t)).toBe(t.text);
    for (const m of converted.mentions) expect(byPoints(m)).toBe(m.text);
    for (const e of converted.entities) for (const r of e.references) expect(byPoints(r)).toBe(r.text);
    const last = converted.sentences.at(-1)!;
    expect(byPoints(last)).toBe(text.slice(doc.sentences.at(-1)!.start, doc.sentences.at(-1)!.end));
    expect(converted.quotes.map((q) => byPoints(q.content))).toEqual(['Мы готовы к диалогу', 'переговоры с Вашингтоном продолжатся']);
    // After one emoji the offsets differ by one, after two by two; the original is left as it was.
    expect(converted.mentions.map((m, i) => doc.mentions[i]!.start - m.start)).toEqual([1, 1, 2]);
    expect(doc.mentions[0]!.start).toBe(text.indexOf('Сергей'));
    expect(convertOffsets(doc, 'utf16')).toBe(doc);
  });

  it('offsetConverter counts a lone surrogate as one code point, and refuses an unknown unit', () => {
    const at = offsetConverter('a\uD800b😀c', 'codepoint');
    expect([0, 1, 2, 3, 5, 6].map(at)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(() => offsetConverter(text, 'bytes' as never)).toThrow(GazetaError);
    expect(() => render('jsonl', doc, 'a', { offsets: 'bytes' as never })).toThrow(/offsets must be utf16 or codepoint/);
  });

  it('the JSONL record, brat and Label Studio write code points when asked, UTF-16 by default', () => {
    const record = toJsonRecord('a', doc, { offsets: 'codepoint' });
    for (const m of record.mentions) expect(byPoints(m)).toBe(m.text);
    for (const r of record.references) expect(byPoints(r)).toBe(r.text);
    for (const q of record.quotes) expect(byPoints(q.content)).toBe(q.text);
    expect(toJsonRecord('a', doc).mentions[0]).toMatchObject({ start: text.indexOf('Сергей'), text: 'Сергей Лавров' });

    const brat = parseBrat(formatBrat(doc, { offsets: 'codepoint' }));
    expect(brat.mentions.map(byPoints)).toEqual(['Сергей Лавров', 'Москве', 'Вашингтоном']);
    const task = toLabelStudioTask(doc, 'a', { offsets: 'codepoint' });
    for (const r of task.predictions[0]!.result) if (r.type === 'labels') expect(byPoints(r.value)).toBe(r.value.text);
  });

  it('formats that lay out the text refuse code points instead of writing wrong offsets', () => {
    for (const format of ['html', 'text', 'inline', 'conll']) {
      expect(() => render(format, doc, 'a', { offsets: 'codepoint' })).toThrow(`the ${format} format writes no offsets`);
      expect(() => render(format, doc, 'a', { offsets: 'utf16' })).not.toThrow();
    }
  });
});

describe('JSONL record', () => {
  it('carries the quote text, speaker name and pattern, the pronouns and the warnings', () => {
    const record = toJsonRecord('a', doc);
    expect(record.quotes[1]).toEqual({
      kind: 'indirect', text: 'переговоры с Вашингтоном продолжатся', content: doc.quotes[1]!.content, cue: doc.quotes[1]!.cue,
      speaker: doc.quotes[1]!.speaker, speakerEntity: 'per:sergei-lavrov', speakerName: 'Сергей Лавров', pattern: doc.quotes[1]!.pattern,
    });
    expect(record.references).toEqual([{ start: text.indexOf('Он'), end: text.indexOf('Он') + 2, text: 'Он', entity: 'per:sergei-lavrov' }]);
    expect(record.warnings).toEqual([]);
    const ukrainian = annotate('Президент України Володимир Зеленський заявив, що переговори з партнерами тривають і будуть продовжені найближчим часом у Києві.');
    expect(toJsonRecord(null, ukrainian).warnings).toEqual([expect.objectContaining({ code: 'NOT_RUSSIAN', language: 'ukr' })]);
  });
});

describe('spaCy and Label Studio formats', () => {
  it('spaCy: the text with [start, end, label] in code points, which Python slices to the names', () => {
    const record = toSpacyRecord(doc, 'a');
    expect(record.id).toBe('a');
    expect(record.text).toBe(text);
    expect(record.entities.map(([s, e, label]) => [points.slice(s, e).join(''), label])).toEqual([['Сергей Лавров', 'PER'], ['Москве', 'LOC'], ['Вашингтоном', 'LOC']]);
    expect(toSpacyRecord(doc, undefined, { offsets: 'utf16' }).entities[0]).toEqual([text.indexOf('Сергей'), text.indexOf('Сергей') + 13, 'PER']);
    expect(JSON.parse(render('spacy', doc))).toEqual({ text, entities: record.entities });
  });

  it('Label Studio: a task with the text and a prediction of labelled regions and «said by» relations', () => {
    const task = toLabelStudioTask(doc, 'news-1');
    expect(task.data).toEqual({ text, id: 'news-1' });
    const result = task.predictions[0]!.result;
    const regions = new Map(result.flatMap((r) => (r.type === 'labels' ? [[r.id, r]] : [])));
    expect([...regions.values()].map((r) => `${r.value.labels[0]} ${r.value.text}`)).toEqual([
      'PER Сергей Лавров', 'LOC Москве', 'LOC Вашингтоном', 'Quote Мы готовы к диалогу', 'Quote переговоры с Вашингтоном продолжатся', 'Speaker Он',
    ]);
    for (const r of regions.values()) expect(text.slice(r.value.start, r.value.end)).toBe(r.value.text);
    const said = result.flatMap((r) => (r.type === 'relation' ? [`${regions.get(r.from_id)!.value.text} → ${regions.get(r.to_id)!.value.text}`] : []));
    expect(said).toEqual(['Мы готовы к диалогу → Сергей Лавров', 'переговоры с Вашингтоном продолжатся → Он']);
    // Every label the task uses is one the labelling configuration declares.
    for (const r of regions.values()) expect(LABEL_STUDIO_CONFIG).toContain(`<Label value="${r.value.labels[0]}"`);
  });
});

describe('files per document', () => {
  it('brat gives the text and its annotations; html and conll one file; stream formats none', () => {
    const files = renderFiles('brat', doc, 'a');
    expect(Object.keys(files)).toEqual(['.txt', '.ann']);
    expect(files['.txt']).toBe(text);
    expect(parseBrat(files['.ann']!).mentions).toHaveLength(3);
    expect(Object.keys(renderFiles('html', doc, 'a'))).toEqual(['.html']);
    expect(renderFiles('conll', doc, 'a')['.conll']).toContain('Лавров\tI-PER');
    expect(() => renderFiles('jsonl', doc, 'a')).toThrow(/one stream/);
  });
});
