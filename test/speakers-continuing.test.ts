import { describe, expect, it } from 'vitest';
import { quotes as quoteView } from './quote-view.js';

const quotes = (text: string) => quoteView(text, { named: true });

describe('a speaking pronoun or role after a report goes on with its speaker', () => {
  it('not with the person the quotation before it talked about', () => {
    expect(quotes('Тренер Иван Петров прокомментировал смерть боксёра: «Сергей Козлов был отличным спортсменом. Мы все будем по нему скучать». Он добавил, что клуб поможет семье.')).toEqual([
      'direct | Иван Петров | Сергей Козлов был отличным спортсменом. Мы все будем по нему скучать',
      'indirect | Иван Петров | клуб поможет семье',
    ]);
  });

  it('not with the person named in the reported clause', () => {
    expect(quotes('Депутат Иван Петров выступил в Думе. Политик заявил, что Сергей Козлов ошибается. По его словам, закон надо менять.')).toEqual([
      'indirect | Иван Петров | Сергей Козлов ошибается',
      'indirect | Иван Петров | закон надо менять',
    ]);
  });

  it('not with a person named in a complement of the cue', () => {
    expect(quotes('Вратарь Олег Лебедев после известия об уходе Павла Зайцева заявил, что расстроен: «Это был лучший защитник клуба. Нам будет трудно». Он добавил, что команда справится.').at(-1)).toBe(
      'indirect | Олег Лебедев | команда справится',
    );
  });

  it('but a person the narrator names again after the report is who the pronoun continues', () => {
    expect(quotes('Депутат Иван Петров заявил, что Сергей Козлов ошибается. Вечером Козлов выступил по радио. Он сказал, что не согласен с критикой.').at(-1)).toBe(
      'indirect | Сергей Козлов | не согласен с критикой',
    );
  });
});

describe('a speaking pronoun after an unnamed source', () => {
  it('goes on with that source, not with the person named before it', () => {
    expect(quotes('Министр Олег Смирнов прилетел в Доху. Переговоры прошли успешно, подтвердил «Коммерсанту» один из участников встречи. «Все вопросы решены», — сказал он.').at(-1)).toBe(
      'direct | один из участников встречи | Все вопросы решены',
    );
    expect(quotes('Министр Олег Смирнов прилетел в Доху. «Переговоры прошли успешно», — сказал один из участников встречи. «Все вопросы решены», — добавил он.').at(-1)).toBe(
      'direct | один из участников встречи | Все вопросы решены',
    );
  });

  it('not when the source is of another gender than the pronoun', () => {
    expect(quotes('Министр Олег Смирнов прилетел в Доху. «Переговоры прошли успешно», — сказала одна из участниц встречи. «Все вопросы решены», — добавил он.').at(-1)).toBe(
      'direct | Олег Смирнов | Все вопросы решены',
    );
  });
});

describe('a role that someone serves is not theirs', () => {
  it('the press secretary of the president is not the president', () => {
    expect(quotes('Владимир Путин провёл совещание. Пресс-секретарь президента Дмитрий Песков рассказал журналистам о встрече. Президент заявил, что доволен итогами.')).toEqual([
      'indirect | Президент | доволен итогами',
    ]);
  });

  it('the lawyer of the accused is not the accused', () => {
    expect(quotes('Суд начал слушания по делу Павла Орлова. Адвокат обвиняемого Сергей Козлов выступил в суде. Обвиняемый заявил, что невиновен.')).toEqual([
      'indirect | Обвиняемый | невиновен',
    ]);
  });
});

describe('a broad role continues the subject before', () => {
  it('even when the text gave that person another role', () => {
    expect(quotes('Депутат Иван Петров выступил в Думе. Он также прокомментировал спор с министром Сергеем Козловым. Политик заявил, что закон надо менять.')).toEqual([
      'indirect | Иван Петров | закон надо менять',
    ]);
  });

  it('but not an office the text gave someone else', () => {
    expect(quotes('Депутат Иван Петров выступил в Думе. Он также прокомментировал спор с министром Сергеем Козловым. Министр заявил, что закон надо менять.')).toEqual([
      'indirect | Сергей Козлов | закон надо менять',
    ]);
  });
});

describe('a role after a name is its own only in apposition', () => {
  it('not past a verb or a preposition', () => {
    expect(quotes('Министр Иван Петров встретился с актёром Сергеем Козловым. Актёр заявил, что доволен встречей.')).toEqual([
      'indirect | Сергей Козлов | доволен встречей',
    ]);
  });

  it('a person given only a status (уроженец) is not who a broad role continues', () => {
    expect(quotes('Уроженец Твери Павел Лебедев сбежал из колонии. Представитель ФСИН Олег Зайцев сообщил о побеге. Лебедев перелез через забор. Чиновник добавил, что беглеца ищут.')).toEqual([
      'indirect | Олег Зайцев | беглеца ищут',
    ]);
  });
});

describe('who is talked about does not speak', () => {
  it('a role is not the person its own report first names', () => {
    expect(quotes('В центре Самары взорвался автомобиль. Корреспондент телеканала «Звезда» сообщает, что пострадавшие — родственники Героя России лётчика Ивана Сидорова.')).toEqual([
      // The role's phrase holds the channel's quoted name; what matters here is that no person is linked.
      'indirect | Корреспондент телеканала «Звезда» | пострадавшие — родственники Героя России лётчика Ивана Сидорова',
    ]);
  });
});

describe('a role with a field, named far after', () => {
  it('is the person the text names with that role in that field, past others named with the role word', () => {
    expect(quotes('«Мы открываем выставку», — заявил директор музея. Директор завода Иван Петров пришёл на открытие. Директор школы Олег Козлов привёл учеников. Погода была хорошей. Гостей было много. Выставка продлится месяц. Вечером директор музея Павел Зайцев дал интервью.')).toEqual([
      'direct | Павел Зайцев | Мы открываем выставку',
    ]);
  });
});

describe('a pronoun continuing an unnamed phrase of the speaker just before', () => {
  it('stands for the name that phrase goes with', () => {
    expect(quotes('Правительство не нашло кандидата на пост главы фонда. Об этом пишет газета «Ведомости». По её данным, все претенденты отказались.').at(-1)).toBe(
      'indirect | Ведомости | все претенденты отказались',
    );
  });

  it('not for a phrase inside the report just before: the speaker of that report speaks on', () => {
    expect(quotes('Правительство не нашло кандидата на пост главы фонда, пишет газета «Ведомости». По её данным, все претенденты отказались.').at(-1)).toBe(
      'indirect | Ведомости | все претенденты отказались',
    );
  });
});

describe('a pronoun after a report whose speaker was a role', () => {
  it('stands for the role\'s holder, not a man named before that role', () => {
    expect(quotes('Губернатор Иван Петров встретился с Олегом Козловым. Глава региона заявил журналистам: «Мост откроют летом». Он добавил, что дорогу тоже починят.')).toEqual([
      'direct | Иван Петров | Мост откроют летом',
      'indirect | Иван Петров | дорогу тоже починят',
    ]);
  });
});

describe('a pronoun subject inside a clause continues the person of its own sentence', () => {
  it('Понтеса спросили о снах, которые он видит. Он ответил …: not a name of the sentence before', () => {
    expect(quotes('Вопросы задавали из центра Кеннеди во Флориде. Журналисты спросили Игоря Рудова о планах, которые он строит. Он ответил, что хочет вернуться домой.').at(-1)).toBe(
      'indirect | Игорь Рудов | хочет вернуться домой',
    );
  });
});
