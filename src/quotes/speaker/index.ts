import { agreesWithCue, COMMON_RANK, nounPhrases, pickBest, type NounPhrase } from '../../clauses/noun-phrases.js';
import { adjectivesBefore, isBoundary, isRelative, isShortName, joinedNoun, opensTime, phraseEnd } from '../../clauses/phrase-extent.js';
import { ADJECTIVE_POS } from '../../morph/agreement.js';
import { fold } from '../../morph/key.js';
import { isGoverned, isNominativeMention, nominativeFirstName } from '../../clauses/subject.js';
import { ASIDE_POS, CLAUSE_VERB_POS, COORDINATING_AND, functionWord, NOMINATIVE_PRONOUNS, PARENTHETICALS, POSSESSIVES, PREPOSITIONS, QUANTIFIERS, REFLEXIVE_POSSESSIVES, TIME_NOUNS } from '../../clauses/words.js';
import { wordList, wordSet } from '../../dict/words.js';
import { isSpeakerPronoun } from '../../resolve/index.js';
import type { Cue } from '../../types.js';
import { isPunct, isWordOf, mentionEnd, sentenceRange, type QuoteContext } from '../context.js';
import { cueAt } from '../cues.js';
import { pairBefore } from './pair.js';
import { settle, withNamesake } from './settle.js';
import type { Speaker } from './types.js';

/**
 * Who said it. A speaker is a noun phrase near the cue: a named mention (person,
 * organisation, or a country acting), a pronoun, a role (спецпредставитель президента РФ)
 * or an unnamed source (источник в правительстве, критики). This module finds the phrase
 * around a cue; clauses/ says which phrases qualify (noun-phrases, subject, phrase-extent),
 * and the resolver what a pronoun or a role stands for (settle asks it).
 */

export type { Speaker, SpeakerKind } from './types.js';

/** «который» in the nominative: a relative that is itself the clause's subject (Олег, который заявил). */
const NOMINATIVE_RELATIVES = wordSet('nominative-relatives');
const LOCATIVE_PREPOSITIONS = wordSet('locative-source-prepositions');
const GERUND_ENDINGS = wordList('gerund-endings');
const DISTRICT_NOUNS = wordSet('district-nouns');
const PLACE_RELATIVES = wordSet('place-relatives');
const NARRATOR_CONJUNCTIONS = wordSet('narrator-conjunctions');
const ADDITIVE_PARTICLES = wordSet('additive-particles');

/** A speaker given as a pronoun inside the cue itself: «по его словам», «по её мнению». */
export function pronounInCue(ctx: QuoteContext, from: number, to: number): Speaker | null {
  for (let i = from; i < to; i++) {
    const folded = ctx.words[i]!.folded;
    if (!isSpeakerPronoun(folded) || NOMINATIVE_PRONOUNS.has(folded)) continue;
    // «…, сообщил вице-губернатор края. По его словам, …»: the unnamed source of the sentence before.
    const { entity, antecedent, group } = ctx.resolver.pronoun(i, 'speaker');
    return antecedent ? { from: i, to: i + 1, kind: 'pronoun', entity: null, antecedent } : { from: i, to: i + 1, kind: 'pronoun', entity, ...(group && { group }) };
  }
  return null;
}

/** The speaker after a cue: «— заявил Кирилл Дмитриев», «по словам источника», «сообщает Reuters». */
export function speakerAfter(ctx: QuoteContext, from: number, cue: Cue | null, subject = true): Speaker | null {
  return coordinated(ctx, phraseAfter(ctx, from, cue, subject), cue);
}

/**
 * «Сбербанк и ВТБ заявили», «по словам Ивана Петрова и Анны Смирновой»: a name joined by «и» to
 * another of the same kind speaks together with it, unless the verb is singular.
 */
function coordinated(ctx: QuoteContext, speaker: Speaker | null, cue: Cue | null): Speaker | null {
  if (!speaker || speaker.kind !== 'mention' || !speaker.entity || cue?.number === 'sg') return speaker;
  const own = ctx.mentionAt[speaker.from] ?? -1;
  const type = own === -1 ? null : ctx.mentions[own]!.type;
  if (type !== 'PER' && type !== 'ORG') return speaker;
  const other = (m: number) => (m === -1 || ctx.mentions[m]!.type !== type || ctx.mentions[m]!.entity === speaker.entity ? null : ctx.mentions[m]!);
  const next = isWordOf(ctx, speaker.to, COORDINATING_AND) ? other(ctx.mentionAt[speaker.to + 1] ?? -1) : null;
  if (next && next.tokens[0] === speaker.to + 1) return { from: speaker.from, to: next.tokens[1], kind: 'source', entity: null, group: [speaker.entity, next.entity], governed: speaker.governed };
  const before = speaker.from > 1 && isWordOf(ctx, speaker.from - 1, COORDINATING_AND) ? other(ctx.mentionAt[speaker.from - 2] ?? -1) : null;
  if (before && before.tokens[1] === speaker.from - 1) return { from: before.tokens[0], to: speaker.to, kind: 'source', entity: null, group: [before.entity, speaker.entity], governed: speaker.governed };
  return speaker;
}

