import { declinedForms } from '../dict/declined-forms.js';
import { fold } from '../morph/key.js';
import type { WordInfo } from '../morph/index.js';
import type { DictEntry } from '../types.js';
import { surnameEntry, type Gazetteer } from './gazetteer.js';

// Apart from gazetteer.ts because declined forms come from the compiled lexicon, which the
// dictionary compiler (a user of gazetteer.ts) is building.

/** The well-known person whose surname this word is (Путин → Владимир Путин), if any. */
export function personBySurname(gazetteer: Gazetteer, word: WordInfo): DictEntry | null {
  const entry = surnameEntry(gazetteer, word);
  // «Турчинов» shares the key «турчин» with Турчин but is no form of that surname.
  return entry && isPersonForm(word, entry) ? entry : null;
}

/** The name's last word is a form of the entry's surname or of an alias's last word: as written, declined, or by a singular lemma. */
export function isPersonForm(word: WordInfo, entry: DictEntry): boolean {
  const { lasts, forms } = lastWordForms(entry);
  if (forms.has(word.folded)) return true;
  // A singular reading: Турчинов is the plural of «Турчин» (the Турчины), no form of him.
  return word.analyses.some((a) => {
    if (a.grams.includes('plur')) return false;
    return isSurnameLemma(fold(a.lemma), (surname) => lasts.has(surname));
  });
}

/**
 * A word's lemma stands for a surname when it is that surname or, a woman's surname being
 * lemmatised as the man's (Захаровой → захаров), that surname less its «а» (Захарова).
 */
export function isSurnameLemma(lemma: string, isSurname: (name: string) => boolean): boolean {
  return isSurname(lemma) || isSurname(lemma + 'а');
}

interface LastWordForms {
  /** The folded last words of the name and its aliases. */
  lasts: ReadonlySet<string>;
  /** Those words and their declined forms. */
  forms: ReadonlySet<string>;
}

// Gazetteer entries live as long as their annotator: their forms are made once per entry, not
// at each match (Путин and his aliases were declined again for every «Путина» in the text).
const formsOfEntry = new WeakMap<DictEntry, LastWordForms>();

function lastWordForms(entry: DictEntry): LastWordForms {
  let known = formsOfEntry.get(entry);
  if (!known) {
    const lasts = new Set([entry.name, ...entry.aliases].map((n) => fold(n.split(' ').pop()!)));
    const forms = new Set([...lasts].flatMap((l) => [l, ...declinedForms(l)]));
    formsOfEntry.set(entry, (known = { lasts, forms }));
  }
  return known;
}
