import { describe, expect, it } from 'vitest';
import { quotes as quoteView } from './quote-view.js';

const quotes = (text: string) => quoteView(text, { named: true });

describe('the subject speaks, by its case', () => {
  it('a woman named by a first name of the list is nominative, whatever case her surname reads as', () => {
    expect(quotes('Актриса Ирина Фриске уехала в Ригу. Решение о переезде в Латвию Ирина Фриске приняла сама: «Здесь спокойно, тихо и очень красивое море».')).toEqual([
      'direct | Ирина Фриске | Здесь спокойно, тихо и очень красивое море',
    ]);
  });

  it('a name after a role in an oblique case is that role, not the subject', () => {
    expect(quotes('Газета «Ведомости» поздравила принца Гарри: «Желаем счастья молодым и долгих лет жизни».')).toEqual([
      'direct | Ведомости | Желаем счастья молодым и долгих лет жизни',
    ]);
  });

  it('a name after a nominative role and its genitive complement holds the role', () => {
    expect(quotes('Советник президента Иван Петров заявил: «Мы готовы к переговорам».')).toEqual(['direct | Иван Петров | Мы готовы к переговорам']);
  });
});

describe('a plural noun for people after a named pair', () => {
  it('stands for the two people the text just joined with «и»', () => {
    expect(quotes('В Казани Иван Петров (Ivan Petrov) и Анна Смирнова открыли кафе. Супруги рассказали, что копили деньги пять лет.')).toEqual([
      'indirect | Иван Петров и Анна Смирнова | копили деньги пять лет',
    ]);
    expect(quotes('Студенты Олег Козлов и Пётр Лебедев собрали робота. Первокурсники уверены, что робот победит на конкурсе.')).toEqual([
      'indirect | Олег Козлов и Пётр Лебедев | робот победит на конкурсе',
    ]);
  });

  it('stays itself without a pair', () => {
    expect(quotes('Первокурсники уверены, что робот победит на конкурсе.')).toEqual(['indirect | Первокурсники | робот победит на конкурсе']);
  });
});

describe('a speaking pronoun continues the subject', () => {
  it('of the sentence before, not the person named last', () => {
    expect(quotes('Президент США Дональд Трамп провёл переговоры с Владимиром Путиным. Он сказал, что встреча прошла хорошо.')).toEqual([
      'indirect | Дональд Трамп | встреча прошла хорошо',
    ]);
  });

  it('through a pronoun that was the subject before', () => {
    expect(quotes('Иван Петров приехал в Москву. Он встретился с Олегом Козловым и обсудил проект. «Мы договорились обо всём», — сказал он.')).toEqual([
      'direct | Иван Петров | Мы договорились обо всём',
    ]);
  });

  it('falls back to the last person when the sentence before has no fitting subject', () => {
    expect(quotes('Полиция задержала Олега Козлова. Он заявил, что ни в чём не виноват.')).toEqual(['indirect | Олег Козлов | ни в чём не виноват']);
  });
});

describe('the head of a speaker phrase speaks, not its complement', () => {
  it('a role in the genitive after a source noun is its complement', () => {
    expect(quotes('Певица Мария Сокол легла в клинику. «Это тихое место в лесу, — сообщило журналистам доверенное лицо певицы. — Там ей помогут».')).toEqual([
      'direct | доверенное лицо певицы | Это тихое место в лесу, — сообщило журналистам доверенное лицо певицы. — Там ей помогут',
    ]);
  });

  it('a parenthetical after a text is no complement of it', () => {
    expect(quotes('Клуб выразил соболезнования. В заявлении в частности говорится: «Мы скорбим вместе с родными погибших».')).toEqual([
      'direct | заявление | Мы скорбим вместе с родными погибших',
    ]);
  });
});

describe('a quotation standing alone continues the report before it', () => {
  it('takes the speaker of the quote just before, in its paragraph', () => {
    expect(quotes('«Мы готовы к переговорам», — сказал Джон Говард. «Переговоры продолжатся завтра утром в Женеве».')).toEqual([
      'direct | Джон Говард | Мы готовы к переговорам',
      'direct | Джон Говард | Переговоры продолжатся завтра утром в Женеве',
    ]);
  });

  it('not across a paragraph', () => {
    expect(quotes('«Мы готовы к переговорам», — сказал Джон Говард.\n\n«Переговоры продолжатся завтра утром в Женеве».').at(-1)).toBe(
      'direct | null | Переговоры продолжатся завтра утром в Женеве',
    );
  });
});

describe('a role word is a person', () => {
  it('a word whose nominative is a thing (премьера, the première) is no role as a subject', () => {
    expect(quotes('Премьер-министр Борис Джонсон заболел. В резиденции премьера сообщили, что он чувствует себя хорошо.')).toEqual([
      'indirect | резиденция премьера | он чувствует себя хорошо',
    ]);
  });
});

