import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../src/segment/index.js';
import { quotes } from './quote-view.js';

/** The quotation-mark pairs as the marked-off text, outermost first. */
function pairs(text: string): string[] {
  const { tokens, index } = segmentDocument(text);
  return index.pairs.map((p) => `${p.depth}:${text.slice(tokens[p.open]!.start, tokens[p.close]!.end)}`);
}

describe('wiki markup around quotations', () => {
  it("pairs ''«П»'' as the quotation «П», and ''Twitter'' as no quotation at all", () => {
    expect(pairs("Он написал в ''Twitter'': ''«Мы вернёмся»''.")).toEqual(['0:«Мы вернёмся»']);
    expect(pairs("Пресс-служба сообщила: «''Работы идут''»")).toEqual(['0:«\'\'Работы идут\'\'»']);
  });

  it("reads a что-clause past a medium in wiki italics (ответил в ''Twitter'', что …)", () => {
    expect(quotes("Актёр Иван Петров ответил в ''Twitter'', что ничего не помнит об этой истории.")).toEqual([
      'indirect | Иван Петров | ничего не помнит об этой истории',
    ]);
  });

  it("finds ''«П»'' after a colon and before a dash", () => {
    expect(quotes("Министр финансов Антон Силуанов заявил: ''«Дефицита бюджета не будет»''.")).toEqual([
      'direct | Антон Силуанов | Дефицита бюджета не будет',
    ]);
    expect(quotes("''«Мы закончим ремонт к маю»'', — сказал Сергей Собянин.")).toEqual([
      'direct | Сергей Собянин | Мы закончим ремонт к маю',
    ]);
  });
});

describe('a statement set off as the next paragraph', () => {
  it('follows a cue anywhere in the sentence before the colon', () => {
    const text = 'Мэр Сергей Собянин сказал, что доволен темпами стройки и скоро откроет новую станцию:\nЭто важный день для города. Метро станет ближе.\n\nСтанция откроется в мае.';
    expect(quotes(text)).toContain('direct | Сергей Собянин | Это важный день для города. Метро станет ближе.');
  });

  it('follows a source frame', () => {
    const text = 'По словам Сергея Собянина, стройка идёт по графику:\nМы откроем станцию в мае. Осталось немного.\n\nСтанция откроется в мае.';
    expect(quotes(text)).toContain('direct | Сергей Собянин | Мы откроем станцию в мае. Осталось немного.');
  });

  it('is not a paragraph that leads in to another colon', () => {
    const text = 'Клуб «Зенит» объявил об уходе тренера:\n\nВ заявлении на сайте клуба говорится:\nТренер покинул команду по собственному желанию.';
    const found = quotes(text);
    expect(found.some((q) => q.endsWith('говорится:'))).toBe(false);
    expect(found.some((q) => q.startsWith('direct') && q.endsWith('Тренер покинул команду по собственному желанию.'))).toBe(true);
  });
});

describe('hyphens and en dashes typed for the dialogue dash', () => {
  it('after ASCII quotes, spaced or glued to the closing comma and mark', () => {
    for (const text of [
      '"Мы готовы к диалогу", - заявил Сергей Лавров.',
      '"Мы готовы к диалогу",- заявил Сергей Лавров.',
      '"Мы готовы к диалогу", – заявил Сергей Лавров.',
      "'Мы готовы к диалогу', - заявил Сергей Лавров.",
    ]) {
      expect(quotes(text)).toEqual(['direct | Сергей Лавров | Мы готовы к диалогу']);
    }
  });

  it('opening a dialogue line at the start of the text', () => {
    expect(quotes('- Мы построим новые развязки, - ответил Сергей Собянин.')).toEqual([
      'direct | Сергей Собянин | Мы построим новые развязки',
    ]);
  });

  it('inside a split quote', () => {
    expect(quotes('"Цены стабилизируются, - сказал Антон Силуанов. - Мы к этому готовы".')).toEqual([
      'direct | Антон Силуанов | Цены стабилизируются, - сказал Антон Силуанов. - Мы к этому готовы',
    ]);
  });
});

describe('a quotation after an attribution', () => {
  it('continues the quote unless it carries an attribution of its own', () => {
    const text = '«Решение принято», — сказал Сергей Собянин на заседании — «Стройка начнётся весной, — добавил он. — Денег хватит».';
    expect(quotes(text)).toEqual([
      'direct | Сергей Собянин | Решение принято',
      'direct | Сергей Собянин | Стройка начнётся весной, — добавил он. — Денег хватит',
    ]);
  });
});

