import { wordSet } from '../../dict/words.js';
import type { Analysis, Candidate, WordInfo } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjectiveAgrees } from '../../morph/agreement.js';
import { adjacent, atSentenceStart, isListedName, type NerContext } from '../context.js';
import { adjectivesEnd, coordinatedGenitiveEnd, dependentsEnd, isRelationalAdjective, lowerOrgPhrase, orgTail, DEPENDENT_HEADS, LEVEL_HEADS, NAME_HEADS } from './org-chunker.js';
import { ORG_KIND_HEADS } from './org-kind-name.js';
import { perWordFlag, perWordFlagFor } from '../../util/word-memo.js';

/**
 * Descriptive names: a capitalised adjective, more adjectives and an organisation noun as
 * head (Социалистической рабочей партии, Южная водозаборная станция), or a capitalised
 * organisation noun (Института этнологии и антропологии, Конгресса профсоюзов), each with
 * the genitive words that follow.
 */
/** Either kind of head, in one set: the scan below asks it of every token. */
const HEADS: ReadonlySet<string> = new Set([...NAME_HEADS, ...DEPENDENT_HEADS, ...LEVEL_HEADS]);
/** Kept on the word form's record: a hash probe of its key per token was the scan's cost. */
const isHead = perWordFlag((w) => HEADS.has(w.key));

export function descriptiveOrgCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  // For each token, the next one whose key is a body's head (министерство, группа).
  const nextHead = new Int32Array(ctx.tokens.length + 1).fill(ctx.tokens.length + 8);
  for (let k = ctx.tokens.length - 1; k >= 0; k--) {
    nextHead[k] = isHead(ctx.words[k]!) ? k : nextHead[k + 1]!;
  }
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.words[i]!;
    if ((w.shape !== 'title' && w.shape !== 'lower') || ctx.tokens[i]!.kind !== 'word') continue;
    // «Курской областной думы»: a place's adjective the gazetteer took for the place opens a body's name.
    if (ctx.gazetteerAt[i] && !(ctx.gazetteerAt[i] === 1 && w.shape === 'title' && isPlaceAdjective(w) && !atSentenceStart(ctx, i))) continue;
    let head = -1;
    if (w.shape === 'lower' || (atSentenceStart(ctx, i) && AT_SENTENCE_START.readsAsLower(w))) {
      // Most words have no body's head within reach: ruled out before any morphology.
      const end = nextHead[i]! - i > 3 ? i : lowerOrgPhrase(ctx, i, atSentenceStart(ctx, i));
      if (end > i + 1) {
        out.push(candidate(i, end, 'ORG', 'descriptive-lower', PRIORITY.abbreviation - 2));
        i = end - 1;
        continue;
      }
      // A capitalised word at a sentence start may still open a name (Московская антидопинговая лаборатория).
      if (w.shape === 'lower') continue;
    }
    if (ctx.lexicon.orgNouns.has(w.key) && !atSentenceStart(ctx, i)) {
      head = i;
    } else {
      if (!readsAsAdjective(ctx.analyse)(w) || afterFirstName(ctx, i)) continue;
      const readings = adjectiveReadings(ctx, w);
      const k = titleAdjectivesEnd(ctx, adjectivesEnd(ctx, i + 1));
      const h = ctx.words[k];
      // «Московский авиационный институт»: the adjective agrees with the head, so Московский is no
      // surname here. The head may be capitalised too (Генеральной Ассамблеи, Болгарской
      // Православной Церкви); a person's title whose key an org noun shares is no head (Болгарским
      // Патриархом: патриархия).
      if (h && adjacent(ctx, k - 1, k) && ctx.tokens[k]!.kind === 'word' && (h.shape === 'lower' || (h.shape === 'title' && !ctx.gazetteerAt[k])) && ctx.lexicon.orgNouns.has(h.key)
        && !isTitleWord(ctx, h.shape === 'lower' ? ctx.analyseWord(h) : h.analyses) && adjectiveAgrees(readings, h.shape === 'lower' ? ctx.analyseWord(h) : h.analyses)
        && (!atSentenceStart(ctx, i) || AT_SENTENCE_START.opensBeforeHead(w, h))) head = k;
    }
    if (head < 0) continue;
    const end = orgTail(ctx, head + 1);
    // A bare capitalised noun names nothing (Министерство, Компания), but a body's head written
    // with a capital in mid-sentence is that body's name (решением Суда, глава Комиссии).
    if (head === i && end === head + 1 && !isBareBody(ctx, i)) continue;
    if (head === i + 1 && end === head + 1 && atSentenceStart(ctx, i) && !AT_SENTENCE_START.opensBareHead(w)) continue;
    out.push(candidate(i, end, 'ORG', 'descriptive-name', PRIORITY.abbreviation + 1));
    i = end - 1;
  }
  return out;
}

/**
 * «Следственного комитета при прокуратуре», «МЧС по Санкт-Петербургу»: a dictionary
 * organisation with a «по/при» dependent names a body of its own, the dependent included; so does
 * one whose genitive field goes on after «и» (Министерство культуры и туризма).
 */
