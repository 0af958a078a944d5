import type { Candidate } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjacent, type NerContext } from '../context.js';
import { SOURCE_FRAME_NOUNS } from '../words.js';

/** «infox.ru», «Фонтанка.ru», «Вести.ру»: a site's name, one token, ending in a top-level domain. */
const DOMAIN = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:ru|рф|ру|su|com|net|org|info|ua|by|kz|uk|de|fr|io|tv|media)$/iu;

/**
 * «сообщает baltinfo.ru», «цитирует infox.ru», «издание Фонтанка.ru», «по данным Вести.ру»: a site
 * named where an outlet is (after a reporting verb, a «по данным» frame, or a body's noun when
 * the name is capitalised) is the outlet, an organisation. A site's address elsewhere (на сайте
 * kremlin.ru, зарегистрировал домен kremlin.ru) is left alone.
 */
export function domainOrgCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  if (!ctx.text.includes('.')) return out;
  for (let i = 1; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i]!.kind !== 'word' || !ctx.tokens[i]!.text.includes('.') || !DOMAIN.test(ctx.tokens[i]!.text) || !adjacent(ctx, i - 1, i)) continue;
    const before = ctx.words[i - 1]!;
    if (ctx.tokens[i - 1]!.kind !== 'word') continue;
    const outlet = (before.shape === 'lower' && ctx.lexicon.reportVerbs.has(before.folded)) || (ctx.lexicon.orgNouns.has(before.key) && ctx.words[i]!.shape !== 'lower') || (SOURCE_FRAME_NOUNS.has(before.folded) && ctx.words[i - 2]?.folded === 'по');
    if (outlet) out.push(candidate(i, i + 1, 'ORG', 'domain', PRIORITY.abbreviation));
  }
  return out;
}
