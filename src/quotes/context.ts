import type { Analysis, Morphology, WordInfo } from '../morph/index.js';
import { nominativePhrase } from '../resolve/normalize.js';
import { personGender } from '../resolve/person-gender.js';
import type { DocumentIndex, Entity, Mention, ResolvedDocument, Sentence, Token } from '../types.js';
import type { QuoteLexicon } from './lexicon.js';
import type { CueIndex } from './cues.js';

/** Everything the quote patterns read about one document. */
export interface QuoteContext {
  text: string;
  tokens: readonly Token[];
  words: readonly WordInfo[];
  sentences: readonly Sentence[];
  /** Token → sentence, line and paragraph; the quotation-mark pairs. */
  index: DocumentIndex;
  mentions: readonly Mention[];
  /** Token → index into mentions, or -1. */
  mentionAt: Int32Array;
  entities: ReadonlyMap<string, Entity>;
  cues: CueIndex;
  /** Keys of role words (министр) and of unnamed-source nouns (источник). */
  titles: ReadonlySet<string>;
  /** Role words as written in dict/titles.txt (специалист, судья): exact, where keys collide (суд). */
  roleWords: ReadonlySet<string>;
  /** Keys of deputy and staff roles (вице-губернатор, заместитель, помощник): not the principal. */
  deputyTitles: ReadonlySet<string>;
  /** Keys of envoys (спецпредставитель, полпред): not the one they speak for, but may be named after the role. */
  envoyTitles: ReadonlySet<string>;
  sourceNouns: ReadonlySet<string>;
  /** Keys of source nouns that name a text (заявление, указ). */
  documentNouns: ReadonlySet<string>;
  /** Keys of organisation nouns (газета, агентство): a name after one is in apposition. */
  orgNouns: ReadonlySet<string>;
  genderOf: (entity: Entity) => 'm' | 'f' | null;
  /** A folded first name from our list (its nominative, as the list writes names). */
  isFirstName: (folded: string) => boolean;
  /** The tokens [from, to) as a phrase in the nominative (свидетелей → свидетели); `governed`: not nominative as written. */
  nominative: (from: number, to: number, governed?: boolean) => string;
  /** Morphological analyses of a folded word (cached): case and number for subjects. */
  analyse: (folded: string) => readonly Analysis[];
}

/** Token → mention index, by offsets. */
/** The quote rules' view of a document after resolve. */
export function quoteContext(doc: ResolvedDocument, lexicon: QuoteLexicon, morphology: Morphology): QuoteContext {
  const { text, tokens, words, sentences, index, entities, mentions } = doc;
  return {
    text, tokens, words, sentences, mentions, index,
    mentionAt: mentionIndex(tokens, mentions),
    entities: new Map(entities.map((e) => [e.id, e])),
    cues: lexicon.cues,
    titles: lexicon.titles,
    roleWords: lexicon.roleWords,
    deputyTitles: lexicon.deputyTitles,
    envoyTitles: lexicon.envoyTitles,
    sourceNouns: lexicon.sourceNouns,
    documentNouns: lexicon.documentNouns,
    orgNouns: lexicon.orgNouns,
    genderOf: (entity) => personGender(entity, lexicon.firstNames),
    isFirstName: (folded) => lexicon.firstNames.has(folded),
    analyse: (folded) => morphology.analyse(folded),
    nominative: (from, to, governed) => nominativePhrase(morphology, tokens, words, from, to, governed),
  };
}

export function mentionIndex(tokens: readonly Token[], mentions: readonly Mention[]): Int32Array {
  const at = new Int32Array(tokens.length).fill(-1);
  let t = 0;
  mentions.forEach((m, index) => {
    while (t < tokens.length && tokens[t]!.end <= m.start) t++;
    for (let k = t; k < tokens.length && tokens[k]!.start < m.end; k++) at[k] = index;
  });
  return at;
}

/** An index over one document, built on first use and kept while its context lives. */
export function perDocument<T>(build: (ctx: QuoteContext) => T): (ctx: QuoteContext) => T {
  const cache = new WeakMap<QuoteContext, T>();
  return (ctx) => {
    let value = cache.get(ctx);
    if (value === undefined) cache.set(ctx, (value = build(ctx)));
    return value;
  };
}

/** The end (exclusive) of the mention that covers token `from`, cut at `limit`. */
export function mentionEnd(ctx: QuoteContext, from: number, limit = ctx.tokens.length): number {
  const m = ctx.mentionAt[from];
  let end = from;
  while (end < limit && ctx.mentionAt[end] === m) end++;
  return end;
}

/** The token range of the sentence holding `token` (clamped to the document, which is not empty here). */
export function sentenceRange(ctx: QuoteContext, token: number): [number, number] {
  const at = Math.min(Math.max(token, 0), ctx.tokens.length - 1);
  return ctx.sentences[ctx.index.sentenceOf[at]!]!.tokens;
}

export function isWord(ctx: QuoteContext, i: number, ...forms: string[]): boolean {
  const t = ctx.tokens[i];
  return !!t && t.kind === 'word' && forms.includes(ctx.words[i]!.folded);
}

export function isPunct(ctx: QuoteContext, i: number, chars: string): boolean {
  const t = ctx.tokens[i];
  return !!t && (t.kind === 'punct' || t.kind === 'dash') && chars.includes(t.text);
}

/** A dash, or a hyphen typed for one: spaced on both sides («…», - говорится в …). */
export function isDashToken(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.kind !== 'dash') return false;
  return t.text !== '-' || (/\s/.test(ctx.text.charAt(t.start - 1)) && /\s/.test(ctx.text.charAt(t.end)));
}

/** Sentence-final punctuation: . ! ? … and their runs. */
export function isTerminal(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && t.kind === 'punct' && /^[.!?…]+$/.test(t.text);
}

/** The entity of mention `m`. */
export function entityAt(ctx: QuoteContext, m: number): Entity | undefined {
  return ctx.entities.get(ctx.mentions[m]!.entity);
}

/** The token that holds the character at `offset` (binary search over token ends). */
export function tokenAt(ctx: QuoteContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
