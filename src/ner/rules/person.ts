import { hasGram, type WordInfo } from '../../morph/index.js';
import { PRIORITY, type Candidate } from '../candidate.js';
import { adjacent, atSentenceStart, isCapitalised, isCommonWord, type NerContext } from '../context.js';

/**
 * Person names by shape and morphology:
 *   first name + (patronymic | more name words) + surname   Кирилл Дмитриев, Реджеп Тайип Эрдоган
 *   initials + surname, surname + initials                  В. В. Путин, Путин В.В.
 *   title + capitalised name                                министр Лавров
 *   known surname alone                                     Дмитриев
 *   first name alone (not one that is also a common word)   Кирилл
 */

const PATRONYMIC = /(ович|евич|ьич|овн|евн|ичн|иничн)(а|у|ем|е|ы|ой|ою)?$/;

export function isFirstName(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  if (ctx.tokens[i]!.kind !== 'word' || word.shape !== 'title') return false;
  return ctx.lexicon.firstNames.has(word.lemma) || ctx.lexicon.firstNames.has(word.folded) || hasGram(word, 'Name', 0.3);
}

export function isPatronymic(ctx: NerContext, i: number): boolean {
  const word = ctx.words[i]!;
  return word.shape === 'title' && (hasGram(word, 'Patr', 0.1) || PATRONYMIC.test(word.folded));
}

/** A capitalised word that can be (part of) a surname: not a common word, not punctuation. */
export function isNameWord(ctx: NerContext, i: number): boolean {
  const token = ctx.tokens[i];
  const word = ctx.words[i];
  if (!token || !word || token.kind !== 'word' || word.shape !== 'title') return false;
  if (ctx.lexicon.titles.has(word.key) || ctx.lexicon.orgNouns.has(word.key)) return false;
  return !isCommonWord(word) || hasGram(word, 'Surn', 0.05) || hasGram(word, 'Name', 0.05);
}

function isInitial(ctx: NerContext, i: number): boolean {
  const token = ctx.tokens[i];
  const dot = ctx.tokens[i + 1];
  return !!token && !!dot && token.kind === 'word' && token.text.length === 1 && ctx.words[i]!.shape === 'title' &&
    dot.text === '.' && dot.start === token.end;
}

function isSurname(word: WordInfo): boolean {
  return hasGram(word, 'Surn', 0.2) && word.analyses[0]!.grams.includes('Surn');
}

export function personCandidates(ctx: NerContext): Candidate[] {
  const out: Candidate[] = [];
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    if (ctx.tokens[i]!.kind !== 'word') continue;
    // Initials + surname: В. В. Путин / В.В. Путин
    if (isInitial(ctx, i)) {
      let j = i + 2;
      if (isInitial(ctx, j)) j += 2;
      if (isNameWord(ctx, j) && adjacent(ctx, j - 1, j)) {
        out.push({ from: i, to: j + 1, type: 'PER', rule: 'initials-surname', priority: PRIORITY.personFull });
      }
      continue;
    }
    if (isFirstName(ctx, i)) {
      let j = i + 1;
      while (j < n && j - i <= 3 && adjacent(ctx, j - 1, j) && (isPatronymic(ctx, j) || isNameWord(ctx, j))) j++;
      if (j > i + 1) {
        out.push({ from: i, to: j, type: 'PER', rule: 'first-surname', priority: PRIORITY.personFull });
        continue;
      }
      const ambiguous = ctx.lexicon.ambiguousNames.has(ctx.words[i]!.lemma);
      if (!ambiguous && (!atSentenceStart(ctx, i) || !isCommonWord(ctx.words[i]!))) {
        out.push({ from: i, to: i + 1, type: 'PER', rule: 'first-name', priority: PRIORITY.firstName });
      }
      continue;
    }
    // Surname + initials: Путин В. В.
    if (isNameWord(ctx, i) && isInitial(ctx, i + 1) && adjacent(ctx, i, i + 1)) {
      const to = isInitial(ctx, i + 3) ? i + 5 : i + 3;
      out.push({ from: i, to, type: 'PER', rule: 'surname-initials', priority: PRIORITY.personFull });
      continue;
    }
    const word = ctx.words[i]!;
    if (ctx.lexicon.titles.has(word.key) && word.shape === 'lower') {
      const name = nameAfterTitle(ctx, i + 1);
      if (name) out.push({ ...name, type: 'PER', rule: 'title-name', priority: PRIORITY.titlePerson });
      continue;
    }
    if (word.shape === 'title' && isSurname(word) && (!atSentenceStart(ctx, i) || !isCommonWord(word))) {
      out.push({ from: i, to: i + 1, type: 'PER', rule: 'surname', priority: PRIORITY.surname });
    }
  }
  return out;
}

/**
 * After a title, the name follows at once or after a short genitive complement that
 * names no one itself (глава МИД России Лавров): up to 4 tokens without punctuation.
 */
function nameAfterTitle(ctx: NerContext, from: number): { from: number; to: number } | null {
  for (let i = from; i < Math.min(ctx.tokens.length, from + 5); i++) {
    const token = ctx.tokens[i]!;
    if (token.kind !== 'word' || !adjacent(ctx, i - 1, i)) return null;
    if (isNameWord(ctx, i) && !isCommonWord(ctx.words[i]!) && !ctx.gazetteerAt[i]) {
      let j = i + 1;
      while (j < ctx.tokens.length && j - i < 3 && adjacent(ctx, j - 1, j) && isNameWord(ctx, j) && !ctx.gazetteerAt[j]) j++;
      return { from: i, to: j };
    }
    if (isCapitalised(ctx.words[i]!) && !ctx.gazetteerAt[i]) return null;
  }
  return null;
}
