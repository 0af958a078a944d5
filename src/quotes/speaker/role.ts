import type { Cue } from '../../types.js';
import { entityAt, isPunct, perDocument, tokenAt, type QuoteContext } from '../context.js';
import { fold, stemKey } from '../../morph/index.js';
import { cueGender, genderAgrees } from './gender.js';
import { isBoundary } from './phrase.js';

/**
 * A role resolves to the person the document names with that role
 * (президент США Дональд Трамп), else the nearest fitting person: earlier in the same
 * paragraph, then in the next three sentences, then anywhere before. `at` is the role's
 * head word (вице-губернатор in «первый вице-губернатор края»).
 */
export function resolveTitle(ctx: QuoteContext, at: number, near: number, cue: Cue | null): string | null {
  const key = ctx.words[at]!.key;
  const gender = cueGender(cue);
  const fits = (m: number) => {
    const e = entityAt(ctx, m);
    return !!e && e.type === 'PER' && genderAgrees(ctx, e, gender);
  };
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (i === at || ctx.words[i]!.key !== key) continue;
    for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 9); k++) {
      const m = ctx.mentionAt[k]!;
      if (m !== -1 && ctx.mentions[m]!.type === 'PER' && fits(m)) return ctx.mentions[m]!.entity;
      // «Известный музыкант, пианист Евгений Кисин»: a chain of roles still names one person.
      if (isBoundary(ctx, k) && !(isPunct(ctx, k, ',') && ctx.titles.has(ctx.words[k + 1]?.key ?? ''))) break;
    }
  }
  // By proximity only a person the text gives a role somewhere (министр Лавров; Дмитриев,
  // генеральный директор …): «глава сельсовета» is not the victim named a sentence before.
  const titled = titledPeople(ctx);
  // «Пресс-секретарь Елисейского дворца»: a role in a named body is someone of its own, found by
  // proximity only if the text gave that person this very role («президент России» is still
  // the president the text named: a country is no such body).
  const next = ctx.words[at + 1];
  const nextMention = ctx.mentionAt[at + 1] ?? -1;
  const named = !!next && (next.shape === 'title' || next.shape === 'upper') && ctx.tokens[at + 1]!.kind === 'word' &&
    !(nextMention !== -1 && ctx.mentions[nextMention]!.type !== 'ORG');
  // «Вице-губернатор края», «помощник президента»: a deputy or staff role is not the principal
  // named before; it is only someone the text gave this very role, with the same principal.
  // An envoy (спецпредставитель президента) is not the one they speak for, but the text may
  // name them only after the role (Об этом сообщил спецпредставитель …; «…», — заявил Дмитриев).
  const domain = roleDomain(ctx, at);
  // «Глава Минздрава» is the «министр здравоохранения» the text named: the words of the body's
  // name after its head noun are the field the person's role was given in.
  const bodyField = HEADS.has(key) && nextMention !== -1 ? fieldWords(ctx, ctx.mentions[nextMention]!.entity) : null;
  const deputy = isDeputy(ctx, at);
  const envoy = ctx.tokens[at]!.kind === 'word' && ctx.envoyTitles.has(key);
  const principal = deputy || envoy ? principalAfter(ctx, at) : null;
  const fitsTitled = (m: number) => {
    const roles = titled.get(ctx.mentions[m]!.entity);
    if (!fits(m) || !roles) return false;
    if (deputy) return roles.has(key) && (principal === null || roles.has(principal));
    if (envoy && principal !== null && roles.has(principal) && !roles.has(key)) return false;
    if (domain) return [...roles].some((r) => domain.has(r));
    if (named && bodyField?.some((w) => roles.has(`of:${w}`))) return true;
    return roles.has(named ? key : '*');
  };
  const start = ctx.tokens[at]!.start;
  const paragraph = ctx.index.lineOf[at];
  let earlier: string | null = null;
  let earlierSameParagraph: string | null = null;
  for (let m = 0; m < ctx.mentions.length; m++) {
    const mention = ctx.mentions[m]!;
    if (mention.start >= start || !fitsTitled(m)) continue;
    earlier = mention.entity;
    if (ctx.index.lineOf[tokenAt(ctx, mention.start)] === paragraph) earlierSameParagraph = mention.entity;
  }
  if (earlierSameParagraph) return earlierSameParagraph;
  const sentence = ctx.index.sentenceOf[near]!;
  for (let m = 0; m < ctx.mentions.length; m++) {
    const mention = ctx.mentions[m]!;
    if (mention.start <= start || !fitsTitled(m)) continue;
    if (ctx.index.sentenceOf[tokenAt(ctx, mention.start)]! - sentence > 3) break;
    return mention.entity;
  }
  return earlier;
}

/**
 * «Глава региона», «руководитель компании»: a head of a kind of body stands for a person the
 * text gave a role of that kind (губернатор; генеральный директор), never for whoever has some
 * role nearby (the minister named a sentence before is not the head of the region). Each line:
 * the nouns of a kind, then the roles of its head.
 */
