import { azForm, PROPER_GRAMMEMES, type Morphology, type WordInfo } from '../morph/index.js';
import { fold, stemKey } from '../morph/key.js';
import type { Candidate, DictEntry, Entity, EntityType, Mention, Token } from '../types.js';
import { isCaseFormOfName } from './case-forms.js';
import { FIRST_NAME_CASE_ENDINGS } from '../dict/first-name-cases.js';
import { RUSSIA_NAMES as RUSSIA_NAMES_LIST } from '../ner/words.js';
import { generationBase } from '../dict/generation.js';
import { clippings } from '../util/clippings.js';
import { perText, perWord, perWordFor } from '../util/word-memo.js';
import { wordList, wordSet } from '../dict/words.js';
import { governedCases, opensSentence, roleApposition, subjectOf } from './governed-case.js';
import { groupGender, mentionGender } from './group-gender.js';
import { isFeminineSurname } from './person-gender.js';
import { nationalBodies } from './national-body.js';
import { SpellingIndex } from './spelling.js';
import { addOnce, fileOnce } from '../util/file-once.js';
import { normalizePerson, normalizePhrase, surnameCaseFormOf, type CaseEvidence, type NameWord } from './normalize.js';

/**
 * The resolve stage: one entity per real thing. Dictionary mentions group by entry; a
 * person's later surname-only or first-name-only mention joins the full name it repeats;
 * «Полное название (АББР)» makes the abbreviation an alias of the full name.
 */

export interface ResolveInput {
  text: string;
  tokens: readonly Token[];
  words: readonly WordInfo[];
  candidates: readonly Candidate[];
}

export interface ResolveTools {
  morphology: Morphology;
  /** Gender of a first name by its key: 'm', 'f', 'mf' or undefined. */
  firstNameGender: (key: string) => string | undefined;
  /** The listed first name a folded word is a case form of (анне → анна), if any. */
  listedFirstName?: (word: string) => string | undefined;
  /** The dictionary entry of this type that has this name or alias (case aside, but for a capital the entry writes). */
  dictionaryEntry?: (type: EntityType, name: string) => DictEntry | undefined;
  /** A folded word's keys (itself, its stem key, its lemmas), memoised per annotator: names repeat across documents. */
  wordKeys?: (folded: string) => ReadonlySet<string>;
  /** The lemma is a role word (министр, балерина): a name after it is in apposition, in its case. */
  isRole?: (lemma: string) => boolean;
  /** nameVariants, memoised per annotator for dictionary entries (their names and aliases never change). */
  nameVariants?: (name: string, entry: DictEntry | undefined) => NameVariants;
}

interface Group {
  type: EntityType;
  entry?: DictEntry;
  members: Candidate[];
  /**
   * Where each run of members sorted by first token begins (full names come in order, then
   * surnames alone in order): the member nearest before a place is a binary search per run.
   */
  runs: number[];
  /** Lemmas and stem keys of the first mention's words, for surname and first-name matching. */
  words: Set<string>;
  /** Lemma and stem key of its last word (the surname of a person). */
  last: Set<string>;
  /** A person's first name as written (folded) and its forms, where the first mention has one before the surname. */
  first?: { folded: string; forms: Set<string>; gender: string | undefined };
  size: number;
  /** Its place among the groups, in the order opened. */
  order: number;
  /** A village named as a dictionary town is (в деревне Калининград): no dictionary entry of that name is it. */
  settlement?: boolean;
}

export interface Resolution {
  entities: Entity[];
  mentions: Mention[];
}

// A word form's lemma stem, found once per form (the morph stage shares its records), not per mention.
const lemmaStem = perWord((word: WordInfo) => stemKey(word.lemma));

/** «аль-Завахири», «эль-Масри»: an Arabic article glued to a surname, which the text may drop when it repeats the name (Завахири). */
const ARTICLE_PREFIX = new RegExp(`^(?:${wordList('arabic-articles').join('|')})-(?=\\p{L}{2})`, 'u');

/** The words of a body's name its head noun may be among (Международное агентство по …: the second). */
const HEAD_NOUN_WORDS = 2;
/** Shorter words of a dictionary name are abbreviations or prepositions (ЦК КПСС, СК России), no noun a text repeats alone. */
const MIN_HEAD_NOUN_LENGTH = 4;

/** The folded head words of a dictionary name and its aliases, read once per entry: a text naming one body a thousand times asks again each time. */
const ENTRY_HEAD_NOUNS = new WeakMap<DictEntry, readonly string[]>();
function entryHeadNouns(entry: DictEntry): readonly string[] {
  let found = ENTRY_HEAD_NOUNS.get(entry);
  if (!found) {
    const heads: string[] = [];
    for (const name of [entry.name, ...entry.aliases]) {
      for (const w of name.split(/\s+/).slice(0, HEAD_NOUN_WORDS)) if (w.length >= MIN_HEAD_NOUN_LENGTH) heads.push(fold(w));
    }
    ENTRY_HEAD_NOUNS.set(entry, (found = heads));
  }
  return found;
}

