import { functionWord } from '../../clauses/words.js';
import { wordList, wordSet } from '../../dict/words.js';
import type { Cue, CueKind } from '../../types.js';
import { isDashToken, isPunct, isTerminal, isWord, isWordOf, sentenceRange, type QuoteContext } from '../context.js';
import { cueAt, endsWithWordOf } from '../cues.js';
import { speakerAfter } from '../speaker/index.js';
import { afterNarratorLead, clauseEnd, hasPredicate, hasVerb, isConnector, isParticiple, NARRATOR_CONJUNCTIONS, trimEnd } from './clause.js';
import { SPEECH, TRAILING } from './cue-kinds.js';
import { insideStatements, opensStatement, reportKind } from './speech.js';
import { findThat } from './that.js';
import type { Pattern } from './types.js';

const CORRELATIVES = wordSet('as-correlatives');

/** П, сообщает X. / П, заявил представитель мэрии. The cue follows the content at the end of the sentence. */
export const reportAfter: Pattern = {
  name: 'indirect-content-cue',
  *find(ctx) {
    const quoted = insideStatements(ctx);
    for (let i = 2; i < ctx.tokens.length; i++) {
      // Inside a quotation the interruption «— признался X. —» belongs to the split quote.
      // A spaced hyphen stands for the dash in plain-text news (П, - сказал X).
      if (!(isPunct(ctx, i - 1, ',—–') || isDashToken(ctx, i - 1)) || quoted[i]) continue;
      // «П, — так говорится в тексте»: «так» points back at the content before the cue.
      const cue = cueAt(ctx, isWordOf(ctx, i, CORRELATIVES) ? i + 1 : i, AFTER_CONTENT);
      // «…, жалуясь на жестокое обращение»: a gerund continues its own clause; it attributes nothing before it.
      // «…журналист, сообщивший об изнасиловании»: a participle describes the noun before it, as a gerund does.
      if (!cue || isGerund(cue.cue) || isParticiple(ctx, cue.from)) continue;
      // «…, что родственники погибших уверены в невиновности его внука»: an opinion word with a
      // prepositional object is the clause's own predicate, not an attribution after it.
      if (cue.cue.kind === 'opinion' && ADJECTIVE_LEMMA.test(cue.cue.lemma) && isPreposition(ctx, cue.to) && !closingBody(ctx, cue.to + 1)) continue;
      // «П», — сказал X / «П», сказал X: direct, found above; «он кричал «Аллаху акбар», заявил X» is a report.
      const closing = ctx.tokens[i - 2]!.kind === 'quote' ? ctx.index.outerByClose.get(i - 2) : undefined;
      if (closing && (isPunct(ctx, i - 1, '—–') || isDashToken(ctx, i - 1) || opensStatement(ctx, closing.open))) continue;
      // «говорится в заявлении X», «следует из данных X»: the source follows a preposition, not in the nominative.
      const speaker = speakerAfter(ctx, cue.to, cue.cue, !endsWithWordOf(cue.cue, FINAL_PREPOSITIONS));
      if (!speaker) continue;
      const [sentenceStart] = sentenceRange(ctx, i);
      // «сообщает «Лента.ру», …»: the speaker's closing mark is part of its name.
      let after = speaker.to;
      while (ctx.tokens[after]?.kind === 'quote' && ctx.index.outerByClose.has(after)) after++;
      // «Из этих цифр следует, отмечает министерство, что П»: the content comes after «что».
      const that = isPunct(ctx, speaker.to, ',') && isWord(ctx, speaker.to + 1, functionWord('complementizer')) ? speaker.to + 1 : -1;
      if (that < 0 && !endsSentence(ctx, speaker.to)) continue;
      const content = that >= 0 ? trimEnd(ctx, that + 1, clauseEnd(ctx, that + 1, cue.cue)) : trimEnd(ctx, afterNarratorLead(ctx, sentenceStart, i - 1), i - 1);
      // Two words can be a statement (Пострадавших нет, уточнили в МЧС); one is not.
      // A lone connector before the cue (Впрочем, подчёркивает газета, П) leads in to a content after it.
      if (content[1] - content[0] < 2 && !(that < 0 && content[1] > content[0] && isConnector(ctx, content[0], content[1]))) continue;
      // «Стив Джобс, глава компании Apple, заявил о своём уходе»: a subject and its apposition before the cue say nothing.
      let whole = content;
      if (that < 0 && !statesSomething(ctx, content[0], content[1])) {
        // «Такой переход, считает X, повысит оперативность»: the cue inside its content, whose
        // predicate follows the speaker's comma; the content is then the whole sentence.
        // It ends where the clause does: «Многие мигранты, напомнил Папа, бежали от …, пишет BBC» stops before «, пишет BBC».
        const sentenceEnd = clauseEnd(ctx, Math.min(after + 1, sentenceRange(ctx, i)[1] - 1), cue.cue);
        const rest = trimEnd(ctx, after + 1, sentenceEnd);
        // «…, ссылается на X, но не приводит деталей»: after «но» the narrator goes on; no content's predicate.
        if (!isPunct(ctx, after, ',') || isWordOf(ctx, rest[0], NARRATOR_CONJUNCTIONS) || !hasPredicate(ctx, rest[0], rest[1])) continue;
        // «Кроме того, сообщает X, П»: a connector before the cue is the narrator's; the content is what follows.
        whole = isConnector(ctx, content[0], content[1]) ? rest : trimEnd(ctx, content[0], sentenceEnd);
      }
      // «П1. П2 — сказала X» in a paragraph of its own: unmarked direct speech runs from the line's start.
      if (that < 0 && whole[0] === sentenceStart && isDashToken(ctx, i - 1)) whole = [unmarkedSpeechStart(ctx, sentenceStart), whole[1]];
      // «П», — говорится в сообщении СМИ, пишет «Комсомольская правда»: a quotation with a dash
      // attribution of its own is what the medium reports; the attribution is the medium's narration.
      // The medium retells the speaker's quotation: a report (indirect), kept beside the direct quote,
      // which has the speaker's own.
      const quotation = that < 0 ? dashAttributedQuotation(ctx, whole) : null;
      if (quotation) {
        yield { kind: 'indirect', content: quotation, cue: [cue.from, cue.to], speaker, pattern: this.name };
        continue;
      }
      // «Министерство заявило о том, что П, сообщает France-Presse»: the medium relays the report's clause, not its narration.
      if (that < 0) whole = reportedClause(ctx, whole) ?? whole;
      yield { kind: reportKind(ctx, whole), content: whole, cue: [cue.from, cue.to], speaker, pattern: this.name };
    }
  },
};

