import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GazetaError } from './errors.js';

/*
 * Where the files gazeta reads at run time are (its lexicon, Az's dictionaries), however it is
 * loaded: as the installed package (ESM or CJS), or bundled into someone's program by esbuild
 * or the like, where this module's own location is the bundle's and an ESM-to-CJS bundle has
 * an empty import.meta. The installed packages are then found from the bundle's directory, or
 * from the working directory, as Node would find them.
 */

/** This module's file: import.meta.url in ESM, __filename in CJS and in CJS bundles. */
function moduleFile(): string | undefined {
  const url = (import.meta as { url?: unknown }).url;
  if (typeof url === 'string' && url.startsWith('file:')) return fileURLToPath(url);
  return typeof __filename === 'string' ? __filename : undefined;
}

/** require.resolve from `file`'s directory; undefined when it is not found there. */
export function resolveFrom(file: string | undefined, specifier: string): string | undefined {
  if (file === undefined) return undefined;
  try {
    return createRequire(file).resolve(specifier);
  } catch {
    return undefined;
  }
}

/** require.resolve from this module, then from the working directory. */
export function resolvePackage(specifier: string): string | undefined {
  return resolveFrom(moduleFile(), specifier) ?? resolveFrom(join(process.cwd(), 'index.js'), specifier);
}

/**
 * A file of the built package: beside this module (the package's own dist/), else in the
 * installed gazeta package's dist/ (a bundle).
 */
export function packageFile(name: string): string {
  const here = moduleFile();
  const tried: string[] = [];
  if (here) tried.push(join(dirname(here), name));
  const manifest = resolvePackage('gazeta/package.json');
  if (manifest) tried.push(join(dirname(manifest), 'dist', name));
  const found = tried.find((path) => existsSync(path));
  if (found) return found;
  throw new GazetaError('DICTIONARY_READ', `cannot find gazeta's ${name} (looked in ${tried.join(', ') || 'no place'}): `
    + 'a program bundled with gazeta must run where node_modules/gazeta can be found, or with the file beside the bundle');
}
