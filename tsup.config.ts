import { defineConfig } from 'tsup';

const common = { target: 'node20', platform: 'node', shims: true, sourcemap: false, external: ['az'] } as const;

export default defineConfig([
  // The library: ESM + CJS with type declarations.
  { ...common, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: true, clean: true },
  // The CLI, the `gazeta` bin, and its worker thread (loaded beside it as ./worker.js); they share one chunk.
  { ...common, entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' }, format: ['esm'] },
]);
