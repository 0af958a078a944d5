import { wordList, wordSet } from '../../dict/words.js';
import { NAME_PLACE_OR_BODY_GRAMMEMES } from '../../morph/index.js';
import { fold } from '../../morph/key.js';
import type { Candidate, WordInfo } from '../../types.js';
import { perWordFlagFor, perWordFor } from '../../util/word-memo.js';
import type { NerLexicon } from '../lexicon.js';
import { candidate, PRIORITY } from '../candidate.js';
import { atSentenceStart, type NerContext } from '../context.js';
import { endingPattern } from '../endings.js';

const PREFIXES = wordList('org-compound-prefixes');
const PARTS = wordList('org-compound-parts');
const MIN_LENGTH = 7;
const SURNAME_SHAPE = endingPattern(wordList('surname-shape-suffixes'), wordList('surname-shape-endings'), true);

/**
 * Compound names of bodies and companies: Мосводоканал, Татэнерго, Мосгортранс, Уралтрансгаз,
 * Газмашпром, Госуслуги — place or state prefixes and a branch part, or two branch parts, in one
 * capitalised word the morphology does not know. Before a person's reading (Директор
 * Сибпромстроя is no person), after the dictionary's (Росреестр stays its entry).
 */
export function compoundOrgCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.words[i]!;
    if (ctx.tokens[i]!.kind === 'word' && w.shape === 'lower' && !ctx.gazetteerAt[i] && clippedLevelBody(ctx.analyse)(w)) {
      out.push(candidate(i, i + 1, 'ORG', 'clipped-body', PRIORITY.abbreviation));
      continue;
    }
    if (ctx.tokens[i]!.kind !== 'word' || w.shape !== 'title' || w.folded.length < 4 || ctx.gazetteerAt[i]) continue;
    if (isHyphenedBody(ctx, i)) {
      out.push(candidate(i, i + 1, 'ORG', 'org-hyphened', PRIORITY.quotedOrg));
      continue;
    }
    const kind = compoundKind(ctx.lexicon)(w);
    if (kind === COMPOUND || (kind === KNOWN_COMPOUND && !atSentenceStart(ctx, i) && !ctx.headline[i])) out.push(candidate(i, i + 1, 'ORG', 'org-compound', PRIORITY.quotedOrg));
    else if (kind === BY_MORPHOLOGY) out.push(candidate(i, i + 1, 'ORG', 'org-morphology', PRIORITY.abbreviation));
  }
  return out;
}

const NOT_COMPOUND = 0;
const COMPOUND = 1;
const BY_MORPHOLOGY = 2;
/** A compound the morphology knows as a common noun or a place: a name where capitalised inside a sentence. */
const KNOWN_COMPOUND = 3;

/**
 * What a capitalised word (not a hyphened body) is by itself: a compound body's name, a body's name
 * by the morphology, or neither. Kept on the word form's record: the questions read its analyses
 * and scan the prefix lists, for every capitalised word of every document.
 */
const compoundKind = perWordFor((lexicon: NerLexicon, w: WordInfo): number => {
  if (w.folded.includes('-')) return NOT_COMPOUND;
  // Мингазова is a surname (мин + газ + ова): a surname's shape needs the morphology's Orgn to be a body.
  if (SURNAME_SHAPE.test(w.folded) && !w.analyses.some((a) => a.grams.includes('Orgn'))) return NOT_COMPOUND;
  // «Медиахолдинг «Башинформ»»: a body's common noun opening a sentence names none.
  if (lexicon.orgNounFolded.has(w.folded)) return NOT_COMPOUND;
  // The morphology knows many of them as organisation names (Orgn), and no other way; some as common
  // nouns or places (госдепартамент, росбанк, Евросоюз): such a compound is a name only where the text
  // capitalises it inside a sentence (the caller's question).
  if (w.analyses.some((a) => a.known && !a.grams.includes('Orgn'))) {
    const nounOnly = w.analyses.every((a) => !a.known || a.pos === 'NOUN');
    return nounOnly && w.folded.length >= MIN_LENGTH && isCompoundName(w.folded) ? KNOWN_COMPOUND : NOT_COMPOUND;
  }
  if (w.folded.length >= MIN_LENGTH && isCompoundName(w.folded)) return COMPOUND;
  return w.analyses.length > 0 && w.analyses.every((a) => a.known && a.grams.includes('Orgn')) ? BY_MORPHOLOGY : NOT_COMPOUND;
});

const LEVEL_PREFIXES = wordList('clipped-level-prefixes');
const CLIPPED_HEADS = wordSet('clipped-body-heads');
/** The longest branch part between the level and the head (обл|спорт|комитет, гор|изби|рком is the head's own). */
const MAX_MIDDLE = 6;
const MIN_HEAD = 3;

