import { describe, expect, it } from 'vitest';
import { annotate, createAnnotator, GazetaError } from '../src/index.js';

describe('public API', () => {
  it('returns a plain-JSON Document whose spans are slices of the original text', () => {
    const text = 'Глава РФПИ Кирилл Дмитриев\u00a0заявил: «Мы\u00a0готовы».\r\nМосква, 31.03.2025';
    const doc = annotate(text);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    expect(doc.text).toBe(text);
    for (const m of doc.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const e of doc.entities) for (const m of e.mentions) expect(m.entity).toBe(e.id);
    expect(doc.quotes[0]!.pattern).toBeTruthy();
  });

  it('throws a typed error for input that is not a string', () => {
    expect(() => annotate(42 as never)).toThrow(GazetaError);
    try {
      annotate(null as never);
    } catch (error) {
      expect((error as GazetaError).code).toBe('INVALID_INPUT');
    }
    expect(() => createAnnotator('x' as never)).toThrow(/options must be an object/);
  });

  it('warns, and does not flood, when the text is not Russian', () => {
    const english = annotate('The president met the governors in Moscow and discussed the economy in great detail on Monday.');
    expect(english.warnings).toEqual([expect.objectContaining({ code: 'NOT_RUSSIAN', language: 'eng' })]);
    expect(english.entities.length).toBeLessThanOrEqual(2);
    const ukrainian = annotate('Президент України Володимир Зеленський провів зустріч з губернаторами і обговорив питання економіки.');
    expect(ukrainian.warnings[0]?.language).toBe('ukr');
    expect(annotate('Президент России Владимир Путин провёл встречу с губернаторами и обсудил вопросы экономики.').warnings).toEqual([]);
    expect(annotate('Путин заявил журналистам').warnings).toEqual([]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(annotate('')).toMatchObject({ tokens: [], sentences: [], entities: [], quotes: [] });
    expect(annotate(' \n\t ').tokens).toEqual([]);
  });

  it('shares one load between documents through an annotator', () => {
    const annotator = createAnnotator();
    expect(annotator.annotate('Путин в Москве.').entities).toHaveLength(2);
    expect(annotator.annotate('Трамп в Вашингтоне.').entities).toHaveLength(2);
  });
});

describe('time budget', () => {
  const text = '«Мы готовы к диалогу», — заявил Сергей Лавров в Москве. Глава РФПИ Кирилл Дмитриев добавил, что переговоры продолжатся.';

  it('stops after the stage that spent it, with a warning naming that stage', () => {
    const doc = annotate(text, { timeBudgetMs: 0 });
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'TIME_BUDGET', stage: 'segment' })]);
    expect(doc.tokens.length).toBeGreaterThan(10);
    expect(doc.entities).toEqual([]);
    expect(doc.quotes).toEqual([]);
  });

  it('changes nothing when the budget is not spent', () => {
    const full = annotate(text);
    expect(full.quotes.length).toBe(2);
    expect(annotate(text, { timeBudgetMs: 60_000 })).toEqual(full);
  });

  it('refuses a budget that is not a number of milliseconds', () => {
    expect(() => annotate(text, { timeBudgetMs: -1 })).toThrow(GazetaError);
    expect(() => annotate(text, { timeBudgetMs: Number.NaN })).toThrow(/timeBudgetMs/);
  });
});