function phraseAfter(ctx: QuoteContext, cueEnd: number, cue: Cue | null, subject: boolean): Speaker | null {
  const [, sentenceEnd] = sentenceRange(ctx, Math.max(0, cueEnd - 1));
  // «Об этом сообщил и директор завода»: the particle says the source is one more; the subject follows it.
  const from = cue && isWordOf(ctx, cueEnd, ADDITIVE_PARTICLES) && ctx.tokens[cueEnd + 1]?.kind === 'word' && cueEnd + 1 < sentenceEnd ? cueEnd + 1 : cueEnd;
  let to = from;
  let skipped = 0;
  while (to < sentenceEnd && to - from - skipped < 16) {
    // «пресс-секретаря Фонда борьбы с коррупцией (ФБК) Киры Ярмыш»: a name's gloss in brackets does not end the phrase.
    const close = nameGlossEnd(ctx, to, sentenceEnd);
    if (close !== -1) {
      skipped += close + 1 - to;
      to = close + 1;
      continue;
    }
    // «по словам правительства и губернатора области»: «и» before a noun in the same oblique case joins it to the phrase.
    if (isBoundaryAfter(ctx, to, from) && joinedNoun(ctx, to, sentenceEnd) === -1) break;
    to++;
  }
  const addressed = subject ? addresseeThenPlace(ctx, from, to, cue) : null;
  if (addressed) return addressed;
  const phrases = withoutPrepositionalTail(ctx, withoutAddressee(ctx, nounPhrases(ctx, from, to, subject)));
  const found = subject ? phrases : withoutNominativeClause(ctx, phrases);
  const best = pickBest(found);
  const speaker = (best && (best.kind === 'title' || best.kind === 'source') ? nameClosingApposition(ctx, best.to, sentenceEnd) : null) ??
    deputyOfNamed(ctx, found, best, subject) ?? settle(ctx, best, from, cue);
  if (speaker && !subject) speaker.governed = true;
  // «Об этом сообщили в аукционном доме»: a cue may end with the preposition the source is named after.
  const locative = from > 0 && isWordOf(ctx, from - 1, LOCATIVE_PREPOSITIONS);
  return speaker ?? (cue?.number === 'pl' || locative ? locativeSource(ctx, locative ? from - 1 : from, to, cue) : null);
}

/**
 * «Как пояснили «Ъ» в Минэнерго», «сообщили ТАСС в мэрии»: a medium right after an impersonal
 * plural cue and before «в X» is the addressee; the place of speech is the source, as in
 * «пояснили в Минэнерго». The speaker there, or null.
 */
function addresseeThenPlace(ctx: QuoteContext, from: number, to: number, cue: Cue | null): Speaker | null {
  if (cue?.number !== 'pl') return null;
  let k = from;
  while (k < to && ctx.tokens[k]!.kind === 'quote') k++;
  const m = ctx.mentionAt[k] ?? -1;
  if (m === -1 || ctx.mentions[m]!.type !== 'ORG' || ctx.mentions[m]!.tokens[0] !== k) return null;
  k = ctx.mentions[m]!.tokens[1];
  while (k < to && ctx.tokens[k]!.kind === 'quote') k++;
  // «сообщили «Известия» в своём канале»: «свой» points back to the subject, which the name is.
  if (!isWordOf(ctx, k, LOCATIVE_PREPOSITIONS) || isWordOf(ctx, k + 1, REFLEXIVE_POSSESSIVES)) return null;
  return locativeSource(ctx, k, to, cue);
}

/** Longest gloss in brackets after a name: its abbreviation or its name in the original language. */
const GLOSS_REACH = 8;

/**
 * «Фонда борьбы с коррупцией (ФБК)», «союза (Unión Nacional de Ciudadanos Éticos)»: brackets right
 * after an organisation's name holding a few words and no punctuation; the closing bracket, or -1.
 */
function nameGlossEnd(ctx: QuoteContext, k: number, end: number): number {
  if (!isPunct(ctx, k, '(') || k === 0) return -1;
  const last = ctx.tokens[k - 1]!.kind === 'quote' && k > 1 ? k - 2 : k - 1;
  const before = ctx.mentionAt[last] ?? -1;
  if (before === -1 || ctx.mentions[before]!.type !== 'ORG') return -1;
  for (let j = k + 1; j < Math.min(end, k + 1 + GLOSS_REACH); j++) {
    if (isPunct(ctx, j, ')')) return j > k + 1 ? j : -1;
    if (ctx.tokens[j]!.kind !== 'word') return -1;
  }
  return -1;
}

/** A word of a date or an hour: a time noun, a number, a preposition before them. */
function isTimeWord(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.kind === 'number') return true;
  return t.kind === 'word' && (TIME_NOUNS.has(ctx.words[k]!.folded) || PREPOSITIONS.has(ctx.words[k]!.folded));
}

/** The token after a run of date words ending at a comma, or -1: «в среду,», «3 октября 2018 года,». */
function pastTimeRun(ctx: QuoteContext, k: number, sentenceEnd: number): number {
  let dated = false;
  for (; k < sentenceEnd; k++) {
    if (isPunct(ctx, k, ',')) return dated ? k + 1 : -1;
    if (!isTimeWord(ctx, k)) return -1;
    dated ||= !PREPOSITIONS.has(ctx.words[k]?.folded ?? '');
  }
  return -1;
}

/**
 * «— заявил в среду, 3 октября 2018 года, министр X»: a time adverbial after the cue with a
 * date set off by commas stands between the cue and its subject; the subject follows it.
 */
export function pastDatedAside(ctx: QuoteContext, from: number): number {
  const [, sentenceEnd] = sentenceRange(ctx, Math.max(0, from - 1));
  const first = pastTimeRun(ctx, from, sentenceEnd);
  const second = first === -1 ? -1 : pastTimeRun(ctx, first, sentenceEnd);
  // «— заявил в среду, 3 октября, на брифинге …»: the adverbial goes on; no subject follows.
  return second === -1 || isWordOf(ctx, second, PREPOSITIONS) ? from : second;
}

/**
 * «слова представителя генсека ООН Антониу Гутерриша»: a person named right after a deputy role
 * and its principal, in the principal's case, is the principal; the deputy, unnamed, speaks.
 */
function deputyOfNamed(ctx: QuoteContext, found: NounPhrase[], best: NounPhrase | undefined, subject: boolean): Speaker | null {
  if (!best || best.kind !== 'mention' || best.mention!.type !== 'PER') return null;
  // The outermost phrase ending at the name (представителя генсека ООН, not генсека ООН).
  // «матери Майкла Джексона»: a role only a woman holds, its phrase running on through a man's name, is of him.
  const role = found.find((f) => f.to === best.from && (f.kind === 'title' || f.kind === 'source')) ??
    found.find((f) => f.kind === 'title' && f.from < best.from && f.to >= best.to && ctx.resolver.womanOfMan(f.from, best.from));
  if (!role || !ctx.resolver.namesPrincipal(role.from, best.from)) return null;
  return { from: role.from, to: best.to, kind: 'source', entity: null, governed: !subject };
}