/**
 * «председатель облспорткомитета», «в обладминистрации», «решение горсуда»: a lower-case word made
 * of a clipped level (обл, гор, рай) and a body's head (совет, суд, администрация), a branch part
 * between allowed, is that level's body, as «областная администрация» is; the head is read by the
 * morphology (a case form of the tail), so райцентр (a town) and горизонт stay apart.
 */
// Kept on the word form's record, per morphology: the prefix scan ran on every lower-case word.
const clippedLevelBody = perWordFlagFor((analyse: NerContext['analyse'], w: WordInfo): boolean => {
  const folded = w.folded;
  const prefix = LEVEL_PREFIXES.find((p) => folded.startsWith(p));
  if (!prefix) return false;
  for (let at = prefix.length; at <= prefix.length + MAX_MIDDLE && folded.length - at >= MIN_HEAD; at++) {
    const tail = folded.slice(at);
    if (analyse(tail).some((a) => a.known && a.pos === 'NOUN' && CLIPPED_HEADS.has(a.lemma))) return true;
  }
  return false;
});

/**
 * «Гоголь-центр», «Ельцин-центре»: a capitalised Cyrillic name joined by a hyphen to a
 * body's noun (центр, клуб, банк) in any case form is that body, not a place or a person (a
 * Latin service's «Telegram-канал» is a channel on it).
 */
function isHyphenedBody(ctx: NerContext, i: number): boolean {
  // (Most capitalised words have no hyphen: no array of parts for them.)
  if (!ctx.tokens[i]!.text.includes('-')) return false;
  const parts = ctx.tokens[i]!.text.split('-');
  if (parts.length !== 2 || parts[0]!.length < 3 || parts[1]!.length < 3 || !/^[А-ЯЁ][а-яё]/.test(parts[0]!)) return false;
  if (!ctx.lexicon.orgNounFolded.has(fold(parts[1]!))) return false;
  // «Пресс-служба», «Бизнес-центр»: a common word before the hyphen makes a kind of body or a building.
  const first = ctx.analyse(parts[0]!.toLowerCase()).find((a) => a.known);
  return !first || NAME_PLACE_OR_BODY_GRAMMEMES.some((g) => first.grams.includes(g));
}

/** prefix* part …, with at least one prefix or a second part after the first. */
export function isCompoundName(word: string): boolean {
  let at = 0;
  for (let round = 0; round < 3; round++) {
    const prefix = PREFIXES.find((p) => word.startsWith(p, at) && PARTS.some((part) => word.startsWith(part, at + p.length)) || (word.startsWith(p, at) && PREFIXES.some((q) => word.startsWith(q, at + p.length))));
    if (!prefix) break;
    at += prefix.length;
  }
  const part = PARTS.find((p) => word.startsWith(p, at));
  // «Росприроднадзора»: the state prefix, then a stem no list holds (природ) too long for a place's lead.
  if (!part) return at === 0 ? isPlaceLedCompound(word) || PREFIXES.some((p) => word.startsWith(p) && endsInLongPart(word, p.length)) : endsInLongPart(word, at);
  if (at > 0) return true;
  return PARTS.some((p) => p !== part && word.indexOf(p, part.length) > 0);
}

/** The longest place stem before the branch parts that the prefix list does not hold (Тверь-, Даль-, Омск-). */
const MAX_LEAD = 6;
const MIN_LEAD = 3;

/** A long branch part (водоканал, энерго) may follow the place's stem alone, with at most a case ending after it. */
const LONG_PART = 6;
const MAX_ENDING = 3;

/**
 * «Тверьэнергосбыт», «Омскводоканал»: a place's stem the prefixes do not list, then two branch
 * parts, one after the other (энерго + сбыт), or one long part that ends the word: such a word
 * the morphology does not know is a body's name.
 */
function isPlaceLedCompound(word: string): boolean {
  for (let lead = MIN_LEAD; lead <= MAX_LEAD; lead++) {
    const part = PARTS.find((p) => word.startsWith(p, lead));
    if (!part) continue;
    const next = lead + part.length;
    if (PARTS.some((p) => word.startsWith(p, next))) return true;
    if (part.length >= LONG_PART && word.length - next <= MAX_ENDING) return true;
  }
  return false;
}

/**
 * «Росприроднадзора»: after the state prefix, a branch stem the parts do not list (природ), then
 * one long part that ends the word (надзор), with at most a case ending after it.
 */
function endsInLongPart(word: string, at: number): boolean {
  for (let lead = MIN_LEAD; lead <= MAX_LEAD; lead++) {
    const part = PARTS.find((p) => p.length >= LONG_PART && word.startsWith(p, at + lead));
    if (part && word.length - (at + lead + part.length) <= MAX_ENDING) return true;
  }
  return false;
}