const ROLE_DOMAINS: ReadonlyArray<[string[], string[]]> = [
  [['регион', 'область', 'край', 'субъект'], ['губернатор', 'врио']],
  [['город', 'столица', 'мегаполис'], ['мэр', 'градоначальник', 'сити-менеджер']],
  [['район', 'муниципалитет', 'поселение', 'сельсовет', 'село', 'поселок'], []],
  [['ведомство', 'министерство', 'служба', 'агентство'], ['министр', 'руководитель', 'директор', 'начальник', 'председатель']],
  [['компания', 'корпорация', 'госкорпорация', 'банк', 'холдинг', 'концерн', 'фонд', 'предприятие', 'завод'],
    ['директор', 'гендиректор', 'президент', 'председатель', 'руководитель', 'основатель', 'владелец']],
  [['государство', 'страна'], ['президент', 'премьер-министр', 'премьер', 'канцлер', 'король', 'лидер']],
  [['правительство', 'кабмин', 'кабинет'], ['премьер-министр', 'премьер', 'председатель']],
];
const HEADS = new Set(['глава', 'руководитель', 'начальник', 'шеф'].map((w) => stemKey(fold(w))));
const DOMAIN_OF = new Map<string, Set<string>>();
for (const [nouns, roles] of ROLE_DOMAINS) {
  const keys = new Set(roles.map((r) => stemKey(fold(r))));
  for (const noun of nouns) DOMAIN_OF.set(noun, keys);
}

/** The roles a «head + generic body» phrase at `at` stands for (глава региона → губернатор), if it is one. */
function roleDomain(ctx: QuoteContext, at: number): ReadonlySet<string> | null {
  const next = ctx.words[at + 1];
  if (!HEADS.has(ctx.words[at]!.key) || !next || next.shape !== 'lower' || ctx.tokens[at + 1]!.kind !== 'word') return null;
  for (const a of ctx.analyse(next.folded)) {
    if (a.pos !== 'NOUN' || !a.grams.includes('gent')) continue;
    const domain = DOMAIN_OF.get(fold(a.lemma));
    if (domain) return domain;
  }
  return null;
}

/** The lower-case words of a body's name, as keys: Министерство здравоохранения России → здравоохранен. */
function fieldWords(ctx: QuoteContext, entityId: string): string[] | null {
  const entity = ctx.entities.get(entityId);
  if (!entity || entity.type !== 'ORG') return null;
  const words = entity.name.split(/\s+/).filter((w) => w.length > 3 && w === w.toLowerCase()).map((w) => stemKey(fold(w)));
  return words.length > 0 ? words : null;
}

/** A deputy or staff role (вице-губернатор, заместитель, помощник, пресс-секретарь). */
export function isDeputy(ctx: QuoteContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word' && ctx.deputyTitles.has(ctx.words[i]!.key);
}

/** The role a deputy serves, right after it: «заместитель министра» → министр's key. */
function principalAfter(ctx: QuoteContext, at: number): string | null {
  const next = ctx.words[at + 1];
  return next && ctx.tokens[at + 1]!.kind === 'word' && ctx.titles.has(next.key) ? next.key : null;
}

/** The role's head in a title phrase [from, to): its first role word (первый замглавы → замглавы). */
export function roleHead(ctx: QuoteContext, from: number, to: number): number {
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.kind === 'word' && ctx.titles.has(ctx.words[k]!.key)) return k;
  return from;
}

/**
 * People the text names with a role: «министр Лавров», «Дмитриев, генеральный директор …».
 * The role must stand in the name's own sentence: «Погибшую звали Кристина. По словам главы
 * сельсовета, …» gives Кристина no role.
 */
const titledPeople = perDocument((ctx) => {
  const titled = new Map<string, Set<string>>();
  ctx.mentions.forEach((mention) => {
    if (mention.type !== 'PER') return;
    const first = tokenAt(ctx, mention.start);
    const last = tokenAt(ctx, mention.end - 1);
    const sentence = ctx.index.sentenceOf[first];
    // The role keys near the name, and '*' for «has some role».
    const role = (k: number) => {
      if (ctx.index.sentenceOf[k] !== sentence || !ctx.titles.has(ctx.words[k]!.key)) return;
      if (!titled.has(mention.entity)) titled.set(mention.entity, new Set(['*']));
      const roles = titled.get(mention.entity)!;
      roles.add(ctx.words[k]!.key);
      // The field of the role, «of:» its lower-case words: министр здравоохранения → of:здравоохранен.
      for (let f = k + 1; f < Math.min(first, k + 4) && ctx.tokens[f]!.kind === 'word' && ctx.words[f]!.shape === 'lower'; f++) {
        roles.add(`of:${ctx.words[f]!.key}`);
      }
    };
    for (let k = Math.max(0, first - 4); k < first; k++) role(k);
    for (let k = last + 1; k < Math.min(ctx.tokens.length, last + 5); k++) role(k);
  });
  return titled;
});
