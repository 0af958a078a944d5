import type { Entity, Mention, Quote, Span } from '../types.js';
import { isPunct, sentenceRange, type QuoteContext } from './context.js';
import { ADJECTIVE_POS } from '../morph/agreement.js';
import { keptQuotes } from './kept.js';
import { PATTERNS, type Draft } from './patterns/index.js';
import type { Speaker } from './speaker/index.js';
import { withAdjacentSpeakers } from './speaker/adjacent.js';
import { withContinuingSpeakers } from './speaker/continuing.js';
import { documentAntecedent } from './speaker/document.js';
import { citingSource, referencedSource } from './referenced-source.js';
import { eachSource } from './coordinated-sources.js';
import { withoutReportsInQuotations, withoutSpeechInsideDirect } from './inside-quotation.js';
import { reportKind } from './patterns/speech.js';
import { COUNT_APPROXIMATORS, OFFICES, POSSESSIVES, PREPOSITIONS } from '../clauses/words.js';
import { describingClause } from '../clauses/phrase-extent.js';
import { wordSet } from '../dict/words.js';
import { fold } from '../morph/key.js';
import { prepositionCases } from '../resolve/governed-case.js';

export { buildCueIndex, type CueIndex } from './cues.js';
export { quoteContext, type QuoteContext } from './context.js';

/**
 * The quotes stage: every pattern proposes quotes; where two cover the same content,
 * the more trusted pattern (earlier in PATTERNS) keeps it (kept.ts says when two readings are one).
 */
export function findQuotes(ctx: QuoteContext): Quote[] {
  const kept = keptQuotes(ctx.tokens.length);
  let outerAt: Int32Array | undefined;
  for (const pattern of PATTERNS) {
    for (const found of pattern.find(ctx)) {
      // «добавил, что, несмотря на …, он продолжит»: a comma opening the content is the clause's, not the speaker's.
      let from = found.content[0];
      while (from < found.content[1] && isPunct(ctx, from, ',;:')) from++;
      const trimmed = from === found.content[0] ? found : { ...found, content: [from, found.content[1]] as [number, number] };
      if (trimmed.content[1] <= trimmed.content[0]) continue;
      const draft = throughQuotation(ctx, trimmed, () => (outerAt ??= outerPairAt(ctx)));
      if (kept.hasReadingOf(draft)) continue;
      kept.add(draft);
    }
  }
  const found = withoutReportsInQuotations(ctx, kept.all());
  const drafts = [...found];
  // A report's own source (со ссылкой на ТАСС) is one more reading of its content: the same check.
  for (const draft of found) {
    const nested = referencedSource(ctx, draft);
    if (nested && !kept.hasReadingOf(nested)) {
      kept.add(nested);
      drafts.push(nested);
    }
    // «— сказал X, которого цитирует РБК»: the relay of a quotation, which one quotation's single speaker does not rule out.
    const relay = citingSource(ctx, draft);
    if (relay) drafts.push(relay);
  }
  // «Кэмерон и Клегг заявили»: each name of a coordinated speaker reports the content.
  const outside = withoutSpeechInsideDirect(ctx, drafts.flatMap((d) => eachSource(ctx, d))).sort((a, b) => a.content[0] - b.content[0]);
  // The organisations quoted so far, the latest first: what a generic noun further on may stand for (Издание отмечает).
  let quotedSources: string[] = [];
  return withContinuingSpeakers(ctx, withAdjacentSpeakers(ctx, outside))
    .map((d) => {
      const quote = toQuote(ctx, d, quotedSources);
      const source = quote.speakerEntity;
      if (source && ctx.entities.get(source)?.type === 'ORG') quotedSources = [source, ...quotedSources.filter((s) => s !== source)].slice(0, QUOTED_SOURCES);
      return quote;
    })
    .sort((a, b) => a.content.start - b.content.start);
}

/** How many organisations quoted before a generic noun it may stand for: a constant, so each noun costs O(1). */
const QUOTED_SOURCES = 4;

