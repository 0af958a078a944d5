import { describe, expect, it } from 'vitest';
import { cached, Generations } from '../src/util/cached.js';

describe('bounded memo', () => {
  it('holds at most two generations, keeping the entries still asked for', () => {
    const memo = new Generations<string, number>(2);
    memo.set('сказал', 1);
    memo.set('заявил', 2);
    memo.set('отметил', 3); // the first generation is full: it ages
    expect(memo.get('сказал')).toBe(1); // asked again: copied into the young generation
    memo.set('добавил', 4); // full again: the unasked «заявил» is dropped with the old generation
    memo.set('уточнил', 5);
    expect(memo.get('заявил')).toBeUndefined();
    expect(memo.get('сказал')).toBe(1);
    expect(memo.size).toBeLessThanOrEqual(4);
  });

  it('computes a word once while it is in use, undefined results included', () => {
    let calls = 0;
    const long = cached((w) => (calls++, w.length > 3 ? w.length : undefined), 2);
    const words = ['он', 'сказал', 'он', 'сказал', 'она', 'он', 'сказал'];
    expect(words.map(long)).toEqual([undefined, 6, undefined, 6, undefined, undefined, 6]);
    expect(calls).toBe(3);
  });
});
