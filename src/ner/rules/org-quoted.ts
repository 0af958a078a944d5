import { wordList, wordSet } from '../../dict/words.js';
import { stemKey } from '../../morph/key.js';
import type { Candidate, WordInfo } from '../../types.js';
import { perWordFlag, perWordFlagFor } from '../../util/word-memo.js';
import type { NerLexicon } from '../lexicon.js';
import { candidate, PRIORITY, spanKey } from '../candidate.js';
import { adjacent, atSentenceStart, wordsKey, type NerContext } from '../context.js';
import { entryByKey, type GazetteerMatch } from '../gazetteer.js';
import { PLACE_ADJECTIVE } from '../words.js';
import { COORDINATING_AND, SOURCE_FRAME_NOUNS } from '../words.js';

/** Organisations named in quotes: газета «Известия», ООО «Ромашка», РИА «Новости» (the span is the name only). */

/** Quote marks that open a name; the longest name they hold, in tokens. */
const OPENING = new Set(['«', '„', '"', '“', "'"]);
const MAX_QUOTED = 8;

/**
 * «газета «Известия»», «сообщает «Спорт уик-энд»», «РИА «Новости»», «Центр современной
 * культуры «Гараж»»: an organisation noun, a reporting verb or an abbreviation (with the
 * noun's genitive complement between) before a quoted name. Also «московского «Спартака»»,
 * «гендиректор «Уральской стали»» (a place adjective or a role before it), a quoted name
 * standing alone in a sentence of sport news (матчей за «Рому»), and the document's other
 * quoted mentions of a name found so (испанской «Барселоны» … по «Барселоне»).
 */
export function quotedOrgCandidates(ctx: NerContext, matches: readonly GazetteerMatch[] = []): Candidate[] {
  const out: Candidate[] = [];
  const alone: Candidate[] = [];
  // Where a dictionary organisation fills a pair of marks («Росбанк»): a list of quoted names may go on from it.
  const quotedEntry = new Set(matches.filter((m) => m.entry.type === 'ORG').map((m) => spanKey(ctx.tokens.length, m.from, m.to)));
  let previous: number | undefined;
  // The document's quote-mark pairs (segment/quote-pairs.ts), each by its opening mark, in text order.
  for (const pair of ctx.index.pairs) {
    const i = pair.open - 1;
    const close = pair.close;
    if (!OPENING.has(ctx.tokens[pair.open]!.text) || close === i + 2) continue;
    if (isQuotedClause(ctx, i + 2, close)) continue;
    if (!isNameLike(ctx, i + 2, close)) {
      // «группы «Экозащита!»»: a name may end in «!», but only a body's noun before it says it is one, not speech.
      if (isExclaimedName(ctx, i, close)) out.push(candidate(i + 2, close, 'ORG', 'org-noun-quoted', PRIORITY.quotedOrg));
      continue;
    }
    // «Ротор» обыграл …: a name opening the text has no word before it, so it can only stand alone.
    const descriptor = i >= 0 && (isDescriptorBefore(ctx, i) || isDescriptorAcrossMark(ctx, i));
    const listed = isListedAfter(ctx, i, previous) || isSpeakingSubject(ctx, pair.open + 1, close);
    if (quotedEntry.has(spanKey(ctx.tokens.length, pair.open + 1, close))) previous = close;
    if (!descriptor && ctx.tokens[i + 2]!.kind !== 'word') continue;
    const first = ctx.tokens[i + 2]!;
    if ((first.kind !== 'word' && first.kind !== 'number') || ctx.words[i + 2]!.shape === 'lower') continue;
    if (descriptor || listed) previous = close;
    if (descriptor) out.push(withAbbreviatedEntry(ctx, candidate(i + 2, close, 'ORG', 'org-noun-quoted', PRIORITY.quotedOrg), i));
    else if (listed) out.push(candidate(i + 2, close, 'ORG', 'listed-quoted', PRIORITY.quotedOrg));
    else if (isHeadedName(ctx, i + 2, close)) out.push(candidate(i + 2, close, 'ORG', 'head-quoted', PRIORITY.quotedOrg));
    else if (i < 0) {
      if (close - i - 2 <= MAX_ALONE && ctx.words[i + 2]!.shape === 'title') alone.push(candidate(i + 2, close, 'ORG', 'sport-quoted', PRIORITY.quotedOrg));
    } else if (isOwnerBefore(ctx, i)) out.push(candidate(i + 2, close, 'ORG', 'owner-quoted', PRIORITY.quotedOrg));
    else if (close - i - 2 <= MAX_ALONE && ctx.words[i + 2]!.shape === 'title' && !isWorkNoun(ctx, i) && !isNickname(ctx, i, close) && !isVenue(ctx, i)) alone.push(candidate(i + 2, close, 'ORG', 'sport-quoted', PRIORITY.quotedOrg));
  }
  if (alone.length === 0) return out;
  const sport = sportSentences(ctx);
  const rest: Candidate[] = [];
  for (const c of alone) (sport.has(ctx.index.sentenceOf[c.tokens[0]]!) ? out : rest).push(c);
  const named = new Set(out.map((c) => wordsKey(ctx, ...c.tokens, 'key')));
  for (const c of rest) if (named.has(wordsKey(ctx, ...c.tokens, 'key'))) out.push({ ...c, rule: 'quoted-repeat' });
  return out;
}

