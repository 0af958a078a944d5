import type { CueKind } from '../../types.js';
import { functionWord } from '../../clauses/words.js';
import { wordMap } from '../../dict/words.js';
import { isPunct, sentenceRange, type QuoteContext } from '../context.js';
import { isRelative } from '../../clauses/phrase-extent.js';
import { cueAt } from '../cues.js';
import { speakerBefore } from '../speaker/index.js';
import { clauseEnd, trimEnd } from './clause.js';
import { isQuotedWord, isSpeech, reportKind } from './speech.js';
import type { Pattern } from './types.js';

/**
 * X назвал это «…»; X охарактеризовал Y как «Z»: a judgement reported through its object is a
 * quote only with the speaker's own words in marks; «назвал Y Z-instr» alone is a nominal report.
 */
export const called: Pattern = {
  name: 'indirect-called',
  *find(ctx) {
    for (let i = 0; i < ctx.tokens.length; i++) {
      const cue = cueAt(ctx, i, ['call']);
      if (!cue) continue;
      const end = clauseEnd(ctx, cue.to, cue.cue);
      const content = trimEnd(ctx, cue.to, end);
      // A verb whose judgement only a quotation makes (поблагодарил «своего друга»; призвал
      // присоединиться к борьбе против «крестоносцев») finds it anywhere in its clause.
      const listed = CALL_COMPLEMENTS.get(cue.cue.lemma) ?? [];
      const lowerOnly = listed.includes(LOWER);
      const complements = lowerOnly ? listed.filter((kind) => kind !== LOWER) : listed;
      const complemented = complements.length > 0 && hasComplement(ctx, cue.to, content[1], complements);
      // A verb of many senses judges only with its complement (определил будущее как «безнадёжное»).
      if (!complemented && complements.includes(ONLY)) continue;
      // After «как» the quotation may stand further on (оценили её состояние уже не как «тяжёлое»).
      const reach = complements.length === 0 || complemented ? content[1] : Math.min(content[1], cue.to + 5);
      // The first quotation in reach that holds the speaker's words decides. One that holds none is
      // passed over: a name in marks, the object (назвал главу «Лиги» Маттео Сальвини «великим
      // лидером»), or a single word of its own beside a name (назвал проект «детищем РЖД», которое
      // даст «новую жизнь …»). Not only a quotation opening with a name: one that stopped the search
      // lost the judgement after it.
      let open = -1;
      for (let k = cue.to; k < reach && open < 0; k++) {
        // «осудил арест, называя его «незаконным похищением»»: a nearer judgement verb owns the quotation.
        if (lowerOnly && cueAt(ctx, k, CALL)) break;
        const pair = ctx.index.outerByOpen.get(k);
        if (!pair) continue;
        if ((isSpeech(ctx, pair) || isQuotedWord(ctx, pair)) && (!lowerOnly || ctx.words[k + 1]?.shape === 'lower')) open = k;
        else k = pair.close;
      }
      if (open < 0) continue;
      const speaker = speakerBefore(ctx, cue.from, cue.cue);
      if (!speaker || content[1] - content[0] < 2) continue;
      // «Петер, которого пресса называет «главным экономистом семьи», будет руководить …»: in a
      // relative clause the judgement ends with the comma after its quotation; the main clause resumes.
      const pair = ctx.index.outerByOpen.get(open)!;
      const relative = inRelativeClause(ctx, cue.from);
      if (relative && isPunct(ctx, pair.close + 1, ',') && pair.close + 1 < content[1]) content[1] = pair.close + 1;
      // «Церемонию, …, пресса окрестила «свадьбой века»»: with the object set before the verb and
      // only the quotation after it, the judgement is the whole clause, object and cue within it.
      // In a relative clause (которого пресса называет «…») the object is the antecedent: the quotation alone.
      if (!relative && open === content[0] && pair.close + 1 >= content[1] && frontedObject(ctx, cue.from)) content[0] = sentenceRange(ctx, cue.from)[0];
      const kind = reportKind(ctx, content);
      yield { kind, content, cue: [cue.from, cue.to], speaker, pattern: kind === 'mixed' ? 'mixed-called' : this.name };
    }
  },
};

