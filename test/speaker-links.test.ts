import { describe, expect, it } from 'vitest';
import { quotes as quoteView } from './quote-view.js';

/** Lower-case speaker phrases (a role, a descriptor, a body) that the text lets a reader link to a named entity. */
const quotes = (text: string) => quoteView(text, { named: true });

describe('a country\'s own office', () => {
  it('«президент страны» is the person the text gave that role', () => {
    expect(quotes('Президент Казахстана Касым-Жомарт Токаев прилетел в Астану. Президент страны заявил, что экономика растёт.')).toEqual([
      'indirect | Касым-Жомарт Токаев | экономика растёт',
    ]);
    expect(quotes('Премьер-министр Израиля Биньямин Нетаньяху собрал кабинет. По словам премьера страны, операция продолжится.')).toEqual([
      'indirect | Биньямин Нетаньяху | операция продолжится',
    ]);
  });
});

describe('a generic noun for a state body', () => {
  it('«в ведомстве» is the ministry just named, not the news agency that reported it', () => {
    expect(quotes('Как передаёт ТАСС, Министерство обороны России завершило учения на Балтике. В ведомстве отметили, что все задачи выполнены.')).toEqual([
      'indirect | ТАСС | Министерство обороны России завершило учения на Балтике',
      'indirect | Министерство обороны России | все задачи выполнены',
    ]);
  });
});

describe('a generic noun for a business', () => {
  it('«в компании» is the one business the dictionary knows just named, with no kind word of its own', () => {
    expect(quotes('«Газпром» нарастил поставки газа в Китай. В компании сообщили, что объём вырос на треть.')).toEqual([
      'indirect | Газпром | объём вырос на треть',
    ]);
  });
});

describe('a head of a generic body', () => {
  it('«глава штата» is the governor, «глава правительства» the chancellor the text named', () => {
    expect(quotes('Губернатор Калифорнии Гэвин Ньюсом объявил режим ЧС. Глава штата заявил, что пожары не утихают.')).toEqual([
      'indirect | Гэвин Ньюсом | пожары не утихают',
    ]);
    expect(quotes('Канцлер Германии Олаф Шольц прибыл в Пекин. Глава немецкого правительства заявил, что торговля важна для обеих стран.')).toEqual([
      'indirect | Олаф Шольц | торговля важна для обеих стран',
    ]);
  });
});

describe('a bare office no other rule links', () => {
  it('is the one holder of that office in the document\'s year whom the text names', () => {
    expect(quotes('В марте 2015 года Нурсултан Назарбаев подписал указ. Депутаты обсудили поправки, заявил спикер Иван Петров. Президент подчеркнул, что выборы будут честными.').at(-1)).toBe(
      'indirect | Нурсултан Назарбаев | выборы будут честными',
    );
  });

  it('but not where the text names two holders of it, nor with no year', () => {
    expect(quotes('В марте 2015 года Владимир Путин позвонил Бараку Обаме. Депутаты обсудили поправки, заявил спикер Иван Петров. Президент подчеркнул, что выборы будут честными.').at(-1)).toBe(
      'indirect | Президент | выборы будут честными',
    );
    expect(quotes('Нурсултан Назарбаев подписал указ. Депутаты обсудили поправки, заявил спикер Иван Петров. Президент подчеркнул, что выборы будут честными.').at(-1)).toBe(
      'indirect | Президент | выборы будут честными',
    );
  });
});
