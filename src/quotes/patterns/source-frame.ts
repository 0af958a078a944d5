import { wordSet } from '../../dict/words.js';
import type { Cue, CueKind } from '../../types.js';
import { isPunct, isTerminal, isWordOf, quoteAt, sentenceRange, type QuoteContext } from '../context.js';
import { cueAt, endsWithWordOf } from '../cues.js';
import { appositionPerson, pronounInCue, speakerAfter, speakerBefore, type Speaker } from '../speaker/index.js';
import { withSexedPerson } from '../speaker/settle.js';
import { isRelative } from '../../clauses/phrase-extent.js';
import { isNominativeWord } from '../../clauses/subject.js';
import { COORDINATING_AND, PREPOSITIONS, TIME_NOUNS } from '../../clauses/words.js';
import { clauseEnd, hasVerb, isConnector, leadsInSpeech, NARRATOR_CONJUNCTIONS, trimEnd } from './clause.js';
import { ATTRIBUTING } from './cue-kinds.js';
import { isSpeech, reportKind } from './speech.js';
import type { Pattern } from './types.js';

/** По словам X, П. / Как сообщил X, П. / П, по данным X. */
export const sourceFrame: Pattern = {
  name: 'indirect-source-frame',
  *find(ctx) {
    for (let i = 0; i < ctx.tokens.length; i++) {
      const cue = cueAt(ctx, i, ['source', 'as']);
      if (!cue) continue;
      if (cue.cue.kind === 'as' && comparison(ctx, cue.from, cue.to)) continue;
      if (qualifiesWord(ctx, cue.from, cue.cue.lemma) || (cue.cue.kind === 'source' && insideName(ctx, cue.from, cue.to))) continue;
      const [sentenceStart, sentenceEnd] = sentenceRange(ctx, i);
      // «Как говорится в документе,»: an as-frame that ends in a preposition names a text, not a subject.
      const subject = cue.cue.kind === 'as' && !endsWithWordOf(cue.cue, FINAL_PREPOSITIONS);
      // «Как он заявил, П»: a subject inside the frame, before its verb, is the speaker.
      // Only where the frame opens its sentence and its comma follows: elsewhere «как» + subject +
      // verb is as often «how» (рассказала, как они сообщили ей …).
      const inner = cue.subject && opensSentence(ctx, cue.from) && frameComma(ctx, cue.to) !== -1 ? speakerBefore(ctx, cue.subject[1], cue.cue, cue.subject[0]) : null;
      if (cue.subject && !inner) continue;
      let speaker = inner ?? pronounInCue(ctx, cue.from, cue.to) ??
        (cue.cue.kind === 'source' ? participleAgent(ctx, cue.to, sentenceEnd, cue.cue) : null) ??
        speakerAfter(ctx, cue.to, cue.cue, subject) ??
        (cue.cue.kind === 'as' && opensSentence(ctx, cue.from) ? longSubjectApposition(ctx, cue.to, sentenceEnd) : null) ??
        (cue.cue.kind === 'source' ? framePhrase(ctx, cue.to, sentenceEnd) : null);
      if (!speaker) continue;
      // «Согласно Роскомнадзору, П»: «согласно» with no frame noun reports only a body or person named
      // right after it (not «согласно Конституции», «согласно приказу Минобороны»).
      if (cue.cue.form === BARE_ACCORDING && !(isMentionOf(ctx, speaker, 'PER', 'ORG') && speaker.from === cue.to)) continue;
      // «По данным изданий 39-летний уроженец …»: with no comma, the frame's genitive ends where a nominative begins.
      const governed = cue.cue.kind === 'source' ? commalessSource(ctx, cue.to, speaker) : null;
      if (governed) speaker = governed;
      let frameEnd = governed ? governed.to : pastCoordinatedSources(ctx, sourceFrameEnd(ctx, speaker.to, sentenceEnd, cue.cue.kind === 'source' ? 'gent' : 'nomn'), sentenceEnd, speaker);
      // «По информации на данном этапе, П»: a time adverbial where the source should be; nobody is named.
      if (cue.cue.kind === 'source' && speaker.kind !== 'mention' && timeAdverbial(ctx, cue.to, frameEnd)) continue;
      // «По словам мужа погибшей, Дэвида Маккина, …»: the person in apposition is the speaker.
      const named = speaker.kind === 'mention' ? null : appositionPerson(ctx, speaker.to) ?? appositionPerson(ctx, frameEnd);
      if (named) {
        speaker = named;
        frameEnd = named.to;
      } else if (speaker.from > cue.to && frameEnd - cue.to <= 6 && isPunct(ctx, frameEnd, ',') && cue.cue.kind === 'source' && !isMentionOf(ctx, speaker, 'PER', 'ORG')) {
        // «по информации Национальной системы здравоохранения Великобритании,»: the whole
        // genitive phrase is the source, not the place at its end («как рассказал изданию
        // представитель …» has its subject in the nominative, after a dative).
        speaker = { from: cue.to, to: frameEnd, kind: 'source', entity: null, governed: true };
      }
      // «по словам девушки»: a bare noun for a person of one sex is the one just named.
      speaker = withSexedPerson(ctx, speaker, cue.cue);
      // «По словам протоиерея: «П»»: a colon after the frame introduces the quotation itself.
      const colon = Math.max(frameEnd, cue.to);
      const quotation = isPunct(ctx, colon, ':') ? quoteAt(ctx, colon + 1) : undefined;
      if (quotation && isSpeech(ctx, quotation)) {
        yield { kind: 'direct', content: [quotation.open + 1, quotation.close], cue: [cue.from, cue.to], speaker, pattern: 'direct-source-frame-colon' };
        continue;
      }
      // «…записки, которую, по его словам, подзащитная передала ему»: a frame opening a relative
      // clause reports that clause only; the main clause is the narrator's. So too with no comma
      // between the relative word and the frame («…до Тель-Авива, где по её словам, она должна была …»).
      const inRelative = (isPunct(ctx, cue.from - 1, ',') && cue.from >= 2 && isRelative(ctx, cue.from - 2)) ||
        (cue.from >= 2 && (isRelative(ctx, cue.from - 1) || isWordOf(ctx, cue.from - 1, RELATIVE_ADVERBS)) && isPunct(ctx, cue.from - 2, ','));
      const before = inRelative ? [cue.from, cue.from] as [number, number] : trimEnd(ctx, leadStart(ctx, sentenceStart, cue.from), cue.from);
      // «По его словам он доволен»: a speaker inside the frame, no comma after it; the content starts after the frame.
      if (frameEnd < cue.to) frameEnd = cue.to;
      // «не только из результатов ЕГЭ, но и по данным портфолио»: a frame joined by «и» inside its
      // sentence with no comma after it is one more adverbial of its clause (by what measure), not
      // a source. (A sentence that opens with «И по их словам …» goes on with the report.)
      if (cue.from - 1 > sentenceStart && isWordOf(ctx, cue.from - 1, COORDINATING_AND) && !isPunct(ctx, frameEnd, ',')) continue;
      const afterFrom = isPunct(ctx, frameEnd, ',') ? frameEnd + 1 : frameEnd;
      // «(по его словам, он не жалуется на здоровье)»: a frame opening a bracket reports the bracket only.
      // Without a verb there (цены выросли (по данным Росстата, на 5 %)) the frame qualifies the clause around it.
      const bracket = isPunct(ctx, cue.from - 1, '(') ? bracketClose(ctx, afterFrom, sentenceEnd) : -1;
      if (bracket !== -1 && hasVerb(ctx, afterFrom, bracket)) {
        yield { kind: reportKind(ctx, [afterFrom, bracket]), content: [afterFrom, bracket], cue: [cue.from, cue.to], speaker, pattern: this.name };
        continue;
      }
      const after = trimEnd(ctx, pastInnerFrame(ctx, afterFrom, sentenceEnd), clauseEnd(ctx, Math.min(afterFrom, sentenceEnd - 1), cue.cue));
      const lead: Lead = { before, after, inRelative, cueFrom: cue.from, frameEnd };
      const hasBefore = CLAUSE_LEADS.some((rule) => rule.holds(ctx, lead));
      // «Сделка, по мнению Петрова, состоится»: one verb after the frame finishes the statement.
      const hasAfter = after[1] - after[0] >= 2 || (after[1] > after[0] && hasVerb(ctx, after[0], after[1]));
      if (!hasBefore && !hasAfter) continue;
      // «Как отметили в агентстве, П1, однако апартаменты, по информации риэлторов, П2»: a clause
      // before «, однако» with a source of its own is another report; without one the sentence is whole.
      const start = before[0] > sentenceStart && attributed(ctx, sentenceStart, before[0]) ? before[0] : sentenceStart;
      const content: [number, number] = hasBefore && hasAfter ? trimEnd(ctx, start, sentenceEnd) : hasAfter ? after : before;
      const pair = ctx.index.outerByOpen.get(content[0]);
      const whole = pair && pair.close >= content[1] - 1;
      if (whole && cue.cue.kind === 'as') {
        yield { kind: 'direct', content: [pair.open + 1, pair.close], cue: [cue.from, cue.to], speaker, pattern: 'direct-as-frame' };
        continue;
      }
      if (leadsInSpeech(ctx, content)) continue;
      const kind = reportKind(ctx, content);
      yield { kind, content, cue: [cue.from, cue.to], speaker, pattern: this.name };
    }
  },
};

