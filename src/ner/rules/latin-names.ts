import { wordSet } from '../../dict/words.js';
import type { Candidate } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjacent, atSentenceStart, beforeMarks, isCapitalised, sentenceStart, wordsKey, type NerContext } from '../context.js';
import { afterPerformer, isLatinPerson, isMiddleInitial, LATIN_PERSON_PREFIX } from './latin-persons.js';
import { ORG_KIND_HEADS } from './org-kind-name.js';
import { COORDINATING_AND } from '../words.js';

/** Latin words of a company's full name (Electronics, Inc, Association). */
const COMPANY_WORDS = wordSet('latin-company-words');

/**
 * «Samsung Electronics», «Netflix Inc», «FBI Agents Association», «USM Holdings»: a known body or an
 * abbreviation ending in a Latin word, followed right away by capitalised Latin words one of which is
 * a company's word, is named in full by them all. Without such a word the run is a product's name
 * (Samsung Galaxy) and the body stays alone.
 */
export function latinFullNameCandidates(ctx: NerContext, bodies: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of bodies) {
    const last = c.tokens[1] - 1;
    if (c.type !== 'ORG' || !ctx.words[last]!.latin || !isLatinCapital(ctx, c.tokens[1]) || !adjacent(ctx, last, c.tokens[1])) continue;
    const end = latinNameEnd(ctx, last);
    let named = false;
    for (let k = c.tokens[1]; k < end; k++) if (COMPANY_WORDS.has(ctx.words[k]!.folded)) named = true;
    if (named) out.push({ ...c, tokens: [c.tokens[0], end], rule: 'latin-full-name', entry: undefined });
  }
  return out;
}

const NAME_ABBREVIATIONS = wordSet('latin-name-abbreviations');

/**
 * «U.S. Bancorp», «J. C. Penney»: dotted capital letters right before a company's Latin name are
 * its own (a person's initials go with a given name, which the person reading takes first).
 */
function dottedInitialsStart(ctx: NerContext, i: number): number {
  let k = i;
  while (k >= 2 && ctx.tokens[k - 1]!.text === '.' && adjacent(ctx, k - 1, k) && adjacent(ctx, k - 2, k - 1) && isLatinLetter(ctx, k - 2)) k -= 2;
  return k;
}

function isLatinLetter(ctx: NerContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return t.kind === 'word' && t.text.length === 1 && ctx.words[k]!.latin && t.text !== t.text.toLowerCase();
}

/** Lower-case Latin words that may stand inside a name (Bank of China, Procter and Gamble). */
const LATIN_INNER = wordSet('latin-name-inner');

/** The end of the Latin name that opens at `i`: up to eight adjacent Latin words, lower-case ones only inside. */
function latinNameEnd(ctx: NerContext, i: number): number {
  let j = i + 1;
  while (j < ctx.tokens.length && j - i < 8 && adjacent(ctx, j - 1, j)) {
    if (ctx.words[j]!.latin && (ctx.words[j]!.shape !== 'lower' || LATIN_INNER.has(ctx.words[j]!.folded))) j++;
    // «Strutt & Parker», «Entertainment & Devices»: an ampersand between capitalised Latin words joins one name.
    else if (ctx.tokens[j]!.text === '&' && isLatinCapital(ctx, j + 1)) j += 2;
    // A number between capitalised Latin words is the name's own (Il Sole 24 Ore), not its end.
    else if (ctx.tokens[j]!.kind === 'number' && isLatinCapital(ctx, j + 1) && adjacent(ctx, j, j + 1)) j += 2;
    // A person's middle initial keeps its dot: John S. Pistole, Marillyn A. Hewson (not U.S. Open).
    else if (ctx.tokens[j]!.text === '.' && j === i + 2 && isMiddleInitial(ctx, i)) j++;
    // «St. Louis Post-Dispatch»: a dotted word of a name (Saint, Mount) goes on to the next capital.
    else if (ctx.tokens[j]!.text === '.' && NAME_ABBREVIATIONS.has(ctx.words[j - 1]!.folded) && isLatinCapital(ctx, j + 1) && adjacent(ctx, j, j + 1)) j += 2;
    else break;
  }
  const form = j - 1 > i ? legalFormEnd(ctx, j - 1) : 0;
  if (form > 0) return form;
  // A name does not end on «of», «and»: Industrial and Commercial Bank of China; it may on a
  // company's word in lower case (Imperial Brands plc, Mushroom works).
  while (j > i + 1 && ctx.words[j - 1]!.shape === 'lower' && !COMPANY_WORDS.has(ctx.words[j - 1]!.folded)) j--;
  return j;
}

