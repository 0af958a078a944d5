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

const persons = (text: string) => annotate(text).entities.filter((e) => e.type === 'PER').map((e) => [e.name, e.mentions.length]);
const speakers = (text: string) => annotate(text).quotes.map((q) => q.speakerName);

describe('a name the text spells two ways is one person', () => {
  it('a surname alone with one letter changed, or two swapped: Сабирова … Сабурова, Карпичкова … Капричков', () => {
    const text = 'Журналистка Дарья Сабирова приехала в Лондон. Сабурова рассказала, что видела письмо.';
    expect(persons(text)).toEqual([['Дарья Сабирова', 2]]);
    expect(speakers(text)).toEqual(['Дарья Сабирова']);
    expect(speakers('Суд допросил перебежчика Глеба Карпичкова. Капричков рассказал, что знал агента.')).toEqual(['Глеб Карпичков']);
  });

  it('a doubled letter or a transliterated sound: Лолла … Лола, Буфье … Буффье, Кабельо … Кабейо, Чепмен … Чэпмен', () => {
    expect(speakers('Певица Лолла Каримова вернулась домой. Лола написала: «Спасибо всем за поддержку».')).toEqual(['Лолла Каримова']);
    expect(speakers('Премьер Фолькер Буфье выступил в парламенте. «Мы справимся, — сказал Буффье, — как всегда»')).toEqual(['Фолькер Буфье']);
    expect(speakers('Спикер Хулио Кабельо прочёл письмо. По словам Кабейо, выборы пройдут в срок.')).toEqual(['Хулио Кабельо']);
    expect(persons('Журнал написал про Марка Чепмена. Позже Марк Чэпмен уехал в Техас.')).toEqual([['Марк Чэпмен', 2]]);
  });

  it('a surname of five letters with one vowel changed: Джон Бенер … Бонер', () => {
    expect(speakers('Спикером палаты стал республиканец Джон Бенер. Бонер объявил, что налоги снижать не будут.')).toEqual(['Джон Бенер']);
  });

  it('a long surname two letters off: Билл Герстенмайер … Гернстермайер', () => {
    const text = 'Брифинг провёл руководитель программы Билл Герстенмайер. «Мы разберёмся с неполадками», — говорит Гернстермайер.';
    expect(speakers(text)).toEqual(['Билл Герстенмайер']);
  });

  it('not a short name one letter from another: Инна and Анна stay two', () => {
    expect(persons('Учительница Инна Орлова пришла в класс. Анна рассказала, что урок отменят.').map(([name]) => name)).toEqual(['Инна Орлова', 'Анна']);
  });
});

describe('a surname alone that two people of the text share', () => {
  it('names the one named last before it (Владислав Челах, then his grandfather Владимир Челах)', () => {
    const text = 'Рядовой Владислав Челах отказался от показаний. Как рассказал дед солдата Владимир Челах, внук молчал. «Мы ждём суда», — заявил Челах.';
    expect(speakers(text).at(-1)).toEqual('Владимир Челах');
  });

  it('unless their first names differ in gender: the first named, as before', () => {
    const doc = annotate('Профессор Иван Крылов прочёл лекцию. Его жена Анна Крылова пришла позже. Крылов заявил, что доволен.');
    expect(doc.quotes.map((q) => q.speakerName)).toEqual(['Иван Крылов']);
  });
});

describe('a shorter full name joins the longer one it is part of', () => {
  it('Энрике Каприлеса of Энрике Каприлес Радонски, Марк Чепмен of Марк Дэвид Чэпмен', () => {
    expect(persons('Кандидат Энрике Каприлес Радонски получил 44 % голосов. Энрике Каприлеса поддержали партии.')).toEqual([['Энрике Каприлес Радонски', 2]]);
    const doc = annotate('Леннона убил Марк Чепмен. Его звали Марк Дэвид Чэпмен, ему было 25 лет.');
    const killer = doc.entities.find((e) => e.name === 'Марк Дэвид Чэпмен');
    expect(killer?.mentions.length).toBe(2);
    expect(killer?.aliases).toContain('Марк Чэпмен');
  });
});

