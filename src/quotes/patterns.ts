import type { Cue, CueKind } from '../dict/lexicon.js';
import type { QuoteKind } from '../types.js';
import { isDashToken, isPunct, isTerminal, isWord, mentionEnd, sentenceRange, type QuoteContext } from './context.js';
import { cueAt, type CueMatch } from './cues.js';
import type { MarkPair } from './marks.js';
import { appositionPerson, pronounInCue, speakerAfter, speakerBefore, type Speaker } from './speaker/index.js';

/**
 * The attribution patterns, as a table: each has a name (reported with every quote it
 * makes) and a finder over the document. Content and cue are token ranges [from, to).
 */

export interface Draft {
  kind: QuoteKind;
  content: [number, number];
  cue: [number, number] | null;
  speaker: Speaker | null;
  pattern: string;
}

export interface Pattern {
  name: string;
  find(ctx: QuoteContext): Draft[];
}

const SPEECH: CueKind[] = ['verb', 'report', 'document', 'cite', 'opinion'];
const THAT: CueKind[] = ['verb', 'opinion', 'document'];

function cueIn(ctx: QuoteContext, from: number, to: number, kinds: CueKind[]): CueMatch | null {
  for (let i = from; i < Math.min(to, ctx.tokens.length); i++) {
    const m = cueAt(ctx, i, kinds);
    if (m) return m;
    if (isTerminal(ctx, i) || ctx.tokens[i]!.kind === 'quote') return null;
  }
  return null;
}

/** Drops sentence-final punctuation and closing marks from the end of a content range. */
function trimEnd(ctx: QuoteContext, from: number, to: number): [number, number] {
  while (to > from && (isTerminal(ctx, to - 1) || isPunct(ctx, to - 1, ',;:') )) to--;
  return [from, to];
}

/**
 * The reported clause ends at the sentence end, where the narrator resumes (…, однако не
 * назвал их; … сняты и ходатайствовал …), or where another attribution begins (…, сообщает
 * ТАСС; …, сторонники пишут, что …).
 */
function clauseEnd(ctx: QuoteContext, from: number, cue: Cue | null = null): number {
  const [, end] = sentenceRange(ctx, from);
  for (let i = from; i < end; i++) {
    if (isPunct(ctx, i, ';')) return i;
    if (i > from && isWord(ctx, i, 'и', 'а', 'но', 'однако') && narratorResumes(ctx, i + 1, end, cue)) {
      return isPunct(ctx, i - 1, ',') ? i - 1 : i;
    }
    if (i > from && isPunct(ctx, i, ',—–') && attributionFollows(ctx, i + 1)) return i;
  }
  return end;
}

/** Words that may stand between the conjunction and the narrator's verb: не, позже (a comparative), также. */
const SKIPPABLE = new Set(['ADVB', 'COMP', 'PRCL', 'CONJ', 'PREP', 'INTJ', 'PRED']);

const PHRASE_WORDS = new Set(['NOUN', 'NPRO', 'ADJF']);

const PAST_ENDINGS: Record<string, RegExp> = { m: /л$/, f: /ла$/, n: /ло$/, pl: /ли$/ };

/**
 * After a conjunction, a past-tense verb that agrees with the cue verb continues the
 * narrator's sentence about the speaker (Дмитриев отметил, что …, однако не предоставил …).
 */
