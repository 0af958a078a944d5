import { CLAUSE_REACH, sentenceRange } from '../clauses/context.js';
import { phraseEnd } from '../clauses/phrase-extent.js';
import { functionWord, PREPOSITIONS } from '../clauses/words.js';
import { wordSet, wordTable } from '../dict/words.js';
import { fold, stemKey } from '../morph/key.js';
import type { Analysis, EntityId } from '../types.js';
import { countBefore, firstFrom, type ResolveContext } from './context.js';

/**
 * The descriptor rule: «В сообщении ведомства говорится», «в банке уточнили»: a generic noun
 * that stands for the organisation the text has just named. Each noun lists the words that show
 * an organisation is one of its kind (dict/words/generic-org-nouns.tsv).
 */
interface GenericNoun {
  words: string[];
  contains?: string;
  prefix?: RegExp;
  /**
   * 'all': every news outlet of the dictionary is of this kind (издание: Forbes, named so or not),
   * and so is the last quoted source of no known kind; 'last': only that last source (газета);
   * 'never': no outlet is (ведомство: ТАСС, an агентство by name, is no state body).
   */
  outlets: 'all' | 'last' | 'never' | null;
  /** Every business of the dictionary is of this kind (компания: Газпром, named so or not). */
  businesses: boolean;
}

const none = (cell: string | undefined) => (cell === undefined || cell === '-' ? undefined : cell);

/** Generic noun (nominative) → how to tell the organisations it may stand for. */
const GENERIC_NOUNS = new Map<string, GenericNoun>(
  wordTable('generic-org-nouns').map((row) => {
    const prefix = none(row.prefix);
    return [row.noun!, { words: row.words!.split(' '), contains: none(row.contains), prefix: prefix ? new RegExp(prefix) : undefined, outlets: row.outlets === 'all' || row.outlets === 'last' || row.outlets === 'never' ? row.outlets : null, businesses: row.businesses === 'all' }];
  }),
);

/** The generic noun at token i, by lemma. */
function genericAt(ctx: ResolveContext, i: number): GenericNoun | undefined {
  if (ctx.tokens[i]?.kind !== 'word' || ctx.mentionAt[i] !== -1) return undefined;
  // Lower-case, or capitalised only as the sentence's first word (Ведомство сообщило).
  const shape = ctx.words[i]!.shape;
  if (shape !== 'lower' && !(shape === 'title' && sentenceRange(ctx, i)[0] === i)) return undefined;
  for (const a of ctx.analyseWord(ctx.words[i]!)) {
    const noun = a.pos === 'NOUN' ? GENERIC_NOUNS.get(fold(a.lemma)) : undefined;
    if (noun) return noun;
  }
  return undefined;
}

/**
 * Sentences before its own a generic noun looks back for its organisation: the noun names its
 * kind (клуб, партия), so one of that kind a few sentences back is still the one meant; «там»
 * names no kind and looks only at the sentence before.
 */
const DESCRIPTOR_SENTENCES = 3;

/**
 * An unnamed source [from, to) that is only a generic noun (ведомство; пресс-служба ведомства;
 * в сообщении ведомства) → the organisation that fits the noun, when exactly one does, in its
 * sentence or the DESCRIPTOR_SENTENCES before.
 */
export function genericOrganisation(ctx: ResolveContext, from: number, to: number, quotedSources: readonly EntityId[] = []): EntityId | null {
  // The noun ends the phrase: with a complement (ведомства Дегтярёва, банка в Казани) it is another reading.
  const last = to - 1;
  const noun = genericAt(ctx, last);
  if (!noun) return null;
  // Before the noun only source or text nouns (пресс-служба, сообщение), nothing that narrows it.
  // Adjectives may stand before either (официальный сайт московского клуба): the kind still names one body.
  // A person of the body (собеседники издания, источник в ведомстве) speaks for themselves: unnamed, not the body.
  for (let k = from; k < last; k++) {
    const key = ctx.words[k]!.key;
    if (!(ctx.sourceNouns.has(key) || ctx.documentNouns.has(key) || isAdjective(ctx, k)) || isPersonNoun(ctx, k)) return null;
    // «некоторые издания»: several of the kind, no one organisation.
    if (isAdjective(ctx, k) && k === last - 1 && ctx.analyseWord(ctx.words[k]!).every((a) => a.grams.includes('plur'))) return null;
  }
  // A plural (по данным изданий) stands for several, not one of them, however many the text named or quoted.
  if (!ctx.analyseWord(ctx.words[last]!).some((a) => a.pos === 'NOUN' && a.grams.includes('sing'))) return null;
  const fitting = orgsJustNamed(ctx, from, (id) => fits(ctx, noun, id), DESCRIPTOR_SENTENCES);
  if (fitting.size === 1) return [...fitting][0]!;
  // None or several named just before: the latest source the text quoted that is of the kind and
  // among them (a text goes on citing one outlet as «издание» long after its name, and quotes an
  // official body in between); the last one alone, if it is of no known kind and the noun an outlet's.
  for (const source of quotedSources) {
    if (!(fitting.size === 0 || fitting.has(source))) continue;
    if (fits(ctx, noun, source) || ((noun.outlets === 'all' || noun.outlets === 'last') && source === quotedSources[0] && kindless(ctx, source))) return source;
  }
  // None just named: the organisation of the kind the text named last, however many sentences back
  // (Госкорпорация «Роскосмос» … four sentences … «в госкорпорации сообщили»): the noun names its kind,
  // and no other of that kind came since. Two just named stay unnamed (Минтранс и Минфин … в ведомстве).
  if (fitting.size > 0) return null;
  const latest = latestOrgBefore(ctx, from, (id) => fits(ctx, noun, id));
  if (latest || !noun.businesses) return latest;
  // No organisation the text called of the kind: a business the dictionary knows (Газпром, Apple … в
  // компании), when exactly one was named just before; a kind word the text gave wins over it.
  const known = orgsJustNamed(ctx, from, (id) => ctx.lexicon.companies.has(id), DESCRIPTOR_SENTENCES);
  return known.size === 1 ? [...known][0]! : null;
}