const RELATIVE_ADVERBS = wordSet('relative-adverbs');

/** Tokens an as-frame's subject may span (adverbials before it included) before a named apposition. */
const LONG_SUBJECT_REACH = 28;

/**
 * «Как пишет в своей колонке для журнала … один из участников встречи, полковник Иван Петров, П»:
 * a subject too long for the speaker search, with no verb of its own, is named by the person in
 * apposition after its comma.
 */
function longSubjectApposition(ctx: QuoteContext, from: number, sentenceEnd: number): Speaker | null {
  for (let k = from; k < Math.min(sentenceEnd, from + LONG_SUBJECT_REACH); k++) {
    if (isTerminal(ctx, k)) return null;
    if (isPunct(ctx, k, ',')) return k > from && !hasVerb(ctx, from, k) ? appositionPerson(ctx, k) : null;
  }
  return null;
}

/** Tokens a list of further sources after the frame's comma may span. */
const COORDINATED_REACH = 12;

/**
 * «По сообщению газет «Известия», «Коммерсант» и других СМИ, П»: a list after the comma that opens
 * with a name of the speaker's kind and joins names with «и», no verb in it, names more sources;
 * the frame runs to the comma after it.
 */
function pastCoordinatedSources(ctx: QuoteContext, end: number, sentenceEnd: number, speaker: Speaker): number {
  if (!isPunct(ctx, end, ',') || speaker.kind !== 'mention') return end;
  const own = ctx.mentionAt[speaker.from] ?? -1;
  const next = ctx.mentionAt[end + 1] ?? -1;
  if (own === -1 || next === -1 || ctx.mentions[next]!.type !== ctx.mentions[own]!.type || ctx.mentions[next]!.tokens[0] !== end + 1) return end;
  let joined = false;
  for (let k = end + 1; k < Math.min(sentenceEnd, end + 1 + COORDINATED_REACH); k++) {
    if (isTerminal(ctx, k)) return end;
    if (isWordOf(ctx, k, COORDINATING_AND)) joined = true;
    if (isPunct(ctx, k, ',')) return joined && !hasVerb(ctx, end + 1, k) ? k : end;
  }
  return end;
}

