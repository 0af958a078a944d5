import { isPunct, isTerminal, mentionEnd, type ClauseContext } from './context.js';
import { isNominativeWord, manInObliqueCase, nameAsResolved } from './subject.js';
import { ADJECTIVE_POS, grammaticalGender } from '../morph/agreement.js';
import { stemKey } from '../morph/key.js';
import type { Analysis } from '../types.js';
import { COORDINATING_AND, DEGREE_ADVERBS, functionWord, PARENTHETICALS, PREPOSITIONS, ROLE_COMPLEMENT_PREPOSITIONS, REFERENCE_FRAMES, STOPS, TIME_NOUNS, VERB_LIKE_ENDINGS } from './words.js';

/** How far a speaker phrase reaches: the clause boundary, and a role or source noun with its adjectives and genitive tail. */

/** The clause around a cue ends at a comma, colon, dash, quote mark or sentence end. */
export function isBoundary(ctx: ClauseContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return t.kind === 'quote' || isTerminal(ctx, i) || isPunct(ctx, i, ',;:()—–') || (t.kind === 'word' && STOPS.has(ctx.words[i]!.folded));
}

/** Longest quoted name a speaker phrase reads through: «Газета.Ru», «Россия 24», «Индикаторы рынка недвижимости». */
const SHORT_NAME = 4;

/** A mark of a pair around a few words with no sentence end or comma: a quoted name, not a quotation. */
export function isShortName(ctx: ClauseContext, i: number): boolean {
  const pair = ctx.index.outerByOpen.get(i) ?? ctx.index.outerByClose.get(i);
  if (!pair || pair.close - pair.open - 1 > SHORT_NAME) return false;
  for (let k = pair.open + 1; k < pair.close; k++) if (isTerminal(ctx, k) || isPunct(ctx, k, ',:;')) return false;
  return true;
}

/** «местные жители», «государственные СМИ»: adjectives before a source noun belong to it. */
export function adjectivesBefore(ctx: ClauseContext, head: number, limit: number): number {
  let from = head;
  while (from - 1 >= limit && ctx.tokens[from - 1]!.kind === 'word' && isModifier(ctx, from - 1, head) &&
    ctx.mentionAt[from - 1] === -1 && !isRelative(ctx, from - 1)) from--;
  // «более позднее сообщение»: an adverb grading the first adjective belongs to the phrase.
  if (from < head && from - 1 >= limit && ctx.tokens[from - 1]!.kind === 'word' && DEGREE_ADVERBS.has(ctx.words[from - 1]!.folded)) from--;
  // «специально проведённые исследования»: an adverb of manner (one an adjective makes: its short neuter) says how the participle's act was done.
  else if (from < head && from - 1 >= limit && mannerAdverb(ctx, from - 1) && ctx.analyseWord(ctx.words[from]!)[0]?.pos === 'PRTF') from--;
  // «лечащие Чавеса кубинские врачи»: a participle agreeing with the noun takes its object (a name) between them.
  const m = from - 1 >= limit ? ctx.mentionAt[from - 1]! : -1;
  const start = m === -1 ? -1 : ctx.mentions[m]!.tokens[0];
  const participle = start - 1;
  if (m !== -1 && participle >= limit && ctx.tokens[participle]!.kind === 'word' && ctx.mentionAt[participle] === -1 &&
    ctx.analyseWord(ctx.words[participle]!)[0]?.pos === 'PRTF' && isModifier(ctx, participle, head)) return participle;
  // «возглавляющего комиссию депутата», «опрошенные газетой аналитики»: the participle's own words stand between it and the noun.
  for (let p = from - 2; p >= Math.max(limit, from - 1 - GOVERNED_REACH); p--) if (participleHead(ctx, p, head + 1) === head) return p;
  return from;
}

/** The word at `i` is read first as an adverb and also as an adjective's short neuter (специально, официально), not a time (вчера, недавно). */
function mannerAdverb(ctx: ClauseContext, i: number): boolean {
  if (ctx.tokens[i]!.kind !== 'word' || ctx.mentionAt[i] !== -1) return false;
  const readings = ctx.analyseWord(ctx.words[i]!);
  return readings[0]?.pos === 'ADVB' && readings.some((a) => a.pos === 'ADJS' && a.grams.includes('neut'));
}