/** Longest gloss in brackets a closing name may carry (its party, its age). */
const CLOSING_GLOSS = 8;

/** The token before the bracket that opens the gloss closed at `close`, or `close` where none opens within reach. */
function beforeGloss(ctx: QuoteContext, close: number, from: number): number {
  for (let k = close - 1; k > Math.max(from, close - CLOSING_GLOSS); k--) {
    if (isPunct(ctx, k, '(')) return k - 1;
    if (isPunct(ctx, k, ')')) return close;
  }
  return close;
}

/** How far a chain of appositions may run from the role to the name that closes it. */
const APPOSITION_REACH = 40;

/**
 * «— отметил заместитель главного судьи, олимпийский чемпион (1996), бронзовый призёр …
 * Николай Крюков.»: a role after the cue, continued by appositions after a comma, is the person
 * whose name closes the sentence; no verb may stand between (that would open a clause).
 */
function nameClosingApposition(ctx: QuoteContext, phraseEnd: number, sentenceEnd: number): Speaker | null {
  if (!isPunct(ctx, phraseEnd, ',')) return null;
  let last = sentenceEnd - 1;
  while (last > phraseEnd && (ctx.tokens[last]!.kind === 'punct' || ctx.tokens[last]!.kind === 'quote') && !isPunct(ctx, last, ')')) last--;
  // «…, первый зампред комитета Андрей Красов («Единая Россия»).»: a gloss in brackets after the name closes nothing.
  if (isPunct(ctx, last, ')')) last = beforeGloss(ctx, last, phraseEnd);
  if (last - phraseEnd > APPOSITION_REACH) return null;
  const m = ctx.mentionAt[last] ?? -1;
  if (m === -1 || ctx.mentions[m]!.type !== 'PER') return null;
  const start = ctx.mentions[m]!.tokens[0];
  // «источник, близкий к Ивану Петрову»: a name in another case is a complement.
  if (isGoverned(ctx, start) || !isNominativeMention(ctx, start, last + 1, true)) return null;
  for (let k = phraseEnd + 1; k < start; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1) continue;
    if (CLAUSE_VERB_POS.has(ctx.analyseWord(ctx.words[k]!)[0]?.pos ?? '') || isRelative(ctx, k)) return null;
  }
  return { from: start, to: last + 1, kind: 'mention', entity: ctx.mentions[m]!.entity };
}

/**
 * Two dashes after `segment` before the cue with no comma after the second: the apposition
 * they enclose, as [open, close] dash tokens; null where there is none.
 */
function dashAside(ctx: QuoteContext, segment: number, cueFrom: number): [number, number] | null {
  let close = -1;
  for (let k = cueFrom - 1; k > segment; k--) {
    if (!isPunct(ctx, k, '—–')) continue;
    if (close === -1) close = k;
    else return [k, close];
  }
  return null;
}

/** Longest run of quote marks read as one opening mark (''). */
const QUOTE_RUN = 3;

/**
 * A comma ends the phrase unless a name in quotes follows (газеты «Известия»). A mention is
 * not cut inside («в министерстве курортов и туризма»), nor is a short quoted name that the
 * speaker follows («рассказал «Известиям» аналитик», «в беседе с «Газетой.Ru» эксперт»).
 */
function isBoundaryAfter(ctx: QuoteContext, i: number, from: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.kind === 'quote' && i === from) return false;
  if (i > from && ctx.mentionAt[i] !== -1 && ctx.mentionAt[i] === ctx.mentionAt[i - 1]) return false;
  // «как сообщил А. Кудрин», «по словам И. Петрова»: an initial that reads as a conjunction (а, и)
  // opens the name, not a clause, when the name's mention goes on after it.
  if (t.kind === 'word' && ctx.mentionAt[i] !== -1 && ctx.mentionAt[i + 1] === ctx.mentionAt[i]) return false;
  if (t.kind === 'quote' && isShortName(ctx, i)) return false;
  // «компания ''Live Nation''»: marks doubled (wiki italics) open a name as one mark does.
  let next = i + 1;
  while (t.kind === 'quote' && next < i + QUOTE_RUN && ctx.tokens[next]?.kind === 'quote') next++;
  return isBoundary(ctx, i) && !(t.kind === 'quote' && ctx.mentionAt[next] !== -1);
}

/**
 * «как сообщил ТАСС источник», «рассказал РИА Новости представитель МЧС», «сообщила РБК его
 * помощница»: a medium right after the cue and right before another speaker phrase (a possessive
 * may open it) is the addressee (a dative that an indeclinable name cannot show), not the
 * speaker.
 */
function withoutAddressee(ctx: QuoteContext, found: NounPhrase[]): NounPhrase[] {
  return found.filter((f, j) => {
    const next = found[j + 1];
    if (!next || f.kind !== 'mention' || f.mention!.type !== 'ORG') return true;
    let gap = f.to;
    while (gap < next.from && (ctx.tokens[gap]!.kind === 'quote' || POSSESSIVES.has(ctx.words[gap]!.folded))) gap++;
    return gap !== next.from || (next.kind === 'mention' && next.mention!.type !== 'PER');
  });
}

/**
 * «— сказал глава государства на совещании по поправкам в закон «О милиции»»: once the subject
 * after the cue is read, a preposition opens an adverbial; the names inside it are not speakers.
 */
function withoutPrepositionalTail(ctx: QuoteContext, found: NounPhrase[]): NounPhrase[] {
  const first = found[0];
  if (!first) return found;
  let cut = -1;
  for (let k = first.to; k < (found.at(-1)?.from ?? first.to); k++) {
    if (ctx.tokens[k]!.kind === 'word' && PREPOSITIONS.has(ctx.words[k]!.folded)) {
      cut = k;
      break;
    }
  }
  return cut === -1 ? found : found.filter((f) => f.from < cut);
}

