import type { Cue, CueKind } from '../../types.js';
import { isRelative } from '../../clauses/phrase-extent.js';
import { ASIDE_POS, COORDINATING_AND, FIRST_PERSON, functionWord, PREPOSITIONS } from '../../clauses/words.js';
import { wordList, wordMap, wordSet } from '../../dict/words.js';
import { verbAgreement } from '../../morph/agreement.js';
import { isDashToken, isPunct, isTerminal, isWord, isWordOf, quoteAt, sentenceRange, type QuoteContext } from '../context.js';
import { cueAt } from '../cues.js';
import { LEAD_IN, THAT, TRAILING } from './cue-kinds.js';

/** Where a reported clause starts and ends: trimmed of its final punctuation, cut where the narrator resumes. */

/** Drops sentence-final punctuation, and a mark opening the next sentence, from the end of a content range. */
export function trimEnd(ctx: QuoteContext, from: number, to: number): [number, number] {
  while (to > from && (isTerminal(ctx, to - 1) || isPunct(ctx, to - 1, ',;:') || opensNext(ctx, to - 1))) to--;
  return [from, to];
}

/**
 * «…, что выборы пройдут. "Если …": a straight mark after a space that closes nothing opens the
 * next sentence's quotation; the sentence splitter may leave it on this side of the break.
 */
function opensNext(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return t.kind === 'quote' && k > 0 && t.start > ctx.tokens[k - 1]!.end && !ctx.index.outerByClose.has(k) && isTerminal(ctx, k - 1);
}

/**
 * The reported clause ends at the sentence end, where the narrator resumes (…, однако не
 * назвал их; … сняты и ходатайствовал …), or where another attribution begins (…, сообщает
 * ТАСС; …, сторонники пишут, что …; …; губернатор добавил, что …). Otherwise a semicolon joins
 * the speaker's next statement (… посещать центр; он искал утешение …), as the gold sets read it.
 */
export function clauseEnd(ctx: QuoteContext, from: number, cue: Cue | null = null): number {
  const [, end] = sentenceRange(ctx, from);
  for (let i = from; i < end; i++) {
    if (i > from && isWordOf(ctx, i, NARRATOR_CONJUNCTIONS) && narratorResumes(ctx, i + 1, end, cue) &&
      !(ctx.tokens[i - 1]!.kind === 'word' && (hasAgreeingPast(ctx, from, i, cue) || quotesSoon(ctx, i + 1, end) || thatClauseUnfinished(ctx, from, i)))) {
      return isPunct(ctx, i - 1, ',') ? i - 1 : i;
    }
    if (i > from && (isPunct(ctx, i, ',;—–') || isDashToken(ctx, i)) && attributionFollows(ctx, i + 1, cue)) return i;
    if (i > from && isDashToken(ctx, i) && pronounReports(ctx, i + 1, cue)) return i;
    // «…, после чего отправился …»: the speaker's next action, told by the narrator; unless the
    // reported clause has a past verb that agrees alike (…, что он провёл год в колонии, после чего вышел).
    if (i > from && isPunct(ctx, i, ',') && isWordOf(ctx, i + 1, NARRATOR_SEQUELS) && narratorResumes(ctx, i + 1, end, cue, true) &&
      !hasAgreeingPast(ctx, from, i, cue)) return i;
    if (i > from && isPunct(ctx, i, ',') && coordinatedRelative(ctx, i + 1)) return i;
    if (i > from && isPunct(ctx, i, ',') && coordinatedReport(ctx, i + 1, end)) return i;
    if (i > from && isPunct(ctx, i, ':') && ownWordsFollow(ctx, i + 1, end)) return i;
  }
  return end;
}


/** A dash at token k, or a comma and a dash («…», — сказал он). */
function dashAfter(ctx: QuoteContext, k: number): boolean {
  return isDashToken(ctx, isPunct(ctx, k, ',') ? k + 1 : k);
}

/** Fewest tokens of a third-person quotation after a colon taken for a statement of its own. */
const STATEMENT_WORDS = 6;

/** Words of a quotation read for a first-person word: the bound keeps each colon O(1). */
const FIRST_PERSON_REACH = 30;

/**
 * «…заявил, что находится в отчаянии: «Мы все будем по нему скучать»»: a quotation after a colon
 * that opens with a capital, speaks in the first person and ends the sentence is the speaker's
 * own words set after the report (a direct quote of its own), not part of the reported clause.
 */
