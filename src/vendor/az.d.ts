// Types for the parts of Az.js (npm `az`, MIT) that gazeta uses.
declare module 'az' {
  export interface AzTag {
    POS?: string;
    [grammeme: string]: unknown;
    toString(): string;
  }
  export interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
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