describe('speech after a colon without quotation marks', () => {
  it('runs to the end of the sentence when the cue stands by the colon', () => {
    expect(quotes('Соседка Мария Иванова ответила: нет, она ничего не знает.')).toEqual(['direct | Мария Иванова | нет, она ничего не знает.']);
    expect(quotes('Министр Сергей Лавров заявил журналистам в Москве: диалог возможен только на равных.')).toEqual([
      'direct | Сергей Лавров | диалог возможен только на равных.',
    ]);
  });

  it('is not a list after a cue with an object of its own or after a comma', () => {
    expect(quotes('Бывший мэр города признал себя виновным по трём пунктам обвинения: взятке, растрате и подлогу.')).toEqual([]);
    expect(quotes('На форуме высказывались разные идеи, в том числе: налоговые льготы и новые кредиты.')).toEqual([]);
  });
});

describe('a line of a name and a colon', () => {
  it('gives the next paragraph to the person, named after a role', () => {
    const text = 'Завод выполнил план досрочно.\nДиректор завода Иван Петров:\nМы выполним и годовой план. Работы идут по графику.\n\nЗавод основан в 1950 году.';
    expect(quotes(text)).toEqual(['direct | Иван Петров | Мы выполним и годовой план. Работы идут по графику.']);
  });

  it('is no statement when a role leads a name on a line that goes on', () => {
    expect(quotes('Директор завода Иван Петров: биография и награды')).toEqual([]);
  });
});

describe('quotes over several paragraphs', () => {
  it('continue with the same opening mark, straight or curly', () => {
    expect(quotes('"Первый абзац.\n"Второй абзац", - сказал Сергей Собянин.')).toEqual([
      'direct | Сергей Собянин | Первый абзац.\n"Второй абзац',
    ]);
    expect(quotes('“Первый абзац.\n“Второй абзац”, — сказал Сергей Собянин.')).toEqual([
      'direct | Сергей Собянин | Первый абзац.\n“Второй абзац',
    ]);
  });

  it('continue a quotation opened after a colon', () => {
    expect(quotes('Сергей Собянин сказал: «Первый абзац.\n\n«Второй абзац».\n\nСтанция откроется в мае.')).toEqual([
      'direct | Сергей Собянин | Первый абзац.\n\n«Второй абзац',
    ]);
  });

  it('do not join a mark left open inside a sentence to the next paragraph', () => {
    expect(pairs('Открытая кавычка « без пары.\n«Второй абзац»')).toEqual(['0:«Второй абзац»']);
  });
});

describe('a colon inside a reported clause', () => {
  it('belongs to the clause: the quotation after it makes the report mixed, not a direct quote', () => {
    expect(quotes('Министр Антон Силуанов считает, что решение противоречит главному принципу: «закон един для всех».')).toEqual([
      'mixed | Антон Силуанов | решение противоречит главному принципу: «закон един для всех»',
    ]);
  });
});

describe('a quotation followed by its cue without a dash', () => {
  it('reads «П», сказал X as direct speech', () => {
    expect(quotes('«Всё идёт по плану, мы довольны», сказал тренер Иван Петров.')).toEqual([
      'direct | Иван Петров | Всё идёт по плану, мы довольны',
    ]);
    expect(quotes('«Сделка выгодна обеим сторонам», считает аналитик Иван Петров.')).toEqual([
      'direct | Иван Петров | Сделка выгодна обеим сторонам',
    ]);
    expect(quotes('«Зачем нам это?» спросил директор завода Олег Смирнов.')).toEqual([
      'direct | Олег Смирнов | Зачем нам это?',
    ]);
  });

  it('reads a quoted fragment inside a sentence before «, заявил X» as a mixed report of the whole sentence', () => {
    expect(quotes('Во время допроса он твердил «я ничего не знаю», заявил следователь Иван Петров.')).toEqual([
      'mixed | Иван Петров | Во время допроса он твердил «я ничего не знаю»',
    ]);
  });

  it('does not take a name in marks before the cue for a quotation', () => {
    expect(quotes('«Спартак» выиграл у «Зенита», сообщил клуб.')).toEqual([
      'indirect | клуб | «Спартак» выиграл у «Зенита»',
    ]);
  });
});

