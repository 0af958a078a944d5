/**
 * Foreign names that do not decline keep the form the text writes (sentences written for this test).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

const names = (text: string) => annotate(text, { quotes: false }).entities.map((e) => `${e.type} ${e.name}`);

describe('indeclinable foreign names', () => {
  it.each([
    // -и: no oblique form of a feminine noun in -ь (Хатибь, Дескальсь).
    ['По словам министра Хатиби, переговоры в Рабате продолжатся.', 'PER Хатиби'],
    ['Глава концерна Дескальси заявил о новых месторождениях.', 'PER Дескальси'],
    // -а alone, with no gender or case the text shows: a woman's nominative as well as a man's genitive.
    ['Как сообщила Зулема, выставка откроется в мае.', 'PER Зулема'],
    // -и, -ю: no case form of a guessed noun in -я (Цвангирая, Карня, Агня), though Берии is of Берия.
    ['Премьер Морган Цвангираи заявил о реформе.', 'PER Морган Цвангираи'],
    ['Пьесы Фалмута Карни шли в Лондоне.', 'PER Фалмут Карни'],
    ['Вице-президента Спиро Агню обвинили в уклонении от налогов.', 'PER Спиро Агню'],
    ['Оперы Монсиньи шли в Париже.', 'PER Монсиньи'],
    ['По словам Лаврентия Берии, план утвердили.', 'PER Лаврентий Берия'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('a name declined in one place and a subject in another', () => {
  it('makes the name from the mention written as the subject (Стэн Ли, not Стэна Ли)', () => {
    const text = 'У автора «Удивительных историй» Стэна Ли умерла жена.\nСтэн Ли\nНа 96-м году жизни умерла жена Стэна Ли, автора комиксов.\n\nСтэн Ли рассказал однажды о ней.';
    const entities = annotate(text, { quotes: false }).entities;
    expect(entities.filter((e) => e.type === 'PER').map((e) => [e.name, e.aliases])).toEqual([['Стэн Ли', []]]);
  });
});

describe('outlets and source phrases', () => {
  it('a web address keeps its letters (no «Вести.р»)', () => {
    expect(names('Как сообщает сайт Вести.ру, матч перенесли на воскресенье.')).toContain('ORG Вести.ру');
  });
  it('a plural adjective the morphology lists under another case still agrees (некоторые издания)', () => {
    const quotes = annotate('По данным некоторых изданий, завод закроют до осени.').quotes;
    expect(quotes.map((q) => q.speakerName)).toContain('некоторые издания');
  });
});

describe('a surname declined where another mention is the subject', () => {
  it('Андреа Падована … Андреа Падован заявил → Андреа Падован', () => {
    expect(names('Решение Андреа Падована удивило болельщиков. Андреа Падован заявил, что останется в клубе.')).toEqual(['PER Андреа Падован']);
  });
});

describe('a surname in -а the text also declines as a noun in -а', () => {
  it('Франческо Бонура … Бонуры → Франческо Бонура', () => {
    expect(names('Мафиози Франческо Бонура вышел на свободу. Адвокаты Бонуры довольны решением.')).toEqual(['PER Франческо Бонура']);
  });
});

describe('what the other words of the name show', () => {
  it.each([
    // A man's surname in a consonant would take the case ending too: bare, the first name is no man's genitive.
    ['Об этом сообщила Зубия Шахназ.', 'PER Зубия Шахназ'],
    // Control: after a first name that shows no case, a surname in -а may still be a man's genitive.
    ['Годовщина свержения диктатора Альфредо Стресснера совпала с выборами.', 'PER Альфредо Стресснер'],
    // An unknown first name in -и is no case form of an unlisted «Игга»; the surname shows the case.
    ['Концерт с Игги Попом прошёл в Берлине.', 'PER Игги Поп'],
    // An unknown surname in -ии with no nominative reading is a case form of one in -ия.
    ['Слова Альфредо Гарсии подтвердились на следующий день.', 'PER Альфредо Гарсия'],
    // The same with a surname in -й (a man's would be Байрамая).
    ['По словам Фатмире Байрамай, матч был трудным.', 'PER Фатмире Байрамай'],
    // An -е surname after a first name that does not decline: no locative unless governed so.
    ['Стадион назвали в честь Жозе Алваладе.', 'PER Жозе Алваладе'],
    // Controls: the instrumental ends in a consonant too.
    ['Встреча с Джорджем Бушем прошла в Техасе.', 'PER Джордж Буш'],
    ['Переговоры с Фёдором Хитруком затянулись.', 'PER Фёдор Хитрук'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('a surname with младший/старший hyphened on', () => {
  it.each([
    ['Слова Джона Смита-младшего подтвердились.', 'PER Джон Смит-младший'],
    ['Слова Ивана Иванова-старшего подтвердились.', 'PER Иван Иванов-старший'],
    ['Интервью с Кеном Гриффи-младшим вышло в пятницу.', 'PER Кен Гриффи-младший'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('a foreign name the text shows in the nominative keeps its form', () => {
  it.each([
    // The subject of a verb after a nominative role and its genitive complement.
    ['Глава правительства Дании Хелле Нильсен сообщила, что страна поддержит план.', 'PER Хелле Нильсен'],
    ['Министр финансов Венесуэлы Хорхе Арреаза заявил, что санкции незаконны.', 'PER Хорхе Арреаза'],
    // After an adverb, and in an inverted report that closes the clause.
    ['Вчера Педру Кардозу заявил, что выборы пройдут в мае.', 'PER Педру Кардозу'],
    ['Как сказал Педру Кардозу, выборы пройдут в мае.', 'PER Педру Кардозу'],
    ['«Санкции незаконны», — заявил Хорхе Арреаза.', 'PER Хорхе Арреаза'],
    // A source frame's noun governs the genitive, which these guesses do not show.
    ['По словам Педру Кардозу, выборы пройдут в мае.', 'PER Педру Кардозу'],
    // An Italian surname in -и is no genitive of a guessed noun in -а (but Дудки is of Дудка).
    ['По словам Лео Бенедучи, тюрьмы переполнены.', 'PER Лео Бенедучи'],
    ['По словам Ивана Дудки, тюрьмы переполнены.', 'PER Иван Дудка'],
    // In apposition to a nominative role and its genitive complement, with no verb right after it.
    ['Новый премьер-министр Дании Хелле Нильсен в воскресенье заявила о готовности.', 'PER Хелле Нильсен'],
    ['Об этом сообщил министр науки и технологий страны Хорхе Арреаза, который вернулся из Гаваны.', 'PER Хорхе Арреаза'],
    ['Представитель компании Анны Петровой заявил, что сделка сорвалась.', 'PER Анна Петрова'],
    // Adverbs, a prepositional phrase or an apposition in commas between the name and its verb.
    ['Хелле Нильсен, премьер-министр Дании, заявила, что план хорош.', 'PER Хелле Нильсен'],
    ['Хелле Нильсен в воскресенье заявила, что план хорош.', 'PER Хелле Нильсен'],
    ['Хорхе Арреаза также отметил, что санкции незаконны.', 'PER Хорхе Арреаза'],
    // A role in another case: the name is its complement, in that case.
    ['Визит президента Франции Эммануэля Макрона состоялся в мае.', 'PER Эммануэль Макрон'],
    ['Визит Эммануэля Макрона в Москву состоялся в мае.', 'PER Эммануэль Макрон'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it('the speaker of «— заявил Хорхе Арреаза» is the person, named as written', () => {
    const quotes = annotate('«Санкции незаконны», — заявил Хорхе Арреаза.').quotes;
    expect(quotes.map((q) => q.speakerName)).toEqual(['Хорхе Арреаза']);
  });
});

describe('an indeclinable surname with a doubled letter', () => {
  it('Брендана Маррокко → Брендан Маррокко: not the country the morphology reads past the stutter', () => {
    const people = annotate('По словам 26-летнего Брендана Маррокко, операция прошла успешно.', { quotes: false }).entities.filter((e) => e.type === 'PER');
    expect(people.map((e) => e.name)).toEqual(['Брендан Маррокко']);
  });
});

describe('a surname in -а the text shows in the nominative', () => {
  it('Анибал Каваку Силва утвердил: not «Силв», a genitive reading of another name', () => {
    const people = annotate('Президент Португалии Анибал Каваку Силва утвердил новый кабинет.', { quotes: false }).entities.filter((e) => e.type === 'PER');
    expect(people.map((e) => e.name)).toEqual(['Анибал Каваку Силва']);
  });
});
