import { describe, expect, it } from 'vitest';
import lexicon from '../src/generated/lexicon.json' with { type: 'json' };
import { compileKeyIndex, keyIndexOf } from '../src/ner/key-index.js';

describe('compiled key index', () => {
  const keys = new Map([
    ['саудовск арав', 2_345_678],
    ['российск фонд прям инвестиц', 0],
    ['рфпи', 4_294_967_295],
    ['кремл', 17],
    ['нью-йорк', 300_001],
  ]);

  it('finds every key with its value, and nothing for other words', () => {
    const index = keyIndexOf(compileKeyIndex(keys));
    for (const [key, value] of keys) expect(index.get(key)).toBe(value);
    for (const other of ['', 'саудовск', 'кремль', 'рфпи ', 'РФПИ', 'нью йорк']) expect(index.get(other)).toBeUndefined();
  });

  it('looks up every prefix of a run of words as the joined key would be', () => {
    const index = keyIndexOf(compileKeyIndex(keys));
    const out: (number | undefined)[] = [];
    index.prefixes!(['российск', 'фонд', 'прям', 'инвестиц', 'кремл'], 5, out);
    expect(out).toEqual([undefined, undefined, undefined, 0, undefined]);
    index.prefixes!(['саудовск', 'арав'], 2, out);
    expect(out.slice(0, 2)).toEqual([undefined, 2_345_678]);
    index.prefixes!(['рфпи', 'рфпи'], 2, out);
    expect(out.slice(0, 2)).toEqual([4_294_967_295, undefined]);
  });

  it('is a string that needs no escape beyond JSON\'s and holds no surrogate', () => {
    const table = compileKeyIndex(keys);
    expect(JSON.parse(JSON.stringify(table))).toBe(table);
    expect(/[\uD800-\uDFFF]/.test(table)).toBe(false);
  });

  it('refuses values that are not 32-bit unsigned integers and truncated tables', () => {
    expect(() => compileKeyIndex(new Map([['кремл', -1]]))).toThrow(/32-bit/);
    expect(() => compileKeyIndex(new Map([['кремл', 2 ** 32]]))).toThrow(/32-bit/);
    expect(() => keyIndexOf(compileKeyIndex(keys).slice(1))).toThrow(/truncated/);
  });

  it('holds the built-in gazetteer: inflected and lemma keys of real names', () => {
    const index = keyIndexOf(lexicon.gazetteer.keyTable);
    const entryOf = (key: string) => lexicon.gazetteer.entries[Math.floor(index.get(key)! / 256)]?.name;
    expect(entryOf('саудовск арав')).toBe('Саудовская Аравия');
    expect(entryOf('саудовская аравия')).toBe('Саудовская Аравия');
    expect(index.get('саудовск')).toBeUndefined();
  });
});
