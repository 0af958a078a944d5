import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

// Person names in sentences written for these tests (issue 15: persons on unseen news).
const surfaces = (text: string) => annotate(text, { quotes: false }).mentions.map((m) => `${m.type} ${m.text}`);
const persons = (text: string) => surfaces(text).filter((s) => s.startsWith('PER '));

describe('a capitalised word no one is called by opens no name', () => {
  it.each([
    ['Шахматист Борис Гельфанд сказал: «Если Крамник выиграет, матч продолжится».', ['PER Борис Гельфанд', 'PER Крамник']],
    ['Указом постановляю: Отрешить Петрова Ивана Сергеевича от должности губернатора.', ['PER Петрова Ивана Сергеевича']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('leaves a known adjective before a capitalised word to the place rules (Верхнее Кузьмино)', () => {
    expect(surfaces('Вспышку нашли у деревни Верхнее Кузьмино в Тульской области.')).toEqual(['LOC Верхнее Кузьмино', 'LOC Тульской области']);
  });
});
