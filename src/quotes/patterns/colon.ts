import { FIRST_PERSON, functionWord } from '../../clauses/words.js';
import { lineBreaks } from '../../segment/chars.js';
import type { CueKind } from '../../types.js';
import { isPunct, isWordOf, mentionEnd, quoteAt, sentenceRange, type QuoteContext } from '../context.js';
import { cueAt, NEGATIONS, type CueMatch } from '../cues.js';
import { pronounInCue, speakerAfter, speakerBefore, type Speaker } from '../speaker/index.js';
import { adjectivesBefore } from '../../clauses/phrase-extent.js';
import { hasPredicate, ownWordsFollow, trimEnd } from './clause.js';
import { SPEECH } from './cue-kinds.js';
import { isSpeech } from './speech.js';
import type { Draft, Pattern } from './types.js';

/** Direct speech after a colon: X заявил: «П»; a block or the next paragraph after «сказал:»; «Кисин: П» opening a line. */

/** The cue kinds a colon's cue may be of (made once: a list per colon was an allocation per colon). */
const SPEECH_AS: readonly CueKind[] = [...SPEECH, 'as'];
const SPEECH_AS_SOURCE: readonly CueKind[] = [...SPEECH, 'as', 'source'];

function hasNegation(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWordOf(ctx, k, NEGATIONS)) return true;
  return false;
}

