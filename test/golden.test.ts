import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate, formatInline } from '../src/index.js';

/**
 * Golden tests: each test/golden/NAME.txt (news text written for the project) is annotated
 * and rendered inline ([PER Кирилл Дмитриев] … and QUOTE lines); the result must equal
 * NAME.golden, reviewed by hand. UPDATE_GOLDEN=1 rewrites the .golden files.
 */
const dir = join(import.meta.dirname, 'golden');
const cases = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('golden texts', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(3));
  for (const file of cases) {
    it(file, () => {
      const actual = formatInline(annotate(readFileSync(join(dir, file), 'utf8'))) + '\n';
      const goldenPath = join(dir, file.replace(/\.txt$/, '.golden'));
      if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, actual);
      expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
    });
  }
});
