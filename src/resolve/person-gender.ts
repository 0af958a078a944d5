import { fold } from '../morph/key.js';
import type { Entity } from '../types.js';

/** Surname endings by gender; the first name decides where it is listed. */
const FEMININE_SURNAME = /(ова|ева|ина|ына|ая|яя)$/;
const MASCULINE_SURNAME = /(ов|ев|ин|ын|ий|ой|ый)$/;

/** A person's gender from the first name, else from a feminine surname ending (Попова, Матвиенко stays unknown). */
export function personGender(entity: Entity, firstNames: ReadonlyMap<string, string>): 'm' | 'f' | null {
  const parts = entity.name.split(' ');
  const byName = firstNames.get(fold(parts[0]!));
  if (byName === 'm' || byName === 'f') return byName;
  const last = parts[parts.length - 1]!.toLowerCase();
  if (FEMININE_SURNAME.test(last)) return 'f';
  if (MASCULINE_SURNAME.test(last)) return 'm';
  return null;
}
