import { wordSet } from '../../dict/words.js';
import { adjacent, type NerContext } from '../context.js';

/** Latin-script names that are people, not companies: stage names after a performer's role, given name + surname. */

/** Roles of performers and authors, who go by a stage name: after one a Latin name is the person (певица Aaliyah, блогер Mimeng). */
const PERFORMER_ROLES = wordSet('performer-roles');

/** «певице Aaliyah», «Композитор-неоклассик Long Arm»: one to three capitalised Latin words right after a performer's role. */
export function afterPerformer(ctx: NerContext, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (ctx.words[k]!.shape !== 'title') return false;
  const w = ctx.words[from - 1];
  if (!w || ctx.tokens[from - 1]!.kind !== 'word' || w.latin || !adjacent(ctx, from - 1, from)) return false;
  const head = w.folded.split('-')[0]!;
  return ctx.analyse(head).some((a) => a.pos === 'NOUN' && PERFORMER_ROLES.has(a.lemma));
}

/** Stage-name prefixes: DJ Shadow, MC Hammer, Lil Wayne. */
export const LATIN_PERSON_PREFIX = new Set(['dj', 'mc', 'lil']);

/**
 * Jay Z, Thomas Schäfer, DJ Shadow: two or three capitalised Latin words that open with a
 * listed given name or a stage-name prefix are a person, not a company.
 */
export function isLatinPerson(ctx: NerContext, from: number, to: number): boolean {
  // A middle initial's dot is no word of the name (John S. Pistole).
  const dots = ctx.tokens.slice(from, to).filter((t) => t.text === '.').length;
  if (to - from - dots < 2 || to - from - dots > 3) return false;
  for (let k = from + 1; k < to; k++) if (ctx.words[k]!.shape !== 'title' && ctx.tokens[k]!.text !== '.') return false;
  // Jack Daniel's, McDonald's: a possessive is a brand.
  if (/['’]s$/.test(ctx.words[to - 1]!.folded)) return false;
  const first = ctx.words[from]!.folded;
  return ctx.lexicon.firstNames.has(first) || LATIN_PERSON_PREFIX.has(first) || (dots === 1 && isMiddleInitial(ctx, from));
}

/**
 * «Marillyn A. Hewson», «John S. Pistole»: a capitalised Latin word, one capital letter and its dot,
 * then a capitalised Latin word: a given name, a middle initial and a surname, whether or not the
 * given name is in our lists. Bodies put initials first (J. P. Morgan), never between two words.
 */
export function isMiddleInitial(ctx: NerContext, i: number): boolean {
  const given = ctx.words[i];
  const initial = ctx.tokens[i + 1];
  const surname = ctx.words[i + 3];
  if (!given || !initial || !surname || ctx.tokens[i]!.kind !== 'word' || !given.latin || given.shape !== 'title' || given.folded.length < 2) return false;
  if (!/^[A-Z]$/.test(initial.text) || ctx.tokens[i + 2]?.text !== '.' || !adjacent(ctx, i, i + 1) || !adjacent(ctx, i + 1, i + 2)) return false;
  return ctx.tokens[i + 3]!.kind === 'word' && surname.latin && surname.shape === 'title' && adjacent(ctx, i + 2, i + 3);
}
