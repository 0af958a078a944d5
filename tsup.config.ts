import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import { AZ_SOURCE, patchAz } from './scripts/az-patch.js';

/** Az with its tags built on first use (scripts/az-patch.ts). */
const patchedAz: Plugin = {
  name: 'gazeta-patched-az',
  setup(build) {
    build.onLoad({ filter: AZ_SOURCE }, (args) => ({ contents: patchAz(readFileSync(args.path, 'utf8')), loader: 'js' }));
  },
};

const root = import.meta.dirname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
/** The version the package reports (src/version.ts). */
const define = { __GAZETA_VERSION__: JSON.stringify(version) };

/*
 * franc-min is ESM only: bundled, so that the CJS build can load it too. Az is bundled patched.
 * No shims: tsup's __filename shim for ESM runs fileURLToPath(import.meta.url) at load, which
 * throws once someone bundles gazeta into CJS (esbuild empties import.meta there);
 * src/package-files.ts finds files from import.meta.url or __filename, whichever there is.
 */
const common = {
  target: 'node20', platform: 'node', shims: false, sourcemap: false, noExternal: ['franc-min', 'az'], define,
  esbuildPlugins: [lexicon('file'), patchedAz],
  esbuildOptions(options: { charset?: string; logOverride?: Record<string, 'silent'> }) {
    options.charset = 'utf8';
    // Expected in the CJS build: package-files.ts falls back to __filename there.
    options.logOverride = { 'empty-import-meta': 'silent' };
  },
} as const;

/**
 * The compiled lexicon (3.8 MB of JSON) stays out of the code. Node builds read it at load
 * time from dist/lexicon.utf16 with one JSON.parse: V8 compiles a bundle holding it as an object
 * literal (or even as one string literal) several times slower than it parses the JSON, and
 * decoding 3.8 MB of UTF-8 Cyrillic costs more than the parse, while UTF-16LE bytes are a
 * JavaScript string as they are (4.7 MB on disk instead of 3.8).
 * The browser build, which has no file to read, embeds the text for JSON.parse.
 */
function lexicon(mode: 'file' | 'embedded'): Plugin {
  return {
    name: `gazeta-lexicon-${mode}`,
    setup(build) {
      build.onLoad({ filter: /generated[\\/]lexicon\.json$/ }, (args) => {
        const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
        if (mode === 'embedded') return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
        mkdirSync(join(root, 'dist'), { recursive: true });
        writeFileSync(join(root, 'dist', 'lexicon.utf16'), Buffer.from(text, 'utf16le'));
        // Found beside the module, or in the installed package when gazeta is inside a bundle.
        return {
          contents: "import { readFileSync } from 'node:fs';\n"
            + `import { packageFile } from ${JSON.stringify(join(root, 'src', 'package-files.ts'))};\n`
            + "export default JSON.parse(readFileSync(packageFile('lexicon.utf16')).toString('utf16le'));",
          loader: 'js',
        };
      });
    },
  };
}

const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/**
 * The browser build imports no Node built-in. Two modules of the core have a Node-only part,
 * which the browser never reaches: src/morph/az.ts (Az's dictionaries read with fs) is swapped
 * for src/morph/az-browser.ts, and src/dict/user.ts gets an `fs` whose readFileSync throws
 * (dictionary files are Node-only; src/browser.ts refuses them). Az's own `require('fs')` is
 * patched out (scripts/az-patch.ts). Any other built-in fails the build.
 */
const browserOnly: Plugin = {
  name: 'gazeta-browser-only',
  setup(build) {
    build.onResolve({ filter: /\/az\.js$/ }, (args) => {
      if (resolve(args.resolveDir, args.path) !== join(root, 'src', 'morph', 'az.js')) return undefined;
      return { path: join(root, 'src', 'morph', 'az-browser.ts') };
    });
    build.onResolve({ filter: /^[a-z:_/]+$/ }, (args) => {
      if (!builtins.has(args.path)) return undefined;
      const importer = args.importer.replaceAll('\\', '/');
      if (args.path === 'node:fs' && importer === join(root, 'src', 'dict', 'user.ts').replaceAll('\\', '/')) {
        return { path: 'user-fs', namespace: 'gazeta-stub' };
      }
      return { errors: [{ text: `the browser build must not import the Node built-in "${args.path}" (imported by ${args.importer})` }] };
    });
    build.onLoad({ filter: /.*/, namespace: 'gazeta-stub' }, () => ({
      contents: 'export function readFileSync(path) { throw new Error("no file system in the browser: " + path); }',
      loader: 'js',
    }));
  },
};

export default defineConfig([
  // The library: ESM + CJS with type declarations.
  { ...common, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: true, clean: true },
  // The CLI, the `gazeta` bin, and its worker thread (loaded beside it as ./worker.js); they share one chunk.
  { ...common, entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' }, format: ['esm'] },
  // The browser build, `gazeta/browser`: one self-contained ESM file, Az bundled in; its dictionaries are fetched.
  {
    entry: { browser: 'src/browser.ts' }, format: ['esm'], platform: 'browser', target: 'es2022', sourcemap: false, define,
    dts: true, noExternal: ['az', 'franc-min'], minify: true, removeNodeProtocol: false, esbuildPlugins: [browserOnly, patchedAz, lexicon('embedded')],
    // The lexicon's Cyrillic as UTF-8, not \uXXXX escapes: 3.9 MB instead of 9.5 (module scripts are always UTF-8).
    esbuildOptions(options) { options.charset = 'utf8'; },
  },
]);