export function dependentOrgCandidates(ctx: NerContext, dict: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const places = new Map(dict.filter((c) => c.type === 'LOC').map((c) => c.tokens));
  for (const c of dict) {
    if (c.type !== 'ORG' || c.rule !== 'dict') continue;
    // «МЧС России по Санкт-Петербургу»: the body's country may stand before the dependent.
    const country = places.get(c.tokens[1]) ?? c.tokens[1];
    const end = dependentsEnd(ctx, country, true);
    if (end > country) out.push({ ...c, tokens: [c.tokens[0], end], rule: 'dict-dependent', entry: undefined });
    // «Министерство культуры и туризма»: a longer name than the dictionary's, its field coordinated.
    const coordinated = coordinatedGenitiveEnd(ctx, c.tokens[1]);
    if (coordinated > c.tokens[1]) out.push({ ...c, tokens: [c.tokens[0], dependentsEnd(ctx, coordinated, true)], rule: 'dict-dependent', entry: undefined });
  }
  return out;
}

/** The word is a person's title (патриарх), by its lemma: the key «патриарх» is патриархия's too. */
function isTitleWord(ctx: NerContext, analyses: readonly Analysis[]): boolean {
  const lemma = analyses[0]?.lemma;
  return !!lemma && ctx.lexicon.titleWords.has(lemma);
}

/** Capitalised adjectives after the first ones (Болгарской Православной Церкви), at most two: the index after them. */
function titleAdjectivesEnd(ctx: NerContext, from: number): number {
  let k = from;
  while (k - from < 2 && ctx.tokens[k]?.kind === 'word' && ctx.words[k]!.shape === 'title' && !ctx.gazetteerAt[k] && adjacent(ctx, k - 1, k) && ctx.words[k]!.analyses[0]?.pos === 'ADJF') k++;
  return k;
}

/**
 * The word's readings as an adjective: its own, or, when the morphology reads the capitalised word
 * only as a surname (Никитинского), those of its lower-case form (никитинского, an adjective of a
 * place), which the agreement with the head then tests (Никитинского суда).
 */
function adjectiveReadings(ctx: NerContext, w: WordInfo): readonly Analysis[] {
  return w.analyses.some((a) => a.pos === 'ADJF') ? w.analyses : ctx.analyseWord(w);
}

/** Some reading of adjectiveReadings is an adjective's; per word form and morphology, as most capitalised words are asked. */
const readsAsAdjective = perWordFlagFor((analyse: NerContext['analyse'], w: WordInfo): boolean =>
  (w.analyses.some((a) => a.pos === 'ADJF') ? w.analyses : analyse(w.folded)).some((a) => a.pos === 'ADJF'));

/** «Василий Жуковский»: a capitalised adjective after a first name is a surname. */
function afterFirstName(ctx: NerContext, i: number): boolean {
  const previous = ctx.words[i - 1];
  return !!previous && adjacent(ctx, i - 1, i) && previous.shape === 'title' && isListedName(ctx, previous);
}

/** Adjectives of rank that open a body's name (Главное управление), lemmas. */
const RANK_ADJECTIVES = wordSet('org-rank-adjectives');

/** «Девятый арбитражный апелляционный суд», «Главное управление МВД»: an ordinal or a rank opens the name at a sentence start too. */
function isRankAdjective(analyses: readonly Analysis[]): boolean {
  const a = analyses[0];
  return !!a && a.pos === 'ADJF' && (a.grams.includes('Anum') || RANK_ADJECTIVES.has(a.lemma));
}

/** Heads of bodies a capital alone makes a name of (dict/words/bare-body-heads.txt). */
const BARE_HEADS = wordSet('bare-body-heads');

/**
 * «глава Комиссии сделает», «Если Сенат примет»: a singular body's head capitalised in
 * mid-sentence, outside a headline and not the first word of a longer capitalised name.
 */
function isBareBody(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i]!;
  if (ctx.headline[i] || ctx.tokens[i - 1]?.kind === 'quote') return false;
  const next = ctx.words[i + 1];
  if (next && adjacent(ctx, i, i + 1) && ctx.tokens[i + 1]!.kind === 'word' && next.shape !== 'lower') return false;
  return w.analyses.some((a) => a.pos === 'NOUN' && a.grams.includes('sing') && BARE_HEADS.has(a.lemma));
}


/**
 * Inside a sentence a capital marks a name; at a sentence start every word has one, so there each
 * step into a body's name asks more of the word, by name.
 */
const AT_SENTENCE_START = {
  /** «Министерство финансов сообщило» reads like «министерства финансов»: a naming head or a relational adjective. */
  readsAsLower: (w: WordInfo) => NAME_HEADS.has(w.key) || isRelationalAdjective(w.analyses),
  /**
   * Adjectives before a head that names with them (Федеральное авиационное управление, Московская
   * антидопинговая лаборатория, Девятый арбитражный апелляционный суд), not before a kind
   * (Российская компания): a relational or a rank adjective.
   */
  opensBeforeHead: (w: WordInfo, head: WordInfo) => !ORG_KIND_HEADS.has(head.key) && (isRelationalAdjective(w.analyses) || isRankAdjective(w.analyses)),
  /** «Второй отдел занялся …»: an ordinal and a bare head may count units, not name one; a relational adjective names. */
  opensBareHead: (w: WordInfo) => isRelationalAdjective(w.analyses),
};

function isPlaceAdjective(w: WordInfo): boolean {
  return w.analyses[0]?.pos === 'ADJF' && w.analyses[0].grams.includes('Geox') === false;
}
