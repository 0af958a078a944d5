import { fold, hasGram, type Analysis, type WordInfo } from '../morph/index.js';
import type { DictEntry, Sentence, Token } from '../types.js';
import { PRIORITY, selectCandidates, type Candidate } from './candidate.js';
import { adjacent, atSentenceStart, isCommonWord, isPlaceNoun, sentenceStarts, type NerContext, type NerLexicon } from './context.js';
import { matchGazetteer, personBySurname, type Gazetteer, type GazetteerMatch } from './gazetteer.js';
import { abbreviationCandidates } from './rules/abbreviation.js';
import { latinNameCandidates } from './rules/latin-names.js';
import { dependentOrgCandidates, descriptiveOrgCandidates } from './rules/org-descriptive.js';
import { withPlaceAdjective } from './rules/org-place-adjective.js';
import { quotedOrgCandidates } from './rules/org-quoted.js';
import { personCandidates } from './rules/person.js';
import { descriptivePlaceCandidates, placeCandidates } from './rules/place.js';

const LOCATIVE = new Set(['в', 'во', 'из', 'под', 'около', 'до', 'город', 'города', 'городе', 'г', 'через', 'возле']);

export interface Recognisers {
  gazetteer: Gazetteer;
  lexicon: NerLexicon;
  /** Entries that came from the user: they win over everything else. */
  userEntries: ReadonlySet<DictEntry>;
  analyse: (folded: string) => readonly Analysis[];
}

/**
 * The recognise stage: gazetteer matches and rule candidates over the tokens, settled
 * into non-overlapping mention candidates (token ranges with a type and a source).
 */
export function recognise(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  words: readonly WordInfo[],
  recognisers: Recognisers,
): Candidate[] {
  const ctx: NerContext = {
    text,
    tokens,
    words,
    sentenceStart: sentenceStarts(tokens, sentences),
    lexicon: recognisers.lexicon,
    gazetteer: recognisers.gazetteer,
    gazetteerAt: new Uint8Array(tokens.length),
    analyse: recognisers.analyse,
  };
  const headline = headlineTokens(sentences, words);
  // Built on first need: only a common-word body opening a sentence asks how the text writes it.
  let usage: WordUsage | null = null;
  const usageOf = () => (usage ??= wordUsage(tokens, words));
  const dict = matchGazetteer(ctx.gazetteer, tokens, words, (m) => acceptMatch(ctx, m, headline, usageOf));
  for (const m of dict) if (m.entry.type !== 'PER' && !m.weak) ctx.gazetteerAt.fill(Math.min(255, m.to - m.from), m.from, m.to);

  let candidates: Candidate[] = dict.map((m) => ({
    from: m.from,
    to: m.to,
    type: m.entry.type,
    rule: m.weak ? 'dict-surname' : 'dict',
    priority: recognisers.userEntries.has(m.entry) ? PRIORITY.user : m.weak ? PRIORITY.dictSurname : PRIORITY.dict,
    entry: m.entry,
  }));
  const quoted = quotedOrgCandidates(ctx);
  // «клуб «Бавария»», «театр «Москва»»: a quoted name after an organisation noun is no place or person.
  const quotedSpans = new Set(quoted.map((q) => `${q.from}:${q.to}`));
  candidates = candidates.filter((c) => c.type === 'ORG' || !quotedSpans.has(`${c.from}:${c.to}`));
  const persons = withoutJoinedPeople(personCandidates(ctx), candidates);
  // concat, not push(...): a long document has more candidates than a call has arguments.
  const all = candidates.concat(
    persons,
    quoted,
    abbreviationCandidates(ctx, headline),
    latinNameCandidates(ctx),
    descriptiveOrgCandidates(ctx),
    dependentOrgCandidates(ctx, candidates),
    placeCandidates(ctx),
    descriptivePlaceCandidates(ctx),
  );
  const knownPeople = persons.concat(candidates.filter((c) => c.entry?.type === 'PER')).filter((c) => !isQuotedPerson(ctx, c));
  return withoutUntypedOriginals(ctx, selectCandidates(outsideUrls(ctx, all.concat(repeatedSurnames(ctx, knownPeople))).filter((c) => !isQuotedPlace(ctx, c))))
    .map((c) => (c.type === 'PER' && !c.entry ? withKnownPerson(ctx, c) : withPlaceAdjective(ctx, c)))
    .map((c, k, selected) => withRegnalNumber(ctx, c, selected[k + 1]))
    .map((c, k, selected) => withForeignOwner(c, selected[k + 1]))
    .map((c, k, selected) => withUnitAbbreviation(ctx, c, selected[k - 1]));
}

/** Abbreviations of a regional unit of a body: ГУ (главное управление), ТУ (территориальное). */
const UNIT_ABBREVIATIONS = new Set(['ГУ', 'ТУ']);

