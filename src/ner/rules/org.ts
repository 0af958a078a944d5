import { stemKey } from '../../morph/index.js';
import { PRIORITY, type Candidate } from '../candidate.js';
import { adjacent, atSentenceStart, type NerContext } from '../context.js';

/**
 * Organisations that no dictionary holds:
 *   org noun + «name»           газета «Известия», ООО «Ромашка» (the span is the name only)
 *   all-capitals abbreviation   ФАС, WBC (2–6 letters, no digits, not in an all-capitals line)
 *   Latin-script name           Vestas, Red Bull, Global Cultural Project (in Cyrillic text)
 * Descriptive names are in org-descriptive.ts.
 */

const OPENING = new Set(['«', '„', '"', '“', "'"]);
const CLOSING: Record<string, string[]> = { '«': ['»'], '„': ['“', '”'], '"': ['"'], '“': ['”'], "'": ["'"] };
const MAX_QUOTED = 8;
const ROMAN = /^[IVXLCDM]+$/;

/**
 * «газета «Известия»», «сообщает «Спорт уик-энд»», «РИА «Новости»», «Центр современной
 * культуры «Гараж»»: an organisation noun, a reporting verb or an abbreviation (with the
 * noun's genitive complement between) before a quoted name. Also «московского «Спартака»»,
 * «гендиректор «Уральской стали»» (a place adjective or a role before it), a quoted name
 * standing alone in a sentence of sport news (матчей за «Рому»), and the document's other
 * quoted mentions of a name found so (испанской «Барселоны» … по «Барселоне»).
 */
export function quotedOrgCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  const alone: Candidate[] = [];
  for (let i = 0; i + 2 < ctx.tokens.length; i++) {
    const open = ctx.tokens[i + 1]!;
    if (!OPENING.has(open.text)) continue;
    const descriptor = isDescriptorBefore(ctx, i);
    if (!descriptor && ctx.tokens[i + 2]!.kind !== 'word') continue;
    const close = findClosing(ctx, i + 2, CLOSING[open.text]!);
    if (close < 0 || close === i + 2) continue;
    const first = ctx.tokens[i + 2]!;
    if ((first.kind !== 'word' && first.kind !== 'number') || ctx.words[i + 2]!.shape === 'lower') continue;
    if (descriptor) out.push({ from: i + 2, to: close, type: 'ORG', rule: 'org-noun-quoted', priority: PRIORITY.quotedOrg });
    else if (isOwnerBefore(ctx, i)) out.push({ from: i + 2, to: close, type: 'ORG', rule: 'owner-quoted', priority: PRIORITY.quotedOrg });
    else if (close - i - 2 <= MAX_ALONE && ctx.words[i + 2]!.shape === 'title' && !isWorkNoun(ctx, i) && !isNickname(ctx, i, close) && !isVenue(ctx, i)) alone.push({ from: i + 2, to: close, type: 'ORG', rule: 'sport-quoted', priority: PRIORITY.quotedOrg });
  }
  if (alone.length === 0) return out;
  const sport = sportSentences(ctx);
  const rest: Candidate[] = [];
  for (const c of alone) (sport.has(ctx.sentenceStart[c.from]!) ? out : rest).push(c);
  const named = new Set(out.map((c) => quotedKey(ctx, c.from, c.to)));
  for (const c of rest) if (named.has(quotedKey(ctx, c.from, c.to))) out.push({ ...c, rule: 'quoted-repeat' });
  return out;
}

/** A quoted name standing alone is a club in sport news when it is one or two words long. */
const MAX_ALONE = 2;

/** Roles whose complement is a work or a contest, not a body (режиссёр «Титаника», лауреат «Грэмми»). */
const CREATOR_ROLES = new Set(['режиссер', 'автор', 'продюсер', 'сценарист', 'композитор', 'писатель', 'писательница', 'поэт', 'поэтесса',
  'художник', 'исполнитель', 'исполнительница', 'ведущий', 'актер', 'актриса', 'звезда', 'лауреат', 'финалист', 'победитель', 'обладатель', 'героиня', 'герой',
  // and achievements, whose complement is a contest or a record
  'чемпион', 'чемпионка', 'рекордсмен', 'рекордсменка', 'призер', 'медалист', 'номинант'].map(stemKey));

/**
 * «московского «Спартака»», «политического «Союза за демократию»», «замгендиректора «Уральской
 * стали»», «участники «Кривого зеркала»»: a place adjective or a role right before the quote
 * owns a body, not a work or a thing.
 */