export function resolve(input: ResolveInput, tools: ResolveTools): Resolution {
  const { tokens, words, candidates } = input;
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  // The groups (in the order opened) that have a word, for the two person look-ups: a
  // search of all groups per mention grew with the square of a long text's people.
  const fullNameByWord = new Map<string, Group[]>();
  const surnameByWord = new Map<string, Group[]>();
  // The same words by spelling, for a name the text spells two ways (Чепмен, Чэпмен; Сабирова, Сабурова).
  const fullNameSpellings = new SpellingIndex<Group>();
  const surnameSpellings = new SpellingIndex<Group>();
  const groupOfCandidate = new Map<Candidate, Group>();
  const groupsWith = (index: Map<string, Group[]>, forms: Iterable<string>) => {
    const found: Group[] = [];
    for (const f of forms) addOnce(found, index.get(f) ?? []);
    return found;
  };
  const nameWords = (c: Candidate) => {
    const indices: number[] = [];
    for (let k = c.tokens[0]; k < c.tokens[1]; k++) if (tokens[k]!.kind === 'word' && tokens[k]!.text.length > 1) indices.push(k);
    return indices;
  };
  // The lemma's stem key too: «Ицков» is read as the genitive plural of a noun «ицк» (key ицк), «Ицкова»
  // as a form of the surname «ицков» (key ицков); the surname's stem key is theirs in common.
  // Straight into one set: a flatMap made an array per word and one for the group, per group opened.
  const formsOf = (indices: readonly (number | undefined)[]) => {
    const set = new Set<string>();
    for (const k of indices) {
      if (k === undefined) continue;
      const w = words[k]!;
      set.add(w.lemma).add(w.key).add(lemmaStem(w));
      const bare = w.folded.replace(ARTICLE_PREFIX, '');
      if (bare !== w.folded) for (const f of tools.wordKeys?.(bare) ?? wordKeys(bare, tools)) set.add(f);
    }
    return set;
  };
  const forms = (k: number | undefined) => formsOf([k]);
  // A name word by spelling: as written, and its stem (Карпичкова → карпичков, to meet «Капричков»).
  const spellingsOf = (k: number) => [words[k]!.folded, words[k]!.key];
  const knownWord = (k: number) => words[k]!.analyses.some((a) => a.known);
  const spelledLike = (index: SpellingIndex<Group>, k: number) => {
    const found: Group[] = [];
    for (const f of spellingsOf(k)) addOnce(found, index.find(f, knownWord(k)));
    return found;
  };
  /**
   * A person mention's first name: its first word, when another follows (an initial is no word
   * here) and it reads as a first name (our list, or the morphology's Name): a word the
   * recogniser took in by mistake (Если Топалов) or a name neither knows tells nothing.
   */
  const firstName = (c: Candidate): Group['first'] => {
    if (c.type !== 'PER') return undefined;
    const indices = nameWords(c);
    if (indices.length < 2) return undefined;
    const w = words[indices[0]!]!;
    const named = tools.firstNameGender(w.folded) !== undefined || tools.firstNameGender(w.lemma) !== undefined || w.analyses.some((a) => a.grams.includes('Name'));
    const gender = tools.firstNameGender(w.lemma) ?? tools.firstNameGender(w.folded);
    return named ? { folded: w.folded, forms: forms(indices[0]), gender } : undefined;
  };
  const ownerKey = (c: Candidate) => (c.owner ? ` @${nameWords({ ...c, tokens: c.owner }).map((k) => words[k]!.lemma).join(' ')}` : '');
  const phraseKey = (c: Candidate) => `${c.type}:${nameWords(c).map((k) => words[k]!.lemma).join(' ')}${ownerKey(c)}`;
  /** Files a person's full name under its words: their keys, and as written (below). */
  const indexFullName = (group: Group, named: readonly number[], keys: Iterable<string>) => {
    // The words as written too: «Лидстрём» is read as a verb's form (key лидстр), «Лидстрема» has the key лидстрем.
    for (const f of [...keys, ...named.map((k) => words[k]!.folded)]) fileOnce(fullNameByWord, f, group);
    // «Сайрус Вэнс-младший … сообщил Вэнс»: under the surname without its generation's adjective too.
    for (const k of named) {
      const base = generationBase(words[k]!.folded);
      if (base) for (const f of [base, stemKey(base)]) fileOnce(fullNameByWord, f, group);
    }
    for (const k of named) for (const f of spellingsOf(k)) fullNameSpellings.add(f, group, knownWord(k));
  };
  const open = (key: string, c: Candidate): Group => {
    const indices = nameWords(c);
    // A well-known person is called by surname alone (Путин), hardly by first name: «Автор:
    // Владимир» is not Владимир Путин. Others may be either (Кэрри ← Кэрри Саймондс).
    // Unless the text itself writes the first name (Владимир Машков … Владимиру): then it may call them by it.
    const named = c.entry && !(c.type === 'PER' && firstName(c)) ? indices.slice(-1) : indices;
    const group: Group = {
      type: c.type, entry: c.entry, members: [], runs: [0],
      // An initial counts towards a full name (Д. Медведев), though it names nothing to match.
      words: formsOf(named), last: forms(indices.at(-1)), size: wordCount(c, tokens), order: groups.length,
      first: firstName(c),
    };
    groups.push(group);
    byKey.set(key, group);
    if (group.type === 'PER' && group.size > 1) indexFullName(group, named, group.words);
    // A dictionary person joins the look-up only under a first name of its own mention, which a
    // full mention must then share (Гари Каспаров, the dictionary's Гарри Каспаров).
    if (group.type === 'PER' && (!group.entry || group.first)) {
      for (const f of group.last) fileOnce(surnameByWord, f, group);
      const last = indices.at(-1);
      if (last !== undefined) for (const f of spellingsOf(last)) surnameSpellings.add(f, group, knownWord(last));
    }
    return group;
  };

  // «Комиссия США по ценным бумагам и биржам … Комиссия проинформировала», «МАГАТЭ … секретариат
  // Агентства»: a body's name word, capitalised alone, is the body the text last named with it.
  // By lemma, the latest body whose name (or dictionary name) holds the word among its first ones.
  const bodyByHeadNoun = new Map<string, Group>();
  const noteHeadNouns = (c: Candidate, group: Group) => {
    const indices = nameWords(c);
    if (indices.length < 2 && !c.entry) return;
    for (const k of indices.slice(0, HEAD_NOUN_WORDS)) bodyByHeadNoun.set(words[k]!.lemma, group);
    if (c.entry) for (const w of entryHeadNouns(c.entry)) bodyByHeadNoun.set(w, group);
  };
  const headNounReference = (c: Candidate): Group | undefined => {
    if (c.type !== 'ORG' || c.entry || c.owner || c.tokens[1] - c.tokens[0] !== 1) return undefined;
    const w = words[c.tokens[0]]!;
    if (w.shape !== 'title' || !w.analyses.some((a) => a.known && a.pos === 'NOUN' && !a.grams.includes('anim'))) return undefined;
    return bodyByHeadNoun.get(w.lemma);
  };
  const abbreviations = abbreviationLinks(input);
  const originals = originalLinks(input);
  const translated = new Set(originals.values());
  // Full names first, so that a short mention anywhere in the text finds them.
  // Split once and sorted each (a stable sort, as the one sort by both was): a comparator that
  // tests both candidates' kind ran some twenty times per candidate.
  const full: Candidate[] = [];
  const short: Candidate[] = [];
  // A dictionary person's surname alone waits for the full names too: it may be one of theirs (below).
  for (const c of candidates) (isShortPerson(c, tokens) || isBareDictionaryPerson(c, tokens) ? short : full).push(c);
  const ordered = sortByStart(full).concat(sortByStart(short));
  // A dictionary mention without an owner finds its group by the entry's id, not by a key string
  // made and hashed anew for each of (on a text of names) thousands of mentions.
  const byEntryId = new Map<string, Group>();
  // The clippings of full names' surnames (лидс of Лидстрём), made once, when a quoted nickname first asks:
  // full names are grouped before any one-word name.
  let clipped: Map<string, Group[]> | undefined;
  const nicknames = () => {
    if (clipped) return clipped;
    clipped = new Map();
    for (const g of groups) {
      if (g.type !== 'PER' || g.size < 2) continue;
      for (const f of g.last) for (const p of clippings(f)) fileOnce(clipped, p, g);
    }
    return clipped;
  };
  // The folded words and lemmas of the text, read once when a dictionary person's surname alone asks for its first name.
  let written: Set<string> | undefined;
  const writes = (name: string) => {
    if (!written) {
      written = new Set();
      for (const w of words) if (w.shape === 'title') written.add(w.folded).add(w.lemma);
    }
    return written.has(fold(name));
  };
  /**
   * The text's own person a dictionary surname alone names, when the dictionary's is not meant: one named in
   * full by that word as first name (Барак Обама … дочь Барака: not Эхуд Барак). `null`: the word is a first
   * name of someone the text never names in full, while the dictionary's first name is not in the text (с женой
   * Мишель: not Шарль Мишель): a person of the text, by the rules. `undefined`: the dictionary's person. Only
   * where the text does not name the dictionary's person in full.
   */
  // The full names' first names, filed once when the first surname alone asks: full names are grouped before any.
  let byFirstName: Map<string, Group[]> | undefined;
  const firstNames = () => {
    if (byFirstName) return byFirstName;
    byFirstName = new Map();
    for (const g of groups) if (g.type === 'PER' && g.size > 1 && g.first) for (const f of g.first.forms) fileOnce(byFirstName, f, g);
    return byFirstName;
  };
  const ownPerson = (c: Candidate): Group | null | undefined => {
    if (!c.entry || !isBareDictionaryPerson(c, tokens) || (byEntryId.get(c.entry.id)?.size ?? 0) > 1) return undefined;
    const k = nameWords(c)[0];
    if (k === undefined) return undefined;
    const own = forms(k).add(words[k]!.folded);
    const found = nearestNamed(groupsWith(firstNames(), own).filter((g) => g.entry !== c.entry), c.tokens[0]);
    if (found) return found;
    const w = words[k]!;
    const firstNamed = tools.firstNameGender(w.lemma) !== undefined || tools.firstNameGender(w.folded) !== undefined;
    return firstNamed && !writes(c.entry.name.split(' ')[0]!) ? null : undefined;
  };
  const nationalBody = nationalBodies(input, tools.dictionaryEntry);
  const fullGenders = new Map<Group, 'masc' | 'femn' | undefined>();
  const fullNameGender = (g: Group) => {
    if (!fullGenders.has(g)) fullGenders.set(g, g.type === 'PER' && g.size > 1 ? groupGender(g.members.filter((m) => !isShortPerson(m, tokens)), input, tools, true) : undefined);
    return fullGenders.get(g);
  };
  for (const found of ordered) {
    // «в деревне Калининград»: a village of a dictionary town's name is another place, with a rule-made id.
    const settlement = !!found.entry && found.type === 'LOC' && afterSettlementNoun(input, found.tokens[0]);
    const own = settlement ? undefined : ownPerson(found);
    // «Министерство юстиции» in a story about the United States: not the dictionary's Russian ministry.
    const body = nationalBody(found);
    const c = settlement || own === null ? { ...found, entry: undefined } : body ? { ...found, entry: body } : found;
    let group: Group | undefined = own ?? undefined;
    if (group) {
      // Joined below.
    } else if (c.entry && !c.owner) {
      group = byEntryId.get(c.entry.id);
      if (!group) {
        const key = `dict:${c.entry.id}`;
        group = byKey.get(key) ?? open(key, c);
        byEntryId.set(c.entry.id, group);
      }
    } else if (c.entry) {
      // «МИД Франции», «Министерства иностранных дел Франции»: with an owner, one body, not the dictionary's Russian one.
      const key = `dict:${c.entry.id}${ownerKey(c)}`;
      group = byKey.get(key) ?? open(key, c.owner ? { ...c, entry: undefined } : c);
    } else if (originals.has(c) && groupOfCandidate.has(originals.get(c)!)) {
      // «Хосе Луис Бонет (Josep Lluís Bonet)»: the original is another name of the person, and
      // its surname alone (Bonet) names them too.
      group = groupOfCandidate.get(originals.get(c)!)!;
      const named = nameWords(c);
      indexFullName(group, named, formsOf(named));
    } else if (c.type === 'PER' && isShortPerson(c, tokens)) {
      // Its written form too: «Карпичков» is read as «of карпичок», while the full name's
      // «Бориса Карпичкова» has the stem key карпичков.
      const word = nameWords(c)[0];
      const own = forms(word);
      if (word !== undefined) own.add(words[word]!.folded);
      let options = groupsWith(fullNameByWord, own);
      if (options.length === 0 && word !== undefined) options = spelledLike(fullNameSpellings, word);
      // «Лидс» for Никлас Лидстрём: a quoted nickname clipped from a full name's surname (ner/rewrites/quoted-nickname.ts).
      if (options.length === 0 && word !== undefined && c.trace?.includes('quoted-nickname')) options = nicknames().get(words[word]!.folded) ?? [];
      // «Игорь Сомов … — сказала Сомова», «Билл Клинтон … Клинтон заявила»: a surname alone that shows
      // its own gender (by the verb it is the subject of, or a Russian surname's ending: Сомовой) is no
      // one's whose first name is of the other gender: another person of the family.
      // The full names' gender as their own mentions show it (Евгения Минченко shows none: Евгения is
      // also a man's genitive), asked once per group.
      if (options.length) {
        const shown = mentionGender(c, input, tools, (f) => tools.firstNameGender(f) !== undefined);
        // «Арлена Спектера … Спектер заявил»: a full name whose surname is the bare one with a man's case
        // ending is his oblique case, whatever an unlisted first name reads as (Арлена: a woman's?).
        const bareForm = word === undefined ? '' : tokens[word]!.text;
        const declined = (g: Group) => shown === 'masc' && !!g.first && tools.firstNameGender(g.first.folded) !== 'f' && surnameCaseFormOf(tokens[g.members[0]!.tokens[1] - 1]!.text, bareForm);
        if (shown) options = options.filter((g) => fullNameGender(g) !== (shown === 'masc' ? 'femn' : 'masc') || declined(g));
      }
      group = nearestNamed(options, c.tokens[0]);
      if (!group) {
        const key = phraseKey(c);
        group = byKey.get(key) ?? open(key, c);
      }
    } else if (c.type === 'PER') {
      // Two full mentions of one person share the surname: Кирилл Дмитриев, Кирилла Дмитриева;
      // not Иван Петров and Анна Петрова, two people of one family.
      const first = firstName(c);
      let found: Group | undefined;
      for (const f of forms(nameWords(c).at(-1))) {
        for (const g of surnameByWord.get(f) ?? []) if ((!found || g.order < found.order) && (!g.entry || first) && sameFirstName(g.first, first)) found = g;
      }
      // A longer name's first name and another of its words (Энрике Каприлеса of Энрике Каприлес
      // Радонски: a second surname; Марк Чепмен of Марк Дэвид Чепмен: a middle name).
      const named = nameWords(c);
      if (!found && first && named.length === 2) {
        for (const g of groupsWith(fullNameByWord, forms(named[1]))) if ((!found || g.order < found.order) && g.size > 2 && g.first && !g.entry && sameFirstName(g.first, first)) found = g;
      }
      // The surname spelt another way (Марк Чепмен, Марком Чэпменом): only with a first name both write alike.
      const last = named.at(-1);
      if (!found && first && last !== undefined) {
        for (const g of spelledLike(surnameSpellings, last)) if ((!found || g.order < found.order) && g.first && (!g.entry || first) && sameFirstName(g.first, first)) found = g;
      }
      group = found ?? open(phraseKey(c), c);
    } else {
      const target = abbreviations.get(c);
      group = (target && groupOfCandidate.get(target)) || headNounReference(c);
      if (!group) {
        const key = `${settlement ? 'settlement:' : ''}${phraseKey(c)}`;
        group = byKey.get(key) || open(key, c);
        if (settlement) group.settlement = true;
      }
    }
    const previous = group.members.at(-1);
    if (previous && c.tokens[0] < previous.tokens[0]) group.runs.push(group.members.length);
    group.members.push(c);
    if (c.type === 'ORG') noteHeadNouns(c, group);
    // Read only for an abbreviation's full name.
    if (abbreviations.size || translated.has(c)) groupOfCandidate.set(c, group);
  }
  return buildEntities(groups, input, tools);
}

