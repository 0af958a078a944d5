import type { Cue } from '../dict/lexicon.js';
import type { Entity, Mention } from '../types.js';
import { fold } from '../morph/index.js';
import { isPunct, isTerminal, mentionEnd, sentenceRange, type QuoteContext } from './context.js';

/**
 * Who said it. A speaker is a noun phrase near the cue: a named mention (person,
 * organisation, or a country acting), a pronoun, a role (спецпредставитель президента РФ)
 * or an unnamed source (источник в правительстве, критики). Pronouns and roles resolve to
 * an entity of the document.
 */

export type SpeakerKind = 'mention' | 'pronoun' | 'title' | 'source';

export interface Speaker {
  from: number;
  to: number;
  kind: SpeakerKind;
  entity: string | null;
  /** Governed by a preposition or a noun (в канцелярии …, по словам главы …): not nominative as written. */
  governed?: boolean;
  /** For a pronoun that refers to an unnamed source: that phrase, which names the speaker. */
  antecedent?: [number, number];
}

const PREPOSITIONS = new Set([
  'в', 'во', 'на', 'с', 'со', 'из', 'по', 'для', 'к', 'ко', 'от', 'у', 'о', 'об', 'обо', 'при', 'между',
  'перед', 'за', 'под', 'над', 'про', 'через', 'без', 'после', 'против', 'среди', 'около', 'вокруг',
]);
const PRONOUNS: Record<string, 'm' | 'f' | 'pl'> = { он: 'm', она: 'f', они: 'pl', его: 'm', ее: 'f', их: 'pl' };
const NOMINATIVE_PRONOUNS = new Set(['он', 'она', 'они']);
const STOPS = new Set(['что', 'и', 'а', 'но', 'однако', 'который', 'которая', 'которые', 'чтобы', 'как', 'когда', 'если']);

/** The clause around a cue ends at a comma, colon, dash, quote mark or sentence end. */
function isBoundary(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return t.kind === 'quote' || isTerminal(ctx, i) || isPunct(ctx, i, ',;:()—–') || (t.kind === 'word' && STOPS.has(ctx.words[i]!.folded));
}

/**
 * A phrase governed by the word before it is not the subject: a preposition (в интервью),
 * another name (МИД России), or, for an organisation or place, a lower-case noun
 * (представитель NHS, в интервью The New York Times). Not governed: a name in apposition to
 * an organisation noun (газета «Известия», агентство Reuters), or a person after a noun.
 */
function isGoverned(ctx: QuoteContext, i: number): boolean {
  let k = i - 1;
  let quoted = false;
  while (k >= 0 && ctx.tokens[k]!.kind === 'quote') {
    k--;
    quoted = true;
  }
  if (k < 0 || ctx.tokens[k]!.kind !== 'word') return false;
  const w = ctx.words[k]!;
  if (PREPOSITIONS.has(w.folded)) return true;
  const own = ctx.mentionAt[i]!;
  const person = own !== -1 && ctx.mentions[own]!.type === 'PER';
  if (ctx.mentionAt[k] !== -1) return !person;
  if (w.shape !== 'lower') return false;
  // A person after a noun is its apposition or the clause's subject (После выхода на свободу
  // Навальный заявил, рассказал изданию Иван Петров); so is a role (в том же году пианист заявил).
  if (person) return false;
  // «газета «Коммерсантъ» пишет»: apposition; «в интервью газете «Ведомости»»: governed.
  if (ctx.orgNouns.has(w.key) && own !== -1) return !isNominativeWord(ctx, k);
  if (quoted && own !== -1) return false;
  // «глава администрации»: a role's complement; «рассказал журналистам представитель»: a subject.
  if (own === -1) return (ctx.titles.has(w.key) || ctx.sourceNouns.has(w.key)) && !isNominativeWord(ctx, i);
  // «во вторник министерство здравоохранения сообщило»: a Russian name that can be
  // nominative is the subject; an indeclinable one (Latin, an abbreviation) after a noun is
  // its complement (представитель NHS, в интервью The New York Times, пресс-служба полиции РА).
  const word = ctx.words[i]!;
  if (!word.latin && word.shape !== 'upper' && isNominativeWord(ctx, i)) return false;
  return isNoun(ctx, k);
}