function isOwnerBefore(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i]!;
  if (ctx.tokens[i]!.kind !== 'word' || !adjacent(ctx, i, i + 1)) return false;
  if (w.shape !== 'lower' && !(w.shape === 'title' && atSentenceStart(ctx, i))) return false;
  if (GEO_ADJECTIVE.test(w.folded)) return true;
  if (w.shape !== 'lower' || !ctx.lexicon.titles.has(w.key) || CREATOR_ROLES.has(w.key)) return false;
  // «статье Частного корреспондента «…»»: a role inside a name owns nothing.
  const before = ctx.words[i - 1];
  if (before && before.shape === 'title' && ctx.tokens[i - 1]!.kind === 'word' && !atSentenceStart(ctx, i - 1)) return false;
  // The word is the role itself, not a word whose stem only looks like it (фотографии, фотограф).
  const lemma = ctx.analyse(w.folded)[0]?.lemma ?? '';
  return ctx.lexicon.titleWords.has(lemma) || (lemma.startsWith('зам') && ctx.lexicon.titleWords.has(lemma.slice(3)));
}

/** «Джеймс «Бадди» Макгирт», «с тренером Джеймсом «Бадди»»: a nickname inside or after a person's name is no club. */
function isNickname(ctx: NerContext, i: number, close: number): boolean {
  const capitalised = (k: number) => ctx.tokens[k]?.kind === 'word' && ctx.words[k]!.shape === 'title';
  return (capitalised(i) && !atSentenceStart(ctx, i)) || (capitalised(close + 1) && adjacent(ctx, close, close + 1));
}

/** «на «Лужниках»», «на «Газпром Арене»»: a quoted name after «на» in sport news is the stadium. */
function isVenue(ctx: NerContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && ctx.words[i]!.folded === 'на';
}

function isWorkNoun(ctx: NerContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && ctx.lexicon.workNounForms.has(ctx.words[i]!.folded);
}

/** The first tokens of the sentences that hold a noun of sport news. */
function sportSentences(ctx: NerContext): Set<number> {
  const out = new Set<number>();
  const nouns = ctx.lexicon.sportNounForms;
  for (let k = 0; k < ctx.tokens.length; k++) {
    const shape = ctx.words[k]!.shape;
    if (((shape === 'lower' || (shape === 'title' && atSentenceStart(ctx, k))) && nouns.has(ctx.words[k]!.folded)) || isScore(ctx, k)) out.add(ctx.sentenceStart[k]!);
  }
  return out;
}

/** A match score: «1:2», «3:0», or any «N:N» after «со счётом» (a time, «12:30», is none). */
function isScore(ctx: NerContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.kind !== 'number' || !SCORE.test(t.text)) return false;
  return /:\d$/.test(t.text) || (k > 0 && /^сч[её]т/.test(ctx.words[k - 1]!.folded));
}
const SCORE = /^\d{1,3}:\d{1,3}$/;

function quotedKey(ctx: NerContext, from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; k++) key += ctx.words[k]!.key + ' ';
  return key;
}

/** The word at `i` (just before an opening quote) ends a descriptor of an organisation. */
function isDescriptorBefore(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i]!;
  if (ctx.lexicon.orgNouns.has(w.key) || (w.shape === 'lower' && ctx.lexicon.reportVerbs.has(w.folded))) return true;
  if (isDescriptorAbbreviation(ctx, i)) return true;
  // «Центр современной культуры «Гараж»»: up to three genitive words after the noun.
  let k = i;
  while (k > i - 3 && k > 0 && ctx.tokens[k]!.kind === 'word' && ctx.words[k]!.shape === 'lower' && adjacent(ctx, k - 1, k)) {
    const a = ctx.analyse(ctx.words[k]!.folded)[0];
    if (!a || !a.grams.includes('gent') || (a.pos !== 'NOUN' && a.pos !== 'ADJF')) return false;
    k--;
    if (ctx.lexicon.orgNouns.has(ctx.words[k]!.key) && ctx.words[k]!.folded.length > 3) return true;
  }
  return false;
}