/**
 * «По словам врачей Ричард Бах находился …», «По сведениям некоторых изданий Кинчев находится …»:
 * a frame that governs its source and has no comma after it; a person named after the source in
 * a form that can only be nominative is the subject of the reported clause, which starts there.
 */
function withoutNominativeClause(ctx: QuoteContext, found: NounPhrase[]): NounPhrase[] {
  const cut = found.findIndex((f, j) => j > 0 && f.kind === 'mention' && f.mention!.type === 'PER' && nominativeOnly(ctx, f.from, f.to));
  return cut === -1 ? found : found.slice(0, cut);
}

/** A man's surname suffix (Кинчев; of him, Кинчева). */
const SURNAME_SUFFIXES = wordList('surname-suffixes');

/** The name can only be nominative: a first name of our list in its nominative form, or a surname ending in its bare suffix. */
function nominativeOnly(ctx: QuoteContext, from: number, to: number): boolean {
  if (nominativeFirstName(ctx, from, to)) return true;
  const last = to - 1;
  return ctx.tokens[last]!.kind === 'word' && SURNAME_SUFFIXES.some((suffix) => ctx.words[last]!.folded.endsWith(suffix));
}

/** The subject before a cue: «Дмитриев, являвшийся …, отметил», «Глава МИД заявил», «Критики говорят». */
export function speakerBefore(ctx: QuoteContext, cueFrom: number, cue: Cue | null, limitFrom?: number): Speaker | null {
  return coordinated(ctx, subjectBefore(ctx, cueFrom, cue, limitFrom), cue);
}

function subjectBefore(ctx: QuoteContext, cueFrom: number, cue: Cue | null, limitFrom?: number): Speaker | null {
  const [sentenceStart] = sentenceRange(ctx, cueFrom);
  const document = cue?.kind === 'document';
  // «…, но из пояснительной записки следует, что П»: a text cue read back to front names its text right after «из».
  const from = Math.max(sentenceStart, limitFrom ?? sentenceStart, document ? sourceOpening(ctx, sentenceStart, cueFrom, cue!) : -1);
  // «В Москве отмечается, что …»: a text speaks for its author; a place is only where it was said.
  const framed = frameBefore(ctx, from, cueFrom);
  const phrases = nounPhrases(ctx, from, cueFrom, !document).map((f) => withNamesake(ctx, f, cue));
  const pair = cue?.number === 'pl' ? pairBefore(phrases, ctx, cueFrom) : null;
  if (pair) return pair;
  // «Айман аль-Завахири, в обращении на сайтах (которые считаются рупором движения) заявил»: an aside in
  // brackets closed before the cue is no part of the clause; neither its phrases nor its «который» speak.
  const inAside = insideBrackets(ctx, from, cueFrom);
  const found = phrases.filter((f) => agreesWithCue(f, cue, ctx.resolver.genderOf) && !(document && f.mention?.type === 'LOC') &&
    !(framed && f.from >= framed[0] && f.to <= framed[1]) && !placeComplement(ctx, f) && !inAside(f.from));
  // «Критики говорят, что …, сторонники пишут, что …»: a subject right before the cue, with
  // no comma between, wins; else the clause's first (Дмитриев, являвшийся …, отметил).
  // A gerund (…, заявляя, что) has the subject of the whole clause: its first name.
  // «X напомнил, что …, и добавил, что …», «…, однако напомнил»: a verb joined to the one before shares its subject too.
  const gerund = (!!cue && cue.gender === '-' && cue.number === '-' && GERUND_ENDINGS.some((ending) => cue.form.endsWith(ending))) || joinedPredicate(ctx, from, cueFrom);
  // «фильм, в котором многие женщины рассказали»: a relative clause still open at the cue
  // names its own subject after the pronoun; with none there the pronoun is the subject when
  // nominative (Олег, который заявил: the antecedent speaks), and otherwise the clause is
  // impersonal (глава, которого называли …): no one is named.
  // «характеристику из колонии, где говорится»: «где» places the words in the text before it, as «в котором» does.
  if (document && cueFrom >= 2 && isWordOf(ctx, cueFrom - 1, PLACE_RELATIVES) && isPunct(ctx, cueFrom - 2, ',')) {
    const text = documentBefore(ctx, from, cueFrom - 2);
    if (text) return settle(ctx, text, cueFrom, cue);
  }
  if (isParticiple(ctx, cueFrom)) return participleSubject(ctx, from, cueFrom, cue);
  const relative = lastRelative(ctx, from, cueFrom, inAside);
  if (relative >= 0 && lastComma(ctx, relative, cueFrom) < relative) {
    const inClause = found.filter((f) => f.from > relative);
    if (inClause.length > 0) return settle(ctx, pickBest(inClause), cueFrom, cue);
    // «заявление пресс-службы, в котором сказано»: a text the relative places the words in speaks for its author.
    const inText = document && isWordOf(ctx, relative - 1, LOCATIVE_PREPOSITIONS);
    if (!NOMINATIVE_RELATIVES.has(ctx.words[relative]!.folded) && !inText) {
      // «X прочёл письмо, в котором заявил, что …»: a personal verb with no subject of its own
      // shares the main clause's, which opens the sentence before the relative clause.
      if (cue?.kind !== 'verb' || cue.number !== 'sg' || (cue.gender !== 'm' && cue.gender !== 'f')) return null;
      const subject = found.find((f) => f.to <= relative && f.rank > COMMON_RANK);
      return subject && opensClause(ctx, firstWord(ctx, from), subject.from) ? settle(ctx, subject, cueFrom, cue) : null;
    }
    // «…, встретился с Олегом, который заявил»: the phrase right before «, который» speaks, in any case.
    if (inText) return settle(ctx, textBefore(ctx, from, relative - 1), cueFrom, cue);
    // A name ending there (активиста Олега Орлова: Олег Орлов), else the outermost phrase: «представителя
    // американского правительства», not its complement.
    const ending = isPunct(ctx, relative - 1, ',') ? nounPhrases(ctx, from, relative - 1, false).filter((f) => f.to === relative - 1) : [];
    const antecedent = ending.find((f) => f.kind === 'mention' && f.mention!.type !== 'LOC') ?? ending[0];
    if (antecedent) return settle(ctx, antecedent, cueFrom, cue);
  }
  const segment = gerund ? cueFrom : lastComma(ctx, from, cueFrom);
  // A common noun is the main clause's subject only where no known kind of speaker stands before it.
  // Its subject is the clause's first phrase, or the name a role opens with (Глава района Иван Сидоров открыл школу, подчеркнув).
  if (gerund && found.length > 0) {
    const first = found.findIndex((f) => f.rank !== COMMON_RANK);
    const subject = found[Math.max(first, 0)]!;
    const named = (subject.kind === 'title' || subject.kind === 'source') ? holderAfterRole(ctx, found, subject) ?? subject : subject;
    return namedInApposition(ctx, settle(ctx, named, cueFrom, cue));
  }
  // «Круз, ставший сенатором, — один из фаворитов движения — намекал»: an apposition between dashes is no subject.
  const dashes = dashAside(ctx, segment, cueFrom);
  const near = found.filter((f) => f.from > segment && !(dashes && f.from > dashes[0] && f.to <= dashes[1]));
  // «Сильвио Берлускони, который является лидером партии, за час до заявления Монти сообщил»: a
  // relative clause closed before the cue leaves its antecedent the subject; a name after it is
  // another phrase's complement, unless its form can only be nominative.
  const antecedent = relative >= 0 && isPunct(ctx, relative - 1, ',') ? found.find((f) => f.to === relative - 1 && f.rank > COMMON_RANK) : undefined;
  if (antecedent && near.length > 0 && !near.some((f) => f.kind === 'mention' && nominativeOnly(ctx, f.from, f.to))) return namedInApposition(ctx, settle(ctx, antecedent, cueFrom, cue));
  // «…, о чём объявил постпред России при ООН Виталий Чуркин»: a clause opened only by such words has its subject after the verb.
  if (near.length === 0 && invertedClause(ctx, segment, cueFrom)) return null;
  const aside = near.length === 0 ? participleAside(ctx, from, segment, cueFrom) : -1;
  const before = aside === -1 ? [] : found.filter((f) => f.to <= aside);
  const pool = near.length > 0 ? near : before.length > 0 ? before : found;
  const best = pickBest(pool);
  // «Внучка Ван Цзюня, Клэр Ван, писала»: someone of the person named, named in turn between commas.
  const deputy = deputyOfNamed(ctx, pool, best, true);
  const speaker = deputy ? appositionPerson(ctx, deputy.to) ?? deputy : namedInApposition(ctx, settle(ctx, best, cueFrom, cue));
  return speaker ?? (cue?.number === 'pl' || document ? locativeSource(ctx, from, cueFrom, cue) : null);
}

