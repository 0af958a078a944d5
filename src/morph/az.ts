import Az from 'az';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GazetaError } from '../errors.js';
import { resolveFrom, resolvePackage } from '../package-files.js';
import { AZ_DICTIONARY_FILES, cachedMorphology, initAz, isAzLoaded, type AzDictionaries, type AzDictionaryName, type Morphology } from './az-core.js';

/**
 * The Node side of the morphology: Az's dictionaries read with fs from the installed `az`
 * package. Everything else is in `./az-core.js`, which the browser build uses with fetched files.
 */

export type { Analysis, AzDictionaries, Morphology } from './az-core.js';

/** The `dicts/` directory of the installed `az` package. */
export function azDictionaryDir(): string {
  // Resolved, not relative to this file: inside a bundle this file is the bundle.
  const main = resolvePackage('az') ?? resolveFrom(resolvePackage('gazeta/package.json'), 'az');
  if (!main) throw new GazetaError('DICTIONARY_READ', 'cannot find the az package (Az.js morphology dictionaries): install gazeta\'s dependencies');
  return join(dirname(main), '..', 'dicts');
}

/** Reads Az's dictionary files (≈11 MB) synchronously: JSON parsed, the rest as ArrayBuffers. */
export function readAzDictionaries(dir = azDictionaryDir()): AzDictionaries {
  const files: Partial<Record<AzDictionaryName, unknown>> = {};
  for (const [name, type] of Object.entries(AZ_DICTIONARY_FILES) as Array<[AzDictionaryName, 'json' | 'arraybuffer']>) {
    const buffer = readFileSync(join(dir, name));
    files[name] = type === 'json'
      ? JSON.parse(buffer.toString('utf8'))
      : ownArrayBuffer(buffer);
  }
  return files as AzDictionaries;
}

/** The file's bytes as an ArrayBuffer: the Buffer's own when it has one to itself (large files do), else a copy. */
function ownArrayBuffer(buffer: Buffer): ArrayBuffer {
  const whole = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  return whole ? buffer.buffer as ArrayBuffer : buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

export function createMorphology(): Morphology {
  if (!isAzLoaded()) initAz(Az, readAzDictionaries());
  return cachedMorphology();
}