function narratorResumes(ctx: QuoteContext, from: number, end: number, cue: Cue | null): boolean {
  if (!cue || (cue.gender === '-' && cue.number !== 'pl')) return false;
  const ending = PAST_ENDINGS[cue.number === 'pl' ? 'pl' : cue.gender]!;
  let inPhrase = false;
  for (let k = from; k < Math.min(end, from + 6); k++) {
    const w = ctx.words[k]!;
    if (ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1) return false;
    const best = ctx.analyse(w.folded)[0];
    if (ending.test(w.folded) && best?.pos === 'VERB' && best.grams.includes('past')) return true;
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
 * «…, однако позже выяснилось, что …», «…, но оказалось, что …», «…, а потом стало известно,
 * что …»: an impersonal past verb (neuter) with its own что-clause is the narrator reporting
 * what came to light.
 */
function impersonalReport(ctx: QuoteContext, verb: number): boolean {
  const a = ctx.analyse(ctx.words[verb]!.folded)[0];
  if (!a || !a.grams.includes('past') || !a.grams.includes('neut')) return false;
  for (let k = verb + 1; k <= verb + 2; k++) {
    if (isPunct(ctx, k, ',')) return isWord(ctx, k + 1, 'что');
    if (ctx.tokens[k]?.kind !== 'word') return false;
  }
  return false;
}

/** «, сообщает ТАСС», «, сторонники пишут, что»: a new attribution within the next words. */
function attributionFollows(ctx: QuoteContext, from: number): boolean {
  for (let k = from; k < Math.min(ctx.tokens.length, from + 3); k++) {
    if (ctx.tokens[k]!.kind !== 'word') return false;
    const cue = cueAt(ctx, k, TRAILING);
    if (cue) return k === from || isPunct(ctx, cue.to, ',') && isWord(ctx, cue.to + 1, 'что');
  }
  return false;
}

/** Cues that may follow their content: «П, сообщает ТАСС», «П, заявил представитель мэрии». */
/** Cues after their content: «П, сообщает X», «П, заявил X», «П, говорится в заявлении X». */
const TRAILING: CueKind[] = ['report', 'verb', 'document'];

/** Speech has words and is not just a name: «Известия» or «Газпром» alone is no quote. */
function isSpeech(ctx: QuoteContext, pair: MarkPair, minWords = 2): boolean {
  let words = 0;
  for (let i = pair.open + 1; i < pair.close; i++) {
    if (ctx.tokens[i]!.kind === 'word' && ctx.mentionAt[i] === -1) words++;
  }
  return words >= minWords;
}

function hasSpeechPair(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const pair = ctx.pairByOpen.get(i);
    if (pair && pair.close < to && isSpeech(ctx, pair)) return true;
  }
  return false;
}

/** After the closing mark: «П», — заявил X. / «П!» — воскликнул X. / «П», — Дмитриев заявил. */
function attributionAfter(ctx: QuoteContext, close: number): { cue: CueMatch; speaker: Speaker | null; end: number } | null {
  let i = close + 1;
  if (isPunct(ctx, i, ',!?…') || isTerminal(ctx, i)) i++;
  if (!isDashToken(ctx, i)) return null;
  const [, sentenceEnd] = sentenceRange(ctx, i);
  const cue = cueIn(ctx, i + 1, Math.min(sentenceEnd, i + 6), SPEECH);
  if (!cue) return null;
  // «…», — говорится в заявлении МИД: the source is named in the genitive.
  // «…», — цитирует Дмитрия Пескова издание РБК: the quoted person is the verb's object.
  const subject = cue.cue.kind !== 'document' && cue.cue.kind !== 'cite';
  const speaker = speakerAfter(ctx, cue.to, cue.cue, subject) ?? speakerBefore(ctx, cue.from, cue.cue, i + 1);
  return { cue, speaker, end: sentenceEnd };
}

const directAfter: Pattern = {
  name: 'direct-quote-dash-cue',
  find(ctx) {
    const out: Draft[] = [];
    for (const pair of ctx.pairByOpen.values()) {
      // With a speech verb after it, one word is speech too: «Да», — сказал Песков.
      if (!isSpeech(ctx, pair, 1)) continue;
      const found = attributionAfter(ctx, pair.close);
      if (!found) continue;
      let contentEnd = pair.close;
      // «П1», — сказал X, когда его спросили о …. — «П2»: a dash and a mark right after the
      // attribution's own sentence continue the same quote, however long that sentence; after
      // a sentence of narration the next quotation is a quote of its own.
      for (let k = found.cue.to; k < found.end + 2 && k < ctx.tokens.length; k++) {
        const next = ctx.pairByOpen.get(k);
        if (next && isDashToken(ctx, k - 1)) {
          contentEnd = next.close;
          break;
        }
      }
      out.push({
        kind: 'direct', content: [pair.open + 1, contentEnd === pair.close ? pair.close : contentEnd],
        cue: [found.cue.from, found.cue.to], speaker: found.speaker, pattern: this.name,
      });
    }
    return out;
  },
};

/** «…, — сказал X. — …», «— П, — подчеркнул он»: a dash after , ! ? … opening an attribution. */
function attributionAtDash(ctx: QuoteContext, d: number, limit: number): { cue: CueMatch; speaker: Speaker | null } | null {
  if (!isDashToken(ctx, d) || !isPunct(ctx, d - 1, ',!?…')) return null;
  const cue = cueIn(ctx, d + 1, Math.min(limit, d + 5), SPEECH);
  if (!cue) return null;
  return { cue, speaker: speakerAfter(ctx, cue.to, cue.cue) ?? speakerBefore(ctx, cue.from, cue.cue, d + 1) };
}

/** «П1, — сказал X. — П2»: the attribution sits between two dashes inside one pair of marks. */
const directSplit: Pattern = {
  name: 'direct-split-quote',
  find(ctx) {
    const out: Draft[] = [];
    for (const pair of ctx.pairByOpen.values()) {
      for (let d = pair.open + 2; d < pair.close - 2; d++) {
        const found = attributionAtDash(ctx, d, pair.close);
        if (!found) continue;
        let second = found.cue.to;
        while (second < pair.close && !isDashToken(ctx, second)) second++;
        if (second >= pair.close - 1) continue;
        out.push({ kind: 'direct', content: [pair.open + 1, pair.close], cue: [found.cue.from, found.cue.to], speaker: found.speaker, pattern: this.name });
        break;
      }
    }
    return out;
  },
};

/** X заявил: «П». / X заявил: П. (an unmarked block after the colon runs to the sentence end) */
const directColon: Pattern = {
  name: 'direct-cue-colon',
  find(ctx) {
    const out: Draft[] = [];
    for (let i = 1; i < ctx.tokens.length - 1; i++) {
      if (!isPunct(ctx, i, ':')) continue;
      const [sentenceStart, sentenceEnd] = sentenceRange(ctx, i);
      const cue = lastCue(ctx, Math.max(sentenceStart, i - 8), i, [...SPEECH, 'as']);
      if (!cue) {
        // «Хэнкок поздравил пару через Twitter: «Очень рад …»»: a colon before a quotation
        // introduces speech even without a speech verb; the clause's subject says it.
        const pair = ctx.pairByOpen.get(i + 1);
        const speaker = pair && isSpeech(ctx, pair, 3) ? speakerBefore(ctx, i, null) : null;
        if (pair && speaker && speaker.kind === 'mention') {
          out.push({ kind: 'direct', content: [pair.open + 1, pair.close], cue: null, speaker, pattern: 'direct-colon-quotation' });
        }
        continue;
      }
      const speaker = speakerBefore(ctx, cue.from, cue.cue) ?? speakerAfter(ctx, cue.to, cue.cue);
      const pair = ctx.pairByOpen.get(i + 1);
      if (pair) {
        out.push({ kind: 'direct', content: [pair.open + 1, pair.close], cue: [cue.from, cue.to], speaker, pattern: this.name });
      } else if (i + 1 < sentenceEnd) {
        out.push({ kind: 'direct', content: [i + 1, sentenceEnd], cue: [cue.from, cue.to], speaker, pattern: 'direct-cue-colon-block' });
      } else if (ctx.paragraphOf[i + 1] !== ctx.paragraphOf[i]) {
        // «сказал: ¶ …»: the next paragraph is the statement.
        const end = paragraphEnd(ctx, i + 1);
        const inner = ctx.pairByOpen.get(i + 1);
        const content: [number, number] = inner && inner.close === end - 1 ? [i + 2, end - 1] : [i + 1, end];
        out.push({ kind: 'direct', content, cue: [cue.from, cue.to], speaker, pattern: 'direct-cue-colon-paragraph' });
      }
    }
    return out;
  },
};

function paragraphEnd(ctx: QuoteContext, from: number): number {
  let end = from;
  while (end < ctx.tokens.length && ctx.paragraphOf[end] === ctx.paragraphOf[from]) end++;
  return end;
}

function lastCue(ctx: QuoteContext, from: number, to: number, kinds: CueKind[]): CueMatch | null {
  let found: CueMatch | null = null;
  for (let i = from; i < to; i++) {
    const m = cueAt(ctx, i, kinds);
    if (m && m.to <= to) found = m;
  }
  return found;
}

/** — П, — сказал он. A dialogue line: the paragraph opens with a dash. */
const dashDialogue: Pattern = {
  name: 'direct-dash-dialogue',
  find(ctx) {
    const out: Draft[] = [];
    for (let i = 0; i < ctx.tokens.length - 2; i++) {
      if (!isDashToken(ctx, i) || (i > 0 && ctx.paragraphOf[i - 1] === ctx.paragraphOf[i])) continue;
      for (let d = i + 2; d < ctx.tokens.length && ctx.paragraphOf[d] === ctx.paragraphOf[i]; d++) {
        if (!isDashToken(ctx, d) || !isPunct(ctx, d - 1, ',!?…')) continue;
        const found = attributionAtDash(ctx, d, ctx.tokens.length);
        if (!found) break;
        const end = isPunct(ctx, d - 1, ',') ? d - 1 : d;
        out.push({ kind: 'direct', content: [i + 1, end], cue: [found.cue.from, found.cue.to], speaker: found.speaker, pattern: this.name });
        break;
      }
    }
    return out;
  },
};

/** X заявил(, что) П; X сообщил о том, что П; X считает, что П. «что «…»» makes it mixed. */
const verbThat: Pattern = {
  name: 'indirect-cue-that',
  find(ctx) {
    const out: Draft[] = [];
    for (let i = 0; i < ctx.tokens.length; i++) {
      const cue = cueAt(ctx, i, THAT);
      if (!cue) continue;
      const that = findThat(ctx, cue.to);
      if (that < 0) continue;
      const speaker = speakerBefore(ctx, cue.from, cue.cue) ?? speakerAfter(ctx, cue.to, cue.cue);
      if (!speaker) continue;
      const content = trimEnd(ctx, that + 1, clauseEnd(ctx, that + 1, cue.cue));
      if (content[1] <= content[0]) continue;
      const kind = hasSpeechPair(ctx, content[0], content[1]) ? 'mixed' : 'indirect';
      out.push({ kind, content, cue: [cue.from, cue.to], speaker, pattern: this.name });
      i = cue.to - 1;
    }
    return out;
  },
};

/** The «что» of a reported clause within a few words after the cue: «заявил журналистам, что». */
function findThat(ctx: QuoteContext, from: number): number {
  for (let i = from; i < Math.min(ctx.tokens.length, from + 8); i++) {
    if (isWord(ctx, i, 'что', 'будто')) return i;
    // «рассказала «Комсомольской правде», что»: a quoted name between the cue and «что».
    const name = quotedNameEnd(ctx, i);
    if (name > i) {
      i = name - 1;
      continue;
    }
    if (isTerminal(ctx, i) || ctx.tokens[i]!.kind === 'quote' || isPunct(ctx, i, ':;')) return -1;
    // Only a comma right before «что», or «о том, что».
    if (isPunct(ctx, i, ',') && !isWord(ctx, i + 1, 'что', 'будто')) return -1;
  }
  return -1;
}

/** The index after a pair of marks around exactly one name («Комсомольской правде»), or `i`. */
function quotedNameEnd(ctx: QuoteContext, i: number): number {
  const pair = ctx.pairByOpen.get(i);
  if (!pair) return i;
  const m = ctx.mentionAt[i + 1]!;
  if (m === -1) return i;
  const end = mentionEnd(ctx, i + 1, pair.close);
  return end === pair.close ? pair.close + 1 : i;
}

/** По словам X, П. / Как сообщил X, П. / П, по данным X. */
const sourceFrame: Pattern = {
  name: 'indirect-source-frame',
  find(ctx) {
    const out: Draft[] = [];
    for (let i = 0; i < ctx.tokens.length; i++) {
      const cue = cueAt(ctx, i, ['source', 'as']);
      if (!cue) continue;
      const [sentenceStart, sentenceEnd] = sentenceRange(ctx, i);
      let speaker = pronounInCue(ctx, cue.from, cue.to) ?? speakerAfter(ctx, cue.to, cue.cue, cue.cue.kind === 'as') ??
        (cue.cue.kind === 'source' ? framePhrase(ctx, cue.to, sentenceEnd) : null);
      if (!speaker) continue;
      let frameEnd = sourceFrameEnd(ctx, speaker.to, sentenceEnd);
      // «По словам мужа погибшей, Дэвида Маккина, …»: the person in apposition is the speaker.
      const named = speaker.kind === 'mention' ? null : appositionPerson(ctx, frameEnd);
      if (named) {
        speaker = named;
        frameEnd = named.to;
      } else if (speaker.from > cue.to && frameEnd - cue.to <= 6 && isPunct(ctx, frameEnd, ',') && cue.cue.kind === 'source' && !isMentionOf(ctx, speaker, 'PER', 'ORG')) {
        // «по информации Национальной системы здравоохранения Великобритании,»: the whole
        // genitive phrase is the source, not the place at its end («как рассказал изданию
        // представитель …» has its subject in the nominative, after a dative).
        speaker = { from: cue.to, to: frameEnd, kind: 'source', entity: null, governed: true };
      }
      const before = trimEnd(ctx, sentenceStart, cue.from);
      const afterFrom = isPunct(ctx, frameEnd, ',') ? frameEnd + 1 : frameEnd;
      const after = trimEnd(ctx, afterFrom, clauseEnd(ctx, Math.min(afterFrom, sentenceEnd - 1), cue.cue));
      // «К 26 марта, по информации …, зафиксировано …»: a short lead without a verb is not reported speech.
      const hasBefore = before[1] - before[0] >= 2 && (before[1] - before[0] > 4 || hasVerb(ctx, before[0], before[1]));
      const hasAfter = after[1] - after[0] >= 2;
      if (!hasBefore && !hasAfter) continue;
      const content: [number, number] = hasBefore && hasAfter ? trimEnd(ctx, sentenceStart, sentenceEnd) : hasAfter ? after : before;
      const pair = ctx.pairByOpen.get(content[0]);
      const whole = pair && pair.close >= content[1] - 1;
      if (whole && cue.cue.kind === 'as') {
        out.push({ kind: 'direct', content: [pair.open + 1, pair.close], cue: [cue.from, cue.to], speaker, pattern: 'direct-as-frame' });
        continue;
      }
      const kind = hasSpeechPair(ctx, content[0], content[1]) ? 'mixed' : 'indirect';
      out.push({ kind, content, cue: [cue.from, cue.to], speaker, pattern: this.name });
    }
    return out;
  },
};

/**
 * «По словам мужа погибшей, …»: after a source frame, a noun phrase in the genitive up to the
 * comma names the source even when its noun is no known role (муж, соседка по палате).
 */
function framePhrase(ctx: QuoteContext, from: number, sentenceEnd: number): Speaker | null {
  let end = from;
  while (end < sentenceEnd && end - from < 6 && ctx.tokens[end]!.kind === 'word') end++;
  if (end === from || !isPunct(ctx, end, ',') || hasVerb(ctx, from, end)) return null;
  const head = ctx.analyse(ctx.words[from]!.folded);
  if (!head.some((a) => a.pos === 'NOUN' && a.grams.includes('gent'))) return null;
  return { from, to: end, kind: 'source', entity: null, governed: true };
}

/**
 * Where a source frame ends: the comma after the speaker, skipping appositions that
 * describe the speaker (По словам Лео Бенедучи, генерального секретаря Osapp, …, П);
 * without a comma, right after the speaker (Как сообщило министерство в больницах …).
 */
function sourceFrameEnd(ctx: QuoteContext, speakerEnd: number, sentenceEnd: number): number {
  let end = speakerEnd;
  while (end < sentenceEnd && !isPunct(ctx, end, ',') && !isTerminal(ctx, end) && end - speakerEnd < 8) end++;
  if (!isPunct(ctx, end, ',')) return speakerEnd;
  while (isPunct(ctx, end, ',') && startsApposition(ctx, end + 1)) {
    let next = end + 1;
    while (next < sentenceEnd && !isPunct(ctx, next, ',') && !isTerminal(ctx, next)) next++;
    if (next >= sentenceEnd || isTerminal(ctx, next)) break;
    end = next;
  }
  return end;
}

function hasVerb(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = ctx.tokens[k]!.kind === 'word' ? ctx.analyse(ctx.words[k]!.folded)[0]?.pos : undefined;
    if (pos === 'VERB' || pos === 'PRTS') return true;
  }
  return false;
}