export function ownWordsFollow(ctx: QuoteContext, k: number, end: number): boolean {
  const pair = quoteAt(ctx, k);
  // It ends the sentence (or runs on over the sentences inside it), or a dash cue follows it («…», — сказал он).
  if (!pair || !(pair.close >= end - 1 || isTerminal(ctx, pair.close + 1) || dashAfter(ctx, pair.close + 1))) return false;
  const first = ctx.words[pair.open + 1];
  if (ctx.tokens[pair.open + 1]?.kind !== 'word' || first?.shape !== 'title') return false;
  const reach = Math.min(pair.close, pair.open + 1 + FIRST_PERSON_REACH);
  for (let j = pair.open + 1; j < reach; j++) {
    if (ctx.tokens[j]!.kind === 'word' && FIRST_PERSON.has(ctx.words[j]!.folded)) return true;
  }
  // «…заявил, что анализ не выявил опухоли: «Врачи сообщили, что …»»: a clause of its own (a verb)
  // is a statement too, when longer than a slogan or a rule the clause names (правилу: «Играют все»).
  return reach - pair.open - 1 >= STATEMENT_WORDS && hasVerb(ctx, pair.open + 1, reach);
}


/**
 * «…, которую, по его словам, подзащитная передала ему, и в которой сообщается …»: a second
 * relative clause joined to the antecedent describes it anew; the report has ended.
 */
function coordinatedRelative(ctx: QuoteContext, i: number): boolean {
  if (!isWordOf(ctx, i, COORDINATING_AND)) return false;
  let k = i + 1;
  if (ctx.tokens[k]?.kind === 'word' && PREPOSITIONS.has(ctx.words[k]!.folded)) k++;
  return ctx.tokens[k]?.kind === 'word' && isRelative(ctx, k);
}

/** Words after the conjunction within which a second report's cue stands (а глава японского МИДа Сэйдзи Маэхара отметил). */
const COORDINATED_REPORT_WORDS = 8;

/** «а» (dict/words/contrast-conjunctions.txt): sets a second source's view against the first's. */
const CONTRAST_CONJUNCTIONS = wordSet('contrast-conjunctions');

/**
 * «…, что визит вызывает сожаление, а глава МИДа отметил, что …», «…, и добавил, что …»: after a
 * comma and a conjunction, a speech verb with a что-clause of its own opens a second report; the
 * first one has ended. An opinion does so only when set against it (…, а Россия уверена, что …):
 * «…, но он думал, что …» goes on telling what the speaker went through.
 */
function coordinatedReport(ctx: QuoteContext, i: number, end: number): boolean {
  if (!isWordOf(ctx, i, NARRATOR_CONJUNCTIONS)) return false;
  for (let k = i + 1; k < Math.min(end, i + 1 + COORDINATED_REPORT_WORDS); k++) {
    if (ctx.tokens[k]!.kind !== 'word') return false;
    const cue = cueAt(ctx, k, THAT);
    if (!cue) continue;
    if (cue.cue.kind === 'opinion' && !isWordOf(ctx, i, CONTRAST_CONJUNCTIONS)) return false;
    return !isParticiple(ctx, cue.from) && !isGerund(ctx, cue.from) && thatFollows(ctx, cue.to);
  }
  return false;
}

/** Words that may stand between the conjunction and the narrator's verb: не, позже (a comparative), также. */
const SKIPPABLE = new Set(['ADVB', 'COMP', 'PRCL', 'CONJ', 'PREP', 'INTJ', 'PRED']);

const PHRASE_WORDS = new Set(['NOUN', 'NPRO', 'ADJF']);

/** «и», «а», «но» (dict/words/narrator-conjunctions.txt): where the narrator may resume after a reported clause. */
export const NARRATOR_CONJUNCTIONS = wordSet('narrator-conjunctions');

/** «после», «затем» (dict/words/narrator-sequels.txt): after a comma, the narrator's next action may follow. */
const NARRATOR_SEQUELS = wordSet('narrator-sequels');

/** «…, а сейчас сделал выбор»: the speaker's now set against the speaker's past, inside the report. */
const TIME_CONTRASTS = wordSet('report-time-contrasts');

/** Past-tense endings by the gender or number of the cue (m, f, n, pl). */
const PAST_ENDINGS = wordMap('past-tense-endings');

const GERUND_ENDINGS = wordList('gerund-endings');

