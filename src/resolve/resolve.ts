import { azForm, PROPER_GRAMMEMES, type Morphology, type WordInfo } from '../morph/index.js';
import { fold } from '../morph/key.js';
import type { Candidate, DictEntry, Entity, EntityType, Mention, Token } from '../types.js';
import { normalizePerson, normalizePhrase, type NameWord } from './normalize.js';

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
}

interface Group {
  type: EntityType;
  entry?: DictEntry;
  members: Candidate[];
  /** Lemmas and stem keys of the first mention's words, for surname and first-name matching. */
  words: Set<string>;
  /** Lemma and stem key of its last word (the surname of a person). */
  last: Set<string>;
  size: number;
}

export interface Resolution {
  entities: Entity[];
  mentions: Mention[];
}

export function resolve(input: ResolveInput, tools: ResolveTools): Resolution {
  const { tokens, words, candidates } = input;
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const nameWords = (c: Candidate) => {
    const indices: number[] = [];
    for (let k = c.tokens[0]; k < c.tokens[1]; k++) if (tokens[k]!.kind === 'word' && tokens[k]!.text.length > 1) indices.push(k);
    return indices;
  };
  const forms = (k: number | undefined) => (k === undefined ? [] : [words[k]!.lemma, words[k]!.key]);
  const ownerKey = (c: Candidate) => (c.owner ? ` @${nameWords({ ...c, tokens: c.owner }).map((k) => words[k]!.lemma).join(' ')}` : '');
  const phraseKey = (c: Candidate) => `${c.type}:${nameWords(c).map((k) => words[k]!.lemma).join(' ')}${ownerKey(c)}`;
  const open = (key: string, c: Candidate): Group => {
    const indices = nameWords(c);
    // A well-known person is called by surname alone (Путин), hardly by first name: «Автор:
    // Владимир» is not Владимир Путин. Others may be either (Кэрри ← Кэрри Саймондс).
    const named = c.entry ? indices.slice(-1) : indices;
    const group: Group = {
      type: c.type, entry: c.entry, members: [],
      // An initial counts towards a full name (Д. Медведев), though it names nothing to match.
      words: new Set(named.flatMap(forms)), last: new Set(forms(indices.at(-1))), size: wordCount(c, tokens),
    };
    groups.push(group);
    byKey.set(key, group);
    return group;
  };

  const abbreviations = abbreviationLinks(input);
  // Full names first, so that a short mention anywhere in the text finds them.
  const ordered = [...candidates].sort((a, b) => Number(isShortPerson(a, tokens)) - Number(isShortPerson(b, tokens)) || a.tokens[0] - b.tokens[0]);
  for (const c of ordered) {
    let group: Group | undefined;
    if (c.entry) {
      // «МИД Франции», «Министерства иностранных дел Франции»: with an owner, one body, not the dictionary's Russian one.
      const key = `dict:${c.entry.id}${ownerKey(c)}`;
      group = byKey.get(key) ?? open(key, c.owner ? { ...c, entry: undefined } : c);
    } else if (c.type === 'PER' && isShortPerson(c, tokens)) {
      const own = forms(nameWords(c)[0]);
      group = groups.find((g) => g.type === 'PER' && g.size > 1 && own.some((f) => g.words.has(f))) ??
        byKey.get(phraseKey(c)) ?? open(phraseKey(c), c);
    } else if (c.type === 'PER') {
      // Two full mentions of one person share the surname: Кирилл Дмитриев, Кирилла Дмитриева.
      const surname = forms(nameWords(c).at(-1));
      group = groups.find((g) => g.type === 'PER' && !g.entry && surname.some((f) => g.last.has(f))) ?? open(phraseKey(c), c);
    } else {
      const target = abbreviations.get(c);
      group = (target && groupOf(groups, target)) || byKey.get(phraseKey(c)) || open(phraseKey(c), c);
    }
    group.members.push(c);
  }
  return buildEntities(groups, input, tools);
}

function wordCount(c: Candidate, tokens: readonly Token[]): number {
  let n = 0;
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) if (tokens[k]!.kind === 'word') n++;
  return n;
}

function isShortPerson(c: Candidate, tokens: readonly Token[]): boolean {
  return c.type === 'PER' && !c.entry && c.tokens[1] - c.tokens[0] === 1 && tokens[c.tokens[0]]!.kind === 'word';
}

function groupOf(groups: Group[], c: Candidate): Group | undefined {
  return groups.find((g) => g.members.includes(c));
}