/** A cue read as an active participle (утверждающая, заявивший), never as a finite verb. */
function isParticiple(ctx: QuoteContext, cueFrom: number): boolean {
  if (ctx.tokens[cueFrom]?.kind !== 'word') return false;
  const analyses = ctx.analyseWord(ctx.words[cueFrom]!);
  return analyses.some((a) => a.pos === 'PRTF') && !analyses.some((a) => a.pos === 'VERB');
}

/**
 * «Активистка Мария Иванова, утверждающая, что …»: a participle set off by a comma describes
 * the phrase that ends at the comma and agrees with it; that phrase speaks, in any case
 * (встретился с депутатом, заявившим, что …). Placed before its noun, or with no phrase that
 * agrees, it names no one.
 */
function participleSubject(ctx: QuoteContext, from: number, cueFrom: number, cue: Cue | null): Speaker | null {
  const comma = cueFrom - 1;
  if (!isPunct(ctx, comma, ',')) return null;
  const ending = nounPhrases(ctx, from, comma, false).filter((f) => f.to === comma && agreesWithCue(f, cue, ctx.resolver.genderOf));
  const antecedent = ending.find((f) => f.kind === 'mention' && f.mention!.type !== 'LOC') ?? ending[0];
  return antecedent ? settle(ctx, withQuantifier(ctx, antecedent, from), cueFrom, cue) : null;
}

/**
 * «выступил ряд религиозных лидеров, заявивших»: the participle agrees with the counted noun, but a
 * quantifier right before it (ряд, несколько, большинство, часть) heads the group that speaks.
 */
function withQuantifier(ctx: QuoteContext, phrase: NounPhrase, from: number): NounPhrase {
  const k = phrase.from - 1;
  if (phrase.kind === 'mention' || k < from || ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1 || ctx.words[k]!.shape === 'upper') return phrase;
  // Not «рядом», an adverb first (whose nominative the namer would not find); «несколько» is an adverb of its own lemma.
  const readings = ctx.analyseWord(ctx.words[k]!);
  const counts = readings.some((a) => (a.pos === 'NOUN' || a.pos === 'NUMR') && QUANTIFIERS.has(fold(a.lemma))) && QUANTIFIERS.has(fold(readings[0]!.lemma));
  const genitive = ctx.analyseWord(ctx.words[phrase.from]!).some((a) => a.grams.includes('gent') && a.grams.includes('plur'));
  return counts && genitive ? { ...phrase, from: k } : phrase;
}

/** Tokens a role's tail may leave between the phrase found and its holder's name (от России in «судья ЕСПЧ от России Иван Петров»). */
const HOLDER_GAP = 3;

/**
 * «Глава района Иван Сидоров открыл школу, подчеркнув», «Судья ЕСПЧ от России Иван Петров … высказался»:
 * the person named right after a role phrase, or past a few words of its tail that are no verb
 * nor punctuation, holds the role.
 */
function holderAfterRole(ctx: QuoteContext, found: readonly NounPhrase[], role: NounPhrase): NounPhrase | null {
  const next = found.find((f) => f.from >= role.to && f.kind === 'mention' && f.mention!.type === 'PER');
  // «адвокат обвиняемого Ивана Петрова»: a name in another case is the role's complement.
  if (!next || next.from - role.to > HOLDER_GAP || !isNominativeMention(ctx, next.from, next.to, true)) return null;
  for (let k = role.to; k < next.from; k++) {
    if (ctx.tokens[k]!.kind !== 'word') return null;
    if (ctx.mentionAt[k] === -1 && CLAUSE_VERB_POS.has(ctx.analyseWord(ctx.words[k]!)[0]?.pos ?? '')) return null;
  }
  return next;
}