/** X заявил: «П». / X заявил: П. (an unmarked block after the colon runs to the sentence end) */
export const directColon: Pattern = {
  name: 'direct-cue-colon',
  *find(ctx) {
    for (let i = 1; i < ctx.tokens.length - 1; i++) {
      if (!isPunct(ctx, i, ':')) continue;
      const [sentenceStart, sentenceEnd] = sentenceRange(ctx, i);
      const ownLine = i + 1 >= sentenceEnd && ctx.index.lineOf[i + 1] !== ctx.index.lineOf[i];
      // «сказал:¶¶¶Ранее …»: an empty paragraph after the colon is where the statement was (a
      // block the text lost, as a page's quotation box stripped); what follows is the narrator's.
      if (ownLine && emptyParagraphAfter(ctx, i)) continue;
      // A statement set off as the next paragraph (…сказала, что рада вернуться:¶П) follows a
      // cue anywhere in its sentence, a source frame too (По словам X, он был пьян:¶П); inline,
      // a colon far from the cue opens a list more often than speech.
      // «X заявил, что команда устала: «Мы …»»: the speaker's own words after the reported clause
      // (which ends at this colon, clause.ts) are said by the report's cue, the sentence's first.
      const ownWords = !ownLine && ownWordsFollow(ctx, i + 1, sentenceEnd);
      const cue = ownWords
        ? firstCue(ctx, sentenceStart, i, SPEECH_AS)
        : ownLine
          ? lastCue(ctx, sentenceStart, i, SPEECH_AS_SOURCE)
          : lastCue(ctx, Math.max(sentenceStart, i - 8), i, SPEECH_AS);
      if (!cue) {
        // «Хэнкок поздравил пару через Twitter: «Очень рад …»»: a colon before a quotation
        // introduces speech even without a speech verb; the clause's subject says it.
        const pair = quoteAt(ctx, i + 1);
        const speaker = pair && isSpeech(ctx, pair, 3) ? speakerBefore(ctx, i, null) : null;
        const text = pair && !(speaker?.kind === 'mention') && isSpeech(ctx, pair) ? textBeforeColon(ctx, sentenceStart, i) : null;
        if (pair && speaker && speaker.kind === 'mention' && !inBrackets(ctx, sentenceStart, speaker.from)) {
          yield { kind: 'direct', content: [pair.open + 1, pair.close], cue: null, speaker, pattern: 'direct-colon-quotation' };
        } else if (pair && text) {
          yield { kind: 'direct', content: [pair.open + 1, pair.close], cue: null, speaker: text, pattern: 'direct-text-colon-quotation' };
        } else if (!pair && ownLine) {
          // «Певица Карина Кокс присоединилась к поздравлениям:¶П»: a person before a colon that
          // ends the line introduces the next paragraph as theirs when it is a statement.
          const who = speakerBefore(ctx, i, null);
          const end = paragraphEnd(ctx, i + 1);
          // A role or a pronoun before the colon (Глава церкви обратился к прихожанам:¶Мы …) gives the
          // paragraph too when it speaks in the first person, as the narrator never does. (An unnamed
          // source or a body before the colon more often hands on someone else's «я».)
          const speaks = who?.kind === 'mention' && isPerson(ctx, who.from) || ((who?.kind === 'title' || who?.kind === 'pronoun') && !who.governed && firstPerson(ctx, i + 1, end));
          if (speaks && !isPunct(ctx, end - 1, ':') && hasPredicate(ctx, i + 1, end)) {
            yield { kind: 'direct', content: [i + 1, end], cue: null, speaker: who, pattern: 'direct-colon-paragraph-quotation' };
          }
        }
        continue;
      }
      // «Многие считают, что это противоречит принципу: «…»»: a colon inside the reported
      // clause belongs to its content, not to the cue.
      if (!ownLine && !ownWords && hasWord(ctx, cue.to, i, THAT)) continue;
      // «ТАСС цитирует министра: «…»»: the quoted person is the citation's object, the medium its subject.
      const speaker = cue.cue.kind === 'source'
        ? pronounInCue(ctx, cue.from, cue.to) ?? speakerAfter(ctx, cue.to, cue.cue, false)
        : cue.cue.kind === 'cite'
          ? speakerAfter(ctx, cue.to, cue.cue, false) ?? speakerBefore(ctx, cue.from, cue.cue)
          // «П, сказал Резниченко:¶…»: a cue after its sentence's comma has its subject after it.
          : isPunct(ctx, cue.from - 1, ',') && ownLine
            ? speakerAfter(ctx, cue.to, cue.cue) ?? speakerBefore(ctx, cue.from, cue.cue)
            : speakerBefore(ctx, cue.from, cue.cue) ?? speakerAfter(ctx, cue.to, cue.cue);
      const pair = quoteAt(ctx, i + 1);
      // «выразили соболезнования …: «Милан», «Барселона» …»: a name in marks is a list's item, no speech.
      if (pair && !isSpeech(ctx, pair, 1)) continue;
      if (pair) {
        yield { kind: 'direct', content: [pair.open + 1, pair.close], cue: [cue.from, cue.to], speaker, pattern: this.name };
      } else if (i + 1 < sentenceEnd && nearColon(ctx, cue.to, i) && !isList(ctx, i + 1, sentenceEnd) && hasPredicate(ctx, i + 1, sentenceEnd)) {
        // (A block with no predicate at all, as the tail of a link's title «… опровергли задержание :: Политика :: РИА Новости», says nothing.)
        yield { kind: 'direct', content: [pastUnpairedMark(ctx, i + 1), sentenceEnd], cue: [cue.from, cue.to], speaker, pattern: 'direct-cue-colon-block' };
      } else if (ownLine && !isPunct(ctx, paragraphEnd(ctx, i + 1) - 1, ':')) {
        // «сказал: ¶ …»: the next paragraph is the statement (one in marks was taken above);
        // one that ends with a colon again only leads in to it (объявил:¶В заявлении говорится:¶П).
        yield { kind: 'direct', content: [pastUnpairedMark(ctx, i + 1), blockEnd(ctx, i + 1)], cue: [cue.from, cue.to], speaker, pattern: 'direct-cue-colon-paragraph' };
      }
    }
  },
};

/**
 * «В машине была записка: «П»», «оставлено зашифрованное сообщение: «П»»: a text noun in the
 * nominative right before the colon, inside its sentence, is the source of the quotation after it
 * (a document as source: the guide's speaker OTHER). Its adjectives go with it.
 */
function textBeforeColon(ctx: QuoteContext, sentenceStart: number, colon: number): Speaker | null {
  const noun = colon - 1;
  if (noun <= sentenceStart || ctx.tokens[noun]!.kind !== 'word' || ctx.mentionAt[noun] !== -1 || !ctx.documentNouns.has(ctx.words[noun]!.key)) return null;
  if (!ctx.analyseWord(ctx.words[noun]!).some((a) => a.pos === 'NOUN' && a.grams.includes('nomn'))) return null;
  return { from: adjectivesBefore(ctx, noun, sentenceStart), to: colon, kind: 'source', entity: null };
}