/** Longest genitive phrase a comma-less frame takes for its source (изданий; местных газет). */
const COMMALESS_SOURCE = 3;

/**
 * «По данным изданий 39-летний уроженец Москвы …»: a speaker found past a short genitive phrase
 * right after a «по …» frame, opening with a word that cannot be genitive, is the subject of the
 * report; the genitive phrase is the source and the frame ends at it.
 */
function commalessSource(ctx: QuoteContext, from: number, speaker: Speaker): Speaker | null {
  const gap = speaker.from - from;
  if (gap < 1 || gap > COMMALESS_SOURCE) return null;
  for (let k = from; k < speaker.from; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1) return null;
    const readings = ctx.analyseWord(ctx.words[k]!);
    if (!readings.some((a) => (a.pos === 'NOUN' || a.pos === 'ADJF') && a.grams.includes('gent'))) return null;
  }
  if (!ctx.analyseWord(ctx.words[speaker.from - 1]!).some((a) => a.pos === 'NOUN' && a.grams.includes('gent'))) return null;
  // A name right after the noun is its apposition (агентства ТАСС, принцессы Мако), whatever its case.
  if (ctx.tokens[speaker.from]?.kind !== 'word' || ctx.mentionAt[speaker.from] !== -1) return null;
  const readings = ctx.analyseWord(ctx.words[speaker.from]!);
  if (!readings.some((a) => a.grams.includes('nomn')) || readings.some((a) => a.grams.includes('gent') || a.grams.includes('Fixd'))) return null;
  return { from, to: speaker.from, kind: 'source', entity: null, governed: true };
}