function isMentionOf(ctx: QuoteContext, speaker: Speaker, ...types: string[]): boolean {
  const m = ctx.mentionAt[speaker.from]!;
  return speaker.kind === 'mention' && m !== -1 && types.includes(ctx.mentions[m]!.type);
}

/** A phrase that describes a person: a role word among its first words (генерального секретаря …). */
function startsApposition(ctx: QuoteContext, i: number): boolean {
  for (let k = i; k < i + 3 && k < ctx.tokens.length; k++) {
    if (ctx.tokens[k]!.kind !== 'word') return false;
    if (ctx.titles.has(ctx.words[k]!.key)) return true;
  }
  return false;
}

/** After the speaker only the sentence end (or a short tail: «, сообщает ТАСС со ссылкой на …») may follow. */
function endsSentence(ctx: QuoteContext, i: number): boolean {
  const [, end] = sentenceRange(ctx, Math.max(0, i - 1));
  while (i < end && ctx.tokens[i]!.kind === 'quote') i++;
  return i >= end || isTerminal(ctx, i) || isPunct(ctx, i, ',(') || isWord(ctx, i, 'со', 'в', 'на');
}

/** П, сообщает X. / П, заявил представитель мэрии. The cue follows the content at the end of the sentence. */
const reportAfter: Pattern = {
  name: 'indirect-content-cue',
  find(ctx) {
    const out: Draft[] = [];
    for (let i = 2; i < ctx.tokens.length; i++) {
      if (!isPunct(ctx, i - 1, ',—–')) continue;
      const cue = cueAt(ctx, i, TRAILING);
      if (!cue) continue;
      if (ctx.tokens[i - 2]!.kind === 'quote' && ctx.pairByClose.has(i - 2)) continue; // direct, found above
      // «говорится в заявлении X», «следует из данных X»: the source follows a preposition, not in the nominative.
      const speaker = speakerAfter(ctx, cue.to, cue.cue, !/ (в|из)$/.test(cue.cue.form));
      if (!speaker) continue;
      const [sentenceStart] = sentenceRange(ctx, i);
      // «Из этих цифр следует, отмечает министерство, что П»: the content comes after «что».
      const that = isPunct(ctx, speaker.to, ',') && isWord(ctx, speaker.to + 1, 'что') ? speaker.to + 1 : -1;
      if (that < 0 && !endsSentence(ctx, speaker.to)) continue;
      const content = that >= 0 ? trimEnd(ctx, that + 1, clauseEnd(ctx, that + 1, cue.cue)) : trimEnd(ctx, sentenceStart, i - 1);
      // Two words can be a statement (Пострадавших нет, уточнили в МЧС); one is not.
      if (content[1] - content[0] < 2) continue;
      out.push({ kind: 'indirect', content, cue: [cue.from, cue.to], speaker, pattern: this.name });
    }
    return out;
  },
};