/**
 * Та ответила: П. / X заявил журналистам: П. Inline, the cue stands next to its colon, with at most
 * its speaker or addressee between; a cue with an object of its own before the colon
 * (признал себя виновным по двум пунктам: …) or a clause after a comma introduces a list.
 */
function nearColon(ctx: QuoteContext, cueEnd: number, colon: number): boolean {
  if (colon - cueEnd > 5) return false;
  for (let k = cueEnd; k < colon; k++) if (ctx.tokens[k]!.kind === 'punct') return false;
  return true;
}

const THAT = functionWord('complementizer');

function hasWord(ctx: QuoteContext, from: number, to: number, folded: string): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.kind === 'word' && ctx.words[k]!.folded === folded) return true;
  return false;
}


/** Words of a paragraph read for a first-person word: a statement says «я»/«мы» early; the bound keeps each colon O(1). */
const FIRST_PERSON_REACH = 40;

function firstPerson(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + FIRST_PERSON_REACH); k++) {
    if (ctx.tokens[k]!.kind === 'word' && ctx.mentionAt[k] === -1 && FIRST_PERSON.has(ctx.words[k]!.folded)) return true;
  }
  return false;
}

function isPerson(ctx: QuoteContext, i: number): boolean {
  const m = ctx.mentionAt[i] ?? -1;
  return m !== -1 && ctx.mentions[m]!.type === 'PER';
}

/** Line breaks that leave a whole empty paragraph between two tokens: one break ends a line, two a paragraph. */
const EMPTY_PARAGRAPH_BREAKS = 3;

/** Between token i and the next stands an empty paragraph (two or more blank lines). */
function emptyParagraphAfter(ctx: QuoteContext, i: number): boolean {
  const breaks = lineBreaks(ctx.text, ctx.tokens[i]!.end, ctx.tokens[i + 1]!.start, EMPTY_PARAGRAPH_BREAKS);
  return breaks >= EMPTY_PARAGRAPH_BREAKS;
}

function paragraphEnd(ctx: QuoteContext, from: number): number {
  let end = from;
  while (end < ctx.tokens.length && ctx.index.lineOf[end] === ctx.index.lineOf[from]) end++;
  return end;
}

/**
 * «написал:¶П1¶П2¶¶…»: a statement set off after a cue runs on over the lines of its paragraph
 * that speak in the first person, to the blank line (or the quotation or dash line) at the latest.
 */
/** Marks that only ever open a quotation; a straight " may be another quotation's close. */
const OPENING_ONLY = new Set(['«', '„', '‹']);

/**
 * «сказал:¶«Мы готовы.¶¶…» with a mark that never closes: the statement is the block, and the
 * mark is no part of what was said (direct content is given without its marks).
 */
function pastUnpairedMark(ctx: QuoteContext, from: number): number {
  return ctx.tokens[from]?.kind === 'quote' && OPENING_ONLY.has(ctx.tokens[from]!.text) && from + 1 < ctx.tokens.length ? from + 1 : from;
}

function blockEnd(ctx: QuoteContext, from: number): number {
  let end = paragraphEnd(ctx, from);
  // A next line goes on with the statement when it speaks in the first person, as the narrator
  // never does (not «Имеется в виду, что принц …», the narrator's gloss).
  while (end < ctx.tokens.length && ctx.index.paragraphOf[end] === ctx.index.paragraphOf[from]) {
    const next = paragraphEnd(ctx, end);
    if (!firstPerson(ctx, end, next)) break;
    end = next;
  }
  return end;
}

function firstCue(ctx: QuoteContext, from: number, to: number, kinds: readonly CueKind[]): CueMatch | null {
  for (let i = from; i < to; i++) {
    const m = cueAt(ctx, i, kinds);
    if (m && m.to <= to) return m;
  }
  return null;
}

function lastCue(ctx: QuoteContext, from: number, to: number, kinds: readonly CueKind[]): CueMatch | null {
  let found: CueMatch | null = null;
  for (let i = from; i < to; i++) {
    const m = cueAt(ctx, i, kinds);
    if (m && m.to <= to) found = m;
  }
  return found;
}

