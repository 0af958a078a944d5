import { wordSet } from '../../dict/words.js';
import { fold, stemKey } from '../../morph/index.js';
import type { Candidate } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import type { NerContext } from '../context.js';
import { entryByKey } from '../gazetteer.js';

const VENUE_NOUNS = wordSet('venue-nouns');
const LETTERS = /^\p{L}{2,}$/u;
const CAPITAL = /^\p{Lu}/u;
const LATIN = /^[a-z]/;

/**
 * «ВТБ-Капитала», «ЛУКОЙЛ-Пермь», «Сбербанк-Технологии», «Тинькофф-банк»: one hyphenated word that
 * opens with a dictionary organisation's one-word name is that body's company (a daughter, a
 * branch, the bank itself), not a person or a place the other parts may look like. A venue
 * named after its sponsor (Газпром-Арена), a square (Таймс-Сквер) and a model (ВАЗ-21114) are not.
 */
export function parentCompoundCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    const w = ctx.words[i]!;
    if (t.kind !== 'word' || w.shape === 'lower' || !t.text.includes('-') || ctx.gazetteerAt[i]) continue;
    const dash = t.text.indexOf('-');
    const parent = fold(t.text.slice(0, dash));
    const written = t.text.slice(dash + 1);
    const rest = fold(written);
    if (parent.length < 2 || !LETTERS.test(rest) || VENUE_NOUNS.has(rest) || ctx.lexicon.placeNounForms.has(rest)) continue;
    // «Facebook-депрессии», «Telegram-канале»: a lower-case part is a body only as a body's noun
    // after a Cyrillic name (Тинькофф-банк); after a Latin one it is a thing on that service.
    if (!CAPITAL.test(written) && (w.latin || LATIN.test(parent) || !ctx.lexicon.orgNouns.has(stemKey(rest)))) continue;
    const entry = entryByKey(ctx.gazetteer, stemKey(parent));
    if (entry?.type === 'ORG') out.push(candidate(i, i + 1, 'ORG', 'parent-compound', PRIORITY.dict));
  }
  return out;
}