/** Words a participle's governed phrase may hold between it and its noun (возглавляющего областную комиссию депутата). */
const GOVERNED_REACH = 3;

/**
 * The participle at `p` opens a phrase whose noun comes after the participle's own words
 * (возглавляющего комиссию депутата, опрошенные газетой аналитики): the first lower-case noun within
 * GOVERNED_REACH words after one or more words between that agrees with it in case, number and gender;
 * -1 where the participle agrees with the next word or meets anything but nouns, adjectives,
 * prepositions and names on the way.
 */
export function participleHead(ctx: ClauseContext, p: number, limit: number): number {
  if (p < 0 || ctx.tokens[p]!.kind !== 'word' || ctx.mentionAt[p] !== -1 || ctx.words[p]!.shape === 'upper') return -1;
  const readings = ctx.analyseWord(ctx.words[p]!);
  if (readings[0]?.pos !== 'PRTF') return -1;
  const participle = readings.filter((a) => a.pos === 'PRTF');
  for (let k = p + 1; k < Math.min(limit, p + 2 + GOVERNED_REACH); k++) {
    if (ctx.tokens[k]!.kind !== 'word') return -1;
    const w = ctx.words[k]!;
    const analyses = ctx.analyseWord(w);
    const agreeing = w.shape === 'lower' && analyses.some((n) => n.pos === 'NOUN' && participle.some((a) => agrees(a, n)));
    const m = ctx.mentionAt[k]!;
    // «возглавляющего комиссию депутата»: a name read as one body (комиссию депутата) may end with the participle's noun.
    if (m !== -1) {
      if (agreeing && k > ctx.mentions[m]!.tokens[0] && k === ctx.mentions[m]!.tokens[1] - 1) return k;
      continue;
    }
    if (w.shape !== 'lower' || STOPS.has(w.folded)) return -1;
    if (PREPOSITIONS.has(w.folded)) continue;
    // «Задержанные полицией подозреваемые»: the noun may be a participle read as a noun for people first;
    // «оставшихся в живых», «пострадавших от взрывов людей»: a noun right after a preposition is its object.
    if (agreeing && !PREPOSITIONS.has(ctx.words[k - 1]!.folded)) return k === p + 1 ? -1 : k;
    const pos = analyses[0]?.pos;
    if (pos !== 'NOUN' && pos !== 'ADJF') return -1;
  }
  return -1;
}

/**
 * An adjective, or a participle that agrees with the noun in case and number (присутствовавшие
 * врачи, осведомлённые источники): a participle that does not agree heads a clause of its own.
 */
function isModifier(ctx: ClauseContext, i: number, head: number): boolean {
  const first = ctx.analyseWord(ctx.words[i]!)[0];
  if (first?.pos === 'ADJF') return true;
  if (first?.pos !== 'PRTF') return false;
  const nouns = ctx.analyseWord(ctx.words[head]!).filter((a) => a.pos === 'NOUN');
  return ctx.analyseWord(ctx.words[i]!).some((p) => p.pos === 'PRTF' && nouns.some((n) => sharesCaseAndNumber(p, n)));
}

/** The grammemes a participle shares with its noun (gender is left out: plurals have none, and a noun's may be common). */
const AGREEMENT = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'sing', 'plur'];

/** An adjective's or participle's reading in the case and number of a noun's (its gender not asked). */
function sharesCaseAndNumber(a: Analysis, n: Analysis): boolean {
  if (!AGREEMENT.every((g) => a.grams.includes(g) === n.grams.includes(g))) return false;
  // In the accusative an adjective shows the noun's animacy (представлявших людей, but представлявшие интересы).
  const animacy = (x: Analysis) => (x.grams.includes('anim') ? 'anim' : x.grams.includes('inan') ? 'inan' : null);
  return !a.grams.includes('accs') || !animacy(a) || !animacy(n) || animacy(a) === animacy(n);
}

/** A form of «который». */
export function isRelative(ctx: ClauseContext, i: number): boolean {
  return ctx.tokens[i]!.kind === 'word' && ctx.words[i]!.folded.startsWith(functionWord('relative-stem'));
}

