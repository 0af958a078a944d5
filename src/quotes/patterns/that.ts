import type { Cue, CueKind } from '../../types.js';
import { isWikiMarkup } from '../../segment/index.js';
import { TIME_NOUNS } from '../../clauses/words.js';
import { wordList, wordSet } from '../../dict/words.js';
import { isPunct, isTerminal, isWordOf, mentionEnd, sentenceRange, type QuoteContext } from '../context.js';
import { cueAt, NEGATION, NEGATIONS, QUESTION_CUES } from '../cues.js';
import { speakerAfter, speakerBefore, type Speaker } from '../speaker/index.js';
import { beforeMainPredicate, clauseEnd, hasVerb, trimEnd } from './clause.js';
import { THAT } from './cue-kinds.js';
import { insideStatements, reportKind } from './speech.js';
import type { Pattern } from './types.js';

/** X заявил(, что) П; X сообщил о том, что П; X считает, что П; Y приводит слова X, что П. «что «…»» makes it mixed. */
export const verbThat: Pattern = {
  name: 'indirect-cue-that',
  *find(ctx) {
    const quoted = insideStatements(ctx);
    const closeOf = closingMarks(ctx);
    for (let i = 0; i < ctx.tokens.length; i++) {
      const cue = cueAt(ctx, i, THAT_CITE);
      if (!cue || propositionSubject(ctx, cue.from) || quoted[cue.from] || QUESTION_CUES.has(cue.cue.lemma) || negated(ctx, cue.from, cue.cue)) continue;
      const that = findThat(ctx, cue.to);
      if (that < 0 || (NOTICE_CUES.has(cue.cue.lemma) && !afterNoticeFrame(ctx, that))) continue;
      // «Forbes приводит слова знакомого семьи, что П»: a citation's object is the speaker, its subject the medium.
      const speaker = cue.cue.kind === 'cite'
        ? speakerAfter(ctx, cue.to, cue.cue, false) ?? speakerBefore(ctx, cue.from, cue.cue)
        : speakerBefore(ctx, cue.from, cue.cue) ?? speakerAfter(ctx, cue.to, cue.cue) ?? acronymBefore(ctx, cue.from) ?? capitalisedSubject(ctx, cue.from, cue.cue);
      if (!speaker) continue;
      let content = beforeMainPredicate(ctx, cue.from, withoutFinalAside(ctx, trimEnd(ctx, that + 1, clauseEnd(ctx, that + 1, cue.cue))));
      // «…, «потому что не хотела, чтобы мне указывали, что делать»»: a cue inside a quoted
      // fragment reports no further than the fragment's closing mark; a word or two is no report.
      const close = closeOf[cue.from]!;
      if (close >= 0 && close < content[1]) {
        content = trimEnd(ctx, content[0], close);
        if (content[1] - content[0] < 2) continue;
      }
      // After «, «что» the clause is the speaker's words, verbatim, up to the mark that closes them.
      const opened = ctx.index.outerByOpen.get(that - 1);
      if (opened && opened.close < content[1]) content = trimEnd(ctx, content[0], opened.close);
      if (content[1] <= content[0]) continue;
      const kind = opened ? 'mixed' : reportKind(ctx, content);
      yield { kind, content, cue: [cue.from, cue.to], speaker, pattern: this.name };
      i = cue.to - 1;
    }
  },
};

const THAT_WORDS = wordSet('that-clause-openers');
const NOTICE_CUES = wordSet('notice-cues');
const NOTICE_FRAMES = wordList('notice-frames').map((frame) => frame.split(' '));

/**
 * «обратили внимание на то, что …»: a notice cue reports speech only through a frame (на то) before
 * the comma of its «что» at `that`; with a bare «, что» the clause is what was noticed.
 */
function afterNoticeFrame(ctx: QuoteContext, that: number): boolean {
  if (!isPunct(ctx, that - 1, ',')) return false;
  return NOTICE_FRAMES.some((frame) => frame.every((word, j) => ctx.words[that - 1 - frame.length + j]?.folded === word));
}

/** The cues of a «что» clause, and citations (приводит слова X, что П). */
const THAT_CITE: readonly CueKind[] = [...THAT, 'cite'];
const DENIAL_CUES = wordSet('denial-cues');

/**
 * «власти не уточняют, что …», «в документе не указывается, что …»: a negated speech cue denies
 * the report, so its clause is nobody's statement. A negated opinion (не верит, что П) is still an
 * opinion, a negated denial (не отрицает, что П) a concession; cues listed with their «не» (не
 * исключает) are cues in their own right.
 */
function negated(ctx: QuoteContext, cueFrom: number, cue: Cue): boolean {
  return isWordOf(ctx, cueFrom - 1, NEGATIONS) && cue.kind !== 'opinion' && !DENIAL_CUES.has(cue.lemma) &&
    !cue.form.startsWith(`${NEGATION} `);
}

