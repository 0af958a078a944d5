// Types for the parts of Az.js (npm `az`, MIT) that gazeta uses.
declare module 'az' {
  export interface AzTag {
    POS?: string;
    /** Grammemes of the lexeme (NOUN, anim, masc, Surn …) and of the form (sing, gent …). */
    stat: string[];
    flex: string[];
    [grammeme: string]: unknown;
    toString(): string;
  }
  export interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    /** Which of Az's parsers made it: 'Dictionary' for a known word, else a guesser. */
    parser?: string;
    paradigmIdx?: number;
    normalize(keepPOS?: boolean): AzParse;
    inflect(grammemes: string[]): AzParse | false;
  }
  export interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (err: unknown) => void): void;
  }
  export interface AzStatic {
    Morph: AzMorph;
    load(url: string, type: string, callback: (err: unknown, data?: unknown) => void): void;
  }
  const Az: AzStatic;
  export default Az;
}