/** The inside of a quotation opening `content` and followed by «, —» or «—» and a speech cue, or null. */
function dashAttributedQuotation(ctx: QuoteContext, content: [number, number]): [number, number] | null {
  const pair = ctx.index.outerByOpen.get(content[0]);
  if (!pair || pair.close >= content[1] - 1 || pair.close - pair.open < 2) return null;
  const dash = isPunct(ctx, pair.close + 1, ',') ? pair.close + 2 : pair.close + 1;
  return isDashToken(ctx, dash) && cueAt(ctx, dash + 1, SPEECH) ? [pair.open + 1, pair.close] : null;
}

/** Cues whose «что» clause a medium after it relays: speech, not an opinion (Паулс не уверен, что П, сообщает X: the whole sentence is the news). */
const RELAYED: CueKind[] = ['verb', 'report'];

/** The «что» clause of a speech cue in `content` that runs to the content's end, or null. */
function reportedClause(ctx: QuoteContext, content: [number, number]): [number, number] | null {
  for (let k = content[0]; k < content[1]; k++) {
    const cue = cueAt(ctx, k, RELAYED);
    if (!cue) continue;
    const that = findThat(ctx, cue.to);
    return that >= 0 && that + 2 < content[1] ? [that + 1, content[1]] : null;
  }
  return null;
}

/** An opinion word that is a short adjective (уверен, убеждён), not a verb (считают в правительстве). */
const ADJECTIVE_LEMMA = /[ыио]й$/;

/**
 * «…, уверены в Минэкономразвития.»: an organisation closing the sentence after the preposition is
 * where the opinion is held (as in «считают в правительстве»), not what it is about.
 */
function closingBody(ctx: QuoteContext, i: number): boolean {
  const m = ctx.mentionAt[i] ?? -1;
  if (m === -1 || ctx.mentions[m]!.type !== 'ORG') return false;
  let k = i;
  while (ctx.mentionAt[k] === m) k++;
  return endsSentence(ctx, k);
}

function isPreposition(ctx: QuoteContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && ctx.analyseWord(ctx.words[i]!)[0]?.pos === 'PREP';
}

/** «Цены вырастут, полагают эксперты»: an opinion after its content too (not a clause end elsewhere). */
const AFTER_CONTENT: CueKind[] = [...TRAILING, 'opinion'];

const FINAL_PREPOSITIONS = wordSet('trailing-cue-final-prepositions');
const GERUND_ENDINGS = wordList('gerund-endings');

/** A gerund cue (заявив, жалуясь): listed with no gender and no number. */
function isGerund(cue: Cue): boolean {
  const first = cue.form.split(' ')[0]!;
  return cue.kind === 'verb' && cue.gender === '-' && cue.number === '-' && GERUND_ENDINGS.some((ending) => first.endsWith(ending));
}
/** Words a role may have before its noun (бывший заместитель, главный врач). */
const ROLE_LEAD = 3;