function isVerbLike(folded: string): boolean {
  return VERB_LIKE_ENDINGS.some((ending) => folded.endsWith(ending));
}

/** Oblique cases two nouns joined by «и» may share; the nominative and accusative may be the next clause's subject or object. */
const JOINED_CASES: ReadonlySet<string> = new Set(['gent', 'datv', 'ablt', 'loct']);

/** Adjectives a noun joined by «и» may have before it (и областной администрации). */
const JOINED_ADJECTIVES = 2;

/**
 * The lower-case noun after «и» at `at` (past a few adjectives) that shares an oblique case with the
 * lower-case noun right before «и»; -1 where there is none.
 */
export function joinedNoun(ctx: ClauseContext, at: number, limit: number): number {
  if (at < 1 || ctx.tokens[at]!.kind !== 'word' || !COORDINATING_AND.has(ctx.words[at]!.folded)) return -1;
  const oblique = (k: number): Set<string> | null => {
    if (k >= limit || ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1 || ctx.words[k]!.shape !== 'lower') return null;
    const readings = ctx.analyseWord(ctx.words[k]!);
    if (readings[0]?.pos !== 'NOUN') return null;
    return new Set(readings.filter((a) => a.pos === 'NOUN').map((a) => a.grams.find((g) => JOINED_CASES.has(g))).filter((g): g is string => !!g));
  };
  const before = oblique(at - 1);
  if (!before || before.size === 0) return -1;
  let k = at + 1;
  while (k < Math.min(limit, at + 1 + JOINED_ADJECTIVES) && ctx.tokens[k]!.kind === 'word' && ctx.words[k]!.shape === 'lower' && ctx.mentionAt[k] === -1 && ADJECTIVE_POS.has(ctx.analyseWord(ctx.words[k]!)[0]?.pos ?? '')) k++;
  const after = oblique(k);
  return after && [...after].some((g) => before.has(g)) ? k : -1;
}

/**
 * Words a role's tail may run to: a genitive chain with one prepositional link
 * (полиция по охране природных ресурсов Мэриленда) takes six.
 */
const MAX_PHRASE_TAIL = 7;

/**
 * A role or source noun with its genitive tail: «спецпредставитель президента РФ», «источник в правительстве».
 * `complement`: the head is an adjective or participle standing for people, whose own prepositional
 * complement belongs to it (оставшиеся в живых, пострадавшие при взрыве).
 */
