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
  const lasts = [entry.name, ...entry.aliases].map((n) => fold(n.split(' ').pop()!));
  // A singular reading: Турчинов is the plural of «Турчин» (the Турчины), no form of him.
  const singular = word.analyses.filter((a) => !a.grams.includes('plur')).map((a) => fold(a.lemma));
  return lasts.some((l) => word.folded === l || declinedForms(l).includes(word.folded) || singular.some((lemma) => lemma === l || lemma + 'а' === l));
}