/**
 * «"Фонд для новых американцев"», «оппозиционного "Движения за демократические перемены"»: a quoted
 * name of two or more words that opens with a body's noun, capitalised, is that body. A figure in
 * it makes it a model's name («Союз ТМА-7»); a noun of a work or a thing before the marks, a title.
 */
function isHeadedName(ctx: NerContext, from: number, close: number): boolean {
  const first = ctx.words[from]!;
  if (close - from < 2 || first.shape !== 'title' || ctx.tokens[from]!.kind !== 'word' || !ctx.lexicon.orgNounFolded.has(first.folded)) return false;
  for (let k = from; k < close; k++) if (/\d/.test(ctx.tokens[k]!.text)) return false;
  return !isWorkNoun(ctx, from - 2) && !isProductNoun(ctx, from - 2);
}

const PRODUCT_NOUNS = wordSet('product-nouns');

function isProductNoun(ctx: NerContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && PRODUCT_NOUNS.has(ctx.words[i]!.folded);
}

/**
 * «телеканалов «Египет-25», «Хафез» и «Аль-Нас»», «в «Росбанке», «Альфа-Капитале»»: a quoted name
 * joined by a comma or «и» to the quoted body just before it (found here or a dictionary entry) is
 * one more body of the list. `i` is the word before its opening mark; `previous` the closing mark
 * of the last quoted body.
 */
function isListedAfter(ctx: NerContext, i: number, previous: number | undefined): boolean {
  if (previous === undefined || i < 0) return false;
  const joint = ctx.tokens[i]!;
  const joined = joint.text === ',' || (joint.kind === 'word' && COORDINATING_AND.has(ctx.words[i]!.folded));
  return joined && ctx.tokens[i - 1]?.kind === 'quote' && previous === i - 1;
}

/**
 * «Рассвет» сообщил, что …; «Мемориал» заявил о …: a quoted name right before a speech verb is its
 * subject, a body (a work or a thing does not speak). Speech in marks before an inverted cue
 * («Нет» ответил он, «Хорошо» сказал Петров) has the verb's subject after the verb: left alone.
 */
function isSpeakingSubject(ctx: NerContext, from: number, close: number): boolean {
  const verb = ctx.words[close + 1];
  if (!verb || ctx.tokens[close + 1]!.kind !== 'word' || verb.shape !== 'lower' || !adjacent(ctx, close, close + 1)) return false;
  if (!ctx.lexicon.speechVerbs.has(verb.folded) && !ctx.lexicon.reportVerbs.has(verb.folded)) return false;
  if (ctx.words[from]!.shape === 'lower') return false;
  const after = close + 2;
  if (ctx.tokens[after]?.kind !== 'word') return true;
  const w = ctx.words[after]!;
  const readings = w.shape === 'lower' ? ctx.analyseWord(w) : w.analyses;
  // By the best reading: a preposition (о) has a rare noun reading too.
  const best = readings[0];
  return !best || !(best.grams.includes('nomn') && (best.pos === 'NOUN' || best.pos === 'NPRO' || best.pos === 'ADJF'));
}

/**
 * «телеканалов — «Египет-25»»: a dash between a body's noun and the marks. Not a colon: after
 * «журналов:» a list names the titles someone worked on, after «сказала:» speech follows.
 */