/**
 * «Кисин: Продолжайте …» — a line that opens with a name and a colon gives that person's words;
 * the name may follow its role (Хозяин плантации Джино Дескальси:), and the words may be the
 * next paragraph when the colon ends the line.
 */
export const headline: Pattern = {
  name: 'direct-headline-colon',
  *find(ctx) {
    for (let i = 0; i < ctx.tokens.length; i++) {
      if (i > 0 && ctx.index.lineOf[i - 1] === ctx.index.lineOf[i]) continue;
      const source = ctx.mentionAt[i] === -1 ? unnamedSourceHeadline(ctx, i) : null;
      if (source) {
        yield source;
        continue;
      }
      let start = i;
      while (start < i + ROLE_WORDS && ctx.mentionAt[start] === -1 && ctx.tokens[start]?.kind === 'word' && ctx.index.lineOf[start] === ctx.index.lineOf[i]) start++;
      let m = ctx.mentionAt[start] ?? -1;
      if (m === -1 || ctx.mentions[m]!.type === 'LOC') continue;
      let colon = mentionEnd(ctx, start);
      // «МИД России: П», «Глава МИД Сергей Лавров: П»: the name's complement or a person after a body's name.
      const named = isPunct(ctx, colon, ':') ? null : nameBeforeColon(ctx, start, colon, i);
      if (named) [start, colon, m] = named;
      if (!isPunct(ctx, colon, ':') || colon + 1 >= ctx.tokens.length) continue;
      const ownLine = ctx.index.lineOf[colon + 1] !== ctx.index.lineOf[i];
      if (ownLine && emptyParagraphAfter(ctx, colon)) continue;
      // A role before the name on a line that goes on is a heading's only when it is a role
      // (Министр финансов Иван Петров: П); other words are a sentence's (В интервью Иван Петров: …).
      if (start > i && !ownLine && !(ctx.tokens[i]!.kind === 'word' && ctx.titles.has(ctx.words[i]!.key))) continue;
      const end = paragraphEnd(ctx, colon + 1);
      if (ownLine && isPunct(ctx, end - 1, ':')) continue;
      const pair = ctx.index.outerByOpen.get(colon + 1);
      const content: [number, number] = pair && pair.close === end - 1 ? [colon + 2, end - 1] : ownLine ? [colon + 1, end] : trimEnd(ctx, colon + 1, end);
      if (content[1] - content[0] < 3) continue;
      // «Константин Сомов: выставка спустя полвека»: a heading's words with no predicate name a topic, not a statement.
      // A negation states, verb or none («Иван Петров: новый сезон не за горами»).
      if (!pair && !ownLine && !hasPredicate(ctx, content[0], content[1]) && !hasNegation(ctx, content[0], content[1])) continue;
      // «НХЛ: Стартует финал Кубка Стэнли»: a body's name over a line that opens with its verb
      // announces a topic of the body's field, not the body's words (those put their subject first:
      // «ВОЗ: пандемия пошла на спад»).
      if (ctx.mentions[m]!.type === 'ORG' && !pair && opensWithVerb(ctx, content[0])) continue;
      // «Голос Америки: И какова была реакция?»: an interview's line that ends in a question asks; it states nothing.
      if (!pair && endsInQuestion(ctx, content[1], end)) continue;
      yield { kind: 'direct', content, cue: null, speaker: { from: start, to: colon, kind: 'mention', entity: ctx.mentions[m]!.entity }, pattern: this.name };
    }
  },
};

/** Tokens a heading's speaker may run past its first name before the colon (МИД России; МИД Сергей Лавров). */
const NAME_TAIL = 4;

/**
 * «МИД России:», «Глава МИД Сергей Лавров:»: a colon a few tokens after the first name of a
 * line, with only names between (a body's place, a person after a body that is his role's
 * complement). The speaker is the last person named there, else the first name; null where any
 * other word comes between. Returns [speaker start, colon, speaker mention].
 */
