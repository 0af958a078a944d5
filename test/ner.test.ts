import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate, createAnnotator, GazetaError } from '../src/index.js';

const entities = (text: string) => annotate(text, { quotes: false }).entities;
const names = (text: string) => entities(text).map((e) => `${e.type} ${e.name}`);
const surfaces = (text: string) => annotate(text, { quotes: false }).mentions.map((m) => `${m.type} ${m.text}`);

describe('gazetteer matches in any case form', () => {
  it.each([
    ['Встреча Дмитриева и Путина прошла в Кремле.', ['PER Дмитриев', 'PER Путин']],
    ['Переговоры в Саудовской Аравии завершились.', ['LOC Саудовская Аравия']],
    ['Глава Российского фонда прямых инвестиций выступил.', ['ORG Российский фонд прямых инвестиций']],
    ['Делегация прилетела из Нью-Йорка в Ростов-на-Дону.', ['LOC Нью-Йорк', 'LOC Ростов-на-Дону']],
    ['Санкции против Китая обсуждали в Брюсселе.', ['LOC Китай', 'LOC Брюссель']],
  ])('%s', (text, expected) => {
    for (const e of expected) expect(surfaces(text).map((s) => s.split(' ')[0]).join()).toContain(e.split(' ')[0]);
    expect(names(text).some((n) => n.startsWith(expected[0]!.split(' ')[0]!))).toBe(true);
  });

  it('matches the case forms of names with two-letter words (Ким Чен Ыну, Кима Чен Ира)', () => {
    const people = entities('Трамп написал Ким Чен Ыну письмо. Встреча с Ким Чен Ыном прошла в Пхеньяне. В КНДР вспоминают Кима Чен Ира.')
      .filter((e) => e.type === 'PER');
    expect(people.map((e) => `${e.name} ← ${e.mentions.map((m) => m.text).join(' | ')}`)).toEqual([
      'Дональд Трамп ← Трамп', 'Ким Чен Ын ← Ким Чен Ыну | Ким Чен Ыном', 'Ким Чен Ир ← Кима Чен Ира',
    ]);
  });

  it('takes a body named by a common word at a sentence start when it is the verb\'s subject, not a person\'s noun', () => {
    expect(names('Сбербанк снизил ставки по ипотеке.')).toEqual(['ORG Сбербанк']);
    expect(names('Аэрофлот отменил рейсы в Дубай.')).toEqual(['ORG Аэрофлот', 'LOC Дубай']);
    expect(names('Политик добавил, что вернётся к работе.')).toEqual([]);
  });

  it('takes a body named by a common word at a sentence start when another name is listed with it', () => {
    expect(names('Сбербанк и ВТБ снизили ставки по ипотеке для новостроек.')).toEqual(['ORG Сбербанк', 'ORG ВТБ']);
    expect(names('Сбербанк, ВТБ и Газпромбанк повысили ставки.').slice(0, 2)).toEqual(['ORG Сбербанк', 'ORG ВТБ']);
  });

  it('extends a body by «по» + a place whose adjective is also a surname (по Московской области)', () => {
    expect(surfaces('Пресс-служба ГУ МЧС по Московской области сообщила о пожаре.')).toEqual(['ORG ГУ МЧС по Московской области']);
  });

  it('a full name that is the whole of a quoted name is a work or a ship, not a person; one quoted word stays a name', () => {
    expect(names('В Большом театре дали оперу «Евгений Онегин».')).toEqual(['ORG Большой театр']);
    expect(names('Крейсер «Адмирал Нахимов» вернулся в строй.')).toEqual([]);
    expect(names('«Путин», — ответил он на вопрос о самом влиятельном политике.')).toEqual(['PER Владимир Путин']);
  });

  it('a sentence-opening plural noun before a plural verb is no surname (Жильцов эвакуировали), a subject of a singular verb is', () => {
    expect(names('Жильцов эвакуировали из аварийного дома.')).toEqual([]);
    expect(names('Жильцов заявил, что дом аварийный.')).toEqual(['PER Жильцов']);
  });

  it('finds a repeated surname whose best reading is another word (Баканова: also «бакановый»)', () => {
    const people = entities('Космонавт Дмитрий Баканов вернулся на Землю. По словам Баканова, экипаж уже сформирован.').filter((e) => e.type === 'PER');
    expect(people.map((e) => e.mentions.map((m) => m.text))).toEqual([['Дмитрий Баканов', 'Баканова']]);
  });

  it('keeps a unit\'s abbreviation with its body, as a body of its own (ГУ МВД по …)', () => {
    const orgs = entities('В ГУ МВД по Тверской области сообщили о задержании. МВД России начало проверку.').filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => `${e.name} ← ${e.mentions.map((m) => m.text).join(' | ')}`)).toEqual([
      'ГУ МВД по Тверской области ← ГУ МВД по Тверской области', 'Министерство внутренних дел России ← МВД',
    ]);
  });

  it('a stem two names share decides nothing: the lemma tells the city from the region', () => {
    expect(names('В Ставрополе открыли школу. Губернатор Ставрополья приехал в Ставрополь.')).toEqual(['LOC Ставрополь', 'LOC Ставропольский край']);
  });

  it('finds dictionary organisations by abbreviation and full name as one entity', () => {
    const text = 'Российский фонд прямых инвестиций (РФПИ) вложит средства. В РФПИ это подтвердили.';
    const orgs = entities(text).filter((e) => e.type === 'ORG');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(['Российский фонд прямых инвестиций', 'РФПИ', 'РФПИ']);
  });

  it('keeps «газета» and quote marks out of organisation spans', () => {
    expect(surfaces('Об этом пишет газета «Известия».')).toEqual(['ORG Известия']);
    expect(surfaces('Компания «Ромашка-Плюс» подала иск.')).toEqual(['ORG Ромашка-Плюс']);
  });
});