/** Dotted legal forms (N.V., S.A.), as their tokens written together. */
const LEGAL_FORMS = wordSet('latin-legal-forms');
const LONGEST_FORM = Math.max(...[...LEGAL_FORMS].map((f) => f.length));

/**
 * The end after a dotted legal form that opens at the name's last word `k` or right after it
 * (Automobiles N.V.), or 0. A final dot that ends the sentence is left to it.
 */
function legalFormEnd(ctx: NerContext, k: number): number {
  for (const start of [k, k + 1]) {
    if (start === k && !ctx.words[k]!.latin) continue;
    let text = '';
    for (let e = start; e < ctx.tokens.length && text.length < LONGEST_FORM; e++) {
      if (e > start && !adjacent(ctx, e - 1, e)) break;
      if (start === k + 1 && e === start && !adjacent(ctx, k, start)) break;
      text += ctx.tokens[e]!.text.toLowerCase();
      if (!LEGAL_FORMS.has(text)) continue;
      const sentenceEnd = e + 1 >= ctx.tokens.length || ctx.index.sentenceOf[e + 1] !== ctx.index.sentenceOf[e];
      return sentenceEnd ? e : e + 1;
    }
  }
  return 0;
}

function isLatinCapital(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i];
  return !!word && word.latin && ctx.tokens[i]!.kind === 'word' && isCapitalised(word);
}

/**
 * Latin capitalised words inside Cyrillic text are mostly companies, bands and media: Vestas, Red Bull.
 * Titles of works and events are not (альбом The Fat of the Land, конкурс The Best of Blogs, «It’s My Life»).
 */
export function latinNameCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  let works: Set<string> | null = null;
  let lastWork = -1;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.words[i]!;
    const prefix = w.shape === 'upper' && LATIN_PERSON_PREFIX.has(w.folded);
    // «агентства RED STARS», «фонда X Prize»: after a kind head a name of capitals opens too (two words at least; one is an abbreviation's).
    const capitals = w.shape === 'upper' && isAfterKindHead(ctx, i);
    if (!w.latin || ctx.tokens[i]!.kind !== 'word' || (w.shape !== 'title' && w.shape !== 'mixed' && !prefix && !capitals) || ctx.gazetteerAt[i]) continue;
    if (ctx.words[i - 1]?.latin && adjacent(ctx, i - 1, i)) continue;
    const j = latinNameEnd(ctx, i);
    if (capitals && !prefix && j < i + 2) continue;
    if (ctx.lexicon.notEntities.has(w.folded) && j === i + 1) continue;
    if (!hasCyrillicAround(ctx, i, j)) continue;
    // «турниры A, B и C», «8,2 G», «Арес I»: one Latin letter names nothing.
    if (j === i + 1 && ctx.tokens[i]!.text.length === 1) continue;
    // «Art in Art», «Liebe ist für alle da», «Happy birthday»: a lower-case Latin word right after
    // the capitalised run makes it part of a Latin phrase or title, not a name.
    if (isLatinLowerAfter(ctx, j)) {
      i = j;
      continue;
    }
    if ((isLatinPerson(ctx, i, j) && !isAfterKindHead(ctx, i)) || afterPerformer(ctx, i, j)) out.push(candidate(i, j, 'PER', 'latin-person', PRIORITY.abbreviation - 1));
    else if (isWorkTitle(ctx, i, j, (works ??= namesAfterOrgNouns(ctx))) || coordinated(ctx, lastWork, i)) lastWork = j;
    else if (!isAfterPlaceHead(ctx, i)) out.push(candidate(dottedInitialsStart(ctx, i), j, 'ORG', 'latin-name', PRIORITY.abbreviation - 1));
    i = j - 1;
  }
  return out;
}