/** Об этом сообщил X. The content is the sentence before. */
const aboutThis: Pattern = {
  name: 'indirect-about-this',
  find(ctx) {
    const out: Draft[] = [];
    for (let i = 0; i < ctx.tokens.length; i++) {
      const cue = cueAt(ctx, i, ['this']) ?? splitThisCue(ctx, i);
      if (!cue) continue;
      const sentence = ctx.sentenceOf[i]!;
      const referent = referredSentence(ctx, sentence);
      if (referent < 0) continue;
      // «Об этом говорится в сообщении дворца»: the source is named after в, in the genitive.
      const subject = !cue.cue.form.endsWith(' в');
      const speaker = speakerAfter(ctx, cue.to, cue.cue, subject) ?? speakerBefore(ctx, cue.from, cue.cue);
      if (!speaker) continue;
      const previous = ctx.sentences[referent]!;
      const content = trimEnd(ctx, previous.tokens[0], previous.tokens[1]);
      if (content[1] <= content[0]) continue;
      out.push({ kind: 'indirect', content, cue: [cue.from, cue.to], speaker, pattern: this.name });
      i = cue.to - 1;
    }
    return out;
  },
};

/** «Об этом он заявил в Twitter»: «об этом», a subject, then the speech verb. */
function splitThisCue(ctx: QuoteContext, i: number): CueMatch | null {
  if (!isWord(ctx, i, 'об', 'о') || !isWord(ctx, i + 1, 'этом', 'чем', 'чём')) return null;
  for (let k = i + 2; k < Math.min(ctx.tokens.length, i + 5); k++) {
    const verb = cueAt(ctx, k, ['verb']);
    if (verb) return { from: verb.from, to: verb.to, cue: { ...verb.cue, kind: 'this' } };
    if (ctx.tokens[k]!.kind !== 'word') return null;
  }
  return null;
}