/**
 * What turns an evaluation verb's object into a reported judgement: a complement with «как»
 * (охарактеризовал его как «…»), or for naming verbs a common noun or adjective in the
 * instrumental (назвал госпитализацию «мерой предосторожности»): after one, the quoted
 * fragment may stand anywhere in the clause.
 */
const CALL_COMPLEMENTS = new Map([...wordMap('call-complements')].map(([lemma, kinds]) => [lemma, kinds.split(' ').filter(Boolean)]));

const CALL: readonly CueKind[] = ['call'];

/** In dict/words/call-complements.txt: the listed complement is required. */
const ONLY = 'only';

/** In dict/words/call-complements.txt: only a fragment opening with a lower-case word is the speaker's (a title opens with a capital). */
const LOWER = 'lower';

/** Words a relative clause may have between its «который» and the cue (которого пресса называет). */
const RELATIVE_REACH = 4;

/** «…, которого (местная) пресса называет»: a relative word after a comma shortly before the cue. */
function inRelativeClause(ctx: QuoteContext, cueFrom: number): boolean {
  for (let k = cueFrom - 1; k >= Math.max(1, cueFrom - RELATIVE_REACH); k--) {
    if (ctx.tokens[k]!.kind !== 'word') return false;
    if (isRelative(ctx, k)) return isPunct(ctx, k - 1, ',');
  }
  return false;
}

/** Tokens after the verb within which the complement must begin. */
const COMPLEMENT_WINDOW = 6;

function hasComplement(ctx: QuoteContext, from: number, to: number, kinds: readonly string[]): boolean {
  const as = functionWord('as');
  // Names and their marks do not count towards the window (назвал главу «Лиги» Маттео Сальвини «великим лидером»).
  for (let k = from, words = 0; k < to && words < COMPLEMENT_WINDOW; k++) {
    if (ctx.mentionAt[k] !== -1 || ctx.tokens[k]!.kind === 'quote') continue; // a name, dots of initials included (Дж.Коми)
    if (ctx.tokens[k]!.kind !== 'word') return false;
    words++;
    const w = ctx.words[k]!;
    if (kinds.includes(as) && w.folded === as) return true;
    if (kinds.includes('ablt') && w.shape === 'lower' && !isPreposition(ctx, k - 1) &&
      ctx.analyseWord(w).some((a) => (a.pos === 'NOUN' || a.pos === 'ADJF') && a.grams.includes('ablt'))) return true;
  }
  return false;
}

function isPreposition(ctx: QuoteContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && ctx.analyseWord(ctx.words[i]!)[0]?.pos === 'PREP';
}

/** Words before the cue that may hold its fronted object and its subject. */
const FRONTED_REACH = 30;

/**
 * Some word before the cue in its sentence can be the verb's object, a noun or pronoun in the
 * accusative or (naming verbs) the instrumental, not a name: «Церемонию … пресса окрестила «…»»,
 * «Своей целью создатели альянса называют «…»». Without one (Пресса окрестила «…»: the object left
 * out) the quotation alone is the judgement.
 */
function frontedObject(ctx: QuoteContext, cueFrom: number): boolean {
  const [start] = sentenceRange(ctx, cueFrom);
  for (let k = Math.max(start, cueFrom - FRONTED_REACH); k < cueFrom; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.mentionAt[k] !== -1) continue;
    const best = ctx.analyseWord(ctx.words[k]!)[0];
    if (best && (best.pos === 'NOUN' || best.pos === 'NPRO') && (best.grams.includes('accs') || best.grams.includes('ablt')) && !best.grams.includes('nomn')) return true;
  }
  return false;
}
