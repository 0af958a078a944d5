import { wordMap, wordSet } from '../../dict/words.js';
import { fold } from '../../morph/index.js';
import { COORDINATING_AND, REFLEXIVE_POSSESSIVES } from '../../clauses/words.js';
import { isPunct, isTerminal, isWordOf, sentenceRange, type QuoteContext } from '../context.js';
import { cueAt, endsWithWordOf, NEGATIONS, QUESTION_CUES, type CueMatch } from '../cues.js';
import { speakerAfter, speakerBefore } from '../speaker/index.js';
import { hasVerb, leadsInSpeech, trimEnd } from './clause.js';
import { TRAILING } from './cue-kinds.js';
import type { Pattern } from './types.js';

/** Об этом сообщил X. The content is the sentence before. */
export const aboutThis: Pattern = {
  name: 'indirect-about-this',
  *find(ctx) {
    const referents = new Map<number, number>();
    for (let i = 0; i < ctx.tokens.length; i++) {
      // Each asked once per token: splitThisCue reads two word classes at every token.
      const leading = cueAt(ctx, i, ['this']) ?? splitThisCue(ctx, i);
      const trailing = leading ? null : verbThenThis(ctx, i);
      const fronted = trailing ? null : frontedTopicCue(ctx, i);
      const cue = trailing ?? leading ?? fronted?.cue;
      // «в картине «О чём говорят мужчины»»: a cue opening a quoted title is part of the title.
      if (!cue || ctx.index.outerByOpen.has(cue.from - 1)) continue;
      const sentence = ctx.index.sentenceOf[i]!;
      // «Завод закроют в мае: об этом сообщил X», «…, о чём сообщил X»: the clause before it in its own sentence.
      // A verb-first cue's comma closes a clause inside its subject («X, которого считают …, объявил об этом»).
      const own = trailing ? null : clauseBefore(ctx, i);
      const referent = own ? sentence : referredSentence(ctx, sentence, referents);
      if (referent < 0) continue;
      if (fronted && !refersBack(ctx, fronted.topic, referent)) continue;
      // «Об этом говорится в сообщении дворца»: the source is named after в, in the genitive.
      const subject = !endsWithWordOf(cue.cue, FINAL_PREPOSITIONS);
      // «Адвокат рассказал об этом в …»: the verb first, its subject stands before it.
      // «Об этом они сообщили в соцсети»: a pronoun or name between «об этом» and the verb is its subject, before
      // any place after the verb an impersonal plural would make the source (Об этом сообщили в пресс-службе).
      const inner = leading && cue.from > i + 2 ? speakerBefore(ctx, cue.from, cue.cue) : null;
      const between = inner && inner.from > i + 1 && !inner.governed && (inner.kind === 'pronoun' || inner.kind === 'mention') ? inner : null;
      const speaker = trailing ? speakerBefore(ctx, cue.from, cue.cue) :
        between ?? speakerAfter(ctx, cue.to, cue.cue, subject) ?? speakerBefore(ctx, cue.from, cue.cue);
      if (!speaker) continue;
      const previous = ctx.sentences[referent]!;
      const content = own ?? trimEnd(ctx, withoutLeadingAttribution(ctx, paragraphReported(ctx, cue.from, referent), previous.tokens[1]), withoutTrailingCue(ctx, previous.tokens[0], previous.tokens[1]));
      if (content[1] <= content[0] || leadsInSpeech(ctx, content)) continue;
      yield { kind: 'indirect', content, cue: [cue.from, cue.to], speaker, pattern: this.name };
      i = cue.to - 1;
    }
  },
};

/**
 * «Уитни Хьюстон была убита: об этом заявил X»: a cue set off by a colon, a dash or a comma
 * from a clause of its own sentence refers to that clause. Returns it, or null.
 */
function clauseBefore(ctx: QuoteContext, cueStart: number): [number, number] | null {
  const [sentenceStart] = sentenceRange(ctx, cueStart);
  if (cueStart - 1 <= sentenceStart || !isPunct(ctx, cueStart - 1, ',:;—–')) return null;
  const clause = trimEnd(ctx, sentenceStart, cueStart - 1);
  // A longer clause states something with no verb too (Результат теста … положительный, об этом сообщают СМИ).
  return clause[1] - clause[0] >= 2 && (hasVerb(ctx, clause[0], clause[1]) || clause[1] - clause[0] >= VERBLESS_CLAUSE) ? clause : null;
}

