import { describe, expect, it } from 'vitest';
import { quotes as quoteView } from './quote-view.js';

const quotes = (text: string) => quoteView(text, { named: true });
/** The speakers' names of the quotes found, in order. */
const names = (text: string) => quotes(text).map((q) => q.split(' | ')[1]);

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
      // The singer is named by her name, declined, as the guide names a complement the text described.
      'direct | доверенное лицо Марии Сокол | Это тихое место в лесу, — сообщило журналистам доверенное лицо певицы. — Там ей помогут',
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

  it('across a short narrative aside in its paragraph', () => {
    expect(quotes('Фермер Иван Орлов рассказал, что его сарай сгорел. Соседи помогли потушить огонь. Пожарные приехали через час. «С того дня я не сплю по ночам».').at(-1)).toBe(
      'direct | Иван Орлов | С того дня я не сплю по ночам',
    );
  });

  it('opening the paragraph after the one the report ends', () => {
    expect(quotes('«Мы готовы к переговорам», — сказал Джон Говард.\n\n«Переговоры продолжатся завтра утром в Женеве».').at(-1)).toBe(
      'direct | Джон Говард | Переговоры продолжатся завтра утром в Женеве',
    );
  });

  it('not where the paragraph before goes on after the report', () => {
    expect(quotes('«Мы готовы к переговорам», — сказал Джон Говард. Делегации прибыли в Женеву в понедельник. Их встретил министр. Погода была плохой.\n\n«Переговоры продолжатся завтра утром в Женеве».').at(-1)).toBe(
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

  it('корпорация for a company the text called «компания»', () => {
    expect(names('Компания «Вектор» выразила соболезнования. В заявлении корпорации говорится, что она готова помочь следствию.')).toEqual(['Вектор']);
  });

  it('the kind named by the noun a genitive before the name complements (производителя оружия X)', () => {
    expect(names('Гендиректор производителя оружия Orbital Dynamics Иван Петров уходит в отставку. Об этом сообщается в пресс-релизе компании.')).toEqual(['Orbital Dynamics']);
  });
});

describe('a pronoun after a quotation', () => {
  it('is not a person the quotation talks about', () => {
    expect(quotes('Иван Петров выступил на форуме. «Я считаю, что Анатолий Чубайс ошибается», — сказал он.')).toEqual([
      'direct | Иван Петров | Я считаю, что Анатолий Чубайс ошибается',
    ]);
  });
});

describe('a pronoun after or inside a quotation of several sentences', () => {
  it('is read from where the quotation opens, not from a name or noun inside it', () => {
    expect(quotes('Иван Петров выступил на форуме. «Я считаю, что Анатолий Сомов ошибается. Но Олег Козлов прав», — сказал он.')).toEqual([
      'direct | Иван Петров | Я считаю, что Анатолий Сомов ошибается. Но Олег Козлов прав',
    ]);
    expect(quotes('Иван Петров выступил на форуме. «Пока нет причин думать, что парламент изменится. Посмотрим, как он будет работать», — сказал он.')).toEqual([
      'direct | Иван Петров | Пока нет причин думать, что парламент изменится. Посмотрим, как он будет работать',
    ]);
  });

  it('a cue splitting a quotation in straight marks does not give the speaker a name from its first part', () => {
    expect(quotes('Сам Иван Петров не скрывает удовольствия. "Специалиста такого калибра, как Олег, мы искали три года, - заявил он. - Мы в восторге".')).toEqual([
      'direct | Иван Петров | Специалиста такого калибра, как Олег, мы искали три года, - заявил он. - Мы в восторге',
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

describe('a bare role stands for the person given that role', () => {
  it('not for the nearest person with another role', () => {
    expect(quotes('Пётр Сомов, министр финансов, встретился с губернатором края Олегом Кравцовым. Министр заявил, что бюджет будет исполнен.')).toEqual([
      'indirect | Пётр Сомов | бюджет будет исполнен',
    ]);
  });

  it('an office (судья, президент) is no one the text gave another role: left unlinked', () => {
    expect(quotes('В пожаре погиб отец троих детей Иван Лебедев. В среду судья сказал, что утрата невосполнима.')).toEqual(['indirect | судья | утрата невосполнима']);
    expect(quotes('Председатель совета Игорь Рогов отклонил жалобу. Президент заявил, что выборы пройдут в срок.')).toEqual(['indirect | Президент | выборы пройдут в срок']);
  });

  it('the head of a cabinet holds the premier\'s office', () => {
    expect(quotes('Глава кабинета министров страны Йенс Ульссон принял отставку министра энергетики Улофа Берга. Премьер также отметил, что преемником Берга станет Карл Лунд.')).toEqual([
      'indirect | Йенс Ульссон | преемником Берга станет Карл Лунд',
    ]);
  });

  it('a role with a field of its own is not someone given the role in another field', () => {
    expect(quotes('Глава государства Иван Мугов проголосовал в столице. Глава группы наблюдателей заявил, что выборы прошли честно.')).toEqual([
      'indirect | Глава группы наблюдателей | выборы прошли честно',
    ]);
  });
});

describe('a role opened by a possessive', () => {
  it('is someone of the person named, not that person (Его адвокат)', () => {
    expect(quotes('Иван Петров задержан. Его адвокат заявил, что он будет оспаривать обвинения.')).toEqual(['indirect | адвокат Ивана Петрова | он будет оспаривать обвинения']);
  });
});

describe('a pronoun after «со ссылкой на X»', () => {
  it('stands for the source the report cited, not its subject', () => {
    expect(quotes('В Москве полиция пришла в штаб фонда, сообщает «Медиазона» со ссылкой на пресс-секретаря фонда Киру Ярмыш. По её словам, полицейские стоят за дверью.').at(-1)).toBe(
      'indirect | Кира Ярмыш | полицейские стоят за дверью',
    );
    expect(quotes('Издание Expressen сообщает об этом со ссылкой на представителя IKEA. По его словам, Иван Кампрад больше не будет управлять компанией.').at(-1)).toBe(
      'indirect | представитель IKEA | Иван Кампрад больше не будет управлять компанией',
    );
  });
});

describe('two organisations joined by «и»', () => {
  it('each report the content, before or after the cue, and in a source frame', () => {
    expect(quotes('Сбербанк и ВТБ заявили, что снизят ставки.')).toEqual(['indirect | Сбербанк | снизят ставки', 'indirect | ВТБ | снизят ставки']);
    expect(quotes('«Мы снизим ставки», — заявили Сбербанк и ВТБ.')).toEqual(['direct | Сбербанк | Мы снизим ставки', 'direct | ВТБ | Мы снизим ставки']);
    expect(quotes('По словам Сбербанка и ВТБ, ставки снизятся.')).toEqual(['indirect | Сбербанк | ставки снизятся', 'indirect | ВТБ | ставки снизятся']);
  });

  it('not with a singular verb', () => {
    expect(quotes('Сбербанк заявил, что снизит ставки.')).toEqual(['indirect | Сбербанк | снизит ставки']);
  });
});

describe('«они», «их» for an organisation', () => {
  it('only one named in the sentence or the one before: a body named further back is left unlinked', () => {
    expect(quotes('Об этом сообщает Reuters. Совет директоров собрался в среду. Против проголосовали около четверти акционеров. По их мнению, сделка несёт риски.').at(-1)).toBe(
      'indirect | их | сделка несёт риски',
    );
    expect(quotes('ГИБДД опровергла эту информацию. По их данным, пострадавших трое.').at(-1)).toBe('indirect | ГИБДД | пострадавших трое');
  });
});

describe('a role as the subject of the sentence before', () => {
  it('is continued by a speaking pronoun as the person the text gave that role', () => {
    expect(quotes('Спикер парламента Питер Слиппер сложил полномочия. Его обвиняют в том, что он приставал к бывшему сотруднику Джеймсу Эшби.\n\nСам спикер отвергает все обвинения. В своем микроблоге он отметил, что претензии Эшби стали для него неожиданностью.')).toEqual([
      'indirect | Питер Слиппер | претензии Эшби стали для него неожиданностью',
    ]);
  });
});

describe('a role that is no office, closing an unnamed source', () => {
  it('is named by the person the text gave it; an office keeps its word', () => {
    expect(quotes('У певицы Марии Сокол родился сын. Об этом сообщил официальный сайт певицы.')).toEqual(['indirect | официальный сайт Марии Сокол | У певицы Марии Сокол родился сын']);
    expect(quotes('У премьер-министра Ивана Сокола родился сын. Об этом сообщила канцелярия премьер-министра.')).toEqual([
      'indirect | канцелярия премьер-министра | У премьер-министра Ивана Сокола родился сын',
    ]);
  });
});

describe('a bare role after a sentence whose subject holds it', () => {
  it('continues that subject, before someone named with the role elsewhere', () => {
    expect(quotes('Иван Сомов объявил об участии в президентской кампании\n\nВ понедельник сенатор от Техаса объявил, что намерен вступить в борьбу за президентский пост. Иван Сомов — сенатор с 2013 года.\n\nСреди других политиков, от которых ожидают аналогичных объявлений, — сенаторы Олег Пол из Кентукки и Марк Рубин из Флориды.')).toEqual([
      'indirect | Иван Сомов | намерен вступить в борьбу за президентский пост',
    ]);
  });
});

describe('a body named after «в» as the source', () => {
  it('by its kind noun with the name after it, or for the body of that kind just named', () => {
    expect(quotes('В аукционном доме Christie\'s сообщили, что покупатель пожелал остаться неизвестным.')).toEqual(['indirect | Christie\'s | покупатель пожелал остаться неизвестным']);
    expect(quotes('Картину продали на торгах, проведенных аукционным домом Christie\'s в Лондоне. Об этом сообщили в аукционном доме, который открыл неделю русских торгов.')).toEqual([
      'indirect | Christie\'s | Картину продали на торгах, проведенных аукционным домом Christie\'s в Лондоне',
    ]);
  });
});

describe('a capitalised kind of body after «в», with the body\'s own name in marks', () => {
  it('gives the quoted name as the source (в Государственном музее «Царицыно» заявили)', () => {
    expect(quotes('В Государственном музее «Коломенское» заявили, что выставку продлят до марта.')).toEqual(['indirect | Коломенское | выставку продлят до марта']);
    // The kind alone is still the body.
    expect(quotes('В Государственном музее заявили, что выставку продлят до марта.')).toEqual(['indirect | Государственный музей | выставку продлят до марта']);
  });
});

describe('the subject of the sentence before, for a speaking pronoun', () => {
  it('is not a name in another case that also reads as a nominative (Ю.Сомова)', () => {
    expect(quotes('Проверку возглавил замгенпрокурора Юрий Сомов. Ю.Сомов руководил проверкой, назначенной генпрокурором.\n\nРанее о взятках и участии Ю.Сомова в "группировке" заявил бывший прокурор Станислав Буянов, который якобы проник в резиденцию. В обращении к СМИ он рассказал, что столкнулся со злоупотреблениями.').at(-1)).toBe(
      'indirect | Станислав Буянов | столкнулся со злоупотреблениями',
    );
  });
});

describe('a generic noun with adjectives', () => {
  it('still stands for the one body of its kind just named (пресс-служба крупного банка)', () => {
    expect(quotes('Банк «Восток» снизил ставки по вкладам. Об этом сообщила пресс-служба крупного банка.')).toEqual(['indirect | Восток | Банк «Восток» снизил ставки по вкладам']);
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

describe('a text named before «где» speaks for a document cue', () => {
  it('the text noun before the comma, not the subject of the main clause', () => {
    expect(quotes('Прокурор представил суду характеристику из колонии, где говорится, что осуждённый не раскаялся.')).toEqual([
      'indirect | характеристика | осуждённый не раскаялся',
    ]);
  });

  it('not a person named in its complement', () => {
    expect(quotes('Суд изучил характеристику с места работы Олега Козлова, где говорится, что он был образцовым сотрудником.')).toEqual([
      'indirect | характеристика | он был образцовым сотрудником',
    ]);
  });
});

describe('a role with a place named after someone', () => {
  it('is held by the person named after the place, not by someone given the role before', () => {
    expect(quotes('Ранее о гастролях рассказал директор цирка на Цветном бульваре Максим Никулин. «Мы ждём зрителей», — сказал директор цирка на Вернадского Эдгард Запашный.')).toEqual([
      'direct | Эдгард Запашный | Мы ждём зрителей',
    ]);
  });
});

describe('a singular pronoun after a group joined by «и»', () => {
  it('does not stand for one member of the group, but for the source before', () => {
    expect(quotes('Художник Олег Козлов умер в Берлине, сообщила журналист Анна Смирнова.\nРядом с ним находились его жена и сыновья.\n\nПо её словам, врачи боролись за его жизнь до конца.').at(-1)).toBe(
      'indirect | Анна Смирнова | врачи боролись за его жизнь до конца',
    );
  });

  it('still stands for an unnamed person alone', () => {
    expect(quotes('Художник Олег Козлов умер в Берлине, сообщила журналист Анна Смирнова.\nРядом с ним находилась его жена.\n\nПо её словам, врачи боролись за его жизнь до конца.').at(-1)).toBe(
      'indirect | жена Олега Козлова | врачи боролись за его жизнь до конца',
    );
  });
});

describe('a date set off by commas between a dash cue and its subject', () => {
  it('is passed over: the subject after it speaks', () => {
    expect(quotes('«Мы готовы к переговорам», — заявил в четверг, 5 апреля 2018 года, министр финансов Иван Петров.')).toEqual([
      'direct | Иван Петров | Мы готовы к переговорам',
    ]);
  });

  it('not when an adverbial follows it instead of a subject', () => {
    expect(quotes('Министр финансов Иван Петров прилетел в Женеву. «Мы готовы к переговорам», — заявил он в четверг, 5 апреля, на брифинге в Женеве.')).toEqual([
      'direct | Иван Петров | Мы готовы к переговорам',
    ]);
  });
});

describe('a cue joined by «и» to an earlier verb of the clause', () => {
  it('shares that verb\'s subject, not a name in the clause between', () => {
    expect(quotes('Губернатор Иван Сидоров напомнил, что Анна Кузнецова работала в области десять лет, и добавил, что её будет не хватать.')).toEqual([
      'indirect | Иван Сидоров | Анна Кузнецова работала в области десять лет',
      'indirect | Иван Сидоров | её будет не хватать',
    ]);
    expect(quotes('Источник в мэрии назвал отставку Петра Волкова «большой потерей» и выразил мнение, что преемника найдут не скоро.')).toContain(
      'indirect | Источник в мэрии | преемника найдут не скоро',
    );
  });

  it('so does a cue joined by «однако» or «но»', () => {
    expect(quotes('Олег Смирнов избран в Госдуму. Политик заявил, что вся партия и сам Иван Зуев осудили этот поступок, однако напомнил, что суд ещё не вынес решения.')).toEqual([
      'indirect | Олег Смирнов | вся партия и сам Иван Зуев осудили этот поступок',
      'indirect | Олег Смирнов | суд ещё не вынес решения',
    ]);
    expect(quotes('Анна Белова возглавила клуб. Она сказала, что Иван Зуев сыграл слабо, но уточнила, что команда готова к сезону.')).toEqual([
      'indirect | Анна Белова | Иван Зуев сыграл слабо',
      'indirect | Анна Белова | команда готова к сезону',
    ]);
  });
});

describe('two names in a row after a noun', () => {
  it('an indeclinable first one is the noun\'s genitive complement; the second holds the role and speaks', () => {
    expect(quotes('Певица Сара Конти выпустила альбом. Менеджер Конти Мэри Адамс заявила журналистам: «Мы очень рады».')).toEqual([
      'direct | Мэри Адамс | Мы очень рады',
    ]);
  });
});

describe('a source frame with no comma after its source', () => {
  it('ends before a name that can only be nominative: that name opens the reported clause', () => {
    expect(quotes('По словам врачей Михаил Зайцев находится в тяжёлом состоянии.')).toEqual(['indirect | врачи | Михаил Зайцев находится в тяжёлом состоянии']);
  });
  it('keeps a name in the genitive after the source: the name in apposition speaks', () => {
    expect(quotes('По словам директора клуба Михаила Зайцева, команда готова к сезону.')).toEqual(['indirect | Михаил Зайцев | команда готова к сезону']);
  });
});

describe('a participial aside between the subject and its cue', () => {
  it('holds complements, not the subject: the phrase before the aside speaks, the aside describing it', () => {
    expect(quotes('Рабочие, захватившие здание компании «Север», объявили, что не уйдут до выплаты зарплат.')).toEqual([
      'indirect | Рабочие, захватившие здание компании «Север» | не уйдут до выплаты зарплат',
    ]);
  });
});

describe('a quoted name after an organisation noun in a role\'s tail', () => {
  it('belongs to the role phrase, which speaks', () => {
    expect(quotes('Представители компании «Северсталь» заявили, что поставки продолжатся.')).toEqual([
      'indirect | Представители компании «Северсталь» | поставки продолжатся',
    ]);
    expect(quotes('Глава движения «Зелёный город» заявил, что акция пройдёт в субботу.')).toEqual([
      'indirect | Глава движения «Зелёный город» | акция пройдёт в субботу',
    ]);
  });
});

describe('two named subjects joined by «и» before a plural cue', () => {
  it('each report the content, each after its own role too', () => {
    expect(quotes('Губернатор области Иван Петров и мэр города Анна Смирнова заявили, что мост откроют в июне.')).toEqual([
      'indirect | Иван Петров | мост откроют в июне',
      'indirect | Анна Смирнова | мост откроют в июне',
    ]);
  });
});

describe('a body after a preposition in a cue', () => {
  it('governs its genitive tail, which may read as a nominative of another word (банка, мэрии)', () => {
    expect(quotes('«Мы справимся», — заявили в пресс-службе банка.')).toEqual(['direct | пресс-служба банка | Мы справимся']);
    expect(quotes('Мост откроют в июне, сообщили в пресс-службе мэрии.')).toEqual(['indirect | пресс-служба мэрии | Мост откроют в июне']);
  });
});

describe('a text\'s author named by common nouns and a place', () => {
  it('is the whole phrase, not the place at its end', () => {
    expect(quotes('Мост откроют в июне, говорится в сообщении пресс-службы мэрии Казани.')).toEqual([
      'indirect | пресс-служба мэрии Казани | Мост откроют в июне',
    ]);
  });
});

describe('a person in apposition after a source frame\'s phrase', () => {
  it('speaks also when a role of its own comes before the name', () => {
    expect(quotes('По словам одного из организаторов, директора городского музея Анны Беловой, выставка продлится до осени.')).toEqual([
      'indirect | Анна Белова | выставка продлится до осени',
    ]);
  });
});

describe('a source after an outlet\'s unquoted name', () => {
  it('keeps its place after the name (источники РБК в правительстве)', () => {
    expect(quotes('Источники РБК в администрации области сообщили, что губернатор уйдёт в отставку.')).toEqual([
      'indirect | Источники РБК в администрации области | губернатор уйдёт в отставку',
    ]);
  });
});

describe('a gloss in brackets after an organisation\'s name', () => {
  it('does not end the speaker phrase: the person named after it speaks', () => {
    expect(quotes('Как сообщил пресс-секретарь Союза садоводов России (ССР) Игорь Лаптев, урожай будет хорошим.')).toEqual([
      'indirect | Игорь Лаптев | урожай будет хорошим',
    ]);
  });
});

describe('a quoted name right after a role', () => {
  it('is the role\'s complement, even where it does not decline', () => {
    expect(quotes('Глава «Фрейксенет», который понёс убытки, отметил, что решение верное.')).toEqual(['indirect | Глава «Фрейксенет» | решение верное']);
  });
});

describe('a genitive noun with a verb\'s ending in a speaker\'s tail', () => {
  it('continues the phrase when the dictionary knows it only as a noun (круглого стола)', () => {
    expect(quotes('Участники круглого стола заявили, что закон нужен.')).toEqual(['indirect | Участники круглого стола | закон нужен']);
  });
});

describe('an aside in brackets before the cue', () => {
  it('is no part of the clause: its «который» and its nouns do not speak', () => {
    expect(quotes('Глава фонда Олег Смирнов, в интервью местным газетам (которые считаются голосом оппозиции) заявил, что фонд закроется.')).toEqual([
      'indirect | Олег Смирнов | фонд закроется',
    ]);
  });
});

describe('«они» in the sentence of an unnamed group of people', () => {
  it('stands for that group, with a noun joined to it by «и»', () => {
    expect(quotes('Некоторые родители и учителя школы направили в мэрию письмо, в котором они утверждали, что здание опасно.')).toEqual([
      'indirect | Некоторые родители и учителя школы | здание опасно',
    ]);
    expect(quotes('Родители учеников направили в мэрию письмо, в котором они утверждали, что здание опасно.')).toEqual(['indirect | Родители учеников | здание опасно']);
  });
});

describe('a speaking pronoun after a sentence with no subject of its own', () => {
  it('continues the subject of the sentence before that one; roles after «как» are no subject', () => {
    expect(quotes('Иван Зуев является учеником Олега Смирнова. Работал в театре Олега Смирнова как актёр и режиссёр. По его словам, он доволен жизнью.')).toEqual([
      'indirect | Иван Зуев | он доволен жизнью',
    ]);
  });
});

describe('a relative clause closed before the cue', () => {
  it('leaves its antecedent the subject; a name after it is another phrase\'s complement', () => {
    expect(quotes('Бизнесмен Олег Смирнов, который возглавляет совет директоров, незадолго до выступления Моретти сообщил, что продаёт акции.')).toEqual([
      'indirect | Олег Смирнов | продаёт акции',
    ]);
  });
});

describe('a speaker phrase keeps its own words', () => {
  it('reads one person\'s name after a plural noun as its genitive, not its apposition', () => {
    expect(quotes('Критики Рахимова считают, что реформа провалилась.')).toEqual(['indirect | Критики Рахимова | реформа провалилась']);
  });

  it('after «по словам», leaves a person of its tail to the noun that person belongs to', () => {
    expect(quotes('По словам представителей администрации губернатора Олега Смирнова, дорогу откроют в мае.')).toEqual([
      'indirect | представители администрации губернатора Олега Смирнова | дорогу откроют в мае',
    ]);
    expect(quotes('По словам пресс-секретаря Олега Смирнова, дорогу откроют в мае.')).toEqual(['indirect | Олег Смирнов | дорогу откроют в мае']);
  });

  it('names a quoted outlet that declines by its nominative, one written as named as written', () => {
    expect(quotes('По данным «Вестей», мэр ушёл в отставку.')).toEqual(['indirect | Вести | мэр ушёл в отставку']);
    expect(quotes('Как пишет газета «Известия», мэр ушёл в отставку.')).toEqual(['indirect | Известия | мэр ушёл в отставку']);
  });

  it('keeps the prepositional complement of a participle that stands for people, not a time after it', () => {
    expect(quotes('Пострадавшие при взрыве рассказали, что слышали хлопок.')).toEqual(['indirect | Пострадавшие при взрыве | слышали хлопок']);
    expect(quotes('Опрошенные в среду заявили, что довольны.')).toEqual(['indirect | Опрошенные | довольны']);
  });

  it('keeps a participle that agrees with the noun', () => {
    expect(quotes('Присутствовавшие врачи пояснили, что операция прошла успешно.')).toEqual(['indirect | Присутствовавшие врачи | операция прошла успешно']);
    expect(quotes('Как рассказали журналу осведомлённые источники, сделка сорвалась.')).toEqual(['indirect | осведомлённые источники | сделка сорвалась']);
  });
});

describe('«Папа» and «глава церкви» as speakers', () => {
  it('stand for the person the text called Папа, and «Папа» as a father stands for no one else', () => {
    expect(quotes('Вечером папа Римский Франциск принял паломников. Бедным нужно помогать, напомнил Папа, а не отворачиваться от них.')).toEqual([
      'indirect | Франциск | Бедным нужно помогать',
    ]);
    expect(quotes('Вечером папа Римский Франциск принял паломников. Глава католической церкви заявил, что мир нуждается в милосердии.')).toEqual([
      'indirect | Франциск | мир нуждается в милосердии',
    ]);
    expect(quotes('Иван Петров вернулся домой поздно. Папа сказал, что очень устал.')).toEqual(['indirect | Папа | очень устал']);
  });
});

describe('a name after an adjective with no nominative reading', () => {
  it('is in an oblique case, so the subject named after it speaks', () => {
    expect(quotes('На площади у храма святого Петра в Риме Франциск призвал мир помнить о тех, кто «потерял свой дом».')).toEqual([
      'mixed | Франциск | мир помнить о тех, кто «потерял свой дом»',
    ]);
  });
});

describe('a plural pronoun after a named pair', () => {
  it('stands for the two people joined by «и» in the sentence before', () => {
    expect(quotes('Анна Белова и Олег Смирнов поженились в июле в Казани. Они рассказали, что свадьба прошла скромно.')).toEqual([
      'indirect | Анна Белова и Олег Смирнов | свадьба прошла скромно',
    ]);
    expect(quotes('Анна Белова и Олег Смирнов поженились в июле в Казани. По их словам, свадьба прошла скромно.')).toEqual([
      'indirect | Анна Белова и Олег Смирнов | свадьба прошла скромно',
    ]);
  });

  it('stays unlinked when the pair is further back', () => {
    expect(quotes('Анна Белова и Олег Смирнов поженились в июле. Гостей было немного. Ресторан закрыли на вечер. Они рассказали, что свадьба прошла скромно.')).toEqual([
      'indirect | Они | свадьба прошла скромно',
    ]);
  });
});

describe('a surname inside an unnamed speaker', () => {
  it('is not completed from a mention in another case when it does not decline: the first name is declined instead', () => {
    expect(quotes('На окраине Лимы живёт 60-летний Мигель Кастро. Соседи Кастро рассказали, что он держит двадцать кошек.')).toEqual([
      'indirect | Соседи Мигеля Кастро | он держит двадцать кошек',
    ]);
  });
  it('a surname that shows its case is completed from a fuller mention in that case, whatever the first name may read as', () => {
    expect(quotes('Основатель проекта Джулиан Ассанж задержан в Лондоне. Суд рассмотрит дело Джулиана Ассанжа в среду. Сторонники Ассанжа считают, что дело сфабриковано.')).toEqual([
      'indirect | Сторонники Джулиана Ассанжа | дело сфабриковано',
    ]);
  });
  it('after a plural noun for people, a woman\'s surname that does not decline is its complement, completed to her full name', () => {
    expect(quotes('Телеведущая Кэрол Дженкинс подала в суд на отель. Адвокаты Дженкинс настаивали, что персонал нарушил закон.')).toEqual([
      'indirect | Адвокаты Кэрол Дженкинс | персонал нарушил закон',
    ]);
    // A singular role or a thing's plural before the name stays an apposition: the name speaks.
    expect(names('Заведующий отделением городской больницы № 5 Дмитрий Воронов заявил, что пациентку оперируют.')).toEqual(['Дмитрий Воронов']);
  });
});

describe('a speaking pronoun and a role with its holder named', () => {
  it('does not take the role as an unnamed person of the pronoun gender when a man holds it', () => {
    expect(quotes('Глава компании Олег Козлов встретился с Анной Смирновой. Она заявила, что сделка состоится.')).toEqual([
      'indirect | Анна Смирнова | сделка состоится',
    ]);
  });
});

describe('a possessive before a text names its author', () => {
  it('speaks for the person or group the pronoun stands for', () => {
    expect(quotes('Олег Козлов подал в отставку. «Я больше не могу работать в таких условиях», — говорится в его заявлении.')).toEqual([
      'direct | Олег Козлов | Я больше не могу работать в таких условиях',
    ]);
    expect(quotes('Анна Смирнова обратилась к губернатору. В её письме сказано, что дом нужно расселить.')).toEqual([
      'indirect | Анна Смирнова | дом нужно расселить',
    ]);
  });

  it('leaves the text as the speaker when the pronoun stands for another text', () => {
    expect(quotes('Министерство опубликовало отчёт. В его докладе говорится, что цены выросли.')).toEqual(['indirect | доклад | цены выросли']);
  });
});

describe('a plural pronoun after a plural pronoun subject', () => {
  it('goes on with the unnamed group that pronoun continues', () => {
    expect(quotes('Родители студентки приехали в суд. Они просили судью о снисхождении. «Мы простили его», — говорится в их заявлении.')).toEqual([
      'direct | Родители студентки | Мы простили его',
    ]);
    expect(quotes('Жители посёлка собрались у администрации. Они требовали встречи с мэром. По их словам, воды нет неделю.')).toEqual([
      'indirect | Жители посёлка | воды нет неделю',
    ]);
  });
});

describe('a source frame with a described source', () => {
  it('keeps an adjective with its own complement after the source out of the content, in the source’s name', () => {
    expect(quotes('По словам источника, близкого к руководству компании, сделка сорвалась.')).toEqual(['indirect | источник, близкий к руководству компании | сделка сорвалась']);
  });

  it('still starts the content at a nominative adjective, the next clause’s subject', () => {
    expect(quotes('По словам источника, новый министр близок к отставке.')).toEqual(['indirect | источник | новый министр близок к отставке']);
  });
});

describe('someone who speaks for a person the text named before', () => {
  it('is not that person when the name does not show its case (Теру, Цвангираи)', () => {
    expect(names('Музыкант Пьер Теру выпустил альбом. Как сообщил журналу «Огонёк» официальный представитель Теру, тур начнётся весной.')).not.toContain('Пьер Теру');
    expect(names('Лидер оппозиции Морган Цвангираи не признал итоги. Представитель партии Цвангираи заявил, что выборы были подтасованы.')).toEqual(['Представитель партии Моргана Цвангираи']);
  });

  it('a person named between commas after the phrase is the speaker', () => {
    expect(quotes('Ли Мин умер в 1990 году. Внучка Ли Мина, Анна Ли, училась в Женеве, писала, что гордится прадедом.')).toEqual(['indirect | Анна Ли | гордится прадедом']);
  });

  it('a surname that does not decline takes the genitive the role governs, the first name with it (Пьера Теру)', () => {
    expect(quotes('Музыкант Пьер Теру выпустил альбом. Как сообщил журналу «Огонёк» официальный представитель Теру, тур начнётся весной.')).toEqual([
      'indirect | официальный представитель Пьера Теру | тур начнётся весной',
    ]);
  });

  it('a name first given here with the role holds it', () => {
    expect(quotes('Официальный представитель Пьер Теру заявил, что тур начнётся весной.')).toEqual(['indirect | Пьер Теру | тур начнётся весной']);
  });
});

describe('an office of a country or a body the text never links to a person (dict/words/office-holders.tsv)', () => {

  it('is the person who held it in the year the text dates its news by, when the text names them', () => {
    expect(names('3 марта 2016 года Владимир Путин побывал в Сочи. Президент России заявил, что курорт готов к сезону.')).toEqual(['Владимир Путин']);
    expect(names('В 2010 году Дмитрий Медведев и Владимир Путин посетили завод. Президент России отметил, что завод готов.')).toEqual(['Дмитрий Медведев']);
  });

  it('is not a well-known person who held another office that year', () => {
    expect(names('3 марта 2016 года премьер Дмитрий Медведев побывал в Сочи. Президент России заявил, что курорт готов к сезону.')).toEqual(['Президент России']);
  });

  it('is left to the other rules where the text gives no year', () => {
    // The text with «В 2010 году» before it gives Медведев (above); with no year the table does not choose between the two.
    expect(names('Дмитрий Медведев и Владимир Путин посетили завод. Президент России отметил, что завод готов.')).toEqual(['Президент России']);
  });

  it('takes a year only before «год» or its abbreviation, not before another word of that stem', () => {
    expect(names('Отметили 2010 годовщину. Дмитрий Медведев и Владимир Путин посетили завод. Президент России отметил, что завод готов.')).toEqual(['Президент России']);
    expect(names('Это случилось в 2010 г. Дмитрий Медведев и Владимир Путин посетили завод. Президент России отметил, что завод готов.')).toEqual(['Дмитрий Медведев']);
  });
});

describe('a generic noun for an organisation quoted before', () => {
  it('is the latest quoted one of its kind, past another body quoted in between', () => {
    const text = 'Глава фонда уйдёт в отставку, сообщает газета «Вечерний курьер». На днях комитет «Гражданский контроль» заявил, что проверит фонд. ' +
      'Имя преемника пока не названо. Кандидатов несколько. Решение примут позже. Как пишет издание, глава фонда давно жаловался на усталость.';
    expect(names(text)).toEqual(['Вечерний курьер', 'Гражданский контроль', 'Вечерний курьер']);
  });
});

describe('a body named again by its head noun alone, capitalised', () => {
  it('is the body the text last named with that word (Комиссия, Агентство)', () => {
    const text = 'Анна Белова возглавила Комиссию по надзору за рынками Эстонии. Вчера Комиссия сообщила, что Белова уходит в отставку.';
    expect(quotes(text)).toEqual(['indirect | Комиссия по надзору за рынками Эстонии | Белова уходит в отставку']);
    expect(names('Умер директор МАГАТЭ. Об этом сообщило Агентство на своём сайте.')).toEqual(['МАГАТЭ']);
  });
});

describe('a role phrase of a joined predicate, its holder named after its tail', () => {
  it('is the person named past a few words of the tail (от России)', () => {
    expect(names('Судья Европейского суда по правам человека от России Иван Петров поддержал закон и высказался за право «жить без ограничений».')).toEqual(['Иван Петров']);
  });

  it('not a name in another case, the complement', () => {
    expect(names('Адвокат обвиняемого Ивана Петрова поддержал закон и высказался за право «жить без ограничений».')).not.toContain('Иван Петров');
  });
});

describe('a singular role joined by «и» to another subject of a plural verb', () => {
  it('is still one person, the one the text gave the role; the other subject gets a quote of its own', () => {
    const text = 'На совещании выступил глава администрации города Анна Белова. Глава администрации и представители церкви утверждали, что решение принято по желанию жителей.';
    expect(names(text)).toEqual(['Анна Белова', 'представители церкви']);
  });

  it('a plural role of a plural verb stays a group', () => {
    const text = 'На совещании выступил глава администрации города Анна Белова. Главы администраций утверждали, что решение принято по желанию жителей.';
    expect(names(text)).toEqual(['Главы администраций']);
  });
});

describe('a role word right after another role, before a name that shows no case', () => {
  it('is the first role’s field, not the named person’s role (адвокат обвиняемого Илиас Спирлиадис)', () => {
    const text = 'Арестованный в Греции Иван Петров, обвиняемый властями США в мошенничестве, написал признание. Адвокат обвиняемого Илиас Спирлиадис подтвердил факт отправки признания. ' +
      'По словам обвиняемого, его арест является операцией спецслужб.';
    expect(names(text)).toEqual(['Иван Петров']);
  });
});

describe('a role whose holder is named past its field', () => {
  it('reads through «и» joining two nouns of the field', () => {
    expect(names('Премию получил Барак Обама. По мнению члена комитета Совфеда по обороне и безопасности Ивана Петрова, решение было ошибкой.')).toEqual(['Иван Петров']);
  });

  it('a chain of appositions after the cue ends in the name, a gloss in brackets after it', () => {
    expect(names('Поправки призваны «укрепить бюджет», пояснил автор поправок, заместитель председателя комитета по бюджету Иван Петров («Справедливая Россия»).')).toEqual(['Иван Петров']);
  });
});

describe('a possessive before an unnamed speaker names its owner in the genitive', () => {
  it('made from the nominative name where the text never declines it', () => {
    expect(quotes('Композитор Кшиштоф Пендерецкий умер в воскресенье. Его дочь рассказала журналистам, что одна из его сиделок заболела.')).toEqual([
      'indirect | дочь Кшиштофа Пендерецкого | одна из его сиделок заболела',
    ]);
    expect(quotes('Хакер Гэри Мак-Киннон ждёт суда. Его адвокаты выражали опасения, что к нему применят особые меры.')).toEqual([
      'indirect | адвокаты Гэри Мак-Киннона | к нему применят особые меры',
    ]);
    expect(quotes('Певица Анна Нетребко вернулась в Москву. Её продюсер сообщил, что концерт пройдёт.')).toEqual(['indirect | продюсер Анны Нетребко | концерт пройдёт']);
  });
  it('past a noun the text named the person with: in apposition (хакер Иван Петров) or elsewhere (40-летний хакер)', () => {
    expect(quotes('Британский хакер Иван Петров взломал компьютеры Пентагона. Его адвокаты заявили, что к нему применят особые меры.')).toEqual([
      'indirect | адвокаты Ивана Петрова | к нему применят особые меры',
    ]);
    expect(quotes('Суд решил выдать хакера Ивана Петрова властям США. 40-летний хакер хотел бы предстать перед судом дома. Его адвокаты опасаются, что его отправят на военную базу.')).toEqual([
      'indirect | адвокаты Ивана Петрова | его отправят на военную базу',
    ]);
  });
  it('a chain of subject pronouns gives the same person whatever quotation later in the text asked it first', () => {
    const chain = 'Иван Петров приехал в Москву. Он встретился с Олегом Козловым. Он обсудил с ним контракт. Вечером он заявил, что переговоры прошли успешно.';
    expect(names(chain)).toEqual(['Иван Петров']);
    expect(names(`${chain} Он остался доволен. «Всё идёт по плану», — сказал он.`)[0]).toBe('Иван Петров');
  });
  it('through a subject pronoun in the sentence before, whatever noun follows it there (Он болел несколько лет)', () => {
    expect(quotes('Композитор Ян Ковальский умер в Варшаве. Он болел несколько лет. Его дочь рассказала, что отец не страдал.')).toEqual([
      'indirect | дочь Яна Ковальского | отец не страдал',
    ]);
  });
  it('past a noun a number counts in the sentence before (Ему было 80 лет: «лет» is no subject)', () => {
    expect(quotes('Умер композитор Ян Ковальский. Ему было 80 лет. Его дочь рассказала, что отец не страдал.')).toEqual(['indirect | дочь Яна Ковальского | отец не страдал']);
  });
  it('through a pronoun that continues that phrase', () => {
    expect(quotes('Моряк Джордж Мендонса умер в субботу. О смерти Мендонсы сообщила его дочь. Она рассказала, что её отец страдал сердечной недостаточностью.')).toContainEqual(
      'indirect | дочь Джорджа Мендонсы | её отец страдал сердечной недостаточностью',
    );
  });
  it('a plural noun for people takes a name in an oblique case as its complement', () => {
    expect(quotes('Суд над Брендтом Кристенсеном продолжается. Адвокаты Кристенсена заявили, что их клиент болен.')).toEqual(['indirect | Адвокаты Брендта Кристенсена | их клиент болен']);
  });
});

describe('an unnamed speaker keeps the words that agree with its noun', () => {
  it('an adjective\'s own prepositional complement before the noun (близких к семье источников)', () => {
    expect(quotes('Несколько близких к семье источников сообщили, что певец уехал из страны.')).toEqual([
      'indirect | Несколько близких к семье источников | певец уехал из страны',
    ]);
  });
  it('a participle with its object before the noun (лечащие Чавеса врачи)', () => {
    expect(quotes('Поддерживающие Навального активисты заявили, что акция состоится.')).toEqual(['indirect | Поддерживающие Навального активисты | акция состоится']);
  });
  it('so does one before a noun that is itself a participle read as a noun for people (задержанные полицией подозреваемые)', () => {
    expect(names('В Самаре задержанные полицией подозреваемые заявили, что не знали о краже.')).toEqual(['задержанные полицией подозреваемые']);
  });
  it('a participle with its own words before the noun opens the phrase (опрошенные газетой аналитики)', () => {
    expect(quotes('Рынок растёт. Как отмечают опрошенные газетой аналитики, цены вырастут.')).toEqual(['indirect | опрошенные газетой аналитики | цены вырастут']);
    expect(quotes('Проверка началась. По словам возглавляющего комиссию депутата, проверка займёт месяц.')).toEqual(['indirect | возглавляющий комиссию депутат | проверка займёт месяц']);
    expect(quotes('Рынок растёт. По словам работающего в министерстве источника, иск подан.')).toEqual(['indirect | работающий в министерстве источник | иск подан']);
    expect(quotes('Возглавляющий следственную группу полковник заявил, что проверка займёт месяц.')).toEqual(['indirect | Возглавляющий следственную группу полковник | проверка займёт месяц']);
  });
  it('a person\'s name in the genitive is completed by the first name the text gave (Сторонники Джулиана Брамса)', () => {
    expect(quotes('Активист Джулиан Брамс арестован. Сторонники Брамса утверждают, что дело сфабриковано.')).toEqual(['indirect | Сторонники Джулиана Брамса | дело сфабриковано']);
  });
  it('an adjective that agrees with none of the noun\'s readings is the head, the noun its genitive (знакомый семьи)', () => {
    expect(quotes('Актёр Иван Петров пропал. По словам знакомого семьи, актёр уехал на дачу.')).toEqual(['indirect | знакомый семьи | актёр уехал на дачу']);
    expect(quotes('Актёр Иван Петров пропал. По словам знакомых семьи, актёр уехал на дачу.')).toEqual(['indirect | знакомые семьи | актёр уехал на дачу']);
    expect(quotes('Актёр Иван Петров пропал. По словам близкой подруги семьи, актёр уехал на дачу.')).toEqual(['indirect | близкая подруга семьи | актёр уехал на дачу']);
  });
  it('a plural adjective the morphology lists under another case still agrees (некоторых изданий → некоторые издания)', () => {
    expect(quotes('Певец заболел. По данным некоторых изданий, певец находится в больнице.')).toEqual(['indirect | некоторые издания | певец находится в больнице']);
  });
  it('so does one that is the antecedent of «который» (приводит слова знакомого семьи, который …)', () => {
    expect(quotes('Актёр Иван Петров пропал. Газета приводит слова знакомого семьи, который рассказал, что актёр уехал.')).toEqual(['indirect | знакомый семьи | актёр уехал']);
  });
});

describe('«об этом» with the subject before the verb', () => {
  it('a plural pronoun there speaks, not a place after the verb', () => {
    expect(quotes('Анна Смирнова и Иван Петров поженились в субботу. Об этом они сообщили в соцсети.')).toEqual([
      'indirect | Анна Смирнова и Иван Петров | Анна Смирнова и Иван Петров поженились в субботу',
    ]);
  });
  it('with no subject there, the place after an impersonal plural still speaks', () => {
    expect(quotes('Иван Петров женился в субботу. Об этом сообщили в пресс-службе клуба.')).toEqual(['indirect | пресс-служба клуба | Иван Петров женился в субботу']);
  });
});

describe('a noun for a person of one sex with an age', () => {
  it('is someone new, not the person just named (27-летняя женщина)', () => {
    expect(quotes('Журналист Абдиазис Абдинур вышел на свободу. 27-летняя женщина заявила, что её задержали без причины.')).toEqual([
      'indirect | 27-летняя женщина | её задержали без причины',
    ]);
  });
});

describe('a name after a role with a long complement holds the role', () => {
  it('reads past nouns of one case joined by «и», whatever their number', () => {
    expect(names('Губернатор Иван Петров открыл мост. Об этом сообщил министр транспорта и дорог области Хорхе Альварес, который приехал на открытие.')).toEqual(['Хорхе Альварес']);
  });

  it('reads past a noun for a person with a place after it', () => {
    expect(names('Как сообщает смотритель маяка в Мурманске Олег Сидоров, шторм утих к утру.')).toEqual(['Олег Сидоров']);
  });

  it('stops at the verb: a name past it is no apposition', () => {
    expect(names('Президент Иван Петров переизбран. Представитель партии заявил о победе Петрова в первом туре.')).not.toContain('Иван Петров');
  });
});

describe('a text as the speaker has the subject of the verb that made it for author', () => {
  it('«X распространила заявление, в котором сообщается»: X speaks', () => {
    expect(names('Посол Мария Сергеева распространила заявление, в котором сообщается, что переговоры отложены.')).toEqual(['Мария Сергеева']);
  });

  it('a verb that does not make the text leaves the text the speaker', () => {
    expect(names('Иван Петров обсудил заявление, в котором говорится, что прибыль выросла.')).toEqual(['заявление']);
  });
});

describe('a role only a woman holds before a man’s name', () => {
  it('is someone of his, not him (по словам матери Ивана Петрова)', () => {
    expect(names('Иван Петров уехал на север. По словам матери Ивана Петрова, он здоров.')).not.toContain('Иван Петров');
    expect(names('Иван Петров уехал на север. По словам самой матери Ивана Петрова, он здоров.')).not.toContain('Иван Петров');
  });

  it('a noun said of either sex (судья) names the man after it', () => {
    expect(names('Школу закрыли. Как сообщил судья округа Галвестон Марк Хенри, среди пострадавших есть офицер полиции.')).toEqual(['Марк Хенри']);
  });
});

describe('an emphatic «сам» before a role', () => {
  it('points back to the subject just spoken of, not the last one given the role', () => {
    expect(names('Солистка Анна Петрова пришла в группу вместе с певицей Ольгой Ивановой. Однако в новом туре она не участвует. Как сообщила сама певица, из-за болезни.')).toEqual(['Анна Петрова']);
  });
});

describe('a known person named with a nominative first name after a nominative deputy role', () => {
  it('holds the role (apposition), not a principal the deputy serves', () => {
    expect(names('Министр Игорь Сечин приехал. Потом вице-премьер РФ Игорь Сечин признался журналистам, что Россия пока не определилась.')).toEqual(['Игорь Сечин']);
  });

  it('a name whose case does not show after the deputy is still the principal', () => {
    expect(names('Актёр Пьер Теру снялся в фильме. Официальный представитель Пьера Теру сообщил, что съёмки закончены.')).not.toContain('Пьер Теру');
  });
});

describe('a name in doubled marks (wiki italics) after an organisation noun', () => {
  it('is the speaker, as in «» marks', () => {
    expect(names("Группа отменила турне. Об этом сообщила концертная компания ''Nord Sound''.")).toEqual(['Nord Sound']);
  });
});

describe('an apposition between dashes before the cue', () => {
  it('is no subject: the name before it speaks', () => {
    expect(names('Ранее Иван Петров, ставший сенатором в 2013 году, — один из фаворитов консервативного движения — недвусмысленно намекал, что готов участвовать в выборах.')).toEqual(['Иван Петров']);
  });
});

describe('an unnamed speaker keeps the complements that belong to its phrase', () => {
  it('a role keeps the body it sits for after «от» or «при» (глава группы наблюдателей от Евросоюза)', () => {
    expect(names('Глава группы наблюдателей от Евросоюза заявил, что выборы прошли честно.')).toEqual(['Глава группы наблюдателей от Евросоюза']);
    expect(names('Министр в Вашингтоне заявил, что переговоры продолжатся.')).toEqual(['Министр']);
  });
  it('a source after an outlet’s unquoted name keeps the body it sits in (источники ТАСС в правоохранительных органах)', () => {
    expect(names('По данным источников ТАСС в правоохранительных органах, тело нашли утром.')).toEqual(['источники ТАСС в правоохранительных органах']);
  });
  it('a participle clause after the comma that agrees with the noun, its participle in the nominative', () => {
    expect(names('По мнению телеканала, принадлежащего движению «Хамас», министр ушёл в отставку.')).toEqual(['телеканал, принадлежащий движению «Хамас»']);
    expect(names('Эксперты, проводившие вскрытие тела писателя, заявили, что он умер от инфаркта.')).toEqual(['Эксперты, проводившие вскрытие тела писателя']);
    expect(names('Еще трое арестованы, говорится в пресс-релизе, выпущенном прокурором.')).toEqual(['пресс-релиз, выпущенный прокурором']);
  });
  it('an adjective with its own complement after the comma (источник, близкий к ФСБ)', () => {
    expect(names('Руслан Стоянов арестован, сообщает «Коммерсантъ» со ссылкой на источник, близкий к ФСБ.')).toContain('источник, близкий к ФСБ');
  });
  it('a participle that agrees with the complement keeps its case; a list or a bare adjective is no clause', () => {
    expect(names('«Мы не знали об этом», — сказал представитель компании, отвечающей за безопасность.')).toEqual(['представитель компании, отвечающей за безопасность']);
    expect(names('Эксперты, российские и зарубежные, считают, что кризис продолжится.')).toEqual(['Эксперты']);
  });
});

describe('a person inside an unnamed speaker’s complement is named in full, in the case the phrase gives', () => {
  it('a first name alone (Защитник Юрия) takes the surname', () => {
    expect(names('Юрий Пиотровский признал вину. Защитник Юрия попросил о мягком наказании, заявив, что мужчина раскаялся.')).toEqual(['Защитник Юрия Пиотровского']);
    expect(names('Суд над Иваном Петровым начался. Адвокат Ивана заявил, что обвинение ложно.')).toEqual(['Адвокат Ивана Петрова']);
  });
  it('a pronoun after a preposition (близкого к нему источника), and the head after an adjective’s complement is no complement', () => {
    expect(names('Министр Иван Петров ушёл в отставку. По словам близкого к нему источника, решение было принято давно.')).toEqual(['близкий к Ивану Петрову источник']);
    expect(names('Певица Анна Нетребко отменила концерт. По словам близкого к ней источника, она больна.')).toEqual(['близкий к Анне Нетребко источник']);
    expect(names('Бизнесмен Игорь Юсуфов отказался от поста. По словам знакомого с ним бизнесмена, цель организации ему не ясна.')).toEqual(['знакомый с ним бизнесмен']);
  });
});

describe('the extent of an unnamed speaker at its edges', () => {
  it('a referenced source ends before a time (источники в бюро судмедэкспертизы в пятницу)', () => {
    expect(names('Причиной смерти стала тампонада, сообщает РБК со ссылкой на источники в бюро судмедэкспертизы в пятницу.')).toContain('источники в бюро судмедэкспертизы');
  });
  it('an adverb grading its first adjective belongs to it (более позднее сообщение)', () => {
    expect(names('Более позднее сообщение гласит, что тот человек умер.')).toEqual(['Более позднее сообщение']);
  });
  it('a quoted body whose first word is genitive is the source noun’s complement, and the source speaks after «в»', () => {
    expect(names('Как сообщила пресс-служба «Киностудии КИТ», съемки стартовали в четверг.')).toEqual(['пресс-служба «Киностудии КИТ»']);
    expect(names('«Съемки фильма стартовали в четверг», — сообщили в пресс-службе «Аэрофлота».')).toEqual(['пресс-служба «Аэрофлота»']);
  });
});

describe('an unnamed speaker written before with a fuller tail', () => {
  it('takes that tail when its words are the same (в офисе шерифа округа → … округа Харрис)', () => {
    expect(names('Стрельба произошла в Хьюстоне. Офис шерифа округа Харрис начал проверку. В офисе шерифа округа подтвердили, что нападавший задержан.')).toEqual(['офис шерифа округа Харрис']);
  });
  it('not when other words stand before the noun there', () => {
    expect(names('Стрельба произошла в Хьюстоне. Полиция округа Харрис начала проверку. В офисе шерифа округа подтвердили, что нападавший задержан.')).toEqual(['офис шерифа округа']);
  });
});

describe('a quoted name after a compound noun for a body', () => {
  it('is that body’s apposition inside the source’s tail (представители арт-группы «Война»)', () => {
    expect(names('Как сообщают в микроблоге представители арт-группы «Война», суд постановил оставить решение в силе.')).toEqual(['представители арт-группы «Война»']);
  });
});

describe('a cue in a relative clause with no subject of its own', () => {
  it('shares the subject of the main clause after a circumstance opening the sentence', () => {
    expect(quotes('Ранее Иван Орлов записал видеообращение, в котором сообщил, что боится обмана.')).toEqual(['indirect | Иван Орлов | боится обмана']);
    expect(quotes('В понедельник Иван Орлов опубликовал письмо, в котором заявил, что боится обмана.')).toEqual(['indirect | Иван Орлов | боится обмана']);
  });
});

describe('a text the subject put out speaks for that subject', () => {
  it('with an adverb between the verb and the text', () => {
    expect(quotes('Комитет защиты озёр распространил вчера сообщение для печати, в котором говорится, что озеро обмелело.')).toEqual(['indirect | Комитет защиты озёр | озеро обмелело']);
  });
});

describe('a speaker noun with an archaic lemma listed first', () => {
  it('is named by the common lemma («по словам матери» → мать, not матерь)', () => {
    expect(names('По словам матери, сын вернулся домой поздно вечером.')).toEqual(['мать']);
    expect(names('По словам матери погибшего, юноша никогда не курил.')).toEqual(['мать погибшего']);
  });
});
