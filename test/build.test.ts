import type { AzParse, AzStatic } from 'az';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchAz } from '../scripts/az-patch.js';
import { createAnnotator } from '../src/annotator.js';
import lexicon from '../src/generated/lexicon.json' with { type: 'json' };
import { initialise } from '../src/morph/az-core.js';
import { readAzDictionaries } from '../src/morph/az.js';
import { tokenize } from '../src/segment/tokenize.js';

// The builds bundle Az patched (scripts/az-patch.ts) and load the lexicon from dist/; the
// tests run the sources with Az as installed. These tests hold the two to the same results.
const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const golden = join(root, 'test', 'golden');
const texts = [
  ...readdirSync(golden).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(golden, f), 'utf8')),
  readFileSync(join(root, 'examples', 'arctic-talks.txt'), 'utf8'),
];

function freshAz(source: string): AzStatic {
  const file = join(mkdtempSync(join(tmpdir(), 'gazeta-az-')), 'az.cjs');
  writeFileSync(file, source);
  const az = require(file) as AzStatic;
  initialise(az, readAzDictionaries());
  return az;
}

const describeParse = (p: AzParse) => [p.word, String(p.tag), p.score, p.parser, p.normalize()?.word, (p.inflect(['gent', 'plur']) || null)?.word];

describe('Az, patched to build its tags on first use', () => {
  const source = readFileSync(require.resolve('az'), 'utf8');

  it('parses, normalises and inflects every word of the golden texts and the dictionary as the installed Az does', () => {
    const original = freshAz(source);
    const patched = freshAz(patchAz(source));
    // The texts' words and the dictionary's names, as written and lower-cased (Az reads capitalised words differently).
    const names = lexicon.gazetteer.entries.map((e) => e.name).join('\n');
    const words = [...new Set([...texts, names].flatMap((t) => tokenize(t).filter((k) => k.kind === 'word').flatMap((k) => [k.text, k.text.toLowerCase()])))];
    expect(words.length).toBeGreaterThan(5000);
    const differ = words.filter((w) => JSON.stringify(patched.Morph(w).map(describeParse)) !== JSON.stringify(original.Morph(w).map(describeParse)));
    expect(differ).toEqual([]);
  }, 60_000);

  it('refuses a source it does not fit', () => {
    expect(() => patchAz(source.replace('this.tag = tags[', 'this.tag = tagTable['))).toThrow(/not in Az's source exactly once/);
    expect(() => patchAz(source + '\nvar x = tags[7];')).toThrow(/does not cover/);
  });
});

describe('the built package', () => {
  it('annotates the golden texts exactly as the sources do', async () => {
    const built = await import(join(root, 'dist', 'index.js')) as typeof import('../src/index.js');
    const fromBuild = built.createAnnotator();
    const fromSource = createAnnotator();
    for (const text of texts) expect(JSON.stringify(fromBuild.annotate(text))).toBe(JSON.stringify(fromSource.annotate(text)));
  });
});