describe('organisations named by a lower-case or descriptive head', () => {
  it.each([
    ['Председатель Комитета по иностранным делам выступил.', ['ORG Комитета по иностранным делам']],
    ['Его принял глава синодального Отдела по взаимоотношениям Церкви и общества.', ['ORG синодального Отдела по взаимоотношениям Церкви и общества']],
    ['Заседание совета при губернаторе по делам молодёжи прошло в среду.', ['ORG совета при губернаторе по делам молодёжи']],
    ['Заявление сделала международная шахматная федерация.', ['ORG международная шахматная федерация']],
    ['Лидер движения против абортов Иван Петров выступил.', ['ORG движения против абортов', 'PER Иван Петров']],
    ['Федеральное авиационное управление запретило полёты.', ['ORG Федеральное авиационное управление']],
    ['Вчера областная комиссия по борьбе с наркоманией собралась снова.', ['ORG областная комиссия по борьбе с наркоманией']],
    ['Он возглавил отдел по связям с общественностью в марте.', ['ORG отдел по связям с общественностью']],
    ['Отчёт подготовил комитет по контролю за расходованием средств бюджета.', ['ORG комитет по контролю за расходованием средств бюджета']],
    ['Совет по делам молодёжи с утра обсуждал планы.', ['ORG Совет по делам молодёжи']],
    // The field's own complement (борьбе с …, надзору за …) is the name's; «с помощью» is not.
    ['Заседание провела областная комиссия по борьбе с наводнениями.', ['ORG областная комиссия по борьбе с наводнениями']],
    ['Проверку начало управление по надзору за строительством дорог.', ['ORG управление по надзору за строительством дорог']],
    ['Делом занялась комиссия по борьбе с помощью новых методов.', ['ORG комиссия по борьбе']],
  ])('%s', (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  it('joins a board and the company named right after it (совет директоров «X»)', () => {
    expect(surfaces('Вчера его избрали в совет директоров «Газпрома».')).toEqual(['ORG совет директоров «Газпрома»']);
    expect(surfaces('Жалоба ушла совету директоров компании Microsoft в пятницу.')).toEqual(['ORG совету директоров компании Microsoft']);
    expect(surfaces('Совет директоров в понедельник обсудил Газпром.')).toEqual(['ORG Совет директоров', 'ORG Газпром']);
  });

  it('extends a dictionary organisation by its «по/при» dependent, but not by an adverbial', () => {
    expect(surfaces('Сотрудники МЧС по Самарской области выехали на место.')).toEqual(['ORG МЧС по Самарской области']);
    expect(surfaces('Представитель Следственного комитета при прокуратуре ответил.')).toEqual(['ORG Следственного комитета при прокуратуре']);
    expect(surfaces('МИД по этому поводу промолчал.')).toEqual(['ORG МИД']);
  });

  it('takes the quoted name after an abbreviation or a noun with its genitive as the organisation', () => {
    expect(surfaces('Об этом сообщает ИА «Северный край».')).toEqual(['ORG Северный край']);
    expect(surfaces('Выставку откроет центр народного творчества «Радуга».')).toEqual(['ORG Радуга']);
    expect(surfaces('Футбольный клуб «Бавария» продлил контракт.')).toEqual(['ORG Бавария']);
  });

  it('leaves adverbial «по …», plural heads and evaluative adjectives alone', () => {
    expect(surfaces('Компания по данным аналитиков выросла.')).toEqual([]);
    expect(surfaces('Поддержку выразили сорок шахматных федераций.')).toEqual([]);
    expect(surfaces('Новый отдел открылся в понедельник.')).toEqual([]);
    expect(surfaces('Министр выступил при поддержке коллег.')).toEqual([]);
  });
});

describe('people', () => {
  it('joins a surname mention to the full name before it', () => {
    const text = 'Кирилл Дмитриев провёл встречу. Позже Дмитриев дал интервью.';
    const people = entities(text).filter((e) => e.type === 'PER');
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe('Кирилл Дмитриев');
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Кирилл Дмитриев', 'Дмитриев']);
  });

  it('keeps two people of one family apart: one surname, other first names', () => {
    const people = (text: string) => entities(text).filter((e) => e.type === 'PER').map((e) => `${e.name} ← ${e.mentions.map((m) => m.text).join(' | ')}`);
    expect(people('Иван Петров умер в феврале. Анна Петрова сообщила о смерти.')).toEqual(['Иван Петров ← Иван Петров', 'Анна Петрова ← Анна Петрова']);
    expect(people('Сергей Скрипаль и Юлия Скрипаль отравлены. Юлию Скрипаль выписали.')).toEqual([
      'Сергей Скрипаль ← Сергей Скрипаль', 'Юлия Скрипаль ← Юлия Скрипаль | Юлию Скрипаль',
    ]);
    // One person still: a case form, a spelling, a short form of the first name.
    expect(people('Эмили Миура поднялась на вершину. Емили Миура вернулась.')).toEqual(['Эмили Миура ← Эмили Миура | Емили Миура']);
    expect(people('Джеймс Коми ушёл. Дж. Коми не ответил. Джеймса Коми уволили.')).toHaveLength(1);
    // A dictionary person's name spelt otherwise in full is that person; another first name is not.
    expect(people('Шахматист Гарри Каспаров дал сеанс. Гари Каспаров ответил на вопросы.')).toEqual(['Гарри Каспаров ← Гарри Каспаров | Гари Каспаров']);
    expect(people('Владимир Путин приехал в Сочи. Мария Путина, его родственница, осталась дома.')).toEqual(['Владимир Путин ← Владимир Путин', 'Мария Путина ← Мария Путина']);
  });

  it('finds people the dictionaries do not know, by first name and shape', () => {
    expect(names('Фермер Григорий Полуэктов вырастил рекордную тыкву.')).toContain('PER Григорий Полуэктов');
    expect(names('Как рассказал И. С. Бородулин, работы начнутся весной.')).toContain('PER И. С. Бородулин');
  });

  it('joins a later surname-only mention even when the surname is also a common word', () => {
    const text = 'Выступил правозащитник Александр Брод. По словам Брода, диалог необходим.';
    const per = entities(text).filter((e) => e.type === 'PER');
    expect(per).toHaveLength(1);
    expect(per[0]!.mentions.map((m) => m.text)).toEqual(['Александр Брод', 'Брода']);
  });

  it('joins a declined foreign surname the morphology does not know to the full name written before', () => {
    const mentions = (text: string) => entities(text).filter((e) => e.type === 'PER').map((e) => `${e.name} ← ${e.mentions.map((m) => m.text).join(' | ')}`);
    expect(mentions('Советник Майкл Флинн получил деньги. Полученная Флинном сумма оказалась выше.')).toEqual(['Майкл Флинн ← Майкл Флинн | Флинном']);
    expect(mentions('Постпредом назначен Василий Небензя. Ранее кандидатуру Небензи одобрили депутаты.')).toEqual(['Василий Небензя ← Василий Небензя | Небензи']);
  });

  it('starts a person at a listed first name, not at the unlisted capitalised word before it', () => {
    expect(surfaces('Бывший губернатор штата Юта Джон Хантсмен стал послом.')).toContain('PER Джон Хантсмен');
    expect(surfaces('Писатель-юморист Лион Измайлов выступил в клубе.')).toContain('PER Лион Измайлов');
  });

  it('reads a body named after its building as the place after a preposition of place, and as the body when it speaks', () => {
    expect(surfaces('Президент выступал в Белом доме вечером.')).toContain('LOC Белом доме');
    expect(surfaces('В Белом доме заявили о новых санкциях.')).toContain('ORG Белом доме');
  });

  it('reads a capitalised common word before an unknown capitalised noun inside a sentence as a foreign given name', () => {
    expect(surfaces('Теннисистка уступила немке Ангелике Кербер в финале.')).toContain('PER Ангелике Кербер');
    expect(surfaces('Их друг Робел Филлипос вышел под залог.')).toContain('PER Робел Филлипос');
    expect(surfaces('Генеральный менеджер клуба Даг Армстронг ответил журналистам.')).toContain('PER Даг Армстронг');
    expect(surfaces('Команду возглавил Массимилиано Аллегри.')).toContain('PER Массимилиано Аллегри');
  });

  it('reads Надежда as a name only next to a surname', () => {
    expect(names('Надежда Бабкина спела на концерте.')).toContain('PER Надежда Бабкина');
    expect(names('Надежда на урожай осталась.').filter((n) => n.startsWith('PER'))).toEqual([]);
  });

  it('reads Latin-script names that open with a given name or a stage prefix as people', () => {
    expect(surfaces('На вечеринке выступили рэпер Sean Combs и группа Coldplay.')).toEqual(['PER Sean Combs', 'ORG Coldplay']);
    expect(surfaces('На фестивале отыграл DJ Shadow.')).toEqual(['PER DJ Shadow']);
    expect(surfaces('Письмо подписал Thomas Müller из Мюнхена.')).toContain('PER Thomas Müller');
    expect(surfaces('Партия виски Jack Daniel\'s подорожала.')).toEqual(["ORG Jack Daniel's"]);
  });

  it('finds foreign given names in Cyrillic and keeps the surname for later mentions', () => {
    const text = 'Гитарист Кит Робертсон ушёл из группы. Позже Робертсона видели в Лондоне.';
    expect(surfaces(text)).toEqual(['PER Кит Робертсон', 'PER Робертсона', 'LOC Лондоне']);
  });

  it('reads a listed East Asian surname and short given-name parts as one person', () => {
    expect(surfaces('На встрече выступил Ли Чжэнхуа из Шанхая.')).toEqual(['PER Ли Чжэнхуа', 'LOC Шанхая']);
    expect(surfaces('Её брат, Ван Бин, служит на флоте.')).toEqual(['PER Ван Бин']);
    expect(surfaces('У Пети сломался велосипед.')).toEqual(['PER Пети']);
  });

  it('reads the word after a title\'s complement (мэр города) as no person', () => {
    expect(surfaces('Прокуратура города Оспедалетти начала проверку.')).toEqual(['LOC Оспедалетти']);
  });

  it('splits a repeated surname and two dictionary people from one rule-found name', () => {
    expect(surfaces('Тренер Пётр Кравцов Кравцов ушёл в отставку.')).toEqual(['PER Пётр Кравцов', 'PER Кравцов']);
    expect(surfaces('Сына Акихито Нарухито провозгласили императором.')).toEqual(['PER Акихито', 'PER Нарухито']);
  });

  it('reads a listed first name as a person, not a place the morphology guesses, and as the start of the next person after a full name', () => {
    expect(surfaces('У него есть дочь Стефани.')).toEqual(['PER Стефани']);
    expect(surfaces('Мать Виктора Кравцова Кэтрин пропала.')).toEqual(['PER Виктора Кравцова', 'PER Кэтрин']);
  });

  it('keeps a regnal number with the name and names the person with it', () => {
    expect(surfaces('Портрет Людовика XIV висит в зале.')).toEqual(['PER Людовика XIV']);
    expect(names('Встреча с Карлом III прошла в Лондоне.')).toEqual(['PER Карл III', 'LOC Лондон']);
    // A Latin I before a full stop is the number, no initial of a surname.
    expect(surfaces('Замок принадлежал королю Эдуарду I. Потом его продали.')).toEqual(['PER Эдуарду I']);
  });

  it('keeps a three-part nominative name whole although its last part looks like a given name', () => {
    expect(surfaces('Бывший премьер Ибрахим Бубакар Кейта выступил.')).toEqual(['PER Ибрахим Бубакар Кейта']);
  });

  it('does not take a hyphenated role for part of a name', () => {
    expect(surfaces('Поп-звезда Шакира дала концерт.')).toEqual(['PER Шакира']);
    expect(surfaces('Экс-чемпион Гаврилов вернулся.')).toEqual(['PER Гаврилов']);
  });

  it('reads a town that is also a first name as a person without a locative preposition', () => {
    expect(names('Автор: Владимир')).toEqual(['PER Владимир']);
    expect(names('Делегация прибыла во Владимир.')).toEqual(['LOC Владимир']);
  });
});

describe('nominative normal forms', () => {
  it.each([
    ['Мы встретились с Кириллом Дмитриевым.', 'Кирилл Дмитриев'],
    ['Письмо Кирилла Дмитриева опубликовано.', 'Кирилл Дмитриев'],
    ['Интервью Анны Поповой вышло вчера.', 'Анна Попова'],
    ['Мы поговорили с Анной Поповой.', 'Анна Попова'],
    ['Премию вручили Григорию Полуэктову.', 'Григорий Полуэктов'],
    ['Портрет Марии Ивановой висит в холле.', 'Мария Иванова'],
    ['Книгу написал Фёдор Достоевский.', 'Фёдор Достоевский'],
    ['Речь Фёдора Достоевского длилась час.', 'Фёдор Достоевский'],
    ['Спор с Ольгой Зеленской продолжился.', 'Ольга Зеленская'],
    ['Ответ Петра Кузьмича Рогова был краток.', 'Пётр Кузьмич Рогов'],
  ])('%s → %s', (text, name) => {
    expect(entities(text).filter((e) => e.type === 'PER').map((e) => e.name)).toContain(name);
  });

  it('keeps dictionary names for dictionary entities', () => {
    expect(names('Переговоры в Саудовской Аравии.')).toEqual(['LOC Саудовская Аравия']);
    expect(names('Глава Российского фонда прямых инвестиций.')).toEqual(['ORG Российский фонд прямых инвестиций']);
  });
});

describe('ids', () => {
  it('gives dictionary entities their dictionary id in every document', () => {
    const a = entities('Путин прибыл в Москву.').find((e) => e.type === 'LOC')!;
    const b = entities('Москва готовится к празднику.').find((e) => e.type === 'LOC')!;
    expect(a.id).toBe(b.id);
    expect(a.source).toBe('dict');
  });

  it('gives rule-found entities a key from their normal form', () => {
    const per = entities('Фермер Григорий Полуэктов вырастил тыкву.').find((e) => e.type === 'PER')!;
    expect(per.id).toBe('per:григорий-полуэктов');
    expect(per.source).toBe('rule');
  });
});

describe('user dictionaries', () => {
  it('adds EntityRuler-style patterns that match inflected forms and win over built-in entries', () => {
    const annotator = createAnnotator({
      dictionaries: [
        { type: 'ORG', pattern: 'Северная верфь', id: 'org:severnaya-verf' },
        { type: 'ORG', pattern: 'Москва', id: 'org:fc-moskva', name: 'ФК «Москва»' },
      ],
    });
    const doc = annotator.annotate('Заказ получила Северная верфь. Директор Северной верфи доволен. Москва выиграла матч.', { quotes: false });
    const verf = doc.entities.find((e) => e.id === 'org:severnaya-verf')!;
    expect(verf.mentions.map((m) => m.text)).toEqual(['Северная верфь', 'Северной верфи']);
    expect(doc.entities.find((e) => e.id === 'org:fc-moskva')?.name).toBe('ФК «Москва»');
  });

  it('rejects a bad entry with a typed error', () => {
    expect(() => createAnnotator({ dictionaries: [{ type: 'XYZ', pattern: 'a', id: 'b' } as never] })).toThrow(GazetaError);
    expect(() => createAnnotator({ dictionaryFiles: ['/nonexistent/file.tsv'] })).toThrow(/cannot read dictionary/);
  });

  it('refuses one pattern under two ids across a dictionary file and inline entries, naming both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazeta-dict-'));
    const file = join(dir, 'yards.tsv');
    writeFileSync(file, 'id\ttype\tname\taliases\norg:sz\tORG\tСудостроительный завод\tСеверная Верфь\n');
    const inline = [{ type: 'ORG' as const, pattern: 'северная верфь', id: 'org:verf' }];
    expect(() => createAnnotator({ dictionaryFiles: [file], dictionaries: inline })).toThrow(
      `options.dictionaries:1: pattern "северная верфь" has two ids: org:verf here and org:sz at ${file}:2`,
    );
    // The same pattern under the same id in both places is only a repeat.
    const same = createAnnotator({ dictionaryFiles: [file], dictionaries: [{ type: 'ORG', pattern: 'Северная верфь', id: 'org:sz' }] });
    expect(same.annotate('Заказ получила Северная верфь.', { quotes: false }).entities.map((e) => e.id)).toEqual(['org:sz']);
  });
});

