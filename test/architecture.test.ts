import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers of src/, lowest first: a module imports only from its own layer or below, so data
// flows one way (DESIGN.md, "Target shape").
const LAYERS: readonly (readonly string[])[] = [
  ['types.ts', 'errors.ts', 'encoding.ts', 'version.ts', 'package-files.ts', 'util/', 'vendor/', 'generated/'],
  ['dict/'],
  ['segment/'],
  ['morph/'],
  ['ner/'],
  ['clauses/'],
  ['resolve/'],
  ['quotes/'],
  ['language.ts', 'lexicon.ts', 'pipeline.ts'],
  ['annotator.ts'],
  ['format/', 'stream.ts', 'offsets.ts'],
  ['index.ts', 'browser.ts', 'cli/'],
];

const src = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function layerOf(path: string): number {
  const rel = relative(src, path).replace(/\\/g, '/');
  const layer = LAYERS.findIndex((names) => names.some((n) => (n.endsWith('/') ? rel.startsWith(n) : rel === n)));
  return layer;
}

/** Relative imports of a module (type-only ones included: a type from above is a dependency too). */
function imports(path: string): string[] {
  const source = readFileSync(path, 'utf8');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => resolve(dirname(path), m[1]!.replace(/\.js$/, '.ts')));
}

const modules = files(src);

describe('architecture', () => {
  it('puts every module of src/ in a layer', () => {
    expect(modules.filter((m) => layerOf(m) < 0).map((m) => relative(src, m))).toEqual([]);
  });

  it('imports only from the same layer or below', () => {
    const upward: string[] = [];
    for (const m of modules) {
      for (const target of imports(m)) {
        if (!target.endsWith('.ts') || !target.startsWith(src)) continue;
        if (layerOf(target) > layerOf(m)) upward.push(`${relative(src, m)} → ${relative(src, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import circle', () => {
    const graph = new Map(modules.map((m) => [m, imports(m).filter((t) => t.endsWith('.ts') && t.startsWith(src))]));
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (m: string, path: string[]) => {
      if (state.get(m) === 'done') return;
      if (state.get(m) === 'open') {
        circles.push([...path.slice(path.indexOf(m)), m].map((p) => relative(src, p)).join(' → '));
        return;
      }
      state.set(m, 'open');
      for (const t of graph.get(m) ?? []) visit(t, [...path, m]);
      state.set(m, 'done');
    };
    for (const m of modules) visit(m, []);
    expect(circles).toEqual([]);
  });
});
