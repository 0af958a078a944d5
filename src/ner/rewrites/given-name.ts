import type { Candidate } from '../../types.js';
import { rewritten } from '../candidate.js';
import { adjacent, atSentenceStart, type NerContext } from '../context.js';

/**
 * «гражданин Непала Мин Бахадур Шерхан», «Шейк Модибо Диарра»: a foreign person's name of three
 * words often opens with a given name our lists lack. Inside a sentence, a capitalised word the dictionary
 * does not know, glued to a person's name of two words or more, that no other mention holds and that
 * is no title or organisation word, is the name's first word.
 */
export function withGivenNameBefore(ctx: NerContext, c: Candidate, previous: Candidate | undefined): Candidate {
  const [from, to] = c.tokens;
  // «девушки Яффой Иссахар», «(Юрій Мушка)»: before a surname the text has named in full, one word
  // will do, if the dictionary knows it as nothing at all.
  const repeat = to - from === 1 && c.rule === 'surname-repeat';
  if (c.type !== 'PER' || (to - from < 2 && !repeat)) return c;
  const i = from - 1;
  const word = ctx.words[i];
  if (!word || ctx.tokens[i]!.kind !== 'word' || word.shape !== 'title' || word.latin || ctx.tokens[i]!.text.includes('-') || !adjacent(ctx, i, from)) return c;
  if ((previous && previous.tokens[1] > i) || atSentenceStart(ctx, i) || ctx.headline[i] || ctx.gazetteerAt[i]) return c;
  const { titleWords, orgNounWords, notEntities } = ctx.lexicon;
  if (titleWords.has(word.folded) || titleWords.has(word.lemma) || orgNounWords.has(word.lemma) || notEntities.has(word.folded)) return c;
  // Only a word the dictionary does not know, or knows as a given name: a known common word
  // (Портрет, Список, Римский, Сэр), a place or surname of its own, or a hyphenated word (Санта-Фе;
  // double given names are in our lists) is no part of this name.
  const unknown = word.analyses.every((a) => !a.known || a.grams.includes('Name') || isObliquePlural(a.grams) || a.grams.includes('Abbr'));
  if (repeat && word.analyses.some((a) => a.known)) return c;
  if (!unknown || word.analyses.some((a) => a.known && (a.grams.includes('Geox') || a.grams.includes('Surn')))) return c;
  return rewritten(c, 'given-name-before', { tokens: [i, to] });
}

/**
 * «Мин Бахадур Шерхан»: a reading as an oblique plural (мин, of «мина») says little, nor does one as a
 * lower-case abbreviation (мин.): such a form, capitalised right before a name, is no title or heading of it.
 */
function isObliquePlural(grams: readonly string[]): boolean {
  return grams.includes('plur') && !grams.includes('nomn') && !grams.includes('accs');
}