/** Tokens an inner source frame may span before its comma (согласно поступившей от него явке с повинной,). */
const INNER_FRAME_REACH = 10;
const INNER_FRAME_OPENERS = wordSet('inner-frame-openers');
/** The source frame «согласно» with no noun of its own (согласно Роскомнадзору). */
const BARE_ACCORDING = 'согласно';

/**
 * «Как сообщает Интерфакс, согласно явке с повинной, П»: a second source frame opening what the
 * first reports is the source's own source; the words start after it.
 */
function pastInnerFrame(ctx: QuoteContext, from: number, sentenceEnd: number): number {
  const inner = cueAt(ctx, from, ['source'])?.to ?? (isWordOf(ctx, from, INNER_FRAME_OPENERS) ? from + 1 : -1);
  if (inner === -1) return from;
  for (let k = inner; k < Math.min(sentenceEnd, inner + INNER_FRAME_REACH); k++) {
    if (isPunct(ctx, k, ',')) return k > inner ? k + 1 : from;
    // A finite verb (outside a name: «Ивана» is no participle) makes the words a clause, not a frame.
    if (ctx.tokens[k]!.kind === 'punct' || ctx.index.outerByOpen.has(k)) return from;
    if (ctx.tokens[k]!.kind === 'word' && ctx.mentionAt[k] === -1 && ctx.analyseWord(ctx.words[k]!)[0]?.pos === 'VERB') return from;
  }
  return from;
}

/** The words before a frame (the lead) and after it, and where the frame stands. */
interface Lead {
  before: [number, number];
  after: [number, number];
  /** The frame opens a relative clause (записки, которую, по его словам, …). */
  inRelative: boolean;
  cueFrom: number;
  frameEnd: number;
}

/**
 * When a lead is part of the reported clause, so that the frame stands inside the content (the
 * whole sentence), by name; any one is enough. A lead that is none of these (a connector, a time,
 * a short phrase with no verb) is the narrator's, outside the content.
 */
const CLAUSE_LEADS: readonly { name: string; holds: (ctx: QuoteContext, lead: Lead) => boolean }[] = [
  // A longer lead, or a short one with a verb: «К 26 марта, по информации …, зафиксировано …» is neither.
  { name: 'long-or-verbal', holds: (ctx, { before }) => before[1] - before[0] >= 2 && (before[1] - before[0] > 4 || hasVerb(ctx, before[0], before[1])) },
  // «После этого, по словам X, возникли …», «Целью реформы, как пишут авторы, является …»: a lead
  // that is part of the clause; not a connector (Кроме того), a time (На данный момент, В минувшую
  // среду: the narrator's setting) or adverbs alone.
  { name: 'clause-part', holds: (ctx, { before, inRelative }) => before[1] > before[0] && !inRelative && !isConnector(ctx, before[0], before[1]) && !timeAdverbial(ctx, before[0], before[1]) && !adverbsOnly(ctx, before[0], before[1]) },
  // «Водитель автобуса, по данным следствия, превысил …»: the clause's subject.
  { name: 'subject', holds: (ctx, { before }) => before[1] > before[0] && opensWithSubject(ctx, before[0]) },
  // «В настоящий момент по данным X известно …»: a frame set in without commas sits inside its clause.
  { name: 'no-commas', holds: (ctx, { before, after, inRelative, cueFrom, frameEnd }) => before[1] - before[0] >= 2 && after[1] - after[0] >= 2 && !inRelative && !isPunct(ctx, cueFrom - 1, ',') && !isPunct(ctx, frameEnd, ',') },
];

