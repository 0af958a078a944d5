import { fold } from '../../morph/index.js';
import type { QuoteContext } from '../context.js';
import type { Speaker } from './types.js';

/**
 * «В сообщении ведомства говорится», «в банке уточнили»: a generic noun that stands for the
 * organisation the text has just named. Each noun lists the words that show an organisation is
 * one of its kind, looked for in the organisation's names and in the word before a mention
 * (компания «Яндекс»); `contains` also matches inside a word (Сбербанк), `prefix` at its start
 * (Минфин, Минпромторг).
 */
interface GenericNoun {
  words: string[];
  contains?: string;
  prefix?: RegExp;
}

const MINISTRY = /^мин(?!ск)[а-я]{2,}/;
const BODY = ['министерство', 'ведомство', 'служба', 'агентство', 'комитет', 'департамент', 'управление', 'инспекция', 'казначейство', 'мвд', 'мчс', 'мид', 'фсб', 'фнс', 'фас', 'фсин', 'фссп'];
const COMPANY = ['компания', 'авиакомпания', 'корпорация', 'концерн', 'холдинг', 'ооо', 'оао', 'пао', 'зао', 'ао', 'авиаперевозчик', 'перевозчик', 'застройщик', 'ритейлер', 'производитель', 'оператор'];

/** Generic noun (nominative) → how to tell the organisations it may stand for. */
const GENERIC_NOUNS: Record<string, GenericNoun> = {
  ведомство: { words: BODY, prefix: MINISTRY },
  министерство: { words: ['министерство'], prefix: MINISTRY },
  служба: { words: ['служба'] },
  агентство: { words: ['агентство'] },
  компания: { words: COMPANY },
  авиакомпания: { words: ['авиакомпания', 'авиаперевозчик'] },
  корпорация: { words: ['корпорация'] },
  концерн: { words: ['концерн'] },
  холдинг: { words: ['холдинг'] },
  банк: { words: ['банк'], contains: 'банк' },
};

/** The generic nouns by lemma, as the quote context reads words. */
function genericAt(ctx: QuoteContext, i: number): GenericNoun | undefined {
  if (ctx.tokens[i]?.kind !== 'word' || ctx.mentionAt[i] !== -1 || ctx.words[i]!.shape !== 'lower') return undefined;
  for (const a of ctx.analyse(ctx.words[i]!.folded)) {
    const noun = a.pos === 'NOUN' ? GENERIC_NOUNS[fold(a.lemma)] : undefined;
    if (noun) return noun;
  }
  return undefined;
}

/**
 * An unnamed source that is only a generic noun (ведомство; пресс-служба ведомства; в
 * сообщении ведомства) → the organisation of its own or the previous sentence that fits the
 * noun, when exactly one does.
 */
export function withGenericOrg(ctx: QuoteContext, speaker: Speaker): Speaker {
  if (speaker.kind !== 'source' || speaker.entity) return speaker;
  // The noun ends the phrase: with a complement (ведомства Дегтярёва, банка в Казани) it is another reading.
  const last = speaker.to - 1;
  const noun = genericAt(ctx, last);
  if (!noun) return speaker;
  // Before the noun only source or text nouns (пресс-служба, сообщение), nothing that narrows it.
  for (let k = speaker.from; k < last; k++) {
    const key = ctx.words[k]!.key;
    if (!(ctx.sourceNouns.has(key) || ctx.documentNouns.has(key))) return speaker;
  }
  const entity = orgJustNamed(ctx, speaker.from, (id, at) => fits(ctx, noun, id, at));
  return entity ? { ...speaker, kind: 'mention', entity } : speaker;
}

/**
 * «Росавиация ограничила полёты. Там уточнили, что …»: «там» before an impersonal plural cue is
 * the organisation just named, when exactly one was.
 */
export function thereSource(ctx: QuoteContext, at: number): Speaker | null {
  if (ctx.tokens[at]?.kind !== 'word' || ctx.words[at]!.folded !== 'там') return null;
  const entity = orgJustNamed(ctx, at, () => true);
  return entity ? { from: at, to: at + 1, kind: 'mention', entity } : null;
}

/** The one organisation named before `before` in its sentence or the one before that passes `accept`; null for none or several. */
function orgJustNamed(ctx: QuoteContext, before: number, accept: (entity: string, at: number) => boolean): string | null {
  const sentence = ctx.index.sentenceOf[before]!;
  const fitting = new Set<string>();
  // Each mention once, at its first token, from the start of the sentence before.
  for (let at = ctx.sentences[Math.max(0, sentence - 1)]!.tokens[0]; at < before; at++) {
    const m = ctx.mentionAt[at]!;
    if (m === -1 || (at > 0 && ctx.mentionAt[at - 1] === m)) continue;
    const mention = ctx.mentions[m]!;
    if (mention.type === 'ORG' && accept(mention.entity, at)) fitting.add(mention.entity);
  }
  return fitting.size === 1 ? [...fitting][0]! : null;
}

function fits(ctx: QuoteContext, noun: GenericNoun, entityId: string, at: number): boolean {
  const entity = ctx.entities.get(entityId);
  if (!entity) return false;
  const words = [entity.name, ...entity.aliases].flatMap((n) => n.split(/[\s«»"-]+/)).map((w) => fold(w)).filter(Boolean);
  // The noun before the mention, skipping an opening quote mark: компания «Яндекс».
  let before = at - 1;
  while (before >= 0 && ctx.tokens[before]!.kind === 'quote') before--;
  if (before >= 0 && ctx.tokens[before]!.kind === 'word') {
    const lemma = ctx.analyse(ctx.words[before]!.folded)[0]?.lemma;
    if (lemma) words.push(fold(lemma));
  }
  return words.some((w) => noun.words.includes(w) || (!!noun.contains && w.includes(noun.contains)) || (!!noun.prefix && noun.prefix.test(w)));
}