describe('places after a place noun', () => {
  it('takes the name after посёлок, деревня in any case for a place, not a person', () => {
    expect(names('Жители посёлка Комарово пожаловались на шум.')).toEqual(['LOC Комарово']);
    expect(names('Жители деревни Гадюкино пожаловались на шум.')).toEqual(['LOC Гадюкино']);
  });

  it('takes a surname or a first name in the prepositional case after «в» for a place', () => {
    expect(surfaces('Писатель родился в Козлове и вырос в Вятке.')).toEqual(['LOC Козлове', 'LOC Вятке']);
    expect(surfaces('Семья переехала в Коптеве в новый дом.')).toEqual(['LOC Коптеве']);
    // The accusative is a person's case after «в»; an adjective names the noun after it.
    expect(surfaces('Хулиган бросил камень в Петра Сидорова.')).toEqual(['PER Петра Сидорова']);
    expect(surfaces('Встреча прошла в Центральном доме журналиста.')).not.toContain('LOC Центральном');
  });
});

describe('bodies of other countries', () => {
  it('keeps a Russian body apart from its namesake abroad (МИД Франции is not the Russian MFA)', () => {
    const text = 'МИД Франции вызвал посла. МИД России ответил. В Министерстве иностранных дел Франции промолчали.';
    const orgs = entities(text).filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => e.name)).toEqual(['Министерство иностранных дел Франции', 'Министерство иностранных дел России']);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(['МИД', 'Министерстве иностранных дел']);
    expect(orgs[0]!.id).not.toBe(orgs[1]!.id);
    // the place stays a mention of its own (factRuEval's convention)
    expect(names(text)).toContain('LOC Франция');
  });

  it('names a regional body by its region: Верховный суд Татарстана', () => {
    expect(names('Верховный суд Татарстана рассмотрит жалобу.')).toContain('ORG Верховный суд Татарстана');
  });
});

