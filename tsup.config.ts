import { defineConfig } from 'tsup';

const common = { target: 'node20', platform: 'node', shims: true, sourcemap: false, external: ['az'] } as const;

export default defineConfig([
  // The library: ESM + CJS with type declarations.
  { ...common, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: true, clean: true },
  // The CLI: ESM only, the `gazeta` bin.
  { ...common, entry: { cli: 'src/cli/main.ts' }, format: ['esm'] },
]);
