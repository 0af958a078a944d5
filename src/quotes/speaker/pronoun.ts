import type { Cue } from '../../types.js';
import { entityAt, type QuoteContext } from '../context.js';
import { candidates, type Found } from './candidates.js';
import { cueGender, genderAgrees, type PronounGender } from './gender.js';
import { resolveTitle } from './role.js';
import type { Speaker } from './types.js';
import { NOMINATIVE_PRONOUNS, PRONOUNS } from './words.js';

/** Who a pronoun stands for: the last fitting person (or organisation, for «они»), or an unnamed subject of the sentence before. */

/** The gender or number a pronoun shows; for a role word, the one its cue verb shows. */
export function pronounGender(ctx: QuoteContext, i: number, cue: Cue | null): PronounGender | null {
  const g = PRONOUNS[ctx.words[i]!.folded];
  if (g) return g;
  if (cue?.number === 'pl') return 'pl';
  return cueGender(cue);
}

/** A speaker given as a pronoun inside the cue itself: «по его словам», «по её мнению». */
export function pronounInCue(ctx: QuoteContext, from: number, to: number): Speaker | null {
  for (let i = from; i < to; i++) {
    const folded = ctx.words[i]!.folded;
    const g = PRONOUNS[folded];
    if (!g || NOMINATIVE_PRONOUNS.has(folded)) continue;
    // «…, сообщил вице-губернатор края. По его словам, …»: the unnamed source of the sentence before.
    const antecedent = unnamedAntecedent(ctx, i, g);
    if (antecedent) return { from: i, to: i + 1, kind: 'pronoun', entity: null, antecedent };
    return { from: i, to: i + 1, kind: 'pronoun', entity: resolvePronoun(ctx, i, g) };
  }
  return null;
}

/** The grammeme that shows a gender in a noun's analysis. */
const GRAMMEME: Record<PronounGender, string> = { m: 'masc', f: 'femn', pl: 'plur' };

/**
 * «Был задержан 27-летний житель села. Он сказал, что …»: a pronoun continues the subject of
 * the sentence before it. When that sentence names no fitting person but has an unnamed one
 * (житель, очевидцы) of the pronoun's gender and number, the pronoun stands for that phrase.
 */
export function unnamedAntecedent(ctx: QuoteContext, at: number, gender: PronounGender | null): [number, number] | null {
  const sentence = ctx.index.sentenceOf[at]!;
  if (!gender || sentence === 0) return null;
  const [from, to] = ctx.sentences[sentence - 1]!.tokens;
  const found = candidates(ctx, from, to, true);
  const person = found.some((f) => f.mention && (f.mention.type === 'PER' || (gender === 'pl' && f.mention.type === 'ORG')));
  if (person || found.some((f) => f.kind === 'pronoun')) return null;
  // A role the document gives no one (вице-губернатор края, with no person named) is unnamed too.
  const unnamed = (f: Found) => f.kind === 'source' || (f.kind === 'title' && resolveTitle(ctx, headOf(ctx, f), at, null) === null);
  const source = found.find((f) => unnamed(f) && headHas(ctx, f, GRAMMEME[gender]!) && (gender === 'pl' || headHas(ctx, f, 'sing')));
  return source ? [source.from, source.to] : null;
}

/** The phrase's head: its first source, organisation or role noun. */
function headOf(ctx: QuoteContext, f: Found): number {
  for (let k = f.from; k < f.to; k++) {
    const key = ctx.words[k]!.key;
    if (ctx.sourceNouns.has(key) || ctx.orgNouns.has(key) || ctx.titles.has(key)) return k;
  }
  return f.from;
}

/** The phrase's head noun (the source, organisation or role word) reads with this grammeme. */
function headHas(ctx: QuoteContext, f: Found, grammeme: string): boolean {
  for (let k = f.from; k < f.to; k++) {
    if (!ctx.sourceNouns.has(ctx.words[k]!.key) && !ctx.orgNouns.has(ctx.words[k]!.key) && !ctx.titles.has(ctx.words[k]!.key)) continue;
    const a = ctx.analyse(ctx.words[k]!.folded).find((x) => x.pos === 'NOUN');
    return !!a && a.grams.includes(grammeme);
  }
  return false;
}

/** The last person (or, for «они», organisation) before the pronoun whose gender fits. */
export function resolvePronoun(ctx: QuoteContext, at: number, gender: PronounGender | null): string | null {
  const start = ctx.tokens[at]!.start;
  for (let m = ctx.mentions.length - 1; m >= 0; m--) {
    const mention = ctx.mentions[m]!;
    if (mention.start >= start) continue;
    const entity = entityAt(ctx, m);
    if (!entity) continue;
    if (gender === 'pl') {
      if (entity.type === 'ORG') return entity.id;
      continue;
    }
    if (entity.type !== 'PER') continue;
    if (genderAgrees(ctx, entity, gender)) return entity.id;
  }
  return null;
}