function isDescriptorAcrossMark(ctx: NerContext, i: number): boolean {
  const before = ctx.words[i - 1];
  return i > 0 && ctx.tokens[i]!.kind === 'dash' && ctx.tokens[i - 1]!.kind === 'word' && before!.shape === 'lower' && ctx.lexicon.orgNouns.has(before!.key);
}


/** A quoted name standing alone is a club in sport news when it is one or two words long. */
const MAX_ALONE = 2;

/** Roles whose complement is a work or a contest, not a body (режиссёр «Титаника», лауреат «Грэмми»). */
const CREATOR_ROLES = wordSet('creator-roles');
const DEPUTY_PREFIXES = wordList('deputy-prefixes');
const VENUE_PREPOSITIONS = wordSet('venue-prepositions');
const SCORE_LEADS = wordList('score-leads');
const SPORT_VERBS = wordSet('sport-verbs');
const SPORT_ADVERBS = wordSet('sport-adverbs');

/**
 * «московского «Спартака»», «политического «Союза за демократию»», «замгендиректора «Уральской
 * стали»», «участники «Кривого зеркала»»: a place adjective or a role right before the quote
 * owns a body, not a work or a thing.
 */
function isOwnerBefore(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i]!;
  if (ctx.tokens[i]!.kind !== 'word' || !adjacent(ctx, i, i + 1)) return false;
  if (w.shape !== 'lower' && !(w.shape === 'title' && atSentenceStart(ctx, i))) return false;
  if (PLACE_ADJECTIVE.test(w.folded)) return true;
  // «Владелец «Бирмингема» получил …»: a role opening the sentence is capitalised.
  if (!ctx.lexicon.titles.has(w.key) || CREATOR_ROLES.has(w.key)) return false;
  // «статье Частного корреспондента «…»»: a role inside a name owns nothing.
  const before = ctx.words[i - 1];
  if (before && before.shape === 'title' && ctx.tokens[i - 1]!.kind === 'word' && !atSentenceStart(ctx, i - 1)) return false;
  // The word is the role itself, not a word whose stem only looks like it (фотографии, фотограф).
  const lemma = ctx.analyseWord(w)[0]?.lemma ?? '';
  return ctx.lexicon.titleWords.has(lemma) || DEPUTY_PREFIXES.some((p) => lemma.startsWith(p) && ctx.lexicon.titleWords.has(lemma.slice(p.length)));
}

/** «Джеймс «Бадди» Макгирт», «с тренером Джеймсом «Бадди»»: a nickname inside or after a person's name is no club. */
function isNickname(ctx: NerContext, i: number, close: number): boolean {
  const capitalised = (k: number) => ctx.tokens[k]?.kind === 'word' && ctx.words[k]!.shape === 'title';
  return (capitalised(i) && !atSentenceStart(ctx, i)) || (capitalised(close + 1) && adjacent(ctx, close, close + 1) && !isSportNoun(ctx, i));
}

/** «хавбек «Турбине» Фатмире Байрамай», «фаната «Милана» Кобе Брайанта»: a lower-case noun of sport before the quote makes it the club, the name after it the person. */
function isSportNoun(ctx: NerContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && ctx.words[i]!.shape === 'lower' && ctx.lexicon.sportNounForms.has(ctx.words[i]!.folded);
}

/** «на «Лужниках»», «на «Газпром Арене»»: a quoted name after «на» in sport news is the stadium. */
function isVenue(ctx: NerContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && (VENUE_PREPOSITIONS.has(ctx.words[i]!.folded) || VENUE_NOUNS.has(ctx.words[i]!.folded));
}

/** «на стадионе «Крестовский»», «в зоне «Центр»»: a venue's or a zone's name, not a club. */
const VENUE_NOUNS = wordSet('venue-nouns');

function isWorkNoun(ctx: NerContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && ctx.lexicon.workNounForms.has(ctx.words[i]!.folded);
}

/** The sentences (their indices) that hold a noun of sport news. */
function sportSentences(ctx: NerContext): Set<number> {
  const out = new Set<number>();
  const isSportNoun = sportNoun(ctx.lexicon);
  for (let k = 0; k < ctx.tokens.length; k++) {
    const w = ctx.words[k]!;
    const shape = w.shape;
    if (((shape === 'lower' || (shape === 'title' && atSentenceStart(ctx, k))) && isSportNoun(w)) || (shape === 'lower' && sportVerbOrAdverb(w)) || isScore(ctx, k)) out.add(ctx.index.sentenceOf[k]!);
  }
  return out;
}