/** A role word in the singular by its lemma (специалист; not «Суд», whose key is судья's). */
function isSingularRole(ctx: QuoteContext, i: number): boolean {
  const best = ctx.analyse(ctx.words[i]!.folded)[0];
  return !!best && best.grams.includes('sing') && ctx.roleWords.has(fold(best.lemma));
}

function isNoun(ctx: QuoteContext, i: number): boolean {
  const best = ctx.analyse(ctx.words[i]!.folded)[0];
  return !!best && best.pos === 'NOUN';
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'acc2', 'loc2'];

/** Can be nominative; a word the dictionary does not know (a foreign surname) gets the benefit of the doubt. */
function isNominativeWord(ctx: QuoteContext, i: number, person = false): boolean {
  let analyses = ctx.words[i]!.analyses.length > 0 ? ctx.words[i]!.analyses : ctx.analyse(ctx.words[i]!.folded);
  // A person is one: plural readings are other words (Токаев read as «of Tokay wines»).
  if (person) analyses = analyses.filter((a) => !a.grams.includes('plur'));
  if (analyses.length === 0) return true;
  // For a word the dictionary lacks, the guesses still tell «Сандерса» (genitive) from «Сандерс».
  return analyses.some((a) => a.grams.includes('nomn') || a.grams.includes('Fixd') || !a.grams.some((g) => CASES.includes(g)));
}

/** The mention can be a subject: one of its words can be nominative (Дмитриев, США; not Саудовской Аравии). */
function isNominativeMention(ctx: QuoteContext, from: number, to: number, person: boolean): boolean {
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.tokens[k]!.text.length === 1) continue;
    if (!isNominativeWord(ctx, k, person)) return false;
  }
  return true;
}

interface Found {
  from: number;
  to: number;
  kind: SpeakerKind;
  mention?: Mention;
  rank: number;
}

const RANK: Record<string, number> = { PER: 6, ORG: 5, pronoun: 4, title: 3, source: 2, LOC: 1 };

/** Candidate speaker phrases in tokens [from, to); a subject must be nominative and ungoverned. */
function candidates(ctx: QuoteContext, from: number, to: number, subject: boolean): Found[] {
  const found: Found[] = [];
  for (let i = from; i < to; i++) {
    const m = ctx.mentionAt[i]!;
    if (m !== -1) {
      const mention = ctx.mentions[m]!;
      const end = mentionEnd(ctx, i, to);
      const free = subject ? !isGoverned(ctx, i) && isNominativeMention(ctx, i, end, mention.type === 'PER') : true;
      if (free) found.push({ from: i, to: end, kind: 'mention', mention, rank: RANK[mention.type]! });
      i = end - 1;
      continue;
    }
    const w = ctx.words[i]!;
    if (ctx.tokens[i]!.kind !== 'word') continue;
    if (subject && (isGoverned(ctx, i) || !isNominativeWord(ctx, i))) continue;
    if (NOMINATIVE_PRONOUNS.has(w.folded)) found.push({ from: i, to: i + 1, kind: 'pronoun', rank: RANK.pronoun! });
    // Unnamed sources first: «представитель мэрии» is someone the text does not name;
    // «министерство здравоохранения» is an institution by its description.
    else if (ctx.sourceNouns.has(w.key) || (ctx.orgNouns.has(w.key) && w.shape === 'lower')) {
      const start = adjectivesBefore(ctx, i, from);
      const end = phraseEnd(ctx, i, to);
      // «— сказал специалист.»: a bare singular role stands for the person just named.
      const bareRole = start === i && end === i + 1 && isSingularRole(ctx, i);
      found.push({ from: start, to: end, kind: bareRole ? 'title' : 'source', rank: bareRole ? RANK.title! : RANK.source! });
    }
    else if (ctx.titles.has(w.key)) found.push({ from: i, to: phraseEnd(ctx, i, to), kind: 'title', rank: RANK.title! });
    else if (subject && w.shape === 'title') {
      const mention = namePartMention(ctx, i);
      if (mention) found.push({ from: i, to: i + 1, kind: 'mention', mention, rank: RANK.PER! });
    }
  }
  return found;
}

