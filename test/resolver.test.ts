import { describe, expect, it } from 'vitest';
import lexiconData from '../src/generated/lexicon.json' with { type: 'json' };
import { prepareLexicon } from '../src/lexicon.js';
import { createMorphology } from '../src/morph/az.js';
import { analyseTokens } from '../src/morph/index.js';
import { recognise } from '../src/ner/recognise.js';
import { createResolver, resolveEntities, type Resolver } from '../src/resolve/index.js';
import { segmentDocument } from '../src/segment/index.js';
import type { CompiledLexicon, Cue } from '../src/types.js';

const morphology = createMorphology();
const lexicon = prepareLexicon(lexiconData as unknown as CompiledLexicon, [], morphology);

/** The resolver of one text, as the pipeline builds it after resolve. */
function resolverOf(text: string): Resolver {
  const segmented = segmentDocument(text);
  const analysed = { ...segmented, words: analyseTokens(segmented.tokens, morphology) };
  const candidates = recognise(analysed, lexicon.ner);
  return createResolver({ ...analysed, ...resolveEntities(analysed, candidates, lexicon.resolve) }, lexicon.resolve);
}

/** The index of the n-th token (0-based) written `word`. */
function tokenOf(resolver: Resolver, word: string, n = 0): number {
  const found = resolver.document.tokens.flatMap((t, i) => (t.text === word ? [i] : []));
  expect(found.length).toBeGreaterThan(n);
  return found[n]!;
}

const nameOf = (resolver: Resolver, id: string | null) => (id === null ? null : resolver.entities.get(id)!.name);
const said = (gender: 'm' | 'f'): Cue => ({ form: gender === 'm' ? 'сказал' : 'сказала', lemma: 'сказать', kind: 'verb', gender, number: 'sg' });

describe('the resolver answers for pronouns by the rule of their role', () => {
  const text = 'Новый закон подписал Владимир Путин. Он вступит в силу в январе.';

  it('as a speaker, a pronoun is the last person of its gender', () => {
    const r = resolverOf(text);
    expect(nameOf(r, r.pronoun(tokenOf(r, 'Он'), 'speaker', said('m')).entity)).toBe('Владимир Путин');
  });

  it('as a reference, the same pronoun is blocked by the noun the sentence before is about', () => {
    const r = resolverOf(text);
    expect(r.pronoun(tokenOf(r, 'Он'), 'reference').entity).toBeNull();
  });

  it('a speaking pronoun continues an unnamed subject of the sentence before', () => {
    const r = resolverOf('На месте задержали местного жителя. Его допросили. Житель села рассказал следователям о драке. Он сказал, что защищался.');
    const answer = r.pronoun(tokenOf(r, 'Он'), 'speaker', said('m'));
    expect(answer.entity).toBeNull();
    const [from, to] = answer.antecedent!;
    expect(r.document.tokens.slice(from, to).map((t) => t.text).join(' ')).toBe('Житель');
  });

  it('«они» as a speaker is the organisation just named', () => {
    const r = resolverOf('«Газпром» повысил цены на газ для Европы. Они объяснили это ростом спроса.');
    expect(nameOf(r, r.pronoun(tokenOf(r, 'Они'), 'speaker', null).entity)).toBe('Газпром');
  });
});

