import { agreesWithCue, nounPhrases, pickBest, type NounPhrase } from '../../clauses/noun-phrases.js';
import { wordList, wordMap, wordSet } from '../../dict/words.js';
import { fold } from '../../morph/key.js';
import type { Cue } from '../../types.js';
import { COORDINATING_AND, NOMINATIVE_PRONOUNS, PREPOSITIONS } from '../../clauses/words.js';
import { isSpeakerPronoun, namesakeOfGender } from '../../resolve/index.js';
import { isPunct, isWordOf, mentionEnd, sentenceRange, type QuoteContext } from '../context.js';
import { cueGender } from '../cues.js';
import type { Speaker } from './types.js';

/**
 * What the chosen phrase stands for: a mention as is, a pronoun or a bare role as the resolver
 * resolves it, a text (в заявлении Ватикана) as its author.
 */
export function settle(ctx: QuoteContext, f: NounPhrase | undefined, near: number, cue: Cue | null): Speaker | null {
  if (!f) return null;
  if (f.kind === 'mention') return withPlace(ctx, f) ?? { from: f.from, to: f.to, kind: 'mention', entity: f.mention!.entity };
  if (f.kind === 'pronoun') {
    const { entity, antecedent, group } = ctx.resolver.pronoun(f.from, 'speaker', cue);
    return antecedent ? { from: f.from, to: f.to, kind: 'pronoun', entity: null, antecedent } : { from: f.from, to: f.to, kind: 'pronoun', entity, ...(group && { group }) };
  }
  // «Иван Петров и Анна Смирнова … Женщины заявили»: a plural noun for people stands for the pair just named.
  if ((f.kind === 'title' || f.kind === 'source') && namesPeople(ctx, f)) {
    const group = ctx.resolver.pairBefore(f.from);
    if (group) return { from: f.from, to: f.to, kind: f.kind, entity: null, group };
  }
  if (f.kind === 'title') {
    // «Судьи опасались»: a group of people is no one person.
    // «Глава администрации и представители церкви утверждали»: a singular role joined by «и» to another phrase is one person, the verb plural for both.
    if (isPlural(ctx, f.from, cue) && !singularJoined(ctx, f)) return { from: f.from, to: f.to, kind: 'title', entity: null };
    const entity = ctx.resolver.role(f.from, f.to, near, cue);
    // No one to stand for: an unnamed source again (its name takes the complement given before).
    const unnamed = !entity && ctx.sourceNouns.has(ctx.words[f.from]!.key);
    return { from: f.from, to: f.to, kind: unnamed ? 'source' : 'title', entity };
  }
  // «Как сообщает куратор музея По в Балтиморе Джефф Джером»: the name after the noun's complement is who it describes.
  const holder = f.kind === 'source' && cue?.number !== 'pl' ? ctx.resolver.holderNamedAfter(f.from, f.to, cue) : null;
  if (holder) return { from: f.from, to: f.to, kind: 'title', entity: holder };
  // «Женщина заявила», «по словам девушки»: a noun for a person of one sex, said bare, stands for the one just named.
  const sexed = f.kind === 'source' ? withSexedPerson(ctx, { from: f.from, to: f.to, kind: 'source', entity: null }, cue) : null;
  if (sexed?.entity) return sexed;
  // «— рассказал биограф» after «биограф инженера Фредерик Олесси»: a bare singular noun for a
  // person is the one the text named right after that noun, if it did (not a source noun: источник is anyone).
  const described = f.kind === 'source' && f.to === f.from + 1 && cue?.number !== 'pl' && !ctx.sourceNouns.has(ctx.words[f.from]!.key) && singularNoun(ctx, f.from) ? ctx.resolver.namedWith(f.from) : null;
  if (described) return { from: f.from, to: f.to, kind: 'title', entity: described };
  // «в заявлении Ватикана», «в сообщении Букингемского дворца»: a text's author is the speaker.
  // «официальное заявление пресс-службы»: the text's noun after its adjectives.
  let head = f.from;
  while (head + 1 < f.to && ctx.tokens[head]!.kind === 'word' && ctx.analyseWord(ctx.words[head]!)[0]?.pos === 'ADJF') head++;
  if (ctx.documentNouns.has(ctx.words[head]!.key)) {
    const owner = ownerOfText(ctx, f.from, head, cue);
    if (owner) return owner;
    for (let k = head + 1; k < f.to; k++) {
      const m = ctx.mentionAt[k]!;
      if (m === -1) continue;
      // «в сообщении пресс-службы мэрии Казани»: a place after the author's own noun says where the author is.
      if (ctx.mentions[m]!.type === 'LOC' && k > head + 1) break;
      return { from: k, to: mentionEnd(ctx, k, f.to), kind: 'mention', entity: ctx.mentions[m]!.entity };
    }
    const author = authorOfObject(ctx, f.from);
    if (author) return author;
    if (f.to > head + 1) return { from: head + 1, to: f.to, kind: 'source', entity: null, governed: true };
    // «В петиции говорится»: the text itself, named after its preposition, is named in the nominative.
    if (f.from > 0 && isWordOf(ctx, f.from - 1, PREPOSITIONS)) return { from: f.from, to: f.to, kind: 'source', entity: null, governed: true };
  }
  return { from: f.from, to: f.to, kind: 'source', entity: null };
}