/** «посчитав», «заявляя»: a cue form with no gender or number that ends as a gerund does. */
function isGerundCue(cue: Cue): boolean {
  return cue.gender === '-' && cue.number === '-' && GERUND_ENDINGS.some((ending) => cue.form.endsWith(ending));
}

/**
 * «…, посчитав, что добился своего и также выразив поддержку …»: after a gerund cue, a second
 * gerund joined by the conjunction is the narrator's next circumstance, not the speaker's words.
 */
function gerundFollows(ctx: QuoteContext, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 3); k++) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1) return false;
    const pos = ctx.analyseWord(ctx.words[k]!)[0]?.pos;
    if (pos === 'GRND') return true;
    if (!pos || !SKIPPABLE.has(pos)) return false;
  }
  return false;
}

/** A past form without its reflexive ending (отправился → отправил), so that it shows its gender's ending. */
function nonReflexive(folded: string): string {
  return folded.replace(/с[яь]$/, '');
}

/**
 * After a conjunction, a past-tense verb that agrees with the cue verb continues the
 * narrator's sentence about the speaker (Дмитриев отметил, что …, однако не предоставил …).
 */
function narratorResumes(ctx: QuoteContext, from: number, end: number, cue: Cue | null, reflexive = false): boolean {
  if (cue && isGerundCue(cue)) return gerundFollows(ctx, from, end);
  if (!cue || (cue.gender === '-' && cue.number !== 'pl')) return false;
  if (isWordOf(ctx, from, TIME_CONTRASTS)) return false;
  const ending = PAST_ENDINGS.get(cue.number === 'pl' ? 'pl' : cue.gender)!;
  let inPhrase = false;
  for (let k = from; k < Math.min(end, from + 6); k++) {
    const w = ctx.words[k]!;
    if (ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1) return false;
    const best = ctx.analyseWord(w)[0];
    if ((reflexive ? nonReflexive(w.folded) : w.folded).endsWith(ending) && verbAgreement(best)?.tense === 'past') return true;
    if (best?.pos === 'VERB' && impersonalReport(ctx, k)) return true;
    if (!best) return false;
    // «…, а уровень радиации был …»: a new subject before the verb keeps the reported clause
    // going; a noun inside a prepositional phrase does not (и в связи с этим высказали).
    if (best.pos === 'PREP') inPhrase = true;
    else if (!SKIPPABLE.has(best.pos) && !(inPhrase && PHRASE_WORDS.has(best.pos))) return false;
  }
  return false;
}

/**
 * «…, что Хамовнический суд и так смягчил ей наказание»: with no comma before the conjunction, a
 * что-clause with no predicate yet takes the verb after it as its own (its subject is coordinated,
 * or «и» is a particle); a report of a topic (сообщил о намерениях и сделал …) is not a clause.
 */
function thatClauseUnfinished(ctx: QuoteContext, from: number, to: number): boolean {
  return isWord(ctx, from - 1, functionWord('complementizer')) && !hasPredicate(ctx, from, to);
}

/** Tokens after a conjunction within which a quotation keeps the clause the speaker's. */
const QUOTE_REACH = 4;

/**
 * «…, что он доволен и действовал «во имя ИГ»»: with no comma before the conjunction, a
 * verbatim fragment right after its verb is the speaker's wording, so the report goes on.
 */
function quotesSoon(ctx: QuoteContext, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + QUOTE_REACH); k++) {
    if (ctx.index.outerByOpen.has(k)) return true;
    // «… и назвал это «победой»»: a speech act of its own is the narrator's next report.
    if (cueAt(ctx, k, OWN_REPORTS)) return false;
  }
  return false;
}

const OWN_REPORTS: CueKind[] = ['call', 'verb', 'report', 'opinion', 'document', 'cite'];

const SUBJECT_PRONOUNS = wordSet('person-subject-pronouns');

/**
 * «…, что шокирован арестом — он назвал сына добрым человеком»: after a dash, a subject pronoun
 * and a speech verb agreeing with the cue make the narrator's next report about the same speaker.
 */
function pronounReports(ctx: QuoteContext, k: number, cue: Cue | null): boolean {
  if (!cue || cue.gender === '-' || !isWordOf(ctx, k, SUBJECT_PRONOUNS)) return false;
  const verb = cueAt(ctx, k + 1, OWN_REPORTS);
  return !!verb && verb.cue.gender === cue.gender && verb.cue.number === cue.number;
}

