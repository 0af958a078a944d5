import { countBefore } from '../../resolve/context.js';
import { speakerPronounGender } from '../../resolve/index.js';
import type { QuoteContext } from '../context.js';
import type { Draft } from '../patterns/types.js';

/**
 * Тренер Иван Петров сказал: «Сергей Козлов был отличным спортсменом». Он добавил, что …: a
 * speaking pronoun or bare role right after a report goes on with that report's speaker, not
 * with a person the report only talked about. The resolver reads the text around a pronoun, not
 * the quotes found in it; here the person it chose is checked against the quote just before:
 * if that person was last named inside that quote's content, and its speaker is another person
 * of the same gender, the pronoun stands for that speaker; if that speaker is one unnamed person,
 * the pronoun continues that phrase. A pronoun the resolver gave an unnamed phrase of that quote
 * (its speaker's own words, or its content) stands for its named speaker. A role or pronoun the
 * resolver gave a person its own report names first is left unlinked. Drafts in text order; one pass.
 */
export function withContinuingSpeakers(ctx: QuoteContext, drafts: Draft[]): Draft[] {
  let last: Draft | null = null;
  return drafts.map((draft) => {
    let result = draft;
    const speaker = draft.speaker;
    if (speaker && last && (speaker.kind === 'pronoun' || speaker.kind === 'title') && speaker.entity && !speaker.group) {
      const previous = last.speaker!.entity;
      if (previous && previous !== speaker.entity && follows(ctx, last, draft) && sameGender(ctx, previous, speaker.entity) && (talkedAbout(ctx, speaker.entity, last, draft) || roleSpokeSince(ctx, speaker, last, draft))) {
        result = { ...draft, speaker: { ...speaker, entity: previous } };
      } else if (!previous && speaker.kind === 'pronoun' && unnamedSpeaker(ctx, last, speaker.entity) && follows(ctx, last, draft) && namedBefore(ctx, speaker.entity, last, draft)) {
        // «Это подтвердил один из участников встречи. «…», — сказал он»: the unnamed source speaks on, not the person named before it.
        result = { ...draft, speaker: { ...speaker, entity: null, antecedent: [last.speaker!.from, last.speaker!.to] } };
      }
    }
    // «Об этом пишет газета «Коммерсант». По её данным, …»: a pronoun continuing an unnamed phrase that is
    // part of the quote's speaker just before, where that speaker is named, stands for the named one.
    const continued = result.speaker;
    if (continued?.antecedent && last?.speaker?.entity && follows(ctx, last, result) && (overlaps(ctx, continued.antecedent, last.speaker) || insideContent(continued.antecedent, last, ctx, continued.from))) {
      const { antecedent: _, ...named } = continued;
      result = { ...result, speaker: { ...named, entity: last.speaker.entity } };
    }
    // «Корреспондент телеканала сообщает, что пострадали родственники Валерия Чибинеева»: a role or pronoun is
    // not the person its own report first names (who is talked about does not speak).
    const own = result.speaker;
    if (own && (own.kind === 'pronoun' || own.kind === 'title') && own.entity && !lastMentionBefore(ctx, own.entity, result) && firstNamedInside(ctx, own.entity, result)) {
      result = { ...result, speaker: { ...own, entity: null } };
    }
    if (result.speaker) last = result;
    return result;
  });
}

/** Where a quote's words and its speaker begin and end: [first token, last token]. */
function extent(draft: Draft): [number, number] {
  const speaker = draft.speaker!;
  return [Math.min(draft.content[0], speaker.from), Math.max(draft.content[1], speaker.to) - 1];
}

/**
 * Sentences from the end of the earlier quote to the start of the later: one, and one more for a
 * quotation that runs on past the clause a pattern took as content (заявил, что …: «П1. П2». Он добавил …).
 */
const FOLLOW_SENTENCES = 2;

/** The later quote starts after the earlier one ends, within FOLLOW_SENTENCES. */
function follows(ctx: QuoteContext, earlier: Draft, later: Draft): boolean {
  const [, end] = extent(earlier);
  const [start] = extent(later);
  if (end >= start) return false;
  return ctx.index.sentenceOf[start]! - ctx.index.sentenceOf[end]! <= FOLLOW_SENTENCES;
}

/** Both people are persons and their names show no different genders. */
function sameGender(ctx: QuoteContext, a: string, b: string): boolean {
  if (ctx.entities.get(a)?.type !== 'PER' || ctx.entities.get(b)?.type !== 'PER') return false;
  const ga = ctx.resolver.genderOf(a);
  const gb = ctx.resolver.genderOf(b);
  return ga === null || gb === null || ga === gb;
}

/**
 * The person's last mention before the later quote's speaker (outside its own content) lies in
 * the earlier quote's sentences, but is not its speaker: in what it reported, or a complement
 * of its cue (после известия о смерти Дадашева заявил).
 */