/** Token → the closing mark of the outermost quotation it stands in, or -1. One pass: outermost pairs do not overlap. */
function closingMarks(ctx: QuoteContext): Int32Array {
  const closeOf = new Int32Array(ctx.tokens.length).fill(-1);
  for (const pair of ctx.index.outerByOpen.values()) closeOf.fill(pair.close, pair.open + 1, pair.close);
  return closeOf;
}

/**
 * «13 апреля ВАДА признала, что …»: an acronym in capitals right before the cue is its subject,
 * an organisation, even when no lexicon knows it.
 */
function acronymBefore(ctx: QuoteContext, cueFrom: number): Speaker | null {
  const k = cueFrom - 1;
  if (k < 0 || ctx.tokens[k]!.kind !== 'word' || ctx.words[k]!.shape !== 'upper' || ctx.tokens[k]!.text.length < 2) return null;
  return { from: k, to: cueFrom, kind: 'source', entity: null };
}

/**
 * «Дом отметил, что …», «Викиновости сообщали, что …»: a capitalised noun right before the cue
 * that can be its nominative subject, and agrees with it in number, is the speaker even when no
 * lexicon knows the name (the recogniser took it for a common noun or missed it).
 */
function capitalisedSubject(ctx: QuoteContext, cueFrom: number, cue: Cue): Speaker | null {
  const k = cueFrom - 1;
  if (k < 0 || ctx.tokens[k]!.kind !== 'word' || ctx.words[k]!.shape !== 'title' || cue.number === '-') return null;
  const number = cue.number === 'pl' ? 'plur' : 'sing';
  const analyses = ctx.analyseWord(ctx.words[k]!);
  // The gender too: a masculine noun may name a woman (Врач сказала), a feminine one no man (Медсестра сказал).
  const genders = cue.number === 'pl' ? null : GENDERS_FOR[cue.gender];
  const subject = analyses.length === 0 || analyses.some((a) => a.pos === 'NOUN' && a.grams.includes('nomn') && a.grams.includes(number) &&
    (!genders || genders.some((g) => a.grams.includes(g))));
  // Every reading a noun (or none: an unknown word).
  return subject && analyses.every((a) => a.pos === 'NOUN') ? { from: k, to: cueFrom, kind: 'source', entity: null } : null;
}

/** The noun genders a past-tense cue of each gender agrees with. */
const GENDERS_FOR: Record<string, readonly string[] | null> = { m: ['masc', 'Ms-f'], f: ['femn', 'masc', 'Ms-f'], n: ['neut'], '-': null };

/** Words that make a bracketed remark a clause of the narrator's rather than an abbreviation or a date. */
const ASIDE_WORDS = 3;

/** Parts of speech that make a bracketed remark a clause: a verb, a short adjective or participle, a predicative. */
const PREDICATES = new Set(['VERB', 'PRTS', 'ADJS', 'PRED']);

/**
 * «…, что можно говорить о «Facebook-депрессии» (именно эта сеть наиболее популярна в США)»:
 * a bracketed clause closing the report is the narrator's explanation, not the speaker's words.
 */
function withoutFinalAside(ctx: QuoteContext, [from, to]: [number, number]): [number, number] {
  if (!isPunct(ctx, to - 1, ')')) return [from, to];
  let words = 0;
  let predicate = false;
  for (let k = to - 2; k > from; k--) {
    if (isPunct(ctx, k, '(')) return words >= ASIDE_WORDS && predicate ? trimEnd(ctx, from, k) : [from, to];
    if (isPunct(ctx, k, ')')) break;
    if (ctx.tokens[k]!.kind !== 'word') continue;
    words++;
    predicate ||= PREDICATES.has(ctx.analyseWord(ctx.words[k]!)[0]?.pos ?? '');
  }
  return [from, to];
}

/**
 * «…, что напоминает поведение …, что говорит о том, что …»: a relative «что» right before the
 * cue is its subject and stands for the narrator's previous clause, which says nothing itself.
 */
function propositionSubject(ctx: QuoteContext, cueFrom: number): boolean {
  return isWordOf(ctx, cueFrom - 1, THAT_WORDS) && isPunct(ctx, cueFrom - 2, ',');
}

/**
 * The «что» of a reported clause within a few words after the cue: «заявил журналистам, что».
 * In the cue's sentence: a line with no final stop («…», — заключил глава группы «Экозащита»¶¶Иван
 * сообщил, что …) ends at its break, and the «что» after it is the next speaker's.
 */
