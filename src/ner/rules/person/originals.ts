import type { Candidate } from '../../../types.js';
import { candidate, lengthOf, PRIORITY } from '../../candidate.js';
import type { NerContext } from '../../context.js';

/** Chinese, Japanese or Korean script: a name's original written after its transcription. */
const EAST_ASIAN_SCRIPT = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

/**
 * «Джошуа Вольфа (Joshua Wolf)»: Latin capitalised words in brackets right after a person;
 * «Ма Лин (马凌)», «Марио (何猷君)»: the name in Chinese, Japanese or Korean script, after any person.
 */
export function latinOriginals(ctx: NerContext, persons: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of persons) {
    const open = p.tokens[1];
    if (ctx.tokens[open]?.text !== '(') continue;
    let k = open + 1;
    while (k < ctx.tokens.length && k - open <= 4 && ctx.tokens[k]!.kind === 'word' && EAST_ASIAN_SCRIPT.test(ctx.tokens[k]!.text)) k++;
    if (k > open + 1 && ctx.tokens[k]?.text === ')') {
      out.push(candidate(open + 1, k, 'PER', 'original-script', PRIORITY.personFull));
      continue;
    }
    if (lengthOf(p) < 2) continue;
    let j = open + 1;
    while (j < ctx.tokens.length && ctx.words[j]!.latin && (ctx.words[j]!.shape === 'title' || /^(al|el|bin|de|van|von)-?/.test(ctx.words[j]!.folded))) j++;
    if (j - open >= 2 && ctx.tokens[j]?.text === ')') out.push(candidate(open + 1, j, 'PER', 'latin-original', PRIORITY.personFull));
  }
  return out;
}
