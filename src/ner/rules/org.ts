import type { Analysis } from '../../morph/index.js';
import { PRIORITY, type Candidate } from '../candidate.js';
import { adjacent, atSentenceStart, type NerContext } from '../context.js';

/**
 * Organisations that no dictionary holds:
 *   org noun + «name»           газета «Известия», ООО «Ромашка» (the span is the name only)
 *   all-capitals abbreviation   ФАС, WBC (2–6 letters, no digits, not in an all-capitals line)
 *   Latin-script name           Vestas, Red Bull, Global Cultural Project (in Cyrillic text)
 *   descriptive name            Социалистической рабочей партии, Института этнологии и антропологии
 */

const OPENING = new Set(['«', '„', '"', '“', "'"]);
const CLOSING: Record<string, string[]> = { '«': ['»'], '„': ['“', '”'], '"': ['"'], '“': ['”'], "'": ["'"] };
const MAX_QUOTED = 8;
const ROMAN = /^[IVXLCDM]+$/;

/** «газета «Известия»», «сообщает «Спорт уик-энд»»: an organisation noun or a reporting verb before a quoted name. */
export function quotedOrgCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < ctx.tokens.length; i++) {
    const w = ctx.words[i]!;
    if (!ctx.lexicon.orgNouns.has(w.key) && !(w.shape === 'lower' && ctx.lexicon.reportVerbs.has(w.folded))) continue;
    const open = ctx.tokens[i + 1]!;
    if (!OPENING.has(open.text)) continue;
    const close = findClosing(ctx, i + 2, CLOSING[open.text]!);
    if (close < 0 || close === i + 2) continue;
    const first = ctx.tokens[i + 2]!;
    if ((first.kind !== 'word' && first.kind !== 'number') || ctx.words[i + 2]!.shape === 'lower') continue;
    out.push({ from: i + 2, to: close, type: 'ORG', rule: 'org-noun-quoted', priority: PRIORITY.quotedOrg });
  }
  return out;
}

function findClosing(ctx: NerContext, from: number, closers: string[]): number {
  for (let k = from; k < Math.min(ctx.tokens.length, from + MAX_QUOTED + 1); k++) {
    const t = ctx.tokens[k]!;
    if (closers.includes(t.text)) return k;
    if (t.kind === 'punct' && /[.!?;]/.test(t.text)) return -1;
    if (k > from && !adjacent(ctx, k - 1, k)) return -1;
  }
  return -1;
}

export function abbreviationCandidates(ctx: NerContext, headline: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const token = ctx.tokens[i]!;
    const word = ctx.words[i]!;
    if (token.kind !== 'word' || word.shape !== 'upper' || headline[i] || /\d/.test(token.text)) continue;
    if (ctx.lexicon.notEntities.has(word.folded) || ctx.lexicon.orgNouns.has(word.key)) continue;
    const letters = token.text.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || letters.length > 6 || ROMAN.test(letters)) continue;
    // A run of capitals is a Latin motto or a shouted phrase, not a name (GENS UNA SUMUS).
    if (isUpperWord(ctx, i - 1) || isUpperWord(ctx, i + 1)) continue;
    out.push({ from: i, to: i + 1, type: 'ORG', rule: 'abbreviation', priority: PRIORITY.abbreviation });
  }
  return out;
}

function isUpperWord(ctx: NerContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && ctx.words[i]!.shape === 'upper' && adjacent(ctx, Math.min(i, i + 1), Math.max(i, i + 1));
}

const LATIN_INNER = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'la', 'le', 'und', '&', 'works', 'group', 'news']);

/** Latin capitalised words inside Cyrillic text are mostly companies, bands and media: Vestas, Red Bull. */
export function latinNameCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.words[i]!;
    const prefix = w.shape === 'upper' && LATIN_PERSON_PREFIX.has(w.folded);
    if (!w.latin || ctx.tokens[i]!.kind !== 'word' || (w.shape !== 'title' && w.shape !== 'mixed' && !prefix) || ctx.gazetteerAt[i]) continue;
    if (ctx.words[i - 1]?.latin && adjacent(ctx, i - 1, i)) continue;
    let j = i + 1;
    while (j < ctx.tokens.length && j - i < 8 && adjacent(ctx, j - 1, j) && ctx.words[j]!.latin &&
      (ctx.words[j]!.shape !== 'lower' || LATIN_INNER.has(ctx.words[j]!.folded))) j++;
    // A name does not end on «of», «and»: Industrial and Commercial Bank of China.
    while (j > i + 1 && ctx.words[j - 1]!.shape === 'lower') j--;
    if (ctx.lexicon.notEntities.has(w.folded) && j === i + 1) continue;
    if (!hasCyrillicAround(ctx, i, j)) continue;
    if (isLatinPerson(ctx, i, j)) out.push({ from: i, to: j, type: 'PER', rule: 'latin-person', priority: PRIORITY.abbreviation - 1 });
    else out.push({ from: i, to: j, type: 'ORG', rule: 'latin-name', priority: PRIORITY.abbreviation - 1 });
    i = j - 1;
  }
  return out;
}

/** Stage-name prefixes: DJ Shadow, MC Hammer, Lil Wayne. */
const LATIN_PERSON_PREFIX = new Set(['dj', 'mc', 'lil']);

/**
 * Jay Z, Thomas Schäfer, DJ Shadow: two or three capitalised Latin words that open with a
 * listed given name or a stage-name prefix are a person, not a company.
 */
