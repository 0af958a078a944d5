import { wordSet } from '../../dict/words.js';
import { CASE_GRAMMEMES } from '../../morph/index.js';
import type { Candidate, WordInfo } from '../../types.js';
import { lengthOf, rewritten } from '../candidate.js';
import { adjacent, isListedName, type NerContext } from '../context.js';
import { looksShapedLikeSurname } from '../rules/person/name-words.js';

/** The rules that find a one-word name by little evidence: such a word may be part of a longer name. */
const WEAK_RULES = wordSet('joinable-name-rules');

const ROMAN = /^[IVXL]+$/;
const CASES = new Set(CASE_GRAMMEMES);

/**
 * «писательница Харпер Ли», «премьер-министр Абий Ахмед Али», «Джанет Вуд Рено»: two person
 * candidates with only a space between, one of them a single word a weak rule found, are one
 * name, when they can stand in one case (not «сын Баффета Говард») and repeat no word (not a
 * headline run into the text: «Харпер Ли Харпер Ли»). A first name opens a name of its own after a
 * surname («вдова Ельцина Наина Иосифовна», «сын А.Лукашенко Виктор»); it goes on a name only
 * after another first name (Абий Ахмед Али, Карл XVI Густав) or as a surname too (Харпер Ли). The joined name keeps no dictionary
 * entry a surname alone brought (Харпер is no Стивен Харпер here).
 */
export function withJoinedNames(ctx: NerContext, selected: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of selected) {
    const previous = out[out.length - 1];
    if (previous && joinable(ctx, previous, c)) {
      const entry = previous.rule === 'dict-surname' || lengthOf(previous) === 1 ? undefined : previous.entry;
      out[out.length - 1] = rewritten(previous, 'joined-names', { tokens: [previous.tokens[0], c.tokens[1]], entry });
    } else out.push(c);
  }
  return out;
}

function joinable(ctx: NerContext, a: Candidate, b: Candidate): boolean {
  if (a.type !== 'PER' || b.type !== 'PER' || a.owner || b.owner || b.tokens[0] !== a.tokens[1]) return false;
  const last = a.tokens[1] - 1;
  const first = b.tokens[0];
  const roman = ROMAN.test(ctx.tokens[last]!.text);
  if ((ctx.tokens[last]!.kind !== 'word' && !roman) || ctx.tokens[first]!.kind !== 'word' || !adjacent(ctx, last, first)) return false;
  // «Сергей Анатольевич Лебедев Путин назначил …»: a Russian name ends at its surname.
  if (lengthOf(a) > 1 && looksShapedLikeSurname(ctx.words[last]!.folded)) return false;
  // The case is the name word's, not a regnal number's (Карл XVI Густав).
  const head = roman && last > a.tokens[0] ? ctx.words[last - 1]! : ctx.words[last]!;
  // «вдова Ельцина Наина»: a declined owner in the genitive before a name that is not.
  if (declinedGenitive(head) && !cases(ctx.words[b.tokens[1] - 1]!).has('gent')) return false;
  if (ctx.index.sentenceOf[last] !== ctx.index.sentenceOf[first]) return false;
  if (!((lengthOf(a) === 1 && WEAK_RULES.has(a.rule)) || (lengthOf(b) === 1 && WEAK_RULES.has(b.rule)))) return false;
  const opening = ctx.words[first]!;
  if (isListedName(ctx, opening) && !ctx.lexicon.eastAsianSurnames.has(opening.folded)) {
    const end = ctx.words[last]!;
    if (!isListedName(ctx, end) && !roman) return false;
  }
  const seen = new Set<string>();
  for (let k = a.tokens[0]; k < b.tokens[1]; k++) {
    const w = ctx.words[k]!;
    if (ctx.tokens[k]!.kind !== 'word') continue;
    if (seen.has(w.lemma) || seen.has(w.folded)) return false;
    seen.add(w.lemma).add(w.folded);
  }
  return sharesCase(head, ctx.words[b.tokens[1] - 1]!);
}

/** Some singular case both words can stand in; a word with no case reading (Али, Ли) fits any. */
function sharesCase(x: WordInfo, y: WordInfo): boolean {
  const cx = cases(x);
  const cy = cases(y);
  if (cx.size === 0 || cy.size === 0) return true;
  for (const c of cx) if (cy.has(c)) return true;
  return false;
}

/** A genitive that is a case form of another word (Баффета of Баффет), not a name as written (Харпер). */
function declinedGenitive(w: WordInfo): boolean {
  return w.analyses.some((a) => a.grams.includes('gent') && !a.grams.includes('plur') && a.lemma !== w.folded);
}

function cases(w: WordInfo): Set<string> {
  const out = new Set<string>();
  for (const a of w.analyses) {
    if (a.grams.includes('plur') || a.grams.includes('Fixd')) continue;
    for (const g of a.grams) if (CASES.has(g)) out.add(g);
  }
  return out;
}
