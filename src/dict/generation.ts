import { wordSet } from './words.js';

const GENERATION_ADJECTIVES = wordSet('generation-adjectives');

/**
 * The surname before a hyphened младший/старший, which tells a father from his son (вэнс-младший →
 * вэнс), else null: the person is called by that surname alone too (Сайрус Вэнс-младший … сообщил Вэнс).
 */
export function generationBase(folded: string): string | null {
  const hyphen = folded.lastIndexOf('-');
  return hyphen > 1 && GENERATION_ADJECTIVES.has(folded.slice(hyphen + 1)) ? folded.slice(0, hyphen) : null;
}