/**
 * «…, что в России она работала учителем и была уволена»: with no comma before the
 * conjunction, a verb agreeing like one the reported clause already has is that clause's
 * own second predicate, not the narrator's.
 */
function hasAgreeingPast(ctx: QuoteContext, from: number, to: number, cue: Cue | null): boolean {
  if (!cue) return false;
  const ending = PAST_ENDINGS.get(cue.number === 'pl' ? 'pl' : cue.gender);
  if (!ending) return false;
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || !nonReflexive(ctx.words[k]!.folded).endsWith(ending) || ctx.mentionAt[k] !== -1) continue;
    // Any reading: «который правил с 1954 года» is a verb here, whatever Az ranks first (правил, of правило).
    if (ctx.analyseWord(ctx.words[k]!).some((a) => verbAgreement(a)?.tense === 'past')) return true;
  }
  return false;
}

/**
 * «…, однако позже выяснилось, что …», «…, но оказалось, что …», «…, а потом стало известно,
 * что …»: an impersonal past verb (neuter) with its own что-clause is the narrator reporting
 * what came to light.
 */
function impersonalReport(ctx: QuoteContext, verb: number): boolean {
  const agreement = verbAgreement(ctx.analyseWord(ctx.words[verb]!)[0]);
  if (agreement?.tense !== 'past' || agreement.gender !== 'neut') return false;
  for (let k = verb + 1; k <= verb + 2; k++) {
    if (isPunct(ctx, k, ',')) return isWord(ctx, k + 1, functionWord('complementizer'));
    if (ctx.tokens[k]?.kind !== 'word') return false;
  }
  return false;
}

/** «, сообщает ТАСС», «, сторонники пишут, что»: a new attribution within the next words. */
function attributionFollows(ctx: QuoteContext, from: number, frame: Cue | null): boolean {
  let reach = from + ATTRIBUTION_WORDS;
  for (let k = from; k < Math.min(ctx.tokens.length, reach); k++) {
    if (ctx.tokens[k]!.kind !== 'word') return false;
    const cue = cueAt(ctx, k, TRAILING);
    // «…первым человеком из команды, отвечающих за финансы, …»: a participle describes the noun
    // before it; it opens no attribution of its own.
    if (cue && isParticiple(ctx, cue.from)) return false;
    // «…, однако врач также добавил, что»: an adverb or particle before the verb does not use up the reach.
    if (!cue && k > from && ADVERBIALS.has(ctx.analyseWord(ctx.words[k]!)[0]?.pos ?? '')) reach++;
    // «По данным следствия, Х связался с …, сообщив, что …»: after a source frame a gerund
    // shares the reported clause's subject, so its speech is part of what the source reports.
    if (cue && frame && FRAME_KINDS.has(frame.kind) && isGerund(ctx, k)) return false;
    // «По сообщению агентства, жители Эквадора, …, жалуются на то, что П»: after a source frame
    // a verb with a что-clause of its own is the reported clause's predicate: the source reports both levels.
    if (cue && frame && FRAME_KINDS.has(frame.kind) && k === from && thatFollows(ctx, cue.to)) return false;
    // «…, но защита говорила о проблемах»: after a conjunction a speech verb with a subject of its
    // own is another report, whatever its complement.
    if (cue) return k === from || isPunct(ctx, cue.to, ',') && isWord(ctx, cue.to + 1, functionWord('complementizer')) ||
      isWordOf(ctx, from, NARRATOR_CONJUNCTIONS) && hasSubject(ctx, from + 1, k);
  }
  return false;
}

/** A noun or pronoun in the nominative among tokens [from, to). */
function hasSubject(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (ctx.mentionAt[k] !== -1) return true;
    const best = ctx.tokens[k]!.kind === 'word' ? ctx.analyseWord(ctx.words[k]!)[0] : undefined;
    if ((best?.pos === 'NOUN' || best?.pos === 'NPRO') && best.grams.includes('nomn')) return true;
  }
  return false;
}

const FRAME_KINDS = new Set(['source', 'as']);

/** Words after the comma within which another attribution's verb stands (однако губернатор заявил). */
const ATTRIBUTION_WORDS = 3;

/** Parts of speech that stand before that verb without counting: также (a conjunction to Az), уже, позже. */
const ADVERBIALS = new Set(['ADVB', 'PRCL', 'COMP', 'CONJ']);

/** Tokens after a verb within which its «что» stands: «, что», «на то, что», «о том, что». */
const THAT_REACH = 4;

