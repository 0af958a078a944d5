import type { Cue } from '../../types.js';
import type { Entity } from '../../types.js';
import type { QuoteContext } from '../context.js';

/** What a pronoun or a past-tense cue verb says of its subject: masculine, feminine or plural. */
export type PronounGender = 'm' | 'f' | 'pl';

/** The gender a singular cue verb shows (заявил, заявила), or null. */
export function cueGender(cue: Cue | null): 'm' | 'f' | null {
  return cue?.gender === 'm' || cue?.gender === 'f' ? cue.gender : null;
}

/** The entity can be of that gender: either is unknown, or they agree. */
export function genderAgrees(ctx: QuoteContext, entity: Entity, gender: 'm' | 'f' | null): boolean {
  const g = ctx.genderOf(entity);
  return !gender || !g || g === gender;
}