/**
 * The person a surname alone names, of those whose full names share it: the one named last
 * before it (Владислав Челах, then his grandfather Владимир Челах: «заявил Челах» is the
 * grandfather), where all are of one gender as their first names tell, or not told; else, as
 * before, the first one named (Иван Петров and Анна Петрова: «Петрова» may be his genitive).
 */
function nearestNamed(options: readonly Group[], at: number): Group | undefined {
  if (options.length < 2) return options[0];
  const first = options.reduce((a, b) => (b.order < a.order ? b : a));
  const genders = new Set(options.map((g) => g.first?.gender).filter((g) => g === 'm' || g === 'f'));
  if (genders.size > 1) return first;
  // Of equally near ones (never two groups' members at one place, but should it happen) the
  // first option: each group's nearest member is found apart, then compared in options' order.
  let best: Group | undefined;
  let bestAt = -1;
  for (const g of options) {
    const start = lastStartBefore(g, at);
    if (start > bestAt) [best, bestAt] = [g, start];
  }
  return best ?? first;
}

/** The first token of the group's last member that starts before `at`, or -1: one binary search per sorted run of its members, not a scan of them all for each surname alone. */
function lastStartBefore(g: Group, at: number): number {
  let found = -1;
  for (let r = 0; r < g.runs.length; r++) {
    let lo = g.runs[r]!;
    let hi = r + 1 < g.runs.length ? g.runs[r + 1]! : g.members.length;
    // The first member of the run starting at or after `at`; the one before it is the nearest.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (g.members[mid]!.tokens[0] < at) lo = mid + 1;
      else hi = mid;
    }
    if (lo > g.runs[r]! && g.members[lo - 1]!.tokens[0] > found) found = g.members[lo - 1]!.tokens[0];
  }
  return found;
}

/**
 * Two first names (or none) that may be one person's: the same lemma or stem, one the other
 * with a case ending (Эд, Эда) or its short form (Дж., Джеймс), or a spelling of it (Эмили,
 * Емили; Николас, Николаус) of the same gender.
 */
function sameFirstName(a: Group['first'], b: Group['first']): boolean {
  if (!a || !b) return true;
  for (const f of b.forms) if (a.forms.has(f)) return true;
  const [short, long] = a.folded.length <= b.folded.length ? [a.folded, b.folded] : [b.folded, a.folded];
  if (long.startsWith(short) && (long.length - short.length <= 2 || short.length <= 3)) return true;
  if (a.gender && b.gender && a.gender !== b.gender) return false;
  return editDistance(short, long, 2) <= (short.length >= 6 ? 2 : 1);
}

/** Levenshtein distance of two short words, or `limit + 1` once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (b.length - a.length > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    if (Math.min(...row) > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Sorts candidates by their first token, stably, in place. Most lists come in order already
 * (the recogniser's, a group's members): the check is a read, where Array.prototype.sort
 * copies the list into a work array first.
 */
function sortByStart(list: Candidate[]): Candidate[] {
  for (let i = 1; i < list.length; i++) if (list[i]!.tokens[0] < list[i - 1]!.tokens[0]) return list.sort((a, b) => a.tokens[0] - b.tokens[0]);
  return list;
}

function wordCount(c: Candidate, tokens: readonly Token[]): number {
  let n = 0;
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) if (tokens[k]!.kind === 'word') n++;
  return n;
}

/** A one-word person mention the dictionary links by surname alone (Путин), to an entry of a longer name. */
function isBareDictionaryPerson(c: Candidate, tokens: readonly Token[]): boolean {
  return c.type === 'PER' && !!c.entry && c.tokens[1] - c.tokens[0] === 1 && tokens[c.tokens[0]]!.kind === 'word' && c.entry.name.includes(' ');
}