/**
 * «Военные, захватившие здание телекомпании ZBC, объявили»: a cue right after the comma that
 * closes an aside opened by a participle; the names inside the aside are its complements, and the
 * subject stands before it. The aside's opening comma, or -1.
 */
function participleAside(ctx: QuoteContext, from: number, comma: number, cueFrom: number): number {
  if (comma !== cueFrom - 1 || !isPunct(ctx, comma, ',')) return -1;
  const open = lastComma(ctx, from, comma);
  if (open < from || ctx.tokens[open + 1]?.kind !== 'word') return -1;
  return ASIDE_POS.has(ctx.analyseWord(ctx.words[open + 1]!)[0]?.pos ?? '') ? open : -1;
}

/**
 * «В офисе шерифа округа Харрис сообщили»: a place right after a lower-case noun is that noun's
 * complement (where the body is), no subject of its own.
 */
function placeComplement(ctx: QuoteContext, f: NounPhrase): boolean {
  if (f.kind !== 'mention' || f.mention!.type !== 'LOC' || f.from === 0) return false;
  const k = f.from - 1;
  if (ctx.tokens[k]!.kind !== 'word' || ctx.words[k]!.shape !== 'lower') return false;
  // After a district noun the name stays nominative (округа Харрис); after another noun it is
  // a genitive only where it cannot be the subject (Власти Москвы, not «На прошлой неделе Франция»).
  if (DISTRICT_NOUNS.has(ctx.words[k]!.folded)) return true;
  return !TIME_NOUNS.has(ctx.words[k]!.folded) && ctx.analyseWord(ctx.words[k]!)[0]?.pos === 'NOUN' &&
    !ctx.analyseWord(ctx.words[f.from]!).some((a) => a.grams.includes('nomn'));
}

/**
 * «Внучка Ван Цзюня, Клэр Ван, писала»: a person after a role or kin noun is its genitive
 * complement; the name in apposition between commas is the one the noun describes.
 */
function namedInApposition(ctx: QuoteContext, speaker: Speaker | null): Speaker | null {
  if (!speaker || speaker.kind !== 'mention') return speaker;
  const before = speaker.from - 1;
  if (before < 0 || ctx.tokens[before]!.kind !== 'word' || ctx.mentionAt[before] !== -1 || !ctx.titles.has(ctx.words[before]!.key)) return speaker;
  return appositionPerson(ctx, speaker.to) ?? speaker;
}

/**
 * «, Дэвида Маккина,», «, епископа Апостольской церкви Григория Петрова,»: a person's name
 * between commas, alone or after a role of its own.
 */
export function appositionPerson(ctx: QuoteContext, comma: number): Speaker | null {
  if (!isPunct(ctx, comma, ',')) return null;
  const start = ownRoleEnd(ctx, comma + 1);
  const m = ctx.mentionAt[start] ?? -1;
  if (m === -1 || ctx.mentions[m]!.type !== 'PER' || ctx.mentions[m]!.tokens[0] !== start) return null;
  const end = mentionEnd(ctx, start);
  return isPunct(ctx, end, ',') ? { from: start, to: end, kind: 'mention', entity: ctx.mentions[m]!.entity } : null;
}

/** Where the name after a role opening at `k` starts (its adjectives, the role word, its genitive tail); `k` where no role opens. */
function ownRoleEnd(ctx: QuoteContext, k: number): number {
  if (ctx.tokens[k]?.kind !== 'word' || ctx.mentionAt[k] !== -1) return k;
  const head = pastAdjectives(ctx, k);
  if (ctx.words[head]?.shape !== 'lower' || !ctx.titles.has(ctx.words[head]!.key)) return k;
  const [, sentenceEnd] = sentenceRange(ctx, k);
  return phraseEnd(ctx, head, sentenceEnd);
}

/**
 * The phrase «в котором» at `prep` refers to: the whole phrase ending right before it, with or
 * without the comma (заявление пресс-службы митрополии, в котором), so its text and its author.
 */
function textBefore(ctx: QuoteContext, from: number, prep: number): NounPhrase | undefined {
  const end = isPunct(ctx, prep - 1, ',') ? prep - 1 : prep;
  return nounPhrases(ctx, from, end, false).find((f) => f.to === end);
}

/** How far back from a comma a text noun is looked for: its phrase's own length. */
const TEXT_REACH = 8;

/**
 * «характеристику из колонии, где»: the text noun of the clause ending at the comma, with its
 * adjectives and genitive tail; a preposition after it (из колонии) only says where it came from.
 */
function documentBefore(ctx: QuoteContext, from: number, comma: number): NounPhrase | undefined {
  for (let k = comma - 1; k >= Math.max(from, comma - TEXT_REACH) && !isBoundary(ctx, k); k--) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1 || !ctx.documentNouns.has(ctx.words[k]!.key)) continue;
    const to = isWordOf(ctx, k + 1, PREPOSITIONS) ? k + 1 : phraseEnd(ctx, k, comma);
    return { from: adjectivesBefore(ctx, k, from), to, kind: 'source', rank: COMMON_RANK };
  }
  return undefined;
}

const INVERTED_OPENERS = wordSet('inverted-clause-openers');

/** Between the comma at `comma` and the cue there are words, and all open an inverted clause (о чём, как, где). */
function invertedClause(ctx: QuoteContext, comma: number, cueFrom: number): boolean {
  if (!isPunct(ctx, comma, ',') || cueFrom - comma < 2) return false;
  for (let k = comma + 1; k < cueFrom; k++) if (!isWordOf(ctx, k, INVERTED_OPENERS)) return false;
  return true;
}

/** The first word token from `from`: where a clause's subject stands (past an opening conjunction or adverb it is not). */
/**
 * The phrase at `at` is the sentence's subject, with only a circumstance before it (Ранее, В понедельник
 * Иван Орлов записал …): no comma and no verb between the sentence's first word and it.
 */
