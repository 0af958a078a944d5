import { wordList, wordSet, wordTable } from '../dict/words.js';
import { stemKey } from '../morph/key.js';
import { titleHead, type NerLexicon } from '../ner/lexicon.js';
import type { Analysis, CompiledLexicon, DocumentIndex, EntityId, Mention, Morphology, Sentence, Token, WordInfo } from '../types.js';
import { perWordFor } from '../util/word-memo.js';

/** The word classes the clause rules read, prepared once per annotator. */
export interface ClauseLexicon {
  morphology: Morphology;
  /** Folded first name (nominative) → 'm' | 'f' | 'mf'. */
  firstNames: ReadonlyMap<string, string>;
  /** Keys of role words (министр) and of unnamed-source nouns (источник). */
  titles: ReadonlySet<string>;
  /** Role words as written in dict/titles.txt (специалист, судья): exact, where keys collide (суд). */
  roleWords: ReadonlySet<string>;
  sourceNouns: ReadonlySet<string>;
  /** Keys of source nouns that name a text (заявление, указ). */
  documentNouns: ReadonlySet<string>;
  /** Keys of organisation nouns (газета, агентство): a name after one is in apposition. */
  orgNouns: ReadonlySet<string>;
}

export function prepareClauseLexicon(compiled: CompiledLexicon, ner: NerLexicon, morphology: Morphology): ClauseLexicon {
  const femininePhrases = compiled.titles.map(titleHead).flatMap(feminineForms);
  const feminineSources = compiled.sourceNouns.flatMap(feminineForms);
  // «по словам матери»: the case forms of deputy titles whose stem changes (мать, матери) are role words too.
  const titles = [...ner.titles, ...[...femininePhrases, ...feminineSources].map(stemKey), ...compiled.deputyTitles.map((t) => stemKey(titleHead(t)))];
  const roleWords = [...ner.titleWords, ...femininePhrases];
  return {
    morphology,
    firstNames: ner.firstNames,
    titles: new Set([...titles, ...withFormerPrefixes(titles)]),
    roleWords: new Set([...roleWords, ...withFormerPrefixes(roleWords)]),
    sourceNouns: new Set([...compiled.sourceNouns, ...feminineSources].map(stemKey)),
    documentNouns: new Set(compiled.documentNouns.map(stemKey)),
    orgNouns: ner.orgNouns,
  };
}

const FEMININE_SUFFIXES = wordTable('feminine-role-suffixes');
const FORMER_PREFIXES = wordList('former-role-prefixes');

/** «экс-мэр», «экс-руководительница»: a former holder is named by the role, so its word is a role too (the prefix keeps its ending, and so its key). */
function withFormerPrefixes(words: readonly string[]): string[] {
  return FORMER_PREFIXES.flatMap((prefix) => words.map((w) => prefix + w));
}

/** «руководитель» → «руководительница»: a woman's form of a one-word role, by the table of suffixes. */
function feminineForms(word: string): string[] {
  if (word.includes(' ')) return [];
  const row = FEMININE_SUFFIXES.find((r) => word.endsWith(r.masculine!));
  return row ? [word.slice(0, -row.masculine!.length) + row.feminine!] : [];
}

/** What the clause rules read of one document: its tokens, words and index, the mentions by token, the word classes. */
export interface ClauseContext {
  text: string;
  tokens: readonly Token[];
  words: readonly WordInfo[];
  sentences: readonly Sentence[];
  /** Token → sentence, line and paragraph; the quotation-mark pairs. */
  index: DocumentIndex;
  mentions: readonly Mention[];
  /** Token → index into mentions, or -1. */
  mentionAt: Int32Array;
  titles: ReadonlySet<string>;
  roleWords: ReadonlySet<string>;
  sourceNouns: ReadonlySet<string>;
  documentNouns: ReadonlySet<string>;
  orgNouns: ReadonlySet<string>;
  /** A folded first name from our list (its nominative, as the list writes names). */
  isFirstName: (folded: string) => boolean;
  /** The gender of a folded first name from our list: 'm', 'f' or 'mf'; undefined for another word. */
  firstNameGender: (folded: string) => string | undefined;
  /** Morphological analyses of a folded word (cached): case and number for subjects. */
  analyse: (folded: string) => readonly Analysis[];
  /** The same for a word's record: kept on the record, so that the rules' many questions cost no hash probe each. */
  analyseWord: (word: WordInfo) => readonly Analysis[];
  /**
   * The one person of the document whose name has this folded word (Кэрри → Кэрри Саймондс),
   * for a capitalised subject the recogniser left unmarked; null for none or several. A word
   * in another case asks by its key, `key:` and the word's match key (Рэппа → key:рэпп).
   */
  personNamedBy: (folded: string) => EntityId | null;
  /** The person is named somewhere in the document with a man's first name of our list (Роберт Мугабе). */
  isMan: (entity: EntityId) => boolean;
  /** A folded word the text writes after a first name in the nominative (Роберт Мугабе): a nominative form of that surname. */
  isNamedNominative: (folded: string) => boolean;
  /** A folded word of the person's name as resolve gives it, in the nominative (Хелле of Хелле Торнинг-Шмитт). */
  inNameOf: (entity: EntityId, folded: string) => boolean;
}

/** The analyses of a word's folded form, per record (src/util/word-memo.ts). */
const wordReadings = perWordFor((morphology: Morphology, word: WordInfo) => morphology.analyse(word.folded));