const FINAL_PREPOSITIONS = wordSet('trailing-cue-final-prepositions');

/** Words between a frame's participle and its agent (сделанным в интервью журналистам представителем …). */
const AGENT_REACH = 6;

/**
 * «По информации, сообщённой представителем совета Абделем Маджидом, П»; «Согласно заявлению,
 * сделанному X, П»: a passive participle after the frame noun names the source as its agent, the
 * first noun phrase in the instrumental (not inside a prepositional phrase) before the comma.
 */
function participleAgent(ctx: QuoteContext, from: number, sentenceEnd: number, cue: Cue): Speaker | null {
  let k = isPunct(ctx, from, ',') ? from + 1 : from;
  if (ctx.tokens[k]?.kind !== 'word' || !ctx.analyseWord(ctx.words[k]!).some((a) => a.pos === 'PRTF' && a.grams.includes('pssv'))) return null;
  let inPhrase = false;
  for (const stop = Math.min(sentenceEnd, k + 1 + AGENT_REACH); ++k < stop;) {
    if (ctx.tokens[k]!.kind !== 'word') return null;
    const readings = ctx.analyseWord(ctx.words[k]!);
    if (readings[0]?.pos === 'PREP') { inPhrase = true; continue; }
    const agent = ctx.mentionAt[k] !== -1 || readings.some((a) => (a.pos === 'NOUN' || a.pos === 'ADJF') && a.grams.includes('ablt'));
    if (agent && !inPhrase) return speakerAfter(ctx, k, cue, false);
    if (readings.some((a) => a.pos === 'NOUN')) inPhrase = false;
  }
  return null;
}

/** A speech cue of any kind stands in [from, to) (bounded by the lead's reach). */
function attributed(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = Math.max(from, to - LEAD_REACH); k < to; k++) if (cueAt(ctx, k, ATTRIBUTING)) return true;
  return false;
}

/** Tokens [from, to) open with a preposition and hold a time noun (на данном этапе, на сегодняшний день). */
function timeAdverbial(ctx: QuoteContext, from: number, to: number): boolean {
  if (!isWordOf(ctx, from, PREPOSITIONS)) return false;
  for (let k = from + 1; k < to; k++) if (isWordOf(ctx, k, TIME_NOUNS)) return true;
  return false;
}

/** Tokens [from, to) are adverbs alone (Вчера, Позднее), commas aside: when, not what. */
function adverbsOnly(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (isPunct(ctx, k, ',')) continue;
    if (ctx.tokens[k]!.kind !== 'word' || ctx.analyseWord(ctx.words[k]!)[0]?.pos !== 'ADVB') return false;
  }
  return true;
}
const ATTRIBUTIVE_FRAMES = wordSet('attributive-source-frames');

/** «Комитет по Оценке СМИ»: a capitalised word inside a «по …» frame, past its first, makes it part of a name (an as-frame may hold its subject: Как Иван Петров сообщил). */
function insideName(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ctx.tokens[k]!.kind === 'word' && ctx.words[k]!.shape === 'title') return true;
  return false;
}

/** «в рейтинге по версии Forbes»: a frame of ATTRIBUTIVE_FRAMES glued to the word before it names whose ranking or title it is. */
function qualifiesWord(ctx: QuoteContext, from: number, lemma: string): boolean {
  if (!ATTRIBUTIVE_FRAMES.has(lemma) || from === 0 || ctx.tokens[from - 1]!.kind !== 'word') return false;
  // A frame opening its sentence (a headline's last word before it) qualifies nothing.
  if (sentenceRange(ctx, from)[0] === from) return false;
  // «который по версии следствия является …»: only a noun is qualified; a relative or verb opens the report.
  return ctx.analyseWord(ctx.words[from - 1]!).some((a) => a.pos === 'NOUN');
}
const CORRELATIVES = wordSet('as-correlatives');

/**
 * «Всё вышло так, как он говорил», «Как он сказал, так и вышло»: «как» paired with «так»
 * compares what happened with what was said; the frame reports nothing.
 */