// Per word form (src/util/word-memo.ts): the scan asks them of every token of every document.
const sportNoun = perWordFlagFor((lexicon: NerLexicon, w: WordInfo) => lexicon.sportNounForms.has(w.folded));
const sportVerbOrAdverb = perWordFlag((w) => SPORT_VERBS.has(w.folded) || SPORT_ADVERBS.has(w.folded));

/** A match score: «1:2», «3:0», or any «N:N» after «со счётом» (a time, «12:30», is none). */
function isScore(ctx: NerContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.kind !== 'number' || !SCORE.test(t.text)) return false;
  return /:\d$/.test(t.text) || (k > 0 && SCORE_LEADS.some((lead) => ctx.words[k - 1]!.folded.startsWith(lead)));
}
const SCORE = /^\d{1,3}:\d{1,3}$/;

/** The word at `i` (just before an opening quote) ends a descriptor of an organisation. */
function isDescriptorBefore(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i]!;
  if (ctx.lexicon.orgNouns.has(w.key) || (w.shape === 'lower' && ctx.lexicon.reportVerbs.has(w.folded))) return true;
  if (isOutletFrame(ctx, i)) return true;
  // «рок-группы «Алиса»», «музея-заповедника «Петергоф»»: a compound whose first or last part is a body's noun.
  // A compound place noun (бизнес-центра «Демидов») names a building, a place.
  if (w.shape === 'lower' && w.folded.includes('-') && !ctx.lexicon.placeNounForms.has(w.folded) && w.folded.split('-').some((part) => part.length > 3 && isOrgNounWord(ctx, part))) return true;
  // «Telegram-канал «Baza»», «YouTube-канала «Редакция»»: a Latin or capitalised first part, the body's noun last.
  if (w.shape !== 'lower' && isOrgNounCompound(ctx, i)) return true;
  if (isDescriptorAbbreviation(ctx, i)) return true;
  // «Центр современной культуры «Гараж»»: up to three genitive words after the noun.
  let k = i;
  while (k > i - 3 && k > 0 && ctx.tokens[k]!.kind === 'word' && ctx.words[k]!.shape === 'lower' && adjacent(ctx, k - 1, k)) {
    const a = ctx.analyseWord(ctx.words[k]!)[0];
    if (!a || !a.grams.includes('gent') || (a.pos !== 'NOUN' && a.pos !== 'ADJF')) return false;
    k--;
    if (ctx.lexicon.orgNouns.has(ctx.words[k]!.key) && ctx.words[k]!.folded.length > 3) return true;
  }
  return false;
}

/**
 * «По данным «Вечерней Казани»», «в интервью «Северным вестям»», «в эфире «Радио Кавказ»»: a source
 * frame or an outlet's noun before the marks; the name is the outlet, not a work or a person.
 */
function isOutletFrame(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i]!;
  if (ctx.tokens[i]!.kind !== 'word' || !adjacent(ctx, i, i + 1)) return false;
  if (SOURCE_FRAME_NOUNS.has(w.folded) && ctx.words[i - 1]?.folded === 'по') return true;
  // «В интервью …» opens a sentence: the noun is capitalised there.
  return (w.shape === 'lower' || atSentenceStart(ctx, i)) && OUTLET_NOUNS.has(w.folded);
}

const OUTLET_NOUNS = wordSet('outlet-frame-nouns');

/**
 * The word is a compound whose last part is a body's noun written in lower case (Telegram-канал):
 * the capital of «YouTube» says nothing of the whole, the lower-case noun says what kind it is.
 */
function isOrgNounCompound(ctx: NerContext, i: number): boolean {
  if (ctx.tokens[i]!.kind !== 'word') return false;
  const text = ctx.tokens[i]!.text;
  const last = text.slice(text.lastIndexOf('-') + 1);
  if (last.length <= 3 || last.length === text.length || last !== last.toLowerCase()) return false;
  const folded = ctx.words[i]!.folded;
  return isOrgNounWord(ctx, folded.slice(folded.lastIndexOf('-') + 1));
}

