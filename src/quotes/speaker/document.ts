import { phraseEnd } from '../../clauses/phrase-extent.js';
import { wordSet } from '../../dict/words.js';
import type { QuoteContext } from '../context.js';
import { sentenceRange } from '../context.js';

/** документ, текст: a text of no kind (dict/words/generic-document-nouns.txt), by stem key. */
const GENERIC_DOCUMENTS = wordSet('generic-document-nouns');
/** указ, приказ, закон: kinds of document (dict/words/document-kind-nouns.txt), by stem key. */
const DOCUMENT_KINDS = wordSet('document-kind-nouns');

/** Sentences before its own a generic document noun looks back for the document it stands for. */
const DOCUMENT_SENTENCES = 4;
/** Tokens it reads back at most: a bound, so each speaker costs the same whatever the document's length. */
const DOCUMENT_REACH = 400;

/**
 * «Указ о назначении опубликован … — говорится в документе»: a speaker that is only a generic
 * document noun (документ, текст; after a demonstrative: в этом документе) stands for the latest
 * document the text named before it in its sentence or the DOCUMENT_SENTENCES before: a kind noun
 * with its complement (указ о назначении), its title (указ «О …») or a bare kind noun the text
 * described before (приказ → приказ № 432); a generic noun with a title (документ «Стратегия …»)
 * is named by the title. The name in the nominative; null where no document was named.
 */
export function documentAntecedent(ctx: QuoteContext, from: number, to: number): string | null {
  const last = to - 1;
  if (ctx.tokens[last]?.kind !== 'word' || ctx.mentionAt[last] !== -1 || !GENERIC_DOCUMENTS.has(ctx.words[last]!.key)) return null;
  // Only determiners before it (этот, данный), nothing that tells another text (полный текст, проект документа).
  for (let k = from; k < last; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || !ctx.analyseWord(ctx.words[k]!).some((a) => a.pos === 'ADJF' && a.grams.includes('Apro')) && !DETERMINERS.has(ctx.words[k]!.folded)) return null;
  }
  const sentence = ctx.index.sentenceOf[from]!;
  const start = Math.max(ctx.sentences[Math.max(0, sentence - DOCUMENT_SENTENCES)]!.tokens[0], from - DOCUMENT_REACH);
  // A bare kind noun (Данный приказ) found first: the same noun written before with a complement names it, or
  // with its number or title (приказ № 432).
  let bare: number | null = null;
  for (let k = from - 1; k >= start; k--) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1) continue;
    const key = ctx.words[k]!.key;
    const kind = DOCUMENT_KINDS.has(key);
    if (!kind && !GENERIC_DOCUMENTS.has(key)) continue;
    if (bare !== null && key !== ctx.words[bare]!.key) continue;
    // The first word of a title (документ «Стратегия …»): the noun before the marks names the document.
    if (k > 0 && ctx.tokens[k - 1]!.kind === 'quote') continue;
    const title = titleAfter(ctx, k);
    if (title) return kind ? `${noun(ctx, k)} «${title}»` : title;
    if (!kind) continue;
    const numbered = numberAfter(ctx, k);
    if (numbered) return `${noun(ctx, k)} ${numbered}`;
    if (bare !== null) continue;
    const end = phraseEnd(ctx, k, sentenceRange(ctx, k)[1]);
    if (end > k + 1) return lowerFirst(ctx, k, ctx.resolver.nominative(k, end));
    // Written with a complement before (закон о полиции … этот закон … в документе).
    const described = ctx.resolver.earlierDescription(k);
    if (described) return `${noun(ctx, k)} ${ctx.text.slice(ctx.tokens[described[0]]!.start, ctx.tokens[described[1] - 1]!.end)}`;
    bare = k;
  }
  return bare === null ? null : noun(ctx, bare);
}

/** Determiners the morphology may not mark as pronominal adjectives. */
const DETERMINERS = new Set(['данный', 'данном', 'данного', 'данному', 'данным', 'указанный', 'указанном', 'указанного', 'указанным', 'этот', 'этом', 'этого', 'этому', 'этим']);

/** The kind noun at k in the nominative, lower-case (Указ at a sentence's start is «указ»). */
function noun(ctx: QuoteContext, k: number): string {
  return lowerFirst(ctx, k, ctx.resolver.nominative(k, k + 1));
}

function lowerFirst(ctx: QuoteContext, k: number, name: string): string {
  return ctx.words[k]!.shape === 'title' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** «приказ № 432»: the number sign and the number right after token k, as written, or null. */
function numberAfter(ctx: QuoteContext, k: number): string | null {
  const sign = ctx.tokens[k + 1];
  const number = ctx.tokens[k + 2];
  if (!sign || !number || sign.text !== '№' || !/^\d[\d./-]*$/.test(number.text)) return null;
  return `№ ${number.text}`;
}

/** The text inside the quotation marks that open right after token k (документ «Стратегия …»), or null. */
function titleAfter(ctx: QuoteContext, k: number): string | null {
  if (ctx.tokens[k + 1]?.kind !== 'quote') return null;
  // The pairs are sorted by their opening token: found by binary search, not a scan per speaker.
  const pairs = ctx.index.pairs;
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid]!.open < k + 1) lo = mid + 1;
    else hi = mid;
  }
  const pair = pairs[lo]?.open === k + 1 ? pairs[lo] : undefined;
  if (!pair || pair.close - pair.open < 2 || pair.close - pair.open > 40) return null;
  return ctx.text.slice(ctx.tokens[pair.open + 1]!.start, ctx.tokens[pair.close - 1]!.end);
}
