import { describe, expect, it } from 'vitest';
import { segment, tokenize } from '../src/index.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('is lossless: tokens and the gaps between them rebuild the text', () => {
    const text = 'Москва,\u00a031.03.2025, 18:28 — «Нью-Йорк» (США)…\r\nВ. В. Путин сказал: "Да!"';
    const tokens = tokenize(text);
    let rebuilt = '';
    let at = 0;
    for (const t of tokens) {
      const gap = text.slice(at, t.start);
      expect(gap.trim()).toBe('');
      rebuilt += gap + text.slice(t.start, t.end);
      expect(t.text).toBe(text.slice(t.start, t.end));
      at = t.end;
    }
    expect(rebuilt + text.slice(at)).toBe(text);
  });

  it('keeps hyphenated words whole and dashes apart', () => {
    expect(texts('Нью-Йорк на северо-западе — там')).toEqual(['Нью-Йорк', 'на', 'северо-западе', '—', 'там']);
    expect(texts('Ростов-на-Дону, COVID-19')).toEqual(['Ростов-на-Дону', ',', 'COVID-19']);
  });

  it('keeps numbers and dates whole', () => {
    expect(texts('31.03.2025 в 18:28 рост 3,5%')).toEqual(['31.03.2025', 'в', '18:28', 'рост', '3,5', '%']);
    expect(tokenize('31.03.2025')[0]!.kind).toBe('number');
  });

  it('splits initials and abbreviations from their dots', () => {
    expect(texts('В. В. Путин, т. е. г. Москва')).toEqual(['В', '.', 'В', '.', 'Путин', ',', 'т', '.', 'е', '.', 'г', '.', 'Москва']);
  });

  it('makes every quote mark and dash a token of its own', () => {
    const tokens = tokenize('«Да», — сказал он. „Нет“ "может"');
    expect(tokens.filter((t) => t.kind === 'quote').map((t) => t.text)).toEqual(['«', '»', '„', '“', '"', '"']);
    expect(tokens.filter((t) => t.kind === 'dash').map((t) => t.text)).toEqual(['—']);
  });

  it('reads Latin words inside Cyrillic text and domain names', () => {
    expect(texts('сообщает Reuters и Lenta.ru')).toEqual(['сообщает', 'Reuters', 'и', 'Lenta.ru']);
  });

  it('keeps apostrophes, accents and soft hyphens inside words', () => {
    expect(texts("О'Брайен ударе\u0301ние при\u00adмер")).toEqual(["О'Брайен", 'ударе\u0301ние', 'при\u00adмер']);
  });

  it('gives runs and joined tokens the kind of what they hold', () => {
    const kinds = (s: string) => tokenize(s).map((t) => `${t.text}:${t.kind}`);
    expect(kinds('-- Да *** 1941—1945 25°C №5 ™ press@mid.ru')).toEqual([
      '--:dash', 'Да:word', '***:punct', '1941—1945:number', '25:number', '°C:word', '№:symbol', '5:number',
      '™:symbol', 'press@mid.ru:word',
    ]);
  });

  it('rebuilds e-mail addresses and links from the text with exact offsets', () => {
    const text = 'Пишите: ivan.petrov@mail.ru (см. https://www.kremlin.ru/events/1).';
    const tokens = tokenize(text);
    const mail = tokens.find((t) => t.text.includes('@'))!;
    const link = tokens.find((t) => t.text.startsWith('https'))!;
    expect([mail.start, mail.end]).toEqual([8, 27]);
    expect(text.slice(link.start, link.end)).toBe('https://www.kremlin.ru/events/1');
    expect(tokens.slice(-2).map((t) => t.text)).toEqual([')', '.']);
  });

  it('stays lossless on glued letters, digits, dots and at-signs', () => {
    const text = 'а1б2.в3@г4.ru--x*** 5км°C@@.ru https://a.ru/(b)) 1tv.ru.m24.ru';
    let at = 0;
    for (const t of tokenize(text)) {
      expect(t.start).toBeGreaterThanOrEqual(at);
      expect(text.slice(at, t.start).trim()).toBe('');
      expect(t.text).toBe(text.slice(t.start, t.end));
      at = t.end;
    }
    expect(text.slice(at).trim()).toBe('');
  });

  it('gives astral characters whole tokens with UTF-16 offsets', () => {
    const tokens = tokenize('Да 😀 нет');
    expect(tokens.map((t) => [t.start, t.end])).toEqual([[0, 2], [3, 5], [6, 9]]);
  });
});