export function phraseEnd(ctx: ClauseContext, head: number, limit: number, complement = false): number {
  let end = head + 1;
  let linked = false;
  while (end < limit && end - head < MAX_PHRASE_TAIL) {
    // «пресс-служба «Аэрофлота»», «представитель «Газпрома»»: a quoted name in the genitive belongs to the phrase.
    const pair = ctx.index.outerByOpen.get(end);
    // «представители компании «Газпром»»: a quoted name after an organisation noun is that noun's apposition, in any case;
    // right after a role (глава «Фрейксенет») it is the role's complement, a name that does not decline.
    // «пресс-служба «Киностудии КИТ»»: the genitive shows on the name's first word as well as its last.
    if (pair && pair.close < limit && isShortName(ctx, end) && ctx.mentionAt[end + 1] !== -1 && (canBeGenitive(ctx, pair.close - 1) || canBeGenitive(ctx, end + 1) || afterOrgNoun(ctx, end) || (end === head + 1 && ctx.titles.has(ctx.words[head]!.key)))) {
      end = pair.close + 1;
      continue;
    }
    // «правительства и губернатора области», «сотрудников полиции и прокуратуры»: a noun joined by «и»
    // in an oblique case the noun before it shares is one more head or complement of the phrase.
    const joined = joinedNoun(ctx, end, limit);
    if (joined !== -1) {
      end = joined + 1;
      continue;
    }
    if (isBoundary(ctx, end)) break;
    const w = ctx.words[end]!;
    if (ctx.tokens[end]!.kind !== 'word') break;
    if (isVerbLike(w.folded) && w.shape === 'lower' && ctx.mentionAt[end] === -1 && !nounByYo(ctx, end) && !knownGenitiveNoun(ctx, end)) break;
    // The tail is nouns and adjectives (президента РФ), not adverbs or particles (затем, лишь).
    let pos = ctx.mentionAt[end] === -1 && !PREPOSITIONS.has(w.folded) ? ctx.analyseWord(w)[0]?.pos : 'NOUN';
    // «адвокаты обвиняемого», «родные задержанной»: a participle in the genitive, standing for a person or
    // agreeing with the noun after it (пострадавшего предприятия), continues the chain as an adjective does.
    if (pos === 'PRTF' && w.shape === 'lower' && ctx.analyseWord(w).some((a) => a.pos === 'PRTF' && a.grams.includes('gent'))) pos = 'ADJF';
    if (pos !== 'NOUN' && pos !== 'ADJF' && pos !== undefined) break;
    // «представитель посольства России в США»: a source's place, a name after one link, ends its tail.
    const place = end + 1 < limit ? ctx.mentionAt[end + 1]! : -1;
    // «глава группы наблюдателей от Афросоюза», «постпред России при ООН»: a role's body after «от», «при».
    const placed = !linked && place !== -1 && ctx.mentions[place]!.type !== 'PER' && (ctx.sourceNouns.has(ctx.words[head]!.key) ||
      (ctx.titles.has(ctx.words[head]!.key) && ctx.mentions[place]!.type === 'ORG' && ROLE_COMPLEMENT_PREPOSITIONS.has(w.folded)));
    // A source's place follows the source or its quoted name (источник «Интерфакса» в правительстве).
    // So does it follow the outlet's unquoted name (источники РБК в правительстве).
    // «несколько близких к семье источников»: an adjective's own complement, and the noun it agrees with after it.
    const agreeing = PREPOSITIONS.has(w.folded) ? nounAfterComplement(ctx, end, limit) : -1;
    if (agreeing !== -1) {
      end = agreeing + 1;
      continue;
    }
    const sourcePlace = ctx.sourceNouns.has(ctx.words[head]!.key) && (end === head + 1 || (!linked && (ctx.tokens[end - 1]!.kind === 'quote' || outletRightAfter(ctx, head, end))));
    // «учёные из Оксфордского университета», «источник из окружения президента»: «из» right after a noun for people says where they come from.
    const origin = end === head + 1 && w.folded === functionWord('partitive') && ctx.analyseWord(ctx.words[head]!).some((a) => a.pos === 'NOUN' && a.grams.includes('anim'));
    if (PREPOSITIONS.has(w.folded) && !sourcePlace && !placed && !origin && !isPartitive(ctx, end) && !(complement && end === head + 1)) break;
    // «в заявлении в частности говорится»: a parenthetical (в частности, в целом) is no complement.
    if (PREPOSITIONS.has(w.folded) && end + 1 < limit && PARENTHETICALS.has(ctx.words[end + 1]!.folded)) break;
    // «СМИ во вторник», «источники в прошлом месяце»: a time says when, it is no part of the source.
    if (PREPOSITIONS.has(w.folded) && opensTime(ctx, end + 1, limit, TAIL_TIME_REACH)) break;
    // «сообщают СМИ со ссылкой на …»: the reporter's own source is another speaker, not the phrase's tail.
    if (PREPOSITIONS.has(w.folded) && opensReference(ctx, end, limit)) break;
    if (PREPOSITIONS.has(w.folded)) linked = true;
    // «сказал глава района журналистам»: the tail is a genitive chain; a noun or adjective in
    // another case (the addressee; «по мнению прокуратуры конечная цена», the next clause's
    // subject) ends it, unless a preposition governs it (источник в правительстве).
    if (!linked && (pos === 'NOUN' || pos === 'ADJF') && ctx.mentionAt[end] === -1 && !PREPOSITIONS.has(w.folded) && !canBeGenitive(ctx, end)) break;
    const m = ctx.mentionAt[end]!;
    if (m !== -1) {
      // A person named in apposition is the speaker itself: the phrase stops before the name;
      // a person in the genitive belongs to it (штаб Берни Сандерса, представитель Обамы).
      // A text has no apposition: the name after it is its author (в заявлении Кэрри Лэм).
      // «адвокат Петрова», of Иван Петров: a man's surname with a case ending right after the role is his genitive, no woman in apposition.
      const genitiveMan = end === head + 1 && manInObliqueCase(ctx, end, mentionEnd(ctx, end, limit));
      // «Адвокаты Эндрюс»: one person is no apposition of a plural noun, whatever case the name shows (it does not decline);
      // two named together may be (адвокаты Иван Петров и Анна Смирнова).
      const apposition = singularHead(ctx, head) || (!genitiveName(ctx, m) && (!pluralPeople(ctx, head) || !unknownWords(ctx, m) || namesPair(ctx, mentionEnd(ctx, end, limit))));
      if (ctx.mentions[m]!.type === 'PER' && isNominativeWord(ctx, end) && !genitiveMan && !ctx.documentNouns.has(ctx.words[head]!.key) && apposition) return end;
      end = mentionEnd(ctx, end, limit);
      continue;
    }
    end++;
  }
  return end;
}

