import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

const surfaces = (text: string) => annotate(text, { quotes: false }).mentions.map((m) => `${m.type} ${m.text}`);
const orgs = (text: string) => surfaces(text).filter((s) => s.startsWith('ORG '));

describe('products, models and brands are no organisations', () => {
  it.each([
    ['Во дворе сгорел автомобиль Honda CR-V соседа.'],
    ['Спасатели прилетели на вертолёте Apache, а не на грузовом.'],
    ['Пилот поднял в воздух самолёт Cessna 182 ранним утром.'],
    ['Цена нефти марки Brent выросла на два процента.'],
    ['Сорт нефти Brent подорожал за неделю.'],
    ['Флот провёл пуск ракеты «Булава» из Белого моря.'],
    ['Разработчики показали браузер Junior для планшетов.'],
    ["Таможня задержала два автомобиля ''Ferrari'' на границе."],
    ['Сайт собран на базе движка Gecko.'],
    ['Экипаж перешёл на борт станции «Заря» утром.'],
    ['Укладку газопровода «Голубой путь» завершили досрочно.'],
  ])('%s', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('keeps the make before a model\'s name as the company (автомобилем Volkswagen Golf)', () => {
    expect(orgs('Водитель управлял автомобилем Volkswagen Golf без прав.')).toEqual(['ORG Volkswagen']);
  });

  it('keeps a body in lower case after the noun as the owner, and a name after «модель» or «марка» alone', () => {
    expect(orgs('Самолёт министерства обороны приземлился в Чкаловском.')).toEqual(['ORG министерства обороны']);
    expect(orgs('Она стала лицом марки Chanel в прошлом году.')).toEqual(['ORG Chanel']);
  });

  it('keeps a quoted name in the genitive after the noun as the owner (станция «Водоканала»)', () => {
    expect(orgs('Ночью остановилась станция «Водоканала».')).toEqual(['ORG Водоканала']);
  });

  it('keeps a Cyrillic name in the genitive after a product noun in another case as its maker (нейросетью Яндекса)', () => {
    expect(orgs('Музыку к фильму написала нейросеть, созданная программистами.')).toEqual([]);
    expect(orgs('Пьесу сочинили нейросетью Яндекса за одну ночь.')).toEqual(['ORG Яндекса']);
    expect(orgs('Инженеры запустили ракетой Роскосмоса новый спутник.')).toEqual(['ORG Роскосмоса']);
  });

  it.each([
    ["Гостей разместили в отеле ''Grand Palace'' у моря."],
    ['Его перевели в тюрьму Fresnes под Парижем.'],
    ['Матч прошёл на стадионе Wembley вечером.'],
  ])('reads a Latin name after a noun of a built place as the place: %s', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('reads a name made «от» an organisation, after a model of a kind, or a code after a number as the product', () => {
    expect(orgs('Студенты чаще выбирают Qwerta от Google, чем конкурентов.')).toEqual(['ORG Google']);
    expect(orgs('Банк открыл доступ к языковой модели Sberta для клиентов.')).toEqual([]);
    expect(orgs('Авиакомпания получила ещё два лайнера 797 XL.')).toEqual([]);
  });

  it('reads a Latin name after a product noun opening a sentence as the product (Смартфон Galaxy …)', () => {
    expect(orgs('Смартфон Zentra X9 поступил в продажу.')).toEqual([]);
  });

  it('drops the other mentions of a name the document showed to be a product', () => {
    expect(orgs('Обновление получил сервис Qwerta от Google. Пользователи Qwerta недовольны.')).toEqual(['ORG Google']);
  });
});

describe('titles of awards, laws and events are no organisations', () => {
  it.each([
    ['Артиста наградили орденом «За заслуги перед Отечеством» в мае.'],
    ['Ветеран был кавалером ордена Красной Звезды.'],
    ['Депутаты приняли закон «О полиции» в первом чтении.'],
    ["Певица спела в шоу ''Saturday Night Live'' вчера."],
    ['Музыканты отправились в тур Summer Nights по Сибири.'],
    // After an abbreviation too: «о/об» and a prepositional word make a law's title.
    ['Депутаты обсудили ФЗ «О полиции» в среду.'],
    ['Новый ФЗ «Об образовании» вступил в силу.'],
    ['Картину показали на фестивале «Кинотавр» в июне.'],
    // Events: a conference, an exhibition, a summit, a hackathon.
    ['На открытии конференции DevNorth выступил министр.'],
    ['Стартап победил на хакатоне «Цифровой прорыв» осенью.'],
    // A work noun opening the sentence is capitalised.
    ['Фильм «Движение вверх» собрал рекорд.'],
    ["Альбом ''Double Fantasy'' вышел осенью."],
  ])('%s', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('keeps a name in the genitive after a work noun as its owner, and an abbreviation there', () => {
    expect(orgs('Игра «Зенита» разочаровала болельщиков.')).toEqual(['ORG Зенита']);
    expect(orgs('Церемония вручения наград ФИФА прошла в Лондоне.')).toEqual(['ORG ФИФА']);
  });
});

describe('bodies the dictionaries do not list', () => {
  it('reads a lower-case level adjective before «дума» as a body (городская дума)', () => {
    expect(orgs('Решение приняла городская дума, а не мэр.')).toEqual(['ORG городская дума']);
  });

  it('reads a lower-case level adjective before a court, a prosecutor\'s office or an administration as a body', () => {
    expect(orgs('Жалобу рассмотрит районный суд на следующей неделе.')).toEqual(['ORG районный суд']);
    expect(orgs('Проверку по факту гибели ведёт областная прокуратура.')).toEqual(['ORG областная прокуратура']);
  });

  it.each([
    ['Пациента перевели в отделение интенсивной терапии ночью.'],
    ['Толпа перекрыла движение по Садовому кольцу в полдень.'],
    ['Он уклонился от службы по призыву два года назад.'],
  ])('reads no body in a head whose first noun after it gives another sense: %s', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('reads a level adjective before «правительство» or «собрание» as a body (краевое правительство, городское собрание)', () => {
    expect(orgs('Проект бюджета внесло в думу краевое правительство.')).toEqual(['ORG краевое правительство']);
    expect(surfaces('Переименование улицы одобрило городское собрание Дебрецена.')).toEqual(['ORG городское собрание', 'LOC Дебрецена']);
    expect(orgs('Японское правительство решило не отставать.')).toEqual([]);
  });

  it('leaves a country\'s court or prosecutor\'s office in lower case alone (федерального суда)', () => {
    expect(orgs('Решение федерального суда обжаловано.')).toEqual([]);
  });

  it('opens a body\'s name with a place\'s adjective the gazetteer took for the place (Курской областной думы)', () => {
    expect(surfaces('Он избран депутатом Курской областной думы от партии.')).toEqual(['ORG Курской областной думы']);
    expect(surfaces('Жители Курской области недовольны.')).toEqual(['LOC Курской области']);
  });
});

describe('a body named by capitalised adjectives and a head noun', () => {
  it.each([
    ['Он окончил Московский авиационный институт в 1990 году.', 'ORG Московский авиационный институт'],
    ['Он работал в Ростовском научно-исследовательском институте глазных болезней до пенсии.', 'ORG Ростовском научно-исследовательском институте глазных болезней'],
    ['Тульская антидопинговая лаборатория лишена аккредитации.', 'ORG Тульская антидопинговая лаборатория'],
    ['Международная шахматная академия открыла набор.', 'ORG Международная шахматная академия'],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual([expected]);
  });

  it.each([
    ['Сотрудники Королевской конной полиции провели обыск.', 'ORG Королевской конной полиции'],
    ['Он играл в Малом драматическом театре десять лет.', 'ORG Малом драматическом театре'],
    ['Документы хранит Центральный государственный архив с 1950 года.', 'ORG Центральный государственный архив'],
    ['Все члены Генеральной Ассамблеи проголосовали за резолюцию.', 'ORG Генеральной Ассамблеи'],
    ['Патриархом Болгарской Православной Церкви стал епископ.', 'ORG Болгарской Православной Церкви'],
  ])('names with a head the dictionaries now list or a capitalised head: %s', (text, expected) => {
    expect(orgs(text)).toEqual([expected]);
  });

  it('names the body in the nominative and keeps its case forms out of the aliases (церкви: церковь)', () => {
    const doc = annotate('Патриархом Коптской православной церкви стал епископ. Коптская православная церковь объявила об этом.', { quotes: false });
    const church = doc.entities.find((e) => e.type === 'ORG')!;
    expect(church.name).toBe('Коптская православная церковь');
    expect(church.aliases).toEqual([]);
  });

  it('leaves a person\'s title as a capitalised head alone (Болгарским Патриархом)', () => {
    expect(orgs('Он стал третьим Болгарским Патриархом в истории.')).toEqual([]);
  });

  it('finds a head whose case forms key apart from its nominative (церкви, церковь)', () => {
    expect(orgs('Новым патриархом Коптской православной церкви стал епископ.')).toEqual(['ORG Коптской православной церкви']);
  });

  it('takes a clipped local body\'s noun as the head (Тверского горсовета)', () => {
    expect(orgs('Он восемь лет был депутатом Тверского горсовета.')).toEqual(['ORG Тверского горсовета']);
  });

  it('reads a place\'s adjective the morphology takes for a surname as the body\'s adjective (Никитинского суда)', () => {
    expect(orgs('Заседание Никитинского суда перенесли на понедельник.')).toEqual(['ORG Никитинского суда']);
  });

  it('reads the adjective as a surname when it does not agree with the head, or follows a first name', () => {
    expect(orgs('Акции купил Андрей Московский компании соседа.')).toEqual([]);
  });

  it('leaves a kind of body after an adjective at a sentence start alone (Российская компания, Японское правительство)', () => {
    expect(orgs('Российская компания объявила о сделке.')).toEqual([]);
    expect(orgs('Японское правительство решило не отставать.')).toEqual([]);
  });

  it('ends the genitive tail before a preposition that the morphology also reads as a noun (при)', () => {
    expect(orgs('На заседании Совета при губернаторе выступили эксперты.')).not.toContain('ORG Совета при');
  });
});

describe('places that bear a body\'s name', () => {
  it('reads a name after a lower-case noun of a settlement or a town\'s part as the place (районе Тоттенхэм)', () => {
    expect(surfaces('Беспорядки начались в лондонском районе Тоттенхэм после убийства.')).toEqual(['LOC Тоттенхэм']);
    expect(surfaces('Фирма заключила соглашение с инноградом Сколково весной.')).toEqual(['LOC Сколково']);
  });

  it('keeps a quoted name after such a noun as the body', () => {
    expect(orgs('Жители посёлка «Газпрома» недовольны.')).toEqual(['ORG Газпрома']);
  });

  it('reads a body named after its place as the place after a preposition and an adjective (в подмосковном Сколково)', () => {
    expect(surfaces('Опыт проведут в подмосковном Сколково через год.')).toEqual(['LOC Сколково']);
  });

  it('reads no place in a place\'s adjective opening a sentence (Петербургские экологи)', () => {
    expect(surfaces('Петербургские экологи обнаружили пятна на воде.')).toEqual([]);
  });
});

describe('an abbreviation in brackets after a name', () => {
  it('is no other name of a place before it that does not start with its letter', () => {
    const doc = annotate('Фракция Социал-демократической партии Кыргызстана (СДПК) вышла из коалиции. Лидер СДПК промолчал.', { quotes: false });
    expect(doc.mentions.filter((m) => m.text === 'СДПК').map((m) => m.type)).toEqual(['ORG', 'ORG']);
    expect(doc.mentions.find((m) => m.text === 'Кыргызстана')?.type).toBe('LOC');
  });

  it('is no body when it shortens common words in lower case, there and where it is repeated', () => {
    expect(orgs('Школы переходят на электронные образовательные ресурсы (ЭОР) с осени. Закупка ЭОР идёт.')).toEqual([]);
  });

  it('is no body when it is a match protocol\'s mark (3:2 (ОТ), a goal ГБ)', () => {
    expect(orgs('Хозяева победили 3:2 (ОТ) в упорной игре.')).toEqual([]);
    expect(orgs('Счёт открыл Петров (Сидоров), ГБ, на пятой минуте.')).toEqual([]);
  });

  it('stays a body after a body\'s noun or a capitalised name', () => {
    expect(orgs('Лидер народно-демократической партии (НДП) ушёл в отставку.')).toEqual(['ORG НДП']);
    expect(orgs('Учения Объединённых сил быстрого развёртывания (ОСБР) начались.')).toContain('ORG ОСБР');
  });
});

describe('quoted names of bodies', () => {
  it('takes a compound noun whose part is a body\'s noun as the descriptor (рок-группы «Алиса»)', () => {
    expect(orgs('Лидер рок-группы «Алиса» дал концерт в Туле.')).toEqual(['ORG Алиса']);
    expect(orgs('Ученики лицея-интерната «Подмосковный» сдали экзамены.')).toEqual(['ORG Подмосковный']);
  });

  it('takes a compound with a Latin first part and a body\'s noun last as the descriptor (Telegram-канал «X»)', () => {
    expect(orgs('Запись первым выложил Telegram-канал «Подъём» в среду.')).toEqual(['ORG Подъём']);
    expect(orgs('Автор YouTube-канала «Редакция» ответил зрителям.')).toEqual(['ORG Редакция']);
  });

  it('reads no place in a compound ending in a common word after «в» (в YouTube-канале)', () => {
    const mentions = surfaces('Ролик набрал миллион просмотров в YouTube-канале певицы.');
    expect(mentions.filter((m) => m.startsWith('LOC '))).toEqual([]);
    expect(surfaces('Завод построили в Усть-Куте.')).toEqual(['LOC Усть-Куте']);
  });

  it('leaves a compound place noun\'s quoted name alone (бизнес-центра «Демидов»)', () => {
    expect(orgs('Памятник открыли возле бизнес-центра «Демидов» в пятницу.')).toEqual([]);
  });

  it('reads quoted names listed after a quoted body as bodies too', () => {
    expect(orgs('Он владел телеканалами «Нил-25», «Хафез» и «Аль-Нас» до ареста.')).toEqual(['ORG Нил-25', 'ORG Хафез', 'ORG Аль-Нас']);
  });

  it('takes a quoted name that opens with a body\'s noun as the body, with no noun before it', () => {
    expect(orgs('Он пожертвовал деньги «Фонду помощи бездомным животным» в мае.')).toEqual(['ORG Фонду помощи бездомным животным']);
    expect(orgs('Лидер умеренного «Движения за новую Грузию» подал в отставку.')).toEqual(['ORG Движения за новую Грузию']);
  });

  it('leaves a quoted model name with a figure and a word that only shares a body noun\'s stem (Мисс)', () => {
    expect(orgs('Экипаж «Союза МС-25» вернулся на Землю.')).toEqual([]);
    expect(orgs('Она завоевала титул «Мисс Вселенная» в Бангкоке.')).toEqual([]);
  });

  it('does not list a quoted title after a quoted body', () => {
    expect(orgs('Газета «Звезда» напечатала рассказ. «Метель» вышла позже.')).toEqual(['ORG Звезда']);
  });
});

describe('a Latin original in brackets', () => {
  it('takes the type of the place or the person it translates', () => {
    expect(surfaces('Она жила в городе Мосул (Mossul) два года.')).toEqual(['LOC Мосул', 'LOC Mossul']);
    expect(surfaces('Суд решил выдать Гэри Мак-Киннона (Gary McKinnon) властям.')).toEqual(['PER Гэри Мак-Киннона', 'PER Gary McKinnon']);
  });

  it('past a language, spelling variants, or a bracket of variants', () => {
    expect(surfaces('Первым выступил Тиагу Мендеш Коррейя (англ. Tiago Mendes Correia).')).toEqual(['PER Тиагу Мендеш Коррейя', 'PER Tiago Mendes Correia']);
    expect(surfaces('Письмо подписал Янис Озолиньш (Озолинь, Озолинш; Janis Ozolins) в среду.')).toEqual(['PER Янис Озолиньш', 'PER Janis Ozolins']);
    expect(surfaces('Его звали Фредерик Харви Моллер (Мёллер) (Frederick Harvey Moller) с рождения.')).toEqual(['PER Фредерик Харви Моллер', 'PER Frederick Harvey Moller']);
  });

  it('not after a comma, where a bracket lists one thing per name', () => {
    expect(surfaces('Играли Анна Смирнова и Ольга Котова (Moonfall, Driftwave) до утра.')).not.toContain('PER Driftwave');
  });

  it('stays a body when it is longer than the name before it (банк Китая (…Bank of China))', () => {
    expect(orgs('Сделку заключил Промышленный и коммерческий банк Китая (Industrial and Commercial Bank of China) вчера.')).toContain('ORG Industrial and Commercial Bank of China');
  });
});

describe('bodies named after a person that no other rule found', () => {
  it.each([
    ['Спектакль покажут на сцене театра имени Евгения Леонова.', 'ORG театра имени Евгения Леонова'],
    ['Пострадавшего доставили в НИИ им. Бурденко ночью.', 'ORG НИИ им. Бурденко'],
    ['Институт языкознания имени Потебни объявил конкурс.', 'ORG Институт языкознания имени Потебни'],
    ['Она окончила Химический техникум имени Менделеева в Перми.', 'ORG Химический техникум имени Менделеева'],
    // The first word read as an adjective does not agree with the genitive head: it stays out.
    ['Учёные Института физики имени Лебедева построили лазер.', 'ORG Института физики имени Лебедева'],
    ['Выпускники Училища искусств имени Гнесиных собрались в июне.', 'ORG Училища искусств имени Гнесиных'],
  ])('%s', (text, org) => {
    expect(orgs(text)).toEqual([org]);
  });
});

describe('bodies named after a person', () => {
  it.each([
    ['Он работает в Институте русского языка имени Виноградова.', 'ORG Институте русского языка имени Виноградова'],
    ['Спектакль покажут на сцене Театра имени Евгения Вахтангова.', 'ORG Театра имени Евгения Вахтангова'],
    ['Глава Ассоциации имени Людвига ван Бетховена выступил.', 'ORG Ассоциации имени Людвига ван Бетховена'],
    ['Премьера прошла в Драматическом театре имени Ильфа и Петрова вчера.', 'ORG Драматическом театре имени Ильфа и Петрова'],
    ['Он окончил Институт имени академика Королёва.', 'ORG Институт имени академика Королёва'],
  ])('%s', (text, expected) => {
    expect(surfaces(text)).toEqual([expected]);
  });

  it('ends the honoured name at the surname: the next name is a person of its own', () => {
    expect(surfaces('Актриса МХТ им. А. П. Чехова Наталья Рогожкина узнала новость.')).toEqual(['ORG МХТ им. А. П. Чехова', 'PER Наталья Рогожкина']);
  });

  it('takes no body after «и» into the honoured name', () => {
    expect(surfaces('Школа имени Пушкина и Библиотека Толстого закрыты.').filter((s) => s.includes('Школа'))).toEqual(['ORG Школа имени Пушкина']);
  });
});

describe('a name hyphened to a body\'s noun', () => {
  it.each([
    ['Обыски прошли в Гоголь-центре и у режиссёра.', ['ORG Гоголь-центре']],
    ['Выставка откроется в Ельцин-центре в мае.', ['ORG Ельцин-центре']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('leaves a common word before the hyphen alone (Пресс-служба, бизнес-центр)', () => {
    expect(orgs('Пресс-служба сообщила о задержании.')).toEqual([]);
    expect(orgs('Бизнес-центр открылся в мае.')).toEqual([]);
  });
});

describe('an ordinal or a rank opening a sentence opens a body\'s name', () => {
  it.each([
    ['Главное управление МЧС по Курганской области начало проверку.', 'ORG Главное управление МЧС по Курганской области'],
    ['Седьмой арбитражный апелляционный суд отклонил жалобу завода.', 'ORG Седьмой арбитражный апелляционный суд'],
  ])('%s', (text, org) => {
    expect(orgs(text)).toEqual([org]);
  });

  it('leaves an ordinal before a bare head alone (Третий отдел: a count of units)', () => {
    expect(orgs('Третий отдел получил новое задание.')).toEqual([]);
  });
});

describe('a body\'s original in brackets is a body too', () => {
  it('retypes the Latin original after a team found by its kind (команды … (…))', () => {
    const found = surfaces('Защитник перешёл в команду Нью-Ингленд Пэтриотс (New England Patriots) весной.');
    expect(found).toContain('ORG New England Patriots');
  });
});

describe('a court of a level in lower case', () => {
  it('reads «окружном суде» as a body, whichever lemma the morphology gives first', () => {
    expect(orgs('Иск рассмотрят в окружном суде Бергена в мае.')).toEqual(['ORG окружном суде']);
  });
});

describe('a Latin company name in full', () => {
  it.each([
    ['Прибыль Samsung Electronics выросла на треть.', ['ORG Samsung Electronics']],
    ['Подписчиков у Netflix Inc стало больше.', ['ORG Netflix Inc']],
    ['Долю купила компания USM Holdings в прошлом году.', ['ORG USM Holdings']],
    ['Квартиру продаёт агентство Knight & Partners в Лондоне.', ['ORG Knight & Partners']],
    ['Вице-президент Rosneft Trading подал в отставку.', ['ORG Rosneft Trading']],
    ['Контракт подписала Maersk Shipping в четверг.', ['ORG Maersk Shipping']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('leaves a product\'s name after the company alone (Samsung Galaxy)', () => {
    expect(orgs('В продажу поступил Samsung Galaxy нового поколения.')).toEqual(['ORG Samsung']);
  });
});

describe('an adjective of an idea before a body is no part of its name', () => {
  it.each([
    ['Он выдвигается от политического «Союза за демократию» в третий раз.', ['ORG Союза за демократию']],
    ['Лидер левоцентристской Демократической партии выступил в парламенте.', ['ORG Демократической партии']],
    ['Лидер оппозиционного Блока демократических сил проиграл выборы.', ['ORG Блока демократических сил']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('keeps a place adjective in the name (московского «Спартака»)', () => {
    expect(orgs('Он воспитанник московского «Спартака».')).toEqual(['ORG московского «Спартака»']);
  });
});

describe('international clubs and bodies the dictionary lists', () => {
  it.each([
    ['Страну исключили из «Большой восьмёрки» в 2014 году.', ['ORG Большой восьмёрки']],
    ['Генсек Форума стран-экспортёров газа приехал в Доху.', ['ORG Форума стран-экспортёров газа']],
    ['Столицей культуры ТЮРКСОЙ выбрана Шуша.', ['ORG ТЮРКСОЙ']],
    ['Акции КазМунайГаза выросли.', ['ORG КазМунайГаза']],
    ['Колонку о реформе напечатал Частный корреспондент в понедельник.', ['ORG Частный корреспондент']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});

describe('a declined abbreviation is the body its bare form names', () => {
  it.each([
    ['Она училась во ВГИКе и в ГИТИСе.', ['ORG ВГИКе', 'ORG ГИТИСе']],
    ['Заявление начальника ЦИБа опубликовано утром.', ['ORG ЦИБа']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('leaves a kind of body written in capitals alone (ВУЗах)', () => {
    expect(orgs('В ВУЗах начались каникулы.')).toEqual([]);
  });
});

describe('the tail of a descriptive name stops before what is not the name', () => {
  it('stops before the initial of the person after the body (США М. Шапиро)', () => {
    const found = surfaces('Глава Комиссии по ценным бумагам США М. Шапиро покидает пост.');
    expect(found).toContain('ORG Комиссии по ценным бумагам США');
    expect(found).toContain('PER М. Шапиро');
  });

  it('stops before a decade in figures (70-х годов)', () => {
    expect(orgs('Он был активистом Движения сельских кооперативов 70-х годов прошлого века.')).toEqual(['ORG Движения сельских кооперативов']);
  });
});

describe('a capitalised common noun in the genitive after a capitalised body\'s head', () => {
  it.each([
    ['Проект обсудят на заседании Совета Безопасности в среду.', 'ORG Совета Безопасности'],
    ['Грант выделен Фондом Кино в марте.', 'ORG Фондом Кино'],
  ])('%s', (text, expected) => {
    expect(surfaces(text)).toContain(expected);
  });

  it('leaves a person after the head and a head that only shares a body noun\'s stem (Мисс)', () => {
    expect(orgs('Она стала Мисс Вселенной в прошлом году.')).toEqual([]);
  });
});

describe('bodies named by a compound noun of their kind', () => {
  it.each([
    ['Тарифы поднял Самарский водоканал в июле.', 'ORG Самарский водоканал'],
    ['Она окончила Второй московский мединститут с отличием.', 'ORG Второй московский мединститут'],
    ['Пожар начался в гипермаркете «Солнечный» ночью.', 'ORG Солнечный'],
    ['Пилоты аэроклуба «Крылья» провели показ.', 'ORG Крылья'],
  ])('%s', (text, expected) => {
    expect(surfaces(text)).toContain(expected);
  });
});

describe('compound names of bodies and companies', () => {
  it.each([
    ['Иск к управляющей компании подал Мосводоканал.', 'ORG Мосводоканал'],
    ['Директор Сибпромстроя задержан в аэропорту.', 'ORG Сибпромстроя'],
    ['Строительство ведёт Газмашпром, сообщили в пресс-службе.', 'ORG Газмашпром'],
    ['Сотрудники Мосгортранса вышли на линию.', 'ORG Мосгортранса'],
    ['Депутаты от Демпартии поддержали законопроект.', 'ORG Демпартии'],
    ['Бойцы Нацгвардии оцепили площадь.', 'ORG Нацгвардии'],
    ['Инспекторы Рыбохраны изъяли сети у браконьеров.', 'ORG Рыбохраны'],
    // A place's stem the prefixes do not list, before two branch parts or one long part.
    ['Глава Тверьэнергосбыта подал в отставку.', 'ORG Тверьэнергосбыта'],
    ['Тарифы повысил Омскводоканал с января.', 'ORG Омскводоканал'],
    // Branch parts of water, heat, housing, news and procurement bodies (issue 15).
    ['Тендер объявил Росводоресурс.', 'ORG Росводоресурс'],
    ['Мостеплосеть отключила отопление в трёх районах.', 'ORG Мостеплосеть'],
    ['Мосжилинспекция проверила дом.', 'ORG Мосжилинспекция'],
    ['Об этом сообщает Башинформ.', 'ORG Башинформ'],
    ['Мосгорзаказ объявил торги.', 'ORG Мосгорзаказ'],
  ])('%s', (text, expected) => {
    expect(surfaces(text)).toContain(expected);
  });

  it('leaves a town that only looks compound (мин + воды) alone', () => {
    expect(orgs('Он прилетел в Минводы утром.')).toEqual([]);
  });

  it('leaves a surname that only looks compound (мин + газ + ова) to the person rules', () => {
    expect(orgs('Адвокаты Мингазова сообщили, что обжалуют приговор.')).toEqual([]);
  });

  it('reads no name in a body\'s common noun opening a sentence (Медиахолдинг «X»)', () => {
    expect(orgs('Медиахолдинг «Вестник Поволжья» сменил владельца.')).toEqual(['ORG Вестник Поволжья']);
  });

  it('takes a word the morphology knows only as an organisation name', () => {
    expect(orgs('На выборах победил Гоминьдан, как и ожидалось.')).toEqual(['ORG Гоминьдан']);
  });

  it('reads a lower-case clipped compound of a level and a body\'s head as that body (горсовет, облспорткомитет)', () => {
    expect(orgs('Председатель облспорткомитета пообещал денег, а в горсовете промолчали.')).toEqual(['ORG облспорткомитета', 'ORG горсовете']);
    expect(orgs('Решение райсуда устояло в обладминистрации.')).toEqual(['ORG райсуда', 'ORG обладминистрации']);
  });

  it('leaves a clipped town or a word that only begins like a level alone (райцентр, горизонт)', () => {
    expect(orgs('Из райцентра за горизонтом видны горы.')).toEqual([]);
  });
});

describe('venues in sport news', () => {
  it('reads a quoted name after a venue noun as the venue, not a club (стадион «Фишт»)', () => {
    expect(orgs('Финал матча прошёл на стадионе «Фишт» при полных трибунах.')).toEqual([]);
  });
});

describe('sports clubs at the start of a text', () => {
  it('reads quoted names opening the text as clubs when the sentence reports a result', () => {
    expect(orgs('«Ротор» обыграл «Факел» в Волгограде')).toEqual(['ORG Ротор', 'ORG Факел']);
    expect(orgs('«Сокол» уступил на выезде «Тамбову».')).toEqual(['ORG Сокол', 'ORG Тамбову']);
  });

  it('reads a neuter or plural club\'s result verb as one too (обыграло, уступят)', () => {
    expect(orgs('«Торпедо» обыграло «Ростов» в гостях.')).toEqual(['ORG Торпедо', 'ORG Ростов']);
    expect(orgs('«Химки» уступят «Тамбову» в субботу.')).toEqual(['ORG Химки', 'ORG Тамбову']);
  });

  it('reads a quoted name opening the text as a club when the sentence is sport news', () => {
    expect(orgs('«Ротор» продлил контракт с главным тренером.')).toEqual(['ORG Ротор']);
  });

  it('reads a quoted name between a noun of sport and a person\'s name as the club, not a nickname', () => {
    expect(surfaces('Лучшим стал хавбек «Турбине» Фатмире Байрамай.')).toEqual(['ORG Турбине', 'PER Фатмире Байрамай']);
  });

  it('reads a quoted name after a role opening the sentence as a body (Владелец «Бирмингема»)', () => {
    expect(orgs('Владелец «Бирмингема» получил шесть лет тюрьмы.')).toEqual(['ORG Бирмингема']);
  });

  it('leaves a quoted title opening the text alone outside sport news', () => {
    expect(orgs('«Метель» вышла в прокат в пятницу.')).toEqual([]);
  });
});

const people = (text: string) => surfaces(text).filter((s) => s.startsWith('PER '));

describe('person names the dictionaries do not know', () => {
  it.each([
    ['На пост выдвинут 62-летний Писсаридис из Никосии.', ['PER Писсаридис']],
    ['Восьмидесятилетний Маккейн надеется на победу.', ['PER Маккейн']],
    ['В показах участвовала 30-летняя Мин Си.', ['PER Мин Си']],
    ['По словам 26-летнего Брендана Каллахана, он не может двигаться.', ['PER Брендана Каллахана']],
  ])('takes the name after an age\'s adjective: %s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('leaves a fuller name after the age to its own rules', () => {
    expect(people('Назначен 55-летний Т.Донилон, юрист по образованию.')).toEqual(['PER Т.Донилон']);
  });

  it('takes nothing after an age\'s adjective before a common noun', () => {
    expect(people('Отметили 100-летний юбилей театра.')).toEqual([]);
  });
});

describe('foreign surnames with particles', () => {
  it.each([
    ['Президент Австрии Александер ван дер Беллен подписал закон.', ['PER Александер ван дер Беллен']],
    ['Закон раскритиковал ван дер Беллен.', ['PER ван дер Беллен']],
    ['Гол забил ван Дейк на последней минуте.', ['PER ван Дейк']],
    ['Как заявил де Сантис, закон примут.', ['PER де Сантис']],
    ['Де Сантис заявил, что закон примут.', ['PER Де Сантис']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('leaves a particle inside a longer capitalised name alone (Тур де Франс)', () => {
    expect(people('Он трижды выиграл Тур де Франс.')).not.toContain('PER де Франс');
  });
});

describe('surname, first name and patronymic in the order of decrees', () => {
  it('reads the three words as one person and finds the dictionary\'s entry by them', () => {
    const doc = annotate('Указом исключить из него Грызлова Бориса Вячеславовича.', { quotes: false });
    expect(doc.mentions.map((m) => m.text)).toEqual(['Грызлова Бориса Вячеславовича']);
    expect(doc.entities[0]!.id).toBe('per:boris-gryzlov');
    expect(people('Назначить Орлова Игоря Анатольевича временно исполняющим обязанности.')).toEqual(['PER Орлова Игоря Анатольевича']);
  });

  it('keeps a role\'s genitive complement and the usual order apart', () => {
    expect(people('Пришла вдова Ельцина Наина Иосифовна.')).not.toContain('PER Ельцина Наина Иосифовна');
    expect(people('Умер президент Института Пушкина Виталий Григорьевич Костомаров.')).toContain('PER Виталий Григорьевич Костомаров');
  });
});

describe('one-word persons that are adjectives', () => {
  it('drops a known adjective agreeing with the noun after it', () => {
    expect(people('Правительство Кыргызской Республики ушло в отставку. Конституция Кыргызской Республики это позволяет.')).toEqual([]);
    expect(people('Об увольнении командующего Северо-Кавказским военным округом сообщили вчера.')).toEqual([]);
  });

  it('keeps a surname in -ский before a verb', () => {
    expect(people('Вчера Ковальский заявил, что не виновен.')).toEqual(['PER Ковальский']);
  });
});

describe('surnames the morphology reads as adjectives', () => {
  it('takes one right before a singular speech verb as its subject', () => {
    expect(people('Вчера Ампелонский заявил, что не виновен.')).toEqual(['PER Ампелонский']);
  });

  it('takes no adjective before a plural verb', () => {
    expect(people('Сына принца Кембриджского назвали в честь деда.')).toEqual([]);
  });
});

describe('a full name found once is found again', () => {
  it('repeats a rule-made full name wherever it stands again', () => {
    const doc = annotate('Премьером избрана 42-летняя Аленка Братушек. Аленка Братушек станет первой женщиной на этом посту.', { quotes: false });
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toEqual(['PER Аленка Братушек', 'PER Аленка Братушек']);
    expect(doc.entities.filter((e) => e.type === 'PER')).toHaveLength(1);
  });

  it('leaves a dictionary person\'s mention with its entry', () => {
    const [gorbachev] = annotate('Михаил Горбачёв выступил. Михаил Горбачёв ответил на вопросы.', { quotes: false }).entities;
    expect(gorbachev!.id).toBe('per:mikhail-gorbachev');
    expect(gorbachev!.mentions.every((m) => m.rule === 'dict')).toBe(true);
  });
});

describe('a part of a place named with a capitalised compass adjective', () => {
  it('takes the adjective into the place\'s name, as a place of its own', () => {
    const doc = annotate('Израиль не вернет Восточный Иерусалим. Четыре острова называются Южными Курилами.', { quotes: false });
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toEqual(['LOC Израиль', 'LOC Восточный Иерусалим', 'LOC Южными Курилами']);
    expect(doc.entities.map((e) => e.name)).toEqual(['Израиль', 'Восточный Иерусалим', 'Южные Курилы']);
  });

  it('takes a lower-case one too, as both corpora mark it (страны западной Европы)', () => {
    const doc = annotate('Почти все страны западной Европы согласны. Бои в восточной Украине продолжаются.', { quotes: false });
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toEqual(['LOC западной Европы', 'LOC восточной Украине']);
    // Западная Европа is a dictionary place, so the entity takes its name and id; восточная Украина is not.
    expect(doc.entities.map((e) => e.name)).toEqual(['Западная Европа', 'восточная Украина']);
  });
});

describe('Latin names with a middle initial', () => {
  it('keeps a person\'s middle initial and its dot in the name', () => {
    expect(people('Его заместитель Джон Пистоль (John S. Pistole) отказался.')).toEqual(['PER Джон Пистоль', 'PER John S. Pistole']);
  });

  it('leaves a dotted abbreviation that opens no given name alone', () => {
    expect(people('Она выиграла U.S. Open в прошлом году.')).toEqual([]);
  });
});

describe('a role\'s genitive person before another full name', () => {
  it('ends the first name where a listed first name opens the next person', () => {
    expect(people('Адвокат Мирзаева Алексей Гребенской поддержал гособвинителя.')).toEqual(['PER Мирзаева', 'PER Алексей Гребенской']);
  });
});

describe('a speaker frame names its speaker', () => {
  it('reads the capitalised word after «по словам» as a person', () => {
    expect(people('По словам Кабейо, президент принесет присягу позже.')).toEqual(['PER Кабейо']);
  });

  it('leaves a dictionary body there to the dictionary', () => {
    expect(surfaces('По словам Минобороны, учения завершены.')).toEqual(['ORG Минобороны']);
  });
});

describe('abbreviations in capitals with a case ending', () => {
  it('finds the dictionary body in «МИДа», «ВТБом»', () => {
    expect(annotate('Он ушёл из МИДа в прошлом году.', { quotes: false }).entities.map((e) => e.id)).toEqual(['org:mid']);
  });

  it('makes «японского МИДа» Japan\'s ministry, named in capitals, and keeps «российского МИДа» Russia\'s', () => {
    const [japan] = annotate('Глава японского МИДа прибыл в Москву.', { quotes: false }).entities;
    expect(japan).toMatchObject({ name: 'японский МИД', source: 'rule' });
    expect(japan!.mentions[0]!.text).toBe('японского МИДа');
    expect(annotate('Представитель российского МИДа заявил о протесте.', { quotes: false }).entities[0]!.id).toBe('org:mid');
  });
});

describe('a relational adjective before a body named by a capitalised head', () => {
  it('belongs to the name', () => {
    expect(orgs('Выступил глава государственной Комиссии по атомной энергии.')).toEqual(['ORG государственной Комиссии по атомной энергии']);
  });

  it('leaves a qualitative adjective out', () => {
    expect(orgs('Цель — войти в число лучших Университетов мира.')).not.toContain('ORG лучших Университетов мира');
  });
});

describe('a well-known surname is no first name', () => {
  it('keeps «Нетаньяху Иерусалим» apart: the person and the city', () => {
    expect(surfaces('Вместо Нетаньяху Иерусалим будет представлять на саммите министр.')).toEqual(['PER Нетаньяху', 'LOC Иерусалим']);
  });
});

describe('bodies named by their number', () => {
  it.each([
    ['Командир 9-й долговременной экспедиции провёл пресс-конференцию с орбиты.', 'ORG 9-й долговременной экспедиции'],
    ['Дед воевал в составе 3-й ударной армии под Берлином.', 'ORG 3-й ударной армии'],
    ['Её перевели в 41-й лицей в прошлом сентябре.', 'ORG 41-й лицей'],
    ['Участники восьмой экспедиции вернулись в Звёздный городок.', 'ORG восьмой экспедиции'],
  ])('%s', (text, org) => {
    expect(orgs(text)).toEqual([org]);
  });

  it('reads the head by its lemma: «лица» is no «лицей»', () => {
    expect(orgs('На встречу приехали первые лица двух компаний.')).toEqual([]);
  });
});

describe('clubs named by a common noun on both sides of a result verb', () => {
  it.each([
    ['Ротор обыграл Факел со счётом 2:1.', ['ORG Ротор', 'ORG Факел']],
    ['Авангард уступил Ротору в гостях.', ['ORG Авангард', 'ORG Ротору']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('names its own rule, apart from the rewrite that makes a town beside a club a club', () => {
    const mentions = annotate('Ротор обыграл Факел со счётом 2:1.', { quotes: false }).mentions;
    expect(mentions.map((m) => m.rule)).toEqual(['sport-side-org', 'sport-side-org']);
  });

  it('leaves a lower-case side, a person and a country alone', () => {
    expect(orgs('Команда проиграла матч в Самаре.')).toEqual([]);
    expect(surfaces('Медведев обыграл Надаля в финале.')).not.toContain('ORG Медведев');
    expect(orgs('Россия обыграла Канаду в полуфинале.')).toEqual([]);
  });

  it('reads a town on one side as a club when the other side is a club (Зенит обыграл Краснодар)', () => {
    expect(orgs('Вчера «Спартак» обыграл Самару на выезде.')).toEqual(['ORG Спартак', 'ORG Самару']);
    expect(orgs('Тюмень уступила ЦСКА в овертайме.')).toEqual(['ORG Тюмень', 'ORG ЦСКА']);
  });

  it('leaves two places on the sides of a result verb places (teams of countries)', () => {
    expect(surfaces('Россия обыграла Канаду в финале турнира.')).toEqual(['LOC Россия', 'LOC Канаду']);
  });

  it('reads quoted names as clubs in a sentence of a draw («…» и «…» сыграли вничью)', () => {
    expect(orgs('«Енисей» и «Шинник» сыграли вничью.')).toEqual(['ORG Енисей', 'ORG Шинник']);
  });
});

describe('a body\'s noun is no person\'s name', () => {
  it('reads «Кабмину» as the cabinet, not a person', () => {
    expect(surfaces('Президент поручил Кабмину утвердить протокол.')).not.toContain('PER Кабмину');
  });

  it('reads «Армии» as the army, not the rare first name «Арми»; the person after it stays', () => {
    const found = surfaces('Показания дал отставной генерал Армии США Джон Миллер.');
    expect(found).not.toContain('PER Армии');
    expect(found).toContain('PER Джон Миллер');
  });
});

describe('an institution named by its place or its person in the genitive', () => {
  it.each([
    ['Исследование провели в Университете Аризоны весной.', 'ORG Университете Аризоны'],
    ['Об этом рассказал профессор Университета Северной Каролины.', 'ORG Университета Северной Каролины'],
    ['Выставку открыли сотрудники Института Пушкина на прошлой неделе.', 'ORG Института Пушкина'],
    // A part adjective the place takes only later (compass-place) stands between the head and the place.
    ['Об этом рассказал профессор Университета Южной Калифорнии.', 'ORG Университета Южной Калифорнии'],
    ['Она преподаёт в Университете Западной Австралии пять лет.', 'ORG Университете Западной Австралии'],
  ])('%s', (text, org) => {
    expect(orgs(text)).toEqual([org]);
  });

  it('leaves a plural head to the place (Университеты Каталонии)', () => {
    expect(orgs('Экзамен введут Университеты Каталонии с осени.')).toEqual([]);
  });
});

describe('a dictionary body with a «по» dependent', () => {
  it('keeps a capitalised place after «по» in the body\'s name', () => {
    expect(orgs('Сообщение поступило в МЧС по Новгородской области вечером.')).toEqual(['ORG МЧС по Новгородской области']);
  });

  it('leaves a field in lower case to the role before the body (директор НАСА по науке)', () => {
    expect(orgs('Об этом заявил директор НАСА по научным программам на брифинге.')).toEqual(['ORG НАСА']);
  });
});

describe('a body\'s head in its other sense', () => {
  it.each([
    ['Он провёл двадцать лет на государственной службе.'],
    ['Пострадавший лежит в реанимационном отделении.'],
    ['Фотографию сделали в больничной палате.'],
  ])('%s', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('keeps the body when no adjective gives the other sense (федеральная служба судебных приставов)', () => {
    expect(orgs('Долг взыщет федеральная служба судебных приставов.')).toEqual(['ORG федеральная служба судебных приставов']);
  });
});

describe('common-noun abbreviations', () => {
  it.each([
    ['Водителя оштрафовали за нарушение ПДД на трассе.'],
    ['Пациента подключили к аппарату ИВЛ ночью.'],
    ['Осуждённый подал ходатайство об УДО в марте.'],
  ])('%s', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('a site named where an outlet is', () => {
  it('reads a site after a reporting verb or a «по данным» frame as the outlet', () => {
    expect(orgs('Об этом сообщает newsvl.ru со ссылкой на полицию.')).toEqual(['ORG newsvl.ru']);
    expect(orgs('По данным Лента.ру, сделка сорвалась.')).toEqual(['ORG Лента.ру']);
  });

  it('leaves a site\'s address elsewhere alone', () => {
    expect(orgs('Он зарегистрировал домен example.ru вчера.')).toEqual([]);
  });
});

describe('Latin names and Latin phrases', () => {
  it('leaves a capitalised Latin word that a Latin function word continues as a phrase (Art in Art)', () => {
    expect(orgs('В галерее открыли выставку Dance in Moscow на прошлой неделе.')).toEqual([]);
  });

  it('keeps function words of other languages inside a body\'s name', () => {
    expect(orgs('На выборах победил блок Union pour la Democratie весной.')).toEqual(['ORG Union pour la Democratie']);
  });
});

describe('a newspaper named like a common plural noun opening a sentence', () => {
  it('«Известия» in marks before a plural verb is the newspaper', () => {
    expect(orgs('«Известия» сообщили, что завод закроют.')).toEqual(['ORG Известия']);
    expect(orgs('Завод работает. «Известия» пишут, что его закроют.')).toEqual(['ORG Известия']);
  });
});

describe('a quoted name after a kind of body (issue 15)', () => {
  it.each([
    ['Грузы до Якутска перевозили авиалинии «Северный ветер».', 'ORG Северный ветер'],
    ['Председатель садового товарищества «Ромашка» подал иск.', 'ORG Ромашка'],
    ['Полиция проверила членов секты «Белое братство».', 'ORG Белое братство'],
    ['Ролик выложили авторы видеоблога «Город-N».', 'ORG Город-N'],
  ])('%s', (text, org) => {
    expect(orgs(text)).toEqual([org]);
  });
});

describe('a list of quoted names (issue 15)', () => {
  it('goes on from a dictionary body in marks', () => {
    expect(orgs('Раньше он работал в «Росбанке» и «Северном кредите».')).toEqual(['ORG Росбанке', 'ORG Северном кредите']);
  });

  it('takes a body\'s noun before a dash as the descriptor', () => {
    expect(orgs('Эфир отключили у двух телеканалов — «Волна» и «Рассвет-ТВ».')).toEqual(['ORG Волна', 'ORG Рассвет-ТВ']);
  });

  it('takes no speech after a colon for a name', () => {
    expect(orgs('Секретарь партии сказала: «Все свободны».')).toEqual([]);
  });
});

describe('an outlet in marks after a source frame (issue 15)', () => {
  it.each([
    ['По данным «Вечерней Казани», мэр уйдёт в отставку.', 'ORG Вечерней Казани'],
    ['В интервью «Северным вестям» тренер похвалил команду.', 'ORG Северным вестям'],
    ['Губернатор выступил в эфире «Радио Кавказ» вечером.', 'ORG Радио Кавказ'],
  ])('%s', (text, org) => {
    expect(orgs(text)).toEqual([org]);
  });
});

describe('an institution named after a name no rule knows (issue 15)', () => {
  it('takes an unknown capitalised genitive after the head into the body', () => {
    expect(orgs('Он читал лекции в Институте Кавасаки два года.')).toEqual(['ORG Институте Кавасаки']);
  });

  it('leaves an ordinary capitalised word after the head to the other rules', () => {
    expect(orgs('Университеты Каталонии закрылись на карантин.')).toEqual([]);
  });
});

describe('a quoted name that speaks (issue 15)', () => {
  it('reads a quoted name before a speech verb as a body', () => {
    expect(orgs('«Рассвет» сообщил, что завод закроют.')).toEqual(['ORG Рассвет']);
  });

  it('leaves speech before an inverted cue alone', () => {
    expect(orgs('«Нет» ответил он.')).toEqual([]);
    expect(orgs('«Это ложь» заявил министр.')).toEqual([]);
  });
});

describe('a tournament named like a body (issue 15)', () => {
  it.each([
    ['В 2006 году клуб дошёл до финала Лиги чемпионов.'],
    ['Она дважды побеждала в женской Лиге чемпионов.'],
  ])('%s', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('a company named after its parent with a hyphen (issue 15)', () => {
  it.each([
    ['Сотрудники ВТБ-Капитала заявили о сделке.', 'ORG ВТБ-Капитала'],
    ['Позже он возглавил Сбербанк-Технологии.', 'ORG Сбербанк-Технологии'],
    ['Он перешёл в Тинькофф-банк весной.', 'ORG Тинькофф-банк'],
  ])('%s', (text, org) => {
    expect(orgs(text)).toEqual([org]);
  });

  it.each([
    ['Матч прошёл на Газпром-Арене.'],
    ['Водитель ВАЗ-21114 не справился с управлением.'],
    ['Глава региона написал в своём Telegram-канале.'],
  ])('leaves a venue, a model and a thing on a service alone: %s', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('an unquoted name after a kind of body (issue 15)', () => {
  it.each([
    ['Клиенты банка Северный Кредит жалуются на задержки.', 'ORG Северный Кредит'],
    ['Бывший игрок команды Нью-Ингленд Пэтриотс завершил карьеру.', 'ORG Нью-Ингленд Пэтриотс'],
  ])('%s', (text, org) => {
    expect(orgs(text)).toEqual([org]);
  });

  it('leaves the holder of a role before the body a person', () => {
    expect(surfaces('Об этом заявил шеф концерна Бернд Пишетсридер вчера.')).toContain('PER Бернд Пишетсридер');
  });

  it('leaves an ordinary capitalised noun after the head alone', () => {
    expect(orgs('Информация распространяется в сети Интернет быстро.')).toEqual([]);
  });
});

describe('Wikinews as an outlet (issue 15)', () => {
  it('reads Викиновости as the outlet it is, not a person who speaks', () => {
    expect(orgs('Викиновости сообщали, что завод закрыт.')).toEqual(['ORG Викиновости']);
  });
});

describe('a body named after a place (issue 15)', () => {
  it('reads a place in the nominative after a kind head in another case as the body\'s name', () => {
    expect(orgs('Концерт группы Ленинград отменили.')).toEqual(['ORG Ленинград']);
    expect(orgs('Ведущий телеканала Россия заявил об уходе.')).toEqual(['ORG Россия']);
  });

  it('leaves the place in the genitive after the head a place', () => {
    expect(surfaces('Игрок сборной России получил травму.')).toEqual(['LOC России']);
  });
});

describe('the word after a territory\'s or its residents\' noun is the place (issue 15)', () => {
  it.each([
    ['Шериф округа Харрис Эд Гонзалес сообщил о задержании.', ['LOC Харрис', 'PER Эд Гонзалес']],
    ['Жительница Жироны пожаловалась в полицию.', ['LOC Жироны']],
    ['Он вырос в селе Дорогинка Киевской области.', ['LOC Дорогинка', 'LOC Киевской области']],
    ['Стрелок, житель Уэстбрука Томас Беккет, задержан.', ['LOC Уэстбрука', 'PER Томас Беккет']],
    ['Губернатор заехал в провинцию Альберта на два дня.', ['LOC Альберта']],
    ['Иски подали в штатах Айова, Юта и Джорджия.', ['LOC Айова', 'LOC Юта', 'LOC Джорджия']],
  ])('%s', (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  it('keeps a person after a residents\' noun when a first name opens it, and a surname a title governs', () => {
    expect(surfaces('Местная жительница Анна Котова нашла клад.')).toEqual(['PER Анна Котова']);
    expect(surfaces('В споре победил мэр города Лужков.')).toEqual(['PER Лужков']);
    expect(surfaces('Об этом сообщил шериф округа Эда Гонсалеса.')).toEqual(['PER Эда Гонсалеса']);
  });
});

describe('an oblique first name of our list opening a foreign name (issue 15)', () => {
  it('names the person in the nominative though the morphology guesses a woman\'s name (Эда → Эд)', () => {
    const doc = annotate('По словам шерифа Эда Гонзалеса, стрелок задержан.');
    expect(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name)).toEqual(['Эд Гонзалес']);
  });
});

describe('historic states (issue 15)', () => {
  it('finds the Soviet republics and old empires', () => {
    expect(surfaces('Заслуженный артист УССР родился в Австро-Венгрии.')).toEqual(['LOC УССР', 'LOC Австро-Венгрии']);
  });
});

describe('a quoted name ending in «!» (issue 15)', () => {
  it('keeps the mark after a body\'s noun', () => {
    expect(orgs('Лидер движения «Вперёд!» выступил на митинге.')).toEqual(['ORG Вперёд!']);
  });

  it('leaves an exclamation after a verb alone', () => {
    expect(orgs('Он крикнул «Ура!» и убежал.')).toEqual([]);
  });
});

describe('a body\'s head capitalised alone in mid-sentence (issue 15)', () => {
  it('reads it as the body\'s name', () => {
    expect(orgs('Доклад передан в Комиссию, и глава Комиссии выступит завтра.')).toEqual(['ORG Комиссию', 'ORG Комиссии']);
    expect(orgs('Если Сенат одобрит договор, он вступит в силу.')).toEqual(['ORG Сенат']);
  });

  it('leaves a bare head in lower case, a person\'s noun and a head opening a longer name alone', () => {
    expect(orgs('Комиссия собралась утром, а решение комиссии ждут к вечеру.')).toEqual([]);
    expect(orgs('В зале были Судьи и адвокаты.')).toEqual([]);
  });
});

describe('a full name spelled by the abbreviation in brackets after it (issue 15)', () => {
  it('takes the words that give the letters, from a capitalised first word, as one body', () => {
    expect(orgs('Лидер Народного союза за честные выборы (НСЧВ) выступил.')).toEqual(['ORG Народного союза за честные выборы', 'ORG НСЧВ']);
    expect(orgs('Глава Ассоциации владельцев речных судов (АВРС) подал иск.')).toEqual(['ORG Ассоциации владельцев речных судов', 'ORG АВРС']);
  });

  it('leaves a treaty\'s title and words that do not spell it alone', () => {
    expect(orgs('Страны подписали Договор о морской торговле (ДМТ) весной.').filter((s) => s.includes('Договор'))).toEqual([]);
    expect(orgs('Акция Белые ночи Петербурга (НСЧВ) прошла.').filter((s) => s.includes('Белые'))).toEqual([]);
  });
});

describe('a body named after a royal or a saint by title (issue 15)', () => {
  it('takes the title\'s person into the body\'s name', () => {
    expect(surfaces('Врачи Госпиталя королевы Александры сообщили новость.')).toEqual(['ORG Госпиталя королевы Александры']);
  });

  it('leaves an office\'s holder out of the body', () => {
    expect(surfaces('Сотрудники Института президента Лукашенко ушли.')).toEqual(['ORG Института президента', 'PER Лукашенко']);
  });
});

describe('a hyphened place name written with a space', () => {
  it('is the place, in any case, not a person\'s two names', () => {
    const places = (text: string) => annotate(text, { quotes: false }).mentions.map((m) => `${m.type} ${m.text} ${m.entity}`);
    expect(places('Сборная прилетела из Коста Рики в Эль Сальвадор.')).toEqual(['LOC Коста Рики loc:costa-rica', 'LOC Эль Сальвадор loc:el-salvador']);
  });
});

describe('a dictionary body whose genitive field goes on after «и» (issue ent11)', () => {
  it('takes the coordinated field into the name', () => {
    expect(orgs('Представители Министерства культуры и туризма посетили выставку.')).toEqual(['ORG Министерства культуры и туризма']);
    expect(orgs('Министерство сельского хозяйства и пищевой промышленности Молдавии ввело запрет.')).toEqual(['ORG Министерство сельского хозяйства и пищевой промышленности']);
  });

  it('stops before a second body after «и» and before a nominative', () => {
    expect(orgs('Министерство финансов и правительство не договорились.')).toEqual(['ORG Министерство финансов']);
    expect(orgs('Министерство обороны и армия отчитались о готовности.')).toEqual(['ORG Министерство обороны']);
  });
});

describe('a Latin abbreviation in brackets after a place that ends a body\'s name (issue ent11)', () => {
  it('is the body, not the place', () => {
    const typed = (text: string) => annotate(text, { quotes: false }).mentions.filter((m) => m.text === 'FNCP').map((m) => m.type);
    expect(typed('Об этом сообщила федерация фермеров Чили (FNCP). Глава FNCP выступил.')).toEqual(['ORG', 'ORG']);
  });

  it('still links a same-letter abbreviation to a place', () => {
    const typed = (text: string) => annotate(text, { quotes: false }).mentions.filter((m) => m.text === 'ОАЭ').map((m) => m.type);
    expect(typed('Делегация Объединённых Арабских Эмиратов (ОАЭ) прибыла в Москву.')).toEqual(['LOC']);
  });
});

describe('a Latin given name, a middle initial and a surname (issue ent11)', () => {
  it('is a person whether or not the given name is listed', () => {
    expect(surfaces('Пост займёт Мэрилин Хьюсон (Marillyn A. Hewson), бывший вице-президент.')).toContain('PER Marillyn A. Hewson');
    expect(surfaces('Компанию возглавит Ормонд Т. Кэрри (Ormond T. Carrey).')).toContain('PER Ormond T. Carrey');
  });
});

describe('a genitive list parted by commas and closed by «и» inside a body\'s name (issue ent11)', () => {
  it('takes the whole list into the name', () => {
    expect(orgs('Сотрудники Института истории, археологии и этнографии приехали.')).toEqual(['ORG Института истории, археологии и этнографии']);
    expect(orgs('Экспонат передали Военно-историческому музею артиллерии, инженерных войск и войск связи.')).toEqual(['ORG Военно-историческому музею артиллерии, инженерных войск и войск связи']);
  });

  it('leaves a list of other bodies and a list never closed by «и» outside', () => {
    expect(orgs('Представители министерства обороны, полиции и прокуратуры прибыли.')).toEqual(['ORG министерства обороны']);
    expect(orgs('Член Союза писателей, который вчера выступил, умер.')).toEqual(['ORG Союза писателей']);
  });
});

describe('a Latin name opening with a given name right after a kind head (issue ent11)', () => {
  it('is the body in apposition', () => {
    expect(surfaces('Она основала компанию Kate Spade Handbags вместе с мужем.')).toEqual(['ORG Kate Spade Handbags']);
    expect(surfaces('В клубе выступила группа Jack White Band.')).toEqual(['ORG Jack White Band']);
  });

  it('stays a person after a role and its body, and with no head before it', () => {
    expect(surfaces('Вокалист группы John Smith дал интервью.')).toEqual(['PER John Smith']);
    expect(surfaces('Об этом сообщил John Smith, глава компании.')).toEqual(['PER John Smith']);
  });
});

describe('an unknown abbreviation before a country in capitals (issue ent11)', () => {
  it('is a body and its country, not a run of capitals', () => {
    expect(surfaces('В это время ВВС США выслали истребители.')).toEqual(['ORG ВВС', 'LOC США']);
    expect(surfaces('Корабли ВМС КНР вошли в порт.')).toEqual(['ORG ВМС', 'LOC КНР']);
  });

  it('keeps a motto in capitals and a unit before a dictionary body as they were', () => {
    expect(orgs('Девиз GENS UNA SUMUS знают все.')).toEqual([]);
    expect(orgs('Об этом сообщили в ГУ МЧС России по Санкт-Петербургу.')).toEqual(['ORG ГУ МЧС России по Санкт-Петербургу']);
  });
});

describe('a Latin company name ending in a legal form in lower case (issue ent11)', () => {
  it('keeps the legal form, and still drops a trailing function word', () => {
    expect(orgs('Британская Imperial Brands plc купила завод.')).toEqual(['ORG Imperial Brands plc']);
    expect(orgs('Группа Pink Floyd and friends выступила.')).toEqual(['ORG Pink Floyd']);
  });
});

describe('a «при» dependent whose adjective reads as a noun too (issue ent11)', () => {
  it('reads the adjective before the role as an adjective (при главном архитекторе)', () => {
    expect(orgs('Член Экспертного совета при главном архитекторе Москвы выступил.')).toEqual(['ORG Экспертного совета при главном архитекторе Москвы']);
  });
});

describe('a run of capitals that reads as a Roman numeral (issue ent12)', () => {
  it('is the body\'s abbreviation unless a word of time follows or it uses only I, V, X', () => {
    expect(orgs('Лидер партии (MDC) заявил о победе.')).toEqual(['ORG MDC']);
    expect(orgs('Это случилось в XIV веке.')).toEqual([]);
    expect(orgs('Дом построили в MCM году.')).toEqual([]);
  });
});

describe('a Cyrillic abbreviation with inner lower-case letters (issue ent12)', () => {
  it('is a body (БелТА, КамАЗ), while a name ending in lower case is not', () => {
    expect(orgs('Об этом сообщило агентство БелТА.')).toEqual(['ORG БелТА']);
    expect(orgs('Завод КамАЗ выпустил новый грузовик.')).toEqual(['ORG КамАЗ']);
    expect(orgs('Актёр ДиКаприо приехал на премьеру.')).toEqual([]);
  });
});

describe('a capitalised name after «университет» or «партия» in apposition (issue ent12)', () => {
  it('is the body\'s name, not a person', () => {
    expect(surfaces('Он окончил университет Ла Сапиенца в Риме.')).toContain('ORG Ла Сапиенца');
    expect(surfaces('Он вступил в партию Ла Либерта.')).toContain('ORG Ла Либерта');
  });
});

describe('a Latin company name closed by a dotted legal form (issue ent12)', () => {
  it('keeps the whole form (N.V., S.A.), not its first letter', () => {
    expect(orgs('Концерн Nordic Motors N.V. объявил о слиянии.')).toEqual(['ORG Nordic Motors N.V.']);
    expect(orgs('Банк Banco Atlantico S.A. открыл отделение.')).toEqual(['ORG Banco Atlantico S.A.']);
  });
});

describe('a genitive list inside a name with a word the morphology does not know (issue ent12)', () => {
  it('goes on past the unknown member to the closing «и»', () => {
    expect(orgs('Активисты создали Федерацию лесбиянок, геев, бисексуалов и трансгендеров в прошлом году.'))
      .toEqual(['ORG Федерацию лесбиянок, геев, бисексуалов и трансгендеров']);
  });
});

describe('a list of Latin names holding a body the dictionary knows (issue 15)', () => {
  it('reads each name of the list, also one far from the Russian words', () => {
    expect(orgs("Нападающий сменил ''Vegas Hunters'', ''Minnesota Wild'', ''Seattle Rangers'' и ''Utah Giants'' за пять лет."))
      .toEqual(['ORG Vegas Hunters', 'ORG Minnesota Wild', 'ORG Seattle Rangers', 'ORG Utah Giants']);
  });

  it('leaves a list of song titles without a known body as it was', () => {
    expect(orgs('Он исполнил песни «It’s Over», «Such a Shame», «Dum Dum Girl» и «Living in Another World».')).toEqual([]);
  });
});

describe('dots inside a Latin company name (issue 15)', () => {
  it('keeps dotted capitals before the name and a dotted Saint or Mount inside it', () => {
    expect(orgs('Фонд вложил деньги в U.S. Bancorp и другие банки.')).toEqual(['ORG U.S. Bancorp']);
    expect(orgs('Об этом пишет St. Louis Post-Dispatch со ссылкой на полицию.')).toEqual(['ORG St. Louis Post-Dispatch']);
  });

  it('leaves a person\'s middle initial to the person', () => {
    expect(surfaces('Вчера приехал John S. Pistole.')).toEqual(['PER John S. Pistole']);
  });
});

describe('a Latin name in capitals right after a kind head (issue 15)', () => {
  it('reads two or more capitalised Latin words after агентство, фирма as the body', () => {
    expect(orgs('Она работала моделью в агентстве BLUE MOON до свадьбы.')).toEqual(['ORG BLUE MOON']);
  });
});

describe('national legislatures known by their own names (issue 15)', () => {
  it.each([
    ['Закон принял Стортинг, а в Риксдаге его отклонили.', ['ORG Стортинг', 'ORG Риксдаге']],
    ['Депутаты Сейма и Кортесов проголосовали против.', ['ORG Сейма', 'ORG Кортесов']],
    ['Поправки одобрил Олий Мажлис.', ['ORG Олий Мажлис']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('reads a legislature\'s noun as the head of a described name (Меджлиса крымско-татарского народа)', () => {
    expect(orgs('Лидер Меджлиса крымско-татарского народа приехал в Киев.')).toEqual(['ORG Меджлиса крымско-татарского народа']);
    expect(orgs('Депутаты Народного Хурала приняли закон.')).toEqual(['ORG Народного Хурала']);
  });
});

describe('a remand prison is a body (issue 15)', () => {
  it('reads a bare СИЗО as the body, and leaves it to the quoted name after it', () => {
    expect(orgs('Обвиняемого оставили в СИЗО до весны.')).toEqual(['ORG СИЗО']);
    expect(orgs('Бывший министр содержится в СИЗО «Кресты».')).toEqual(['ORG Кресты']);
  });
});

describe('a quoted name its bracketed abbreviation spells (issue 15)', () => {
  it('reads the quoted words as the body when the letters in brackets are their initials', () => {
    expect(orgs('На выборах лидировал «Гражданский список» (ГС).')).toEqual(['ORG Гражданский список', 'ORG ГС']);
  });

  it('leaves a quoted title whose words do not spell the letters alone', () => {
    expect(orgs('Вчера прошёл «Весенний марафон» (ГС).')).not.toContain('ORG Весенний марафон');
  });
});

describe('church provinces, patriarchates and seminaries head a described name (issue 15)', () => {
  it.each([
    ['Заявление появилось на сайте Томской митрополии вечером.', ['ORG Томской митрополии']],
    ['Переговоры с Антиохийским Патриархатом продолжатся.', ['ORG Антиохийским Патриархатом']],
    ['Он окончил Сретенскую духовную семинарию в 2010 году.', ['ORG Сретенскую духовную семинарию']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});

describe('a word the morphology knows only as a body names no person (issue 15)', () => {
  it.each([
    ['В 1995 году глава Госкомстата ушёл в отставку.', ['ORG Госкомстата']],
    ['Председатель Гостелерадио подписал приказ.', ['ORG Гостелерадио']],
    ['Вчера Моссовет заявил о протесте.', ['ORG Моссовет']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
    expect(surfaces(text).filter((s) => s.startsWith('PER '))).toEqual([]);
  });
});

describe('a compound body with a stem the parts do not list before a long part (issue 15)', () => {
  it.each([
    ['Проверку начали сотрудники Росземнадзора.', ['ORG Росземнадзора']],
    ['Жалобу направили в Татизбирком во вторник.', ['ORG Татизбирком']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});

describe('compound bodies the morphology knows as common nouns, and a state prefix before an unlisted stem (issue 15)', () => {
  it.each([
    ['Заявку на поставку отправили в Госснаб ещё весной.', ['ORG Госснаб']],
    ['Инспекторы Росохотнадзора проверили угодья.', ['ORG Росохотнадзора']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('leaves such a word alone where only its place at a sentence start capitalises it', () => {
    expect(orgs('Госснаб распределял фонды по заводам.')).toEqual([]);
  });
});

describe('an adjective and its noun spelled by two capitals in brackets, and the name again elsewhere (issue 15)', () => {
  it('reads «Северного союза (СС)» as a body, and its other case forms in the text', () => {
    expect(orgs('Северный союз провёл съезд. Лидер Северного союза (СС) выступил первым. Газета писала о Северном союзе весь год.'))
      .toEqual(['ORG Северный союз', 'ORG Северного союза', 'ORG СС', 'ORG Северном союзе']);
  });

  it('leaves a place its two letters spell a place', () => {
    expect(orgs('На Южном острове (ЮО) прошли выборы.')).toEqual([]);
  });
});

describe('an undeclined surname-like word after an outlet\'s head is the outlet (issue 15)', () => {
  it.each([
    ['Об этом пишет еженедельник Розенберг со ссылкой на источники.', ['ORG Розенберг']],
    ['Об этом пишет журнал Петрова.', []],
    ['Владелец агентства Кравец Олег подписал договор.', []],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});
