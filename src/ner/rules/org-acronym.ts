import type { Candidate } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjacent, wordsKey, type NerContext } from '../context.js';
import { adjectiveAgrees } from '../../morph/agreement.js';
import { fold } from '../../morph/key.js';

/** The longest name an abbreviation is read back over, in words. */
const MAX_WORDS = 10;
/** Letters of the abbreviation a single word may give (Социал-демократической → СД). */
const MAX_LETTERS_PER_WORD = 3;
/** Parts of speech that may give no letter (за, против, и). */
const FUNCTION_POS = new Set(['PREP', 'CONJ', 'PRCL']);

/**
 * «Объединённого фронта за демократию против диктатуры (ОФДД)», «Коллективных сил оперативного
 * реагирования (КСОР)»: words before an unknown abbreviation in brackets whose letters they give,
 * in order, from a capitalised first word, are the full name the abbreviation shortens: one
 * organisation, though no head noun or dictionary names it. Each word gives its first letter and
 * maybe a few more found in it in order (туроператоров → ТО); a preposition or a conjunction may
 * give none. A known abbreviation (in the dictionaries) is left to them, and a name opening with
 * a work's or a treaty's noun (dict/work-nouns.txt) is a title.
 */
export function acronymOrgCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 2; i + 1 < ctx.tokens.length; i++) {
    if (ctx.tokens[i - 1]!.text !== '(' || ctx.tokens[i + 1]!.text !== ')' || ctx.tokens[i]!.kind !== 'word') continue;
    const abbreviation = ctx.tokens[i]!.text;
    // «Гражданский список» (ГС): a name in marks says where it starts, so two letters will do.
    const quoted = ctx.tokens[i - 2]?.kind === 'quote' && isClosingMark(ctx, i - 2);
    if (!/^[А-ЯЁ]{2,8}$/u.test(abbreviation) || ctx.gazetteerAt[i]) continue;
    // «Исламского государства (ИГ)»: unquoted, two letters are a name of two words only, a capitalised
    // adjective and the noun it agrees with (not a place's name: Новой Зеландии).
    if (!quoted && abbreviation.length === 2 && !isAdjectiveNounPair(ctx, i - 3, i - 2, abbreviation)) continue;
    const end = quoted ? i - 2 : i - 1; // the bracket, or the closing mark: the name ends before it
    if (!adjacent(ctx, end - 1, end) || ctx.tokens[end - 1]!.kind !== 'word') continue;
    const from = nameStart(ctx, end, abbreviation);
    // In marks the spelled name is all the marks hold: it opens right after the opening one.
    if (quoted && (from < 1 || ctx.tokens[from - 1]!.kind !== 'quote')) continue;
    // «Социал-демократической партии Кыргызстана (СДПК)»: a place ending the name stays a place
    // of its own, as after any body (партии | Кыргызстана).
    let to = end;
    while (to > from + 1 && ctx.gazetteerAt[to - 1]) to--;
    // «Договора о коллективной безопасности (ДКБ)»: a treaty's or a law's title, no body.
    if (from >= 0 && to - from >= 2 && !ctx.lexicon.workNounForms.has(ctx.words[from]!.folded)) out.push(candidate(from, to, 'ORG', 'acronym', PRIORITY.abbreviation + 1));
  }
  return out;
}

function isAdjectiveNounPair(ctx: NerContext, a: number, b: number, abbreviation: string): boolean {
  if (a < 0 || !adjacent(ctx, a, b) || ctx.tokens[a]!.kind !== 'word' || ctx.tokens[b]!.kind !== 'word') return false;
  if (ctx.gazetteerAt[a] || ctx.gazetteerAt[b] || (a > 0 && ctx.tokens[a - 1]!.kind === 'word' && ctx.words[a - 1]!.shape !== 'lower' && adjacent(ctx, a - 1, a))) return false;
  const [first, second] = [ctx.words[a]!, ctx.words[b]!];
  if (first.shape !== 'title' || second.shape !== 'lower') return false;
  if (first.folded[0] !== fold(abbreviation)[0] || second.folded[0] !== fold(abbreviation)[1]) return false;
  const adjective = ctx.analyseWord(first).filter((x) => x.pos === 'ADJF');
  const noun = ctx.analyseWord(second).filter((x) => x.pos === 'NOUN');
  return adjective.length > 0 && noun.length > 0 && adjectiveAgrees(adjective, noun);
}