describe('a speaker named only in the genitive', () => {
  it('an oblique form of a listed short first name (Эда → Эд) makes the whole name oblique', () => {
    expect(quotes('По словам шерифа Эда Гонсалеса, стрелок задержан.')).toEqual(['indirect | Эд Гонсалес | стрелок задержан']);
  });

  it('a surname the morphology only guesses backs the first name\'s case (Эда Гонзалеса → Эд Гонзалес)', () => {
    expect(quotes('По словам шерифа Эда Гонзалеса, стрелок задержан.')).toEqual(['indirect | Эд Гонзалес | стрелок задержан']);
  });

  it('a surname the text also writes bare is that bare form, and the name takes the case its ending shows', () => {
    expect(quotes('Журналисты встретили Арлена Спектера у входа. Спектер заявил, что доволен итогами.')).toEqual(['indirect | Арлен Спектер | доволен итогами']);
    expect(quotes('Суд отпустил Виталия Маркива под залог. Маркив заявил, что невиновен.')).toEqual(['indirect | Виталий Маркив | невиновен']);
  });

  it('a capitalised word right after a place noun names the place, not the person after it', () => {
    expect(quotes('По словам шерифа округа Харрис Эда Гонзалеса, стрелок задержан.')).toEqual(['indirect | Эд Гонзалес | стрелок задержан']);
    expect(quotes('По словам губернатора штата Рейнольдс Тома Брауна, дороги закрыты.')).toEqual(['indirect | Том Браун | дороги закрыты']);
  });
});

describe('a generic noun for the organisation just named', () => {
  it('партия, театр', () => {
    expect(quotes('Театр «Современник» отменил спектакль. Как сообщили в театре, актёр заболел.')).toEqual(['indirect | Современник | актёр заболел']);
    expect(quotes('Партия «Яблоко» провела съезд. Делегаты спорили весь день. Голосование затянулось до ночи. В партии заявили, что список утверждён.')).toEqual([
      'indirect | Яблоко | список утверждён',
    ]);
  });
});

describe('a pronoun after a quotation', () => {
  it('is not a person the quotation talks about', () => {
    expect(quotes('Иван Петров выступил на форуме. «Я считаю, что Анатолий Чубайс ошибается», — сказал он.')).toEqual([
      'direct | Иван Петров | Я считаю, что Анатолий Чубайс ошибается',
    ]);
  });
});

describe('a time after a source phrase', () => {
  it('is no part of the speaker (СМИ во вторник, источники в прошлом месяце); a place still is', () => {
    expect(quotes('Местные СМИ во вторник сообщили, что мост закрыт.')).toEqual(['indirect | Местные СМИ | мост закрыт']);
    expect(quotes('Источники в прошлом месяце сообщали, что завод закроют.')).toEqual(['indirect | Источники | завод закроют']);
    expect(quotes('Источники в правительстве в пятницу заявили, что отставки не будет.')).toEqual(['indirect | Источники в правительстве | отставки не будет']);
  });
});

describe('a citation before a colon', () => {
  it('names the cited person, not the medium that cites (ТАСС цитирует министра: «…»)', () => {
    expect(quotes('ТАСС цитирует министра обороны Ивана Петрова: «Мы готовы к переговорам».')).toEqual(['direct | Иван Петров | Мы готовы к переговорам']);
    expect(quotes('Газета цитирует: «Мост построят к осени».')).toEqual(['direct | Газета | Мост построят к осени']);
  });
});

describe('a place inside the speaker phrase', () => {
  it('a place after a district noun or in the genitive after a noun is where the body is, not the speaker', () => {
    expect(quotes('В офисе шерифа округа Харрис сообщили, что нападавший задержан.')).toEqual(['indirect | офис шерифа округа Харрис | нападавший задержан']);
    expect(quotes('На прошлой неделе Франция заявила, что поставки продолжатся.')).toEqual(['indirect | Франция | поставки продолжатся']);
  });
});

describe('the antecedent of «, который заявил»', () => {
  it('is the whole phrase before the comma, not its genitive complement', () => {
    expect(quotes('Журналисты поговорили с главой районной больницы, который заявил, что мест нет.')).toEqual(['indirect | глава районной больницы | мест нет']);
  });
});

describe('a source phrase before «со ссылкой на»', () => {
  it('ends before the reference, which names the second-level source', () => {
    expect(quotes('Как сообщают СМИ со ссылкой на представителя полиции, грабители задержаны.')).toEqual([
      'indirect | СМИ | грабители задержаны',
      'indirect | представитель полиции | грабители задержаны',
    ]);
  });
});

describe('a speaker phrase opened by a preposition', () => {
  it('is named without it, in the nominative', () => {
    expect(quotes('В сообщении на официальном сайте мэрии говорится, что парк откроют в мае.')).toEqual(['indirect | официальный сайт мэрии | парк откроют в мае']);
  });
});
