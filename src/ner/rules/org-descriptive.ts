import type { Candidate, WordInfo } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjacent, atSentenceStart, type NerContext } from '../context.js';
import { adjectivesEnd, dependentsEnd, isRelationalAdjective, lowerOrgPhrase, orgTail, DEPENDENT_HEADS, NAME_HEADS } from './org-chunker.js';

/**
 * Descriptive names: a capitalised adjective, more adjectives and an organisation noun as
 * head (Социалистической рабочей партии, Южная водозаборная станция), or a capitalised
 * organisation noun (Института этнологии и антропологии, Конгресса профсоюзов), each with
 * the genitive words that follow.
 */
/** Either kind of head, in one set: the scan below asks it of every token. */
const HEADS: ReadonlySet<string> = new Set([...NAME_HEADS, ...DEPENDENT_HEADS]);

export function descriptiveOrgCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  // For each token, the next one whose key is a body's head (министерство, группа).
  const nextHead = new Int32Array(ctx.tokens.length + 1).fill(ctx.tokens.length + 8);
  for (let k = ctx.tokens.length - 1; k >= 0; k--) {
    const key = ctx.words[k]!.key;
    nextHead[k] = HEADS.has(key) ? k : nextHead[k + 1]!;
  }
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.words[i]!;
    if ((w.shape !== 'title' && w.shape !== 'lower') || ctx.tokens[i]!.kind !== 'word') continue;
    // «Курской областной думы»: a place's adjective the gazetteer took for the place opens a body's name.
    if (ctx.gazetteerAt[i] && !(ctx.gazetteerAt[i] === 1 && w.shape === 'title' && isPlaceAdjective(w) && !atSentenceStart(ctx, i))) continue;
    let head = -1;
    // At a sentence start «Министерство финансов сообщило» reads like «министерства финансов».
    if (w.shape === 'lower' || (atSentenceStart(ctx, i) && (NAME_HEADS.has(w.key) || isRelationalAdjective(w.analyses)))) {
      // Most words have no body's head within reach: ruled out before any morphology.
      if (nextHead[i]! - i > 3) continue;
      const end = lowerOrgPhrase(ctx, i, atSentenceStart(ctx, i));
      if (end > i + 1) {
        out.push(candidate(i, end, 'ORG', 'descriptive-lower', PRIORITY.abbreviation - 2));
        i = end - 1;
      }
      continue;
    }
    if (ctx.lexicon.orgNouns.has(w.key) && !atSentenceStart(ctx, i)) {
      head = i;
    } else if (w.analyses[0]?.pos === 'ADJF' && !w.analyses.some((a) => a.grams.includes('Surn'))) {
      const k = adjectivesEnd(ctx, i + 1);
      const h = ctx.words[k];
      // At a sentence start only a body's own head (Федеральное авиационное управление), not «Российская компания».
      if (h && adjacent(ctx, k - 1, k) && h.shape === 'lower' && ctx.lexicon.orgNouns.has(h.key) && (!atSentenceStart(ctx, i) || (NAME_HEADS.has(h.key) && isRelationalAdjective(w.analyses)))) head = k;
    }
    if (head < 0) continue;
    const end = orgTail(ctx, head + 1);
    if (head === i && end === head + 1) continue; // a bare capitalised noun names nothing
    out.push(candidate(i, end, 'ORG', 'descriptive-name', PRIORITY.abbreviation + 1));
    i = end - 1;
  }
  return out;
}

/**
 * «Следственного комитета при прокуратуре», «МЧС по Санкт-Петербургу»: a dictionary
 * organisation with a «по/при» dependent names a body of its own, the dependent included.
 */
export function dependentOrgCandidates(ctx: NerContext, dict: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const places = new Map(dict.filter((c) => c.type === 'LOC').map((c) => c.tokens));
  for (const c of dict) {
    if (c.type !== 'ORG' || c.rule !== 'dict') continue;
    // «МЧС России по Санкт-Петербургу»: the body's country may stand before the dependent.
    const country = places.get(c.tokens[1]) ?? c.tokens[1];
    const end = dependentsEnd(ctx, country, true);
    if (end > country) out.push({ ...c, tokens: [c.tokens[0], end], rule: 'dict-dependent', entry: undefined });
  }
  return out;
}

function isPlaceAdjective(w: WordInfo): boolean {
  return w.analyses[0]?.pos === 'ADJF' && w.analyses[0].grams.includes('Geox') === false;
}