/**
 * «Кэрри оставалась дома и сказала, что …»: a capitalised subject the recogniser left
 * unmarked is still the person of the document whose name has that word (Кэрри Саймондс),
 * when exactly one person's name has it.
 */
function namePartMention(ctx: QuoteContext, i: number): Mention | null {
  const owners = namePartIndex(ctx).get(ctx.words[i]!.folded);
  if (!owners || owners.size !== 1) return null;
  const t = ctx.tokens[i]!;
  return { start: t.start, end: t.end, text: t.text, type: 'PER', entity: [...owners][0]!, rule: 'name-part' };
}

const namePartCache = new WeakMap<QuoteContext, Map<string, Set<string>>>();

/** Folded word of a person's name (in any of its mentions) → the people whose names have it. */
function namePartIndex(ctx: QuoteContext): Map<string, Set<string>> {
  let index = namePartCache.get(ctx);
  if (index) return index;
  index = new Map();
  namePartCache.set(ctx, index);
  for (const entity of ctx.entities.values()) {
    if (entity.type !== 'PER') continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const parts = name.split(/\s+/);
      if (parts.length < 2) continue;
      for (const part of parts) {
        const key = fold(part);
        if (key.length < 3) continue;
        if (!index.has(key)) index.set(key, new Set());
        index.get(key)!.add(entity.id);
      }
    }
  }
  return index;
}

/** «местные жители», «государственные СМИ»: adjectives before a source noun belong to it. */
function adjectivesBefore(ctx: QuoteContext, head: number, limit: number): number {
  let from = head;
  while (from - 1 >= limit && ctx.tokens[from - 1]!.kind === 'word' && ctx.analyse(ctx.words[from - 1]!.folded)[0]?.pos === 'ADJF' &&
    ctx.mentionAt[from - 1] === -1 && !isRelative(ctx, from - 1)) from--;
  return from;
}

function isVerbLike(folded: string): boolean {
  return /(л|ла|ли|ло|ет|ит|ют|ят|ут|ат|ся|сь)$/.test(folded);
}

/**
 * Words a role's tail may run to: a genitive chain with one prepositional link
 * (полиция по охране природных ресурсов Мэриленда) takes six.
 */
const MAX_PHRASE_TAIL = 7;

/** A role or source noun with its genitive tail: «спецпредставитель президента РФ», «источник в правительстве». */
function phraseEnd(ctx: QuoteContext, head: number, limit: number): number {
  let end = head + 1;
  while (end < limit && end - head < MAX_PHRASE_TAIL && !isBoundary(ctx, end)) {
    const w = ctx.words[end]!;
    if (ctx.tokens[end]!.kind !== 'word') break;
    if (isVerbLike(w.folded) && w.shape === 'lower' && ctx.mentionAt[end] === -1 && !nounByYo(ctx, end)) break;
    // The tail is nouns and adjectives (президента РФ), not adverbs or particles (затем, лишь).
    const pos = ctx.mentionAt[end] === -1 && !PREPOSITIONS.has(w.folded) ? ctx.analyse(w.folded)[0]?.pos : 'NOUN';
    if (pos !== 'NOUN' && pos !== 'ADJF' && pos !== undefined) break;
    if (PREPOSITIONS.has(w.folded) && !(ctx.sourceNouns.has(ctx.words[head]!.key) && end === head + 1) && !isPartitive(ctx, end)) break;
    const m = ctx.mentionAt[end]!;
    if (m !== -1) {
      // A person named in apposition is the speaker itself: the phrase stops before the name;
      // a person in the genitive belongs to it (штаб Берни Сандерса, представитель Обамы).
      // A text has no apposition: the name after it is its author (в заявлении Кэрри Лэм).
      if (ctx.mentions[m]!.type === 'PER' && isNominativeWord(ctx, end) && !ctx.documentNouns.has(ctx.words[head]!.key)) return end;
      end = mentionEnd(ctx, end, limit);
      continue;
    }
    end++;
  }
  return end;
}