/** How many words an adjective's prepositional complement may take before its noun (близких к семье источников). */
const ADJECTIVE_COMPLEMENT = 3;

/**
 * The preposition at `at` opens the complement of the adjective before it (близких к семье, знакомого
 * с ним), and a lower-case noun in the adjective's case and number follows within ADJECTIVE_COMPLEMENT
 * words: that noun's index, else -1.
 */
function nounAfterComplement(ctx: ClauseContext, at: number, limit: number): number {
  const k = at - 1;
  if (k < 0 || ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1) return -1;
  const adjectives = ctx.analyseWord(ctx.words[k]!).filter((a) => a.pos === 'ADJF' || a.pos === 'PRTF');
  if (adjectives.length === 0) return -1;
  for (let j = at + 2; j < Math.min(limit, at + 2 + ADJECTIVE_COMPLEMENT); j++) {
    if (ctx.tokens[j]!.kind !== 'word' || ctx.mentionAt[j] !== -1 || ctx.words[j]!.shape !== 'lower') return -1;
    const nouns = ctx.analyseWord(ctx.words[j]!).filter((a) => a.pos === 'NOUN');
    if (nouns.some((n) => adjectives.some((a) => sharesCaseAndNumber(a, n)))) return j;
  }
  return -1;
}

/**
 * An apposition agrees with its noun in number and names a person only after a noun for people,
 * so one person's name after a plural noun (критики Алиева, соседи Кастро) or after a body is its
 * genitive, not its name. Readings of other words do not count: «критики» is also «of criticism».
 */
/** The word at `head` can only be a plural noun for people (адвокаты, сторонники), not a singular one nor a thing (больницы). */
function pluralPeople(ctx: ClauseContext, head: number): boolean {
  const nouns = ctx.analyseWord(ctx.words[head]!).filter((a) => a.pos === 'NOUN');
  return nouns.length > 0 && nouns.every((a) => a.grams.includes('plur') && a.grams.includes('anim'));
}

/**
 * No word of the name is one the dictionary knows (Эрин Эндрюс), or it is one that does not decline:
 * the name may stand in any case. Not «Михаил Зайцев», which can only be a nominative there.
 */
function unknownWords(ctx: ClauseContext, m: number): boolean {
  const [from, to] = ctx.mentions[m]!.tokens;
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind !== 'word') continue;
    const w = ctx.words[k]!;
    const known = (w.analyses.length > 0 ? w.analyses : ctx.analyseWord(w)).filter((a) => a.known);
    if (known.length > 0 && !known.some((a) => a.grams.includes('Fixd'))) return false;
  }
  return true;
}

/** «и» and another person's name follow the name that ends at `end`. */
function namesPair(ctx: ClauseContext, end: number): boolean {
  const next = ctx.mentionAt[end + 1] ?? -1;
  return ctx.tokens[end]?.kind === 'word' && COORDINATING_AND.has(ctx.words[end]!.folded) && next !== -1 && ctx.mentions[next]!.type === 'PER';
}

export function singularHead(ctx: ClauseContext, head: number): boolean {
  return ctx.analyseWord(ctx.words[head]!).some((a) => a.grams.includes('sing') && !a.grams.includes('inan'));
}