/**
 * The sentence «об этом» refers to: the one before, or, when that one is itself an
 * attribution of this kind (Об этом говорится в сообщении дворца. Полиция подтвердила эту
 * информацию.), the sentence it refers to.
 */
function referredSentence(ctx: QuoteContext, sentence: number): number {
  let s = sentence - 1;
  while (s >= 0) {
    const [from, to] = ctx.sentences[s]!.tokens;
    let attribution = false;
    for (let k = from; k < Math.min(to, from + 3) && !attribution; k++) attribution = !!cueAt(ctx, k, ['this']);
    if (!attribution) return s;
    s--;
  }
  return -1;
}

/**
 * What turns an evaluation verb's object into a reported judgement: a complement with «как»
 * (охарактеризовал его как опытного), or for naming verbs a common noun or adjective in the
 * instrumental (назвал госпитализацию мерой предосторожности). A quoted fragment always does
 * (назвал это «…»). Without one it is a nominal report (назвал имя, оценил ущерб).
 */
const CALL_COMPLEMENTS: Record<string, readonly ('как' | 'ablt')[]> = {
  назвать: ['как', 'ablt'], называть: ['как', 'ablt'],
  охарактеризовать: ['как'], характеризовать: ['как'], оценить: ['как'], оценивать: ['как'],
  расценить: ['как'], расценивать: ['как'], описать: ['как'], описывать: ['как'],
  квалифицировать: ['как'], сравнить: [], сравнивать: [],
};