function isShortPerson(c: Candidate, tokens: readonly Token[]): boolean {
  return c.type === 'PER' && !c.entry && c.tokens[1] - c.tokens[0] === 1 && tokens[c.tokens[0]]!.kind === 'word';
}

/**
 * «Российский фонд прямых инвестиций (РФПИ)»: the candidate in brackets → the one before it,
 * and so is every one-word mention of the abbreviation anywhere in the text. An abbreviation
 * introduced twice takes the last full name for all its mentions.
 */
function abbreviationLinks(input: ResolveInput): Map<Candidate, Candidate> {
  const links = new Map<Candidate, Candidate>();
  const { tokens, candidates } = input;
  const fullByKey = new Map<string, Candidate>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const full = candidates[i]!;
    const abbr = candidates[i + 1]!;
    if (abbr.tokens[1] - abbr.tokens[0] !== 1 || tokens[full.tokens[1]]?.text !== '(' || abbr.tokens[0] !== full.tokens[1] + 1 || tokens[abbr.tokens[1]]?.text !== ')') continue;
    if (input.words[abbr.tokens[0]]!.shape !== 'upper' || full.type === 'PER' || !initialFits(input.tokens[full.tokens[0]]!.text, input.tokens[abbr.tokens[0]]!.text, full.type)) continue;
    fullByKey.set(input.words[abbr.tokens[0]]!.key, full);
  }
  if (fullByKey.size === 0) return links;
  // Later mentions of the abbreviation find the same entity through its key (one pass, not one per abbreviation).
  for (const other of candidates) {
    if (other.tokens[1] - other.tokens[0] !== 1) continue;
    const full = fullByKey.get(input.words[other.tokens[0]]!.key);
    if (full) links.set(other, full);
  }
  return links;
}

/** The rules that find a person's name in its own script, in brackets after the Russian one. */
const ORIGINAL_RULES = new Set(['latin-original', 'original-script']);

/**
 * «Фолькер Буфье (Volker Bouffier)», «Ма Лин (马凌)»: a person's original name in brackets →
 * the person before it, of whom it is another name (no dictionary's: that names its own entity).
 */
function originalLinks(input: ResolveInput): Map<Candidate, Candidate> {
  const links = new Map<Candidate, Candidate>();
  const { tokens, candidates } = input;
  for (let i = 1; i < candidates.length; i++) {
    const original = candidates[i]!;
    const person = candidates[i - 1]!;
    if (!ORIGINAL_RULES.has(original.rule) || original.type !== 'PER' || person.type !== 'PER' || original.entry) continue;
    if (person.tokens[1] + 1 === original.tokens[0] && tokens[person.tokens[1]]?.text === '(') links.set(original, person);
  }
  return links;
}

/**
 * «Социал-демократической партии Кыргызстана (СДПК)»: when the name found before the brackets
 * is only the last word (Кыргызстана), it does not start with the abbreviation's first letter,
 * and the abbreviation is no other name of it. A name in the other script (Комитет защиты
 * журналистов (CPJ)) may start with any letter, unless the name found is a place: «Федерации
 * лесбиянок … Аргентины (FALGBT)» abbreviates the body the place ends, not the place.
 */
function initialFits(full: string, abbreviation: string, type: string): boolean {
  const first = full.charAt(0).toLowerCase();
  const letter = abbreviation.charAt(0).toLowerCase();
  const cyrillic = (c: string) => /[а-яё]/.test(c);
  return (type !== 'LOC' && cyrillic(first) !== cyrillic(letter)) || first === letter;
}

/**
 * One entity per id. The id is the dictionary's, or made from the type and the normal name;
 * a rule-made name that a dictionary entry of the type holds takes the entry (Израиль found by a
 * rule is still loc:israel). Groups that reach one id are one entity, so that an id never
 * depends on what else the document holds (no «~2»).
 */
const ruleId = (type: EntityType, name: string) => `${type.toLowerCase()}:${fold(name).replace(/\s+/g, '-')}`;

/**
 * «Конституционный совет Туниса … Конституционного совета»: a body the rules found named once with its
 * place (the owner) is the body its bare name means elsewhere in the text, where only one place owns
 * a body of that name. The bare name's id → the owned body's id.
 */
function ownedBodies(groups: readonly Group[], input: ResolveInput, tools: ResolveTools): Map<string, string> {
  const owned = new Map<string, string | null>();
  for (const group of groups) {
    if (group.type !== 'ORG' || group.entry || !group.members.some((c) => c.owner)) continue;
    const name = normalName(group.members, 'ORG', input, tools);
    if (tools.dictionaryEntry?.('ORG', name)) continue;
    const bare = normalName(group.members.map((c) => (c.owner ? { ...c, owner: undefined } : c)), 'ORG', input, tools);
    const base = ruleId('ORG', bare);
    const id = ruleId('ORG', name);
    if (base === id) continue;
    owned.set(base, owned.has(base) && owned.get(base) !== id ? null : id);
  }
  const found = new Map<string, string>();
  for (const [base, id] of owned) if (id) found.set(base, id);
  return found;
}

