import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjacent, atSentenceStart, type NerContext } from '../context.js';

const HEADS = wordSet('institution-heads');

/**
 * «Университета Южной Калифорнии», «Университете Сиднея», «Института Пушкина», «Фонд Коумса»: a
 * capitalised institution head (institution-heads) right before a place or a person in the
 * genitive names one body, the genitive included. `named` are the places and persons the rules
 * before found; the body is longer, so selection prefers it to the name inside.
 */
export function institutionGenitiveCandidates(ctx: NerContext, named: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const name of named) {
    if (name.type !== 'LOC' && name.type !== 'PER') continue;
    const head = name.tokens[0] - 1;
    const w = ctx.words[head];
    if (!w || ctx.tokens[head]!.kind !== 'word' || w.shape !== 'title' || !HEADS.has(w.key) || !adjacent(ctx, head, head + 1)) continue;
    // «Фонд Коумса вложил …» and «Фонд Коумса» mid-sentence alike; but a head opening the sentence
    // must itself be read as the noun (Театр, not a surname).
    if (atSentenceStart(ctx, head) && !w.analyses.some((a) => a.pos === 'NOUN')) continue;
    // «Университеты Каталонии»: a plural head is a kind of body, not one body.
    if (!w.analyses.some((a) => a.pos === 'NOUN' && a.grams.includes('sing')) || !isGenitive(ctx, name.tokens[0])) continue;
    out.push(candidate(head, name.tokens[1], 'ORG', 'institution-genitive', PRIORITY.abbreviation + 1));
  }
  return out;
}

/** The name's first word reads as a genitive, or does not decline (Сиднея, Пушкина; Гонолулу). */
function isGenitive(ctx: NerContext, i: number): boolean {
  const analyses = ctx.words[i]!.analyses;
  return analyses.length === 0 || analyses.some((a) => a.grams.includes('gent') || a.grams.includes('Fixd'));
}
