import { wordSet } from '../../dict/words.js';
import { fold, hasGram } from '../../morph/index.js';
import type { NerContext } from '../context.js';
import { atSentenceStart, isCommonWord } from '../context.js';
import { matchGazetteer, type GazetteerMatch } from '../gazetteer.js';
import { isPersonForm, isSurnameLemma } from '../person-by-surname.js';
import type { DictEntry, WordInfo } from '../../types.js';
import { declinedForms } from '../../dict/declined-forms.js';
import { adjectiveAgrees, sameAdjectiveForm } from '../../morph/agreement.js';
import { actsAsSubject, namedInList, placeFollows, usedAsName, wordUsage, type WordUsage } from './sentence-start.js';

const TOWN_PREPOSITIONS = wordSet('town-prepositions');

/**
 * The gazetteer's matches, found before any rule: the rules read where they lie
 * (`ctx.gazetteerAt`, filled here for organisations and places) to leave those words alone.
 */
export function gazetteerMatches(ctx: NerContext): GazetteerMatch[] {
  // Built on first need: only a common-word body opening a sentence asks how the text writes it.
  let usage: WordUsage | null = null;
  const usageOf = () => (usage ??= wordUsage(ctx.tokens, ctx.words));
  // Towns named like a person, held back where no preposition says «town» (Грозного, Березников).
  const held = new Map<number, GazetteerMatch>();
  const found = matchGazetteer(ctx.gazetteer, ctx.tokens, ctx.words, (m) => {
    if (isPersonLikeTown(ctx, m) && !afterTownPreposition(ctx, m.from)) {
      if (!held.has(m.from) && acceptMatch(ctx, m, usageOf)) held.set(m.from, m);
      return false;
    }
    return acceptMatch(ctx, m, usageOf);
  });
  const matches = withTownsOfTheText(ctx, found, [...held.values()]);
  for (const m of matches) if (m.entry.type !== 'PER' && !m.weak) ctx.gazetteerAt.fill(Math.min(255, m.to - m.from), m.from, m.to);
  return matches;
}

/**
 * A one-word name at the start of a sentence is also a capitalised common word there
 * (Мир, Того, Известия): take it only when the morphology does not know it as one.
 */
function acceptMatch(ctx: NerContext, m: GazetteerMatch, usage: () => WordUsage): boolean {
  // «Александр Турчинов» is no form of «Александр Турчин», though the stem key of Турчинов is «турчин».
  if (m.entry.type === 'PER' && !isPersonForm(ctx.words[m.to - 1]!, m.entry)) return false;
  if (m.to - m.from > 1) return true;
  const word = ctx.words[m.from]!;
  if (m.entry.type === 'LOC' && qualifiesNext(ctx, m.from)) return false;
  if (ctx.headline[m.from] && word.shape === 'upper') return !isCommonWord(word) || m.entry.type !== 'PER';
  // A surname alone must be a form of that surname (Трампа, Захаровой), not a word whose stem
  // only looks like it (Солнца for Солнцев, Кирилл for Кириллов).
  if (m.weak && !isSurnameForm(word, fold(m.entry.name.split(' ').pop()!))) return false;
  // «Дан Меридор», «в Серии А»: a place found by its stem alone (дан- of Дания) is not there when
  // the dictionary knows the word as another word (the name Дан, the noun серия).
  if (m.entry.type === 'LOC' && !isPlaceForm(ctx, word, m.entry)) return false;
  // People in our dictionary are curated: at a sentence start a name is still a name.
  return m.entry.type === 'PER' || !(atSentenceStart(ctx, m.from) && isCommonWord(word)) || (m.entry.type === 'ORG' && (placeFollows(ctx, m.to) || usedAsName(word, usage()) || (!usage().lower.has(word.lemma) && (actsAsSubject(ctx, m.from, m.to) || namedInList(ctx, m.to)))));
}

/**
 * «Смоленском бульваре», «Михайловского замка», «Октябрьской революции», «Кропивницкой
 * области»: a town's name read as an adjective agreeing with the word after it names that
 * street, building, event or district, not the town (под Смоленском stays the town).
 */
function qualifiesNext(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  const next = ctx.words[i + 1];
  if (!next || ctx.tokens[i + 1]!.kind !== 'word' || ctx.text.slice(ctx.tokens[i]!.end, ctx.tokens[i + 1]!.start) !== ' ') return false;
  // The morph stage keeps a capitalised word's proper readings: the adjective is among all of them.
  // An indeclinable reading (Сан-Диего as «Fixd») agrees with anything: no evidence.
  const adjective = ctx.analyseWord(word).filter((a) => a.pos === 'ADJF' && !a.grams.includes('Fixd'));
  if (adjective.length === 0) return false;
  // «Михайловский ГОК»: an abbreviation after it is the body it names.
  if (next.shape === 'upper') return true;
  const following = ctx.analyseWord(next);
  if (following[0]?.pos !== 'NOUN' && following[0]?.pos !== 'ADJF') return false;
  return adjectiveAgrees(adjective, following) || adjective.some((a) => following.some((b) => b.pos === 'ADJF' && sameAdjectiveForm(a, b)));
}