/**
 * «Правительство уходит в отставку, сообщает Reuters. Об этом заявил и премьер»: the referent's
 * own trailing attribution is the narrator's, not part of what «об этом» reports. Where the
 * referent ends.
 */
function withoutTrailingCue(ctx: QuoteContext, from: number, to: number): number {
  for (let k = to - 2; k > from + 1; k--) {
    const cue = isPunct(ctx, k, ',') ? cueAt(ctx, k + 1, TRAILING) : null;
    // «Стив Джобс, глава Apple, заявил о …»: a cue with a clause of its own after it, or with no
    // verb before it, is the sentence's predicate, not an attribution after it.
    if (cue) return hasVerb(ctx, from, k) && !otherVerb(ctx, k + 1, to, cue.cue.form) ? k : to;
    if (isPunct(ctx, k, ',;:')) break;
  }
  return to;
}

/** Tokens a leading attribution of the referent may span before its comma (Как передала радиостанция «Маяк»,). */
const LEAD_REACH = 8;

/**
 * «Как передала радиостанция «Маяк», возбуждено дело. Об этом сообщил X»: the referent's own
 * as-frame or source frame at its start is the narrator's (it is a quote of its own); what «об
 * этом» reports is the clause after its comma. Where the referent starts. (A lead «Соседи
 * считают, что П» stays in: cutting it lowered the judging part.)
 */
function withoutLeadingAttribution(ctx: QuoteContext, from: number, to: number): number {
  const frame = cueAt(ctx, from, ['as', 'source']);
  if (!frame) return from;
  for (let k = frame.to; k < Math.min(to - 1, from + LEAD_REACH); k++) {
    if (isPunct(ctx, k, ',')) return k > frame.to && !hasVerb(ctx, frame.to, k) ? k + 1 : from;
    if (isTerminal(ctx, k) || isPunct(ctx, k, ':;—–')) return from;
  }
  return from;
}

/** A verb in [from, to) besides the cue's own (which wiki link markup may put after the cue's first token). */
function otherVerb(ctx: QuoteContext, from: number, to: number, cueForm: string): boolean {
  const own = new Set(cueForm.split(' '));
  // A name is no verb, whatever Az makes of it (Михаил).
  for (let k = from; k < to; k++) if (!own.has(ctx.words[k]?.folded ?? '') && ctx.mentionAt[k] === -1 && hasVerb(ctx, k, k + 1)) return true;
  return false;
}

/** Tokens a clause without a verb needs before «об этом» to be the statement it refers to. */
const VERBLESS_CLAUSE = 5;

/** Sentences «об этом» opening a paragraph may take back from the paragraph before. */
const PARAGRAPH_SENTENCES = 4;

/**
 * «…родила первенца. Отцом ребёнка является …¶¶Об этом сообщается на сайте»: «об этом» opening a
 * paragraph refers to the paragraph before, back to a line that is no sentence (its heading or
 * caption); inside a paragraph, to the sentence before. The first token of the content.
 */
function paragraphReported(ctx: QuoteContext, cueFrom: number, referent: number): number {
  const [sentenceStart] = sentenceRange(ctx, cueFrom);
  let from = ctx.sentences[referent]!.tokens[0];
  if (sentenceStart === 0 || ctx.index.paragraphOf[sentenceStart - 1] === ctx.index.paragraphOf[sentenceStart]) return from;
  for (let s = referent - 1; s >= Math.max(0, referent - PARAGRAPH_SENTENCES); s--) {
    const [start, end] = ctx.sentences[s]!.tokens;
    // A caption (Владимир Путин и Андрей Воробьёв.) or heading ends the paragraph's statements.
    if (ctx.index.paragraphOf[start] !== ctx.index.paragraphOf[from] || !isTerminal(ctx, end - 1) || !hasVerb(ctx, start, end)) break;
    from = start;
  }
  return from;
}