/**
 * «ГУ МВД по Свердловской области», «ГУ МЧС России по Санкт-Петербургу»: the unit's abbreviation
 * belongs to the name, and the unit is a body of its own, not the ministry it is part of.
 */
function withUnitAbbreviation(ctx: NerContext, c: Candidate, previous: Candidate | undefined): Candidate {
  const k = c.from - 1;
  if (c.type !== 'ORG' || k < 0 || !UNIT_ABBREVIATIONS.has(ctx.tokens[k]!.text) || !adjacent(ctx, k, c.from) || (previous && previous.to > k)) return c;
  const { entry: _entry, owner: _owner, ...rest } = c;
  return { ...rest, from: k, rule: 'unit-abbreviation' };
}

/**
 * «поворот Раскассэ (La Rascasse)», «автомобиля «Гол» (Gol)», «Пикадилли-сёркус (Piccadilly
 * Circus)»: a Latin name in brackets right after a Cyrillic name is that name's original. When
 * nothing typed the Cyrillic name (a place, a product, a bend of a track), «Latin means a
 * company» is no evidence either: the original goes too.
 */
function withoutUntypedOriginals(ctx: NerContext, selected: Candidate[]): Candidate[] {
  if (!selected.some((c) => c.rule === 'latin-name')) return selected;
  const typed = new Uint8Array(ctx.tokens.length);
  for (const c of selected) typed.fill(1, c.from, c.to);
  return selected.filter((c) => {
    if (c.rule !== 'latin-name' || ctx.tokens[c.from - 1]?.text !== '(') return true;
    let k = c.from - 2;
    if (ctx.tokens[k]?.kind === 'quote') k--;
    const w = ctx.words[k];
    if (!w || ctx.tokens[k]!.kind !== 'word' || w.latin || (w.shape !== 'title' && w.shape !== 'lower')) return true;
    // The Cyrillic name is capitalised somewhere (Шкода Октавия, Санта Орсола, Пикадилли-сёркус).
    let first = k;
    while (first > 0 && ctx.tokens[first - 1]!.kind === 'word' && !ctx.words[first - 1]!.latin && adjacent(ctx, first - 1, first) && ctx.words[first]!.shape !== 'title') first--;
    if (ctx.words[first]!.shape !== 'title') return true;
    for (let j = first; j <= k; j++) if (typed[j]) return true;
    return false;
  });
}

