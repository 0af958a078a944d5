import type { ClauseContext } from '../clauses/context.js';
import type { Resolver } from '../resolve/index.js';
import { isWikiMarkup } from '../segment/index.js';
import type { Entity, MarkPair } from '../types.js';
import { cueMemo, type CueIndex, type CueMemo } from './cues.js';
import type { QuoteLexicon } from './lexicon.js';

export { isPunct, isTerminal, isWord, isWordOf, mentionEnd, sentenceRange } from '../clauses/context.js';

/** Everything the quote patterns read about one document: the clause view, the cues, and the resolver they ask who is meant. */
export interface QuoteContext extends ClauseContext {
  entities: ReadonlyMap<string, Entity>;
  cues: CueIndex;
  /** The cues found at each token, filled as the patterns ask (quotes/cues.ts). */
  cueMemo: CueMemo;
  /** Who a pronoun, a role or a descriptor stands for: the quote rules ask, they do not resolve. */
  resolver: Resolver;
}

/** The quote rules' view of a document after resolve. */
export function quoteContext(resolver: Resolver, lexicon: QuoteLexicon): QuoteContext {
  // Listed, not spread: a spread of the clause view is the slow path of object creation.
  const { text, tokens, words, sentences, index, mentions, mentionAt, titles, roleWords, sourceNouns, documentNouns, orgNouns, isFirstName, firstNameGender, analyse, analyseWord, personNamedBy, isMan, isNamedNominative, inNameOf } = resolver.clauses;
  return {
    text, tokens, words, sentences, index, mentions, mentionAt, titles, roleWords, sourceNouns, documentNouns, orgNouns, isFirstName, firstNameGender, analyse, analyseWord, personNamedBy, isMan, isNamedNominative, inNameOf,
    entities: resolver.entities, cues: lexicon.cues, cueMemo: cueMemo(tokens.length), resolver,
  };
}

/**
 * A dash, or a hyphen typed for one: spaced on both sides («…», - говорится в …), glued to the
 * comma or mark that ends a quotation ("…,"- сказал он), or opening the text (- Да, - ответил он).
 */
export function isDashToken(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.kind !== 'dash') return false;
  if (t.text !== '-') return true;
  const before = t.start > 0 ? ctx.text.charAt(t.start - 1) : ' ';
  return /\s/.test(ctx.text.charAt(t.end)) && /[\s,!?…"'»“”]/.test(before);
}

/** The outermost quotation opening at token k, past wiki markup before its mark (сказал: ''«П»''). */
export function quoteAt(ctx: QuoteContext, k: number): MarkPair | undefined {
  while (k < ctx.tokens.length && isWikiMarkup(ctx.tokens, k)) k++;
  return ctx.index.outerByOpen.get(k);
}

/**
 * The token after a closing mark and any wiki markup glued to it («П»'', — сказал X), or a
 * doubled closing mark (…дней"" – сообщил X): a typo, not a quotation of its own.
 */
export function afterQuote(ctx: QuoteContext, close: number): number {
  let k = close + 1;
  while (k < ctx.tokens.length && (isWikiMarkup(ctx.tokens, k) || doubledMark(ctx, close, k))) k++;
  return k;
}

function doubledMark(ctx: QuoteContext, close: number, k: number): boolean {
  const t = ctx.tokens[k]!;
  return t.kind === 'quote' && t.text === ctx.tokens[close]!.text && t.start === ctx.tokens[k - 1]!.end && !ctx.index.outerByOpen.has(k);
}
