import type { Candidate } from '../../types.js';
import type { NerContext } from '../context.js';

/**
 * «беспилотным транспортным средством (БПТС)», «свободного программного обеспечения (СПО)»: an
 * unknown abbreviation in brackets right after the words it shortens names what they name. When
 * those words are common words in lower case (a proper name is capitalised: Коллективных сил
 * оперативного реагирования (КСОР)) with no body's noun among them, and no proposed name ends at
 * the bracket, they name a thing or a term: the abbreviation is no organisation, here and
 * wherever the document repeats it.
 */
export function withoutTermAbbreviations(ctx: NerContext, candidates: Candidate[]): Candidate[] {
  const terms = new Set<string>();
  let named: Set<number> | null = null;
  for (const c of candidates) {
    const [from, to] = c.tokens;
    if (c.rule !== 'abbreviation' || to !== from + 1 || ctx.tokens[from - 1]?.text !== '(' || ctx.tokens[to]?.text !== ')') continue;
    // «Комитета защиты журналистов (КЗЖ)»: a name proposed before the bracket is what it shortens.
    named ??= new Set(candidates.filter((other) => other.rule !== 'abbreviation').map((other) => other.tokens[1]));
    if (named.has(from - 1)) continue;
    if (isTermPhrase(ctx, from - 1, ctx.words[from]!.folded)) terms.add(ctx.words[from]!.folded);
  }
  if (terms.size === 0) return candidates;
  return candidates.filter((c) => !(c.rule === 'abbreviation' && c.tokens[1] === c.tokens[0] + 1 && terms.has(ctx.words[c.tokens[0]]!.folded)));
}

/**
 * The words right before the bracket at `open`, as many as the abbreviation has letters (what it
 * may shorten; fewer at a punctuation mark), are two or more lower-case words, none a body's noun
 * or in a gazetteer name, and one of them begins with the abbreviation's first letter.
 */
function isTermPhrase(ctx: NerContext, open: number, abbreviation: string): boolean {
  let words = 0;
  let initial = false;
  for (let k = open - 1; k >= 0 && open - k <= abbreviation.length && ctx.tokens[k]!.kind === 'word'; k--) {
    const w = ctx.words[k]!;
    if (w.shape !== 'lower' || ctx.gazetteerAt[k] || ctx.lexicon.orgNouns.has(w.key)) return false;
    if (w.folded[0] === abbreviation[0]) initial = true;
    words++;
  }
  return words >= 2 && initial;
}
