import { describe, expect, it } from 'vitest';
import { quotes as quoteView } from './quote-view.js';

/** Lower-case speaker phrases (a role, a descriptor, a body) that the text lets a reader link to a named entity. */
const quotes = (text: string) => quoteView(text, { named: true });

describe('a country\'s own office', () => {
  it('«президент страны» is the person the text gave that role', () => {
    expect(quotes('Президент Казахстана Касым-Жомарт Токаев прилетел в Астану. Президент страны заявил, что экономика растёт.')).toEqual([
      'indirect | Касым-Жомарт Токаев | экономика растёт',
    ]);
    expect(quotes('Премьер-министр Израиля Биньямин Нетаньяху собрал кабинет. По словам премьера страны, операция продолжится.')).toEqual([
      'indirect | Биньямин Нетаньяху | операция продолжится',
    ]);
  });
});