describe('a body at a sentence start', () => {
  it('takes a common-word name for the body when its country follows (Госдепартамент США …)', () => {
    expect(names('Госдепартамент США пока не комментирует эти сведения.')).toEqual(['ORG Государственный департамент США', 'LOC США']);
    expect(names('Минфин Японии сообщил о росте.')).toContain('ORG Минфин Японии');
  });
});

describe('a body named by its head at a sentence start', () => {
  it('reads «Управление МВД по городу Севастополь сообщило» like the same words mid-sentence', () => {
    expect(names('Управление МВД по городу Севастополь сообщило о задержании.')).toContain('ORG Управление МВД по городу Севастополь');
    expect(names('Следственный комитет по Республике Татарстан возбудил дело.')).toContain('ORG Следственный комитет по Республике Татарстан');
    expect(names('Компания заявила о прибыли.')).toEqual([]);
  });
});

describe('a body and its country', () => {
  it('splits «Конгресса США» like «МИД России» (factRuEval), keeping the body\'s full name', () => {
    expect(surfaces('Убит член Конгресса США.')).toEqual(['ORG Конгресса', 'LOC США']);
    expect(names('Убит член Конгресса США.')).toEqual(['ORG Конгресс США', 'LOC США']);
  });

  it('extends a body by its «по …» dependent across its country: МЧС России по Санкт-Петербургу', () => {
    expect(surfaces('Группа из ГУ МЧС России по Санкт-Петербургу прибыла.')).toContain('ORG ГУ МЧС России по Санкт-Петербургу');
  });
});