function buildEntities(groups: Group[], input: ResolveInput, tools: ResolveTools): Resolution {
  // `gender`: the group's gender, kept while the entity is that one group (the same members): asked again below.
  const byId = new Map<string, { type: EntityType; name: string; entry?: DictEntry; members: Candidate[]; places?: CaseEvidence['places']; gender?: 'masc' | 'femn' | null }>();
  const ownedIds = ownedBodies(groups, input, tools);
  for (const group of groups) {
    sortByStart(group.members);
    // An abbreviation group takes the type of its full name.
    const type = group.entry?.type ?? group.type;
    let entry = group.entry;
    const places = type === 'PER' && !entry ? casePlaces(group.members, input, tools) : undefined;
    let gender: 'masc' | 'femn' | null | undefined;
    if (!entry && type === 'PER') gender = groupGender(group.members, input, tools) ?? null;
    let name = entry?.name ?? (type === 'PER' ? personName(group.members, input, tools, places, gender ?? undefined) : normalName(group.members, type, input, tools, places));
    if (!entry && !group.settlement) {
      // «Грызлов Борис Вячеславович» (surname first, as decrees write it) is the entry's «Борис Вячеславович Грызлов».
      const words = name.split(' ');
      const rotated = type === 'PER' && words.length === 3 ? [...words.slice(1), words[0]].join(' ') : undefined;
      entry = tools.dictionaryEntry?.(type, name) ?? (rotated === undefined ? undefined : tools.dictionaryEntry?.(type, rotated)) ?? russianBody(type, name, group.members, input, tools);
      if (entry) name = entry.name;
    }
    const own = entry?.id ?? ruleId(type, name);
    const id = ownedIds.get(own) ?? own;
    const known = byId.get(id);
    if (known) {
      known.members.push(...group.members);
      known.gender = undefined;
    } else byId.set(id, { type, name, entry, members: [...group.members], places, gender });
  }
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const isListedFirstName = (w: string) => tools.firstNameGender(w) !== undefined;
  for (const [id, { type, name, entry, members, places, gender: known }] of byId) {
    sortByStart(members);
    const entityMentions = members.map((c): Mention => {
      const start = input.tokens[c.tokens[0]]!.start;
      const end = input.tokens[c.tokens[1] - 1]!.end;
      const mention: Mention = { start, end, tokens: [c.tokens[0], c.tokens[1]], text: input.text.slice(start, end), type, entity: id, rule: c.rule };
      if (c.trace) mention.trace = c.trace;
      return mention;
    });
    // Other names of the thing, in the nominative: «Песков» for Дмитрий Песков (from «Пескова»:
    // the name's own words); never a case form of the name or of an alias (России, Азамата Сагитова).
    const { variants, variantKeys, folded } = tools.nameVariants?.(name, entry) ?? nameVariants(name, entry, tools);
    // A set from the start: the aliases keep each text's first place either way, and a name
    // mentioned thousands of times is then filtered once per distinct form.
    const others = new Set<string>();
    const source = fullestOf(members, input.tokens);
    // A person's gender as the whole text shows it: each full mention is normalised in it (Аделину
    // Сотникову → Аделина Сотникова, not Аделин Сотников), and the name made in it is no guess.
    const gender = type === 'PER' && !entry ? (known === undefined ? groupGender(members, input, tools) : known ?? undefined) : undefined;
    // Repeated mentions have the same words: each distinct one is matched against the names once.
    // Found by the records of its words (what partOfName reads), a path through nested maps: no
    // key string made and hashed per mention.
    const parts: PartNode = {};
    for (const c of members) {
      const node = partNode(parts, c, input);
      let part: string | undefined;
      if (node.known) part = node.part;
      else {
        part = node.part = partOfName(c, variants, variantKeys, input, tools);
        node.known = true;
      }
      if (part === undefined) others.add(surfaceOf(c, input));
      else if (part) others.add(part);
      // The name is a guess where the morphology does not know a word (Зулема Томас read as
      // Зулем): the mention it came from stays an alias as written if it may be the nominative.
      // Not where the word before it governs another case (республиканца Оррина Хэтча).
      // Nor where the first name is a case form of the listed name the normal form begins with (Альфреда → Альфред).
      else if (c === source && !entry && type === 'PER' && !gender && mayBeUnknownNominative(c, input, tools) && (mentionEvidence(c, input, tools, true).governed?.includes('nomn') ?? true) && !declinedListedFirstName(surfaceOf(c, input), name, tools) && !plainlyOblique(surfaceOf(c, input), name)) others.add(surfaceOf(c, input));
    }
    // A person's other full names in the nominative too (Д. Медведева → Д. Медведев): the forms
    // the text calls them by. A surname alone does not show its gender (Ковригина: of Ковригин,
    // or she), so it is handled above.
    if (type === 'PER') {
      // A person's name depends on the mention's tokens, their records and whether space parts
      // them, no more.
      const named = new Set<string>();
      const infoIds = new Map<WordInfo, number>();
      const bare = bareWords(members, input);
      const foldedName = fold(name);
      // Whether a surface is the name or the name declined, asked once per distinct surface (a name
      // mentioned many times was split, folded and looked up in the declined forms per mention).
      const isName = new Map<string, boolean>();
      for (const c of members) {
        if (wordCount(c, input.tokens) <= 1) continue;
        // A mention that is the name itself, or the name declined (Хосепа Гвардиолы for Хосеп Гвардиола),
        // is no other name: its own normal form adds nothing but the morphology's errors (Гвардиол).
        const surface = surfaceOf(c, input);
        let same = isName.get(surface);
        if (same === undefined) isName.set(surface, (same = fold(surface) === foldedName || isCaseFormOfName(surface, name, () => false)));
        if (same) continue;
        const key = `${surface}\u0000${tokensKey(c, input, infoIds)}\u0000${evidenceKey(mentionEvidence(c, input, tools))}`;
        if (named.has(key)) continue;
        named.add(key);
        others.add(normalName([c], type, input, tools, places, bare, gender));
      }
    }
    // A rule-made name's case form is dropped only where the text writes the name itself: a name the morphology
    // guessed from oblique forms alone (Зулем from «Зулема») may be the wrong one, and the alias
    // as written right. The mentions are scanned only for an alias that is a case form.
    // A dictionary's name is no guess: its case forms go whether the text writes it or not (Лионеля Месси).
    // A dictionary person's gender is known: «Александра Лукашенко» is his name declined, no woman's name.
    // Whether the text writes the name does not depend on the alias: read once, when first asked.
    let attested: boolean | undefined;
    const caseForm = (o: string) => entry ? isCaseFormOfName(o, name, () => false) : isCaseFormOfName(o, name, isListedFirstName) && (attested ??= nameAttested(name, members, input));
    const short = type === 'PER' ? withoutMiddleName(name, isListedFirstName) : null;
    if (short && !folded.has(plain(short))) others.add(short);
    // Nor a case form of another alias (Марка Чепмена beside Марк Чепмен, for Марк Дэвид Чэпмен).
    const kept = [...others].filter((o) => !folded.has(plain(o)) && !caseForm(o));
    const nominatives = kept.filter((o) => !(type === 'PER' && !entry && kept.some((other) => other !== o && isCaseFormOfName(o, other, isListedFirstName))));
    const aliases = [...new Set([...(entry?.aliases ?? []), ...nominatives])];
    entities.push({
      id, type, name, aliases, mentions: entityMentions, references: [],
      source: entry ? 'dict' : 'rule',
      ...(entry ? { dictId: entry.id } : {}),
    });
    for (const m of entityMentions) mentions.push(m);
  }
  mentions.sort((a, b) => a.start - b.start);
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { entities, mentions };
}

/** A patronymic in the nominative: a patronymic suffix, a woman's with «а» (Наилевич, Владимировна). */
const NOMINATIVE_PATRONYMIC = new RegExp(`(?:${wordList('patronymic-suffixes').join('|')})а?$`);

/**
 * «Айдар Наилевич Губайдулин» → «Айдар Губайдулин», «Марк Дэвид Чэпмен» → «Марк Чэпмен»: the
 * name a person is called by, first name and surname, is one of theirs too (the patronymic is
 * for formal address; a middle name, a listed first name, is mostly left out).
 */
function withoutMiddleName(name: string, isListedFirstName: (folded: string) => boolean): string | null {
  const words = name.split(' ');
  if (words.length !== 3) return null;
  const middle = fold(words[1]!);
  return NOMINATIVE_PATRONYMIC.test(middle) || (isListedFirstName(fold(words[0]!)) && isListedFirstName(middle)) ? `${words[0]} ${words[2]}` : null;
}

/** Ира → Ир, Чавеса → Чавес: a name word and a case ending the morphology does not know the word by. */
const plain = (t: string) => fold(t).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The words of a name and of its entry's aliases, their match keys, and the names folded: what a mention is compared with. */
export interface NameVariants {
  variants: string[][];
  variantKeys: ReadonlySet<string>[][];
  folded: ReadonlySet<string>;
}

export function nameVariants(name: string, entry: DictEntry | undefined, tools: Pick<ResolveTools, 'morphology' | 'wordKeys'>): NameVariants {
  // Split as the tokenizer splits: an apostrophe stays inside its word (О’Мэлли, О'Тул).
  const variants = [name, ...(entry?.aliases ?? [])].map((n) => n.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean));
  const variantKeys = variants.map((v) => v.map((w) => tools.wordKeys?.(fold(w)) ?? new Set(wordKeys(fold(w), tools))));
  return { variants, variantKeys, folded: new Set(variants.map((v) => plain(v.join(' ')))) };
}

function endsLikeCase(folded: string, nameKeys: ReadonlySet<string>): boolean {
  for (let n = 1; n <= 3 && folded.length - n >= 2; n++) if (nameKeys.has(folded.slice(0, -n))) return true;
  return false;
}

export function wordKeys(folded: string, tools: Pick<ResolveTools, 'morphology'>): string[] {
  return [folded, stemKey(folded), ...tools.morphology.analyse(folded).map((a) => a.lemma)];
}

/** The mention's words by their stem keys only: «Стэна Ли» and «Стэн Ли» share it. */
function mentionStemKey(c: Candidate, input: ResolveInput): string {
  let key = '';
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) if (input.tokens[k]!.kind === 'word') key += `${input.words[k]!.key}\u0002`;
  return key;
}

/** What partOfName reads of a mention: each word's folded form, key and lemma. */
function mentionWordsKey(c: Candidate, input: ResolveInput): string {
  let key = '';
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) {
    if (input.tokens[k]!.kind !== 'word') continue;
    const w = input.words[k]!;
    key += `${w.folded}\u0001${w.key}\u0001${w.lemma}\u0002`;
  }
  return key;
}

/** partOfName's memo: one node per sequence of word records, the part known once computed. */
interface PartNode {
  next?: Map<WordInfo, PartNode>;
  known?: boolean;
  part?: string;
}

/** The node of the mention's word records, made on the way: what partOfName reads of a mention is its words' records. */
function partNode(root: PartNode, c: Candidate, input: ResolveInput): PartNode {
  let node = root;
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) {
    if (input.tokens[k]!.kind !== 'word') continue;
    const w = input.words[k]!;
    const next = (node.next ??= new Map());
    let child = next.get(w);
    if (!child) next.set(w, (child = {}));
    node = child;
  }
  return node;
}

/** The mention's tokens by kind, text and word record (numbered in ids). */
function tokensKey(c: Candidate, input: ResolveInput, ids: Map<WordInfo, number>): string {
  let key = '';
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) {
    const info = input.words[k]!;
    let id = ids.get(info);
    if (id === undefined) ids.set(info, id = ids.size);
    key += `${input.tokens[k]!.kind}\u0001${input.tokens[k]!.text}\u0001${id}\u0002`;
  }
  return key;
}

