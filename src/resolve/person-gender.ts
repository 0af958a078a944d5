import { wordList } from '../dict/words.js';
import { fold } from '../morph/key.js';
import type { Entity } from '../types.js';

/** Surname endings by gender; the first name decides where it is listed. */
const FEMININE_SURNAME = wordList('feminine-surname-endings');
const MASCULINE_SURNAME = wordList('masculine-surname-endings');
const endsWithOneOf = (word: string, endings: readonly string[]) => endings.some((ending) => word.endsWith(ending));

/** A person's gender from the first name, else from a feminine surname ending (Попова, Матвиенко stays unknown). */
export function personGender(entity: Entity, firstNames: ReadonlyMap<string, string>): 'm' | 'f' | null {
  const parts = entity.name.split(' ');
  const byName = firstNames.get(fold(parts[0]!));
  if (byName === 'm' || byName === 'f') return byName;
  const last = parts[parts.length - 1]!.toLowerCase();
  if (endsWithOneOf(last, FEMININE_SURNAME)) return 'f';
  if (endsWithOneOf(last, MASCULINE_SURNAME)) return 'm';
  return null;
}
