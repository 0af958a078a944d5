import { aboutThis } from './about-this.js';
import { called } from './called.js';
import { directColon, headline } from './colon.js';
import { dashDialogue, directAfter, directSplit } from './dash.js';
import { sourceFrame } from './source-frame.js';
import { standalone } from './standalone.js';
import { verbThat } from './that.js';
import { topicQuoted } from './topic-quoted.js';
import { utterance } from './utterance.js';
import { reportAfter } from './trailing-cue.js';
import type { Pattern } from './types.js';

export type { Draft, Pattern } from './types.js';

/**
 * The attribution patterns, as a table: each has a name (reported with every quote it
 * makes) and a finder over the document. Content and cue are token ranges [from, to).
 * One module per family: dash (direct speech with the attribution after a dash), colon
 * (X заявил: П; «Кисин: П»), source-frame (по словам X), that (X заявил, что П), about-this
 * (Об этом сообщил X), trailing-cue (П, сообщает X), called (X назвал это «…»), topic-quoted (X заявил о «…»).
 *
 * In order of trust: when two quotes cover the same content, the earlier pattern wins.
 */
export const PATTERNS: readonly Pattern[] = [
  directSplit, directAfter, dashDialogue, directColon, headline, utterance, sourceFrame, verbThat, aboutThis, reportAfter, called, topicQuoted, standalone,
];
