import { wordSet } from '../../dict/words.js';
import { PERSON_OR_PLACE_GRAMMEMES } from '../../morph/index.js';
import type { Candidate } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';
import { perWordFlag } from '../../util/word-memo.js';

const SPORT_VERBS = wordSet('sport-verbs');
/** Per word form (src/util/word-memo.ts): the scan asks it of every lower-case word. */
const isSportVerb = perWordFlag((w) => SPORT_VERBS.has(w.folded));

/**
 * «Ротор обыграл Факел», «Локомотив уступил Ротору»: a match's result verb between two
 * capitalised words makes both sides teams; one named by a common noun (ротор, факел, шинник),
 * which no other rule takes for a name, is a club. A person's or a place's name (Медведев
 * обыграл Надаля, Россия обыграла Канаду) is left to its own rules. Both sides must be
 * capitalised: «Команда проиграла матч» holds no club's name.
 */
export function sportSideCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 1; k + 1 < ctx.tokens.length; k++) {
    const verb = ctx.words[k]!;
    if (ctx.tokens[k]!.kind !== 'word' || verb.shape !== 'lower' || !isSportVerb(verb)) continue;
    if (!isSide(ctx, k - 1) || !isSide(ctx, k + 1) || !adjacent(ctx, k - 1, k) || !adjacent(ctx, k, k + 1)) continue;
    for (const i of [k - 1, k + 1]) if (isCommonNounName(ctx, i)) out.push(candidate(i, i + 1, 'ORG', 'sport-side-org', PRIORITY.abbreviation));
  }
  return out;
}

/** A capitalised word or a quote mark (a quoted club) right next to the verb. */
function isSide(ctx: NerContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.kind === 'quote') return true;
  const w = ctx.words[i]!;
  return t.kind === 'word' && (w.shape === 'title' || w.shape === 'upper');
}

/** A capitalised Cyrillic word read first as a known common noun, no body's or sport's generic word. */
function isCommonNounName(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i]!;
  if (ctx.tokens[i]!.kind !== 'word' || w.shape !== 'title' || w.latin || ctx.gazetteerAt[i]) return false;
  if (ctx.lexicon.sportNounForms.has(w.folded) || ctx.lexicon.orgNounFolded.has(w.folded) || ctx.lexicon.notEntities.has(w.folded)) return false;
  const top = w.analyses[0];
  return !!top && top.known && top.pos === 'NOUN' && !w.analyses.some((a) => PERSON_OR_PLACE_GRAMMEMES.some((g) => a.grams.includes(g)));
}
