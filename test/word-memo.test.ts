import { describe, expect, it } from 'vitest';
import type { WordInfo } from '../src/types.js';
import { newMemo, perWord, perWordFor } from '../src/util/word-memo.js';

const record = (folded: string, memo = true): WordInfo => ({ folded, key: folded, lemma: folded, shape: 'lower', latin: false, analyses: [], ...(memo ? { memo: newMemo() } : {}) });

describe('word memo', () => {
  it('computes once per record, undefined included, and every time for a record without a memo', () => {
    let calls = 0;
    const length = perWord((w) => (calls++, w.folded.length > 3 ? w.folded.length : undefined));
    const long = record('сказал');
    const short = record('он');
    expect([length(long), length(long), length(short), length(short)]).toEqual([6, 6, undefined, undefined]);
    expect(calls).toBe(2);
    const bare = record('заявил', false);
    expect([length(bare), length(bare)]).toEqual([6, 6]);
    expect(calls).toBe(4);
  });

  it('never gives one owner the value computed for another', () => {
    const listed = perWordFor((owner: Set<string>, w: WordInfo) => owner.has(w.folded));
    const first = new Set(['москва']);
    const second = new Set(['париж']);
    const moscow = record('москва');
    expect(listed(first)(moscow)).toBe(true);
    expect(listed(second)(moscow)).toBe(false);
    expect(listed(first)(moscow)).toBe(true);
  });

  it('keeps every owner\'s values, undefined included: the first owner\'s in the record, the others\' beside them', () => {
    let calls = 0;
    const city = perWordFor((owner: Map<string, string | undefined>, w: WordInfo) => (calls++, owner.get(w.folded)));
    const owners = [new Map([['москва', 'LOC']]), new Map([['москва', undefined]]), new Map<string, string | undefined>()];
    const moscow = record('москва');
    for (let round = 0; round < 2; round++) {
      expect(owners.map((o) => city(o)(moscow))).toEqual(['LOC', undefined, undefined]);
    }
    // Owners taking turns never overwrite one another: each computes once.
    expect(calls).toBe(3);
    expect([city(owners[1]!)(moscow), city(owners[0]!)(moscow), city(owners[2]!)(moscow)]).toEqual([undefined, 'LOC', undefined]);
    expect(calls).toBe(3);
    // A record without a memo array is computed every time, for any owner.
    const bare = record('москва', false);
    expect([city(owners[0]!)(bare), city(owners[1]!)(bare)]).toEqual(['LOC', undefined]);
    expect(calls).toBe(5);
  });
});