/** How many organisation mentions back a generic noun looks for one of its kind: a bound, so each noun costs the same. */
const DESCRIPTOR_MENTIONS = 40;

/** The organisation of the latest mention before `before` that passes `accept`, within DESCRIPTOR_MENTIONS mentions back. */
function latestOrgBefore(ctx: ResolveContext, before: number, accept: (entity: EntityId) => boolean): EntityId | null {
  const organisations = ctx.mentionsOfType('ORG');
  const offset = ctx.tokens[before]?.start ?? Infinity;
  const end = firstFrom(ctx, organisations, offset);
  for (let j = end - 1; j >= 0 && j >= end - DESCRIPTOR_MENTIONS; j--) {
    const entity = ctx.mentions[organisations[j]!]!.entity;
    if (accept(entity)) return entity;
  }
  return null;
}

/**
 * An organisation the dictionary does not know and the text never called by a kind (no organisation
 * noun in its name or before a mention: «Тамбовская жизнь» after «сообщает»): quoted as a source,
 * an outlet is what it most likely is.
 */
function kindless(ctx: ResolveContext, entityId: EntityId): boolean {
  const entity = ctx.entities.get(entityId);
  return !!entity && entity.source === 'rule' && !kindWords(ctx, entityId).some((w) => ctx.orgNouns.has(stemKey(w)));
}

/** A word whose first reading is an animate noun (собеседник, представитель). */
function isPersonNoun(ctx: ResolveContext, k: number): boolean {
  if (ctx.tokens[k]!.kind !== 'word') return false;
  // «источники издания»: a source of people whatever animacy the morphology gives the word.
  if (PERSON_SOURCES.has(ctx.words[k]!.key)) return true;
  const first = ctx.analyseWord(ctx.words[k]!)[0];
  return first?.pos === 'NOUN' && first.grams.includes('anim');
}

const PERSON_SOURCES = wordSet('person-source-nouns');

/** A lower-case word whose first reading is an adjective. */
function isAdjective(ctx: ResolveContext, k: number): boolean {
  return ctx.tokens[k]!.kind === 'word' && ctx.words[k]!.shape === 'lower' && ctx.analyseWord(ctx.words[k]!)[0]?.pos === 'ADJF';
}

/**
 * «Росавиация ограничила полёты. Там уточнили, что …»: «там» before an impersonal plural cue is
 * the organisation just named, when exactly one was.
 */
export function organisationThere(ctx: ResolveContext, at: number): EntityId | null {
  if (ctx.tokens[at]?.kind !== 'word' || ctx.words[at]!.folded !== functionWord('there')) return null;
  const named = orgsJustNamed(ctx, at, () => true);
  return named.size === 1 ? [...named][0]! : null;
}

