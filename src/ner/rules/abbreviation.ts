import { wordList } from '../../dict/words.js';
import type { Candidate, WordInfo } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';
import type { GazetteerMatch } from '../gazetteer.js';
import { isDescriptorAbbreviation } from './org-quoted.js';
import { TIME_NOUNS } from '../words.js';
import { perText, perTextFlag } from '../../util/word-memo.js';

/** Roman numerals (Арес II, XXI век) are no abbreviations. */
const SMALL_ROMAN = /^[IVX]+$/;
const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
/**
 * СдПГ, БелТА, КамАЗ: a capital, inner lower-case letters and a run of capitals to the end is an
 * abbreviation written with its small words; a name (МакКартни, ДиКаприо) ends in lower case.
 * Latin ones are mostly products and events (MySQL, YaC), so only Cyrillic ones count.
 */
const MIXED_ABBREVIATION = /^[А-ЯЁ][а-яё]{1,3}(?:[А-ЯЁ][а-яё]{0,3})*[А-ЯЁ]{1,3}$/u;

/**
 * ФАС, WBC: an all-capitals word of 2–6 letters, no digits, not in an all-capitals line, is an
 * organisation. `matches` are the gazetteer's: a place it knows in capitals after the word (США,
 * РФ, КНР) is the body's country, not the next word of a motto (ВВС США, ВМС КНР).
 */
export function abbreviationCandidates(ctx: NerContext, matches: readonly GazetteerMatch[] = []): Candidate[] {
  const out: Candidate[] = [];
  const places = new Set(matches.filter((m) => m.entry.type === 'LOC' && m.to === m.from + 1).map((m) => m.from));
  for (let i = 0; i < ctx.tokens.length; i++) {
    const token = ctx.tokens[i]!;
    const word = ctx.words[i]!;
    if (token.kind === 'word' && word.shape !== 'upper' && !ctx.headline[i] && isDeclinedAbbreviation(ctx, word, token.text)) {
      out.push(candidate(i, i + 1, 'ORG', 'abbreviation', PRIORITY.abbreviation));
      continue;
    }
    if (token.kind !== 'word' || ctx.headline[i] || hasDigit(word, token.text)) continue;
    if (word.shape !== 'upper' && !(word.shape === 'mixed' && MIXED_ABBREVIATION.test(token.text))) continue;
    if (ctx.lexicon.notEntities.has(word.folded) || ctx.lexicon.orgNouns.has(word.key) || isDescriptorAbbreviation(ctx, i)) continue;
    const letters = token.text.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || letters.length > 6 || isRomanNumeral(ctx, i, letters)) continue;
    // A run of capitals is a Latin motto or a shouted phrase, not a name (GENS UNA SUMUS).
    if (isUpperWord(ctx, i - 1) || (isUpperWord(ctx, i + 1) && !places.has(i + 1))) continue;
    out.push(candidate(i, i + 1, 'ORG', 'abbreviation', PRIORITY.abbreviation));
  }
  return out;
}

/**
 * II, XXI, XIV are numerals wherever they stand; a run using L, C, D or M (MDC, CDC, DM) reads
 * as a numeral only before a word of time (MCM год, XL век), else it is the body's abbreviation.
 */
function isRomanNumeral(ctx: NerContext, i: number, letters: string): boolean {
  if (SMALL_ROMAN.test(letters)) return true;
  if (!ROMAN.test(letters)) return false;
  const next = ctx.words[i + 1];
  return ctx.tokens[i + 1]?.kind === 'word' && next !== undefined && TIME_NOUNS.has(next.folded);
}

function isUpperWord(ctx: NerContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && ctx.words[i]!.shape === 'upper' && adjacent(ctx, i, i + 1);
}

/** A Cyrillic abbreviation read as a word, ending in a consonant, with a lower-case case ending: ВГИКе, МХАТа, ЦИБа. */
const DECLINED = new RegExp(`^([А-ЯЁ]{2,6})(${wordList('abbreviation-case-endings').join('|')})$`, 'u');
const CONSONANT_END = /[бвгджзйклмнпрстфхцчшщ]$/u;

// Per token text, kept on its record: every word of every document was put through these regular expressions.
const hasDigit = perTextFlag((text) => /\d/.test(text));
/** The bare form of a declined abbreviation (ВГИКе → вгик), or null. */
const declinedStem = perText((text): string | null => DECLINED.exec(text)?.[1]!.toLowerCase() ?? null);

/**
 * «учился во ВГИКе», «начальник ЦИБа»: a declined abbreviation names the body its bare form does.
 * The morphology must not know the stem as an ordinary noun (ВУЗах: вуз, a kind of body).
 */
function isDeclinedAbbreviation(ctx: NerContext, word: WordInfo, text: string): boolean {
  const stem = declinedStem(word, text);
  if (stem === null) return false;
  if (!CONSONANT_END.test(stem) || ctx.lexicon.notEntities.has(stem)) return false;
  const known = ctx.analyse(stem).filter((a) => a.known);
  return known.length === 0 || known.some((a) => a.grams.includes('Orgn') || a.grams.includes('Abbr'));
}