function talkedAbout(ctx: QuoteContext, entity: string, earlier: Draft, later: Draft): boolean {
  const lastMention = lastMentionBefore(ctx, entity, later);
  if (!lastMention) return false;
  const [from, to] = extent(earlier);
  const start = ctx.sentences[ctx.index.sentenceOf[from]!]!.tokens[0];
  const speaker = earlier.speaker!;
  return lastMention[0] >= start && lastMention[1] <= to + 1 && !(lastMention[0] >= speaker.from && lastMention[1] <= speaker.to);
}

/**
 * «Глава церкви обратился к молящимся: «…». Он напомнил, …»: the resolver reads names, not roles, so a
 * pronoun may skip a role that named its speaker since; a person of the pronoun's choice last named
 * before that role, the role's holder is the nearer one and speaks on.
 */
function roleSpokeSince(ctx: QuoteContext, speaker: NonNullable<Draft['speaker']>, earlier: Draft, later: Draft): boolean {
  return speaker.kind === 'pronoun' && earlier.speaker!.kind === 'title' && namedBefore(ctx, speaker.entity!, earlier, later);
}

/** The person was last named (outside the later quote's content) before the earlier quote's speaker phrase. */
function namedBefore(ctx: QuoteContext, entity: string, earlier: Draft, later: Draft): boolean {
  const lastMention = lastMentionBefore(ctx, entity, later);
  return !!lastMention && lastMention[1] <= earlier.speaker!.from;
}

/** The tokens of the person's last mention before the later quote's speaker, outside that quote's content. */
function lastMentionBefore(ctx: QuoteContext, entity: string, later: Draft): [number, number] | null {
  const at = later.speaker!.from;
  const mentions = ctx.entities.get(entity)?.mentions ?? [];
  // The mentions are in text order: the last ones before the speaker, by binary search, back past any inside the later content.
  let j = countBefore(mentions.length, (k) => mentions[k]!.tokens[0] < at) - 1;
  while (j >= 0 && mentions[j]!.tokens[0] >= later.content[0] && mentions[j]!.tokens[0] < later.content[1]) j--;
  return j >= 0 ? mentions[j]!.tokens : null;
}

/**
 * The earlier quote's speaker is one unnamed person (один из участников встречи, его отец) of
 * the gender of the person the pronoun was given: its head, the first animate singular noun or
 * pronoun of the phrase, shows that gender.
 */
function unnamedSpeaker(ctx: QuoteContext, earlier: Draft, entity: string): boolean {
  const speaker = earlier.speaker!;
  if (speaker.entity || speaker.group || speaker.antecedent || (speaker.kind !== 'source' && speaker.kind !== 'title')) return false;
  const gender = ctx.resolver.genderOf(entity);
  if (!gender) return false;
  const grammeme = gender === 'm' ? 'masc' : 'femn';
  for (let k = speaker.from; k < speaker.to; k++) {
    if (ctx.tokens[k]!.kind !== 'word') continue;
    const readings = ctx.analyseWord(ctx.words[k]!).filter((a) => a.grams.includes('nomn') && (a.pos === 'NOUN' || a.pos === 'NPRO' || a.pos === 'NUMR' || a.pos === 'ADJF'));
    if (readings.length === 0) continue;
    return readings.some((a) => a.grams.includes('sing') && a.grams.includes(grammeme));
  }
  return false;
}

/** The person's first mention after the quote's speaker lies inside its content. */
function firstNamedInside(ctx: QuoteContext, entity: string, draft: Draft): boolean {
  const mentions = ctx.entities.get(entity)?.mentions ?? [];
  const next = mentions[countBefore(mentions.length, (k) => mentions[k]!.tokens[0] < draft.speaker!.to)];
  return !!next && next.tokens[0] >= draft.content[0] && next.tokens[1] <= draft.content[1];
}

/** The range [from, to) shares a token with the speaker's phrase or ends right before it, a quotation mark at most between (газета «Коммерсант»). */
function overlaps(ctx: QuoteContext, [from, to]: [number, number], speaker: { from: number; to: number }): boolean {
  let end = to;
  while (end < speaker.from && ctx.tokens[end]!.kind === 'quote') end++;
  return from < speaker.to && speaker.from <= end;
}

/**
 * «…, пишет газета «Ведомости», что кандидата на пост главы фонда нет. По её данным, …»: an unnamed
 * phrase inside the quote just before is what that report talked about; its speaker, of the
 * pronoun's gender if a person, speaks on.
 */
function insideContent([from, to]: [number, number], earlier: Draft, ctx: QuoteContext, pronoun: number): boolean {
  if (from < earlier.content[0] || to > earlier.content[1]) return false;
  const entity = earlier.speaker!.entity!;
  if (ctx.entities.get(entity)?.type !== 'PER') return true;
  // A plural pronoun (по их данным) names no person.
  const gender = speakerPronounGender(ctx.words[pronoun]!.folded);
  const own = ctx.resolver.genderOf(entity);
  return (gender === 'm' || gender === 'f') && (own === null || own === gender);
}