/** «РИА «Новости»», «РКК „Энергия“»: a short unknown abbreviation before a quoted name is its descriptor, like ООО. */
function isDescriptorAbbreviation(ctx: NerContext, i: number): boolean {
  const w = ctx.words[i]!;
  const next = ctx.words[i + 2];
  return w.shape === 'upper' && ctx.tokens[i]!.kind === 'word' && !w.latin && w.folded.length >= 2 && w.folded.length <= 4 && !ctx.gazetteerAt[i] &&
    OPENING.has(ctx.tokens[i + 1]?.text ?? '') && !!next && (next.shape === 'title' || next.shape === 'upper') && adjacent(ctx, i, i + 1);
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
    if (ctx.lexicon.notEntities.has(word.folded) || ctx.lexicon.orgNouns.has(word.key) || isDescriptorAbbreviation(ctx, i)) continue;
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
    if (!w.latin || ctx.tokens[i]!.kind !== 'word' || (w.shape !== 'title' && w.shape !== 'mixed' && !prefix) || ctx.gazetteerAt[i]) continue;
    if (ctx.words[i - 1]?.latin && adjacent(ctx, i - 1, i)) continue;
    let j = i + 1;
    while (j < ctx.tokens.length && j - i < 8 && adjacent(ctx, j - 1, j) && ctx.words[j]!.latin &&
      (ctx.words[j]!.shape !== 'lower' || LATIN_INNER.has(ctx.words[j]!.folded))) j++;
    // A name does not end on «of», «and»: Industrial and Commercial Bank of China.
    while (j > i + 1 && ctx.words[j - 1]!.shape === 'lower') j--;
    if (ctx.lexicon.notEntities.has(w.folded) && j === i + 1) continue;
    if (!hasCyrillicAround(ctx, i, j)) continue;
    // «турниры A, B и C», «8,2 G», «Арес I»: one Latin letter names nothing.
    if (j === i + 1 && ctx.tokens[i]!.text.length === 1) continue;
    if (isLatinPerson(ctx, i, j) || afterPerformer(ctx, i, j)) out.push({ from: i, to: j, type: 'PER', rule: 'latin-person', priority: PRIORITY.abbreviation - 1 });
    else if (isWorkTitle(ctx, i, j, (works ??= namesAfterOrgNouns(ctx))) || coordinated(ctx, lastWork, i)) lastWork = j;
    else out.push({ from: i, to: j, type: 'ORG', rule: 'latin-name', priority: PRIORITY.abbreviation - 1 });
    i = j - 1;
  }
  return out;
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
  if (!w || w.shape !== 'lower' || ctx.tokens[k]!.kind !== 'word' || !works.has(w.folded.slice(w.folded.lastIndexOf('-') + 1))) return false;
  return quoted || k < lead || !orgNamed.has(latinKey(ctx, from, to));
}

/** «игр FarmVille и CityVille», «синглов «A», «B»»: a name joined by «и» or a comma to a title just before is a title too. */
function coordinated(ctx: NerContext, lastWork: number, i: number): boolean {
  if (lastWork < 0 || i - lastWork > 4) return false;
  let joined = false;
  for (let k = lastWork; k < i; k++) {
    const t = ctx.tokens[k]!;
    if (t.text === ',' || t.text === 'и') joined = true;
    else if (t.kind !== 'quote') return false;
  }
  return joined;
}

const ENUMERATION_LEAD = new Set(['как', 'такие', 'таких', 'таким', 'такими', 'например', 'среди', 'которых', 'том', 'числе', 'в']);

function latinKey(ctx: NerContext, from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; k++) key += ctx.words[k]!.folded + ' ';
  return key;
}

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
    let j = i + 1;
    while (j < ctx.tokens.length && j - i < 8 && adjacent(ctx, j - 1, j) && ctx.words[j]!.latin &&
      (ctx.words[j]!.shape !== 'lower' || LATIN_INNER.has(ctx.words[j]!.folded))) j++;
    while (j > i + 1 && ctx.words[j - 1]!.shape === 'lower') j--;
    out.add(latinKey(ctx, i, j));
  }
  return out;
}

/** Roles of performers and authors, who go by a stage name: after one a Latin name is the person (певица Aaliyah, блогер Mimeng). */
const PERFORMER_ROLES = new Set([
  'певец', 'певица', 'рэпер', 'рэперша', 'блогер', 'блогерша', 'видеоблогер', 'композитор', 'музыкант', 'гитарист', 'барабанщик',
  'басист', 'вокалист', 'вокалистка', 'диджей', 'актер', 'актриса', 'комик', 'писатель', 'писательница', 'поэт', 'поэтесса',
  'режиссер', 'исполнитель', 'исполнительница', 'художник', 'художница',
]);

/** «певице Aaliyah», «Композитор-неоклассик Long Arm»: one to three capitalised Latin words right after a performer's role. */
function afterPerformer(ctx: NerContext, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (ctx.words[k]!.shape !== 'title') return false;
  const w = ctx.words[from - 1];
  if (!w || ctx.tokens[from - 1]!.kind !== 'word' || w.latin || !adjacent(ctx, from - 1, from)) return false;
  const head = w.folded.split('-')[0]!;
  return ctx.analyse(head).some((a) => a.pos === 'NOUN' && PERFORMER_ROLES.has(a.lemma));
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