function isLatinPerson(ctx: NerContext, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3) return false;
  for (let k = from + 1; k < to; k++) if (ctx.words[k]!.shape !== 'title') return false;
  // Jack Daniel's, McDonald's: a possessive is a brand.
  if (/['’]s$/.test(ctx.words[to - 1]!.folded)) return false;
  const first = ctx.words[from]!.folded;
  return ctx.lexicon.firstNames.has(first) || LATIN_PERSON_PREFIX.has(first);
}

/** The sentence around is Russian: the Latin words are a name in it, not a quotation in English. */
function hasCyrillicAround(ctx: NerContext, from: number, to: number): boolean {
  const start = ctx.sentenceStart[from]!;
  let cyrillic = 0;
  for (let k = Math.max(start, from - 6); k < Math.min(ctx.tokens.length, to + 6); k++) {
    if (ctx.tokens[k]!.kind === 'word' && !ctx.words[k]!.latin) cyrillic++;
  }
  return cyrillic >= 2;
}


/**
 * Descriptive names: a capitalised adjective, more adjectives and an organisation noun as
 * head (Социалистической рабочей партии, Южная водозаборная станция), or a capitalised
 * organisation noun (Института этнологии и антропологии, Конгресса профсоюзов), each with
 * the genitive words that follow.
 */
export function descriptiveOrgCandidates(ctx: NerContext): Candidate[] {
  const lowerAnalyses = (i: number) => ctx.analyse(ctx.words[i]!.folded);
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.words[i]!;
    if ((w.shape !== 'title' && w.shape !== 'lower') || ctx.tokens[i]!.kind !== 'word' || ctx.gazetteerAt[i]) continue;
    let head = -1;
    if (w.shape === 'lower') {
      // «министерства здравоохранения», «палаты представителей»: a body's name can be its
      // lower-case head with a genitive tail.
      if (!NAME_HEADS.has(w.key)) continue;
      const end = genitiveTail(ctx, i + 1, lowerAnalyses);
      if (end > i + 1) {
        out.push({ from: i, to: end, type: 'ORG', rule: 'descriptive-lower', priority: PRIORITY.abbreviation - 2 });
        i = end - 1;
      }
      continue;
    }
    if (ctx.lexicon.orgNouns.has(w.key) && !atSentenceStart(ctx, i)) {
      head = i;
    } else if (!atSentenceStart(ctx, i) && w.analyses[0]?.pos === 'ADJF' && !w.analyses.some((a) => a.grams.includes('Surn'))) {
      let k = i + 1;
      while (k < ctx.tokens.length && k - i <= 3 && adjacent(ctx, k - 1, k) && ctx.words[k]!.shape === 'lower' && !ctx.lexicon.orgNouns.has(ctx.words[k]!.key) &&
        lowerAnalyses(k)[0]?.pos === 'ADJF') k++;
      if (k < ctx.tokens.length && adjacent(ctx, k - 1, k) && ctx.words[k]!.shape === 'lower' && ctx.lexicon.orgNouns.has(ctx.words[k]!.key)) head = k;
    }
    if (head < 0) continue;
    const end = genitiveTail(ctx, head + 1, lowerAnalyses);
    if (head === i && end === head + 1) continue; // a bare capitalised noun names nothing
    out.push({ from: i, to: end, type: 'ORG', rule: 'descriptive-name', priority: PRIORITY.abbreviation + 1 });
    i = end - 1;
  }
  return out;
}

/** Heads that name a body together with their genitive (министерство финансов), unlike descriptors (компания, газета). */
const NAME_HEADS = new Set(['министерств', 'комитет', 'палат', 'управлен', 'департамент', 'комисс', 'совет', 'служб', 'ведомств']);

/** Lower-case genitive words after a head (этнологии и антропологии), at most four. */
function genitiveTail(ctx: NerContext, from: number, lowerAnalyses: (i: number) => readonly Analysis[]): number {
  let end = from;
  let k = from;
  while (k < ctx.tokens.length && k - from < 5 && adjacent(ctx, k - 1, k) && ctx.tokens[k]!.kind === 'word' && ctx.words[k]!.shape === 'lower') {
    const folded = ctx.words[k]!.folded;
    if (folded === 'и' && k > from) {
      k++;
      continue;
    }
    const a = lowerAnalyses(k)[0];
    if (!a || !(a.pos === 'NOUN' || a.pos === 'ADJF') || !a.grams.includes('gent')) break;
    k++;
    if (a.pos === 'NOUN') end = k;
  }
  return end;
}

const GEO_ADJECTIVE = /(ск|цк)(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$/;

/** «японского МИДа», «московского «Центра»»: factRuEval puts a place adjective into the name. */
export function withPlaceAdjective(ctx: NerContext, c: Candidate): Candidate {
  if (c.type !== 'ORG') return c;
  let k = c.from - 1;
  if (ctx.tokens[k]?.kind === 'quote') k--;
  const quoted = k === c.from - 2;
  const w = ctx.words[k];
  if (!w || w.shape !== 'lower' || !GEO_ADJECTIVE.test(w.folded) || !adjacent(ctx, k, k + 1)) return c;
  const to = quoted && ctx.tokens[c.to]?.kind === 'quote' ? c.to + 1 : c.to;
  return { ...c, from: k, to };
}