/** The organisations named before `before` in its sentence or the `back` before it that pass `accept`. */
function orgsJustNamed(ctx: ResolveContext, before: number, accept: (entity: EntityId, at: number) => boolean, back = 1): Set<EntityId> {
  const sentence = ctx.index.sentenceOf[before]!;
  // No more than CLAUSE_REACH tokens a sentence: a "sentence" longer than any real one (a list,
  // broken text) read whole for each speaker in it made time grow with its square.
  const from = Math.max(ctx.sentences[Math.max(0, sentence - back)]!.tokens[0], before - CLAUSE_REACH * (back + 1));
  const organisations = ctx.mentionsOfType('ORG');
  const fitting = new Set<EntityId>();
  // Each mention that starts in the stretch, once.
  for (let j = firstFrom(ctx, organisations, ctx.tokens[from]?.start ?? 0); j < organisations.length; j++) {
    const mention = ctx.mentions[organisations[j]!]!;
    const at = mention.tokens[0];
    if (at >= before) break;
    if (at >= from && accept(mention.entity, at)) fitting.add(mention.entity);
  }
  return fitting;
}

/** The organisation is of the noun's kind: a dictionary outlet for «издание», else a kind word in its names or before a mention. */
function fits(ctx: ResolveContext, noun: GenericNoun, entityId: EntityId): boolean {
  const entity = ctx.entities.get(entityId);
  if (!entity) return false;
  if (noun.outlets === 'all' && ctx.lexicon.outlets.has(entityId)) return true;
  if (noun.outlets === 'never' && ctx.lexicon.outlets.has(entityId)) return false;
  return kindWords(ctx, entityId).some((w) => noun.words.includes(w) || (!!noun.contains && w.includes(noun.contains)) || (!!noun.prefix && noun.prefix.test(w)));
}

/**
 * An organisation's name words, and the nouns the text put before any of its mentions (компания
 * «Яндекс» once, «Яндекс» after), folded: read once per document, not once per generic noun that asks.
 */
function kindWords(ctx: ResolveContext, entityId: EntityId): readonly string[] {
  return ctx.once(`kind-words:${entityId}`, () => {
    const entity = ctx.entities.get(entityId);
    if (!entity) return [];
    return [
      ...[entity.name, ...entity.aliases].flatMap((n) => n.split(/[\s«»"-]+/)).map((w) => fold(w)).filter(Boolean),
      ...entity.mentions.flatMap((m) => kindWordsBefore(ctx, m.tokens[0])),
    ];
  });
}

/**
 * The lemma of the noun right before a mention, skipping an opening quote mark: компания «Яндекс»
 * → компания; where that word is a lower-case genitive noun, the noun it complements too
 * (производителя оружия Lockheed Martin → оружие, производитель).
 */
function kindWordsBefore(ctx: ResolveContext, at: number): string[] {
  let before = at - 1;
  while (before >= 0 && ctx.tokens[before]!.kind === 'quote') before--;
  const first = before >= 0 && ctx.tokens[before]!.kind === 'word' ? ctx.analyseWord(ctx.words[before]!)[0] : undefined;
  if (!first?.lemma) return [];
  const head = complementedNoun(ctx, before, first);
  return head ? [fold(first.lemma), fold(head.lemma)] : [fold(first.lemma)];
}

/**
 * «производителя оружия»: the noun (its first reading) that the lower-case genitive noun at `k`,
 * read as `reading`, complements, where the word before it is outside any mention; else undefined.
 */
function complementedNoun(ctx: ResolveContext, k: number, reading: Analysis): Analysis | undefined {
  if (reading.pos !== 'NOUN' || !reading.grams.includes('gent') || ctx.words[k]!.shape !== 'lower') return undefined;
  if (k === 0 || ctx.tokens[k - 1]!.kind !== 'word' || ctx.mentionAt[k - 1] !== -1) return undefined;
  const head = ctx.analyseWord(ctx.words[k - 1]!)[0];
  return head?.pos === 'NOUN' ? head : undefined;
}

/**
 * A bare institution or source noun (полиции, министерство) stands for the one the text
 * described before with a complement (пресс-служба полиции РА, министерство здравоохранения):
 * the tokens of the latest such complement, to complete the speaker's name. Only a genitive or
 * a name identifies it: «судьи в Милане», «обвинения в насилии» are other uses of the noun.
 */
export function earlierDescription(ctx: ResolveContext, at: number): [number, number] | null {
  const key = ctx.words[at]!.key;
  // Where each word of this key has such a complement, found once per key: [word, end of its phrase].
  const described = ctx.once(`described:${key}`, () => {
    const found: [number, number][] = [];
    for (const k of ctx.tokensWithKey(key)) {
      if (ctx.tokens[k]!.kind !== 'word') continue;
      const end = phraseEnd(ctx, k, sentenceRange(ctx, k)[1]);
      if (end > k + 1 && !PREPOSITIONS.has(ctx.words[k + 1]!.folded)) found.push([k, end]);
    }
    return found;
  });
  // The latest one before `at`.
  const lo = countBefore(described.length, (k) => described[k]![0] < at);
  if (lo === 0) return null;
  const [k, end] = described[lo - 1]!;
  return [k + 1, end];
}
