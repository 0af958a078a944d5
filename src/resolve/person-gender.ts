import { wordList, wordMap } from '../dict/words.js';
import { fold } from '../morph/key.js';
import type { Entity } from '../types.js';

/**
 * Surname endings by gender; the first name decides where it is listed. The feminine table also
 * pairs an ending with its masculine one, so that one list serves the gender and the family.
 */
const FEMININE_SURNAME = wordMap('feminine-surname-endings');
const MASCULINE_SURNAME = wordList('masculine-surname-endings');
const endsWithOneOf = (word: string, endings: Iterable<string>) => {
  for (const ending of endings) if (word.endsWith(ending)) return true;
  return false;
};

/** The surname ends as a woman's does (Попова, Зеленская, Крайняя); the word as written, lower case or folded. */
export function isFeminineSurname(word: string): boolean {
  return endsWithOneOf(word, FEMININE_SURNAME.keys());
}

/** A folded surname in its masculine form (петрова → петров, бутская → бутский); other words as they are. */
export function masculineSurname(folded: string): string {
  for (const [feminine, masculine] of FEMININE_SURNAME) {
    if (masculine && folded.endsWith(feminine)) return folded.slice(0, -feminine.length) + masculine;
  }
  return folded;
}

/** A person's gender from the first name, else from a feminine surname ending (Попова, Матвиенко stays unknown). */
export function personGender(entity: Entity, firstNames: ReadonlyMap<string, string>): 'm' | 'f' | null {
  const parts = entity.name.split(' ');
  const byName = firstNames.get(fold(parts[0]!));
  if (byName === 'm' || byName === 'f') return byName;
  const last = parts[parts.length - 1]!.toLowerCase();
  if (isFeminineSurname(last)) return 'f';
  if (endsWithOneOf(last, MASCULINE_SURNAME)) return 'm';
  return null;
}
