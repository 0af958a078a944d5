import { describe, expect, it } from 'vitest';
import { quotes as quoteView } from './quote-view.js';

const quotes = (text: string) => quoteView(text, { named: true });

describe('a compound place adjective before a role', () => {
  it('«южнокорейский министр» is not the Russian minister the text named', () => {
    expect(quotes('Министр иностранных дел России Сергей Лавров прибыл в Южную Корею. Южнокорейский министр заявил, что отношения улучшаются.')).toEqual([
      'indirect | Южнокорейский министр | отношения улучшаются',
    ]);
    expect(quotes('Посол России Иван Петров встретился с коллегами из Южной Кореи. Южнокорейский дипломат заявил, что переговоры прошли успешно.')).toEqual([
      'indirect | Южнокорейский дипломат | переговоры прошли успешно',
    ]);
  });
  it('a plain adjective of the same place still links', () => {
    expect(quotes('Министр иностранных дел России Сергей Лавров прибыл в Москву. Российский министр заявил, что отношения улучшаются.')).toEqual([
      'indirect | Сергей Лавров | отношения улучшаются',
    ]);
  });
});

describe('a role in a body named in quotation marks after its abbreviation', () => {
  it('«Глава ЧВК «Вагнер»» is a person, not the organisation', () => {
    expect(quotes('Бойцы ЧВК «Вагнер» покинули Бахмут. Глава ЧВК «Вагнер» заявил, что потери велики.')).toEqual([
      'indirect | Глава ЧВК «Вагнер» | потери велики',
    ]);
    expect(quotes('Бойцы ЧВК «Вагнер» покинули Бахмут. Глава ЧВК «Вагнер» Евгений Пригожин заявил, что потери велики.')).toEqual([
      'indirect | Евгений Пригожин | потери велики',
    ]);
  });
});

describe('a role in a body the text named before', () => {
  it('«генсек альянса» is the secretary general the text named in that alliance', () => {
    expect(quotes('Генеральный секретарь НАТО Йенс Столтенберг прибыл в Вильнюс. Генсек альянса заявил, что Украина станет членом блока.')).toEqual([
      'indirect | Йенс Столтенберг | Украина станет членом блока',
    ]);
  });
  it('«глава ЧВК «Вагнер»» is its founder named before, not its press secretary', () => {
    expect(quotes('Основатель ЧВК «Вагнер» Евгений Пригожин прибыл в Ростов. Глава ЧВК «Вагнер» заявил, что бойцы отходят в лагеря.')).toEqual([
      'indirect | Евгений Пригожин | бойцы отходят в лагеря',
    ]);
    expect(quotes('Пресс-секретарь ЧВК «Вагнер» Иван Петров прибыл в Ростов. Глава ЧВК «Вагнер» заявил, что бойцы отходят в лагеря.')).toEqual([
      'indirect | Глава ЧВК «Вагнер» | бойцы отходят в лагеря',
    ]);
  });
});

describe('a role in a place said by a generic noun', () => {
  it('«мэр города» is the mayor the text named with his city', () => {
    expect(quotes('Мэр Москвы Сергей Собянин открыл новую станцию метро. Мэр города заявил, что строительство продолжится.')).toEqual([
      'indirect | Сергей Собянин | строительство продолжится',
    ]);
  });
  it('is no one the text gave another role', () => {
    expect(quotes('Мэр Москвы Сергей Собянин встретился с губернатором Иваном Петровым. Губернатор области заявил, что дороги отремонтируют.')).toEqual([
      'indirect | Губернатор области | дороги отремонтируют',
    ]);
  });
});

describe('a leader\'s role in a body is not someone given it in another body', () => {
  it('«лидер КПРФ» is not the ЛДПР leader, but the one who heads КПРФ', () => {
    expect(quotes('Лидер ЛДПР Владимир Жириновский выступил в Думе. Представители КПРФ провели пленум. Лидер КПРФ заявил, что партия готова к выборам.')).toEqual([
      'indirect | Лидер КПРФ | партия готова к выборам',
    ]);
    expect(quotes('Лидер ЛДПР Владимир Жириновский выступил в Думе. Геннадий Зюганов возглавляет КПРФ с 1993 года. Бессменный лидер КПРФ заявил, что партия готова к выборам.')).toEqual([
      'indirect | Геннадий Зюганов | партия готова к выборам',
    ]);
    expect(quotes('Лидер ЛДПР Владимир Жириновский выступил в Думе. Лидер ЛДПР заявил, что партия готова к выборам.')).toEqual([
      'indirect | Владимир Жириновский | партия готова к выборам',
    ]);
  });
});

describe('a bare leader\'s role after someone said to lead a body', () => {
  it('«бессменный лидер» is the subject just said to head a party, not another leader named before', () => {
    expect(quotes('Лидер ЛДПР Владимир Жириновский выступил в Думе. Геннадий Зюганов возглавляет КПРФ с 1993 года. Бессменный лидер заявил, что партия готова к выборам.')).toEqual([
      'indirect | Геннадий Зюганов | партия готова к выборам',
    ]);
  });
});