describe('shouted words', () => {
  it('reads крикнул: «П» and кричал, что П as speech', () => {
    expect(quotes('Выходя из зала суда, Иван Петров крикнул: «Мы ещё вернёмся!»')).toEqual([
      'direct | Иван Петров | Мы ещё вернёмся!',
    ]);
    expect(quotes('Сосед Ивана Петрова кричал, что в подъезде пожар.')).toHaveLength(1);
  });
});

describe('an impersonal plural with an institution after adjectives', () => {
  it('reads «В областной больнице сообщили, что П»', () => {
    expect(quotes('В областной больнице сообщили, что состояние пострадавших стабильное.')).toEqual([
      'indirect | областной больнице | состояние пострадавших стабильное',
    ]);
  });
});

describe('a cue after a comma with no statement before it', () => {
  it('does not take a subject and its apposition for content (X, глава Y, заявил о …)', () => {
    expect(quotes('Иван Петров, глава и основатель компании «Ромашка», заявил о своём уходе с поста.')).toEqual([]);
    expect(quotes('Кроме того, сообщает газета, в городе открылась школа.')).not.toContain('indirect | газета | Кроме того');
  });

  it('still reads a short statement with a predicative before the cue', () => {
    expect(quotes('Пострадавших нет, уточнили в МЧС.')).toEqual(['indirect | МЧС России | Пострадавших нет']);
  });
});

describe('a source frame inside its content', () => {
  it('takes the whole sentence when an adjective and noun subject stand before the frame', () => {
    expect(quotes('Последняя попытка, по данным газеты «Ведомости», была предпринята в пятницу.')).toEqual([
      'indirect | Ведомости | Последняя попытка, по данным газеты «Ведомости», была предпринята в пятницу',
    ]);
  });
});

describe('a heading «X: П»', () => {
  it('reads a statement with a predicate as X’s words, and a topic without one as no quote', () => {
    expect(quotes('Сергей Собянин: метро откроется в мае\n\nСтанция будет готова весной.')).toEqual([
      'direct | Сергей Собянин | метро откроется в мае',
    ]);
    expect(quotes('Константин Сомов: выставка спустя полвека\n\nВ музее открылась выставка.')).toEqual([]);
  });
});

describe('об этом with a date before its verb, and groups as sources', () => {
  it('reads «Об этом в среду, 23 марта, сообщил X» as a report of the sentence before', () => {
    expect(quotes('Министр уволен. Об этом в среду 23 марта сообщил премьер Иван Петров.')).toEqual([
      'indirect | Иван Петров | Министр уволен',
    ]);
  });

  it('takes оппозиция, милиция and протестующие for sources', () => {
    expect(quotes('Оппозиция утверждает, что выборы прошли с нарушениями.')).toEqual([
      'indirect | Оппозиция | выборы прошли с нарушениями',
    ]);
    expect(quotes('Как пояснили в милиции, задержания были профилактическими.')).toHaveLength(1);
    expect(quotes('Протестующие заявили, что не уйдут с площади.')).toHaveLength(1);
    expect(quotes('В офисе губернатора подтвердили, что встреча состоится.')).toHaveLength(1);
  });
});

describe('как стало известно X', () => {
  it('reads the medium in the dative as the source, and no source as no quote', () => {
    expect(quotes('Как стало известно «Коммерсанту», сделка сорвалась.')).toEqual([
      'indirect | Коммерсантъ | сделка сорвалась',
    ]);
    expect(quotes('Как стало известно, сделка сорвалась.')).toEqual([]);
    expect(quotes('Как стало известно в понедельник, сделка сорвалась.')).toEqual([]);
  });
});

describe('more gerund cues', () => {
  it('reads настаивая, что and заметив, что with the main clause’s subject as speaker', () => {
    expect(quotes('Министр Иван Петров отрицает вину, настаивая, что не брал денег.')).toEqual([
      'indirect | Иван Петров | не брал денег',
    ]);
    expect(quotes('Тренер Олег Смирнов похвалил команду, заметив, что игроки выложились полностью.')).toEqual([
      'indirect | Олег Смирнов | игроки выложились полностью',
    ]);
  });

  it('does not take a gerund for a cue after its content (…, жалуясь на …)', () => {
    expect(quotes('Девушка вернулась в дом родителей, жалуясь на жестокое обращение мужа.')).toEqual([]);
  });
});