/** The most tokens a caption or heading line has. */
const CAPTION_LENGTH = 6;

/**
 * «… на четыре года. ¶Леннарт Юханссон ¶Об этом Юханссон заявил …»: a short line with no
 * verb and no final stop (a photo caption, a heading) states nothing; «об этом» reaches past it.
 */
function isCaption(ctx: QuoteContext, from: number, to: number): boolean {
  return to - from <= CAPTION_LENGTH && !isTerminal(ctx, to - 1) && !hasVerb(ctx, from, to) &&
    ctx.index.lineOf[from] !== ctx.index.lineOf[Math.max(0, from - 1)];
}

const FINAL_PREPOSITIONS = wordSet('this-cue-final-prepositions');
const PREPOSITIONS = wordSet('about-this-prepositions');
const PRONOUNS = wordSet('about-this-pronouns');

/** Tokens after «об этом» within which its verb must stand. */
const SPLIT_REACH = 14;

/** «Об этом он заявил в Twitter»: «об этом», a subject, then the speech verb. */
function splitThisCue(ctx: QuoteContext, i: number): CueMatch | null {
  if (!isWordOf(ctx, i, PREPOSITIONS) || !isWordOf(ctx, i + 1, PRONOUNS)) return null;
  // «Об этом в среду, 23 марта 2016 года, сообщил …»: a date may stand before the verb too.
  for (let k = i + 2; k < Math.min(ctx.tokens.length, i + SPLIT_REACH); k++) {
    const verb = cueAt(ctx, k, ['verb']);
    if (verb) return asserts(ctx, verb) ? { from: verb.from, to: verb.to, cue: { ...verb.cue, kind: 'this' } } : null;
    // «об этом корреспонденту «Тамбовского меридиана» сообщили»: a quoted name may stand there too.
    const kind = ctx.tokens[k]!.kind;
    if (kind !== 'word' && kind !== 'number' && kind !== 'quote' && !isPunct(ctx, k, ',')) return null;
  }
  return null;
}

/** Tokens of the topic phrase after a fronted «о/об» that may repeat a word of the sentence before. */
const TOPIC_WORDS = 3;

/**
 * «О своих планах директор рассказал журналистам»: a sentence that opens with «о/об», the speaker's
 * own «свой» and a noun, then a speech verb, puts the speaker's own statement just told first; the
 * report is the sentence before, as with «об этом». A topic that is an event (Об отставке министра
 * сообщил премьер; О кончине певца сообщили родственники) reports the news, not a statement: a
 * nominal report, no quote, as the gold sets read it. Returns the cue and the topic phrase's first
 * tokens; whether the phrase does refer back is checked against the referent.
 */
function frontedTopicCue(ctx: QuoteContext, i: number): { cue: CueMatch; topic: [number, number] } | null {
  if (i !== ctx.sentences[ctx.index.sentenceOf[i]!]!.tokens[0] || !isWordOf(ctx, i, PREPOSITIONS) || !isWordOf(ctx, i + 1, REFLEXIVE_POSSESSIVES)) return null;
  for (let k = i + 2; k < Math.min(ctx.tokens.length, i + SPLIT_REACH); k++) {
    const verb = cueAt(ctx, k, ['verb']);
    if (verb) {
      return asserts(ctx, verb) ? { cue: { from: verb.from, to: verb.to, cue: { ...verb.cue, kind: 'this' } }, topic: [i + 1, Math.min(k, i + 1 + TOPIC_WORDS)] } : null;
    }
    if (ctx.tokens[k]!.kind !== 'word' && ctx.tokens[k]!.kind !== 'number') return null;
  }
  return null;
}

/** Letters two words share at their start to count as the same word (назначении ~ назначил). */
const SHARED_STEM = 5;

/** The shortest stem of a topic word that may stand for the whole word (план in «о планах» ~ планирует). */
const TOPIC_STEM = 4;

/**
 * Whether a word of the topic phrase repeats a word of the referent sentence: the same first
 * letters, or the topic word's stem starting a word there (отставке ~ отставку, аресте ~ ареста).
 */
