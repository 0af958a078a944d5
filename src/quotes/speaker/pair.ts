import type { NounPhrase } from '../../clauses/noun-phrases.js';
import { COORDINATING_AND } from '../../clauses/words.js';
import { isWordOf, type QuoteContext } from '../context.js';
import type { Speaker } from './types.js';

/**
 * «Иван Петров и Мария Сидорова заявили», «Глава МИД Сергей Лавров и госсекретарь США Антони
 * Блинкен заявили»: two named subjects joined by «и» right before a plural cue, each perhaps after
 * its role, speak together; the plural verb rejects each alone.
 */
export function pairBefore(phrases: NounPhrase[], ctx: QuoteContext, cueFrom: number): Speaker | null {
  const j = phrases.length - 1;
  const second = phrases[j];
  if (!second || second.to !== subjectEnd(ctx, second.to, cueFrom) || !isNamed(second)) return null;
  const secondStart = isRoleOf(phrases[j - 1], second) ? j - 1 : j;
  if (!isWordOf(ctx, phrases[secondStart]!.from - 1, COORDINATING_AND)) return null;
  const first = phrases[secondStart - 1];
  if (!first || first.to !== phrases[secondStart]!.from - 1 || !isNamed(first) || first.mention!.type !== second.mention!.type || first.mention!.entity === second.mention!.entity) return null;
  const firstStart = isRoleOf(phrases[secondStart - 2], first) ? phrases[secondStart - 2]!.from : first.from;
  return { from: firstStart, to: second.to, kind: 'source', entity: null, group: [first.mention!.entity, second.mention!.entity] };
}

/** Adverbs and particles a subject may leave before its verb (Трамп и Путин также заявили; «также» reads as a conjunction). */
const ADVERBS = new Set(['ADVB', 'PRCL', 'CONJ']);

/** Where the subject before the cue ends: before the adverbs right before the cue, if nothing else stands between. */
function subjectEnd(ctx: QuoteContext, to: number, cueFrom: number): number {
  let end = cueFrom;
  while (end > to && ctx.tokens[end - 1]!.kind === 'word' && ctx.mentionAt[end - 1] === -1 && !isWordOf(ctx, end - 1, COORDINATING_AND) && ctx.analyseWord(ctx.words[end - 1]!).some((a) => ADVERBS.has(a.pos))) end--;
  return end;
}

/** A role phrase right before a name: the name in apposition to it (мэр города Анна Смирнова). */
function isRoleOf(role: NounPhrase | undefined, name: NounPhrase): boolean {
  return !!role && role.to === name.from && (role.kind === 'title' || role.kind === 'source');
}

/** A person or organisation by name. */
function isNamed(f: NounPhrase): boolean {
  return f.kind === 'mention' && (f.mention!.type === 'PER' || f.mention!.type === 'ORG');
}
