import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/index.js';

/**
 * test/golden/tokens.cases: one case a line, `input  →  token | token | token` (razdel's
 * notation on the right). Lines starting with # are comments.
 */
const ARROW = '  →  ';
const lines = readFileSync(join(import.meta.dirname, 'golden', 'tokens.cases'), 'utf8')
  .split('\n')
  .map((line, i) => ({ line, number: i + 1 }))
  .filter(({ line }) => line.trim() && !line.startsWith('#'));

const cases = lines.map(({ line, number }) => {
  const at = line.indexOf(ARROW);
  if (at < 0) throw new Error(`tokens.cases:${number}: no "${ARROW.trim()}" in ${line}`);
  return { number, input: line.slice(0, at), expected: line.slice(at + ARROW.length).split(' | ') };
});

describe('golden tokens', () => {
  it('has cases enough to cover the classes', () => expect(cases.length).toBeGreaterThanOrEqual(150));

  it('every case is well written: its tokens glued give its input without spaces', () => {
    for (const c of cases) expect(c.expected.join(''), `line ${c.number}`).toBe(c.input.replace(/\s/gu, ''));
  });

  for (const c of cases) {
    it(`${c.number}: ${c.input}`, () => {
      const tokens = tokenize(c.input);
      expect(tokens.map((t) => t.text)).toEqual(c.expected);
      for (const t of tokens) expect(c.input.slice(t.start, t.end)).toBe(t.text);
    });
  }
});