describe('a body before a person', () => {
  it('ends a body\'s dependent at the person after it', () => {
    expect(surfaces('Лидер Движения против нелегальной иммиграции Александр Белов выступил.')).toEqual([
      'ORG Движения против нелегальной иммиграции',
      'PER Александр Белов',
    ]);
  });
});

describe('Latin letters', () => {
  it('names a known body with the media words after it in full (CNN Travel Magazine), not a product (Samsung Galaxy)', () => {
    expect(names('Интервью с ним напечатал CNN Travel Magazine в прошлом месяце.')).toEqual(['ORG CNN Travel Magazine']);
    expect(names('Новый смартфон Samsung Galaxy поступил в продажу.')).toEqual(['ORG Samsung']);
  });

  it('takes no single Latin letter for an organisation (турниры A, B и C)', () => {
    expect(names('Турнир состоит из групп A, B и C.')).toEqual([]);
  });

  it('keeps a number between capitalised Latin words inside the name (Il Sole 24 Ore), and ends a name on a final one', () => {
    expect(names('Во вторник газета Il Sole 24 Ore написала о сделке.')).toEqual(['ORG Il Sole 24 Ore']);
    expect(names('Бренд Radio 7 Music открыл студию.')).toEqual(['ORG Radio 7 Music']);
    expect(names('Компания Nokia 3310 больше не выпускает.').filter((n) => n.includes('3310'))).toEqual([]);
  });
});