/**
 * «говорится в его заявлении», «в их обращении сказано»: a possessive before a text's noun names
 * its author, who speaks; the pronoun is resolved as a speaking one. Null when it stands for no
 * one the text lets us tell: the text itself then stays the speaker.
 */
function ownerOfText(ctx: QuoteContext, from: number, head: number, cue: Cue | null): Speaker | null {
  const possessive = (i: number) => ctx.tokens[i]!.kind === 'word' && isSpeakerPronoun(ctx.words[i]!.folded) && !NOMINATIVE_PRONOUNS.has(ctx.words[i]!.folded);
  let k = head - 1;
  while (k >= from - 1 && k >= 0 && ctx.tokens[k]!.kind === 'word' && !possessive(k) && ctx.analyseWord(ctx.words[k]!)[0]?.pos === 'ADJF') k--;
  if (k < 0 || !possessive(k)) return null;
  const { entity, antecedent, group } = ctx.resolver.pronoun(k, 'speaker', cue);
  // A text is no author (Министерство опубликовало отчёт. В его докладе …).
  if (antecedent && ctx.documentNouns.has(ctx.words[antecedent[1] - 1]!.key)) return null;
  if (antecedent) return { from: k, to: k + 1, kind: 'pronoun', entity: null, antecedent };
  if (group) return { from: k, to: k + 1, kind: 'pronoun', entity: null, group };
  return entity ? { from: k, to: k + 1, kind: 'pronoun', entity } : null;
}

/** Verbs whose subject makes the text they govern (опубликовать, распространить), by lemma. */
const AUTHORING_VERBS = wordSet('authoring-verbs');

/**
 * «Виктория Нуланд распространила заявление, в котором …»: a text that is the object of the verb
 * right before it was written by that verb's subject, a name agreeing with the verb in its clause.
 */
function authorOfObject(ctx: QuoteContext, from: number): Speaker | null {
  // «распространил вчера сообщение»: an adverb may stand between the verb and its object.
  let verb = from - 1;
  while (verb > 0 && verb >= from - 1 - ADVERBS_BETWEEN && ctx.tokens[verb]!.kind === 'word' && ctx.mentionAt[verb] === -1 && ctx.analyseWord(ctx.words[verb]!)[0]?.pos === 'ADVB') verb--;
  if (verb < 0 || ctx.tokens[verb]!.kind !== 'word' || ctx.mentionAt[verb] !== -1) return null;
  const reading = ctx.analyseWord(ctx.words[verb]!)[0];
  if (reading?.pos !== 'VERB' || !AUTHORING_VERBS.has(fold(reading.lemma))) return null;
  const [sentenceStart] = sentenceRange(ctx, verb);
  let start = verb;
  while (start > sentenceStart && !isPunct(ctx, start - 1, ',;:—–(')) start--;
  const agreement: Cue = { form: ctx.words[verb]!.folded, lemma: reading.lemma, kind: 'verb', gender: cueGender(reading.grams), number: reading.grams.includes('plur') ? 'pl' : 'sg' };
  const subjects = nounPhrases(ctx, start, verb, true).filter((p) => p.kind === 'mention' && p.mention!.type !== 'LOC' && agreesWithCue(p, agreement, ctx.resolver.genderOf));
  // «Комитет защиты Леонарда Пелтиера, активиста …, распространил»: an apposition set off by commas
  // leaves the subject the name opening the sentence.
  const opening = subjects.length > 0 || start === sentenceStart ? [] : nounPhrases(ctx, sentenceStart, start, true).filter((p) => p.from === firstWordFrom(ctx, sentenceStart) && p.kind === 'mention' && p.mention!.type !== 'LOC' && agreesWithCue(p, agreement, ctx.resolver.genderOf));
  const subject = pickBest(subjects) ?? opening[0];
  return subject ? settle(ctx, subject, verb, agreement) : null;
}

/** Adverbs that may stand between an authoring verb and the text it governs. */
const ADVERBS_BETWEEN = 2;

function firstWordFrom(ctx: QuoteContext, from: number): number {
  let k = from;
  while (k < ctx.tokens.length && ctx.tokens[k]!.kind !== 'word') k++;
  return k;
}

/** The phrase's head is a plural noun for people: a role or source word (супруги, женщины), or any animate noun (девятиклассники). */
function namesPeople(ctx: QuoteContext, f: NounPhrase): boolean {
  if (f.head) return f.head.number === 'plur';
  for (let k = f.from; k < f.to; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || (!ctx.sourceNouns.has(ctx.words[k]!.key) && !ctx.titles.has(ctx.words[k]!.key))) continue;
    return ctx.analyseWord(ctx.words[k]!).some((a) => a.pos === 'NOUN' && a.grams.includes('anim') && a.grams.includes('plur') && a.grams.includes('nomn'));
  }
  return false;
}