/** Token → index (in `pairs`) of the outermost quotation it stands in, or -1; the outer pairs never overlap. */
function outerPairAt(ctx: QuoteContext): Int32Array {
  const at = new Int32Array(ctx.tokens.length).fill(-1);
  ctx.index.pairs.forEach((pair, p) => {
    if (pair.depth === 0) at.fill(p, pair.open, pair.close + 1);
  });
  return at;
}

/**
 * «сказала, что хотела стать юристом, «потому что не хотела, чтобы мне указывали»»: a reported
 * clause whose end a comma or a full stop inside a quotation cut (the quotation opened within
 * the clause) runs on to the quotation's closing mark, which it keeps, as a mixed report does.
 */
function throughQuotation(ctx: QuoteContext, draft: Draft, outerAt: () => Int32Array): Draft {
  if (draft.kind === 'direct') return draft;
  const [from, to] = draft.content;
  // A document with no quotation needs no index.
  if (ctx.index.pairs.length === 0) return draft;
  const p = outerAt()[to - 1]!;
  const pair = p === -1 ? undefined : ctx.index.pairs[p];
  if (!pair || pair.open < from || pair.close < to) return draft;
  const content: [number, number] = [from, pair.close + 1];
  return { ...draft, content, kind: reportKind(ctx, content) };
}

function span(ctx: QuoteContext, from: number, to: number): Span {
  return { start: ctx.tokens[from]!.start, end: ctx.tokens[to - 1]!.end };
}

/** An unnamed speaker in the nominative, completed by the fuller description the text gave before. */
export function phraseName(ctx: QuoteContext, speaker: Speaker): string {
  // «телеканал, принадлежащий движению «Хамас»»: the describing clause's participle agrees with the phrase in the nominative.
  if (speaker.clause) {
    const { clause, ...phrase } = speaker;
    const rest = clause.to > clause.from + 1 ? ` ${ctx.text.slice(ctx.tokens[clause.from + 1]!.start, ctx.tokens[clause.to - 1]!.end)}` : '';
    const participle = clause.head ? ctx.resolver.agreeingNominative(clause.from, clause.number, clause.gender) : ctx.tokens[clause.from]!.text;
    return `${phraseName(ctx, phrase)}, ${participle}${rest}`;
  }
  if (speaker.antecedent) return phraseName(ctx, { from: speaker.antecedent[0], to: speaker.antecedent[1], kind: 'source', entity: null });
  // «В сообщении на официальном сайте президента говорится»: the preposition is the frame's, the
  // speaker the governed phrase after it, named in the nominative (официальный сайт президента).
  // Not a count's approximator (Около 40 % жителей города).
  if (speaker.to - speaker.from > 1 && ctx.tokens[speaker.from]!.kind === 'word' && PREPOSITIONS.has(ctx.words[speaker.from]!.folded) && !COUNT_APPROXIMATORS.has(ctx.words[speaker.from]!.folded)) {
    return phraseName(ctx, { ...speaker, from: speaker.from + 1, governed: true });
  }
  // «сообщила его дочь»: a possessive right before the phrase is its own (the phrase reader starts at the noun).
  const from = speaker.kind !== 'pronoun' && speaker.from > 0 && POSSESSIVES.has(ctx.words[speaker.from - 1]!.folded) && ctx.tokens[speaker.from - 1]!.kind === 'word' ? speaker.from - 1 : speaker.from;
  const owner = speaker.kind === 'pronoun' ? null : possessor(ctx, { ...speaker, from });
  if (owner) return `${ctx.resolver.nominative(from + 1, speaker.to, speaker.governed)} ${owner}`;
  // «Адвокаты лётчицы» → «Адвокаты Надежды Савченко»: a closing genitive the text named someone with is that person.
  const described = speaker.kind === 'pronoun' || speaker.entity ? null : describedComplement(ctx, speaker);
  if (described) return `${ctx.resolver.nominative(speaker.from, speaker.to - 1, speaker.governed)} ${described}`;
  // «собеседники издания» → «собеседники издания «Ъ»», «источники «Коммерсанта»»: a closing generic noun for the organisation just named names it.
  const body = speaker.kind === 'pronoun' || speaker.entity ? null : organisationComplement(ctx, speaker);
  if (body) return `${ctx.resolver.nominative(speaker.from, speaker.to - 1, speaker.governed)} ${body}`;
  const name = withNamedPronouns(ctx, speaker.from, speaker.to, withFullNames(ctx, speaker.from, speaker.to, gluedMarks(ctx.resolver.nominative(speaker.from, speaker.to, speaker.governed))));
  // A bare source noun (министерство) is named with the complement the text described it with before;
  // so is a phrase whose words the text wrote before with a fuller tail (в офисе шерифа округа: … округа Харрис).
  const complement = speaker.kind === 'source' ? earlierTail(ctx, speaker.from, speaker.to) : null;
  if (complement) return `${name} ${ctx.text.slice(ctx.tokens[complement[0]]!.start, ctx.tokens[complement[1] - 1]!.end)}`;
  // «говорится в документе»: a generic document noun is the document the text named just before (указ о назначении).
  return (speaker.kind === 'source' ? documentAntecedent(ctx, speaker.from, speaker.to) : null) ?? name;
}

