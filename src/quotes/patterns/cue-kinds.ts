import type { CueKind } from '../../types.js';

/** Which kinds of cue (dict/cues.tsv) each pattern family looks for. */

/** Cues that introduce direct speech: after a dash («П», — заявил X) or before a colon. */
export const SPEECH: CueKind[] = ['verb', 'report', 'document', 'cite', 'opinion'];

/** Cues that take a «что» clause: заявил, считает, говорится в заявлении. */
export const THAT: CueKind[] = ['verb', 'opinion', 'document'];

/** Cues after their content: «П, сообщает X», «П, заявил X», «П, говорится в заявлении X». */
export const TRAILING: CueKind[] = ['report', 'verb', 'document'];

/** Cues that give a clause a source of its own: a lead holding one before «, однако» is another report. */
export const ATTRIBUTING: CueKind[] = ['source', 'as', 'verb', 'document', 'report', 'opinion'];

/** Cues of a clause that leads in to the words after its colon («…и попросил прощения у верующих:»). */
export const LEAD_IN: CueKind[] = ['verb', 'report', 'document', 'opinion', 'call'];
