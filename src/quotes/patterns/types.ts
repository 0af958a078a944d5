import type { QuoteKind } from '../../types.js';
import type { Speaker } from '../speaker/index.js';
import type { QuoteContext } from '../context.js';

export interface Draft {
  kind: QuoteKind;
  content: [number, number];
  cue: [number, number] | null;
  speaker: Speaker | null;
  pattern: string;
  /** For a source a report cites (со ссылкой на …): the entity of the report's own speaker, which it is not. */
  citedBy?: string | null;
}

export interface Pattern {
  name: string;
  find(ctx: QuoteContext): Iterable<Draft>;
}
