import { describe, expect, it } from 'vitest';
import { quotes as quoteView } from './quote-view.js';

const quotes = (text: string) => quoteView(text, { named: true });

describe('the subject speaks, by its case', () => {
  it('a woman named by a first name of the list is nominative, whatever case her surname reads as', () => {
    expect(quotes('Актриса Ирина Фриске уехала в Ригу. Решение о переезде в Латвию Ирина Фриске приняла сама: «Здесь спокойно, тихо и очень красивое море».')).toEqual([
      'direct | Ирина Фриске | Здесь спокойно, тихо и очень красивое море',
    ]);
  });

  it('a name after a role in an oblique case is that role, not the subject', () => {
    expect(quotes('Газета «Ведомости» поздравила принца Гарри: «Желаем счастья молодым и долгих лет жизни».')).toEqual([
      'direct | Ведомости | Желаем счастья молодым и долгих лет жизни',
    ]);
  });

  it('a name after a nominative role and its genitive complement holds the role', () => {
    expect(quotes('Советник президента Иван Петров заявил: «Мы готовы к переговорам».')).toEqual(['direct | Иван Петров | Мы готовы к переговорам']);
  });
});
