import type { QuoteKind } from '../../types.js';
import type { Speaker } from '../speaker/index.js';
import type { QuoteContext } from '../context.js';

export interface Draft {
  kind: QuoteKind;
  content: [number, number];
  cue: [number, number] | null;
  speaker: Speaker | null;
  pattern: string;
}

export interface Pattern {
  name: string;
  find(ctx: QuoteContext): Iterable<Draft>;
}
