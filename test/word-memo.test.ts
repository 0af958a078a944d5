import { describe, expect, it } from 'vitest';
import type { WordInfo } from '../src/types.js';
import { newMemo, perText, perTextFlag, perWord, perWordFlag, perWordFlagFor, perWordFor } from '../src/util/word-memo.js';

const record = (folded: string, memo = true): WordInfo => ({ folded, key: folded, lemma: folded, shape: 'lower', latin: false, analyses: [], ...(memo ? { memo: newMemo() } : {}) });

describe('word memo', () => {
  it('keeps a function of the token text on its record, null and false included, and computes it every time without a memo', () => {
    let calls = 0;
    const digit = perTextFlag((text) => (calls++, /\d/.test(text)));
    const stem = perText((text) => (calls++, /^[А-Я]{2,6}е$/.test(text) ? text.slice(0, -1).toLowerCase() : null));
    const vgik = record('вгике');
    const word = record('суде');
    expect([digit(vgik, 'ВГИКе'), digit(vgik, 'ВГИКе'), stem(vgik, 'ВГИКе'), stem(vgik, 'ВГИКе')]).toEqual([false, false, 'вгик', 'вгик']);
    expect([stem(word, 'суде'), stem(word, 'суде')]).toEqual([null, null]);
    expect(calls).toBe(3);
    const bare = record('g20', false);
    expect([digit(bare, 'G20'), digit(bare, 'G20')]).toEqual([true, true]);
    expect(calls).toBe(5);
  });

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

  it('keeps yes/no flags in shared slots: each computed once, a no remembered, a flag asked inside another kept', () => {
    const calls = new Map<string, number>();
    const count = (name: string) => calls.set(name, (calls.get(name) ?? 0) + 1);
    // More flags than one slot holds, so that two slots are shared.
    const flags = Array.from({ length: 20 }, (_, k) => perWordFlag((w) => (count(`f${k}`), w.folded.length > k)));
    const outer = perWordFlag((w) => (count('outer'), flags[3]!(w) && !flags[10]!(w)));
    const titled = perWordFlagFor((owner: Set<string>, w: WordInfo) => (count('titled'), owner.has(w.folded)));
    const word = record('мэра');
    const first = new Set<string>();
    const other = new Set(['мэра']);
    for (let round = 0; round < 2; round++) {
      expect(outer(word)).toBe(true);
      expect(flags.map((f) => f(word))).toEqual(Array.from({ length: 20 }, (_, k) => k < 4));
      expect(titled(first)(word)).toBe(false);
    }
    // Another owner's flag is its own: computed for it, beside the record.
    expect([titled(other)(word), titled(other)(word), titled(first)(word)]).toEqual([true, true, false]);
    expect(calls.get('titled')).toBe(2);
    calls.delete('titled');
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect(calls.size).toBe(21);
  });
});

describe('word memo, sparse', () => {
  it('keeps the values of more slots than one bitmap covers, set in any order, each computed once', () => {
    let calls = 0;
    const many = Array.from({ length: 70 }, (_, k) => perWord((w) => (calls++, k % 3 === 0 ? undefined : `${w.folded}${k}`)));
    const flags = Array.from({ length: 40 }, (_, k) => perWordFlag((w) => (calls++, w.folded.length > k % 8)));
    const word = record('мэра');
    const expected = many.map((_, k) => (k % 3 === 0 ? undefined : `мэра${k}`));
    const order = many.map((_, k) => (k * 37) % many.length);
    for (let round = 0; round < 2; round++) {
      for (const k of order) expect(many[k]!(word)).toBe(expected[k]);
      expect(flags.map((f) => f(word))).toEqual(flags.map((_, k) => 4 > k % 8));
    }
    expect(calls).toBe(110);
    // The memo holds the set slots only, with their bitmaps: no hole per unset slot.
    const untouched = record('он');
    many[5]!(untouched);
    expect(untouched.memo!.length).toBe(2);
  });
});