describe('a body named by a common word at a sentence start', () => {
  it('is the body when the text uses the word as a name, not when it writes it in lower case', () => {
    expect(names('Еврокомиссия одобрила план.')).toEqual(['ORG Европейская комиссия']);
    expect(names('Рада приняла закон. Депутаты Рады проголосовали.')).toEqual(['ORG Верховная рада']);
    expect(names('Яблоко упало с дерева. Это яблоко было спелым.')).toEqual([]);
    expect(names('Локомотив сошёл с рельсов, а локомотив поезда сгорел.')).toEqual([]);
  });
});

describe('a descriptive name and its place', () => {
  it('ends a named body with the place it belongs to: Совета муфтиев России', () => {
    expect(surfaces('Председатель Совета муфтиев России выступил.')).toEqual(['ORG Совета муфтиев России']);
  });
});

describe('names inside a quoted name', () => {
  it('takes only a listed first name for a person there («Газпром Арене» is no «Арен»)', () => {
    expect(names('Матч прошёл на «Газпром Арене» в Санкт-Петербурге.').filter((n) => n.startsWith('PER'))).toEqual([]);
    expect(names('Начались съёмки фильма «Доктор Лиза».')).toContain('PER Лиза');
  });
});

describe('web addresses and names of viruses', () => {
  it('takes nothing inside a web address for a name', () => {
    expect(surfaces('Запись концерта выложена по ссылке https://www.example.org/watch?v=XyZ12AbC и на сайте.')).toEqual([]);
    expect(surfaces('Подробности на www.Kremlin.ru/Events/Speech и в Telegram.')).toEqual(['ORG Telegram']);
  });

  it('takes a virus, a disease or a time zone for no organisation', () => {
    expect(surfaces('Учёные изучают вирус SARS-CoV-2, вызывающий COVID-19.')).toEqual([]);
    expect(surfaces('Трансляция начнётся в 18:00 по UTC.')).toEqual([]);
  });
});

describe('foreign names', () => {
  it('takes an Arabic article glued to a name as part of the surname (аль-Хадж, эль-Масри)', () => {
    expect(surfaces('Суд оправдал Халеда аль-Рашида, а журналист Сами эль-Гамаль вышел на свободу.')).toEqual(['PER Халеда аль-Рашида', 'PER Сами эль-Гамаль']);
  });

  it('takes a name in Chinese, Japanese or Korean script in brackets after a person as that person', () => {
    expect(surfaces('Писательница Ван Лин (王玲) выпустила книгу, а её сын Марио (马力) учится в Лондоне.')).toEqual(['PER Ван Лин', 'PER 王玲', 'PER Марио', 'PER 马力', 'LOC Лондоне']);
  });

  it('knows frequent foreign first names (Барри, Тору, Халед)', () => {
    expect(surfaces('На встрече выступили Барри Кроуфорд и Тору Ямасита.')).toEqual(['PER Барри Кроуфорд', 'PER Тору Ямасита']);
  });
});