/**
 * What partOfName looks a word up by, once per word form and morphology (each mention of a name
 * made these arrays anew). A lower-case word has no analyses from the morph stage: its lemmas
 * come from the morphology here, so that «церкви» is a case form of «церковь» (their stem keys differ).
 */
const wordProbes = perWordFor((morphology: Morphology, w: WordInfo): readonly string[] => {
  const probes = [w.folded, w.key, w.lemma, stemKey(w.folded), ...hyphenedProbes(morphology, w.folded)];
  // A first name's reading names its lemma though the best reading's does not (Льва → лев).
  if (w.analyses.length) return probes.concat(w.analyses.filter((a) => a.known && a.grams.includes('Name')).map((a) => fold(a.lemma)));
  return probes.concat(morphology.analyse(w.folded).map((a) => a.lemma));
});

/** «Хантсмана-младшего» → «хантсман-младший»: a surname with a lower-case word hyphened on, each part by its lemmas. */
function hyphenedProbes(morphology: Morphology, folded: string): string[] {
  const hyphen = folded.lastIndexOf('-');
  if (hyphen < 2 || hyphen > folded.length - 3) return [];
  const lemmas = (part: string) => new Set([part, ...morphology.analyse(part).filter((a) => !a.grams.includes('plur')).map((a) => fold(a.lemma))]);
  const tails = lemmas(folded.slice(hyphen + 1));
  // The head declines as a surname of its own: its case ending dropped (хантсмана → хантсман).
  const head = folded.slice(0, hyphen);
  const heads = new Set([...lemmas(head), head.slice(0, -1), head.slice(0, -2)]);
  return [...heads].flatMap((h) => [...tails].map((tail) => `${h}-${tail}`));
}

/**
 * The mention as words of one of the entity's names: '' when it is a case form of a whole
 * name (России), the name's words it is made of when it is a part (Пескова → Песков), and
 * undefined when it is no form of any (РФПИ, another name).
 */
function partOfName(c: Candidate, variants: readonly string[][], variantKeys: readonly ReadonlySet<string>[][], input: ResolveInput, tools: ResolveTools): string | undefined {
  const words: WordInfo[] = [];
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) if (input.tokens[k]!.kind === 'word') words.push(input.words[k]!);
  const probesOf = wordProbes(tools.morphology);
  const probed = words.map(probesOf);
  let part: string | undefined;
  // Loops over a scratch array: a Set, an iterator and closures per variant per mention were most of this function's garbage.
  variants: for (let v = 0; v < variants.length && part !== ''; v++) {
    const variant = variants[v]!;
    const keysOf = variantKeys[v]!;
    const used = usedScratch(keysOf.length);
    let count = 0;
    for (let n = 0; n < words.length; n++) {
      const probes = probed[n]!;
      const folded = words[n]!.folded;
      let at = -1;
      for (let i = 0; i < keysOf.length && at < 0; i++) {
        if (used[i]) continue;
        const keys = keysOf[i]!;
        if (hasAny(keys, probes) || endsLikeCase(folded, keys)) at = i;
      }
      if (at < 0) continue variants;
      used[at] = 1;
      count++;
    }
    if (count === variant.length) part = '';
    else part ??= variant.filter((_, i) => used[i]).join(' ');
  }
  return part;
}

function hasAny(keys: ReadonlySet<string>, probes: readonly string[]): boolean {
  for (const p of probes) if (keys.has(p)) return true;
  return false;
}

let scratch = new Uint8Array(16);

/** A zeroed array of marks for a variant's words, the one array reused (partOfName does not nest). */
function usedScratch(length: number): Uint8Array {
  if (scratch.length < length) scratch = new Uint8Array(length * 2);
  scratch.fill(0, 0, length);
  return scratch;
}

/** A word of the mention is unknown to the morphology, and every known word may be a nominative. */
function mayBeUnknownNominative(c: Candidate, input: ResolveInput, tools: ResolveTools): boolean {
  let unknown = false;
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) {
    if (input.tokens[k]!.kind !== 'word') continue;
    const w = input.words[k]!;
    // «Лукашенко-старшего»: a lower-case word hyphened on shows the case the whole word is in.
    const tail = /^\p{Lu}.*-(\p{Ll}+)$/u.exec(input.tokens[k]!.text)?.[1];
    const tailReadings = tail ? tools.morphology.analyse(tail).filter((a) => a.known) : [];
    if (tailReadings.length > 0 && !tailReadings.some((a) => a.grams.includes('nomn'))) return false;
    const known = (w.analyses.length ? w.analyses : tools.morphology.analyse(w.folded)).filter((a) => a.known);
    if (known.length === 0) unknown = true;
    else if (!known.some((a) => a.grams.includes('nomn'))) return false;
  }
  return unknown;
}

const RUSSIA_NAMES: ReadonlySet<string> = new Set(RUSSIA_NAMES_LIST);
const SETTLEMENT_NOUNS = wordSet('settlement-nouns');

/** The word right before token `at` is a village's or a settlement's noun in lower case (деревни, посёлке). */
function afterSettlementNoun(input: ResolveInput, at: number): boolean {
  const k = at - 1;
  return k >= 0 && input.tokens[k]!.kind === 'word' && input.words[k]!.shape === 'lower' && SETTLEMENT_NOUNS.has(input.words[k]!.folded);
}

/**
 * «следственный комитет России» in lower case: a body named with Russia after it is the
 * dictionary's Russian body of that name (Следственный комитет России), and one named with another
 * country the dictionary's body of that country (министерство юстиции США), though a lower-case
 * name alone may be any country's (министерство юстиции).
 */
function russianBody(type: EntityType, name: string, members: readonly Candidate[], input: ResolveInput, tools: ResolveTools): DictEntry | undefined {
  if (type !== 'ORG' || name.charAt(0) === name.charAt(0).toUpperCase()) return undefined;
  // «министерство юстиции США»: so is one named with its country (the owner), as the dictionary names it (Министерство юстиции США).
  if (members.some((c) => c.owner)) return tools.dictionaryEntry?.(type, `${name.charAt(0).toUpperCase()}${name.slice(1)}`);
  const after = members.map((c) => input.tokens[c.tokens[1]]).find((t) => t?.kind === 'word' && RUSSIA_NAMES.has(t.text));
  return after ? tools.dictionaryEntry?.(type, `${name.charAt(0).toUpperCase()}${name.slice(1)} ${after.text}`) : undefined;
}

/**
 * The mention's first word is no first name of our list but the name's first word is, and
 * differs from it: the mention was read as a case form of a listed name (Альфреда Нобеля),
 * not an unknown name that might be nominative as written.
 */
function declinedListedFirstName(surface: string, name: string, tools: ResolveTools): boolean {
  const written = fold(surface.split(/\s+/)[0]!);
  const normal = fold(name.split(/\s+/)[0]!);
  return written !== normal && tools.firstNameGender(written) === undefined && tools.firstNameGender(normal) !== undefined &&
    FIRST_NAME_CASE_ENDINGS.some((ending) => written.endsWith(ending));
}

/**
 * «Эммерсона Мнангагвы», «Орсона Уэллса» for Эммерсон Мнангагва, Орсон Уэллс: no nominative the
 * morphology failed to know. A word in -ы is no one's name in the nominative (Мнангагвы, Хары); and
 * where every word is the name's own with -а added, the mention is its genitive, unless the last word
 * then ends as a woman's surname (Зарема Мусаева may be her nominative). A word that shows no case
 * leaves the doubt (Массимо Каррера may be the nominative).
 */
function plainlyOblique(surface: string, name: string): boolean {
  const written = fold(surface).split(/\s+/);
  const normal = fold(name).split(/\s+/);
  if (written.length !== normal.length || written.join(' ') === normal.join(' ')) return false;
  if (written.some((w, k) => w.endsWith('ы') && w !== normal[k])) return true;
  const last = written[written.length - 1]!;
  if (isFeminineSurname(last)) return false;
  return written.every((w, k) => w === `${normal[k]}а`);
}


/** Every word of the name is written, as it is, in one of the entity's mentions. */
function nameAttested(name: string, members: readonly Candidate[], input: ResolveInput): boolean {
  const written = new Set<string>();
  // A token's record holds its text folded (the morph stage folds every token): no fold per token per call.
  for (const c of members) for (let k = c.tokens[0]; k < c.tokens[1]; k++) written.add(input.words[k]!.folded);
  return name.split(/\s+/).every((w) => written.has(fold(w)));
}

