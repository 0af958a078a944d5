import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { lengthOf, rewritten } from '../candidate.js';
import type { NerContext } from '../context.js';

/** What may follow an original in brackets: the bracket's end, or a second original after it. */
const ORIGINAL_ENDS = new Set([')', ';', ',']);
const SEPARATORS = new Set([';', ',']);
const LANGUAGES = wordSet('language-abbreviations');
/** How far back in a bracket an original may stand: a language's name and a few variants. */
const REACH = 12;

/**
 * «в городе Мосул (Mossul)», «Гэри Мак-Киннона (Gary McKinnon)»: a Latin name in brackets right
 * after a place or a person the selection typed is that name's original, of the same type; that
 * Latin words mostly name companies is weaker evidence than the name they translate. The bracket
 * may first name the language (Гутерреш (порт. António Guterres)), give spelling variants or
 * other originals (Тавадрос (Теодорус; Theodoros II; Tawadros)), or follow a bracket of variants
 * (Зайгер (Цайгер) (Lawrence Zeiger)).
 */
export function withTypedOriginals(ctx: NerContext, selected: Candidate[]): Candidate[] {
  if (!selected.some((c) => c.rule === 'latin-name' || c.rule === 'latin-original')) return selected;
  const out: Candidate[] = [];
  // The rewritten candidates by the token after them: the name a bracket follows.
  const endingAt = new Map<number, Candidate>();
  selected.forEach((c, k) => {
    const next = withTypedOriginal(ctx, c, selected[k - 1], endingAt);
    out.push(next);
    endingAt.set(next.tokens[1], next);
  });
  return out;
}

function withTypedOriginal(ctx: NerContext, c: Candidate, previous: Candidate | undefined, endingAt: ReadonlyMap<number, Candidate>): Candidate {
  // «команды Нью-Ингленд Пэтриотс (New England Patriots)»: the person rules took the original for a
  // person's, as they read the name before it; the selection made that name a body, so is its original.
  if (c.rule === 'latin-original' && previous?.type === 'ORG' && previous.tokens[1] === c.tokens[0] - 1) return rewritten(c, 'typed-original', { type: 'ORG' });
  if (c.rule !== 'latin-name' || !ORIGINAL_ENDS.has(ctx.tokens[c.tokens[1]]?.text ?? '')) return c;
  // «(Ishome, Shadowax)» after two names lists one thing per name; a semicolon parts one name's variants.
  if (ctx.tokens[c.tokens[0] - 1]?.text === ',') return c;
  const open = bracketOpening(ctx, c.tokens[0]);
  if (open < 0) return c;
  const named = endingAt.get(namedEnd(ctx, open));
  if (!named || named.type === 'ORG' || ctx.words[named.tokens[0]]!.latin) return c;
  // «банк Китая (Industrial and Commercial Bank of China)»: a longer original translates a longer name.
  if (lengthOf(c) > lengthOf(named) + 1) return c;
  return rewritten(c, 'typed-original', { type: named.type });
}

/**
 * The «(» of the bracket the original at `from` stands in, or -1: before it only a language's
 * name right after the «(», separators, and other names (capitalised words, Latin or not).
 */
function bracketOpening(ctx: NerContext, from: number): number {
  for (let i = from - 1; i >= 0 && i >= from - REACH; i--) {
    const t = ctx.tokens[i]!;
    if (t.text === '(') return i;
    if (SEPARATORS.has(t.text)) continue;
    if (t.text === '.' && ctx.tokens[i - 2]?.text === '(' && LANGUAGES.has(ctx.tokens[i - 1]!.text)) continue;
    if (t.kind !== 'word') return -1;
    const w = ctx.words[i]!;
    if (LANGUAGES.has(t.text) && ctx.tokens[i - 1]?.text === '(') continue;
    // Variants (Савицкис, Савискис) and earlier originals (Theodoros II).
    if (w.shape === 'title' || w.shape === 'upper' || w.latin) continue;
    return -1;
  }
  return -1;
}

/** The token after the name a bracket at `open` follows: past a closing quote and one bracket of variants. */
function namedEnd(ctx: NerContext, open: number): number {
  let end = open;
  if (ctx.tokens[end - 1]?.text === ')') {
    let i = end - 2;
    while (i > end - 6 && ctx.tokens[i]?.kind === 'word' && ctx.words[i]!.shape === 'title') i--;
    if (ctx.tokens[i]?.text === '(' && i < end - 2) end = i;
  }
  if (ctx.tokens[end - 1]?.kind === 'quote') end--;
  return end;
}