describe('where one name ends and the next begins', () => {
  it('gives an initial glued to a surname to that surname, not to the name before it', () => {
    expect(surfaces('Пост получил соратник П.Сидоренко В.Гаврилюк.')).toEqual(['PER П.Сидоренко', 'PER В.Гаврилюк']);
    expect(surfaces('Приказ подписал Сидоренко П. П. вчера.')).toEqual(['PER Сидоренко П. П.']);
  });

  it('takes no place for the surname of a first name that is also a common word (Слава Украине)', () => {
    expect(surfaces('Толпа скандировала «Слава Украине», а Слава Горелов молчал.')).toEqual(['LOC Украине', 'PER Слава Горелов']);
  });

  it('reads a first name that is also a common word, before another first name and surname, as the word (Роман Льва Толстого)', () => {
    expect(surfaces('Роман Льва Толстого переиздали большим тиражом.')).toEqual(['PER Льва Толстого']);
    expect(surfaces('Вера Анны Петровой в успех оправдалась.')).toEqual(['PER Анны Петровой']);
    expect(surfaces('Надежда Кузнецова и Вера Павловна Глушко приехали.')).toEqual(['PER Надежда Кузнецова', 'PER Вера Павловна Глушко']);
  });

  it('leaves the title out of the Pope\'s name, as the other titles', () => {
    expect(surfaces('Папа Франциск посетил Ирак.')).toEqual(['PER Франциск', 'LOC Ирак']);
  });
});

describe('a place name in quote marks', () => {
  it('is no place when it names a thing or a club, but stays one after a place noun', () => {
    expect(surfaces('Завод выпустил седан «Ярославль», а «Барселона» купила защитника.').filter((s) => s.startsWith('LOC'))).toEqual([]);
    expect(surfaces('Самолёт сел в аэропорту «Пулково».')).toEqual(['LOC Пулково']);
  });
});

describe('places of world news', () => {
  it('knows provinces, prefectures and towns that news names often (Новая Шотландия, Канагава, Чернобыль)', () => {
    expect(surfaces('Власти Новой Шотландии и префектуры Канагава помогли Чернобылю.')).toEqual(['LOC Новой Шотландии', 'LOC Канагава', 'LOC Чернобылю']);
  });

  it('takes no place from a word that only shares its stem with one (Дан with Дания, Серии with Сирия)', () => {
    expect(surfaces('Комиссию возглавит Дан Меридор.')).toEqual(['PER Дан Меридор']);
    expect(surfaces('Нападающий играет в Серии А с прошлого года.')).not.toContain('LOC Серии');
    expect(surfaces('Партнёры из Дании и Эмиратов встретились в Свердловской области.')).toEqual(['LOC Дании', 'LOC Эмиратов', 'LOC Свердловской области']);
  });
});

describe('titles of works in Latin script', () => {
  it('takes a Latin title after a work noun for no organisation, and keeps the band and the company', () => {
    expect(surfaces('Группа Northern Lights выпустила альбом Winter of the Heart.')).toEqual(['ORG Northern Lights']);
    expect(surfaces('Её новый сингл «Burning Bridges» вышел в пятницу.')).toEqual([]);
    expect(surfaces('Компания Pixelworks выпустила игры SkyFarm и MoonCity.')).toEqual(['ORG Pixelworks']);
    expect(surfaces('В Берлине стартовал конкурс Young Voices of Europe.')).toEqual(['LOC Берлине']);
  });

  it('takes titles listed after a work noun («сериалов, таких как …», «поп-синглами, среди которых …») for no organisation', () => {
    expect(surfaces('Канал показывает много сериалов, таких как, например, Dark Harbour и Lost Keys.')).toEqual([]);
    expect(surfaces('Группа прославилась поп-синглами, среди которых «Blue Morning».')).toEqual([]);
  });

  it('takes the Latin original of an untyped Cyrillic name for no organisation, and keeps that of a typed one', () => {
    expect(surfaces('Гонщик ошибся в повороте Мирабель (Mirabelle) на втором круге.')).toEqual([]);
    expect(surfaces('Сделку одобрил Народный банк Китая (People’s Bank of China).')).toContain('ORG People’s Bank of China');
  });

  it('takes a title ending in an event word or holding a contraction for no organisation', () => {
    expect(surfaces('В Лиссабоне завершился Atlantic Chess Tournament.')).toEqual(['LOC Лиссабоне']);
    expect(surfaces('Зал пел We Don’t Stop вместе с солистом.')).toEqual([]);
  });

  it('keeps a band named after a work noun when the text names it as a band too', () => {
    const text = 'Группа Silver Harbor дала концерт. Среди альбомов Silver Harbor критики выделяют первый.';
    expect(surfaces(text)).toEqual(['ORG Silver Harbor', 'ORG Silver Harbor']);
  });
});