describe('sentences', () => {
  const sentences = (s: string) => segment(s).sentences.map((x) => s.slice(x.start, x.end));

  it('splits at terminal punctuation before a capital', () => {
    expect(sentences('Встреча прошла. Стороны довольны! Что дальше?')).toEqual(['Встреча прошла.', 'Стороны довольны!', 'Что дальше?']);
  });

  it('does not split after initials or abbreviations', () => {
    expect(sentences('В. В. Путин прибыл в г. Москву, т. е. в столицу. Встреча началась.')).toEqual([
      'В. В. Путин прибыл в г. Москву, т. е. в столицу.',
      'Встреча началась.',
    ]);
  });

  it('does not split at a dot glued to words on both sides (Дж.Смит)', () => {
    expect(sentences('Встречу провёл Дж.Смит. Она прошла успешно.')).toEqual(['Встречу провёл Дж.Смит.', 'Она прошла успешно.']);
  });

  it('keeps the attribution after a quote in the same sentence', () => {
    expect(sentences('«Это важно!» — отметил он. Потом ушёл.')).toEqual(['«Это важно!» — отметил он.', 'Потом ушёл.']);
  });

  it('ends a sentence at a line break (headlines have no dot)', () => {
    expect(sentences('Заголовок без точки\nПервое предложение.')).toEqual(['Заголовок без точки', 'Первое предложение.']);
  });

  it('ends a sentence before one that opens with a digit-led word (35-летняя)', () => {
    expect(sentences('В аварии ранены 7 человек. 42-летний водитель задержан.')).toEqual(['В аварии ранены 7 человек.', '42-летний водитель задержан.']);
    expect(sentences('Кто за это ответит? 19-летний студент молчит.')).toEqual(['Кто за это ответит?', '19-летний студент молчит.']);
    expect(sentences('Он заявил: «Мы не сдадимся.» 60-летний мэр ушёл.')).toEqual(['Он заявил: «Мы не сдадимся.»', '60-летний мэр ушёл.']);
  });

  it('keeps a digit-led word joined after an abbreviation, an initial or a number', () => {
    for (const s of [
      'Это случилось в 1998 г. 30-летний инженер уехал.',
      'Нарушена ст. 12.8 КоАП, стр. 5-я.',
      'Смотрите пункт 3. 2-й абзац переписан.',
      'Письмо подписал И. 2-й раз.',
      'Курс вырос до 3.75. 10-процентный рост.',
      'Срок истёк 01.02.2020. 5-летний договор.',
    ]) {
      expect(sentences(s)).toEqual([s]);
    }
  });

  it('ends a sentence after a count with an abbreviated unit before a capital (5 млн руб. Компания)', () => {
    expect(sentences('Ущерб составил 5 млн руб. Компания подала иск.')).toEqual(['Ущерб составил 5 млн руб.', 'Компания подала иск.']);
    expect(sentences('Пройдено 400 км. По словам пилота, всё в порядке.')).toEqual(['Пройдено 400 км.', 'По словам пилота, всё в порядке.']);
  });

  it('keeps a unit joined where the text goes on (тыс. человек, долл. США, 2016 г. Иванов, ул. Ленина)', () => {
    for (const s of [
      'На площадь пришли 300 тыс. человек.',
      'Фонд получил 2 млн долл. США от спонсоров.',
      'В 2016 г. Иванов уехал из страны.',
      'Офис находится на ул. Ленина, в 5 км. от центра.',
    ]) {
      expect(sentences(s)).toEqual([s]);
    }
  });

  it('keeps closing quotes with the sentence they end', () => {
    expect(sentences('Он сказал: «Всё будет хорошо.» Затем ушёл.')).toEqual(['Он сказал: «Всё будет хорошо.»', 'Затем ушёл.']);
  });
});

describe('quotation pairs by token', () => {
  it('finds the outer pair at its opening and closing marks only, and lists the pairs in text order', async () => {
    const { segmentDocument } = await import('../src/segment/index.js');
    const text = 'Он сказал: «Мы готовы». Она ответила: «Посмотрим».';
    const { tokens, index } = segmentDocument(text);
    const opens = tokens.flatMap((t, k) => (t.text === '«' ? [k] : []));
    const closes = tokens.flatMap((t, k) => (t.text === '»' ? [k] : []));
    expect([...index.outerByOpen.values()].map((p) => [p.open, p.close])).toEqual([[opens[0], closes[0]], [opens[1], closes[1]]]);
    expect(index.outerByOpen.get(opens[1]!)?.close).toBe(closes[1]);
    expect(index.outerByClose.get(closes[0]!)?.open).toBe(opens[0]);
    expect(index.outerByOpen.size).toBe(2);
    expect(index.outerByOpen.has(0)).toBe(false);
    expect(index.outerByOpen.get(-1)).toBeUndefined();
    expect(index.outerByOpen.get(tokens.length)).toBeUndefined();
    expect([...index.outerByOpen.keys()]).toEqual(opens);
  });
});
