/** The shortest clipped surname taken as a nickname, and the fewest letters it must leave off. */
const MIN_NICKNAME = 4;
const MIN_CLIPPED = 2;

/**
 * A surname's clippings that may be a nickname (лидс of лидстрём): its starts of MIN_NICKNAME letters
 * on, MIN_CLIPPED letters short of the whole at least. A bounded number per surname.
 */
export function clippings(surname: string): string[] {
  const out: string[] = [];
  for (let n = MIN_NICKNAME; n <= surname.length - MIN_CLIPPED; n++) out.push(surname.slice(0, n));
  return out;
}