describe('quoted names of clubs, bands and companies without an organisation noun', () => {
  const orgs = (text: string) => surfaces(text).filter((s) => s.startsWith('ORG'));

  it('takes a quoted name in a sentence of sport news for a club, and its other quoted mentions too', () => {
    expect(orgs('Нападающий забил два гола в ворота «Сокола».')).toEqual(['ORG Сокола']);
    expect(orgs('Полузащитник провёл 20 матчей за «Вымпел». Руководство «Вымпела» продлило с ним договор.'))
      .toEqual(['ORG Вымпел', 'ORG Вымпела']);
  });

  it('reads a match score or a sport noun opening the sentence as sport news, and no time of day', () => {
    expect(orgs('В субботу «Торпедо» уступило «Оренбургу» со счётом 0:3.')).toEqual(['ORG Торпедо', 'ORG Оренбургу']);
    expect(orgs('Матч «Ростов» — «Сочи» завершился вничью.')).toEqual(['ORG Ростов', 'ORG Сочи']);
    expect(orgs('Поезд «Москва» прибыл в 12:30.')).toEqual([]);
    expect(orgs('Матч прошёл на «Нефтяник Арене» при полных трибунах.')).toEqual([]);
  });

  it('takes a quoted name after a place adjective or a role for the body they belong to', () => {
    expect(orgs('Вокалист пермского «Прибоя» дал интервью.')).toEqual(['ORG пермского «Прибоя»']);
    expect(orgs('Раньше он работал гендиректором «Северной верфи».')).toEqual(['ORG Северной верфи']);
  });

  it('takes no organisation for a work, a contest or a nickname', () => {
    expect(orgs('Вчера режиссёр «Северного ветра» показал новую картину.')).toEqual([]);
    expect(orgs('Его сборник «Жара продолжается» вышел весной.')).toEqual([]);
    expect(orgs('Вчера чемпион «Весёлых стартов» вернулся домой.')).toEqual([]);
    expect(orgs('Вратарь говорил с тренером Джеймсом «Бадди» Смитом.')).toEqual([]);
  });
});

describe('a first name alone after a title', () => {
  const people = (text: string) => surfaces(text).filter((s) => s.startsWith('PER'));

  it('takes a listed first name that is also a common word (Том, Кит) for the person when it agrees with the title', () => {
    expect(people('Вчера капитан Том получил сотни писем.')).toEqual(['PER Том']);
    expect(people('На вечере с капитаном Томом говорили о войне.')).toEqual(['PER Томом']);
    expect(people('Наш брат Кит уехал на север.')).toEqual(['PER Кит']);
  });

  it('takes a Latin name after a performer\'s role for the person, and after a manager\'s role for the body', () => {
    expect(surfaces('Вчера певица Zelda выпустила новый клип.')).toEqual(['PER Zelda']);
    expect(surfaces('Об этом рассказал композитор-неоклассик Grey Owl.')).toEqual(['PER Grey Owl']);
    expect(surfaces('Об этом рассказал директор Nordwind.')).toEqual(['ORG Nordwind']);
  });

  it('takes no person for a genitive complement or a place after a title', () => {
    expect(people('Вчера министр Надежды не оставил.')).toEqual([]);
    expect(people('Вчера тренер Милана подал в отставку.')).toEqual([]);
  });
});

describe('rewrites keep the rule that found a mention and add themselves to its trace', () => {
  const traced = (text: string) => annotate(text, { quotes: false }).mentions.map((m) => `${m.text} | ${m.rule} | ${(m.trace ?? []).join(' ')}`);

  it.each([
    ['Об этом сообщили в ГУ МВД по Свердловской области.', 'ГУ МВД по Свердловской области | dict-dependent | unit-abbreviation'],
    ['Князь Альбер II посетил выставку.', 'Альбер II | first-name | regnal-number'],
    ['Об этом заявил В. В. Путин.', 'В. В. Путин | initials-surname | known-person'],
    ['Глава МИД Франции прибыл в Москву.', 'МИД | dict | foreign-owner'],
    ['Болельщики московского «Спартака» собрались у стадиона.', 'московского «Спартака» | dict | place-adjective'],
  ])('%s', (text, expected) => {
    expect(traced(text)).toContain(expected);
  });

  it('leaves the trace out where no rewrite ran', () => {
    const [mention] = annotate('Актёр Семён Парфёнов выступил.', { quotes: false }).mentions;
    expect(mention).toMatchObject({ text: 'Семён Парфёнов', rule: 'first-surname' });
    expect(mention).not.toHaveProperty('trace');
  });
});

describe('a town’s name as an adjective, and facilities', () => {
  it('takes no town from an adjective agreeing with the noun after it', () => {
    expect(names('Выставка проходит в залах Михайловского замка.')).not.toContain('LOC Михайловск');
    expect(names('Со времён Октябрьской революции многое изменилось.')).not.toContain('LOC Октябрьский');
    expect(names('Бои шли под Смоленском.')).toContain('LOC Смоленск');
    expect(names('В Октябрьском прошли выборы.')).toContain('LOC Октябрьский');
  });

  it('makes neither a place nor a person of a street or a cemetery', () => {
    expect(surfaces('Митинг прошёл на Сходненской улице.')).toEqual([]);
    expect(surfaces('Его похоронили на Серебряковском кладбище.')).toEqual([]);
    expect(surfaces('Авария случилась на улице Ладыгина.')).toEqual([]);
    expect(surfaces('Авария произошла в Сергачском районе.')).toEqual(['LOC Сергачском районе']);
  });
});