/**
 * The mention a name is made from: the one with most tokens, the first of equals; but of two
 * people's mentions with as many words, the one with more letters (Джеймс Коми, not Дж. Коми:
 * an initial's full stop is a token, not a word).
 */
function fullestOf(members: readonly Candidate[], tokens: readonly Token[]): Candidate {
  // A name in its own script (Josep Lluís Bonet) is an alias: the Russian text names the person.
  // One pass that measures each mention once: comparing pairs measured both sides of every pair.
  const list = russianNames(members);
  let best = list[0]!;
  let bestSize = -1;
  for (let k = 1; k < list.length; k++) {
    const c = list[k]!;
    if (c.type !== 'PER') {
      if (c.tokens[1] - c.tokens[0] > best.tokens[1] - best.tokens[0]) {
        best = c;
        bestSize = -1;
      }
      continue;
    }
    if (bestSize === -1) bestSize = nameSize(best, tokens);
    const size = nameSize(c, tokens);
    if (size > bestSize) {
      best = c;
      bestSize = size;
    }
  }
  return best;
}

/** The mentions but those of a name in its own script, unless there are only those. */
function russianNames<T extends Candidate>(members: readonly T[]): readonly T[] {
  if (!members.some((c) => ORIGINAL_RULES.has(c.rule))) return members;
  const russian = members.filter((c) => !ORIGINAL_RULES.has(c.rule));
  return russian.length ? russian : members;
}

/**
 * A person mention's words, then the letters in them, as one number that orders as the pair
 * does (more words, or as many and more letters): words · 2³² + letters, exact while a mention
 * has fewer than 2²¹ words and 2³² letters.
 */
function nameSize(c: Candidate, tokens: readonly Token[]): number {
  let words = 0;
  let letters = 0;
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) {
    if (tokens[k]!.kind !== 'word') continue;
    words++;
    letters += tokens[k]!.text.length;
  }
  return words * LETTERS_SPAN + letters;
}

const LETTERS_SPAN = 2 ** 32;


/**
 * What the words around a person mention say of its case and gender: the word before it
 * governs a case (с Пеле, футболистом Пеле), or, where none does, a past-tense verb right after
 * it makes it the subject (Мисао Окава родилась: nominative, a woman).
 */
function mentionEvidence(c: Candidate, input: ResolveInput, tools: ResolveTools, genitiveRoles = false): Evidence {
  // Asked several times per mention (its name, its places, its alias): read the text once.
  const cache = genitiveRoles ? WEAK_EVIDENCE : EVIDENCE;
  let found = cache.get(c);
  if (!found) {
    const governed = governedCases(input, tools, c.tokens[0], genitiveRoles) ?? roleApposition(input, tools, c.tokens[0]);
    // Reached only where roleApposition found no role: subjectOf need not walk back for one again.
    const subject = governed ? undefined : subjectOf(input, tools, c.tokens[0], c.tokens[1], false);
    found = governed ? { governed } : subject ? { governed: ['nomn'], ...subject } : {};
    cache.set(c, found);
  }
  return found;
}

type Evidence = { governed?: readonly string[]; gender?: 'masc' | 'femn' };

/** The evidence shows the nominative alone (what `governed.join() === 'nomn'` tested, with no string made per call). */
const isNominative = (e: Evidence) => e.governed !== undefined && e.governed.length === 1 && e.governed[0] === 'nomn';

/** The evidence as a key (what JSON.stringify told apart, made without a serialiser's walk): case names hold no comma. */
const evidenceKey = (e: Evidence) => `${e.governed ? e.governed.join(',') : '-'}/${e.gender ?? ''}`;
const EVIDENCE = new WeakMap<Candidate, Evidence>();
const WEAK_EVIDENCE = new WeakMap<Candidate, Evidence>();

/**
 * The case sets of the places a person's word forms are written in, where the word before a
 * mention governs one (governed-case.ts): what a guessed paradigm of the form must fit.
 */
function casePlaces(members: readonly Candidate[], input: ResolveInput, tools: ResolveTools): CaseEvidence['places'] {
  const places = new Map<string, (readonly string[])[]>();
  for (const c of members) {
    const cases = mentionEvidence(c, input, tools).governed;
    if (!cases) continue;
    for (let k = c.tokens[0]; k < c.tokens[1]; k++) {
      if (input.tokens[k]!.kind !== 'word') continue;
      fileOnce(places, input.words[k]!.folded, cases);
    }
  }
  return places;
}

/**
 * A person's name: the nominative of the fullest mention, unless the text never writes it and
 * another mention of as many words is written in the nominative (Сергей Скрипаль, not a
 * «Сергей Скрипаля» made from «Сергея Скрипаля», whose surname the morphology does not know).
 */
function personName(all: Candidate[], input: ResolveInput, tools: ResolveTools, places: CaseEvidence['places'], gender?: 'masc' | 'femn'): string {
  return withOriginalVowels(personNameOf(all, input, tools, places, gender), all, input);
}

/** A final vowel that is pronounced, so kept in Russian (not the mute «e» of Pierre, nor the «y» of Murray). */
const VOWEL_END = /[aiou]$/i;

/**
 * «Педру Пассуш-Коэлью (Pedro Passos Coelho)»: a word whose original in brackets ends in a vowel
 * ends in one in Russian too, so the case ending the name lost (Педр, as if «Педру» were a dative)
 * is its own: the word is put back as written.
 */
function withOriginalVowels(name: string, all: readonly Candidate[], input: ResolveInput): string {
  const original = all.find((c) => ORIGINAL_RULES.has(c.rule));
  if (!original) return name;
  const latin = wordTexts(original, input);
  const cyrillic = wordTexts(fullestOf(russianNames(all), input.tokens), input);
  const words = name.split(' ');
  if (cyrillic.length !== words.length || latin.length === 0) return name;
  // The first words and the last ones stand for each other (Pedro Passos Coelho: Педру Пассуш-Коэлью).
  const counterpart = (i: number) => (i === 0 ? latin[0] : i === words.length - 1 ? latin.at(-1) : undefined);
  let changed = false;
  const restored = words.map((w, i) => {
    const as = cyrillic[i]!;
    const other = counterpart(i);
    if (!other || !VOWEL_END.test(other) || as.length !== w.length + 1 || !as.startsWith(w) || !/[аеиоуыэюяё]$/i.test(as)) return w;
    changed = true;
    return as;
  });
  return changed ? restored.join(' ') : name;
}

/** The texts of a mention's word tokens. */
function wordTexts(c: Candidate, input: ResolveInput): string[] {
  const out: string[] = [];
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) if (input.tokens[k]!.kind === 'word') out.push(input.tokens[k]!.text);
  return out;
}

function personNameOf(all: Candidate[], input: ResolveInput, tools: ResolveTools, places: CaseEvidence['places'], gender?: 'masc' | 'femn'): string {
  const name = normalName(all, 'PER', input, tools, places, undefined, gender);
  const members = russianNames(all);
  const folded = fold(name);
  const size = wordCount(fullestOf(members, input.tokens), input.tokens);
  // Each mention's text and word count, read once for the three passes below (each sliced and counted them anew).
  const surfaces = members.map((c) => surfaceOf(c, input));
  const sized = members.map((c) => wordCount(c, input.tokens) === size);
  // Written so elsewhere, the name may still be a case form of the one the subject of a verb shows
  // (Андреа Падована … Андреа Падован заявил): the surname's ending is no part of it.
  for (let i = 0; i < members.length; i++) {
    const surface = surfaces[i]!;
    if (sized[i] && surnameCaseFormOf(name, surface) && isNominative(mentionEvidence(members[i]!, input, tools))) return surface;
  }
  // Each distinct text folded once: a name is mostly written the same way many times.
  for (const surface of new Set(surfaces)) if (fold(surface) === folded) return name;
  const seen = new Set<string>();
  const bare = bareWords(members, input);
  const fewest = letters(name) - 2;
  for (let i = 0; i < members.length; i++) {
    const c = members[i]!;
    const surface = surfaces[i]!;
    // Not a name with initials (Дж. Коми for Джеймс Коми): as many words, and about as many letters.
    if (!sized[i] || seen.has(surface) || letters(surface) < fewest) continue;
    seen.add(surface);
    if (normalName([c], 'PER', input, tools, places, bare, gender) === surface) return surface;
  }
  return name;
}

