import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';
import type { NerContext } from '../context.js';

import { RUSSIA_NAMES } from '../words.js';

/** A Russian body in the dictionary: one of its names ends with Russia's (Министерство обороны России, Верховный суд РФ). */
const isRussian = (name: string) => RUSSIA_NAMES.some((russia) => name === russia || name.endsWith(' ' + russia));
export const isRussianBody = (entry: { name: string; aliases: readonly string[] }) => [entry.name, ...entry.aliases].some(isRussian);
const RUSSIA = 'loc:russia';

/**
 * «МИД Франции», «Министерство обороны Украины», «Верховный суд Татарстана»: a Russian body's
 * generic name followed by another place is that place's body, not the Russian one. The
 * mention keeps its span (the place stays a mention of its own); its identity comes from both
 * (resolve: one entity per dictionary entry and owner, named from the text).
 */
export function withForeignOwner(ctx: NerContext, c: Candidate, next: Candidate | undefined): Candidate {
  // «следственный комитет России» is the dictionary's Russian body (resolve's russianBody), owned by no one.
  if (c.type !== 'ORG' || !next || next.tokens[0] !== c.tokens[1] || next.type !== 'LOC' || next.entry?.id === RUSSIA) return c;
  if (c.entry) return isRussianBody(c.entry) ? rewritten(c, 'foreign-owner', { owner: next.tokens }) : c;
  // «Конституционный совет Туниса», «департамента культуры Москвы»: a body the rules found, followed
  // by a place in the genitive, is that place's body; the name keeps the place (Конституционный совет
  // Туниса), while the spans stay apart, as for the dictionary's bodies.
  return isGenitivePlace(ctx, next.tokens[0]) ? rewritten(c, 'place-owner', { owner: next.tokens }) : c;
}

/** The place's first word reads as a genitive, or is an abbreviation or a word that does not decline (США, Сомали). */
function isGenitivePlace(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i]!;
  return w.shape === 'upper' || w.analyses.length === 0 || w.analyses.some((a) => a.grams.includes('gent') || a.grams.includes('Fixd'));
}