/**
 * «компанию Kate Spade Handbags», «группы Jack White Band»: right after a lower-case kind head, a
 * Latin name that opens with a given name is the body's name in apposition, not a person's; after
 * a role and its body (вокалист группы John Smith) the name is the role's holder.
 */
function isAfterKindHead(ctx: NerContext, i: number): boolean {
  const head = ctx.words[i - 1];
  if (!head || ctx.tokens[i - 1]!.kind !== 'word' || head.shape !== 'lower' || head.latin || !ORG_KIND_HEADS.has(head.key) || !adjacent(ctx, i - 1, i)) return false;
  const role = ctx.words[i - 2];
  return !(role && ctx.tokens[i - 2]!.kind === 'word' && adjacent(ctx, i - 2, i - 1) && ctx.lexicon.titles.has(role.key));
}

/** Nouns of built places (отель, тюрьма, стадион, аэропорт): dict/words/latin-place-heads.txt, venue-nouns, facility-nouns. */
const PLACE_HEADS = new Set([...wordSet('latin-place-heads'), ...wordSet('venue-nouns'), ...wordSet('facility-nouns')]);

/** «в отеле ''Sofitel''», «на стадионе Wembley»: a lower-case noun of a built place before the name (marks between) makes it the place's name. */
function isAfterPlaceHead(ctx: NerContext, i: number): boolean {
  const k = beforeMarks(ctx, i);
  const noun = ctx.words[k];
  return !!noun && ctx.tokens[k]!.kind === 'word' && noun.shape === 'lower' && PLACE_HEADS.has(noun.folded);
}

/** Lower-case Latin function words of a phrase or a title, never of a body's name (Art in Art, Liebe ist für alle da). */
const PHRASE_WORDS = wordSet('latin-phrase-words');

function isLatinLowerAfter(ctx: NerContext, j: number): boolean {
  const next = ctx.words[j];
  const text = ctx.tokens[j]?.text ?? '';
  // «Apple iPhone», «Mushroom works»: a model's name and a name's own trailing word (LATIN_INNER) are no phrase.
  return !!next && next.latin && ctx.tokens[j]!.kind === 'word' && text === text.toLowerCase() && PHRASE_WORDS.has(next.folded) && adjacent(ctx, j - 1, j);
}