function comparison(ctx: QuoteContext, from: number, to: number): boolean {
  const before = isPunct(ctx, from - 1, ',') ? from - 2 : from - 1;
  if (isWordOf(ctx, before, CORRELATIVES)) return true;
  // The frame's clause runs to its comma: «так» right after it answers the «как».
  const comma = frameComma(ctx, to);
  return comma !== -1 && isWordOf(ctx, comma + 1, CORRELATIVES);
}

/** The frame opens its sentence: nothing but punctuation or a conjunction (Но, как он заявил, …) before it. */
function opensSentence(ctx: QuoteContext, from: number): boolean {
  const [start] = sentenceRange(ctx, from);
  for (let k = start; k < from; k++) if (ctx.tokens[k]!.kind === 'word' && !isWordOf(ctx, k, NARRATOR_CONJUNCTIONS)) return false;
  return true;
}

/** The comma that closes the frame's clause soon after its verb, before the sentence ends, or -1. */
function frameComma(ctx: QuoteContext, to: number): number {
  for (let k = to; k < Math.min(ctx.tokens.length, to + CLAUSE_REACH); k++) {
    if (isTerminal(ctx, k)) return -1;
    if (isPunct(ctx, k, ',')) return k;
  }
  return -1;
}

/** Tokens after an as-frame's verb within which its comma is looked for. */
const CLAUSE_REACH = 8;

/** How far back from a frame a clause boundary is looked for: a constant, so each frame costs O(1). */
const LEAD_REACH = 40;

const LEAD_OPENERS = new Set([...wordSet('that-clause-openers'), ...NARRATOR_CONJUNCTIONS]);

/**
 * Where the clause holding a frame begins: after the last «, что» or «, однако» before it
 * («Напомним, что по данным следствия, …»; «Клуб не пояснил причину, однако по данным
 * источника, …»): the narrator's words before that boundary are not the source's.
 */
function leadStart(ctx: QuoteContext, sentenceStart: number, cueFrom: number): number {
  for (let k = cueFrom - 1; k > Math.max(sentenceStart, cueFrom - LEAD_REACH); k--) {
    if (isPunct(ctx, k - 1, ',') && isWordOf(ctx, k, LEAD_OPENERS)) return k + 1;
    // «…должен был стать россиянин: об этом, по сведениям источников, договорились …»: a colon ends the clause before.
    if (isPunct(ctx, k - 1, ':;')) return k;
  }
  return sentenceStart;
}

/** Adjectives or participles a frame's unlisted noun may have before it (выжившего моряка). */
const FRAME_ADJECTIVES = 2;

/** The word is a full adjective or participle in the genitive by its best reading (выжившего, местного). */
function genitiveModifier(ctx: QuoteContext, k: number): boolean {
  const best = ctx.analyseWord(ctx.words[k]!)[0];
  return !!best && (best.pos === 'ADJF' || best.pos === 'PRTF') && best.grams.includes('gent');
}

/**
 * «По словам мужа погибшей, …»: after a source frame, a noun phrase in the genitive up to the
 * comma names the source even when its noun is no known role (муж, соседка по палате).
 */
function framePhrase(ctx: QuoteContext, from: number, sentenceEnd: number): Speaker | null {
  // «По данным «Вестей»,»: a quoted name the lexicon does not know.
  const quoted = ctx.index.outerByOpen.get(from);
  if (quoted && quoted.close - from <= 6 && quoted.close > from + 1 && isPunct(ctx, quoted.close + 1, ',')) {
    return { from: from + 1, to: quoted.close, kind: 'source', entity: null, governed: true };
  }
  let end = from;
  while (end < sentenceEnd && end - from < 6 && ctx.tokens[end]!.kind === 'word') end++;
  if (end === from || !isPunct(ctx, end, ',') || hasVerb(ctx, from, end)) return null;
  // «По словам выжившего моряка,»: the noun after its adjectives or participles in the genitive.
  let k = from;
  while (k + 1 < end && k - from < FRAME_ADJECTIVES && genitiveModifier(ctx, k)) k++;
  const head = ctx.analyseWord(ctx.words[k]!);
  // «Как стало известно в понедельник,»: a prepositional phrase says when or where, not who.
  if (head[0]?.pos === 'PREP' || !head.some((a) => a.pos === 'NOUN' && a.grams.includes('gent'))) return null;
  return { from, to: end, kind: 'source', entity: null, governed: true };
}

