import { declinedForms } from '../../../dict/declined-forms.js';
import type { WordInfo } from '../../../morph/index.js';
import type { Candidate } from '../../../types.js';
import { candidate, lengthOf, PRIORITY } from '../../candidate.js';
import { adjacent, type NerContext } from '../../context.js';

/**
 * «сын Акихито Нарухито»: a rule-found name that spans two dictionary people is two people,
 * not one. Dictionary matches do not overlap, so each name counts those starting inside it.
 * «старший сын Баффета Говард», «правительства Хатоямы Хирофуми Хирано»: a run
 * of capitalised words found by its shape alone is split where a word of it is the surname of
 * another person the document names in full (see splitAtKnownSurname).
 */
export function withoutJoinedPeople(ctx: NerContext, persons: Candidate[], dict: readonly Candidate[]): Candidate[] {
  const tokenCount = ctx.tokens.length;
  const known = dict.filter((c) => c.type === 'PER' && c.rule === 'dict');
  let kept = persons;
  if (known.length >= 2) {
    // Token → end of the known person starting there, or 0.
    const endAt = new Int32Array(tokenCount);
    for (const k of known) endAt[k.tokens[0]] = k.tokens[1];
    kept = persons.filter((p) => {
      const [from, to] = p.tokens;
      let inside = 0;
      for (let k = from; k < to; k++) if (endAt[k]! > 0 && endAt[k]! <= to) inside++;
      return inside < 2;
    });
  }
  return splitAtKnownSurname(ctx, kept, known);
}

/** The rules that find a name by the shape of its capitalised words alone, with nothing around them to say where it ends. */
const SHAPE_RULES = new Set(['capitalised-pair', 'title-name']);

/**
 * A shape-found run of two or three words whose first word is a case form of the surname of a
 * person named in full elsewhere in the document (Уоррен Баффет … сын Баффета Говард) is that person,
 * and the rest is the next one. (Not the other way round: a run ending in such a surname is as
 * often a relative, Сулима Ямадаева beside Иса Ямадаев.)
 */
function splitAtKnownSurname(ctx: NerContext, persons: Candidate[], dict: readonly Candidate[]): Candidate[] {
  const full = [...persons.filter((p) => !SHAPE_RULES.has(p.rule)), ...dict].filter((p) => lengthOf(p) >= 2);
  if (full.length === 0 || !persons.some((p) => SHAPE_RULES.has(p.rule) && lengthOf(p) >= 2)) return persons;
  const surnames = new Map<string, Candidate>();
  for (const p of full) {
    const last = ctx.words[p.tokens[1] - 1]!;
    if (last.shape !== 'title' || last.folded.length < 4) continue;
    for (const form of [last.folded, last.lemma, ...(last.analyses[0]?.known ? [] : declinedForms(last.folded))]) if (!surnames.has(form)) surnames.set(form, p);
  }
  // The full name a word is the surname of, when it stands elsewhere than that name's own last word.
  const ownerOf = (i: number): Candidate | undefined => {
    const w = ctx.words[i]!;
    const owner = surnameOwner(w, surnames);
    return owner && owner.tokens[1] - 1 !== i ? owner : undefined;
  };
  const out: Candidate[] = [];
  for (const p of persons) {
    const [from, to] = p.tokens;
    if (!SHAPE_RULES.has(p.rule) || to - from < 2 || to - from > 3) {
      out.push(p);
      continue;
    }
    const firstOwner = ownerOf(from);
    // («Фриске Жанна» of Жанна Фриске, «Биби Айша» of Айше Биби: the surname first, then that person's
    // own first name in any case, is one name.)
    if (firstOwner && adjacent(ctx, from, from + 1) && !sameWord(ctx.words[firstOwner.tokens[0]]!, ctx.words[from + 1]!)) {
      out.push(candidate(from, from + 1, 'PER', 'split-surname', PRIORITY.repeat));
      out.push(candidate(from + 1, to, 'PER', p.rule, p.priority));
      continue;
    }
    out.push(p);
  }
  return out;
}

function surnameOwner(w: WordInfo, surnames: ReadonlyMap<string, Candidate>): Candidate | undefined {
  if (w.shape !== 'title') return undefined;
  return surnames.get(w.folded) ?? surnames.get(w.lemma);
}

/** Two forms of one word: the same lemma or the same stem key (Айше, Айша). */
function sameWord(a: WordInfo, b: WordInfo): boolean {
  return a.lemma === b.lemma || (a.key !== '' && a.key === b.key);
}