/** The mention as the text writes it. */
const surfaceOf = (c: Candidate, input: ResolveInput) => input.text.slice(input.tokens[c.tokens[0]]!.start, input.tokens[c.tokens[1] - 1]!.end);

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

/** A person's one-word mentions, folded (Хан beside Садика Хана). */
function bareWords(members: readonly Candidate[], input: ResolveInput): Set<string> {
  const bare = new Set<string>();
  for (const c of members) if (c.tokens[1] - c.tokens[0] === 1) bare.add(input.words[c.tokens[0]]!.folded);
  return bare;
}

/** The nominative of the fullest mention (most words; the first of equals). */
function normalName(members: Candidate[], type: EntityType, input: ResolveInput, tools: ResolveTools, places?: CaseEvidence['places'], bare?: CaseEvidence['bare'], gender?: 'masc' | 'femn'): string {
  let fullest = fullestOf(members, input.tokens);
  // «казанская "Газета Daily"»: the place adjective the span takes in (factRuEval's convention) is no
  // part of a quoted name; the body is named by what the marks hold.
  if (type === 'ORG' && fullest.trace?.includes('place-adjective') && input.tokens[fullest.tokens[0] + 1]?.kind === 'quote' && fullest.tokens[1] - fullest.tokens[0] > 2) {
    fullest = { ...fullest, tokens: [fullest.tokens[0] + 1, fullest.tokens[1]], trace: undefined };
  }
  // An abbreviation in capitals is written undeclined (в АВЛУ): the morphology's guess (АВЛ + у) is wrong.
  if (!fullest.owner && fullest.tokens[1] - fullest.tokens[0] === 1 && input.words[fullest.tokens[0]]!.shape === 'upper') return input.tokens[fullest.tokens[0]]!.text;
  if (type === 'PER') {
    // The same words written as a subject elsewhere are the nominative (Мисао Окава (Misao Okawa) …, Мисао Окава родилась).
    let own = mentionEvidence(fullest, input, tools);
    if (!isNominative(own)) {
      const surface = mentionWordsKey(fullest, input);
      const length = fullest.tokens[1] - fullest.tokens[0];
      // The cheap tests first: a mention's evidence is cached, its words' key is made anew.
      const subject = members.find((c) => c !== fullest && c.tokens[1] - c.tokens[0] === length && isNominative(mentionEvidence(c, input, tools)) && mentionWordsKey(c, input) === surface);
      if (subject) own = mentionEvidence(subject, input, tools);
      else {
        // «У создателя … Стэна Ли … Стэн Ли рассказал»: the same name in another case, written as a
        // subject, is the nominative; the name is made from its words.
        const stems = mentionStemKey(fullest, input);
        const declined = members.find((c) => c.tokens[1] - c.tokens[0] === length && isNominative(mentionEvidence(c, input, tools)) && mentionStemKey(c, input) === stems && mentionWordsKey(c, input) !== surface);
        if (declined) {
          fullest = declined;
          own = mentionEvidence(declined, input, tools);
        }
      }
    }
    // The person's gender as the whole text shows it, where the mention's own verb does not.
    const textGender = !own.gender ? gender : undefined;
    const bareWordsOf = bare ?? bareWords(members, input);
    const known = PERSON_NAMES.get(fullest)?.find((n) => n.tools === tools && n.own === own && n.places === places && n.gender === textGender && sameSet(n.bare, bareWordsOf));
    if (known) return known.name;
    // Built only when the name is not known yet: some 40 % of the calls find it above.
    const evidence = { ...own, places, bare: bareWordsOf, ...(textGender ? { gender: textGender } : {}) };
    const name = joinLikeText(normalizePerson(nameWordsOf(fullest, input, tools), tools.firstNameGender, tools.morphology, tools.listedFirstName, fullest.rule === 'east-asian-name', evidence), input, fullest);
    const list = PERSON_NAMES.get(fullest);
    const found = { tools, own, places, gender: textGender, bare: evidence.bare, name };
    if (list) list.push(found);
    else PERSON_NAMES.set(fullest, [found]);
    return name;
  }
  const declined = type === 'ORG' && fullest.rule === 'org-noun-quoted' && declinedQuotedWord(nameWordsOf(fullest, input, tools));
  if (type === 'ORG' && fullest.rule === 'org-noun-quoted' && !declined) return input.text.slice(input.tokens[fullest.tokens[0]]!.start, input.tokens[fullest.tokens[1] - 1]!.end);
  const name = joinLikeText(normalizePhrase(nameWordsOf(fullest, input, tools), tools.morphology, declined || (type === 'ORG' && afterGoverningNoun(input, tools, fullest.tokens[0]))), input, fullest);
  // «МИД Франции»: the owner stays in the genitive, as written.
  return fullest.owner ? `${name} ${input.text.slice(input.tokens[fullest.owner[0]]!.start, input.tokens[fullest.owner[1] - 1]!.end)}` : name;
}

/**
 * A quoted name is written as named (газета «Известия», в агентстве «Интерфакс»), unless it is one
 * noun with no nominative reading: then it declines with the sentence (по данным «Вестей»,
 * сообщили «Известиям») and its nominative is the name.
 */
function declinedQuotedWord(words: readonly NameWord[]): boolean {
  if (words.length !== 1) return false;
  const nouns = words[0]!.info.analyses.filter((a) => a.pos === 'NOUN');
  return nouns.length > 0 && words[0]!.info.analyses[0]!.pos === 'NOUN' && !nouns.some((a) => a.grams.includes('nomn'));
}

/** A token's analysed form, once per token text (its record is the text's own): made anew per word of each name made. */
const azFormOf = perText(azForm);

/** The mention's words as the normalisers read them: a lower-case word with the morphology's readings of it. */
function nameWordsOf(c: Candidate, input: ResolveInput, tools: ResolveTools): NameWord[] {
  const words: NameWord[] = [];
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) {
    const token = input.tokens[k]!;
    if (token.kind === 'quote') continue;
    const info = input.words[k]!;
    if (info.analyses.length > 0 || token.kind !== 'word') {
      words.push({ text: token.text, info, form: azFormOf(info, token.text) });
    } else {
      words.push({ text: token.text, info: { ...info, analyses: tools.morphology.analyse(info.folded) }, form: info.folded });
    }
  }
  return words;
}

/**
 * A person's normal names found in this document, by the mention they were made from: the
 * group's name, its check against the other mentions (personName) and the entity's aliases ask
 * for the same ones, some 40 % of all. What a name depends on besides the mention's words is
 * compared: the evidence (the cached object itself), the places, the text's gender of the person, the one-word
 * mentions, and the document's tools.
 */
const PERSON_NAMES = new WeakMap<Candidate, { tools: ResolveTools; own: Evidence; places: CaseEvidence['places']; gender: 'masc' | 'femn' | undefined; bare: ReadonlySet<string>; name: string }[]>();

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * «Активисты Движения общежитий Москвы», «лидер Движения против …», «для Ассоциации …»: an
 * organisation right after a common noun or a preposition is governed, so an ambiguous head
 * (Движения: of the movement, or movements) is singular oblique, not plural nominative. The
 * word may open the sentence with a capital (Глава Ассоциации юристов …).
 */
function afterGoverningNoun(input: ResolveInput, tools: ResolveTools, from: number): boolean {
  const k = from - 1;
  const token = input.tokens[k];
  if (!token || token.kind !== 'word' || input.tokens[from]!.start - token.end > 1) return false;
  const shape = input.words[k]!.shape;
  if (shape !== 'lower' && !(shape === 'title' && opensSentence(input, k))) return false;
  const best = tools.morphology.analyse(input.words[k]!.folded)[0];
  return !!best && (best.pos === 'NOUN' || best.pos === 'PREP') && !best.grams.some((g) => PROPER_GRAMMEMES.includes(g));
}

/**
 * Joins the normalised words with the text's own spacing: «И. С. Бородулин», not
 * «И . С . Бородулин». Normalisers return one word per token, separated by single spaces.
 */
function joinLikeText(normal: string, input: ResolveInput, c: Candidate): string {
  const parts = normal.split(' ');
  const tokens: Token[] = [];
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) if (input.tokens[k]!.kind !== 'quote') tokens.push(input.tokens[k]!);
  if (parts.length !== tokens.length) return normal;
  return parts.reduce((name, part, i) => {
    if (i === 0) return part;
    const gap = input.text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    return name + (gap ? ' ' : '') + part;
  }, '');
}