/** «Российский фонд прямых инвестиций (РФПИ)»: the candidate in brackets → the one before it. */
function abbreviationLinks(input: ResolveInput): Map<Candidate, Candidate> {
  const links = new Map<Candidate, Candidate>();
  const { tokens, candidates } = input;
  for (let i = 0; i + 1 < candidates.length; i++) {
    const full = candidates[i]!;
    const abbr = candidates[i + 1]!;
    if (abbr.tokens[1] - abbr.tokens[0] !== 1 || tokens[full.tokens[1]]?.text !== '(' || abbr.tokens[0] !== full.tokens[1] + 1 || tokens[abbr.tokens[1]]?.text !== ')') continue;
    if (input.words[abbr.tokens[0]]!.shape !== 'upper' || full.type === 'PER') continue;
    links.set(abbr, full);
    // Later mentions of the abbreviation find the same entity through its key.
    for (const other of candidates) {
      if (other !== abbr && other.tokens[1] - other.tokens[0] === 1 && input.words[other.tokens[0]]!.key === input.words[abbr.tokens[0]]!.key) links.set(other, full);
    }
  }
  return links;
}

function buildEntities(groups: Group[], input: ResolveInput, tools: ResolveTools): Resolution {
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const usedIds = new Set<string>();
  for (const group of groups) {
    const members = [...group.members].sort((a, b) => a.tokens[0] - b.tokens[0]);
    // An abbreviation group takes the type of its full name.
    const type = group.entry?.type ?? group.type;
    const name = group.entry?.name ?? normalName(members, type, input, tools);
    let id = group.entry?.id ?? `${type.toLowerCase()}:${fold(name).replace(/\s+/g, '-')}`;
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
    usedIds.add(id);
    const entityMentions = members.map((c): Mention => {
      const start = input.tokens[c.tokens[0]]!.start;
      const end = input.tokens[c.tokens[1] - 1]!.end;
      return { start, end, tokens: [c.tokens[0], c.tokens[1]], text: input.text.slice(start, end), type, entity: id, rule: c.rule, ...(c.trace ? { trace: c.trace } : {}) };
    });
    // A person's other full names in the nominative too (Д. Медведева → Д. Медведев): the forms
    // the text calls them by, whatever the dictionary's name. A surname alone does not show
    // its gender (Ковригина: of Ковригин, or she), so it stays as written.
    const full = members.filter((c) => wordCount(c, input.tokens) > 1);
    const nominatives = type === 'PER' ? full.map((c) => normalName([c], type, input, tools)) : [];
    const surfaces = [...entityMentions.map((m) => m.text), ...nominatives].filter((t) => t !== name);
    const aliases = [...new Set([...(group.entry?.aliases ?? []), ...surfaces])];
    entities.push({
      id, type, name, aliases, mentions: entityMentions, references: [],
      source: group.entry ? 'dict' : 'rule',
      ...(group.entry ? { dictId: group.entry.id } : {}),
    });
    for (const m of entityMentions) mentions.push(m);
  }
  mentions.sort((a, b) => a.start - b.start);
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { entities, mentions };
}

/** The nominative of the fullest mention (most words; the first of equals). */
function normalName(members: Candidate[], type: EntityType, input: ResolveInput, tools: ResolveTools): string {
  const fullest = members.reduce((best, c) => (c.tokens[1] - c.tokens[0] > best.tokens[1] - best.tokens[0] ? c : best));
  const words: NameWord[] = [];
  for (let k = fullest.tokens[0]; k < fullest.tokens[1]; k++) {
    const token = input.tokens[k]!;
    if (token.kind === 'quote') continue;
    const info = input.words[k]!;
    if (info.analyses.length > 0 || token.kind !== 'word') {
      words.push({ text: token.text, info, form: azForm(token.text) });
    } else {
      words.push({ text: token.text, info: { ...info, analyses: tools.morphology.analyse(info.folded) }, form: info.folded });
    }
  }
  if (type === 'PER') return joinLikeText(normalizePerson(words, tools.firstNameGender, tools.morphology, tools.listedFirstName), input, fullest);
  if (type === 'ORG' && fullest.rule === 'org-noun-quoted') return input.text.slice(input.tokens[fullest.tokens[0]]!.start, input.tokens[fullest.tokens[1] - 1]!.end);
  const name = joinLikeText(normalizePhrase(words, tools.morphology, type === 'ORG' && afterGoverningNoun(input, tools, fullest.tokens[0])), input, fullest);
  // «МИД Франции»: the owner stays in the genitive, as written.
  return fullest.owner ? `${name} ${input.text.slice(input.tokens[fullest.owner[0]]!.start, input.tokens[fullest.owner[1] - 1]!.end)}` : name;
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

const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

/** The token opens a sentence: the text's first, after a full stop, or at a line's start. */
function opensSentence(input: ResolveInput, k: number): boolean {
  if (k === 0) return true;
  const previous = input.tokens[k - 1]!;
  return SENTENCE_ENDS.has(previous.text) || input.text.slice(previous.end, input.tokens[k]!.start).includes('\n');
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
