import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The README's TypeScript examples, run as written against the built package (npm test builds
 * first): each ```ts block is a file inside the project, where `import … from 'gazeta'` is the
 * package itself. A line `// → VALUE` after a one-line expression `EXPR;` checks that EXPR
 * deep-equals VALUE, so the results the README shows are the results users get.
 */
const root = join(import.meta.dirname, '..');
const dir = join(root, 'test-output', 'readme');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

/** The block with each `EXPR;` + `// → VALUE` pair turned into a check that prints a mark when it passes. */
function withChecks(code: string): { code: string; checks: number } {
  const lines = code.split('\n');
  let checks = 0;
  for (let i = 1; i < lines.length; i++) {
    const expected = /^\s*\/\/ → (.+)$/.exec(lines[i]!);
    if (!expected) continue;
    const expr = /^(\s*)(.+?);\s*$/.exec(lines[i - 1]!);
    if (!expr) throw new Error(`README: «// →» must follow a one-line expression ending in «;», not: ${lines[i - 1]}`);
    lines[i - 1] = `${expr[1]}__check(${expr[2]}, ${expected[1]});`;
    lines[i] = '';
    checks++;
  }
  const helper = "import { deepStrictEqual as __equal } from 'node:assert';\n"
    + "const __check = (actual: unknown, expected: unknown) => { __equal(actual, expected); console.log('README check passed'); };\n";
  return { code: helper + lines.join('\n'), checks };
}

describe('README examples', () => {
  it('has TypeScript examples with results to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks.reduce((n, b) => n + withChecks(b).checks, 0)).toBeGreaterThanOrEqual(8);
  });

  it.each(blocks.map((code, index) => [index, code] as const))('block %i runs as written and gives what it shows', (index, code) => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const { code: checked, checks } = withChecks(code);
    const file = join(dir, `example-${index}.ts`);
    writeFileSync(file, checked);
    const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l === 'README check passed')).toHaveLength(checks);
  }, 30_000);
});