export function findThat(ctx: QuoteContext, from: number): number {
  let limit = from + 8;
  const [, sentenceEnd] = sentenceRange(ctx, Math.max(0, from - 1));
  for (let i = from; i < Math.min(sentenceEnd, limit); i++) {
    if (isWordOf(ctx, i, THAT_WORDS)) return i;
    // «рассказала «Комсомольской правде», что»: a quoted name between the cue and «что».
    const name = quotedNameEnd(ctx, i);
    if (name > i) {
      // A quoted name counts as one word of the reach.
      limit += name - i - 1;
      i = name - 1;
      continue;
    }
    // Wiki italics (''Twitter'') are markup, not a quotation that would end the cue's reach.
    if (isTerminal(ctx, i) || (ctx.tokens[i]!.kind === 'quote' && !isWikiMarkup(ctx.tokens, i)) || isPunct(ctx, i, ':;')) return -1;
    // «заявил, «что …»»: the quotation opens with the speaker's own «что».
    if (isPunct(ctx, i, ',') && ctx.index.outerByOpen.has(i + 1) && isWordOf(ctx, i + 2, THAT_WORDS)) return i + 2;
    // Only a comma right before «что», or «о том, что», or one opening an aside (…, со ссылкой на …, что).
    if (isPunct(ctx, i, ',') && !isWordOf(ctx, i + 1, THAT_WORDS)) {
      // «подтвердил в среду, 20 апреля 2016 года(,) что»: a date that the comma sets off is an aside too.
      const prepositional = asideEnd(ctx, i + 1);
      const aside = prepositional < 0 ? dateEnd(ctx, i + 1) : prepositional;
      if (aside < 0) return -1;
      i = aside - 1;
      limit = Math.max(limit, aside + 2);
    }
  }
  return -1;
}

/** Words an aside between the cue and «что» may hold. */
const ASIDE_LENGTH = 8;

/**
 * «сообщила «Интерфаксу», со ссылкой на звонок из полиции, что …»: a prepositional aside
 * with no verb of its own, closed by the comma before «что». Returns that comma, or -1.
 */
function asideEnd(ctx: QuoteContext, from: number): number {
  if (ctx.tokens[from]?.kind !== 'word' || ctx.analyseWord(ctx.words[from]!)[0]?.pos !== 'PREP') return -1;
  for (let k = from + 1; k < Math.min(ctx.tokens.length, from + ASIDE_LENGTH); k++) {
    if (isPunct(ctx, k, ',')) return isWordOf(ctx, k + 1, THAT_WORDS) && !hasVerb(ctx, from, k) ? k : -1;
    if (isTerminal(ctx, k) || ctx.tokens[k]!.kind === 'quote' || isPunct(ctx, k, ':;—–')) return -1;
  }
  return -1;
}

const YEAR_ABBREVIATIONS = wordSet('year-abbreviations');

/** Tokens a date set off by commas may have (20 апреля 2016 г .). */
const DATE_TOKENS = 6;

/**
 * «20 апреля 2016 года»: a date after a comma, numbers and time nouns (a year's «г.» too), with
 * a number among them, up to the comma that closes it or the «что» a writer left that comma out
 * before. Returns that comma or «что», or -1.
 */
function dateEnd(ctx: QuoteContext, from: number): number {
  let dated = false;
  for (let k = from; k < Math.min(ctx.tokens.length, from + DATE_TOKENS); k++) {
    if (isPunct(ctx, k, ',') || isWordOf(ctx, k, THAT_WORDS)) return dated && k > from ? k : -1;
    const t = ctx.tokens[k]!;
    if (t.kind === 'number') dated = true;
    else if (t.kind === 'word' && TIME_NOUNS.has(ctx.words[k]!.folded)) continue;
    else if (isWordOf(ctx, k, YEAR_ABBREVIATIONS) && isPunct(ctx, k + 1, '.')) k++;
    else return -1;
  }
  return -1;
}

/** Words a quoted title between the cue and «что» may have. */
const TITLE_WORDS = 3;

/** Tokens [from, to) are a short title: a capitalised first word, at most TITLE_WORDS words and numbers, nothing else. */
function isShortTitle(ctx: QuoteContext, from: number, to: number): boolean {
  if (to <= from || to - from > TITLE_WORDS || ctx.tokens[from]!.kind !== 'word' || ctx.words[from]!.shape === 'lower') return false;
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.kind !== 'word' && ctx.tokens[k]!.kind !== 'number') return false;
  return true;
}

/** The index after a pair of marks around exactly one name («Комсомольской правде»), or `i`. */
function quotedNameEnd(ctx: QuoteContext, i: number): number {
  const pair = ctx.index.outerByOpen.get(i);
  if (!pair) return i;
  const m = ctx.mentionAt[i + 1]!;
  // «в эфире телеканала «Россия 24», что»: a short capitalised title the recogniser did not know.
  if (m === -1) return isShortTitle(ctx, i + 1, pair.close) ? pair.close + 1 : i;
  const end = mentionEnd(ctx, i + 1, pair.close);
  return end === pair.close ? pair.close + 1 : i;
}