/**
 * Every word of the name can be a person's name in the genitive (Алиева, Кастро; an unknown
 * word by its ending: Ассанжа), not «Светлана» or «Кинчев», the next clause's subject.
 */
function genitiveName(ctx: ClauseContext, m: number): boolean {
  const [from, to] = ctx.mentions[m]!.tokens;
  // «Адвокаты Кристенсена»: written otherwise than the person's nominative name, the mention is in an oblique case.
  if (ctx.mentions[m]!.type === 'PER' && !nameAsResolved(ctx, from, to)) return true;
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind !== 'word') continue;
    const w = ctx.words[k]!;
    const known = (w.analyses.length > 0 ? w.analyses : ctx.analyseWord(w)).filter((a) => a.known && !a.grams.includes('plur'));
    if (known.length > 0 ? !known.some((a) => a.grams.includes('gent') || a.grams.includes('Fixd')) : !canBeGenitive(ctx, k)) return false;
  }
  return true;
}

/**
 * The source noun at `head` is followed right away by an organisation's name that ends at `end`
 * (источники РБК), and the preposition at `end` opens a body or a named place (в правительстве,
 * в правоохранительных органах), not a conversation (в интервью CNN).
 */
function outletRightAfter(ctx: ClauseContext, head: number, end: number): boolean {
  const m = ctx.mentionAt[head + 1] ?? -1;
  if (m === -1 || ctx.mentions[m]!.type !== 'ORG' || mentionEnd(ctx, head + 1) !== end) return false;
  let k = end + 1;
  // Bounded: phraseEnd asks this at every preposition of a tail, and a run of adjectives must not be read again each time.
  while (k < Math.min(ctx.tokens.length, end + 1 + OUTLET_PLACE_ADJECTIVES) && ctx.tokens[k]!.kind === 'word' && ctx.mentionAt[k] === -1 && ctx.analyseWord(ctx.words[k]!)[0]?.pos === 'ADJF') k++;
  // A body's noun (в мэрии) or a source's (в правоохранительных органах).
  return k < ctx.tokens.length && ctx.tokens[k]!.kind === 'word' && (ctx.mentionAt[k] !== -1 || ctx.orgNouns.has(ctx.words[k]!.key) || ctx.sourceNouns.has(ctx.words[k]!.key));
}

/** Adjectives a body's noun may have after the outlet's name (в правоохранительных органах). */
const OUTLET_PLACE_ADJECTIVES = 3;

/** The word before `i` is a lower-case organisation noun (компании, партии). */
function afterOrgNoun(ctx: ClauseContext, i: number): boolean {
  const k = i - 1;
  // «ЧВК «Вагнер»», «ПАО «Газпром»»: an abbreviation for a kind of body is written in capitals.
  const shape = ctx.tokens[k]?.kind === 'word' ? ctx.words[k]!.shape : 'none';
  if (k < 0 || (shape !== 'lower' && shape !== 'upper') || ctx.mentionAt[k] !== -1) return false;
  // «арт-группы «Война»»: a compound's last part names the kind of body.
  const folded = ctx.words[k]!.folded;
  return ctx.orgNouns.has(ctx.words[k]!.key) || (folded.includes('-') && ctx.orgNouns.has(stemKey(folded.slice(folded.lastIndexOf('-') + 1))));
}

/** A reference frame (со ссылкой на) starts at `i`. */
function opensReference(ctx: ClauseContext, i: number, limit: number): boolean {
  return referenceFrameAt(ctx, i, limit) !== undefined;
}

/** The words of the reference frame (со ссылкой на) that starts at `i` and ends by `limit`, if one does. */
export function referenceFrameAt(ctx: ClauseContext, i: number, limit = ctx.tokens.length): readonly string[] | undefined {
  return REFERENCE_FRAMES.find((frame) => i + frame.length <= limit && frame.every((word, k) => ctx.tokens[i + k]!.kind === 'word' && ctx.words[i + k]!.folded === word));
}

/**
 * «во вторник», «в прошлом месяце», «в самом начале года»: a phrase opening at `i` says when, by a
 * time noun among its first `reach` words, all lower-case words (the one reader of a time phrase
 * after a preposition; callers give the reach their context allows).
 */