function opensClause(ctx: QuoteContext, first: number, at: number): boolean {
  for (let k = first; k < at; k++) {
    if (ctx.tokens[k]!.kind !== 'word') {
      if (isPunct(ctx, k, ',;:—–()')) return false;
      continue;
    }
    if (ctx.mentionAt[k] !== -1) continue;
    if (ctx.analyseWord(ctx.words[k]!).some((a) => VERB_FORMS.has(a.pos))) return false;
  }
  return true;
}

/** Parts of speech that are a predicate or a clause of their own. */
const VERB_FORMS = new Set(['VERB', 'INFN', 'PRTF', 'PRTS', 'GRND']);

function firstWord(ctx: QuoteContext, from: number): number {
  let k = from;
  while (k < ctx.tokens.length && ctx.tokens[k]!.kind !== 'word') k++;
  return k;
}

/** Tokens before a cue within which a source frame is looked for. */
const FRAME_REACH = 40;

/**
 * «По сообщению агентства AP, жители Эквадора … жалуются»: a source frame before the cue, up to
 * its comma, names who reports the clause, not the clause's subject. Its token range, or null.
 */
function frameBefore(ctx: QuoteContext, from: number, to: number): [number, number] | null {
  // A constant reach, so that each cue costs O(1) however long its sentence.
  for (let k = Math.max(from, to - FRAME_REACH); k < to; k++) {
    const frame = cueAt(ctx, k, ['source']);
    if (!frame) continue;
    let end = frame.to;
    while (end < to && !isPunct(ctx, end, ',')) end++;
    return end < to ? [frame.from, end] : null;
  }
  return null;
}

/** The preposition a text cue's lemma ends with (следует из: «из»), or ''. */
function sourcePreposition(cue: Cue): string {
  const space = cue.lemma.lastIndexOf(' ');
  return space === -1 ? '' : cue.lemma.slice(space + 1);
}

/**
 * «Из документа следует, что П»: a text cue whose source stands before it after the preposition
 * its lemma ends with (из); the preposition, no comma between, or -1. Of «в» (в тексте говорится) nothing
 * is asked: the place or time it may name is told apart later.
 */
function sourceOpening(ctx: QuoteContext, from: number, cueFrom: number, cue: Cue): number {
  const preposition = sourcePreposition(cue);
  if (preposition !== FROM) return -1;
  for (let k = cueFrom - 1; k >= Math.max(from, cueFrom - FRAME_REACH) && !isPunct(ctx, k, ','); k--) {
    if (ctx.tokens[k]!.kind === 'word' && ctx.words[k]!.folded === FROM) return k;
  }
  return -1;
}

const FROM = functionWord('text-source');

/**
 * «…, и добавил», «… и также выразил мнение», «…, однако напомнил»: a conjunction (past adverbs)
 * right before the cue joins it to an earlier verb of the clause; it names no subject of its own.
 */
function joinedPredicate(ctx: QuoteContext, from: number, cueFrom: number): boolean {
  let k = cueFrom - 1;
  while (k > from && ctx.tokens[k]!.kind === 'word' && ctx.analyseWord(ctx.words[k]!)[0]?.pos === 'ADVB') k--;
  return k > from && isWordOf(ctx, k, NARRATOR_CONJUNCTIONS);
}

/** The last form of «который» in [from, to) outside the asides, or -1. */
function lastRelative(ctx: QuoteContext, from: number, to: number, aside: (k: number) => boolean): number {
  for (let k = to - 1; k >= from; k--) if (isRelative(ctx, k) && !aside(k)) return k;
  return -1;
}

/**
 * Whether a token lies inside a bracket pair «(» … «)» that opens and closes within [from, to).
 * The pairs are summed into one coverage array by their ends, so a question costs a read however
 * many asides the stretch holds.
 */
function insideBrackets(ctx: QuoteContext, from: number, to: number): (k: number) => boolean {
  // Most clauses have no bracket: no arrays to make (asked once per cue).
  let k = from;
  while (k < to && !isPunct(ctx, k, '(')) k++;
  if (k === to) return OUTSIDE;
  const delta = new Int32Array(Math.max(0, to - from) + 1);
  const open: number[] = [];
  for (let k = from; k < to; k++) {
    if (isPunct(ctx, k, '(')) open.push(k);
    else if (isPunct(ctx, k, ')') && open.length > 0) {
      delta[open.pop()! + 1 - from]!++;
      delta[k - from]!--;
    }
  }
  const inside = new Uint8Array(delta.length);
  for (let i = 0, depth = 0; i < inside.length; i++) inside[i] = (depth += delta[i]!) > 0 ? 1 : 0;
  return (k) => k >= from && k < to && inside[k - from] === 1;
}

const OUTSIDE = () => false;

function lastComma(ctx: QuoteContext, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (isPunct(ctx, k, ',')) return k;
  return from - 1;
}

/** Words a time adverbial's noun may stand after: «в этом году», «в прошлый вторник». */
const TIME_REACH = 3;

/**
 * The phrase at k may be in the locative: a quoted or capitalised name, a word the dictionary
 * does not know, or a head noun (after its adjectives) with a locative or indeclinable reading.
 */
function mayBeLocative(ctx: QuoteContext, k: number): boolean {
  const head = pastAdjectives(ctx, k);
  if (ctx.tokens[head]?.kind !== 'word' || ctx.words[head]!.shape !== 'lower') return true;
  const analyses = ctx.analyseWord(ctx.words[head]!);
  // The morphology keeps a word's first readings only: a long list may have lost its locative.
  return analyses.length === 0 || analyses.length >= CUT_READINGS || analyses.some((a) => a.pos !== 'NOUN' || a.grams.includes('loct') || a.grams.includes('loc2') || a.grams.includes('Fixd'));
}

/** As many readings as the morphology keeps before it cuts a word's list short (morph/az-core.ts). */
const CUT_READINGS = 4;