/**
 * A bare institution or source noun (полиции, министерство) stands for the one the text
 * described before with a complement (пресс-служба полиции РА, министерство здравоохранения):
 * the tokens of the latest such complement, to complete the speaker's name. Only a genitive or
 * a name identifies it: «судьи в Милане», «обвинения в насилии» are other uses of the noun.
 */
export function earlierComplement(ctx: QuoteContext, speaker: Speaker): [number, number] | null {
  if (speaker.kind !== 'source' || speaker.to !== speaker.from + 1) return null;
  const key = ctx.words[speaker.from]!.key;
  for (let k = speaker.from - 1; k >= 0; k--) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.words[k]!.key !== key) continue;
    const end = phraseEnd(ctx, k, sentenceRange(ctx, k)[1]);
    if (end > k + 1 && !PREPOSITIONS.has(ctx.words[k + 1]!.folded)) return [k + 1, end];
  }
  return null;
}

/** Written with ё, a verb-like word may be a noun only (сёл, not сел). */
function nounByYo(ctx: QuoteContext, i: number): boolean {
  const text = ctx.tokens[i]!.text.toLowerCase();
  return text.includes('ё') && ctx.analyse(text)[0]?.pos === 'NOUN';
}

/** «одного из сёл», «многих из них»: «из» after a pronoun-quantifier continues the phrase. */
function isPartitive(ctx: QuoteContext, i: number): boolean {
  if (ctx.words[i]!.folded !== 'из' || ctx.tokens[i - 1]?.kind !== 'word') return false;
  const a = ctx.analyse(ctx.words[i - 1]!.folded)[0];
  return !!a && (a.pos === 'NUMR' || (a.pos === 'ADJF' && a.grams.includes('Apro')));
}

/** «, Дэвида Маккина,»: a person's name standing alone between commas. */
export function appositionPerson(ctx: QuoteContext, comma: number): Speaker | null {
  if (!isPunct(ctx, comma, ',')) return null;
  const m = ctx.mentionAt[comma + 1] ?? -1;
  if (m === -1 || ctx.mentions[m]!.type !== 'PER') return null;
  const end = mentionEnd(ctx, comma + 1);
  return isPunct(ctx, end, ',') ? { from: comma + 1, to: end, kind: 'mention', entity: ctx.mentions[m]!.entity } : null;
}

/** The highest-ranked candidate; among equals the first: a clause's subject opens it (Дмитриев, являвшийся …, отметил). */
function pickBest(found: Found[]): Found | undefined {
  let best: Found | undefined;
  for (const f of found) if (!best || f.rank > best.rank) best = f;
  return best;
}

/** The speaker after a cue: «— заявил Кирилл Дмитриев», «по словам источника», «сообщает Reuters». */
export function speakerAfter(ctx: QuoteContext, from: number, cue: Cue | null, subject = true): Speaker | null {
  const [, sentenceEnd] = sentenceRange(ctx, Math.max(0, from - 1));
  let to = from;
  while (to < sentenceEnd && to - from < 16 && !isBoundaryAfter(ctx, to, from)) to++;
  const found = candidates(ctx, from, to, subject);
  const speaker = settle(ctx, pickBest(found), from, cue);
  if (speaker && !subject) speaker.governed = true;
  return speaker ?? (cue?.number === 'pl' ? locativeSource(ctx, from, to, cue) : null);
}