export function opensTime(ctx: ClauseContext, i: number, limit: number, reach: number): boolean {
  for (let k = i; k < Math.min(limit, i + reach); k++) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.words[k]!.shape !== 'lower') return false;
    if (TIME_NOUNS.has(ctx.words[k]!.folded)) return true;
  }
  return false;
}

/** Words a time noun may stand after in a phrase's tail: «СМИ во вторник», «источники в прошлом месяце». */
const TAIL_TIME_REACH = 2;

/** Some reading of the word is genitive (or one the dictionary cannot place in a case). */
function canBeGenitive(ctx: ClauseContext, i: number): boolean {
  const folded = ctx.words[i]!.folded;
  // «Интерфакса-Украина»: a compound name declines its first part only.
  const parts = folded.includes('-') ? [folded, folded.slice(0, folded.indexOf('-'))] : [folded];
  return parts.some((part) => {
    const analyses = ctx.analyse(part);
    return analyses.length === 0 || analyses.some((a) => a.grams.includes('gent') || a.grams.includes('gen2') || a.grams.includes('Fixd'));
  });
}

/**
 * «участники круглого стола», «жители села»: a word with a verb's ending that the dictionary
 * knows as a noun in the genitive, and as no verb, continues the genitive chain.
 */
function knownGenitiveNoun(ctx: ClauseContext, i: number): boolean {
  const analyses = ctx.analyseWord(ctx.words[i]!).filter((a) => a.known);
  return analyses.some((a) => a.pos === 'NOUN' && a.grams.includes('gent')) && !analyses.some((a) => VERB_POS.has(a.pos));
}

const VERB_POS = new Set(['VERB', 'INFN', 'PRTS', 'PRTF', 'GRND']);

/** Written with ё, a verb-like word may be a noun only (сёл, not сел). */
function nounByYo(ctx: ClauseContext, i: number): boolean {
  const text = ctx.tokens[i]!.text.toLowerCase();
  return text.includes('ё') && ctx.analyse(text)[0]?.pos === 'NOUN';
}

/** «одного из сёл», «многих из них»: «из» after a pronoun-quantifier continues the phrase. */
function isPartitive(ctx: ClauseContext, i: number): boolean {
  if (ctx.words[i]!.folded !== functionWord('partitive') || ctx.tokens[i - 1]?.kind !== 'word') return false;
  const a = ctx.analyseWord(ctx.words[i - 1]!)[0];
  return !!a && (a.pos === 'NUMR' || (a.pos === 'ADJF' && a.grams.includes('Apro')));
}

/** Words a participle's clause after a phrase may hold (эксперты, проводившие эксгумацию тела испанского художника). */
const CLAUSE_REACH = 10;

/** A clause that describes a phrase: where it ends, and the number and gender its participle agrees in. */
export interface DescribingClause {
  to: number;
  number: 'sing' | 'plur';
  gender: string | null;
  /** The participle agrees with the phrase's head, and takes its case (not with a complement: представитель компании, отвечающей за …). */
  head: boolean;
}

/**
 * «источник, близкий к ФСБ», «телеканала, принадлежащего движению «Хамас»», «эксперты, проводившие
 * эксгумацию тела»: a participle (or an adjective with its own prepositional complement) right after
 * the comma that ends the phrase [from, to), agreeing with a noun of it in case and number (and
 * gender in the singular), describes that noun: the clause up to the next comma, colon, dash or
 * the sentence's end belongs to the phrase. Null where none opens there, or it runs on past
 * CLAUSE_REACH or to another kind of boundary (a conjunction, a quotation): the shorter phrase then.
 */
export function describingClause(ctx: ClauseContext, from: number, to: number, limit: number): DescribingClause | null {
  const first = to + 1;
  if (first >= limit || !isPunct(ctx, to, ',')) return null;
  const attributes = describingWord(ctx, first, limit);
  const agreement = attributes && describedNoun(ctx, from, to, attributes);
  if (!agreement) return null;
  const end = describingClauseEnd(ctx, first, limit);
  return end === -1 ? null : { to: end, ...agreement };
}

/**
 * The adjective and participle readings of the word at `first`, right after the phrase's comma,
 * where it opens a clause that describes something (a participle, or an adjective with a
 * prepositional complement of its own); null where it does not.
 */
