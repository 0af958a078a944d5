import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/segment/tokenize.js';

describe('a capitalised word and a year joined by a hyphen', () => {
  it('splits the year off a place (Сочи-2014) but keeps a model number whole (Ту-154)', () => {
    expect(tokenize('Игры Сочи-2014 и самолёт Ту-154').map((t) => t.text)).toEqual(['Игры', 'Сочи', '-', '2014', 'и', 'самолёт', 'Ту-154']);
  });

  // The token's letters are read once, not again at each hyphen before a year: before, this took some 20 s.
  it('reads one long token of many hyphens in linear time', () => {
    const text = `Б${'в'.repeat(30_000)}1${'-г-2014'.repeat(10_000)}`;
    const started = performance.now();
    expect(tokenize(text)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
