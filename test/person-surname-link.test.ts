/**
 * A surname alone joins the full name it repeats, whatever the morphology makes of the nominative
 * (Русаков read as the genitive plural of «русак»). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

describe('a surname alone in another case joins the full name', () => {
  it('Пётр Русаков … Русакова: one person, one id', () => {
    const persons = annotate('Бизнесмен Пётр Русаков открыл завод в Туле. Планы Русакова одобрили в мэрии.', { quotes: false }).entities.filter((e) => e.type === 'PER');
    expect(persons.map((e) => [e.id, e.mentions.length])).toEqual([['per:петр-русаков', 2]]);
  });
});

describe('a surname alone joins a full name the text gave in another case or with an article', () => {
  it('Глеба Значкова … Значков: the nominative the morphology reads as «of значок» is the surname', () => {
    const doc = annotate('Письмо подписал адвокат Глеба Значкова. «Я ни о чём не жалею», — сказал Значков журналистам.');
    const persons = doc.entities.filter((e) => e.type === 'PER');
    expect(persons.map((e) => [e.name, e.mentions.length])).toEqual([['Глеб Значков', 2]]);
    expect(doc.quotes.map((q) => q.speakerName)).toEqual(['Глеб Значков']);
  });

  it('Халид аль-Мансури … Мансури: the Arabic article may be dropped', () => {
    const doc = annotate('В Каире выступил шейх Халид аль-Мансури. Мансури заявил, что переговоры продолжатся.');
    expect(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name)).toEqual(['Халид аль-Мансури']);
    expect(doc.quotes.map((q) => q.speakerName)).toEqual(['Халид аль-Мансури']);
  });
});

describe('a first name alone joins the dictionary person the text named in full', () => {
  it('Владимир Машков … Владимир: one person', () => {
    const doc = annotate('Актёр Владимир Машков открыл сезон в театре. Позже Владимир рассказал, что готовит новый спектакль.');
    expect(doc.entities.filter((e) => e.type === 'PER').map((e) => [e.name, e.mentions.length])).toEqual([['Владимир Машков', 2]]);
    expect(doc.quotes.map((q) => q.speakerName)).toEqual(['Владимир Машков']);
  });
});