/** Tokens after the verb within which the complement must begin. */
const COMPLEMENT_WINDOW = 6;

function hasComplement(ctx: QuoteContext, from: number, to: number, kinds: readonly ('как' | 'ablt')[]): boolean {
  for (let k = from; k < Math.min(to, from + COMPLEMENT_WINDOW); k++) {
    if (ctx.mentionAt[k] !== -1) continue; // a name, dots of initials included (Дж.Коми)
    if (ctx.tokens[k]!.kind !== 'word') return false;
    const w = ctx.words[k]!;
    if (kinds.includes('как') && w.folded === 'как') return true;
    if (kinds.includes('ablt') && w.shape === 'lower' && ctx.mentionAt[k] === -1 && !isPreposition(ctx, k - 1) &&
      ctx.analyse(w.folded).some((a) => (a.pos === 'NOUN' || a.pos === 'ADJF') && a.grams.includes('ablt'))) return true;
  }
  return false;
}

function isPreposition(ctx: QuoteContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && ctx.analyse(ctx.words[i]!.folded)[0]?.pos === 'PREP';
}

/** X назвал это «…»; X охарактеризовал Y как Z; X назвал Y Z-instr: a judgement reported through its object. */
const called: Pattern = {
  name: 'indirect-called',
  find(ctx) {
    const out: Draft[] = [];
    for (let i = 0; i < ctx.tokens.length; i++) {
      const cue = cueAt(ctx, i, ['call']);
      if (!cue) continue;
      const end = clauseEnd(ctx, cue.to, cue.cue);
      const content = trimEnd(ctx, cue.to, end);
      let open = -1;
      for (let k = cue.to; k < Math.min(content[1], cue.to + 5); k++) if (ctx.pairByOpen.has(k)) { open = k; break; }
      const quoted = open >= 0 && isSpeech(ctx, ctx.pairByOpen.get(open)!);
      if (!quoted && !hasComplement(ctx, cue.to, content[1], CALL_COMPLEMENTS[cue.cue.lemma] ?? [])) continue;
      const speaker = speakerBefore(ctx, cue.from, cue.cue);
      if (!speaker || content[1] - content[0] < 2) continue;
      const kind = hasSpeechPair(ctx, content[0], content[1]) ? 'mixed' : 'indirect';
      out.push({ kind, content, cue: [cue.from, cue.to], speaker, pattern: kind === 'mixed' ? 'mixed-called' : this.name });
    }
    return out;
  },
};