/** A word (a compound's part) is a body's noun, by its key or its lemma's (лицея: лице, лицей: лиц). */
function isOrgNounWord(ctx: NerContext, folded: string): boolean {
  const lemma = ctx.analyse(folded)[0]?.lemma;
  return ctx.lexicon.orgNouns.has(stemKey(folded)) || (!!lemma && ctx.lexicon.orgNouns.has(stemKey(lemma)));
}

/** «РИА «Новости»», «РКК „Энергия“»: a short unknown abbreviation before a quoted name is its descriptor, like ООО. */
export function isDescriptorAbbreviation(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i]!;
  const next = ctx.words[i + 2];
  return w.shape === 'upper' && ctx.tokens[i]!.kind === 'word' && !w.latin && w.folded.length >= 2 && w.folded.length <= 4 && !ctx.gazetteerAt[i] &&
    OPENING.has(ctx.tokens[i + 1]?.text ?? '') && !!next && (next.shape === 'title' || next.shape === 'upper') && adjacent(ctx, i, i + 1);
}

/**
 * «РИА «Новости»», «РИА "Новости"»: the abbreviation and the quoted name together may be a dictionary
 * name written with marks around its second part. The span stays the quoted name, but it is that
 * body (its id and nominative name), not a new one called «Новости».
 */
function withAbbreviatedEntry(ctx: NerContext, c: Candidate, i: number): Candidate {
  if (!isDescriptorAbbreviation(ctx, i)) return c;
  const [from, to] = c.tokens;
  for (const field of ['key', 'lemma'] as const) {
    const parts = [ctx.words[i]![field]];
    for (let k = from; k < to; k++) parts.push(ctx.words[k]![field]);
    const entry = entryByKey(ctx.gazetteer, parts.join(' '));
    if (entry?.type === 'ORG') return { ...c, entry };
  }
  return c;
}

/** One capitalised word and «!» glued to it in the marks, right after a lower-case body's noun. */
function isExclaimedName(ctx: NerContext, i: number, close: number): boolean {
  const noun = ctx.words[i];
  return close === i + 4 && ctx.tokens[i + 3]!.text === '!' && ctx.tokens[i + 2]!.kind === 'word' && ctx.words[i + 2]!.shape === 'title' && adjacent(ctx, i + 2, i + 3) &&
    !!noun && ctx.tokens[i]!.kind === 'word' && noun.shape === 'lower' && ctx.lexicon.orgNouns.has(noun.key);
}

/**
 * «Завод закроют в марте», — заявил министр; министр заявил: «Банк закроют в марте»: marks holding
 * a finite verb and followed by the speech cue (a dash, after a comma or not, then a speech verb)
 * or opened right after a colon hold what was said, even when they open with a body's noun.
 */
function isQuotedClause(ctx: NerContext, from: number, close: number): boolean {
  if (!(ctx.tokens[from - 2]?.text === ':' || isDashCueAfter(ctx, close))) return false;
  for (let j = from; j < close; j++) {
    if (ctx.tokens[j]!.kind !== 'word' || ctx.words[j]!.shape !== 'lower') continue;
    if (ctx.analyseWord(ctx.words[j]!)[0]?.pos === 'VERB') return true;
  }
  return false;
}

/** «…», — заявил: a dash (after a comma or not) and a lower-case speech verb right after the closing mark. */
function isDashCueAfter(ctx: NerContext, close: number): boolean {
  let k = close + 1;
  if (ctx.tokens[k]?.text === ',') k++;
  if (ctx.tokens[k]?.kind !== 'dash') return false;
  const verb = ctx.words[k + 1];
  return !!verb && ctx.tokens[k + 1]!.kind === 'word' && verb.shape === 'lower' && ctx.lexicon.speechVerbs.has(verb.folded);
}

/**
 * What the marks hold reads as a name: at most MAX_QUOTED tokens, on one line, with no
 * sentence punctuation (a quoted sentence is speech, not a name).
 */
function isNameLike(ctx: NerContext, from: number, close: number): boolean {
  if (close - from > MAX_QUOTED) return false;
  for (let k = from; k < close; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === 'punct' && /[.!?;]/.test(t.text)) return false;
    if (k > from && !adjacent(ctx, k - 1, k)) return false;
  }
  return true;
}