const URL = /(?:https?:\/\/|www\.)[^\s\]\[()«»"'<>]+/g;

/** «https://www.youtube.com/watch?v=QorduzqCSy4»: nothing inside a web address is a mention (a video id is no company). */
function outsideUrls(ctx: NerContext, candidates: Candidate[]): Candidate[] {
  const { text, tokens } = ctx;
  if (!text.includes('://') && !text.includes('www.')) return candidates;
  const inUrl = new Uint8Array(tokens.length);
  let k = 0;
  for (const m of text.matchAll(URL)) {
    const end = m.index + m[0].length;
    while (k < tokens.length && tokens[k]!.end <= m.index) k++;
    for (let j = k; j < tokens.length && tokens[j]!.start < end; j++) inUrl[j] = 1;
  }
  return candidates.filter((c) => !inUrl.subarray(c.from, c.to).includes(1));
}

/**
 * «Барселона» пообещала, автомобиль «Славута», гибель «Колумбии», спектакль «Большой город»:
 * a place name standing alone in quote marks names a club, a product, a ship or a show, not the
 * place; after a place noun (аэропорт «Домодедово», станция «Тула») it is still the place. The
 * same holds for a person's name (isQuotedPerson).
 */
function isQuotedPlace(ctx: NerContext, c: Candidate): boolean {
  if (c.type === 'PER') return isQuotedPerson(ctx, c);
  if (c.type !== 'LOC' || !enclosed(ctx, c.from, c.to)) return false;
  return !isPlaceNoun(ctx, c.from - 2);
}

/**
 * «Евгений Онегин», балет «Анна Каренина», крейсер «Адмирал Нахимов»: a person's name that is the
 * whole of a quoted name (a title before it allowed) names a work or a ship, not the person.
 */
function isQuotedPerson(ctx: NerContext, c: Candidate): boolean {
  // One word in quotes may be a name said or asked about («Путин», — ответил он).
  if (c.to - c.from > 1 && enclosed(ctx, c.from, c.to)) return true;
  const title = ctx.words[c.from - 1];
  return !!title && ctx.tokens[c.from - 1]!.kind === 'word' && ctx.lexicon.titles.has(title.key) && enclosed(ctx, c.from - 1, c.to);
}

/** Tokens [from, to) are exactly what a pair of quote marks holds. */
function enclosed(ctx: NerContext, from: number, to: number): boolean {
  const open = ctx.tokens[from - 1];
  const close = ctx.tokens[to];
  return open?.kind === 'quote' && close?.kind === 'quote' && open.end === ctx.tokens[from]!.start && close.start === ctx.tokens[to - 1]!.end;
}

/** A Russian body in the dictionary: one of its names says so (Министерство обороны России, Верховный суд РФ). */
const RUSSIAN = /(^| )(России|РФ|Российской Федерации)$/;
const RUSSIA = 'loc:russia';

/**
 * «МИД Франции», «Министерство обороны Украины», «Верховный суд Татарстана»: a Russian body's
 * generic name followed by another place is that place's body, not the Russian one. The
 * mention keeps its span (the place stays a mention of its own); its identity comes from both
 * (resolve: one entity per dictionary entry and owner, named from the text).
 */
function withForeignOwner(c: Candidate, next: Candidate | undefined): Candidate {
  if (c.type !== 'ORG' || !c.entry || !next || next.from !== c.to || next.type !== 'LOC' || next.entry?.id === RUSSIA) return c;
  if (![c.entry.name, ...c.entry.aliases].some((name) => RUSSIAN.test(name))) return c;
  return { ...c, rule: 'dict-owned', owner: { from: next.from, to: next.to } };
}

/** «сын Акихито Нарухито»: a rule-found name that spans two dictionary people is two people, not one. */
function withoutJoinedPeople(persons: Candidate[], dict: readonly Candidate[]): Candidate[] {
  const known = dict.filter((c) => c.type === 'PER' && c.rule === 'dict');
  if (known.length < 2) return persons;
  return persons.filter((p) => known.filter((k) => k.from >= p.from && k.to <= p.to).length < 2);
}

const ROMAN_NUMERAL = /^[IVX]{1,5}$/;

/** «Альбер II», «Карл III»: a monarch's or pope's number belongs to the name. */
function withRegnalNumber(ctx: NerContext, c: Candidate, next: Candidate | undefined): Candidate {
  const token = ctx.tokens[c.to];
  if (c.type !== 'PER' || !token || token.kind !== 'word' || !ROMAN_NUMERAL.test(token.text) || !adjacent(ctx, c.to - 1, c.to)) return c;
  return next && next.from === c.to ? c : { ...c, to: c.to + 1 };
}

/**
 * «В. В. Путин», «Владимира Путина» written in a form the dictionary lacks: a rule-found
 * name whose surname and first name (or initial) fit a dictionary person is that person.
 */
function withKnownPerson(ctx: NerContext, c: Candidate): Candidate {
  if (c.to - c.from < 2) return c;
  const entry = personBySurname(ctx.gazetteer, ctx.words[c.to - 1]!);
  if (!entry) return c;
  const first = ctx.words[c.from]!;
  const dictFirst = fold(entry.name.split(' ')[0]!);
  const fits = ctx.tokens[c.from]!.text.length === 1 ? dictFirst.startsWith(first.folded) : first.lemma === dictFirst || first.folded === dictFirst;
  return fits ? { ...c, entry } : c;
}

/**
 * Once a document names a person in full (Александр Брод), the surname alone is that
 * person anywhere in it (Брод, Брода), even where the word is also a common noun or a town.
 */
function repeatedSurnames(ctx: NerContext, persons: Candidate[]): Candidate[] {
  const surnames = new Set<string>();
  for (const p of persons) {
    if (p.to - p.from < 2) continue;
    const last = ctx.words[p.to - 1]!;
    if (last.folded.length > 2) surnames.add(last.lemma);
  }
  const out: Candidate[] = [];
  // By the best lemma, or by a surname reading that is not the best (Баканова: «бакановый» first).
  const isRepeat = (w: WordInfo) => surnames.has(w.lemma) || w.analyses.some((a) => a.grams.includes('Surn') && surnames.has(fold(a.lemma)));
  ctx.words.forEach((w, i) => {
    if (w.shape === 'title' && isRepeat(w)) out.push({ from: i, to: i + 1, type: 'PER', rule: 'surname-repeat', priority: PRIORITY.repeat });
  });
  return out;
}

/**
 * A one-word name at the start of a sentence is also a capitalised common word there
 * (Мир, Того, Известия): take it only when the morphology does not know it as one.
 */
function acceptMatch(ctx: NerContext, m: GazetteerMatch, headline: Uint8Array, usage: () => WordUsage): boolean {
  if (m.to - m.from > 1) return true;
  const word = ctx.words[m.from]!;
  // Владимир, Королёв, Питер: a town named like a person is a town only after в, из, под …
  const knownName = word.analyses.some((a) => a.known && a.score >= 0.3 && a.grams.includes('Name'));
  if (m.entry.type === 'LOC' && (ctx.lexicon.firstNames.has(word.lemma) || knownName || hasGram(word, 'Surn', 0.3))) {
    const prev = ctx.words[m.from - 1];
    if (!prev || !LOCATIVE.has(prev.folded)) return false;
  }
  if (headline[m.from] && word.shape === 'upper') return !isCommonWord(word) || m.entry.type !== 'PER';
  // A surname alone must be a form of that surname (Трампа, Захаровой), not a word whose stem
  // only looks like it (Солнца for Солнцев, Кирилл for Кириллов).
  if (m.weak && !isSurnameForm(word, fold(m.entry.name.split(' ').pop()!))) return false;
  // People in our dictionary are curated: at a sentence start a name is still a name.
  return m.entry.type === 'PER' || !(atSentenceStart(ctx, m.from) && isCommonWord(word)) || (m.entry.type === 'ORG' && (placeFollows(ctx, m.to) || usedAsName(word, usage()) || (!usage().lower.has(word.lemma) && (actsAsSubject(ctx, m.from, m.to) || namedInList(ctx, m.to)))));
}

/**
 * «Сбербанк снизил ставки», «Кремль опроверг …»: a dictionary body's one-word name opening a
 * sentence as the subject of the verb right after it is that body, though the morphology also
 * knows the word as a common noun — an inanimate one («Политик добавил» is a person) that the
 * document never writes in lower case. The price: «Яблоко упало с дерева» alone reads as the party.
 */
function actsAsSubject(ctx: NerContext, from: number, to: number): boolean {
  const next = ctx.words[to];
  if (to !== from + 1 || !next || next.shape !== 'lower' || !adjacent(ctx, from, to)) return false;
  const verb = ctx.analyse(next.folded)[0];
  const noun = ctx.words[from]!.analyses;
  // A person's noun (Политик добавил) is a person, not the magazine of that name.
  return !!verb && verb.pos === 'VERB' && verb.grams.includes('sing') && noun.some((a) => a.grams.includes('nomn')) && !noun.some((a) => a.grams.includes('anim'));
}

/**
 * «Сбербанк и ВТБ снизили ставки», «Сбербанк, ВТБ и …»: a body's name opening a sentence and
 * listed with another name (an abbreviation or a capitalised word right after «и» or a comma).
 */
function namedInList(ctx: NerContext, to: number): boolean {
  const link = ctx.tokens[to];
  const next = ctx.words[to + 1];
  if (!link || !next || !(link.text === ',' || link.text === 'и')) return false;
  return next.shape === 'upper' || (next.shape === 'title' && ctx.tokens[to + 1]!.kind === 'word');
}

/** How each folded word is written in the document: capitalised inside a sentence, and in lower case. */
interface WordUsage {
  named: Set<string>;
  lower: Set<string>;
}

function wordUsage(tokens: readonly Token[], words: readonly WordInfo[]): WordUsage {
  const usage: WordUsage = { named: new Set(), lower: new Set() };
  for (let k = 1; k < tokens.length; k++) {
    const w = words[k]!;
    if (w.shape === 'lower') usage.lower.add(w.lemma);
    else if (w.shape === 'title' && tokens[k - 1]!.kind === 'word') usage.named.add(w.lemma);
  }
  return usage;
}

/**
 * A body named by a common word, opening a sentence (Еврокомиссия, Локомотив): a name when the
 * document never writes the word in lower case, and it is long (compound names are) or the
 * document capitalises it elsewhere too.
 */
function usedAsName(word: WordInfo, usage: WordUsage): boolean {
  if (usage.lower.has(word.lemma)) return false;
  return word.folded.length >= 9 || usage.named.has(word.lemma);
}

/** «Госдепартамент США …», «Минфин Японии …»: a body's name and its country, even at a sentence start. */
function placeFollows(ctx: NerContext, i: number): boolean {
  const next = ctx.words[i];
  if (!next || ctx.tokens[i]!.kind !== 'word' || !adjacent(ctx, i - 1, i)) return false;
  return (next.shape === 'upper' && next.folded.length <= 3) || (next.shape === 'title' && hasGram(next, 'Geox', 0.3));
}

function isSurnameForm(word: WordInfo, surname: string): boolean {
  return word.folded === surname || word.lemma === surname || word.lemma + 'а' === surname;
}

/** Tokens of all-capitals lines (headlines): there capitals say nothing about names. */
function headlineTokens(sentences: readonly Sentence[], words: readonly WordInfo[]): Uint8Array {
  const marks = new Uint8Array(words.length);
  for (const s of sentences) {
    let upper = 0;
    let cased = 0;
    for (let k = s.tokens[0]; k < s.tokens[1]; k++) {
      const shape = words[k]!.shape;
      if (shape === 'none') continue;
      cased++;
      if (shape === 'upper') upper++;
    }
    if (cased >= 3 && upper / cased > 0.6) marks.fill(1, s.tokens[0], s.tokens[1]);
  }
  return marks;
}
