import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { annotate, annotateAll, createAnnotateStream, createAnnotator, GazetaError, type AnnotatedText } from '../src/index.js';

const news = [
  'Путин прилетел в Пекин.',
  { id: 'n2', text: '«Переговоры продолжатся», — сказал Дмитрий Песков.' },
  'В Эр-Рияде встретились делегации России и США.',
];
const plain = (doc: unknown) => JSON.parse(JSON.stringify(doc));

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('annotateAll', () => {
  it('annotates an array of texts and records, each as annotate would, with its id or index', async () => {
    const results = await collect(annotateAll(news));
    expect(results.map((r) => r.id)).toEqual([0, 'n2', 2]);
    expect(results.map((r) => plain(r.document))).toEqual(news.map((n) => plain(annotate(typeof n === 'string' ? n : n.text))));
    expect(results[1]!.document.quotes[0]!.speakerName).toBe('Дмитрий Песков');
  });

  it('takes an async source lazily: the next text is read only when the last result is taken', async () => {
    let pulled = 0;
    async function* source() {
      for (const text of ['Лавров в Москве.', 'Трамп в Вашингтоне.', 'Макрон в Париже.']) {
        pulled++;
        yield text;
      }
    }
    const results = annotateAll(source());
    const first = await results.next();
    expect((first.value as AnnotatedText).document.entities.map((e) => e.name)).toEqual(['Сергей Лавров', 'Москва']);
    expect(pulled).toBe(1);
    expect((await collect(results)).map((r) => r.id)).toEqual([1, 2]);
    expect(pulled).toBe(3);
  });

  it('uses a given annotator and offsets', async () => {
    const annotator = createAnnotator({ dictionaries: [{ type: 'ORG', pattern: 'Северная верфь', id: 'org:severnaya-verf' }] });
    const [one] = await collect(annotateAll(['😀 Заказ получила Северная верфь.'], { annotator, offsets: 'codepoint' }));
    const mention = one!.document.mentions[0]!;
    expect(mention.entity).toBe('org:severnaya-verf');
    expect(mention.start).toBe('😀 Заказ получила '.length - 1);
  });

  it('rejects what is not a text with a typed error naming the input', async () => {
    await expect(collect(annotateAll(['Путин в Пекине.', 42 as never]))).rejects.toThrow('input 1: expected a string or {id, text}');
    await expect(collect(annotateAll(null as never))).rejects.toThrow(GazetaError);
    await expect(collect(annotateAll([], { offsets: 'bytes' as never }))).rejects.toThrow(/offsets must be/);
  });
});

describe('createAnnotateStream', () => {
  it('is an object-mode Transform for pipeline(), in order', async () => {
    const out: AnnotatedText[] = [];
    await pipeline(
      Readable.from(news),
      createAnnotateStream(),
      new Writable({ objectMode: true, write(item: AnnotatedText, _enc, done) { out.push(item); done(); } }),
    );
    expect(out.map((r) => [r.id, r.document.entities.map((e) => e.name)])).toEqual([
      [0, ['Владимир Путин', 'Пекин']], ['n2', ['Дмитрий Песков']], [2, ['Эр-Рияд', 'Россия', 'США']],
    ]);
  });

  it('ends with the typed error on a bad input', async () => {
    const sink = new Writable({ objectMode: true, write(_item, _enc, done) { done(); } });
    await expect(pipeline(Readable.from(['Путин в Пекине.', { id: 'x' }]), createAnnotateStream(), sink)).rejects.toThrow(GazetaError);
  });
});
