import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';
import { adjacent, isListedName, type NerContext } from '../context.js';

const NAMED_AFTER = wordSet('named-after');
const PARTICLES = wordSet('name-particles');
/** At most this many tokens of the honoured person's name (А. С. Пушкина: five with the dots). */
const MAX_NAME = 6;

/**
 * «Институт русского языка имени Виноградова», «МХТ им. Чехова», «Театр имени Ермоловой»: a body
 * named after a person is one organisation, the person's name included; the candidates inside
 * the name (the surname alone as a person) go.
 */
export function withNamedAfter(ctx: NerContext, selected: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let until = -1;
  for (const c of selected) {
    if (c.tokens[0] < until) continue;
    const end = c.type === 'ORG' ? nameAfter(ctx, c.tokens[1]) : -1;
    if (end < 0) {
      out.push(c);
      continue;
    }
    // The body's tail may have taken «имени» as a genitive (Театре имени): the name follows it.
    out.push(rewritten(c, 'named-after', { tokens: [c.tokens[0], end] }));
    until = end;
  }
  return out;
}

/**
 * The end of «имени» + a person's name at or right before `i`, else -1. A title may stand before
 * the name (имени шейха Мансура), and a second name may follow after «и» (имени Станиславского и
 * Немировича-Данченко, имени Кирилла и Мефодия).
 */
export function nameAfter(ctx: NerContext, i: number): number {
  let k = i;
  if (!isNamedAfter(ctx, k - 1)) {
    if (!isNamedAfter(ctx, k) || !adjacent(ctx, k - 1, k)) return -1;
    k++;
  }
  if (ctx.tokens[k]?.text === '.') k++;
  if (isTitleBefore(ctx, k)) k++;
  const end = nameEnd(ctx, k);
  if (end < 0 || !isSecondName(ctx, end)) return end;
  return Math.max(end, nameEnd(ctx, end + 1));
}

/** The end of a person's name in capitals starting at `from`, else -1. */
function nameEnd(ctx: NerContext, from: number): number {
  let k = from;
  let end = -1;
  // The surname ends the name; a listed first name before it lets one more word in (имени
  // Евгения Вахтангова), and the name after it is someone else's (МХТ им. Чехова Наталья …).
  let words = 1;
  while (k < ctx.tokens.length && k - from < MAX_NAME && words > 0 && adjacent(ctx, k - 1, k)) {
    const t = ctx.tokens[k]!;
    const w = ctx.words[k]!;
    if (t.kind === 'word' && PARTICLES.has(w.folded) && end > 0 && ctx.words[k + 1]?.shape === 'title') {
      k++;
      continue;
    }
    if (t.kind !== 'word' || (w.shape !== 'title' && w.shape !== 'upper')) break;
    k++;
    // An initial keeps its dot: А. С. Пушкина.
    if (t.text.length === 1 && ctx.tokens[k]?.text === '.') k++;
    else {
      end = k;
      words += (isListedName(ctx, w) || w.analyses.some((a) => a.known && a.grams.includes('Name'))) && end === from + 1 ? 0 : -1;
    }
  }
  return end;
}

/** «имени шейха Мансура», «имени академика Павлова»: a person's title in lower case before the name. */
function isTitleBefore(ctx: NerContext, k: number): boolean {
  const w = ctx.words[k];
  if (!w || ctx.tokens[k]!.kind !== 'word' || w.shape !== 'lower' || !adjacent(ctx, k - 1, k) || ctx.words[k + 1]?.shape !== 'title') return false;
  const lemma = ctx.analyseWord(w)[0]?.lemma;
  return !!lemma && ctx.lexicon.titleWords.has(lemma);
}

/** «и» and a capitalised genitive that is no body's noun: a second person the body is named after. */
function isSecondName(ctx: NerContext, k: number): boolean {
  const and = ctx.words[k];
  const next = ctx.words[k + 1];
  if (!and || !next || ctx.tokens[k]!.kind !== 'word' || and.folded !== 'и' || !adjacent(ctx, k - 1, k) || !adjacent(ctx, k, k + 1)) return false;
  if (ctx.tokens[k + 1]!.kind !== 'word' || next.shape !== 'title' || ctx.lexicon.orgNouns.has(next.key)) return false;
  return next.analyses.length === 0 || next.analyses.some((a) => a.grams.includes('gent'));
}

function isNamedAfter(ctx: NerContext, k: number): boolean {
  const w = ctx.words[k];
  return !!w && ctx.tokens[k]!.kind === 'word' && w.shape === 'lower' && NAMED_AFTER.has(w.folded);
}
