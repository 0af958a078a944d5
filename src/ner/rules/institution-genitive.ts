import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjacent, atSentenceStart, isCommonWord, type NerContext } from '../context.js';

const HEADS = wordSet('institution-heads');
const COMPASS = wordSet('compass-adjectives');

/**
 * «Университета Южной Калифорнии», «Университете Сиднея», «Института Пушкина», «Фонд Коумса»: a
 * capitalised institution head (institution-heads) right before a place or a person in the
 * genitive names one body, the genitive included. `named` are the places and persons the rules
 * before found; the body is longer, so selection prefers it to the name inside.
 */
export function institutionGenitiveCandidates(ctx: NerContext, named: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const namedAt = new Set<number>();
  for (const name of named) {
    if (name.type !== 'LOC' && name.type !== 'PER') continue;
    namedAt.add(name.tokens[0]);
    // «Университета Южной Калифорнии»: the place's part adjective is read onto the place later
    // (rewrites/compass-place.ts), so here the head may stand one word further back.
    const first = name.type === 'LOC' && isCompassPart(ctx, name.tokens[0] - 1) ? name.tokens[0] - 1 : name.tokens[0];
    const head = first - 1;
    if (isHead(ctx, head) && isGenitive(ctx, first)) out.push(candidate(head, name.tokens[1], 'ORG', 'institution-genitive', PRIORITY.abbreviation + 1));
  }
  // «Университете Дьюка», «Институте Наго»: a name no rule knows, but no ordinary word either, after
  // the head is the person or the place the body is named after.
  for (let head = 0; head + 1 < ctx.tokens.length; head++) {
    if (namedAt.has(head + 1) || !isHead(ctx, head)) continue;
    let end = head + 1;
    while (end - head <= MAX_UNKNOWN && isUnknownName(ctx, end) && adjacent(ctx, end - 1, end)) end++;
    if (end > head + 1 && isGenitive(ctx, head + 1)) out.push(candidate(head, end, 'ORG', 'institution-genitive', PRIORITY.abbreviation + 1));
  }
  return out;
}

/** The longest run of unknown capitalised words taken as the name after the head. */
const MAX_UNKNOWN = 2;

/** A capitalised institution head in the singular, right before the word after it. */
function isHead(ctx: NerContext, head: number): boolean {
  const w = ctx.words[head];
  if (!w || head < 0 || ctx.tokens[head]!.kind !== 'word' || w.shape !== 'title' || !HEADS.has(w.key) || !adjacent(ctx, head, head + 1)) return false;
  // «Фонд Коумса вложил …» and «Фонд Коумса» mid-sentence alike; but a head opening the sentence
  // must itself be read as the noun (Театр, not a surname).
  if (atSentenceStart(ctx, head) && !w.analyses.some((a) => a.pos === 'NOUN')) return false;
  // «Университеты Каталонии»: a plural head is a kind of body, not one body.
  return w.analyses.some((a) => a.pos === 'NOUN' && a.grams.includes('sing'));
}

/** A capitalised adjective of a place's part (Южной, Северной) right before the place. */
function isCompassPart(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i];
  return !!w && i > 0 && ctx.tokens[i]!.kind === 'word' && w.shape === 'title' && adjacent(ctx, i, i + 1) && w.analyses.some((a) => a.pos === 'ADJF' && COMPASS.has(a.lemma));
}

/** A capitalised Cyrillic word that is neither an ordinary word nor inside a dictionary name. */
function isUnknownName(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i];
  return !!w && ctx.tokens[i]!.kind === 'word' && w.shape === 'title' && !w.latin && !ctx.gazetteerAt[i] && !isCommonWord(w);
}

/** The name's first word reads as a genitive, or does not decline (Сиднея, Пушкина; Гонолулу). */
function isGenitive(ctx: NerContext, i: number): boolean {
  const analyses = ctx.words[i]!.analyses;
  return analyses.length === 0 || analyses.some((a) => a.grams.includes('gent') || a.grams.includes('Fixd'));
}