describe('the resolver answers for roles and descriptors', () => {
  it('a role is the person the text names with it', () => {
    const r = resolverOf('Губернатор Петербурга Александр Беглов открыл новый мост. Мэр Москвы Сергей Собянин прислал поздравление. «Мы ждали этого десять лет», — сказал губернатор.');
    const role = tokenOf(r, 'губернатор');
    expect(nameOf(r, r.role(role, role + 1, role - 1, said('m')))).toBe('Александр Беглов');
  });

  it('a deputy is not the principal named before', () => {
    const r = resolverOf('Губернатор Петербурга Александр Беглов открыл новый мост. «Работы завершены досрочно», — сказал вице-губернатор.');
    const role = tokenOf(r, 'вице-губернатор');
    expect(r.role(role, role + 1, role - 1, said('m'))).toBeNull();
  });

  it('kin is only the person the text named with that very word, not someone with another role', () => {
    const r = resolverOf('Умер художник Иван Петров. На снимке рядом с ним медсестра Анна Смирнова. «Он болел давно», — сказала дочь.');
    const role = tokenOf(r, 'дочь');
    expect(r.role(role, role + 1, role - 1, said('f'))).toBeNull();
    const named = resolverOf('На вручении были актёр Иван Петров и его дочь Анна Петрова. «Мы счастливы», — сказала дочь.');
    const again = tokenOf(named, 'дочь', 1);
    expect(nameOf(named, named.role(again, again + 1, again - 1, said('f')))).toBe('Анна Петрова');
  });

  it('«глава военного ведомства» is the minister the text named, past the body noun\'s adjectives', () => {
    const r = resolverOf('Министр обороны Сергей Шойгу посетил завод. «Заказ выполнен», — отметил глава военного ведомства.');
    const role = tokenOf(r, 'глава');
    expect(nameOf(r, r.role(role, role + 3, role - 1, said('m')))).toBe('Сергей Шойгу');
  });

  it('«в ведомстве» is the one body of that kind just named; «там», the one organisation', () => {
    const r = resolverOf('Министерство финансов разместило облигации на 20 млрд рублей. В ведомстве уточнили, что спрос был высоким.');
    const noun = tokenOf(r, 'ведомстве');
    expect(nameOf(r, r.descriptor(noun, noun + 1))).toBe('Министерство финансов России');
    const there = resolverOf('Росавиация закрыла аэропорт Сочи. Там уточнили, что ограничения продлятся до утра.');
    expect(nameOf(there, there.there(tokenOf(there, 'Там')))).toBe('Росавиация');
  });

  it('a generic noun with two fitting bodies just named stands for neither', () => {
    const r = resolverOf('Министерство финансов и Министерство экономического развития разошлись в оценках. В ведомстве уточнили, что спор продолжится.');
    const bodies = [...r.entities.values()].filter((e) => e.type === 'ORG').map((e) => e.name);
    expect(bodies).toHaveLength(2);
    const noun = tokenOf(r, 'ведомстве');
    expect(r.descriptor(noun, noun + 1)).toBeNull();
  });
});

describe('the person named right after a noun for one', () => {
  it('skips a caseless name that is the complement’s own (музея Золя) and takes the holder after it', () => {
    const r = resolverOf('Писатель Эмиль Золя жил в Медане. Смотритель музея Золя в Медане Олег Сидоров сказал, что дом откроют весной.');
    const at = tokenOf(r, 'Смотритель');
    expect(nameOf(r, r.holderNamedAfter(at, at + 2, said('m')))).toBe('Олег Сидоров');
  });
});

describe('a surname alone, of two people who share it', () => {
  it('is, each of many times, the one named in full last before it', () => {
    // Brothers, both men: the first names tell no gender apart, so the nearest full name decides.
    const part = (i: number) => `${i % 3 === 1 ? 'Сергей' : 'Иван'} Орлов приехал в город ${i}. Вечером Орлов выступил перед жителями. `;
    const text = Array.from({ length: 30 }, (_, i) => part(i)).join('');
    const segmented = segmentDocument(text);
    const analysed = { ...segmented, words: analyseTokens(segmented.tokens, morphology) };
    const { entities } = resolveEntities(analysed, recognise(analysed, lexicon.ner), lexicon.resolve);
    const people = entities.filter((e) => e.type === 'PER');
    expect(people.map((e) => e.name).sort()).toEqual(['Иван Орлов', 'Сергей Орлов']);
    const at = (full: boolean) => people.flatMap((e) => e.mentions.filter((m) => (m.tokens[1] - m.tokens[0] > 1) === full).map((m) => ({ at: m.tokens[0], name: e.name })));
    const fulls = at(true).sort((a, b) => a.at - b.at);
    const shorts = at(false);
    expect(shorts).toHaveLength(30);
    expect(shorts.filter((s) => s.name === 'Сергей Орлов')).toHaveLength(10);
    for (const s of shorts) expect(s.name).toBe(fulls.filter((f) => f.at < s.at).at(-1)!.name);
  });
});