/** «Кисин: Продолжайте …» — a line that opens with a name and a colon gives that person's words. */
const headline: Pattern = {
  name: 'direct-headline-colon',
  find(ctx) {
    const out: Draft[] = [];
    for (let i = 0; i < ctx.tokens.length; i++) {
      if (i > 0 && ctx.paragraphOf[i - 1] === ctx.paragraphOf[i]) continue;
      const m = ctx.mentionAt[i]!;
      if (m === -1 || ctx.mentions[m]!.type === 'LOC') continue;
      const colon = mentionEnd(ctx, i);
      if (!isPunct(ctx, colon, ':') || ctx.paragraphOf[colon + 1] !== ctx.paragraphOf[i]) continue;
      const end = paragraphEnd(ctx, colon + 1);
      const pair = ctx.pairByOpen.get(colon + 1);
      const content: [number, number] = pair && pair.close === end - 1 ? [colon + 2, end - 1] : trimEnd(ctx, colon + 1, end);
      if (content[1] - content[0] < 3) continue;
      out.push({ kind: 'direct', content, cue: null, speaker: { from: i, to: colon, kind: 'mention', entity: ctx.mentions[m]!.entity }, pattern: this.name });
    }
    return out;
  },
};

/** In order of trust: when two quotes cover the same content, the earlier pattern wins. */
export const PATTERNS: readonly Pattern[] = [
  directSplit, directAfter, dashDialogue, directColon, headline, sourceFrame, verbThat, aboutThis, reportAfter, called,
];