/** A comma ends the phrase unless a name in quotes follows (газеты «Известия»). */
function isBoundaryAfter(ctx: QuoteContext, i: number, from: number): boolean {
  if (ctx.tokens[i]!.kind === 'quote' && i === from) return false;
  return isBoundary(ctx, i) && !(ctx.tokens[i]!.kind === 'quote' && ctx.mentionAt[i + 1] !== -1);
}

/** The subject before a cue: «Дмитриев, являвшийся …, отметил», «Глава МИД заявил», «Критики говорят». */
export function speakerBefore(ctx: QuoteContext, cueFrom: number, cue: Cue | null, limitFrom?: number): Speaker | null {
  const [sentenceStart] = sentenceRange(ctx, cueFrom);
  const from = Math.max(sentenceStart, limitFrom ?? sentenceStart);
  const document = cue?.kind === 'document';
  const found = candidates(ctx, from, cueFrom, !document).filter((f) => genderFits(ctx, f, cue));
  // «Критики говорят, что …, сторонники пишут, что …»: a subject right before the cue, with
  // no comma between, wins; else the clause's first (Дмитриев, являвшийся …, отметил).
  // A gerund (…, заявляя, что) has the subject of the whole clause: its first name.
  const gerund = !!cue && cue.gender === '-' && cue.number === '-' && GERUND.test(cue.form);
  // «фильм, в котором многие женщины рассказали»: a relative clause still open at the cue
  // names its own subject after the pronoun; with none there the pronoun is the subject when
  // nominative (Олег, который заявил: the antecedent speaks), and otherwise the clause is
  // impersonal (глава, которого называли …): no one is named.
  const relative = lastRelative(ctx, from, cueFrom);
  if (relative >= 0 && lastComma(ctx, relative, cueFrom) < relative) {
    const inClause = found.filter((f) => f.from > relative);
    if (inClause.length > 0) return settle(ctx, pickBest(inClause), cueFrom, cue);
    if (!NOMINATIVE_RELATIVES.has(ctx.words[relative]!.folded)) return null;
  }
  const segment = gerund ? cueFrom : lastComma(ctx, from, cueFrom);
  if (gerund && found.length > 0) return namedInApposition(ctx, settle(ctx, found[0], cueFrom, cue));
  const near = found.filter((f) => f.from > segment);
  const speaker = namedInApposition(ctx, settle(ctx, pickBest(near.length > 0 ? near : found), cueFrom, cue));
  return speaker ?? (cue?.number === 'pl' || document ? locativeSource(ctx, from, cueFrom, cue) : null);
}

const GERUND = /(в|вши|я)$/;

/**
 * «Внучка Ван Цзюня, Клэр Ван, писала»: a person after a role or kin noun is its genitive
 * complement; the name in apposition between commas is the one the noun describes.
 */
function namedInApposition(ctx: QuoteContext, speaker: Speaker | null): Speaker | null {
  if (!speaker || speaker.kind !== 'mention') return speaker;
  const before = speaker.from - 1;
  if (before < 0 || ctx.tokens[before]!.kind !== 'word' || ctx.mentionAt[before] !== -1 || !ctx.titles.has(ctx.words[before]!.key)) return speaker;
  return appositionPerson(ctx, speaker.to) ?? speaker;
}

const NOMINATIVE_RELATIVES = new Set(['который', 'которая', 'которое', 'которые']);

function isRelative(ctx: QuoteContext, i: number): boolean {
  return ctx.tokens[i]!.kind === 'word' && ctx.words[i]!.folded.startsWith('котор');
}

/** The last form of «который» in [from, to), or -1. */
function lastRelative(ctx: QuoteContext, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (isRelative(ctx, k)) return k;
  return -1;
}

function lastComma(ctx: QuoteContext, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (isPunct(ctx, k, ',')) return k;
  return from - 1;
}