function nameBeforeColon(ctx: QuoteContext, start: number, end: number, lineStart: number): [number, number, number] | null {
  let speaker = start;
  for (let k = end; k < Math.min(ctx.tokens.length, end + NAME_TAIL + 1); ) {
    if (ctx.index.lineOf[k] !== ctx.index.lineOf[lineStart]) return null;
    if (isPunct(ctx, k, ':')) return speaker === start && k === end ? null : [speaker, k, ctx.mentionAt[speaker]!];
    const m = ctx.mentionAt[k] ?? -1;
    if (m === -1) return null;
    if (ctx.mentions[m]!.type === 'PER') speaker = k;
    k = mentionEnd(ctx, k);
  }
  return null;
}

/**
 * «СМИ: Галина Волчек впала в кому», «Источники: …»: a line opening with a noun for an unnamed
 * source and a colon attributes the heading to that source, as a name would; only a statement
 * with a predicate on the same line.
 */
function unnamedSourceHeadline(ctx: QuoteContext, i: number): Draft | null {
  if (ctx.tokens[i]!.kind !== 'word' || !ctx.sourceNouns.has(ctx.words[i]!.key) || !isPunct(ctx, i + 1, ':') || i + 2 >= ctx.tokens.length) return null;
  if (ctx.index.lineOf[i + 2] !== ctx.index.lineOf[i]) return null;
  const content = trimEnd(ctx, i + 2, paragraphEnd(ctx, i + 2));
  if (content[1] - content[0] < 3 || !hasPredicate(ctx, content[0], content[1])) return null;
  return { kind: 'direct', content, cue: null, speaker: { from: i, to: i + 1, kind: 'source', entity: null }, pattern: 'direct-headline-colon' };
}

/** The tokens from the content's end to the paragraph's end hold a question mark as their last mark. */
function endsInQuestion(ctx: QuoteContext, contentEnd: number, end: number): boolean {
  let k = Math.min(end, ctx.tokens.length) - 1;
  while (k >= contentEnd - 1 && k >= 0 && ctx.tokens[k]!.kind === 'quote') k--;
  return k >= contentEnd - 1 && isPunct(ctx, k, '?');
}

/** The token is a capitalised finite verb and nothing else (Стартует, Начнётся). */
function opensWithVerb(ctx: QuoteContext, i: number): boolean {
  if (ctx.tokens[i]?.kind !== 'word' || ctx.mentionAt[i] !== -1 || ctx.words[i]!.shape !== 'title') return false;
  const readings = ctx.analyseWord(ctx.words[i]!);
  return readings.length > 0 && readings.every((a) => a.pos === 'VERB');
}

/** At most this many words of a role before the name (Хозяин крупной плантации). */
const ROLE_WORDS = 4;

/** Words of a block after which a list of names with no predicate is read as a list, not a statement. */
const LIST_ITEMS = 3;

/** Tokens a block may have to be read as a list. */
const LIST_REACH = 60;

/**
 * «ратификацию подтвердили шесть стран: Алжир, Египет, Катар и Россия»: a block of several
 * items split by commas, with no predicate, enumerates what the clause counted; no one says it.
 */
function isList(ctx: QuoteContext, from: number, to: number): boolean {
  // A constant reach keeps each colon O(1): a long block is read as a statement.
  if (to - from > LIST_REACH) return false;
  let commas = 0;
  for (let k = from; k < to; k++) if (isPunct(ctx, k, ',')) commas++;
  if (commas + 1 < LIST_ITEMS) return false;
  // A recognised name is no predicate, whatever the morphology guesses of it (Египет as «египать»).
  for (let k = from; k < to; k++) if (ctx.mentionAt[k] === -1 && hasPredicate(ctx, k, k + 1)) return false;
  return true;
}

/**
 * «…в Конституции штата (''Colorados constitution'') …: «П»»: a name in brackets is an aside,
 * never the subject who says what the colon introduces. Looks back a bounded stretch for the
 * nearest bracket: an aside is short, and every colon must cost the same.
 */
function inBrackets(ctx: QuoteContext, sentenceStart: number, at: number): boolean {
  for (let k = at - 1; k >= Math.max(sentenceStart, at - ASIDE_REACH); k--) {
    if (isPunct(ctx, k, ')')) return false;
    if (isPunct(ctx, k, '(')) return true;
  }
  return false;
}

/** Tokens looked back from a name for the bracket that opens an aside around it. */
const ASIDE_REACH = 12;