function refersBack(ctx: QuoteContext, topic: [number, number], referent: number): boolean {
  const [from, to] = ctx.sentences[referent]!.tokens;
  const heads = new Set<string>();
  // The topic's nouns by lemma too: a stem may change in declension (о кончине певца ~ певец).
  const lemmas = new Set<string>();
  for (let k = topic[0]; k < topic[1]; k++) {
    const w = ctx.words[k];
    // A capitalised word there is more often the subject (Об изменении Юханссон говорил) than the topic.
    if (ctx.tokens[k]!.kind === 'word' && w && w.shape === 'lower' && w.key.length >= TOPIC_STEM) {
      heads.add(w.key.slice(0, Math.min(w.key.length, SHARED_STEM)));
      const noun = ctx.analyseWord(w)[0];
      if (noun?.pos === 'NOUN') lemmas.add(fold(noun.lemma));
    }
  }
  for (let k = from; k < to; k++) {
    const w = ctx.words[k];
    if (ctx.tokens[k]!.kind !== 'word' || !w) continue;
    for (let n = TOPIC_STEM; n <= SHARED_STEM; n++) if (heads.has(w.folded.slice(0, n))) return true;
    if (lemmas.size > 0 && w.shape === 'lower') {
      const noun = ctx.analyseWord(w)[0];
      if (noun?.pos === 'NOUN' && lemmas.has(fold(noun.lemma))) return true;
    }
  }
  return false;
}

/** «спросил об этом», «не сообщил об этом»: a question or a denied report says nothing of the sentence before. */
function asserts(ctx: QuoteContext, verb: CueMatch): boolean {
  return !QUESTION_CUES.has(verb.cue.lemma) && !isWordOf(ctx, verb.from - 1, NEGATIONS);
}

/** The pronouns of PRONOUNS that may also follow their verb (рассказал об этом); the relative «о чём» always precedes it. */
const FOLLOWING_PRONOUNS: ReadonlySet<string> = new Set([...wordMap('about-this-pronouns')].filter(([, place]) => place === 'follows').map(([form]) => form));

/**
 * «Его адвокат рассказал об этом в телеграм-канале», «Они сообщили об этом в соцсети»: a speech verb
 * followed by «об этом» reports the sentence before as much as «об этом сообщил» does.
 */
function verbThenThis(ctx: QuoteContext, i: number): CueMatch | null {
  const verb = cueAt(ctx, i, ['verb']);
  if (!verb || !asserts(ctx, verb) || !isWordOf(ctx, verb.to, PREPOSITIONS) || !isWordOf(ctx, verb.to + 1, FOLLOWING_PRONOUNS)) return null;
  // «взяла самоотвод и сообщила об этом»: «этом» is the subject's own act in the clause before «и».
  if (isWordOf(ctx, verb.from - 1, COORDINATING_AND)) return null;
  return { from: verb.from, to: verb.to + 2, cue: { ...verb.cue, kind: 'this' } };
}

/**
 * The sentence «об этом» refers to: the one before, or, when that one is itself an
 * attribution of this kind (Об этом говорится в сообщении дворца. Полиция подтвердила эту
 * информацию.; Об этом он написал в Telegram.), the sentence it refers to. `known` holds the
 * answers found so far, so that a run of such sentences is walked back once, not once each.
 */
function referredSentence(ctx: QuoteContext, sentence: number, known: Map<number, number>): number {
  const walked: number[] = [];
  let s = sentence - 1;
  let found = -1;
  while (s >= 0) {
    const before = known.get(s + 1);
    if (before !== undefined) {
      found = before;
      break;
    }
    walked.push(s + 1);
    const [from, to] = ctx.sentences[s]!.tokens;
    let attribution = false;
    for (let k = from; k < Math.min(to, from + 3) && !attribution; k++) attribution = !!(cueAt(ctx, k, ['this']) ?? splitThisCue(ctx, k));
    // A caption or heading line (short, no verb) stands between the statement and «об этом».
    if (!attribution && !isCaption(ctx, from, to)) {
      found = s;
      break;
    }
    s--;
  }
  for (const w of walked) known.set(w, found);
  return found;
}