/** Владимир, Королёв, Питер, Грозный: a one-word town whose word is also a first name or a surname. */
function isPersonLikeTown(ctx: NerContext, m: GazetteerMatch): boolean {
  if (m.to - m.from > 1 || m.entry.type !== 'LOC') return false;
  const word = ctx.words[m.from]!;
  const knownName = word.analyses.some((a) => a.known && a.score >= 0.3 && a.grams.includes('Name'));
  return ctx.lexicon.firstNames.has(word.lemma) || knownName || hasGram(word, 'Surn', 0.3);
}

/** A town named like a person is a town after в, из, под …; elsewhere see withTownsOfTheText. */
function afterTownPreposition(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  return !!prev && TOWN_PREPOSITIONS.has(prev.folded);
}

/**
 * «из Грозного … столицу Чечни Грозный … от Грозного»: once the text names the town after a
 * preposition, the same town is meant wherever else its name stands alone, except right after a
 * first name (Иван Грозный) or before a capitalised word, which make it a surname; and a town
 * named like a first name (Владимир) is left to its prepositions.
 */
function withTownsOfTheText(ctx: NerContext, found: GazetteerMatch[], held: GazetteerMatch[]): GazetteerMatch[] {
  if (held.length === 0) return found;
  const towns = new Set(found.filter((m) => m.entry.type === 'LOC' && m.to - m.from === 1).map((m) => m.entry.id));
  const more = held.filter((m) => towns.has(m.entry.id) && !isNameWord(ctx, m.from) && !afterFirstName(ctx, m.from) && !beforeCapital(ctx, m.to));
  return more.length === 0 ? found : found.concat(more).sort((a, b) => a.from - b.from);
}

/** The word may be a first name (Франц, Владимир): then the town is not taken from the rest of the text. */
function isNameWord(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  return ctx.lexicon.firstNames.has(word.lemma) || ctx.lexicon.firstNames.has(word.folded) || word.analyses.some((a) => a.known && a.score >= 0.3 && a.grams.includes('Name'));
}

/** «Королёв Сергей», «Франц Бекенбауэр»: a capitalised word right after may make it part of a name. */
function beforeCapital(ctx: NerContext, i: number): boolean {
  const next = ctx.words[i];
  return !!next && ctx.tokens[i]!.kind === 'word' && next.shape === 'title' && ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start) === ' ';
}

function afterFirstName(ctx: NerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  return !!prev && ctx.tokens[i - 1]!.kind === 'word' && prev.shape === 'title' && (ctx.lexicon.firstNames.has(prev.folded) || ctx.lexicon.firstNames.has(prev.lemma));
}

function isPlaceForm(ctx: NerContext, word: WordInfo, entry: DictEntry): boolean {
  if (!word.analyses[0]?.known) return true;
  const place = placeForms(ctx, entry);
  if (place.forms.has(word.folded)) return true;
  // By lemma: Эмиратах of Эмираты, Свердловской of Свердловская; by the name's nominative
  // readings only (Сана is no form of «сан», Баку none of «бак»). Made on first need: most
  // matches are a form as written or declined, and analysing every alias costs more.
  const lemmas = (place.lemmas ??= new Set(place.names.flatMap((n) => ctx.analyse(n).filter((a) => a.grams.includes('nomn')).map((a) => fold(a.lemma))).concat(place.names)));
  return word.analyses.some((a) => lemmas.has(fold(a.lemma)));
}

interface PlaceForms {
  /** The entry's one-word names, folded. */
  names: string[];
  /** Those names and their declined forms. */
  forms: ReadonlySet<string>;
  /** Those names and the lemmas of their nominative readings, once asked for. */
  lemmas?: ReadonlySet<string>;
}

// Per analyser, then per entry: both live as long as the annotator, so a place's forms are
// made once, not re-analysed and re-declined at each match of it.
const placeFormsOf = new WeakMap<NerContext['analyse'], WeakMap<DictEntry, PlaceForms>>();

function placeForms(ctx: NerContext, entry: DictEntry): PlaceForms {
  let byEntry = placeFormsOf.get(ctx.analyse);
  if (!byEntry) placeFormsOf.set(ctx.analyse, (byEntry = new WeakMap()));
  let known = byEntry.get(entry);
  if (!known) {
    const names = [entry.name, ...entry.aliases].filter((n) => !n.includes(' ')).map(fold);
    byEntry.set(entry, (known = { names, forms: new Set(names.flatMap((n) => [n, ...declinedForms(n)])) }));
  }
  return known;
}

function isSurnameForm(word: WordInfo, surname: string): boolean {
  return word.folded === surname || isSurnameLemma(word.lemma, (name) => name === surname);
}
