/**
 * Every stage is linear in the input: work per token must not grow with the length of a
 * sentence or a document. Work is counted, not timed, so the test cannot flake on a busy
 * machine: the tokens and the words the later stages read are wrapped in a proxy that counts
 * every indexed read. A step that searches back to a sentence's start for each cue, or compares
 * each quote or name with every earlier one, reads about five times as much per token when the
 * input is five times as long.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Stage } from '../src/annotator.js';

/** What is counted: indexed reads of tokens and words, property reads of quote drafts, and Set and Map look-ups (the steps of every search by key). */
type Counter = 'reads' | 'drafts' | 'lookups';
const counts: Record<Counter, number> = { reads: 0, drafts: 0, lookups: 0 };

function counted<T>(array: readonly T[]): readonly T[] {
  return new Proxy(array, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) counts.reads++;
      return Reflect.get(target, key, receiver);
    },
  });
}

vi.mock('../src/segment/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/segment/index.js')>();
  return {
    ...original,
    segmentDocument: (text: string) => {
      const doc = original.segmentDocument(text);
      return { ...doc, tokens: counted(doc.tokens) };
    },
  };
});

vi.mock('../src/morph/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/morph/index.js')>();
  return { ...original, analyseTokens: (...args: Parameters<typeof original.analyseTokens>) => counted(original.analyseTokens(...args)) };
});

// A candidate's tokens are read as the document's are: a search over earlier names (each
// surname alone against every mention of every person of that surname) shows.
vi.mock('../src/ner/recognise.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/ner/recognise.js')>();
  return { ...original, recognise: (...args: Parameters<typeof original.recognise>) => original.recognise(...args).map((c) => ({ ...c, tokens: counted(c.tokens) as unknown as typeof c.tokens })) };
});

// Each draft a pattern proposes counts the reads of its fields: comparing it with every kept quote shows.
vi.mock('../src/quotes/patterns/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/quotes/patterns/index.js')>();
  const draft = <T extends object>(d: T): T => new Proxy(d, { get: (target, key, receiver) => (counts.drafts++, Reflect.get(target, key, receiver)) });
  return {
    ...original,
    PATTERNS: original.PATTERNS.map((p) => ({ ...p, find: (ctx: Parameters<typeof p.find>[0]) => [...p.find(ctx)].map(draft) })),
  };
});

const { createStagedAnnotator } = await import('../src/annotator.js');
const annotator = createStagedAnnotator();

type Work = Record<string, number>;

/** Work per token of the text, by stage and counter. */
function workPerToken(text: string): Work {
  const work: Work = {};
  const has = { set: Set.prototype.has, map: Map.prototype.get };
  const doc = annotator.annotate(text, <T,>(stage: Stage, run: () => T): T => {
    counts.reads = counts.drafts = counts.lookups = 0;
    Set.prototype.has = function (this: Set<unknown>, value: unknown) { counts.lookups++; return has.set.call(this, value); };
    Map.prototype.get = function (this: Map<unknown, unknown>, key: unknown) { counts.lookups++; return has.map.call(this, key); };
    try {
      return run();
    } finally {
      Set.prototype.has = has.set;
      Map.prototype.get = has.map;
      for (const c of Object.keys(counts) as Counter[]) work[`${stage} ${c}`] = (work[`${stage} ${c}`] ?? 0) + counts[c];
    }
  });
  for (const key of Object.keys(work)) work[key]! /= doc.tokens.length;
  return work;
}

const FIRST = ['Иван', 'Мария', 'Пётр', 'Анна', 'Олег', 'Елена', 'Сергей', 'Ольга', 'Андрей', 'Татьяна', 'Николай', 'Ирина'];
const LAST = ['Петров', 'Сидоров', 'Кузнецов', 'Смирнов', 'Волков', 'Соколов', 'Морозов', 'Лебедев', 'Козлов', 'Новиков', 'Фёдоров', 'Орлов'];

/** A person named in full (a new one for each i), in the form of the given gender. */
function person(i: number): string {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  return i % 2 === 0 ? `${first} ${last}` : `${first} ${last}а`;
}

/** News of many people: full names, surnames alone, roles, pronouns, abbreviations, quotes. */
function news(i: number): string {
  const said = i % 2 === 0 ? 'сказал' : 'сказала';
  const surname = person(i).split(' ')[1]!;
  return `Директор фонда «Развитие-${i}» (ФР${i}) ${person(i)} заявил${i % 2 === 0 ? '' : 'а'}, что проект ФР${i} будет готов к весне. ` +
    `«Мы закончим работу в срок», — ${said} ${surname}. По словам министра, ФР${i} получит деньги. ` +
    `Пресс-служба министерства сообщила, что решение принято.\n\n`;
}

/** A noun of its own for each i (охранабвник, охранабгник …): the morphology guesses them as nouns for people. */
const coined = (i: number) => `охран${[...i.toString(8)].map((d) => 'абвгдежз'[Number(d)]).join('')}ник`;
const repeat = (unit: (i: number) => string, times: number) => Array.from({ length: times }, (_, i) => unit(i)).join('');

// Each input at two lengths, the second five times the first: token reads per token may grow by
// a little (indexes, a logarithm), never with the length.
const CASES: [string, (times: number) => string, number][] = [
  ['one sentence of «Он сказал: «да.»', (n) => 'Он сказал: «да. '.repeat(n), 400],
  ['one sentence of «Путин сказал: «»', (n) => '«Путин сказал: «»'.repeat(n), 300],
  ['news on one line', (n) => repeat((i) => news(i).replace(/\n/g, ' '), n), 20],
  ['a document of many people, roles and abbreviations', (n) => repeat(news, n), 20],
  ['capitalised words with no sentence end', (n) => 'Москва Путин Альфа Сбербанк Иванов Нью-Йорк ООН Reuters Петровна Дмитриев '.repeat(n), 150],
  ['unbalanced quotation marks', (n) => '«Слово «слово, '.repeat(n), 500],
  ['dashes', (n) => '— '.repeat(n), 2000],
  ['titled people, each before a role none of them holds', (n) => 'Врач Иван Петров приехал в город. Судья сказал: «Мы готовы». '.repeat(n), 40],
  ['two people of one surname, each named often in full and by the surname alone', (n) => repeat((i) => `${i % 3 === 1 ? 'Сергей' : 'Иван'} Орлов приехал в город. Вечером Орлов выступил. `, n), 40],
  // A vocabulary that grows with the text: each new noun a pronoun's sentence holds is asked for once.
  ['pronouns among ever new nouns', (n) => repeat((i) => `Он сказал, что ${coined(i)} пришёл. `, n), 60],
  ['people, then pronouns, in one sentence', (n) => 'Иван Петров и Мария Петрова '.repeat(n) + 'и он и она '.repeat(n), 200],
];

describe('work per token does not grow with the input', () => {
  it.each(CASES)('%s', (_name, make, times) => {
    const short = workPerToken(make(times));
    const long = workPerToken(make(times * 5));
    // Each stage's each count, per token (a count under one per hundred tokens is noise of no weight).
    const grown = Object.keys(long).filter((key) => long[key]! > 0.01 && long[key]! / Math.max(short[key]!, 0.01) >= 1.6);
    expect(grown.map((key) => `${key}: ${short[key]!.toFixed(2)} → ${long[key]!.toFixed(2)} per token`)).toEqual([]);
    expect(short['quotes reads']).toBeGreaterThan(0);
  });
});