/** Adjectives a place of speech may have before its noun (в областной клинической больнице). */
const LOCATIVE_ADJECTIVES = 3;

/** The head noun's token after up to LOCATIVE_ADJECTIVES lower-case adjectives opening at k (a word always follows them). */
function pastAdjectives(ctx: QuoteContext, k: number): number {
  let head = k;
  while (head < k + LOCATIVE_ADJECTIVES && ctx.tokens[head + 1]?.kind === 'word' && ctx.words[head]!.shape === 'lower' && ADJECTIVE_POS.has(ctx.analyseWord(ctx.words[head]!)[0]?.pos ?? '')) head++;
  return head;
}

/** «В Минздраве заявили», «как утверждают в Odebrecht»: an impersonal plural names its source with в. */
/**
 * «в Государственном музее «Царицыно» заявили»: a name that only describes a kind of body (its
 * adjectives and an organisation noun), followed by the body's own name in marks: that name speaks.
 */
function quotedNameOfKind(ctx: QuoteContext, from: number, end: number, to: number): Speaker | null {
  const quoted = ctx.index.outerByOpen.get(end);
  if (!quoted || quoted.close >= to) return null;
  const m = ctx.mentionAt[end + 1] ?? -1;
  if (m === -1 || ctx.mentions[m]!.type !== 'ORG' || ctx.mentions[m]!.tokens[1] !== quoted.close) return null;
  const last = end - 1;
  if (ctx.tokens[last]!.kind !== 'word' || !ctx.orgNouns.has(ctx.words[last]!.key)) return null;
  for (let k = from; k < last; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || !ADJECTIVE_POS.has(ctx.analyseWord(ctx.words[k]!)[0]?.pos ?? '')) return null;
  }
  return { from: end + 1, to: quoted.close, kind: 'mention', entity: ctx.mentions[m]!.entity };
}

function locativeSource(ctx: QuoteContext, from: number, to: number, cue: Cue | null): Speaker | null {
  if (to - 1 >= from && cue?.number === 'pl') {
    const there = ctx.resolver.there(to - 1);
    if (there) return { from: to - 1, to, kind: 'mention', entity: there };
  }
  for (let i = from; i < to - 1; i++) {
    if (!isWordOf(ctx, i, LOCATIVE_PREPOSITIONS) || isWordOf(ctx, i + 1, PARENTHETICALS)) continue;
    // «попал в больницу, однако позже эту информацию опровергли»: «в» with the accusative says
    // where to, not where it was said; only a phrase that may be locative is a place of speech.
    if (!mayBeLocative(ctx, i + 1)) continue;
    // «В «Газпроме» подчеркнули»: a quoted name after the preposition.
    const quoted = ctx.index.outerByOpen.get(i + 1);
    if (quoted && quoted.close < to && quoted.close - i <= 5) {
      const m = ctx.mentionAt[i + 2]!;
      return { from: i + 2, to: quoted.close, kind: m === -1 ? 'source' : 'mention', entity: m === -1 ? null : ctx.mentions[m]!.entity, governed: m === -1 };
    }
    const m = ctx.mentionAt[i + 1]!;
    // «В Ватикане подтвердили»: a place named as where it was said speaks for its authorities.
    if (m !== -1 && (ctx.mentions[m]!.type !== 'LOC' || cue?.number === 'pl')) {
      const end = mentionEnd(ctx, i + 1, to);
      return quotedNameOfKind(ctx, i + 1, end, to) ?? { from: i + 1, to: end, kind: 'mention', entity: ctx.mentions[m]!.entity };
    }
    // «в областной больнице сообщили»: the institution's noun after its adjectives.
    let head = i + 1;
    while (head < Math.min(to - 1, i + 3) && ctx.analyseWord(ctx.words[head]!)[0]?.pos === 'ADJF') head++;
    // «в аукционном доме Christie's сообщили»: a noun for a kind of body, with its name after it.
    const named = head + 1 < to && ctx.tokens[head]!.kind === 'word' && ctx.words[head]!.shape === 'lower' ? ctx.mentionAt[head + 1] ?? -1 : -1;
    // Not a lower-case body in its genitive (в пресс-службе городского управления МЧС): that is the noun's complement.
    if (named !== -1 && ctx.mentions[named]!.type === 'ORG' && ctx.mentions[named]!.tokens[0] === head + 1 && ctx.words[head + 1]!.shape !== 'lower') {
      return { from: head + 1, to: mentionEnd(ctx, head + 1, to), kind: 'mention', entity: ctx.mentions[named]!.entity };
    }
    // «Об этом сообщили в аукционном доме»: a generic noun for the kind of body the text just named (аукционным домом Christie's).
    const described = ctx.tokens[head]!.kind === 'word' && ctx.words[head]!.shape === 'lower' ? ctx.resolver.descriptor(head, head + 1) : null;
    if (described) return { from: i + 1, to: head + 1, kind: 'mention', entity: described };
    const w = ctx.words[head]!;
    // «в тексте говорится»: any text a document cue names; «в среду сообщалось» names a time, not a text.
    const text = cue?.kind === 'document' && ctx.words[i + 1]!.shape === 'lower' && !opensTime(ctx, i + 1, to, TIME_REACH);
    if (ctx.tokens[head]!.kind === 'word' && (ctx.sourceNouns.has(w.key) || ctx.titles.has(w.key) || ctx.orgNouns.has(w.key) || text)) {
      const end = phraseEnd(ctx, head, to);
      // A place inside the phrase says where the body is (в офисе шерифа округа Харрис), not who speaks.
      // A source's noun speaks itself for the body in its tail (в пресс-службе «Аэрофлота»: пресс-служба «Аэрофлота»).
      const inner = ctx.sourceNouns.has(w.key) ? undefined : nounPhrases(ctx, head + 1, end, false).find((f) => f.kind === 'mention' && f.mention!.type !== 'LOC');
      return inner
        ? { from: inner.from, to: inner.to, kind: 'mention', entity: inner.mention!.entity }
        : { from: i + 1, to: end, kind: 'source', entity: null, governed: true };
    }
  }
  return null;
}