/** A role noun (профессор, глава, эксперт) among the first words from i. */
function opensRole(ctx: QuoteContext, i: number): boolean {
  for (let k = i; k < i + ROLE_LEAD && ctx.tokens[k]?.kind === 'word'; k++) if (ctx.titles.has(ctx.words[k]!.key)) return true;
  return false;
}

const TAIL_PREPOSITIONS = wordSet('trailing-tail-prepositions');
const TAIL_CLAUSE_WORDS = wordSet('trailing-tail-clause-words');

/**
 * After the speaker only the sentence end may follow, or a tail that says no more than where
 * or how it was said: «, сообщает ТАСС со ссылкой на …», «сообщает пресс-служба ГУ МЧС по
 * Московской области», «уточнили в управлении МЧС». A tail with a verb or «что» is a clause of its own.
 */
function endsSentence(ctx: QuoteContext, i: number): boolean {
  const [, end] = sentenceRange(ctx, Math.max(0, i - 1));
  while (i < end && ctx.tokens[i]!.kind === 'quote') i++;
  if (i >= end || isTerminal(ctx, i) || isPunct(ctx, i, ',(') || isWordOf(ctx, i, TAIL_PREPOSITIONS)) return true;
  // «П, сказал Резниченко:¶…»: a colon ending the line leads in to a block of its own; the sentence before it is done.
  if (isPunct(ctx, i, ':') && i + 1 < ctx.tokens.length && ctx.index.lineOf[i + 1] !== ctx.index.lineOf[i]) return true;
  let last = end;
  while (last > i && isTerminal(ctx, last - 1)) last--;
  // «…, считает Таня Марш — профессор университета и эксперт по …»: a dash opening the speaker's role.
  if (isDashToken(ctx, i) && opensRole(ctx, i + 1) && !hasVerb(ctx, i + 1, last)) return true;
  for (let k = i; k < last; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === 'dash' || isPunct(ctx, k, ':;') || ctx.index.outerByOpen.has(k) && !ctx.index.outerByClose.has(k) && ctx.index.outerByOpen.get(k)!.close - k > 5) return false;
    if (isWordOf(ctx, k, TAIL_CLAUSE_WORDS)) return false;
  }
  return last - i <= 8 && !hasVerb(ctx, i, last);
}

/**
 * The content before a trailing cue has a predicate of its own: a name in marks is no
 * statement («Коммерсантъ», в свою очередь, ссылается на …: the subject, not what was said).
 */
function statesSomething(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pair = ctx.index.outerByOpen.get(k);
    if (pair && pair.close < to && quotesOneName(ctx, pair.open, pair.close)) {
      k = pair.close;
      continue;
    }
    if (hasPredicate(ctx, k, k + 1) && !rarePredicate(ctx, k)) return true;
  }
  return false;
}

/** First readings that a rarer predicate reading does not override (времени: not «времени!»; повсеместно: not a short adjective). */
const PLAIN_FIRST = new Set(['NOUN', 'ADVB']);

/**
 * «Установление повсеместно в стране летнего времени, подчеркнул президент, будет полезным»: a
 * noun or adverb whose only predicate readings are rarer ones (an imperative, a short adjective)
 * makes no statement before the cue; the cue then sits inside its content.
 */
function rarePredicate(ctx: QuoteContext, k: number): boolean {
  if (ctx.tokens[k]!.kind !== 'word') return false;
  const first = ctx.analyseWord(ctx.words[k]!)[0];
  return !!first && PLAIN_FIRST.has(first.pos);
}

/** The marks enclose exactly one recognised name. */
function quotesOneName(ctx: QuoteContext, open: number, close: number): boolean {
  const m = ctx.mentionAt[open + 1]!;
  return m !== -1 && ctx.mentions[m]!.tokens[0] === open + 1 && ctx.mentions[m]!.tokens[1] === close;
}

/** Sentences an unmarked statement may run back over within its line. */
const UNMARKED_REACH = 120;

/**
 * The start of unmarked direct speech ending with a dash and its cue: the first token of the
 * line when every sentence from there is free of quotation marks and speech cues (a line that
 * quotes or reports opens with the narrator); else the sentence's own start.
 */
function unmarkedSpeechStart(ctx: QuoteContext, sentenceStart: number): number {
  const line = ctx.index.lineOf[sentenceStart]!;
  let k = sentenceStart;
  while (k > 0 && k > sentenceStart - UNMARKED_REACH && ctx.index.lineOf[k - 1] === line) {
    k--;
    if (ctx.tokens[k]!.kind === 'quote' || cueAt(ctx, k, AFTER_CONTENT)) return sentenceStart;
  }
  if (k > 0 && ctx.index.lineOf[k - 1] === line) return sentenceStart;
  while (k < sentenceStart && ctx.tokens[k]!.kind === 'dash') k++;
  return k;
}