/**
 * Where a source frame ends: the comma after the speaker, skipping appositions that
 * describe the speaker (По словам Лео Бенедучи, генерального секретаря Osapp, …, П);
 * without a comma, right after the speaker (Как сообщило министерство в больницах …).
 */
function sourceFrameEnd(ctx: QuoteContext, speakerEnd: number, sentenceEnd: number, grammaticalCase: string): number {
  // «представитель «Союза» (Unión Nacional) Сесар Дуран,»: a bracketed gloss after the speaker is part of the frame.
  let start = isPunct(ctx, speakerEnd, '(') ? bracketEnd(ctx, speakerEnd, sentenceEnd) : speakerEnd;
  // «Как передаёт РИА "Новости" со ссылкой на газету "Время", …»: the closing mark of a quoted
  // name, and a «со ссылкой на» aside naming the source's own source, are part of the frame.
  while (start < sentenceEnd && ctx.tokens[start]!.kind === 'quote' && ctx.index.outerByClose.has(start)) start++;
  const reach = isWordOf(ctx, start, CITING_ASIDES) ? ASIDE_REACH : FRAME_REACH;
  let end = start;
  while (end < sentenceEnd && !isPunct(ctx, end, ',') && !isTerminal(ctx, end) && end - start < reach) end++;
  if (!isPunct(ctx, end, ',')) return speakerEnd;
  while (isPunct(ctx, end, ',') && (startsApposition(ctx, end + 1, grammaticalCase) || startsFrameModifier(ctx, end + 1, grammaticalCase) || opensRelay(ctx, end + 1))) {
    let next = end + 1;
    while (next < sentenceEnd && !isPunct(ctx, next, ',') && !isTerminal(ctx, next)) next++;
    // «По словам премьера, которого цитирует «Интерфакс», П»: the relay's clause belongs to the frame.
    if (opensRelay(ctx, end + 1) && isPunct(ctx, next, ',')) {
      end = next;
      continue;
    }
    // «По словам источника, новый министр заявил, что …»: a phrase with a verb is the clause, not an apposition.
    if (next >= sentenceEnd || isTerminal(ctx, next) || hasVerb(ctx, end + 1, next)) break;
    end = next;
  }
  return end;
}

const OBJECT_RELATIVES = wordSet('object-relatives');

/** «которого цитирует X»: a relative clause naming who relays the speaker's words (quotes/referenced-source.ts). */
export function opensRelay(ctx: QuoteContext, k: number): boolean {
  return isWordOf(ctx, k, OBJECT_RELATIVES) && !!cueAt(ctx, k + 1, CITE);
}

const CITE: CueKind[] = ['cite'];

/** Tokens a frame reads past its speaker to its comma; past a «со ссылкой на» aside, more. */
const FRAME_REACH = 8;
const ASIDE_REACH = 16;
const CITING_ASIDES = wordSet('citing-aside-openers');

/** Longest bracketed gloss a frame reads through. */
const GLOSS_LENGTH = 12;

/** After the «)» closing the bracket opened at `open`; `open` itself when it does not close soon. */
function bracketEnd(ctx: QuoteContext, open: number, sentenceEnd: number): number {
  for (let k = open + 1; k < Math.min(sentenceEnd, open + GLOSS_LENGTH); k++) {
    if (isPunct(ctx, k, ')')) return k + 1;
    if (isPunct(ctx, k, '(')) return open;
  }
  return open;
}

function isMentionOf(ctx: QuoteContext, speaker: Speaker, ...types: string[]): boolean {
  const m = ctx.mentionAt[speaker.from]!;
  return speaker.kind === 'mention' && m !== -1 && types.includes(ctx.mentions[m]!.type);
}

/**
 * A phrase that describes a person: a role word among its first words (генерального секретаря …).
 * Not one a preposition opens: «по словам врачей, у принца лёгкие симптомы» starts the clause (the
 * role word there is governed by «у», whatever its case).
 */