/** «You’ll», «Can’t», «It’s»: a verb or pronoun contraction makes the Latin words a sentence, not a name (Christie’s is a possessive). */
const CONTRACTION = /^(?:\p{L}+(?:['’ʼ](?:ll|re|ve|m|d)|n['’ʼ]t)|(?:it|that|what|there|here|let|he|she)['’ʼ]s)$/u;
const LATIN_TEXT = /^[\p{Script=Latin}'’ʼ-]+$/u;

/**
 * Latin words from `from` to `to` title a work or an event, not a company: after a work noun
 * (альбом The Fat of the Land, игр FarmVille, сингл «I Can’t Resist», премии Grammy), quote marks
 * between allowed; or ending in an event head (Corus Chess Tournament); or holding a contraction.
 * Unquoted after a work noun, a name the document also writes after an organisation noun is
 * that body (альбомов The Prodigy, группы The Prodigy): genitive owner, not title.
 */
function isWorkTitle(ctx: NerContext, from: number, to: number, orgNamed: Set<string>): boolean {
  const works = ctx.lexicon.workNounForms;
  if (works.size === 0) return false;
  for (let k = from; k < to; k++) if (CONTRACTION.test(ctx.words[k]!.folded)) return true;
  if (to - from > 1 && works.has(ctx.words[to - 1]!.folded)) return true;
  let k = from - 1;
  // «песней You’ll Never Walk Alone»: lower-case Latin words before the capitalised run are the title’s too.
  while (k >= 0 && ctx.tokens[k]!.kind === 'word' && LATIN_TEXT.test(ctx.tokens[k]!.text) && adjacent(ctx, k, k + 1)) k--;
  let quoted = false;
  // «альбома ''Magna Carta Holy Grail''», «песню] ''Adnis''» (a wiki link’s end).
  while (k >= 0 && k > from - 5 && (ctx.tokens[k]!.kind === 'quote' || ctx.tokens[k]!.text === ']')) {
    if (ctx.tokens[k]!.kind === 'quote') quoted = true;
    k--;
  }
  // «сериалов, таких как, например, The IT Crowd», «синглами, среди которых «Today»»: an enumeration's lead.
  const lead = k;
  while (k > 0 && lead - k < 6 && (ENUMERATION_LEAD.has(ctx.words[k]!.folded) || ctx.tokens[k]!.text === ',' || ctx.tokens[k]!.text === ':')) k--;
  if (k < lead && !ENUMERATION_LEAD.has(ctx.words[k + 1]!.folded) && ctx.tokens[k + 1]!.text !== ',') k = lead;
  const w = ctx.words[k];
  // «синти-поп-синглами»: a compound by its last part.
  // «Альбом ''Double Fantasy''» opening a sentence: the noun is capitalised there.
  if (!w || (w.shape !== 'lower' && !(w.shape === 'title' && atSentenceStart(ctx, k))) || ctx.tokens[k]!.kind !== 'word' || !works.has(w.folded.slice(w.folded.lastIndexOf('-') + 1))) return false;
  return quoted || k < lead || !orgNamed.has(wordsKey(ctx, from, to, 'folded'));
}

/** «игр FarmVille и CityVille», «синглов «A», «B»»: a name joined by «и» or a comma to a title just before is a title too. */
function coordinated(ctx: NerContext, lastWork: number, i: number): boolean {
  if (lastWork < 0 || i - lastWork > 4) return false;
  let joined = false;
  for (let k = lastWork; k < i; k++) {
    const t = ctx.tokens[k]!;
    if (t.text === ',' || COORDINATING_AND.has(t.text)) joined = true;
    else if (t.kind !== 'quote') return false;
  }
  return joined;
}

const ENUMERATION_LEAD = wordSet('enumeration-leads');

/** Latin names written right after an organisation noun somewhere in the document (группы The Prodigy, компании Zynga). */
function namesAfterOrgNouns(ctx: NerContext): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < ctx.tokens.length; i++) {
    const w = ctx.words[i]!;
    if (!w.latin || w.shape === 'lower' || ctx.words[i - 1]!.latin) continue;
    let k = i - 1;
    if (ctx.tokens[k]!.kind === 'quote') k--;
    const noun = ctx.words[k];
    if (!noun || (noun.shape !== 'lower' && noun.shape !== 'title') || !ctx.lexicon.orgNouns.has(noun.key)) continue;
    out.add(wordsKey(ctx, i, latinNameEnd(ctx, i), 'folded'));
  }
  return out;
}


/** The sentence around is Russian: the Latin words are a name in it, not a quotation in English. */
function hasCyrillicAround(ctx: NerContext, from: number, to: number): boolean {
  const start = sentenceStart(ctx, from);
  // «в ''Toronto Maple Leafs'', ''Phoenix Coyotes'' и …»: a list of Latin names that holds a body the
  // dictionary knows is one stretch of the sentence; the Russian words are looked for around it.
  let left = from;
  let right = to;
  while (left > start && isListMaterial(ctx, left - 1)) left--;
  while (right < ctx.tokens.length && isListMaterial(ctx, right)) right++;
  let known = false;
  for (let k = left; k < right && !known; k++) if (ctx.gazetteerAt[k] && ctx.words[k]!.latin) known = true;
  if (!known) [left, right] = [from, to];
  let cyrillic = 0;
  for (let k = Math.max(start, left - WINDOW); k < Math.min(ctx.tokens.length, right + WINDOW); k++) {
    if (ctx.tokens[k]!.kind === 'word' && !ctx.words[k]!.latin) cyrillic++;
  }
  return cyrillic >= 2;
}

const WINDOW = 6;

/** A capitalised Latin word, a quote mark, a comma or «и»: what a list of Latin names is made of. */
function isListMaterial(ctx: NerContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return t.kind === 'quote' || t.text === ',' || isLatinCapital(ctx, k) || (t.kind === 'word' && COORDINATING_AND.has(ctx.words[k]!.folded));
}