function thatFollows(ctx: QuoteContext, from: number): boolean {
  for (let k = from; k < Math.min(ctx.tokens.length, from + THAT_REACH); k++) {
    if (isWord(ctx, k, functionWord('complementizer'))) return isPunct(ctx, k - 1, ',');
    if (isTerminal(ctx, k)) return false;
  }
  return false;
}

function isGerund(ctx: QuoteContext, i: number): boolean {
  return ctx.analyseWord(ctx.words[i]!)[0]?.pos === 'GRND';
}

/** A participle (сообщивший, отвечающих): its word reads as one and never as a finite verb. */
export function isParticiple(ctx: QuoteContext, i: number): boolean {
  const analyses = ctx.analyseWord(ctx.words[i]!);
  return analyses.some((a) => a.pos === 'PRTF') && !analyses.some((a) => a.pos === 'VERB');
}

/** Words a narrator's lead may have before its «, что» (Сообщается, что; Стоит отметить, что). */
const LEAD_WORDS = 3;

/**
 * «Сообщается, что П, сообщает РБК»; «Стоит отметить, что П, как заметил X»: a short lead
 * with no noun of its own before «, что» is the narrator's, so the content starts after «что».
 */
export function afterNarratorLead(ctx: QuoteContext, from: number, to: number): number {
  for (let k = from; k < Math.min(to, from + LEAD_WORDS + 1); k++) {
    if (isPunct(ctx, k, ',')) return k > from && isWord(ctx, k + 1, functionWord('complementizer')) ? k + 2 : from;
    if (ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1) return from;
    // «О том, что завод закроют, сообщил директор»: the correlative that announces the clause is no phrase of its own.
    if (CORRELATIVES.has(ctx.words[k]!.folded)) continue;
    const pos = ctx.analyseWord(ctx.words[k]!)[0]?.pos;
    if (!pos || PHRASE_WORDS.has(pos) || pos === 'NOUN') return from;
  }
  return from;
}

/** The demonstrative of «о том, что», «то, что», «тем, что»: it stands for the что-clause after it. */
const CORRELATIVES = wordSet('that-correlatives');

const CONNECTORS = wordSet('discourse-connectors');

/** Tokens [from, to) are a connector alone (Кроме того, При этом), commas aside: they link, they state nothing. */
export function isConnector(ctx: QuoteContext, from: number, to: number): boolean {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind === 'word') words.push(ctx.words[k]!.folded);
    else if (!isPunct(ctx, k, ',')) return false;
  }
  return words.length === 0 || CONNECTORS.has(words.join(' '));
}

export function hasVerb(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = ctx.tokens[k]!.kind === 'word' ? ctx.analyseWord(ctx.words[k]!)[0]?.pos : undefined;
    if (pos === 'VERB' || pos === 'PRTS') return true;
  }
  return false;
}

/** Parts of speech that make a clause a statement: a verb, a short participle or adjective, a predicative (нет, можно). */
const PREDICATES = new Set(['VERB', 'PRTS', 'ADJS', 'PRED', 'INFN']);

/** Parts of speech whose words are no predicate, whatever rarer reading they have (при, not «при!» of переть). */
const FUNCTION_POS = new Set(['PREP', 'CONJ', 'PRCL']);

export function hasPredicate(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind === 'dash' || ctx.tokens[k]!.kind === 'quote') return true;
    if (ctx.tokens[k]!.kind !== 'word') continue;
    const analyses = ctx.analyseWord(ctx.words[k]!);
    if (FUNCTION_POS.has(analyses[0]?.pos ?? '')) continue;
    if (analyses.some((a) => PREDICATES.has(a.pos))) return true;
  }
  return false;
}

/** Parts of speech a main predicate may follow its comma after (также, уже, не). */
const BEFORE_PREDICATE = new Set(['ADVB', 'PRCL', 'CONJ']);

/**
 * «Мэр, отметив, что бюджет дефицитный, предложил …», «Организация, утверждающая, что …,
 * подала иск»: a gerund or participle cue set off by a comma before the sentence has had its
 * main predicate reports a clause that ends at the comma after which that predicate comes.
 */