/** «В Минздраве заявили», «как утверждают в Odebrecht»: an impersonal plural names its source with в. */
function locativeSource(ctx: QuoteContext, from: number, to: number, cue: Cue | null): Speaker | null {
  for (let i = from; i < to - 1; i++) {
    if (!['в', 'во'].includes(ctx.words[i]!.folded) || ctx.tokens[i]!.kind !== 'word') continue;
    const m = ctx.mentionAt[i + 1]!;
    if (m !== -1 && ctx.mentions[m]!.type !== 'LOC') {
      const end = mentionEnd(ctx, i + 1, to);
      return { from: i + 1, to: end, kind: 'mention', entity: ctx.mentions[m]!.entity };
    }
    const w = ctx.words[i + 1]!;
    if (ctx.sourceNouns.has(w.key) || ctx.titles.has(w.key) || ctx.orgNouns.has(w.key) || (cue?.kind === 'document' && w.shape === 'lower')) {
      const end = phraseEnd(ctx, i + 1, to);
      const inner = candidates(ctx, i + 2, end, false).find((f) => f.kind === 'mention');
      return inner
        ? { from: inner.from, to: inner.to, kind: 'mention', entity: inner.mention!.entity }
        : { from: i + 1, to: end, kind: 'source', entity: null, governed: true };
    }
  }
  return null;
}

function genderFits(ctx: QuoteContext, f: Found, cue: Cue | null): boolean {
  if (!cue || !f.mention || f.mention.type !== 'PER') return true;
  if (cue.number === 'pl') return false;
  if (cue.gender !== 'm' && cue.gender !== 'f') return true;
  const entity = ctx.entities.get(f.mention.entity);
  const gender = entity ? ctx.genderOf(entity) : null;
  return !gender || gender === cue.gender;
}

function isPlural(ctx: QuoteContext, i: number, cue: Cue | null): boolean {
  if (cue?.number === 'pl') return true;
  const analyses = ctx.analyse(ctx.words[i]!.folded);
  return analyses.length > 0 && analyses[0]!.grams.includes('plur');
}

function settle(ctx: QuoteContext, f: Found | undefined, near: number, cue: Cue | null): Speaker | null {
  if (!f) return null;
  if (f.kind === 'mention') return { from: f.from, to: f.to, kind: 'mention', entity: f.mention!.entity };
  if (f.kind === 'pronoun') {
    const gender = pronounGender(ctx, f.from, cue);
    const antecedent = unnamedAntecedent(ctx, f.from, gender);
    if (antecedent) return { from: f.from, to: f.to, kind: 'pronoun', entity: null, antecedent };
    return { from: f.from, to: f.to, kind: 'pronoun', entity: resolvePronoun(ctx, f.from, gender) };
  }
  if (f.kind === 'title') {
    // «Судьи опасались»: a group of people is no one person. «Политик добавил»: a bare role
    // stands for the person just named, like a pronoun.
    if (isPlural(ctx, f.from, cue)) return { from: f.from, to: f.to, kind: 'title', entity: null };
    const entity = resolveTitle(ctx, f.from, near, cue) ?? (f.to === f.from + 1 ? resolvePronoun(ctx, f.from, pronounGender(ctx, f.from, cue)) : null);
    // No one to stand for: an unnamed source again (its name takes the complement given before).
    const unnamed = !entity && ctx.sourceNouns.has(ctx.words[f.from]!.key);
    return { from: f.from, to: f.to, kind: unnamed ? 'source' : 'title', entity };
  }
  // «в заявлении Ватикана», «в сообщении Букингемского дворца»: a text's author is the speaker.
  if (ctx.documentNouns.has(ctx.words[f.from]!.key)) {
    for (let k = f.from + 1; k < f.to; k++) {
      const m = ctx.mentionAt[k]!;
      if (m === -1) continue;
      return { from: k, to: mentionEnd(ctx, k, f.to), kind: 'mention', entity: ctx.mentions[m]!.entity };
    }
    if (f.to > f.from + 1) return { from: f.from + 1, to: f.to, kind: 'source', entity: null, governed: true };
  }
  return { from: f.from, to: f.to, kind: 'source', entity: null };
}