/**
 * The complement the text gave before to the phrase [from, to), written there with the same words
 * (by key) and a fuller tail: a bare source noun (министерство), or a chain ending in a lower-case
 * noun (офис шерифа округа). Null where the phrase ends otherwise or was not written so before.
 */
function earlierTail(ctx: QuoteContext, from: number, to: number): [number, number] | null {
  const last = to - 1;
  if (last > from && (ctx.tokens[last]!.kind !== 'word' || ctx.words[last]!.shape !== 'lower' || ctx.mentionAt[last] !== -1)) return null;
  const complement = ctx.resolver.earlierDescription(last);
  if (!complement) return null;
  const k = complement[0] - 1;
  for (let j = 1; j <= last - from; j++) {
    if (k - j < 0 || ctx.tokens[k - j]!.kind !== ctx.tokens[last - j]!.kind || ctx.words[k - j]!.key !== ctx.words[last - j]!.key) return null;
  }
  return complement;
}

/**
 * «Её адвокаты» → «адвокаты Надежды Савченко»: a possessive opening an unnamed source names
 * the person it refers to, by the fullest mention of theirs the text gives in the genitive.
 */
function possessor(ctx: QuoteContext, speaker: Speaker): string | null {
  if (speaker.to - speaker.from < 2 || !POSSESSIVES.has(ctx.words[speaker.from]!.folded)) return null;
  return genitiveName(ctx, ctx.resolver.pronoun(speaker.from, 'reference').entity);
}

/** Parts of speech of a phrase's first word that may take a complement of their own (знакомый с ним). */

/**
 * The last word of an unnamed phrase, a lower-case noun in the genitive and no office (адвокаты
 * лётчицы, сайт певицы), that the text names a person with elsewhere (украинская лётчица Надежда Савченко):
 * that person's name in the genitive.
 */
function describedComplement(ctx: QuoteContext, speaker: Speaker): string | null {
  const last = speaker.to - 1;
  if (last <= speaker.from || ctx.tokens[last]!.kind !== 'word' || ctx.mentionAt[last] !== -1 || ctx.words[last]!.shape !== 'lower') return null;
  // An office keeps its word: «канцелярия премьер-министра» is the office, whoever holds it; a
  // role that is none (сайт певицы) is said of the person the text gave it. Only a word for a
  // person (not «сайт клуба», whose coach the text names after «клуба»), with no adjective of its
  // own (not «американских властей»).
  if (OFFICES.has(ctx.words[last]!.key) || !ctx.analyseWord(ctx.words[last]!).some((a) => a.pos === 'NOUN' && a.grams.includes('anim') && a.grams.includes('gent'))) return null;
  if (ctx.analyseWord(ctx.words[last - 1]!).some((a) => a.pos === 'ADJF' && a.grams.includes('gent'))) return null;
  // «знакомого с ним бизнесмена»: after an adjective's own complement the last word is the head, no complement.
  if (ADJECTIVE_POS.has(ctx.analyseWord(ctx.words[speaker.from]!)[0]?.pos ?? '')) {
    for (let k = speaker.from + 1; k < last; k++) if (ctx.tokens[k]!.kind === 'word' && PREPOSITIONS.has(ctx.words[k]!.folded)) return null;
  }
  const entity = ctx.resolver.namedWith(last);
  return entity && ctx.entities.get(entity)?.type === 'PER' ? genitiveName(ctx, entity) : null;
}

