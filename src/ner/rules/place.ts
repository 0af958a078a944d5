import { wordSet } from '../../dict/words.js';
import { NAME_OR_PLACE_GRAMMEMES, type WordInfo } from '../../morph/index.js';
import type { Candidate } from '../../types.js';
import { candidate, PRIORITY } from '../candidate.js';
import { adjacent, atSentenceStart, isCommonWord, isListedName, isPlaceNoun, type NerContext } from '../context.js';
import { afterPlaceAdjective, inPlaceSlot } from '../place-slot.js';

/**
 * Places the gazetteer lacks:
 *   a capitalised word the morphology marks Geox (Бергамо, Липецк)
 *   a name after a place noun: «района Отрадное», «на острове Уайт» (span: the name only), or after
 *   a residents' noun: «жительница Жироны»
 *   a capitalised unknown word after в/из/под: «в Тусоне», also with a place's adjective between: «в армянском Гаваре»
 * At the start of a sentence a Geox word must not also be a common word.
 */
export function placeCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const word = ctx.words[i]!;
    if (word.shape !== 'title' || ctx.tokens[i]!.kind !== 'word') continue;
    const best = word.analyses[0];
    const prev = ctx.words[i - 1];
    // «дочь Стефани»: a listed first name is a place only after в, из, под (в Шарлотте).
    const personal = isListedName(ctx, word);
    // «Петербургские экологи», «Украинский автомобиль»: a place's adjective opening a sentence is no place.
    if (best && best.grams.includes('Geox') && best.pos !== 'ADJF' && best.score >= 0.2 && !(atSentenceStart(ctx, i) && isCommonWord(word)) &&
      !(personal && !(prev && LOCATIVE.has(prev.folded)))) {
      out.push(candidate(i, i + 1, 'LOC', 'geox', PRIORITY.geox));
    } else if ((prev && isPlaceNoun(ctx, i - 1) && adjacent(ctx, i - 1, i)) || inPlaceSlot(ctx, i)) {
      out.push(candidate(i, nameEnd(ctx, i), 'LOC', 'place-noun-name', PRIORITY.geox));
    } else if (prev && LOCATIVE.has(prev.folded) && best && !best.known && adjacent(ctx, i - 1, i) && !hasCommonNounTail(ctx, i)) {
      out.push(candidate(i, i + 1, 'LOC', 'locative-name', PRIORITY.surname - 1));
    } else if (afterPlaceAdjective(ctx, i) && LOCATIVE.has(ctx.words[i - 2]?.folded ?? '') && adjacent(ctx, i - 2, i - 1) && best && !best.known && !personal && !hasCommonNounTail(ctx, i)) {
      // «в армянском Гаваре», «из каталонского Мартореля»: a word the dictionary lacks after в/из and a
      // place's adjective is the place the adjective locates.
      out.push(candidate(i, i + 1, 'LOC', 'locative-name', PRIORITY.surname - 1));
    } else if (prev && IN.has(prev.folded) && adjacent(ctx, i - 1, i) && locativeName(word)) {
      // Above a dictionary person's surname (в Козлове), below a person the text names in full (repeat).
      out.push(candidate(i, i + 1, 'LOC', 'locative-name', PRIORITY.dictSurname + 1));
    }
  }
  return out;
}

const LOCATIVE = wordSet('unknown-place-prepositions');
const IN = wordSet('locative-place-prepositions');

/**
 * «в Козлове», «в Коптеве», «в Луисе»: a name (a surname's, a first name's or a place's reading)
 * whose every reading is the prepositional case (or the dative, which «в» does not take): no
 * accusative person (в Егора), no indeclinable name (в Душко), no adjective (в Московском доме).
 */
function locativeName(word: WordInfo): boolean {
  const readings = word.analyses.filter((a) => a.score > 0);
  if (!readings.some((a) => a.grams.includes('loct'))) return false;
  if (!readings.some((a) => a.grams.some((g) => NAME_OR_PLACE_GRAMMEMES.includes(g)))) return false;
  return readings.every((a) => a.pos === 'NOUN' && (a.grams.includes('loct') || a.grams.includes('loc2') || a.grams.includes('datv')));
}

/**
 * «в YouTube-канале», «в Telegram-чате»: a compound whose last part is a known word in lower case
 * names a thing of that kind, no place (Ростове-на-Дону, Усть-Куте end capitalised).
 */
function hasCommonNounTail(ctx: NerContext, i: number): boolean {
  const text = ctx.tokens[i]!.text;
  const cut = text.lastIndexOf('-');
  const last = text.slice(cut + 1);
  const folded = ctx.words[i]!.folded;
  return cut > 0 && last.length > 2 && last === last.toLowerCase() && !!ctx.analyse(folded.slice(folded.lastIndexOf('-') + 1))[0]?.known;
}

/**
 * «на Манежной площади», «к Кронштадтскому бульвару», «Гагаузской автономии»: a capitalised
 * adjective and a place noun name a place together (factRuEval keeps the noun in the span).
 */
export function descriptivePlaceCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < ctx.tokens.length; i++) {
    const w = ctx.words[i]!;
    if (w.shape !== 'title' || ctx.tokens[i]!.kind !== 'word' || ctx.gazetteerAt[i] || !adjacent(ctx, i, i + 1)) continue;
    if (!isPlaceNoun(ctx, i + 1)) continue;
    const best = w.analyses[0];
    if (!best || best.pos !== 'ADJF' || best.grams.includes('Surn')) continue;
    out.push(candidate(i, i + 2, 'LOC', 'descriptive-place', PRIORITY.geox + 1));
  }
  return out;
}

/**
 * A place name may have two capitalised words: «посёлок Новые Ляды», «город Сазерленд Спрингс».
 * A listed first name after it opens a person («округа Харрис Эд Гонзалес»), and an adjective
 * after a noun the next place («селе Дорогинка Киевской области»).
 */
function nameEnd(ctx: NerContext, from: number): number {
  const next = ctx.words[from + 1];
  if (!next || next.shape !== 'title' || !adjacent(ctx, from, from + 1) || ctx.tokens[from + 1]!.kind !== 'word') return from + 1;
  if (isListedName(ctx, next)) return from + 1;
  const adjective = (w: typeof next) => w.analyses[0]?.pos === 'ADJF';
  return adjective(next) && !adjective(ctx.words[from]!) ? from + 1 : from + 2;
}