describe('a quotation standing as a sentence of its own', () => {
  it('is direct speech with no cue, its source the report it continues or named before a colon', () => {
    const text = 'Иван Петров заявил, что уходит из клуба. «Я благодарен всем болельщикам за эти годы. Мне будет вас не хватать».';
    expect(quotes(text)).toContain('direct | Иван Петров | Я благодарен всем болельщикам за эти годы. Мне будет вас не хватать');
    expect(quotes('Комментарий пресс-службы «Спартака»: «Мы не будем продлевать контракт с этим игроком».')).toEqual([
      'direct | Спартак | Мы не будем продлевать контракт с этим игроком',
    ]);
  });

  it('does not take a short quoted title for speech', () => {
    expect(quotes('«Спартак» — чемпион.')).toEqual([]);
    expect(quotes('Фильм вышел в прокат. «Летний вечер у реки».')).toEqual([]);
  });
});

describe('a person, a colon at the line end, and a paragraph', () => {
  it('reads the next paragraph as the person’s words when it is a statement', () => {
    const text = 'Певица Анна Петрова присоединилась к поздравлениям:\nПоздравляю коллегу с рождением сына! Желаю счастья!\n\nПраздник прошёл весело.';
    expect(quotes(text)).toEqual(['direct | Анна Петрова | Поздравляю коллегу с рождением сына! Желаю счастья!']);
  });

  it('does not read a list after a place or a topic as speech', () => {
    expect(quotes('В матче сыграли:\nИванов, Петров, Сидоров.\n\nМатч завершился вничью.')).toEqual([]);
  });
});

describe('an impersonal plural with a quoted name after в', () => {
  it('reads «В «Газпроме» подчеркнули, что П» with the company as source', () => {
    expect(quotes('В «Газпроме» подчеркнули, что поставки газа продолжаются.')).toHaveLength(1);
    expect(quotes('В «Газпроме» подчеркнули, что поставки газа продолжаются.')[0]).toMatch(/поставки газа продолжаются$/);
  });
});

describe('a source frame with an unknown quoted name', () => {
  it('reads «По данным «Вестей», П»', () => {
    const found = quotes('По данным «Вестей», певцу стало плохо в деревне.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Вести.* \| певцу стало плохо в деревне$/);
  });
});

describe('«Это сообщил X», «эту версию подтвердил X»', () => {
  it('report the sentence before', () => {
    expect(quotes('Спортсменка завершила карьеру. Это сообщила её мать Анна Петрова.')).toEqual([
      'indirect | Анна Петрова | Спортсменка завершила карьеру',
    ]);
    expect(quotes('Самолёт разбился из-за отказа двигателя. Позже эту версию подтвердила полиция.')).toEqual([
      'indirect | полиция | Самолёт разбился из-за отказа двигателя',
    ]);
  });
});

describe('a cue inside its content', () => {
  it('reads «П1, считает X, П2» and «П1, сообщил X, П2» as the whole sentence', () => {
    expect(quotes('Такой переход, считает вице-губернатор Иван Петров, повысит оперативность.')).toEqual([
      'indirect | Иван Петров | Такой переход, считает вице-губернатор Иван Петров, повысит оперативность',
    ]);
    expect(quotes('Новый стадион, сообщил мэр Олег Смирнов, откроется в мае.')).toEqual([
      'indirect | Олег Смирнов | Новый стадион, сообщил мэр Олег Смирнов, откроется в мае',
    ]);
  });

  it('reads an opinion after its content: П, полагают эксперты', () => {
    expect(quotes('Цены на жильё вырастут, полагают эксперты.')).toEqual(['indirect | эксперты | Цены на жильё вырастут']);
  });
});

describe('a source frame before a one-word predicate', () => {
  it('takes the whole sentence (Сделка, по мнению X, состоится)', () => {
    expect(quotes('Сделка, по мнению Ивана Петрова, состоится.')).toEqual([
      'indirect | Иван Петров | Сделка, по мнению Ивана Петрова, состоится',
    ]);
  });
});

describe('an unknown acronym as subject', () => {
  it('reads «ВАДА признала, что П» even when no lexicon knows the acronym', () => {
    const found = quotes('13 апреля ФКЦБ признала, что ситуация стала беспрецедентной.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/ФКЦБ \| ситуация стала беспрецедентной$/);
  });
});