/**
 * The last word of an unnamed phrase of people, a lower-case generic noun for an organisation in the
 * genitive (собеседники издания, источники агентства), that stands for the organisation the text just
 * named: that organisation as the text writes it in the genitive, with its quotation marks (источники
 * «Коммерсанта»), or the noun with the name after it where the name does not decline (собеседники
 * издания «Ъ», эксперты компании Google). Null otherwise.
 */
function organisationComplement(ctx: QuoteContext, speaker: Speaker): string | null {
  const last = speaker.to - 1;
  if (last <= speaker.from || ctx.tokens[last]!.kind !== 'word' || ctx.mentionAt[last] !== -1 || ctx.words[last]!.shape !== 'lower') return null;
  if (!ctx.analyseWord(ctx.words[last]!).some((a) => a.pos === 'NOUN' && a.grams.includes('gent'))) return null;
  // The noun is a complement only after a noun of its own (not «российские издания», the head itself).
  if (ctx.tokens[last - 1]!.kind !== 'word' || ctx.analyseWord(ctx.words[last - 1]!)[0]?.pos !== 'NOUN') return null;
  const id = ctx.resolver.descriptor(last, last + 1);
  const entity = id ? ctx.entities.get(id) : undefined;
  if (!entity || entity.type !== 'ORG') return null;
  return organisationGenitive(ctx, entity, speaker.from, ctx.tokens[last]!.text);
}

/**
 * The organisation as the text writes it in the genitive before token `before`, with its quotation
 * marks («Коммерсанта»); or, for a name that does not decline (Reuters, Ъ), the name after `kind`
 * (собеседники издания «Ъ») or alone where no kind noun is given. Null where the text has neither.
 */
