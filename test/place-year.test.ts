/**
 * «Сочи-2014»: a place glued to a year by a hyphen is found as the place. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';
import { tokenize } from '../src/segment/tokenize.js';

describe('a place glued to a year', () => {
  it('splits a capitalised word from a four-digit year, not a model number or an abbreviation', () => {
    expect(tokenize('Игры Сочи-2014, самолёт Ту-154, ЧМ-2018, COVID-19').map((t) => t.text))
      .toEqual(['Игры', 'Сочи', '-', '2014', ',', 'самолёт', 'Ту-154', ',', 'ЧМ-2018', ',', 'COVID-19']);
  });

  it('finds the place of the games', () => {
    const places = annotate('Бронзовый призёр Лондона-2012 готовится к новому сезону.', { quotes: false }).entities.filter((e) => e.type === 'LOC');
    expect(places.map((e) => e.name)).toEqual(['Лондон']);
  });
});
