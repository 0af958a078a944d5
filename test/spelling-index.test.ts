/**
 * The spelling index finds a foreign name spelt one or two edits apart (Герстенмайер,
 * Гернстермайер) by its neighbourhood of dropped letters, and must answer as a scan of every
 * filed name would: the same names, found without reading the names that cannot match.
 */
import { describe, expect, it } from 'vitest';
import { MAX_TWO_EDIT_LENGTH, MIN_EDIT_LENGTH, SpellingIndex, TWO_EDIT_LENGTH, oneEditApart, spellingKey, twoEditsApart } from '../src/resolve/spelling.js';

/** A small deterministic generator, so that a failing case can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const LETTERS = 'абвгдежзиклмнопрстуфхцшэюя';

/** A name made of random letters, and a copy with up to three random edits. */
function names(next: () => number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 8 + Math.floor(next() * 12);
    let name = Array.from({ length }, () => LETTERS[Math.floor(next() * LETTERS.length)]).join('');
    out.push(name);
    const edits = Math.floor(next() * 4);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(next() * name.length);
      const letter = LETTERS[Math.floor(next() * LETTERS.length)]!;
      const kind = Math.floor(next() * 4);
      if (kind === 0) name = name.slice(0, at) + letter + name.slice(at + 1);
      else if (kind === 1) name = name.slice(0, at) + letter + name.slice(at);
      else if (kind === 2) name = name.slice(0, at) + name.slice(at + 1);
      else name = name.slice(0, at) + name.slice(at + 1, at + 2) + name.slice(at, at + 1) + name.slice(at + 2);
    }
    out.push(name);
  }
  return out;
}

/** What the index must answer: the exact key, else keys one edit away, else (long keys) two. */
function scan(filed: string[], query: string): string[] {
  const key = spellingKey(query);
  const keys = [...new Set(filed.map(spellingKey))];
  if (keys.includes(key)) return filed.filter((f) => spellingKey(f) === key);
  if (key.length < MIN_EDIT_LENGTH) return [];
  const one = keys.filter((k) => k.length >= MIN_EDIT_LENGTH && oneEditApart(key, k));
  if (one.length || key.length < TWO_EDIT_LENGTH || key.length > MAX_TWO_EDIT_LENGTH) return filed.filter((f) => one.includes(spellingKey(f)));
  const two = keys.filter((k) => k.length >= TWO_EDIT_LENGTH && k.length <= MAX_TWO_EDIT_LENGTH && twoEditsApart(key, k));
  return filed.filter((f) => two.includes(spellingKey(f)));
}

describe('spelling index', () => {
  it('finds a long surname two edits apart and a short one only when one edit apart', () => {
    const index = new SpellingIndex<string>();
    for (const name of ['герстенмайер', 'бенер', 'иванов']) index.add(name, name);
    expect(index.find('гернстермайер')).toEqual(['герстенмайер']);
    expect(index.find('бонер')).toEqual(['бенер']);
    expect(index.find('ивашов', true)).toEqual(['иванов']);
    expect(index.find('бонерт')).toEqual([]);
  });

  it('answers as a scan of every filed name would, over random names and their misspellings', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const next = random(seed);
      const all = names(next, 150);
      const filed = all.filter((_, i) => i % 2 === 0);
      const index = new SpellingIndex<string>();
      for (const name of filed) index.add(name, name);
      for (const query of all) expect([...index.find(query)].sort(), query).toEqual(scan(filed, query).sort());
    }
  });
});