function organisationGenitive(ctx: QuoteContext, entity: Entity, before: number, kind: string | null): string | null {
  const quoted = (m: { tokens: readonly [number, number] }) => {
    const [from, to] = m.tokens;
    const marked = from > 0 && ctx.tokens[from - 1]!.kind === 'quote' && ctx.tokens[to]?.kind === 'quote';
    return marked ? ctx.text.slice(ctx.tokens[from - 1]!.start, ctx.tokens[to]!.end) : ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
  };
  // The last few mentions before the phrase (a constant: a text quoting «собеседники издания» a
  // thousand times must not rescan every mention each time), in document order as entities keep them.
  // The first mention ending past the phrase's start, by binary search over the mentions in document order.
  let ordered = MENTIONS_IN_ORDER.get(entity);
  if (!ordered) MENTIONS_IN_ORDER.set(entity, (ordered = [...entity.mentions].sort((a, b) => a.tokens[1] - b.tokens[1])));
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ordered[mid]!.tokens[1] <= before) lo = mid + 1;
    else hi = mid;
  }
  const mentions = ordered.slice(Math.max(0, lo - COMPLEMENT_MENTIONS), lo).reverse();
  // A mention whose last word reads genitive and not nominative (Коммерсанта).
  for (const m of mentions) {
    const readings = ctx.analyseWord(ctx.words[m.tokens[1] - 1]!);
    if (m.text !== entity.name && readings.some((a) => a.grams.includes('gent')) && !readings.some((a) => a.grams.includes('nomn'))) return quoted(m);
  }
  // A name that does not decline: a Latin one or one in capitals (Reuters, Ъ, ТАСС), which stands after the kind noun
  // as its apposition (эксперты компании Google, собеседники издания «Ъ»).
  const undeclined = mentions.find((m) => /^[\p{Script=Latin}\d\s&.'’-]+$/u.test(m.text) || m.text === m.text.toUpperCase());
  if (!undeclined) return null;
  return kind ? `${kind} ${quoted(undeclined)}` : quoted(undeclined);
}

/** How many of an organisation's latest mentions before a phrase are read for its genitive. */
const COMPLEMENT_MENTIONS = 8;

/** An entity's mentions by their end token, sorted once per entity (the entities live with their document). */
const MENTIONS_IN_ORDER = new WeakMap<Entity, Mention[]>();

/** A person's fullest mention in the genitive (Надежды Савченко), or the surname alone there completed to the full name. */
function genitiveName(ctx: QuoteContext, entity: string | null): string | null {
  const known = entity ? ctx.entities.get(entity) : undefined;
  // A form that is the name's own nominative (моряк Мендонса) is no genitive, whatever its ending may also read as.
  const nominative = new Set(known ? [known.name, known.name.split(' ').at(-1)!] : []);
  const mentions = (known?.mentions ?? []).filter((m) => !nominative.has(m.text));
  let best: string | null = null;
  for (const m of mentions) {
    if (m.tokens[1] - m.tokens[0] < 2 || !isGenitiveName(ctx, m.tokens[0])) continue;
    if (!best || m.text.length > best.length) best = m.text;
  }
  // Only the surname in the genitive (о смерти Мендонсы): the full name, inflected alike.
  for (const m of best ? [] : mentions) {
    if (m.tokens[1] - m.tokens[0] !== 1 || !isGenitiveName(ctx, m.tokens[0])) continue;
    best = ctx.resolver.fullNameAt(m.tokens[0]);
    if (best) break;
  }
  // No genitive in the text (Кшиштоф Пендерецкий is only ever the subject): the name declined.
  return best ?? (entity && known?.type === 'PER' ? ctx.resolver.genitiveOf(entity) : null);
}

/** A first name read as a person's: genitive singular, and not nominative (Надежды, not Надежда). */
function isGenitiveName(ctx: QuoteContext, i: number): boolean {
  const word = ctx.words[i]!;
  const readings = (word.analyses.length > 0 ? word.analyses : ctx.analyseWord(word)).filter((a) => a.grams.includes('sing'));
  return readings.some((a) => a.grams.includes('gent')) && !readings.some((a) => a.grams.includes('nomn'));
}

/** The phrase's words come back joined by spaces: marks hug their name again (пресс-служба «Аэрофлота»). */
function gluedMarks(name: string): string {
  // Most speaker names (он, Путин) hold no quotation mark: skip the regex passes.
  if (!/[«„»“"]/.test(name)) return name;
  // A straight mark opens and closes alike: by pairs, in order (источник " Коммерсанта " → источник "Коммерсанта").
  return name.replace(/([«„]) /g, '$1').replace(/ ([»“])/g, '$1').replace(/" ([^"]*?) "/g, '"$1"');
}

/**
 * «штаб Сандерса» → «штаб Берни Сандерса»: a person inside the phrase named by surname alone
 * gets the fullest mention of that person in the same form (the same last word), so the
 * phrase names them as the text does at its fullest.
 */
function withFullNames(ctx: QuoteContext, from: number, to: number, name: string): string {
  let result = name;
  // The mentions inside the phrase, by token (a scan of all mentions per quote grows with the document squared).
  // Most speaker phrases (он, источник) hold none: no set is made for them.
  let inside: Set<number> | null = null;
  for (let k = from; k < to; k++) if (ctx.mentionAt[k] !== -1) (inside ??= new Set()).add(ctx.mentionAt[k]!);
  if (!inside) return result;
  for (const index of inside) {
    const mention = ctx.mentions[index]!;
    if (mention.type !== 'PER' || mention.start < ctx.tokens[from]!.start || mention.end > ctx.tokens[to - 1]!.end) continue;
    let fullest = mention.text;
    // «Защитник Юрия», of Юрий Пиотровский: a complement named by the first name alone is completed as a surname is.
    const firstName = mention.tokens[0] > from && mention.tokens[1] - mention.tokens[0] === 1 && isFirstNameOf(ctx, mention.tokens[0], ctx.entities.get(mention.entity)?.name ?? '');
    // A surname written otherwise than in the name (Ассанжа, of Джулиан Ассанж) shows its case: a fuller mention ending
    // alike is in that case, whatever its first word may read as (Джулиана, unknown to the dictionary, reads as a nominative).
    const declined = mention.text !== ctx.entities.get(mention.entity)?.name.split(' ').at(-1);
    for (const other of ctx.entities.get(mention.entity)?.mentions ?? []) {
      if (other.text.length > fullest.length && other.text.endsWith(` ${mention.text}`) && !(mention.tokens[0] > from && !declined && nominativeFirst(ctx, other.tokens[0]))) fullest = other.text;
      if (firstName && other.text.length > fullest.length && other.text.startsWith(`${mention.text} `)) fullest = other.text;
    }
    if (firstName && fullest === mention.text && isGenitiveName(ctx, mention.tokens[0])) fullest = ctx.resolver.genitiveOf(mention.entity) ?? fullest;
    // No fuller mention in this form: the surname alone (дядя Шварца) takes the full name, inflected alike.
    if (fullest === mention.text) fullest = ctx.resolver.fullNameAt(mention.tokens[0]) ?? fullest;
    if (fullest !== mention.text) result = result.replace(mention.text, fullest);
  }
  return result;
}

const STEM_FINALS = wordSet('first-name-stem-finals');

/** The word at `k` is an oblique form of the first word of a name of two words or more (Юрия, of Юрий Пиотровский). */
function isFirstNameOf(ctx: QuoteContext, k: number, name: string): boolean {
  const parts = name.split(' ');
  if (parts.length < 2) return false;
  // By its stem: a capitalised word's readings need not hold the name's (Юрия read as a form of «юрия»).
  const first = fold(parts[0]!);
  const stem = STEM_FINALS.has(first.slice(-1)) ? first.slice(0, -1) : first;
  return stem.length >= 2 && ctx.words[k]!.folded !== first && ctx.words[k]!.folded.startsWith(stem);
}

/**
 * «знакомый с ним бизнесмен» → «знакомый с Игорем Юсуфовым бизнесмен»: a third-person pronoun after a
 * preposition inside the phrase names the person it refers to, in the case the preposition gives it,
 * where the dictionary can decline the name; the pronoun stays otherwise.
 */
function withNamedPronouns(ctx: QuoteContext, from: number, to: number, name: string): string {
  let result = name;
  for (let k = from + 1; k < to; k++) {
    const governed = ctx.tokens[k]!.kind === 'word' && ctx.tokens[k - 1]!.kind === 'word' ? prepositionCases(ctx.words[k - 1]!.folded) : undefined;
    if (!governed) continue;
    const kase = ctx.analyseWord(ctx.words[k]!).find((a) => a.pos === 'NPRO' && a.grams.includes('3per') && a.grams.includes('sing') && a.grams.some((g) => governed.includes(g)))?.grams.find((g) => governed.includes(g));
    if (!kase) continue;
    const entity = ctx.resolver.pronoun(k, 'reference').entity;
    const person = entity && ctx.entities.get(entity)?.type === 'PER' ? ctx.resolver.nameInCase(entity, kase) : null;
    const text = ctx.tokens[k]!.text;
    if (person) result = result.replace(new RegExp(`(^|\\s)${text}(?=\\s|$)`, 'u'), `$1${person}`);
  }
  return result;
}

/** Cases a name inside a phrase stands in: a complement is never in the nominative. */
const OBLIQUE_CASES = ['gent', 'datv', 'ablt', 'loct'];

/**
 * «Соседи Кастро», of Ариэль Кастро: a surname that does not decline ends the nominative mention
 * too, so a fuller mention whose first word can only be a nominative (or accusative) is another
 * case than the complement's and does not replace it.
 */
function nominativeFirst(ctx: QuoteContext, k: number): boolean {
  const readings = ctx.analyseWord(ctx.words[k]!);
  return readings.some((a) => a.grams.includes('nomn')) && !readings.some((a) => OBLIQUE_CASES.some((c) => a.grams.includes(c)));
}

/**
 * An unnamed source that is only a generic noun (ведомство; пресс-служба ведомства) names the
 * organisation it stands for, if the resolver finds one; never the report that cites it («Как
 * сообщает ТАСС со ссылкой на пресс-службу ведомства»: the agency is not the ministry).
 */
function withDescribedOrg(ctx: QuoteContext, speaker: Speaker, quotedSources: readonly string[], citedBy: string | null): Speaker {
  if (speaker.kind !== 'source' || speaker.entity || speaker.group) return speaker;
  const entity = ctx.resolver.descriptor(speaker.from, speaker.to, citedBy ? quotedSources.filter((s) => s !== citedBy) : quotedSources);
  return entity && entity !== citedBy ? { ...speaker, kind: 'mention', entity } : speaker;
}

/**
 * «по мнению телеканала, принадлежащего движению «Хамас»,»: an unnamed speaker keeps the clause
 * after it that describes it, up to the cue or the content where they follow.
 */
function withDescribingClause(ctx: QuoteContext, draft: Draft, speaker: Speaker): Speaker {
  if ((speaker.kind !== 'source' && speaker.kind !== 'title') || speaker.entity || speaker.group || speaker.antecedent) return speaker;
  let limit = sentenceRange(ctx, speaker.from)[1];
  if (draft.content[0] >= speaker.to) limit = Math.min(limit, draft.content[0]);
  if (draft.cue && draft.cue[0] >= speaker.to) limit = Math.min(limit, draft.cue[0]);
  const clause = describingClause(ctx, speaker.from, speaker.to, limit);
  return clause ? { ...speaker, clause: { from: speaker.to + 1, ...clause } } : speaker;
}

/** свои, своих …: the reflexive possessive, by folded form. */
const REFLEXIVE_POSSESSIVES = wordSet('reflexive-possessives');

/**
 * «газета The New York Post, ссылаясь на свои источники»; «сообщает «Коммерсантъ» со ссылкой на
 * собственные источники»: a referenced source opened by «свой» or «собственный» is the citing
 * speaker's own, named with the citing one in the genitive as the text writes it (источники The New
 * York Post, источники «Коммерсанта»). Null where nothing cites it or the text gives no such form.
 */
function citersOwn(ctx: QuoteContext, speaker: Speaker, citedBy: string | null): string | null {
  if (!citedBy || speaker.entity || speaker.kind !== 'source' || speaker.to - speaker.from < 2) return null;
  const first = ctx.tokens[speaker.from]!.kind === 'word' ? ctx.words[speaker.from]! : null;
  if (!first || !(REFLEXIVE_POSSESSIVES.has(first.folded) || ctx.analyseWord(first).some((a) => a.pos === 'ADJF' && a.lemma === 'собственный'))) return null;
  const citer = ctx.entities.get(citedBy);
  if (!citer) return null;
  const owner = citer.type === 'ORG' ? organisationGenitive(ctx, citer, speaker.from, null) : citer.type === 'PER' ? genitiveName(ctx, citedBy) : null;
  return owner ? `${ctx.resolver.nominative(speaker.from + 1, speaker.to, speaker.governed)} ${owner}` : null;
}

function toQuote(ctx: QuoteContext, draft: Draft, quotedSources: readonly string[]): Quote {
  // «в ведомстве уточнили»: a generic noun for the organisation just named (or quoted before).
  const described = draft.speaker ? withDescribedOrg(ctx, draft.speaker, quotedSources, draft.citedBy ?? null) : null;
  const d = described ? { ...draft, speaker: withDescribingClause(ctx, draft, described) } : draft;
  const entity = d.speaker?.entity ? ctx.entities.get(d.speaker.entity) : undefined;
  return {
    kind: d.kind,
    content: span(ctx, d.content[0], d.content[1]),
    cue: d.cue ? span(ctx, d.cue[0], d.cue[1]) : null,
    speaker: d.speaker ? span(ctx, d.speaker.from, d.speaker.clause?.to ?? d.speaker.to) : null,
    speakerEntity: d.speaker?.entity ?? null,
    speakerName: entity ? entity.name : d.speaker?.group ? d.speaker.group.map((id) => ctx.entities.get(id)?.name).join(' и ') : d.speaker ? (citersOwn(ctx, d.speaker, d.citedBy ?? null) ?? phraseName(ctx, d.speaker)) : null,
    pattern: d.pattern,
  };
}
