import { wordList } from '../dict/words.js';
import { stemKey, type Analysis } from '../morph/index.js';
import type { CompiledLexicon, DictEntry } from '../types.js';
import { endingPattern } from './endings.js';
import type { Gazetteer } from './gazetteer.js';

/** The lexicon in the shape the rules look things up in. */
export interface NerLexicon {
  /** Folded first name (nominative) → 'm' | 'f' | 'mf'. */
  firstNames: Map<string, string>;
  ambiguousNames: Set<string>;
  titles: Set<string>;
  orgNouns: Set<string>;
  /** Folded words that name nothing by themselves (СМИ, ВВП). */
  notEntities: Set<string>;
  /** Title and organisation-noun words themselves (folded nominatives), for capitalised words, whose stems collide with surnames (король, Королёв). */
  titleWords: Set<string>;
  orgNounWords: Set<string>;
  /** Every case form of the organisation nouns (мэрия, мэрии), to tell them from a title of the same stem key (мэр, мэра). */
  orgNounFolded: Set<string>;
  /** Folded East Asian surnames (ли, ван, ким): the name's first word. */
  eastAsianSurnames: Set<string>;
  /** Every case form of the place nouns (поселка, республике). */
  placeNounForms: Set<string>;
  /** Every case form of the work nouns (альбома, конкурсе) and English title heads (tournament). */
  workNounForms: Set<string>;
  /** Every case form of the nouns of sport news (матча, полузащитника). */
  sportNounForms: Set<string>;
  /** Folded finite speech verbs (заявил, сообщила): their subject is a person or organisation. */
  speechVerbs: Set<string>;
  /** Folded verbs that report what a medium says (сообщает, пишет, передаёт). */
  reportVerbs: Set<string>;
}

/** What the recognise stage reads besides the document: the gazetteer, the word lists, the morphology. */
export interface Recognisers {
  gazetteer: Gazetteer;
  lexicon: NerLexicon;
  /** Entries that came from the user: they win over everything else. */
  userEntries: ReadonlySet<DictEntry>;
  analyse: (folded: string) => readonly Analysis[];
}

const ADJECTIVE = endingPattern(wordList('title-adjective-endings'), []);

/**
 * The head of a title: its first word that is not an adjective (генеральный секретарь →
 * секретарь), else its last word, a noun shaped like an adjective (нападающий, парламентарий,
 * главный управляющий → управляющий).
 */
export function titleHead(title: string): string {
  const words = title.split(' ');
  return words.find((w) => !ADJECTIVE.test(w)) ?? words[words.length - 1]!;
}

export function prepareNerLexicon(lexicon: CompiledLexicon): NerLexicon {
  const firstNames = new Map<string, string>();
  for (const [name, gender] of Object.entries(lexicon.firstNames)) firstNames.set(name, gender);
  return {
    firstNames,
    ambiguousNames: new Set(lexicon.ambiguousNames),
    // A multi-word title (генеральный секретарь, заместитель министра) is found by its head noun,
    // not by its complement: after «мэр города», «города Павия» is a town, not a person.
    titles: new Set(lexicon.titles.map(titleHead).filter((w) => w.length >= 3).map(stemKey)),
    // By the keys of every case form: a fleeting vowel keys «церкви» (церкв) apart from «церковь» (церков).
    orgNouns: new Set(lexicon.orgNouns.concat(lexicon.orgNounForms).map(stemKey)),
    titleWords: new Set(lexicon.titles.flatMap((t) => t.split(' '))),
    orgNounWords: new Set(lexicon.orgNouns),
    orgNounFolded: new Set(lexicon.orgNouns.concat(lexicon.orgNounForms)),
    notEntities: new Set(lexicon.notEntities),
    placeNounForms: new Set(lexicon.placeNounForms),
    workNounForms: new Set(lexicon.workNounForms),
    sportNounForms: new Set(lexicon.sportNounForms),
    eastAsianSurnames: new Set(lexicon.eastAsianSurnames),
    speechVerbs: new Set(lexicon.cues.filter((c) => c.kind === 'verb' && !c.form.includes(' ')).map((c) => c.form)),
    reportVerbs: new Set(lexicon.cues.filter((c) => (c.kind === 'report' || c.kind === 'as') && c.form.split(' ').length <= 2).map((c) => c.form.split(' ').pop()!)),
  };
}