/**
 * «сторонник Исламского государства (ИГ) … Да здравствует Исламское государство»: the words an
 * abbreviation showed to be a body's full name are that body wherever else the document writes
 * them, in any case form, from the same capitalised first word.
 */
export function acronymRepeatCandidates(ctx: NerContext, named: readonly Candidate[]): Candidate[] {
  if (named.length === 0) return [];
  const keys = new Map<string, number>();
  const at = new Set<number>();
  for (const c of named) {
    keys.set(wordsKey(ctx, c.tokens[0], c.tokens[1], 'key'), c.tokens[1] - c.tokens[0]);
    at.add(c.tokens[0]);
  }
  const lengths = new Set(keys.values());
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (at.has(i) || ctx.tokens[i]!.kind !== 'word' || ctx.words[i]!.shape !== 'title') continue;
    for (const n of lengths) {
      if (i + n > ctx.tokens.length || keys.get(wordsKey(ctx, i, i + n, 'key')) !== n) continue;
      let joined = true;
      for (let k = i + 1; k < i + n && joined; k++) joined = ctx.tokens[k]!.kind === 'word' && adjacent(ctx, k - 1, k);
      if (joined) out.push(candidate(i, i + n, 'ORG', 'acronym-repeat', PRIORITY.abbreviation + 1));
    }
  }
  return out;
}

/** The mark at k closes a pair (ctx.index.pairs): «…» (ГС), not an opening one. */
function isClosingMark(ctx: NerContext, k: number): boolean {
  return ctx.index.pairs.some((pair) => pair.close === k);
}

/** The first token of the words before `end` that spell `abbreviation` back to a capitalised word, else -1. */
function nameStart(ctx: NerContext, end: number, abbreviation: string): number {
  const words: number[] = [];
  for (let k = end - 1; k >= 0 && words.length < MAX_WORDS && ctx.tokens[k]!.kind === 'word' && adjacent(ctx, k, k + 1); k--) words.push(k);
  // words[n] is the n-th word back from the bracket; spell(n, p): words n… can give the letters [0, p) read backwards.
  const seen = new Map<string, number>();
  const spell = (n: number, p: number): number => {
    if (p === 0) return n > 0 && ctx.words[words[n - 1]!]!.shape !== 'lower' ? words[n - 1]! : -1;
    if (n >= words.length) return -1;
    const key = `${n}:${p}`;
    const known = seen.get(key);
    if (known !== undefined) return known;
    let found = -1;
    const k = words[n]!;
    const text = ctx.tokens[k]!.text.toUpperCase().replace(/Ё/g, 'Е');
    // The word gives letters [p - take, p): its first letter first, the others found in it in order.
    for (let take = Math.min(MAX_LETTERS_PER_WORD, p); take >= 1 && found < 0; take--) {
      if (gives(text, abbreviation.replace(/Ё/g, 'Е').slice(p - take, p))) found = spell(n + 1, p - take);
    }
    if (found < 0 && isFunctionWord(ctx, k)) found = spell(n + 1, p);
    seen.set(key, found);
    return found;
  };
  return spell(0, abbreviation.length);
}

/** The word opens with the first letter and holds the others in order (ТУРОПЕРАТОРОВ gives ТО). */
function gives(word: string, letters: string): boolean {
  if (word[0] !== letters[0]) return false;
  let at = 1;
  for (let l = 1; l < letters.length; l++) {
    at = word.indexOf(letters[l]!, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

function isFunctionWord(ctx: NerContext, k: number): boolean {
  const w = ctx.words[k]!;
  if (w.shape !== 'lower') return false;
  return FUNCTION_POS.has(ctx.analyseWord(w)[0]?.pos ?? '');
}
