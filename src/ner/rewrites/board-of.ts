import { wordMap } from '../../dict/words.js';
import { fold } from '../../morph/index.js';
import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';

/** A board's head lemma and the genitives that make it a board (совет директоров). */
const BOARDS = new Map([...wordMap('org-board-heads')].map(([head, genitives]) => [head, genitives.split(' ')]));
const RULES = new Set(['descriptive-lower', 'descriptive-name']);

/**
 * «совет директоров "Газпрома"», «Совета директоров «Башинформа»», «совету директоров банка HSBC»:
 * a board exists only inside its company, so a board's phrase followed right away by that company's
 * name is one body with it (the name alone stays a body elsewhere).
 */
export function withBoardsOf(ctx: NerContext, selected: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < selected.length; k++) {
    const c = selected[k]!;
    const next = selected[k + 1];
    const end = next && isBoard(ctx, c) ? companyEnd(ctx, c, next) : -1;
    if (end < 0) {
      out.push(c);
      continue;
    }
    out.push(rewritten(c, 'board-of', { tokens: [c.tokens[0], end], entry: undefined }));
    k++;
  }
  return out;
}

function isBoard(ctx: NerContext, c: Candidate): boolean {
  if (c.type !== 'ORG' || !RULES.has(c.rule)) return false;
  const [from] = c.tokens;
  const head = ctx.words[from]!;
  const genitive = ctx.words[from + 1];
  // «совета директоров банка HSBC» is one body, «совета директоров инжиниринговой компании "Группа Е4"»
  // describes the company before its name: at most the company's kind noun between.
  if (!genitive || from + 1 >= c.tokens[1] || c.tokens[1] - from > 3) return false;
  return ctx.analyseWord(head).some((a) => BOARDS.get(fold(a.lemma))?.includes(genitive.folded));
}

/** The end of the company's name right after the board (past its quotes), or -1. */
function companyEnd(ctx: NerContext, c: Candidate, next: Candidate): number {
  if (next.type !== 'ORG') return -1;
  let at = c.tokens[1];
  const quoted = ctx.tokens[at]?.kind === 'quote';
  if (quoted) at++;
  if (next.tokens[0] !== at || !adjacent(ctx, c.tokens[1] - 1, c.tokens[1])) return -1;
  return quoted && ctx.tokens[next.tokens[1]]?.kind === 'quote' ? next.tokens[1] + 1 : next.tokens[1];
}
