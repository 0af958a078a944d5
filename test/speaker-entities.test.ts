/**
 * A quote's speaker is as good as the entity it names: the body's whole name, its place, the
 * descriptor that stands for it (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';
import { quotes } from './quote-view.js';

const names = (text: string) => annotate(text, { quotes: false }).entities.map((e) => `${e.type} ${e.name}`);

describe('a dictionary outlet written with marks around part of its name', () => {
  it('«РИА "Новости"» is РИА Новости, not a body called «Новости»', () => {
    expect(quotes('Как передаёт РИА "Новости", мост откроют в мае.')).toEqual(['indirect | РИА Новости | мост откроют в мае']);
    expect(names('Агентство РИА «Новости» опубликовало снимки с места аварии.')).toContain('ORG РИА Новости');
  });
});

describe('a body the rules found, named with its place', () => {
  it('keeps the place in its name and is the body its bare name means later', () => {
    const text = 'Верховный совет Гамбии подтвердил, что выборы пройдут весной. По словам Верховного совета, кризис закончен.';
    expect(quotes(text)).toEqual([
      'indirect | Верховный совет Гамбии | выборы пройдут весной',
      'indirect | Верховный совет Гамбии | кризис закончен',
    ]);
    // The place stays a mention of its own.
    expect(names(text)).toEqual(['ORG Верховный совет Гамбии', 'LOC Гамбия']);
  });

  it('«Совет» alone stands for the council the text has just named', () => {
    const text = 'Конституционный совет Туниса утвердил итоги голосования. Совет также заявил, что протесты прекратились.';
    expect(quotes(text)).toEqual(['indirect | Конституционный совет Туниса | протесты прекратились']);
  });
});

describe('a person the text names in full, then by surname', () => {
  it('«Сайрус Вэнс-младший … сообщил Вэнс» is that man, not the dictionary\'s Вэнс', () => {
    const text = 'Пресс-конференцию провёл окружной прокурор Сайрус Вэнс-младший. Как сообщил Вэнс, задержаны шесть человек.';
    expect(quotes(text)).toEqual(['indirect | Сайрус Вэнс-младший | задержаны шесть человек']);
  });
});

describe('a name with its original in brackets', () => {
  it('keeps a vowel the original ends in (Педру for Pedro), not a case ending to strip', () => {
    expect(names('Президент поручил сформировать кабинет Педру Сантушу (Pedro Santos).')).toContain('PER Педру Сантуш');
    // A consonant-final original: the ending is the case's (Ивана → Иван).
    expect(names('Суд оправдал Ивана Петрова (Ivan Petrov).')).toContain('PER Иван Петров');
  });
});

describe('a generic noun for a speaker', () => {
  it('is the organisation of its kind the text named last, however far back', () => {
    const text = 'Госкорпорация «Роскосмос» перенесла запуск. Ракета стоит на Байконуре. Погода плохая. Старт назначен на пятницу. В госкорпорации сообщили, что экипаж готов.';
    expect(quotes(text)).toEqual(['indirect | Роскосмос | экипаж готов']);
  });

  it('of two of its kind named long before, the later one', () => {
    const text = 'Сбербанк снизил ставки по вкладам. Ранее ставки снизил ВТБ. Вкладчики недовольны. Эксперты ждут оттока. Рынок сжимается. В пресс-службе банка пояснили, что решение связано с рынком.';
    expect(quotes(text)).toEqual(['indirect | ВТБ | решение связано с рынком']);
  });

  it('a plural stands for several, not the last one', () => {
    const text = 'Звали его Евгений, сообщают Пятый канал и РЕН ТВ. По данным изданий, он жил в Подольске.';
    expect(quotes(text, { named: true })).toContain('indirect | издания | он жил в Подольске');
  });
});

describe('an outlet named with a place adjective before its quoted name', () => {
  it('is named by what the marks hold (the span keeps the adjective)', () => {
    const text = 'Как пишет казанская "Газета Daily", компания ведёт разработку месторождения.';
    expect(quotes(text)).toEqual(['indirect | Газета Daily | компания ведёт разработку месторождения']);
  });
});

describe('a quoted nickname clipped from a surname', () => {
  it('«Лидс» after Никлас Лидстрём is him, not a club', () => {
    const text = 'Шведский защитник Никлас Лидстрём завершил карьеру. «Лидс», которого считают лучшим защитником десятилетия, объявил, что останется в клубе.';
    expect(names(text)).toEqual(['PER Никлас Лидстрём']);
    expect(quotes(text)).toEqual(['indirect | Никлас Лидстрём | останется в клубе']);
  });
});

describe('a given name that is also a common word\'s oblique plural', () => {
  it('«Мин Бахадур Шерхан» keeps its first word', () => {
    expect(names('Альпинист из Непала Мин Бахадур Шерхан покорил Эверест.')).toContain('PER Мин Бахадур Шерхан');
  });
});

describe('a hyphened compound opening a sentence before a surname', () => {
  it('«Задачей-минимум Канаев считает» is no given name: the person stays Сергей Канаев', () => {
    const text = 'Сопредседатель движения Сергей Канаев ждёт перемен. Задачей-минимум Канаев считает отмену налога.';
    expect(names(text)).toEqual(['PER Сергей Канаев']);
  });
});

describe('a family role that no rule resolves', () => {
  it('«супруга», «жена фермера» is the woman of the family the text named, by the shared surname', () => {
    const text = 'Фермера Олега Соколова выпустили из больницы. «Он уже ходит сам», — сказала Ирина Соколова. Как пояснила жена фермера, врачи довольны. Тем не менее супруга уверена, что лечение продлится до весны.';
    expect(quotes(text)).toEqual([
      'direct | Ирина Соколова | Он уже ходит сам',
      'indirect | Ирина Соколова | врачи довольны',
      'indirect | Ирина Соколова | лечение продлится до весны',
    ]);
  });

  it('a woman who shares no surname with anyone is not taken for the wife', () => {
    const text = 'Фермера Олега Соколова выпустили из больницы. «Он уже ходит сам», — сказала врач Ирина Морозова. Тем не менее супруга уверена, что лечение продлится до весны.';
    expect(quotes(text)).toEqual([
      'direct | Ирина Морозова | Он уже ходит сам',
      'indirect | супруга | лечение продлится до весны',
    ]);
  });
});

describe('a role whose form is also a nominative plural, in a frame that shows no number', () => {
  it('«по мнению директора института Евгения Шевченко» is that man, not a group of directors', () => {
    expect(quotes('По мнению директора института Евгения Шевченко, реформа затянется.')).toEqual(['indirect | Евгений Шевченко | реформа затянется']);
  });
});

describe('a surname alone that two people of the text share', () => {
  it('«Кох рассказала» is the woman, though the bare surname was merged with the man', () => {
    const text = 'Андрей Кох остаётся в больнице. «Мы ждём», — сказала Анна Кох. Кох рассказала, что мужа переводят в другую палату.';
    expect(quotes(text)).toEqual([
      'direct | Анна Кох | Мы ждём',
      'indirect | Анна Кох | мужа переводят в другую палату',
    ]);
  });
});