/** The document as the clause rules read it; the token → mention index and the name lookup come from resolve, which owns them. */
export function clauseContext(
  doc: { text: string; tokens: readonly Token[]; words: readonly WordInfo[]; sentences: readonly Sentence[]; index: DocumentIndex; mentions: readonly Mention[] },
  lexicon: ClauseLexicon,
  mentionAt: Int32Array,
  personNamedBy: (folded: string) => EntityId | null,
  inNameOf: (entity: EntityId, folded: string) => boolean = () => false,
): ClauseContext {
  const { text, tokens, words, sentences, index, mentions } = doc;
  let men: Set<EntityId> | null = null;
  let nominatives: Set<string> | null = null;
  return {
    text, tokens, words, sentences, index, mentions, mentionAt,
    titles: lexicon.titles,
    roleWords: lexicon.roleWords,
    sourceNouns: lexicon.sourceNouns,
    documentNouns: lexicon.documentNouns,
    orgNouns: lexicon.orgNouns,
    isFirstName: (folded) => lexicon.firstNames.has(folded),
    firstNameGender: (folded) => lexicon.firstNames.get(folded),
    analyse: (folded) => lexicon.morphology.analyse(folded),
    analyseWord: wordReadings(lexicon.morphology),
    personNamedBy,
    isMan: (entity) => (men ??= menOf(mentions, words, lexicon.firstNames)).has(entity),
    isNamedNominative: (folded) => (nominatives ??= nominativeSurnames(mentions, words, lexicon.firstNames)).has(folded),
    inNameOf,
  };
}

const INDECLINABLE_ENDINGS = wordSet('indeclinable-name-endings');

/**
 * The other words of person mentions that hold a first name as our list writes it, in the
 * nominative (Роберт Мугабе; not Роберта Мугабе, nor Берни Сандерса, whose first name shows no
 * case): the text's own nominative of a surname the dictionary reads as another case (Мугабе
 * as «of мугаб»). One pass over the mentions.
 */
function nominativeSurnames(mentions: readonly Mention[], words: readonly WordInfo[], firstNames: ReadonlyMap<string, string>): Set<string> {
  const found = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER' || m.tokens[1] - m.tokens[0] < 2) continue;
    let first = -1;
    for (let k = m.tokens[0]; k < m.tokens[1]; k++) if (firstNames.has(words[k]!.folded) && !INDECLINABLE_ENDINGS.has(words[k]!.folded.slice(-1))) first = k;
    if (first === -1) continue;
    for (let k = m.tokens[0]; k < m.tokens[1]; k++) if (k !== first) found.add(words[k]!.folded);
  }
  return found;
}

/** The people named with a man's first name (in any case: Роберта → Роберт) in one of their mentions; one pass over the mentions. */
function menOf(mentions: readonly Mention[], words: readonly WordInfo[], firstNames: ReadonlyMap<string, string>): Set<EntityId> {
  const men = new Set<EntityId>();
  for (const m of mentions) {
    if (m.type !== 'PER' || men.has(m.entity)) continue;
    for (let k = m.tokens[0]; k < m.tokens[1]; k++) {
      const w = words[k]!;
      if ((firstNames.get(w.folded) ?? firstNames.get(w.lemma)) === 'm') men.add(m.entity);
    }
  }
  return men;
}

/** The end (exclusive) of the mention that covers token `from`, cut at `limit`. */
export function mentionEnd(ctx: ClauseContext, from: number, limit = ctx.tokens.length): number {
  const m = ctx.mentionAt[from];
  let end = from;
  while (end < limit && ctx.mentionAt[end] === m) end++;
  return end;
}

/**
 * How far a clause rule reaches from the token it asks about, either way. The longest of the
 * 16 617 sentences in the development corpora has 191 tokens, so real sentences are never cut;
 * a longer "sentence" is a list or broken text, and a search of all of it for every cue in it
 * made time grow with its square (128 KB of «Путин сказал: «» took 16 s).
 */
export const CLAUSE_REACH = 256;

/**
 * The token range of the sentence holding `token` (clamped to the document, which is not empty
 * here), and within CLAUSE_REACH tokens of it: every search bounded by it costs a constant.
 */
export function sentenceRange(ctx: ClauseContext, token: number): [number, number] {
  const at = Math.min(Math.max(token, 0), ctx.tokens.length - 1);
  const [start, end] = ctx.sentences[ctx.index.sentenceOf[at]!]!.tokens;
  return end - start <= CLAUSE_REACH ? [start, end] : [Math.max(start, at - CLAUSE_REACH), Math.min(end, at + CLAUSE_REACH + 1)];
}

export function isWord(ctx: ClauseContext, i: number, ...forms: string[]): boolean {
  const t = ctx.tokens[i];
  return !!t && t.kind === 'word' && forms.includes(ctx.words[i]!.folded);
}

/** A word of the class (folded forms). */
export function isWordOf(ctx: ClauseContext, i: number, forms: ReadonlySet<string>): boolean {
  const t = ctx.tokens[i];
  return !!t && t.kind === 'word' && forms.has(ctx.words[i]!.folded);
}

export function isPunct(ctx: ClauseContext, i: number, chars: string): boolean {
  const t = ctx.tokens[i];
  return !!t && (t.kind === 'punct' || t.kind === 'dash') && chars.includes(t.text);
}

/** Sentence-final punctuation: . ! ? … and their runs. */
export function isTerminal(ctx: ClauseContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && t.kind === 'punct' && /^[.!?…]+$/.test(t.text);
}
