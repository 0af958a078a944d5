import type { Candidate } from '../../types.js';
import type { NerContext } from '../context.js';
import type { Selection } from '../select.js';
import { withBuildingPlace } from './building-place.js';
import { withCompassPart } from './compass-place.js';
import { withDistrictName } from './district-name.js';
import { withoutFacilities } from './facility.js';
import { withForeignOwner } from './foreign-owner.js';
import { withGivenNameBefore } from './given-name.js';
import { withJoinedNames } from './joined-names.js';
import { withKnownPerson } from './known-person.js';
import { withNamedAfter } from './named-after.js';
import { withPlaceAdjective } from './place-adjective.js';
import { withRegnalNumber } from './regnal-number.js';
import { withSportSide } from './sport-side.js';
import { withUnitAbbreviation } from './unit-abbreviation.js';
import { withTypedOriginals } from './typed-originals.js';
import { withBoardsOf } from './board-of.js';
import { withoutUntypedOriginals } from './untyped-originals.js';
import { withQuotedNicknames } from './quoted-nickname.js';

/**
 * A rewrite of the selected candidates: it may drop one, or change its span, entry or owner;
 * a change keeps the candidate's rule and adds the rewrite's name to its trace. `covered`
 * marks the tokens the selection covered, before any rewrite.
 */
export interface Rewrite {
  name: string;
  run: (ctx: NerContext, selected: Candidate[], covered: Uint8Array) => Candidate[];
}

/** Each candidate rewritten on its own, seeing its neighbours as the previous rewrite left them. */
function each(rewrite: (ctx: NerContext, c: Candidate, previous: Candidate | undefined, next: Candidate | undefined) => Candidate): Rewrite['run'] {
  // The list is copied from the first candidate the rewrite changes: most rewrites change none,
  // and a fresh list of every candidate per rewrite was garbage the next one dropped.
  return (ctx, selected) => {
    let out: Candidate[] | null = null;
    for (let k = 0; k < selected.length; k++) {
      const c = selected[k]!;
      const r = rewrite(ctx, c, k > 0 ? selected[k - 1] : undefined, k + 1 < selected.length ? selected[k + 1] : undefined);
      if (out) out.push(r);
      else if (r !== c) (out = selected.slice(0, k)).push(r);
    }
    return out ?? selected;
  };
}

/** The rewrites, in the order they run. */
export const REWRITES: readonly Rewrite[] = [
  { name: 'untyped-originals', run: withoutUntypedOriginals },
  { name: 'typed-originals', run: withTypedOriginals },
  { name: 'known-person', run: each((ctx, c) => withKnownPerson(ctx, c)) },
  { name: 'building-place', run: each((ctx, c) => withBuildingPlace(ctx, c)) },
  { name: 'district-name', run: each((ctx, c) => withDistrictName(ctx, c)) },
  { name: 'facility', run: withoutFacilities },
  { name: 'place-adjective', run: each((ctx, c) => withPlaceAdjective(ctx, c)) },
  { name: 'compass-part', run: each((ctx, c, previous) => withCompassPart(ctx, c, previous)) },
  { name: 'given-name-before', run: each((ctx, c, previous) => withGivenNameBefore(ctx, c, previous)) },
  { name: 'regnal-number', run: each((ctx, c, _previous, next) => withRegnalNumber(ctx, c, next)) },
  { name: 'joined-names', run: (ctx, selected) => withJoinedNames(ctx, selected) },
  { name: 'foreign-owner', run: each((ctx, c, _previous, next) => withForeignOwner(ctx, c, next)) },
  { name: 'unit-abbreviation', run: each((ctx, c, previous) => withUnitAbbreviation(ctx, c, previous)) },
  { name: 'named-after', run: (ctx, selected) => withNamedAfter(ctx, selected) },
  { name: 'sport-side', run: each((ctx, c, previous, next) => withSportSide(ctx, c, previous, next)) },
  { name: 'board-of', run: withBoardsOf },
  { name: 'quoted-nickname', run: withQuotedNicknames },
];

/** The rewrite phase: the selection through every rewrite, in order. */
export function rewrite(ctx: NerContext, { selected, covered }: Selection): Candidate[] {
  return REWRITES.reduce((candidates, r) => r.run(ctx, candidates, covered), selected);
}
