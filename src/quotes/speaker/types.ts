import type { PhraseKind } from '../../clauses/noun-phrases.js';

/** A speaker as the patterns hand it on: a token range [from, to), what kind of phrase it is, and the entity it names. */

export type SpeakerKind = PhraseKind;

export interface Speaker {
  from: number;
  to: number;
  kind: SpeakerKind;
  entity: string | null;
  /** Governed by a preposition or a noun (в канцелярии …, по словам главы …): not nominative as written. */
  governed?: boolean;
  /** For a pronoun that refers to an unnamed source: that phrase, which names the speaker. */
  antecedent?: [number, number];
  /** For a plural noun that stands for two people the text just named (Девятиклассники): those people. */
  group?: [string, string];
  /** A clause after the phrase that describes it (источник, близкий к ФСБ): its tokens after the comma, and its participle's agreement. */
  clause?: { from: number; to: number; number: 'sing' | 'plur'; gender: string | null; head: boolean };
}
