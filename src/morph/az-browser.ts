import { cachedMorphology, type Morphology } from './az-core.js';

/**
 * The browser build's stand-in for `./az.js` (tsup.config.ts swaps it in): there is no file
 * system to read Az's dictionaries from, so the morphology is whatever src/browser.ts has
 * initialised from fetched files; before that this throws.
 */

export type { Analysis, AzDictionaries, Morphology } from './az-core.js';

export function createMorphology(): Morphology {
  return cachedMorphology();
}
