import type { CompiledGazetteer } from '../ner/gazetteer.js';

/** Speech cue forms from dict/cues.tsv; see dict/README.md for the kinds. */
/** `call`: evaluation verbs whose object and complement report a judgement (назвал X Y-instr, охарактеризовал X как Y). */
export type CueKind = 'verb' | 'opinion' | 'source' | 'as' | 'report' | 'document' | 'this' | 'cite' | 'call';

export interface Cue {
  form: string;
  lemma: string;
  kind: CueKind;
  gender: 'm' | 'f' | 'n' | '-';
  number: 'sg' | 'pl' | '-';
}

export type Gender = 'm' | 'f';

/**
 * Everything compiled from dict/: the gazetteer and the word lists the rules read.
 * Produced by scripts/compile-dict.ts into src/generated/lexicon.json (gazetteer keys included).
 */
export interface Lexicon {
  /** The gazetteer, keyed at build time so that loading needs no morphology pass. */
  gazetteer: CompiledGazetteer;
  /** Folded first name → gender ('m', 'f' or 'mf'). */
  firstNames: Record<string, string>;
  /** First names that are also common words (Надежда, Роман): need a neighbouring name. */
  ambiguousNames: string[];
  /** Folded titles and roles that precede a person's name (президент, министр). */
  titles: string[];
  /** The titles of a deputy or staff member (вице-губернатор, помощник): someone other than the principal. */
  deputyTitles: string[];
  /** The titles of an envoy (спецпредставитель, полпред): not the one they speak for. */
  envoyTitles: string[];
  /** Folded nouns that precede an organisation's name (компания, газета). */
  orgNouns: string[];
  /** Every case form of the place nouns, folded (поселка, республике), compiled with the morphology. */
  placeNounForms: string[];
  /** Every case form of the work nouns (альбома, песней, конкурсе) and English title heads (tournament), folded. */
  workNounForms: string[];
  /** Every case form of the nouns of sport news (матча, полузащитника), folded. */
  sportNounForms: string[];
  /** Folded Chinese, Korean, Vietnamese surnames, which come first in a name (Ли Пэн). */
  eastAsianSurnames: string[];
  /** Folded words that look like names but name nothing by themselves (СМИ, ВВП). */
  notEntities: string[];
  /** Folded nouns for unnamed sources of speech (источник, очевидцы, СМИ). */
  sourceNouns: string[];
  /** The source nouns that name a text (заявление, указ): the organisation after one is the speaker. */
  documentNouns: string[];
  cues: Cue[];
}