function startsApposition(ctx: QuoteContext, i: number, grammaticalCase: string): boolean {
  if (isWordOf(ctx, i, PREPOSITIONS)) return false;
  for (let k = i; k < i + 3 && k < ctx.tokens.length; k++) {
    if (ctx.tokens[k]!.kind !== 'word') return false;
    // In the speaker's case: «по сообщению агентства, жители Эквадора …» starts the clause, not an apposition.
    if (ctx.titles.has(ctx.words[k]!.key)) return inCase(ctx, k, grammaticalCase);
  }
  return false;
}

/**
 * «По мнению телеканала, принадлежащего «Хамасу», …», «Как рассказал X на пресс-конференции,
 * состоявшейся после суда, …», «Как сообщила газета, ссылаясь на источники, …»: a participle
 * that cannot open the reported clause (no nominative reading: it agrees with a noun of the
 * frame) or, after an as-frame, a gerund (what the speaker did while saying it) goes with the frame.
 */
function startsFrameModifier(ctx: QuoteContext, i: number, grammaticalCase: string): boolean {
  if (ctx.tokens[i]?.kind !== 'word' || ctx.mentionAt[i] !== -1) return false;
  const analyses = ctx.analyseWord(ctx.words[i]!);
  const best = analyses[0];
  if (!best) return false;
  if (best.pos === 'GRND') return grammaticalCase === 'nomn';
  // «по словам источника, близкого к переговорам»: an adjective with a complement of its own describes the source too.
  const participle = best.pos === 'PRTF' || (best.pos === 'ADJF' && (PARTICIPLE_LEMMA.test(best.lemma) || governsPhrase(ctx, i)));
  return participle && !analyses.some((a) => a.grams.includes('nomn'));
}

/** The word after `i` is a preposition: an adjective with a prepositional complement (близкого к, знакомого с), not one before its noun. */
function governsPhrase(ctx: QuoteContext, i: number): boolean {
  return isWordOf(ctx, i + 1, PREPOSITIONS) && !ctx.analyseWord(ctx.words[i]!)[0]!.grams.includes('Apro');
}

/** The dictionary lists some active participles as adjectives (принадлежащий, бывший): their lemma keeps the suffix. */
const PARTICIPLE_LEMMA = /(?:[щв]ш?ий|[щв]ш?ийся)$/;

/** Some reading of the word is in the case, or the dictionary cannot tell (an unknown or indeclinable word). */
function inCase(ctx: QuoteContext, i: number, grammaticalCase: string): boolean {
  const analyses = ctx.analyseWord(ctx.words[i]!);
  return analyses.length === 0 || analyses.some((a) => a.grams.includes(grammaticalCase) || a.grams.includes('Fixd'));
}

/** The lead opens with a noun that can be nominative (or a name): a subject, not an adverbial (К 26 марта, Вчера). */
function opensWithSubject(ctx: QuoteContext, i: number): boolean {
  // «Последняя попытка, по данным …»: the subject's noun after its adjectives.
  for (let k = i; k < i + 2 && ctx.tokens[k]?.kind === 'word' && ctx.mentionAt[k] === -1; k++) {
    const a = ctx.analyseWord(ctx.words[k]!)[0];
    if (a?.pos !== 'ADJF' || !a.grams.includes('nomn')) break;
    i = k + 1;
  }
  if (ctx.tokens[i]?.kind !== 'word') return false;
  if (ctx.mentionAt[i] !== -1) return ctx.mentions[ctx.mentionAt[i]!]!.type !== 'LOC' || isNominativeWord(ctx, i);
  const best = ctx.analyseWord(ctx.words[i]!)[0];
  return !!best && best.pos === 'NOUN' && best.grams.includes('nomn');
}

/** The closing bracket of the bracket open before `from`, within the sentence, or -1 (a nested one opens first). */
function bracketClose(ctx: QuoteContext, from: number, sentenceEnd: number): number {
  for (let k = from; k < sentenceEnd; k++) {
    if (isPunct(ctx, k, '(')) return -1;
    if (isPunct(ctx, k, ')')) return k;
  }
  return -1;
}