/** A singular role word joined by «и» to what follows it: the plural verb is for both, the role one person. */
function singularJoined(ctx: QuoteContext, f: NounPhrase): boolean {
  const first = ctx.analyseWord(ctx.words[f.from]!)[0];
  return !!first && first.grams.includes('sing') && isWordOf(ctx, f.to, COORDINATING_AND);
}

/** A plural verb or a plural role word: a group, not one person. */
function isPlural(ctx: QuoteContext, i: number, cue: Cue | null): boolean {
  if (cue?.number === 'pl') return true;
  const analyses = ctx.analyseWord(ctx.words[i]!);
  // «по мнению директора института Евгения Минченко»: a form that is also a singular noun
  // (директора, учителя) is read as one where the cue shows no number; a plural verb said so above.
  return analyses.length > 0 && analyses[0]!.grams.includes('plur') && !analyses.some((a) => a.pos === 'NOUN' && a.grams.includes('sing'));
}

/**
 * «Бут рассказала» after «Виктор Бут … Алла Бут»: a one-word surname merged with a person whose
 * gender the verb contradicts stands for the namesake of the verb's gender; other phrases as they are.
 */
export function withNamesake(ctx: QuoteContext, f: NounPhrase, cue: Cue | null): NounPhrase {
  if (f.kind !== 'mention' || f.mention!.type !== 'PER' || f.to - f.from !== 1 || (cue?.gender !== 'm' && cue?.gender !== 'f')) return f;
  const namesake = namesakeOfGender(ctx.entities, ctx.resolver.genderOf, f.mention!.entity, cue.gender);
  return namesake ? { ...f, mention: { ...f.mention!, entity: namesake } } : f;
}

/**
 * «министерство юстиции США»: a body described by common nouns, with the country it belongs to
 * right after it, is named with that place; the description alone is no name of its own.
 */
function withPlace(ctx: QuoteContext, f: NounPhrase): Speaker | null {
  if (f.mention!.type !== 'ORG' || ctx.tokens[f.from]!.kind !== 'word' || ctx.words[f.from]!.shape !== 'lower') return null;
  const m = ctx.mentionAt[f.to] ?? -1;
  if (m === -1 || ctx.mentions[m]!.type !== 'LOC') return null;
  return { from: f.from, to: mentionEnd(ctx, f.to), kind: 'source', entity: null };
}

/** Endings of age adjectives (27-летняя, пожилой is none): an age describes a newcomer. */
const AGE_ENDINGS = wordList('age-adjective-endings');

/** Nouns for a person by sex and age (женщина, мужчина), by folded lemma → the gender they show. */
const SEX_NOUNS = wordMap('person-sex-nouns');

/** An unnamed speaker that is a bare noun for a person of one sex (Женщина заявила, по словам девушки) as the one of that sex just named, if one. */
export function withSexedPerson(ctx: QuoteContext, speaker: Speaker, cue: Cue | null): Speaker {
  if (speaker.kind !== 'source' || speaker.entity || speaker.group) return speaker;
  const sex = sexOfBareNoun(ctx, speaker, cue);
  const entity = sex ? ctx.resolver.personOfGender(speaker.to - 1, sex) : null;
  return entity ? { from: speaker.from, to: speaker.to, kind: 'title', entity } : speaker;
}

/**
 * The gender of a phrase that is a singular noun for a person of one sex with at most adjectives
 * before it (Сама женщина, пожилой мужчина), nothing after; null for any other phrase or a plural verb.
 */
function sexOfBareNoun(ctx: QuoteContext, f: { from: number; to: number }, cue: Cue | null): 'm' | 'f' | null {
  if (cue?.number === 'pl') return null;
  const head = f.to - 1;
  if (ctx.tokens[head]!.kind !== 'word') return null;
  for (let k = f.from; k < head; k++) {
    if (ctx.tokens[k]!.kind !== 'word' || ctx.analyseWord(ctx.words[k]!)[0]?.pos !== 'ADJF') return null;
    // «27-летняя женщина заявила»: an age introduces someone new, not the person just named.
    if (AGE_ENDINGS.some((e) => ctx.words[k]!.folded.endsWith(e))) return null;
  }
  for (const a of ctx.analyseWord(ctx.words[head]!)) {
    const sex = a.pos === 'NOUN' && a.grams.includes('sing') ? SEX_NOUNS.get(fold(a.lemma)) : undefined;
    if (sex === 'm' || sex === 'f') return sex;
  }
  return null;
}

/** The word's best reading is a singular noun for a living being (биограф, not совет). */
function singularNoun(ctx: QuoteContext, i: number): boolean {
  const best = ctx.tokens[i]!.kind === 'word' ? ctx.analyseWord(ctx.words[i]!)[0] : undefined;
  return best?.pos === 'NOUN' && best.grams.includes('sing') && best.grams.includes('anim');
}