describe('a person\'s name in its own script, in brackets, is an alias', () => {
  it('Хосе Луис Бонет (Josep Lluís Bonet) … Bonet: one person named in Russian', () => {
    const text = 'Компанию возглавляет Хосе Луис Бонет (Josep Lluís Bonet). Однако Bonet признал, что планы изменились.';
    const doc = annotate(text);
    const people = doc.entities.filter((e) => e.type === 'PER');
    expect(people.map((e) => [e.name, e.mentions.length])).toEqual([['Хосе Луис Бонет', 3]]);
    expect(people[0]!.aliases).toContain('Josep Lluís Bonet');
    expect(doc.quotes.map((q) => q.speakerName)).toEqual(['Хосе Луис Бонет']);
  });

  it('the Russian name in the nominative, though only declined: Фолькера Буфье (Volker Bouffier)', () => {
    expect(persons('По словам премьера Фолькера Буфье (Volker Bouffier), это трагедия.')).toEqual([['Фолькер Буфье', 2]]);
  });
});

describe('a foreign name in the instrumental, three words', () => {
  it('Марком Дэвидом Чэпменом is one name, not Марк Дэвид and a stray word', () => {
    expect(persons('Музыкант был убит охранником Марком Дэвидом Чэпменом у входа.')).toEqual([['Марк Дэвид Чэпмен', 1]]);
  });
});

describe('a surname the morphology misreads joins its full name by the form written', () => {
  it('Никлас Лидстрём … Лидстрема', () => {
    expect(persons('Защитник Никлас Лидстрём завершил карьеру. Болельщики ценили скромность Лидстрема.')).toEqual([['Никлас Лидстрём', 2]]);
  });
});

describe('a surname after an Arabic article, repeated in lower case', () => {
  it('Халед аль-Рашуди … по словам аль-Рашуди: the surname alone is the person', () => {
    const text = 'Прокурор Халед аль-Рашуди подтвердил аресты. По словам аль-Рашуди, семеро задержанных отпущены.';
    expect(persons(text)).toEqual([['Халед аль-Рашуди', 2]]);
    expect(speakers(text)).toEqual(['Халед аль-Рашуди']);
  });
});

describe('two surnames the dictionary knows, one edit apart, are two people', () => {
  it('Сергей Иванов … министр Ивашов: not one person', () => {
    const people = annotate('Глава ведомства Сергей Иванов прибыл в Казань. «Решение принято», — сказал Ивашов.').entities.filter((e) => e.type === 'PER');
    expect(people.map((e) => e.name)).not.toEqual(['Сергей Иванов']);
  });
});

describe('a surname alone that shows the other gender is no one of the full name', () => {
  it('Игорь Сомов … — сказала Сомова, по словам Сомовой: his wife, not him', () => {
    expect(speakers('Игорь Сомов и его жена подали на развод. «Мы остаёмся друзьями», — сказала Сомова.')).toEqual(['Сомова']);
    expect(speakers('Игорь Сомов подал на развод. По словам Сомовой, муж давно живёт отдельно.')).toEqual(['Сомова']);
  });

  it('Анна Сомова … Сомов заявил; Билл Клинтон … Клинтон заявила', () => {
    expect(speakers('Анна Сомова подала на развод. Сомов заявил, что не согласен с решением суда.')).toEqual(['Сомов']);
    expect(speakers('Билл Клинтон выступил на съезде. Клинтон заявила, что поддержит мужа.')).toEqual(['Клинтон']);
  });

  it('a full name that shows no gender keeps its surname: Евгения Веденко … отметил Веденко', () => {
    expect(speakers('По мнению политолога Евгения Веденко, отставка неизбежна. Выборы ничего не изменят, отметил Веденко.')).toEqual(['Евгений Веденко', 'Евгений Веденко']);
    expect(speakers('Игорь Сомов подал на развод. Сомов заявил, что делить нечего.')).toEqual(['Игорь Сомов']);
  });
});