function pronounGender(ctx: QuoteContext, i: number, cue: Cue | null): 'm' | 'f' | 'pl' | null {
  const g = PRONOUNS[ctx.words[i]!.folded];
  if (g) return g;
  if (cue?.number === 'pl') return 'pl';
  return cue?.gender === 'm' || cue?.gender === 'f' ? cue.gender : null;
}

/** A speaker given as a pronoun inside the cue itself: «по его словам», «по её мнению». */
export function pronounInCue(ctx: QuoteContext, from: number, to: number): Speaker | null {
  for (let i = from; i < to; i++) {
    const folded = ctx.words[i]!.folded;
    const g = PRONOUNS[folded];
    if (g && !NOMINATIVE_PRONOUNS.has(folded)) return { from: i, to: i + 1, kind: 'pronoun', entity: resolvePronoun(ctx, i, g) };
  }
  return null;
}

function entityAt(ctx: QuoteContext, m: number): Entity | undefined {
  return ctx.entities.get(ctx.mentions[m]!.entity);
}

const GRAMMEME: Record<'m' | 'f' | 'pl', string> = { m: 'masc', f: 'femn', pl: 'plur' };

/**
 * «Был задержан 27-летний житель села. Он сказал, что …»: a pronoun continues the subject of
 * the sentence before it. When that sentence names no fitting person but has an unnamed one
 * (житель, очевидцы) of the pronoun's gender and number, the pronoun stands for that phrase.
 */
function unnamedAntecedent(ctx: QuoteContext, at: number, gender: 'm' | 'f' | 'pl' | null): [number, number] | null {
  const sentence = ctx.sentenceOf[at]!;
  if (!gender || sentence === 0) return null;
  const [from, to] = ctx.sentences[sentence - 1]!.tokens;
  const found = candidates(ctx, from, to, true);
  const person = found.some((f) => f.mention && (f.mention.type === 'PER' || (gender === 'pl' && f.mention.type === 'ORG')));
  if (person || found.some((f) => f.kind === 'pronoun')) return null;
  const source = found.find((f) => f.kind === 'source' && headHas(ctx, f, GRAMMEME[gender]!) && (gender === 'pl' || headHas(ctx, f, 'sing')));
  return source ? [source.from, source.to] : null;
}

/** The phrase's head noun (the source or role word) reads with this grammeme. */
function headHas(ctx: QuoteContext, f: Found, grammeme: string): boolean {
  for (let k = f.from; k < f.to; k++) {
    if (!ctx.sourceNouns.has(ctx.words[k]!.key) && !ctx.orgNouns.has(ctx.words[k]!.key)) continue;
    const a = ctx.analyse(ctx.words[k]!.folded).find((x) => x.pos === 'NOUN');
    return !!a && a.grams.includes(grammeme);
  }
  return false;
}

/** The last person (or, for «они», organisation) before the pronoun whose gender fits. */
export function resolvePronoun(ctx: QuoteContext, at: number, gender: 'm' | 'f' | 'pl' | null): string | null {
  const start = ctx.tokens[at]!.start;
  for (let m = ctx.mentions.length - 1; m >= 0; m--) {
    const mention = ctx.mentions[m]!;
    if (mention.start >= start) continue;
    const entity = entityAt(ctx, m);
    if (!entity) continue;
    if (gender === 'pl') {
      if (entity.type === 'ORG') return entity.id;
      continue;
    }
    if (entity.type !== 'PER') continue;
    const g = ctx.genderOf(entity);
    if (!gender || !g || g === gender) return entity.id;
  }
  return null;
}

/**
 * A role resolves to the person the document names with that role
 * (президент США Дональд Трамп), else the nearest fitting person: earlier in the same
 * paragraph, then in the next three sentences, then anywhere before.
 */
