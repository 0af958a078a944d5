import { wordList } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';

const RUSSIA_NAMES = wordList('russia-names');

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
export function withForeignOwner(c: Candidate, next: Candidate | undefined): Candidate {
  if (c.type !== 'ORG' || !c.entry || !next || next.tokens[0] !== c.tokens[1] || next.type !== 'LOC' || next.entry?.id === RUSSIA) return c;
  if (!isRussianBody(c.entry)) return c;
  return rewritten(c, 'foreign-owner', { owner: next.tokens });
}
