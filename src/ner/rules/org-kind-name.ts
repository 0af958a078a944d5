import { wordSet } from '../../dict/words.js';
import { PERSON_GRAMMEMES } from '../../morph/index.js';
import type { Candidate } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjacent, isCommonWord, isListedName, type NerContext } from '../context.js';
import type { GazetteerMatch } from '../gazetteer.js';
import { perWordFlag } from '../../util/word-memo.js';

/** Heads that say what kind of body a name is (компания, банк, группа, команда): read by the Latin-name and descriptive-name rules too. */
export const ORG_KIND_HEADS = wordSet('org-kind-heads');
/** Heads that say what kind of body follows: those, and heads of a name in apposition (университет). */
const KIND_HEADS = new Set([...ORG_KIND_HEADS, ...wordSet('org-apposition-heads')]);
/** Per word form (src/util/word-memo.ts): the scan asks it of every lower-case word. */
const isKindHead = perWordFlag((w) => KIND_HEADS.has(w.key));
/** The longest unquoted name taken after the head, in words. */
const MAX_NAME = 3;

/**
 * «группы Вежливый Отказ», «команды Нью-Ингленд Пэтриотс», «банка Северный Кредит»: capitalised
 * Cyrillic words right after a lower-case kind head, unquoted, are the body's name in apposition,
 * not a person the pair of capitalised words looks like. A name read as a person's (команда
 * Петрова: its coach; директор фирмы Кравец Олег Петрович) or a dictionary name stays theirs.
 */
export function kindNameCandidates(ctx: NerContext, matches: readonly GazetteerMatch[] = []): Candidate[] {
  const out: Candidate[] = [];
  // One-word places by their token: «группы Ленинград», «телеканала Россия» name a body after one.
  const places = new Set(matches.filter((m) => m.entry.type === 'LOC' && m.to === m.from + 1).map((m) => m.from));
  for (let i = 0; i + 1 < ctx.tokens.length; i++) {
    const head = ctx.words[i]!;
    if (ctx.tokens[i]!.kind !== 'word' || head.shape !== 'lower' || !isKindHead(head) || !adjacent(ctx, i, i + 1)) continue;
    if (places.has(i + 1) && isNamedAfterPlace(ctx, i)) {
      out.push(candidate(i + 1, i + 2, 'ORG', 'kind-name', PRIORITY.dict + 1));
      continue;
    }
    const first = ctx.words[i + 1]!;
    if (isNameWord(ctx, i + 1) && isUndeclinedOutletName(ctx, i)) {
      out.push(candidate(i + 1, i + 2, 'ORG', 'kind-name', PRIORITY.personFull + 1));
      i++;
      continue;
    }
    if (!isNameWord(ctx, i + 1) || first.analyses.some((a) => a.grams.some((g) => PERSON_GRAMMEMES.includes(g)))) continue;
    // «шеф концерна Бернд Пишетсридер»: after a role and its body the name is the role's holder.
    if (isRoleBefore(ctx, i - 1)) continue;
    // «правительству Страны восходящего солнца», «структур События …»: an ordinary noun capitalised
    // is no name here; an adjective opening one is (банка Северный Кредит).
    if (isCommonWord(first) && first.analyses[0]?.pos !== 'ADJF') continue;
    // In apposition the name keeps its nominative (группы Вежливый Отказ); an unknown word says nothing.
    if (first.analyses.length > 0 && !first.analyses.some((a) => a.grams.includes('nomn') || a.grams.includes('Fixd'))) continue;
    let end = i + 2;
    while (end - i - 1 < MAX_NAME && isNameWord(ctx, end) && adjacent(ctx, end - 1, end) && !ctx.words[end]!.analyses.some((a) => a.grams.includes('Patr'))) end++;
    out.push(candidate(i + 1, end, 'ORG', 'kind-name', PRIORITY.personFull + 1));
    i = end - 1;
  }
  return out;
}

/**
 * «группы Ленинград», «телеканала Россия»: the head in an oblique case and the place in the
 * nominative alone, so not its complement (сборной России, компании Москвы are the place's), with
 * no capitalised word after it (группы Ленинград Шнурова).
 */
function isNamedAfterPlace(ctx: NerContext, i: number): boolean {
  const head = ctx.analyseWord(ctx.words[i]!)[0];
  const place = ctx.words[i + 1]!;
  if (!head || head.grams.includes('nomn') || head.grams.includes('accs') || place.shape !== 'title') return false;
  if (!place.analyses.some((a) => a.grams.includes('nomn')) || place.analyses.some((a) => OBLIQUE.some((g) => a.grams.includes(g)))) return false;
  const next = ctx.words[i + 2];
  return !(next && ctx.tokens[i + 2]!.kind === 'word' && next.shape !== 'lower' && adjacent(ctx, i + 1, i + 2));
}

const OBLIQUE = ['gent', 'datv', 'ablt', 'loct'];

const OUTLET_HEADS = wordSet('outlet-kind-heads');

/**
 * «передаёт агентство Рейтер», «сообщила газета Гардиан»: after an outlet's head, one capitalised
 * word read only as a surname, whose masculine readings are all the bare nominative (a man's
 * surname in the genitive would be Рейтера), with no capitalised word after it, is the outlet.
 */
function isUndeclinedOutletName(ctx: NerContext, i: number): boolean {
  if (!OUTLET_HEADS.has(ctx.words[i]!.key)) return false;
  const name = ctx.words[i + 1]!;
  if (isCommonWord(name) || !name.analyses.length || !name.analyses.every((a) => a.grams.includes('Surn'))) return false;
  const masculine = name.analyses.filter((a) => a.grams.includes('masc'));
  if (!masculine.length || !masculine.every((a) => a.grams.includes('nomn'))) return false;
  const next = ctx.words[i + 2];
  return !(next && ctx.tokens[i + 2]!.kind === 'word' && next.shape !== 'lower' && adjacent(ctx, i + 1, i + 2));
}

function isRoleBefore(ctx: NerContext, k: number): boolean {
  const w = ctx.words[k];
  return !!w && k >= 0 && ctx.tokens[k]!.kind === 'word' && adjacent(ctx, k, k + 1) && ctx.lexicon.titles.has(w.key);
}

/** A capitalised Cyrillic word outside the dictionaries' names and not a listed first name. */
function isNameWord(ctx: NerContext, k: number): boolean {
  const w = ctx.words[k];
  return !!w && ctx.tokens[k]!.kind === 'word' && w.shape === 'title' && !w.latin && !ctx.gazetteerAt[k] && !isListedName(ctx, w);
}