export function resolveTitle(ctx: QuoteContext, at: number, near: number, cue: Cue | null): string | null {
  const key = ctx.words[at]!.key;
  const gender = cue?.gender === 'm' || cue?.gender === 'f' ? cue.gender : null;
  const fits = (m: number) => {
    const e = entityAt(ctx, m);
    if (!e || e.type !== 'PER') return false;
    const g = ctx.genderOf(e);
    return !gender || !g || g === gender;
  };
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (i === at || ctx.words[i]!.key !== key) continue;
    for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 9); k++) {
      const m = ctx.mentionAt[k]!;
      if (m !== -1 && ctx.mentions[m]!.type === 'PER' && fits(m)) return ctx.mentions[m]!.entity;
      // «Известный музыкант, пианист Евгений Кисин»: a chain of roles still names one person.
      if (isBoundary(ctx, k) && !(isPunct(ctx, k, ',') && ctx.titles.has(ctx.words[k + 1]?.key ?? ''))) break;
    }
  }
  // By proximity only a person the text gives a role somewhere (министр Лавров; Дмитриев,
  // генеральный директор …): «глава сельсовета» is not the victim named a sentence before.
  const titled = titledPeople(ctx);
  // «Пресс-секретарь Елисейского дворца»: a role in a named body is someone of its own, found by
  // proximity only if the text gave that person this very role («президент России» is still
  // the president the text named: a country is no such body).
  const next = ctx.words[at + 1];
  const nextMention = ctx.mentionAt[at + 1] ?? -1;
  const named = !!next && (next.shape === 'title' || next.shape === 'upper') && ctx.tokens[at + 1]!.kind === 'word' &&
    !(nextMention !== -1 && ctx.mentions[nextMention]!.type !== 'ORG');
  const fitsTitled = (m: number) => fits(m) && (titled.get(ctx.mentions[m]!.entity)?.has(named ? key : '*') ?? false);
  const start = ctx.tokens[at]!.start;
  const paragraph = ctx.paragraphOf[at];
  let earlier: string | null = null;
  let earlierSameParagraph: string | null = null;
  for (let m = 0; m < ctx.mentions.length; m++) {
    const mention = ctx.mentions[m]!;
    if (mention.start >= start || !fitsTitled(m)) continue;
    earlier = mention.entity;
    if (ctx.paragraphOf[tokenAt(ctx, mention.start)] === paragraph) earlierSameParagraph = mention.entity;
  }
  if (earlierSameParagraph) return earlierSameParagraph;
  const sentence = ctx.sentenceOf[near]!;
  for (let m = 0; m < ctx.mentions.length; m++) {
    const mention = ctx.mentions[m]!;
    if (mention.start <= start || !fitsTitled(m)) continue;
    if (ctx.sentenceOf[tokenAt(ctx, mention.start)]! - sentence > 3) break;
    return mention.entity;
  }
  return earlier;
}

/**
 * People the text names with a role: «министр Лавров», «Дмитриев, генеральный директор …».
 * The role must stand in the name's own sentence: «Погибшую звали Кристина. По словам главы
 * сельсовета, …» gives Кристина no role.
 */
const titledCache = new WeakMap<QuoteContext, Map<string, Set<string>>>();

function titledPeople(ctx: QuoteContext): Map<string, Set<string>> {
  const cached = titledCache.get(ctx);
  if (cached) return cached;
  const titled = new Map<string, Set<string>>();
  titledCache.set(ctx, titled);
  ctx.mentions.forEach((mention) => {
    if (mention.type !== 'PER') return;
    const first = tokenAt(ctx, mention.start);
    const last = tokenAt(ctx, mention.end - 1);
    const sentence = ctx.sentenceOf[first];
    // The role keys near the name, and '*' for «has some role».
    const role = (k: number) => {
      if (ctx.sentenceOf[k] !== sentence || !ctx.titles.has(ctx.words[k]!.key)) return;
      if (!titled.has(mention.entity)) titled.set(mention.entity, new Set(['*']));
      titled.get(mention.entity)!.add(ctx.words[k]!.key);
    };
    for (let k = Math.max(0, first - 4); k < first; k++) role(k);
    for (let k = last + 1; k < Math.min(ctx.tokens.length, last + 5); k++) role(k);
  });
  return titled;
}

function tokenAt(ctx: QuoteContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
