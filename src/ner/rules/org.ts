import { PRIORITY, type Candidate } from '../candidate.js';
import { adjacent, atSentenceStart, type NerContext } from '../context.js';

/**
 * Organisations that no dictionary holds:
 *   org noun + «name»        газета «Известия», ООО «Ромашка» (the span is the name only)
 *   all-capitals abbreviation ФАС, WBC (2–6 letters, not in an all-capitals line)
 */

const OPENING = new Set(['«', '„', '"', '“', "'"]);
const CLOSING: Record<string, string[]> = { '«': ['»'], '„': ['“', '”'], '"': ['"'], '“': ['”'], "'": ["'"] };
const MAX_QUOTED = 8;
const ROMAN = /^[IVXLCDM]+$/;

export function quotedOrgCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < ctx.tokens.length; i++) {
    if (!ctx.lexicon.orgNouns.has(ctx.words[i]!.key)) continue;
    const open = ctx.tokens[i + 1]!;
    if (!OPENING.has(open.text)) continue;
    const close = findClosing(ctx, i + 2, CLOSING[open.text]!);
    if (close < 0 || close === i + 2) continue;
    const first = ctx.tokens[i + 2]!;
    if (first.kind !== 'word' && first.kind !== 'number') continue;
    out.push({ from: i + 2, to: close, type: 'ORG', rule: 'org-noun-quoted', priority: PRIORITY.quotedOrg });
  }
  return out;
}

function findClosing(ctx: NerContext, from: number, closers: string[]): number {
  for (let k = from; k < Math.min(ctx.tokens.length, from + MAX_QUOTED + 1); k++) {
    const t = ctx.tokens[k]!;
    if (closers.includes(t.text)) return k;
    if (t.kind === 'punct' && /[.!?;]/.test(t.text)) return -1;
    if (k > from && !adjacent(ctx, k - 1, k)) return -1;
  }
  return -1;
}

export function abbreviationCandidates(ctx: NerContext, headline: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const token = ctx.tokens[i]!;
    const word = ctx.words[i]!;
    if (token.kind !== 'word' || word.shape !== 'upper' || headline[i]) continue;
    if (ctx.lexicon.notEntities.has(word.folded) || ctx.lexicon.orgNouns.has(word.key)) continue;
    const letters = token.text.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || letters.length > 6 || ROMAN.test(letters)) continue;
    if (atSentenceStart(ctx, i) && ctx.tokens[i + 1]?.kind === 'word' && ctx.words[i + 1]!.shape === 'upper') continue;
    out.push({ from: i, to: i + 1, type: 'ORG', rule: 'abbreviation', priority: PRIORITY.abbreviation });
  }
  return out;
}