function describingWord(ctx: ClauseContext, first: number, limit: number): Analysis[] | null {
  if (ctx.tokens[first]!.kind !== 'word' || ctx.mentionAt[first] !== -1 || ctx.words[first]!.shape !== 'lower') return null;
  const readings = ctx.analyseWord(ctx.words[first]!);
  // «знакомый с ситуацией»: an adjective the dictionary also lists as a noun is one still.
  if (!readings.some((a) => ADJECTIVE_POS.has(a.pos)) || readings.some((a) => a.grams.includes('Apro')) || !(readings[0]!.pos === 'NOUN' || ADJECTIVE_POS.has(readings[0]!.pos))) return null;
  const next = first + 1 < limit && ctx.tokens[first + 1]!.kind === 'word' ? ctx.words[first + 1]! : null;
  // An adjective alone may open a list or a new phrase; with a complement of its own (близкий к, знакомый с) it describes.
  // A participle the dictionary also lists as an adjective (принадлежащий) is one still.
  const participle = readings.some((a) => a.pos === 'PRTF');
  if (!participle && !(next && PREPOSITIONS.has(next.folded))) return null;
  const attributes = readings.filter((a) => ADJECTIVE_POS.has(a.pos));
  // «составители документа, уполномоченные государственные органы»: a participle before a noun it agrees with opens the next phrase of a list.
  if (next && !PREPOSITIONS.has(next.folded) && ctx.analyseWord(next).some((n) => (n.pos === 'NOUN' || n.pos === 'ADJF') && attributes.some((a) => agrees(a, n)))) return null;
  return attributes;
}

/**
 * Where the describing clause opened at `first` ends: the next comma, colon, dash or the
 * sentence's end, within CLAUSE_REACH words; -1 where it runs on or meets another kind of boundary.
 */
function describingClauseEnd(ctx: ClauseContext, first: number, limit: number): number {
  let end = first + 1;
  while (end < limit && end - first < CLAUSE_REACH) {
    if (ctx.index.outerByOpen.has(end) && isShortName(ctx, end) && ctx.index.outerByOpen.get(end)!.close < limit) {
      end = ctx.index.outerByOpen.get(end)!.close + 1;
      continue;
    }
    // «прооперировавшие и лечащие»: two participles joined by «и» are one clause.
    if (isBoundary(ctx, end) && !(COORDINATING_AND.has(ctx.words[end]?.folded ?? '') && ctx.analyseWord(ctx.words[end + 1] ?? ctx.words[end]!).some((a) => a.pos === 'PRTF'))) break;
    end++;
  }
  if (end - first >= CLAUSE_REACH) return -1;
  if (end < limit && !isPunct(ctx, end, ',:—–') && !isTerminal(ctx, end)) return -1;
  return end;
}

/** The number and gender of a noun of [from, to) that some of the readings agree with in case and number (and gender in the singular). */
function describedNoun(ctx: ClauseContext, from: number, to: number, readings: readonly Analysis[]): Omit<DescribingClause, 'to'> | null {
  // The head: the phrase's first noun (its adjectives stand before it).
  let head = from;
  while (head < to - 1 && !ctx.analyseWord(ctx.words[head]!).some((a) => a.pos === 'NOUN')) head++;
  for (let k = to - 1; k >= from; k--) {
    if (ctx.tokens[k]!.kind !== 'word') continue;
    for (const n of ctx.analyseWord(ctx.words[k]!)) {
      if (n.pos !== 'NOUN') continue;
      const number = n.grams.includes('plur') ? 'plur' : 'sing';
      const gender = number === 'sing' ? grammaticalGender(n.grams) : null;
      if (readings.some((a) => agrees(a, n))) return { number, gender, head: k === head };
    }
  }
  return null;
}

/** An adjective or participle reading agrees with a noun's: case and number, and gender in the singular (a noun of common gender takes either). */
function agrees(a: Analysis, n: Analysis): boolean {
  if (!sharesCaseAndNumber(a, n)) return false;
  const gender = n.grams.includes('sing') ? grammaticalGender(n.grams) : null;
  return !gender || n.grams.includes('Ms-f') || a.grams.includes(gender);
}