export function beforeMainPredicate(ctx: QuoteContext, cueFrom: number, [from, to]: [number, number]): [number, number] {
  if (inSubordinateOpening(ctx, cueFrom)) return beforeMainClause(ctx, [from, to]);
  if (!isPunct(ctx, cueFrom - 1, ',') || !ASIDE_POS.has(ctx.analyseWord(ctx.words[cueFrom]!)[0]?.pos ?? '')) return [from, to];
  const [sentenceStart] = sentenceRange(ctx, cueFrom);
  // «Выяснили, что свидетельница, утверждающая, что …, лгала»: inside a что-clause, the main
  // predicate looked for is that clause's, so the verbs before its «что» do not count.
  let start = sentenceStart;
  for (let k = cueFrom - 1; k > sentenceStart; k--) {
    if (isWord(ctx, k, functionWord('complementizer'))) { start = k + 1; break; }
  }
  for (let k = start; k < cueFrom; k++) if (ctx.mentionAt[k] === -1 && isFiniteVerb(ctx, k)) return [from, to];
  for (let k = from + 1; k < to - 1; k++) {
    if (!isPunct(ctx, k, ',') || ctx.index.outerByOpen.has(k + 1)) continue;
    let v = k + 1;
    if (ctx.tokens[v]!.kind === 'word' && BEFORE_PREDICATE.has(ctx.analyseWord(ctx.words[v]!)[0]?.pos ?? '')) v++;
    if (isFiniteVerb(ctx, v)) return trimEnd(ctx, from, k);
  }
  return [from, to];
}

/** «поскольку», «хотя» (dict/words/subordinate-openers.txt): open a subordinate clause before the main one. */
const SUBORDINATE_OPENERS = wordSet('subordinate-openers');

/** The cue stands in a clause the sentence opens with a subordinating conjunction, no comma between them. */
function inSubordinateOpening(ctx: QuoteContext, cueFrom: number): boolean {
  const [sentenceStart] = sentenceRange(ctx, cueFrom);
  if (!isWordOf(ctx, sentenceStart, SUBORDINATE_OPENERS)) return false;
  for (let k = sentenceStart + 1; k < cueFrom; k++) if (ctx.tokens[k]!.kind !== 'word') return false;
  return true;
}

/** Words after a comma within which the main clause's verb stands (компания решила). */
const MAIN_CLAUSE_WORDS = 5;

/**
 * «Поскольку министерство заявило, что проверка продлится месяц, компания решила подать иск»: a
 * report inside a subordinate clause that opens the sentence ends at the first comma after its own
 * predicate past which a finite verb comes before any other mark: the main clause, the narrator's.
 */
function beforeMainClause(ctx: QuoteContext, [from, to]: [number, number]): [number, number] {
  for (let k = from + 1; k < to - 1; k++) {
    if (!isPunct(ctx, k, ',') || !hasPredicate(ctx, from, k)) continue;
    const first = k + 1;
    if (ctx.tokens[first]?.kind !== 'word' || isWordOf(ctx, first, NARRATOR_CONJUNCTIONS) || isRelative(ctx, first) ||
      isWord(ctx, first, functionWord('complementizer')) || PREPOSITIONS.has(ctx.words[first]!.folded)) continue;
    for (let v = first; v < Math.min(to, first + MAIN_CLAUSE_WORDS) && ctx.tokens[v]!.kind === 'word'; v++) {
      if (ctx.mentionAt[v] === -1 && isFiniteVerb(ctx, v) && !isParticiple(ctx, v)) return trimEnd(ctx, from, k);
    }
  }
  return [from, to];
}

/** Token k is a word read first as a finite verb: the main predicate beforeMainPredicate looks for. */
function isFiniteVerb(ctx: QuoteContext, k: number): boolean {
  return ctx.tokens[k]?.kind === 'word' && ctx.analyseWord(ctx.words[k]!)[0]?.pos === 'VERB';
}

/**
 * «…водитель автобуса объясняет аварию так:», «…и попросил прощения у верующих:»: a clause that
 * ends in a colon before the words it announces, with a speech verb of its own, leads in to those
 * words (found as the direct quote after the colon); it states nothing itself.
 */
export function leadsInSpeech(ctx: QuoteContext, [from, to]: [number, number]): boolean {
  if (!isPunct(ctx, to, ':')) return false;
  const next = to + 1;
  if (next < ctx.tokens.length && ctx.index.lineOf[next] === ctx.index.lineOf[to] && !ctx.index.outerByOpen.has(next)) return false;
  for (let k = from; k < to; k++) if (cueAt(ctx, k, LEAD_IN)) return true;
  return false;
}
