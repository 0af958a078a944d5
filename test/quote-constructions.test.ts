import { describe, expect, it } from 'vitest';
import { fold } from '../src/morph/key.js';
import { quotes } from './quote-view.js';

describe('Cyrillic words typed with Latin look-alike letters', () => {
  it('folds a mixed-script word to the Cyrillic word it looks like', () => {
    expect(fold('зaявил')).toBe('заявил');
    expect(fold('ЧТO')).toBe('что');
    // A word with a Latin letter that has no Cyrillic twin is a real mix of scripts.
    expect(fold('Wi-Fi-сеть')).toBe('wi-fi-сеть');
    expect(fold('iPhone')).toBe('iphone');
  });

  it('reads the cue and its «что» whatever letters they were typed with', () => {
    expect(quotes('Депутат Иван Петров зaявил, что уходит из политики.')).toEqual(['indirect | Иван Петров | уходит из политики']);
    expect(quotes('Депутат Иван Петров заявил, чтo уходит из политики.')).toEqual(['indirect | Иван Петров | уходит из политики']);
    expect(quotes('Певица Анна Смирнова раcсказала, что готовит новый альбом.')).toEqual(['indirect | Анна Смирнова | готовит новый альбом']);
  });
});

describe('first and second person subjects', () => {
  it('takes я, мы, вы as the subject of a speech or opinion cue', () => {
    expect(quotes('Я уверен, что команда выиграет чемпионат.')).toEqual(['indirect | Я | команда выиграет чемпионат']);
    expect(quotes('Вы сказали, что проект будет закрыт.')).toEqual(['indirect | Вы | проект будет закрыт']);
    expect(quotes('Мы считаем, что решение суда незаконно.')).toEqual(['indirect | Мы | решение суда незаконно']);
  });
});
