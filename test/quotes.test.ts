import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';

import { quotes } from './quote-view.js';

describe('direct speech', () => {
  it('«П», — заявил X', () => {
    expect(quotes('«Мы готовы к диалогу», — заявил Сергей Лавров.')).toEqual(['direct | Сергей Лавров | Мы готовы к диалогу']);
  });

  it('«П!» — воскликнул X, with the speaker before the verb too', () => {
    expect(quotes('«Это победа!» — воскликнул тренер Валерий Карпин.')).toEqual(['direct | Валерий Карпин | Это победа!']);
    expect(quotes('«Работы закончим в мае», — Собянин уточнил.')).toEqual(['direct | Сергей Собянин | Работы закончим в мае']);
  });

  it('a colon before a quotation, even without a speech verb', () => {
    expect(quotes('Министр Антон Силуанов поздравил коллег через Telegram: «Отличная работа, спасибо всем».')).toEqual([
      'direct | Антон Силуанов | Отличная работа, спасибо всем',
    ]);
  });

  it('a one-word quote before a speech verb', () => {
    expect(quotes('«Да», — сказал Дмитрий Песков.')).toEqual(['direct | Дмитрий Песков | Да']);
  });

  it('X заявил: «П»', () => {
    expect(quotes('Министр финансов Антон Силуанов заявил: «Дефицита не будет».')).toEqual(['direct | Антон Силуанов | Дефицита не будет']);
  });

  it('«П1, — сказал X. — П2» is one quote', () => {
    expect(quotes('«Цены стабилизируются, — сказал Силуанов. — Мы к этому готовы».')).toEqual([
      'direct | Антон Силуанов | Цены стабилизируются, — сказал Силуанов. — Мы к этому готовы',
    ]);
  });

  it('«П1», — сказал X, когда …. — «П2» is one quote however long the attribution sentence', () => {
    const text = '«Решение уже принято», — сказал Сергей Собянин, когда журналисты спросили его о сроках строительства новой линии метро. — «Стройка начнётся весной».';
    expect(quotes(text)).toEqual([
      'direct | Сергей Собянин | Решение уже принято», — сказал Сергей Собянин, когда журналисты спросили его о сроках строительства новой линии метро. — «Стройка начнётся весной',
    ]);
    const apart = '«Решение уже принято», — сказал Сергей Собянин. Журналисты спросили его о сроках. «Стройка начнётся весной», — добавил он.';
    expect(quotes(apart)).toEqual([
      'direct | Сергей Собянин | Решение уже принято',
      'direct | Сергей Собянин | Стройка начнётся весной',
    ]);
  });

  it('dialogue lines opened by a dash', () => {
    expect(quotes('Журналисты спросили мэра о пробках.\n— Мы построим новые развязки, — ответил Сергей Собянин.')).toEqual([
      'direct | Сергей Собянин | Мы построим новые развязки',
    ]);
  });

  it('«П», — говорится в заявлении X', () => {
    expect(quotes('«Россия не допустит эскалации», — говорится в заявлении МИД России.')).toEqual([
      'direct | Министерство иностранных дел России | Россия не допустит эскалации',
    ]);
  });

  it('a spaced hyphen typed for a dash still opens the attribution', () => {
    expect(quotes('«Работы завершены», - сообщил Сергей Собянин.')).toEqual(['direct | Сергей Собянин | Работы завершены']);
    // Glued to the comma that ends the quotation, spaced after, it is a dash too; glued on both sides it is not.
    expect(quotes('«Работы завершены»,- сообщил Сергей Собянин.')).toEqual(['direct | Сергей Собянин | Работы завершены']);
    expect(quotes('«Работы завершены»,-сообщил Сергей Собянин.')).toEqual([]);
  });

  it('a block after «сказал:» on the next line', () => {
    expect(quotes('Губернатор Андрей Воробьёв сказал:\nДороги отремонтируют до осени.')).toEqual([
      'direct | Андрей Воробьёв | Дороги отремонтируют до осени.',
    ]);
  });
});

describe('indirect and mixed speech', () => {
  it('X заявил, что П', () => {
    expect(quotes('Дмитрий Песков заявил журналистам, что Кремль не комментирует слухи.')).toEqual([
      'indirect | Дмитрий Песков | Кремль не комментирует слухи',
    ]);
  });

  it('X сообщил о том, что П', () => {
    expect(quotes('Сергей Шойгу сообщил о том, что учения завершены.')).toEqual(['indirect | Сергей Шойгу | учения завершены']);
  });

  it('по словам X, П and its pronoun form', () => {
    expect(quotes('По словам Эльвиры Набиуллиной, инфляция замедляется.')).toEqual(['indirect | Эльвира Набиуллина | инфляция замедляется']);
    expect(quotes('Эльвира Набиуллина выступила в Думе. По её словам, ставка снизится.')).toEqual([
      'indirect | Эльвира Набиуллина | ставка снизится',
    ]);
  });

  it('как сообщил X, П', () => {
    expect(quotes('Как сообщил губернатор Александр Беглов, метро откроют в декабре.')).toEqual([
      'indirect | Александр Беглов | метро откроют в декабре',
    ]);
  });

  it('П, сообщает X and a nested opinion', () => {
    expect(quotes('Аналитики считают, что нефть подешевеет, сообщает агентство Reuters.')).toEqual([
      'indirect | Reuters | Аналитики считают, что нефть подешевеет',
      'indirect | Аналитики | нефть подешевеет',
    ]);
  });

  it('об этом сообщил X: the content is the sentence before', () => {
    expect(quotes('Завод возобновил работу. Об этом сообщил губернатор Алексей Дюмин.')).toEqual([
      'indirect | Алексей Дюмин | Завод возобновил работу',
    ]);
  });

  it('X заявил, что «…» is mixed, and so is X назвал это «…»', () => {
    expect(quotes('Сергей Лавров заявил, что санкции «не достигли цели».')).toEqual(['mixed | Сергей Лавров | санкции «не достигли цели»']);
    expect(quotes('Мария Захарова назвала заявление «откровенной провокацией».')).toEqual([
      'mixed | Мария Захарова | заявление «откровенной провокацией»',
    ]);
  });

  it('an evaluation with no quoted words is a nominal report, not a quote: назвал X Y-instr, охарактеризовал X как Y', () => {
    expect(quotes('Губернатор Андрей Воробьёв назвал закрытие школ вынужденной мерой.')).toEqual([]);
    expect(quotes('Сергей Лавров охарактеризовал Дж.Смита как опытного дипломата.')).toEqual([]);
  });

  it('one quoted word makes an evaluation mixed, and after «как» the quotation may stand further on', () => {
    expect(quotes('Министр Иван Петров назвал ситуацию «катастрофической».')).toEqual([
      'mixed | Иван Петров | ситуацию «катастрофической»',
    ]);
    expect(quotes('Врачи оценивают состояние пострадавшего водителя уже не как «тяжёлое».')).toEqual([
      'mixed | Врачи | состояние пострадавшего водителя уже не как «тяжёлое»',
    ]);
  });

  it('no evaluation without a complement: назвал имя, оценил ущерб, назвали дочь Анной', () => {
    expect(quotes('Губернатор Андрей Воробьёв назвал имя нового министра.')).toEqual([]);
    expect(quotes('Министр Антон Силуанов оценил ущерб в пять миллионов рублей.')).toEqual([]);
    expect(quotes('Родители назвали дочь Анной.')).toEqual([]);
  });

  it('a speech act whose object holds a quoted fragment is mixed: поблагодарил «…», призвал … «…»', () => {
    expect(quotes('Министр Антон Силуанов поблагодарил «своих верных союзников» из парламента.')).toEqual([
      'mixed | Антон Силуанов | «своих верных союзников» из парламента',
    ]);
    expect(quotes('Министр Антон Силуанов призвал сделать всё, чтобы цены не «улетали в космос».')).toEqual([
      'mixed | Антон Силуанов | сделать всё, чтобы цены не «улетали в космос»',
    ]);
    expect(quotes('Министр Антон Силуанов призвал граждан сохранять спокойствие.')).toEqual([]);
    expect(quotes('Министр Антон Силуанов поблагодарил компанию «Аэрофлот» за помощь.')).toEqual([]);
  });

  it('a description or assessment «как Y» is a judgement only with a quoted fragment: описал, расценил', () => {
    expect(quotes('Свидетели описали водителя как мужчину лет сорока.')).toEqual([]);
    expect(quotes('Сергей Лавров расценил решение как ошибку.')).toEqual([]);
    expect(quotes('Сергей Лавров расценил решение как «грубую ошибку».')).toEqual([
      'mixed | Сергей Лавров | решение как «грубую ошибку»',
    ]);
  });

  it('the name after a text is its author: «В заявлении Кэрри Лэм говорится, что …»', () => {
    expect(quotes('В заявлении Кэрри Лэм говорится, что границы закроют.')).toEqual(['indirect | Кэрри Лэм | границы закроют']);
  });

  it('ends the content where the narrator resumes, even after a prepositional phrase', () => {
    expect(quotes('Аналитики обратили внимание на то, что цены выросли, и в связи с этим высказали опасения.')).toEqual([
      'indirect | Аналитики | цены выросли',
    ]);
  });

  it('speech reported inside a quoted statement is part of it, not a quote of its own', () => {
    expect(quotes('«Утром жене позвонили из полиции и сообщили, что вызывают всех участников акции», — сказал Сергей Удальцов.')).toEqual([
      'direct | Сергей Удальцов | Утром жене позвонили из полиции и сообщили, что вызывают всех участников акции',
    ]);
    expect(quotes('Хоккеист рассказал о будущем: «Мне тяжело смотреть игры, — признался Илья Ковальчук. — Я хочу на лёд».')).toEqual([
      'direct | Илья Ковальчук | Мне тяжело смотреть игры, — признался Илья Ковальчук. — Я хочу на лёд',
    ]);
  });

  it('a bracketed clause closing a report is the narrator\'s; a bracketed name stays', () => {
    expect(quotes('Социолог Анна Петрова отметила, что подростки мало читают (именно эта группа наиболее активна в сетях).')).toEqual([
      'indirect | Анна Петрова | подростки мало читают',
    ]);
    expect(quotes('Социолог Анна Петрова отметила, что данные получены от Федеральной службы (Федеральная служба статистики).')).toEqual([
      'indirect | Анна Петрова | данные получены от Федеральной службы (Федеральная служба статистики)',
    ]);
  });

  it('a relative «что» as the cue\'s subject is the narrator\'s clause, not a speaker', () => {
    expect(quotes('Доктор никого не подпускает к себе, что напоминает поведение Первого Доктора, что говорит о том, что сценаристы любят повторы.')).toEqual([]);
  });

  it('ends the content where the narrator resumes', () => {
    expect(quotes('Дмитриев отметил, что компании проявили интерес, однако не назвал их.')).toEqual([
      'indirect | Кирилл Дмитриев | компании проявили интерес',
    ]);
  });

  it('keeps a second predicate of the reported clause that agrees like its first: «она работала … и была уволена»', () => {
    expect(quotes('Ольга Смирнова сообщила журналистам, что в Самаре она работала врачом и была уволена без объяснений.')).toEqual([
      'indirect | Ольга Смирнова | в Самаре она работала врачом и была уволена без объяснений',
    ]);
    expect(quotes('Ольга Смирнова сообщила, что цены выросли, и ушла с пресс-конференции.')).toEqual([
      'indirect | Ольга Смирнова | цены выросли',
    ]);
  });

  it('ends the content at the narrator\'s impersonal report: «…, однако позже выяснилось, что …»', () => {
    expect(quotes('Полиция сообщила, что подозреваемый задержан, однако позже выяснилось, что он скрылся.')).toEqual([
      'indirect | Полиция | подозреваемый задержан',
    ]);
    expect(quotes('Полиция сообщила, что подозреваемый задержан, а оружие было изъято.')).toEqual([
      'indirect | Полиция | подозреваемый задержан, а оружие было изъято',
    ]);
  });

  it('frames of concern, anaphoric «информацию об этом», and reports that came in «в СМИ»', () => {
    expect(quotes('Правозащитники высказали озабоченность тем, что суд закрыт для прессы.')).toEqual([
      'indirect | Правозащитники | суд закрыт для прессы',
    ]);
    expect(quotes('Сделка закрыта. Информацию об этом распространила пресс-служба компании.')).toEqual([
      'indirect | пресс-служба компании | Сделка закрыта',
    ]);
    expect(quotes('В СМИ появились сообщения, что министр уйдёт в отставку.')).toEqual(['indirect | СМИ | министр уйдёт в отставку']);
    expect(quotes('Появились сообщения, что министр уйдёт в отставку.')).toEqual([]);
  });

  it('no quote without a source: «Согласно информации, …»', () => {
    expect(quotes('Согласно информации, переговоры продолжатся в апреле.')).toEqual([]);
  });
});

describe('more attribution frames', () => {
  it('«П», — цитирует X издание Y: the quoted person speaks', () => {
    expect(quotes('«Переговоры идут трудно», — цитирует Дмитрия Пескова издание РБК.')).toEqual([
      'direct | Дмитрий Песков | Переговоры идут трудно',
    ]);
  });

  it('«П», — заявил X, добавив, что П2: two quotes of one speaker', () => {
    expect(quotes('«Мы выполним план», — заявил Алексей Миллер, добавив, что экспорт вырастет.')).toEqual([
      'direct | Алексей Миллер | Мы выполним план',
      'indirect | Алексей Миллер | экспорт вырастет',
    ]);
  });

  it('по данным X, согласно заявлению X, как сообщает «X»', () => {
    expect(quotes('По данным Росстата, инфляция в марте замедлилась.')).toEqual(['indirect | Росстат | инфляция в марте замедлилась']);
    expect(quotes('Согласно заявлению МИД России, посол вызван для консультаций.')).toEqual([
      'indirect | Министерство иностранных дел России | посол вызван для консультаций',
    ]);
    expect(quotes('Как сообщает «Интерфакс», сделка закрыта.')).toEqual(['indirect | Интерфакс | сделка закрыта']);
  });

  it('opinion: X уверена, что П', () => {
    expect(quotes('Эльвира Набиуллина уверена, что ставка снизится.')).toEqual(['indirect | Эльвира Набиуллина | ставка снизится']);
  });

  it('a gerund cue takes the subject of the main clause', () => {
    expect(quotes('Минфин опроверг слухи, заявив, что налоги не вырастут.')).toEqual([
      'indirect | Министерство финансов России | налоги не вырастут',
    ]);
  });

  it('«Об этом он заявил»: a subject between «об этом» and the verb', () => {
    expect(quotes('Сергей Собянин открыл станцию. Движение начнётся завтра. Об этом он заявил журналистам.')).toEqual([
      'indirect | Сергей Собянин | Движение начнётся завтра',
    ]);
  });

  it('«Об этом он написал …» followed by «Об этом сообщили …»: both refer past each other to the news', () => {
    expect(quotes('Мэр Ирина Соколова объявила о ремонте моста. Об этом она написала в Telegram. Об этом также сообщили в администрации города.')).toEqual([
      'indirect | Ирина Соколова | Мэр Ирина Соколова объявила о ремонте моста',
      'indirect | администрации города | Мэр Ирина Соколова объявила о ремонте моста',
    ]);
  });
});

describe('speakers', () => {
  it('«глава региона» is the governor the text named, not a minister who happens to be near', () => {
    expect(quotes('Губернатор Томской области Владимир Мазур встретил министра. Глава региона сообщил, что мост откроют в июне.')).toEqual([
      'indirect | Владимир Мазур | мост откроют в июне',
    ]);
    expect(quotes('Министр транспорта Роман Старовойт прилетел в Томск. Глава региона сообщил, что мост откроют в июне.')).toEqual([
      'indirect | Глава региона | мост откроют в июне',
    ]);
  });

  it('«глава Минпромторга» is the «министр промышленности и торговли» the text named', () => {
    expect(quotes('Министр промышленности и торговли Антон Алиханов приехал на завод в Липецке. Глава Минпромторга заявил, что выпуск станков удвоят.')).toEqual([
      'indirect | Антон Алиханов | выпуск станков удвоят',
    ]);
  });

  it('«Там уточнили» is the organisation just named, when only one was', () => {
    expect(quotes('Росгидромет выпустил штормовое предупреждение для Сочи. Там уточнили, что ветер усилится к вечеру.')).toEqual([
      'indirect | Росгидромет | ветер усилится к вечеру',
    ]);
    expect(quotes('Росгидромет и МЧС выпустили предупреждение. Там уточнили, что ветер усилится к вечеру.')).toEqual([]);
  });

  it('a report with one quoted word of the speaker\'s own is mixed; a quoted name keeps it indirect', () => {
    expect(quotes('Тренер Валерий Карпин заявил, что игра в меньшинстве была «провальной».')).toEqual([
      'mixed | Валерий Карпин | игра в меньшинстве была «провальной»',
    ]);
    expect(quotes('Министр Антон Силуанов заявил, что «Газпром» заплатит налог.')[0]).toMatch(/^indirect /);
  });

  it('a listed first name the dictionary reads as an oblique plural still opens a subject (Илон Маск заявил)', () => {
    expect(quotes('Илон Маск заявил, что первый полёт состоится весной.')).toEqual(['indirect | Илон Маск | первый полёт состоится весной']);
  });

  it('a demonym stands for the person the text named with it (— сказала россиянка)', () => {
    expect(quotes('Россиянка Диана Шнайдер вышла в финал турнира в Дохе.\n— Я очень довольна своей игрой, — сказала россиянка.')).toEqual([
      'direct | Диана Шнайдер | Я очень довольна своей игрой',
    ]);
  });

  it('resolves «глава ведомства» to the minister just named', () => {
    expect(quotes('Министр финансов Антон Силуанов прибыл в Казань. Глава ведомства заявил, что бюджет будет исполнен.')).toEqual([
      'indirect | Антон Силуанов | бюджет будет исполнен',
    ]);
  });

  it('a role with a place adjective (белорусский лидер) is not someone the text gave a role in another place', () => {
    expect(quotes('Президент Белоруссии Александр Лукашенко прилетел в Москву. В аэропорту его встретил президент России Владимир Путин. Белорусский лидер заявил, что визит продлится два дня.')).toEqual([
      'indirect | Александр Лукашенко | визит продлится два дня',
    ]);
    // No one is named as the Belarusian leader here: unlinked, not the Russian president named after.
    expect(quotes('Глава Белоруссии прибыл в Сочи. «Мы всё обсудим», — цитирует ТАСС белорусского лидера. Он встретится с президентом России Дмитрием Медведевым.')).toEqual([
      'direct | белорусского лидера | Мы всё обсудим',
    ]);
  });

  it('«Адвокат Петрова заявил»: a role before a man\'s surname in the genitive is someone of his, not he', () => {
    expect(quotes('Суд арестовал Олега Сидорова. Сидоров заявил: «Я ни в чём не виноват». Адвокат Сидорова заявил, что обжалует арест.', { named: true })).toEqual([
      'direct | Олег Сидоров | Я ни в чём не виноват',
      'indirect | Адвокат Олега Сидорова | обжалует арест',
    ]);
  });

  it('a bare noun for a person (— рассказал биограф) is the one the text named right after that noun', () => {
    expect(quotes('На открытие приехал биограф композитора Илья Соколов. «Он писал музыку ночами», — рассказал биограф.')).toEqual([
      'direct | Илья Соколов | Он писал музыку ночами',
    ]);
  });

  it('a bare «женщина», «девушка» stands for the woman just named; a newcomer so introduced stays unnamed', () => {
    expect(quotes('Анну Кузнецову задержали на вокзале в Перми. В сумке нашли чужой паспорт. По словам девушки, паспорт ей подбросили.')).toEqual([
      'indirect | Анна Кузнецова | паспорт ей подбросили',
    ]);
    expect(quotes('Анна Кузнецова вернулась в Пермь. Женщина заявила, что больше не уедет.')).toEqual([
      'indirect | Анна Кузнецова | больше не уедет',
    ]);
    // A man named before is not the woman; nor is a woman named long before.
    expect(quotes('Иван Кузнецов вернулся в Пермь. Женщина заявила, что он не уедет.')).toEqual(['indirect | Женщина | он не уедет']);
  });

  it('«издание» stands for a news outlet of the dictionary the text named without a kind word', () => {
    expect(quotes('Ураган обрушился на побережье, пишет Forbes. По данным издания, без света остались тысячи домов.')).toEqual([
      'indirect | Forbes | Ураган обрушился на побережье',
      'indirect | Forbes | без света остались тысячи домов',
    ]);
  });

  it('«издание» several paragraphs on stands for the outlet the text last quoted', () => {
    const text = 'Завод в Липецке остановил цех, сообщает газета «Липецкий вестник».\n\nРабочих перевели на другие линии. ' +
      'Ремонт займёт месяц. Поставки стали сократились. Цены на прокат выросли.\n\nИздание уточняет, что увольнений не будет.';
    expect(quotes(text).at(-1)).toBe('indirect | Липецкий вестник | увольнений не будет');
  });

  it('«издание», «газета» stand for the last quoted source the text gave no kind; «некоторые издания» for none', () => {
    const text = 'Мост через Оку закроют на ремонт, сообщает «Окский курьер».\n\nДвижение пустят в объезд. Ремонт начнётся в мае. ' +
      'Подрядчика выбрали в марте.\n\nГазета уточняет, что работы продлятся до осени.';
    expect(quotes(text).at(-1)).toBe('indirect | Окский курьер | работы продлятся до осени');
    expect(quotes('Мост закроют на ремонт, сообщает «Окский курьер». Некоторые издания утверждают, что работы продлятся год.').at(-1)).toBe(
      'indirect | Некоторые издания | работы продлятся год',
    );
  });

  it('«в публикации говорится» is the article, not the outlet the text last quoted: unlinked rather than maybe wrong', () => {
    const text = 'Под Тамбовом нашли древнее поселение, сообщает «Цнинский вестник». В публикации говорится, что находке около семисот лет.';
    expect(quotes(text).at(-1)).toBe('indirect | публикации | находке около семисот лет');
  });

  it('«делегация», «руководство» of a body speak as themselves, not as the body (по мнению делегации ОБСЕ)', () => {
    expect(speakerNames('По мнению делегации ПАСЕ, голосование прошло спокойно.')).toEqual(['делегация ПАСЕ']);
    expect(speakerNames('Руководство «Северстали» считает, что спрос на сталь восстановится.')).toEqual(['Руководство «Северстали»']);
  });

  it('«собеседники издания» are people of the outlet, not the outlet, named with the outlet the text named', () => {
    // A name that does not decline follows the kind noun as its apposition (компании Google), as annotators write it.
    expect(quotes('Сделка сорвалась, пишет Forbes. Собеседники издания утверждают, что покупатель передумал.', { named: true }).at(-1)).toBe(
      'indirect | Собеседники издания Forbes | покупатель передумал',
    );
    expect(speakerNames('Сделка сорвалась, пишет «Ъ». Собеседники издания утверждают, что покупатель передумал.').at(-1)).toBe('Собеседники издания «Ъ»');
    expect(speakerNames('Акции Google выросли на 5 %. Эксперты компании убеждены, что рост продолжится.').at(-1)).toBe('Эксперты компании Google');
    // The noun heading the phrase is no complement.
    expect(speakerNames('Сделка сорвалась, пишет Forbes. Российские издания утверждают, что покупатель передумал.').at(-1)).toBe('Российские издания');
  });

  it('«источники издания» are people too, though the morphology reads «источник» as a thing: not the outlet itself', () => {
    expect(speakerNames('Газета «Окский курьер» пишет о продаже завода. По данным источников издания, сделку закроют в марте.').at(-1)).toBe('источники издания');
    expect(speakerNames('Газета «Окский курьер» пишет о продаже завода. Как сообщили источники издания, сделку закроют в марте.').at(-1)).toBe('источники издания');
  });

  it('does not take a role from the next sentence: «Её звали Анна. По словам главы района, …»', () => {
    expect(speakerNames('Погибшую звали Анна Смирнова. По словам главы района, семья переехала недавно.')).toEqual(['глава района']);
  });

  it('a relative clause names its own subject: «фильм, в котором многие женщины рассказали, что …»', () => {
    expect(quotes('Телеканал НТВ показал фильм, в котором многие женщины рассказали, что боятся выходить вечером.')).toEqual([
      'indirect | многие женщины | боятся выходить вечером',
    ]);
    expect(quotes('Сергей Собянин, который выступил на форуме, заявил, что метро продлят.')).toEqual([
      'indirect | Сергей Собянин | метро продлят',
    ]);
    // An impersonal relative clause names no one: the antecedent is its object.
    expect(quotes('Глава совета, которого часто называли главным конкурентом президента, лишился поста.')).toEqual([]);
    expect(quotes('Иван Петров, которого уволили в марте, заявил, что подаст в суд.')).toEqual(['indirect | Иван Петров | подаст в суд']);
  });

  it('a name in apposition to a role with a genitive person is the speaker: «Внучка X, Y, писала»', () => {
    expect(quotes('Внучка Чжан Мина, Анна Смирнова, училась в Лондоне, писала, что гордится дедом.')).toEqual([
      'indirect | Анна Смирнова | гордится дедом',
    ]);
    expect(quotes('Министр Сергей Лавров, глава МИД, заявил, что переговоры продолжатся.')).toEqual([
      'indirect | Сергей Лавров | переговоры продолжатся',
    ]);
  });

  it('по словам + any genitive phrase, and the person in apposition to it', () => {
    expect(speakerNames('По словам мужа погибшей, лодка перевернулась у берега.')).toEqual(['муж погибшей']);
    expect(quotes('По словам соседа погибшей, Дмитрия Пескова, лодка перевернулась у берега.')).toEqual([
      'indirect | Дмитрий Песков | лодка перевернулась у берега',
    ]);
    expect(quotes('По данным на 1 января, лодка перевернулась у берега.')).toEqual([]);
  });

  it('a subject the recogniser left unmarked is the person whose name has that word', () => {
    expect(quotes('У министра Ивана Петрова и его невесты Лорелай Браун родился сын. Лорелай оставалась дома и сказала, что всё хорошо.')).toEqual([
      'indirect | Лорелай Браун | всё хорошо',
    ]);
    // Two people share the word: no one is chosen.
    expect(quotes('Лорелай Браун и Лорелай Смит приехали в Москву. Лорелай оставалась дома и сказала, что всё хорошо.')).toEqual([]);
  });

  it('resolves «они» to the organisation named last', () => {
    expect(quotes('Компания «Лукойл» подписала соглашение. Они сообщили, что проект стартует в мае.')).toEqual([
      'indirect | Лукойл | проект стартует в мае',
    ]);
  });

  it('resolves a pronoun to the last person of the same gender', () => {
    expect(quotes('Анна Попова выступила на брифинге. Она сообщила, что эпидемия отступает.')).toEqual([
      'indirect | Анна Попова | эпидемия отступает',
    ]);
  });

  it('resolves a title to the person named with it, even later in the text', () => {
    const text = 'Проект одобрен. Об этом сообщил министр энергетики.\n«Мы начнём стройку весной», — заявил министр энергетики Сергей Цивилёв.';
    expect(quotes(text)).toEqual([
      'indirect | Сергей Цивилёв | Проект одобрен',
      'direct | Сергей Цивилёв | Мы начнём стройку весной',
    ]);
  });

  it('a role before two names is the second\'s: «Пресс-секретарь Путина Дмитрий Песков»', () => {
    // «Путина» also reads as a nominative noun (путина), so case alone cannot tell the complement.
    expect(quotes('Пресс-секретарь Путина Дмитрий Песков прокомментировал ситуацию. Пресс-секретарь заявил, что Кремль не вмешивается.')).toEqual([
      'indirect | Дмитрий Песков | Кремль не вмешивается',
    ]);
  });

  it('a role no one before it fits is the person its paragraph names next: «— сказал глава государства. — …, — напомнил Медведев»', () => {
    const text = 'Закон готовится к принятию.\n«Пора вернуть прежнее название», — сказал глава государства на совещании. «Это важно», — напомнил Дмитрий Медведев.';
    expect(quotes(text)).toEqual([
      'direct | Дмитрий Медведев | Пора вернуть прежнее название',
      'direct | Дмитрий Медведев | Это важно',
    ]);
    // Without a verb that shows the gender, or for a role that names no office, no one.
    expect(speakerNames('Погибшую звали Кристина. По словам главы сельсовета, её родители благополучны. Её друг Артём уехал.')).toEqual(['глава сельсовета']);
  });

  it('a role after the cue continued by appositions is the person whose name closes the sentence', () => {
    const text = '«Это будущие чемпионы», — отметил заместитель главного судьи турнира, олимпийский чемпион (1996), бронзовый призёр Олимпиады-2000 Николай Крюков.';
    expect(quotes(text)).toEqual(['direct | Николай Крюков | Это будущие чемпионы']);
    // A name in another case closing the sentence is a complement, not the speaker: it stays in the source's name.
    expect(speakerNames('«Сделка закрыта», — сказал источник, близкий к Ивану Петрову.')).toEqual(['источник, близкий к Ивану Петрову']);
  });

  it('«…, о чём объявил постпред России при ООН Виталий Чуркин:» — the subject follows the verb, and the role names the person past its complement', () => {
    const text = 'Совбез поддержал назначение Антониу Гутерреша на пост генсека ООН, о чём объявил постпред России при ООН Виталий Чуркин:\n\nРезолюция принята единогласно.';
    // «о чём» reports the clause before it too: two quotes, one speaker.
    expect(speakerNames(text)).toEqual(['Виталий Чуркин', 'Виталий Чуркин']);
  });

  it('a well-known person after a deputy and its principal is the principal: «слова представителя генсека ООН Антониу Гутерриша»', () => {
    expect(speakerNames('«Мы шокированы», — приводит Reuters слова представителя генсека ООН Антониу Гутерриша.')).toEqual([
      'представитель генсека ООН Антониу Гутерриша',
    ]);
    // A nominative name after the principal holds the deputy role itself.
    expect(speakerNames('«Мы шокированы», — сказал пресс-секретарь президента Дмитрий Песков.')).toEqual(['Дмитрий Песков']);
  });

  it('a speaking pronoun prefers a person whose name shows its gender to a later one whose name shows none', () => {
    const text = 'Джанет Рено работала министром. В 1995 году у Рено была диагностирована болезнь Паркинсона. Она объявила о диагнозе, заявив, что это не отразится на работе.';
    expect(speakerNames(text)).toEqual(['Джанет Рено']);
  });

  it('a role inside an unnamed source\'s tail is its complement: «сообщает пресс-служба главы государства»', () => {
    const text = 'Президент Ильхам Алиев назначил супругу Мехрибан Алиеву первым вице-президентом, сообщает пресс-служба главы азербайджанского государства.';
    expect(speakerNames(text)).toEqual(['пресс-служба главы азербайджанского государства']);
  });

  it('a role with a field of its own is only someone the text gave that role, not any titled person before', () => {
    const text = 'Подозреваемый Джохар Царнаев арестован.\nТем временем директор похоронного бюро города Вустера заявил, что ищет место для захоронения.';
    expect(speakerNames(text)).toEqual(['директор похоронного бюро города Вустера']);
  });

  it('uses the verb gender to choose between people', () => {
    expect(quotes('Анна Попова и Михаил Мурашко провели встречу. Она заявила, что вакцин хватит.')).toEqual([
      'indirect | Анна Попова | вакцин хватит',
    ]);
  });

  it('keeps unnamed sources as written', () => {
    expect(quotes('Источник в правительстве сообщил, что решение отложено.')).toEqual([
      'indirect | Источник в правительстве | решение отложено',
    ]);
  });

  it('takes a publication as the speaker: По информации газеты «Известия»', () => {
    expect(quotes('По информации газеты «Известия», переговоры пройдут в апреле.')).toEqual([
      'indirect | Известия | переговоры пройдут в апреле',
    ]);
  });

  it('a role with «экс-» is still the role: «экс-руководительница» is the woman who left the post', () => {
    const text = 'Свой пост покинула Марина Зотова, руководившая фондом десять лет. Её преемником станет Игорь Белов. ' +
      'Сама экс-руководительница поддержала выбор, назвав его «удачным».';
    expect(speakerNames(text)).toEqual(['Марина Зотова']);
  });

  it('«тот», «та» standing alone as the subject are the last person of that gender', () => {
    expect(speakerNames('Журналист спросил у Максима Орешкина о работе ведомства, на что тот ответил: «Самое плохое уже позади».')).toEqual(['Максим Орешкин']);
    expect(speakerNames('Анна Петрова встретилась с Ольгой Смирновой. «Я не согласна», — возразила та.')).toEqual(['Ольга Смирнова']);
  });

  it('a feminine role word shows the speaker is a woman where the cue (a gerund) shows no gender', () => {
    const text = 'Свой пост покинула Марина Зотова, руководившая фондом десять лет. Её преемником станет Игорь Белов. ' +
      'Сама руководительница поддержала выбор, назвав его «удачным».';
    expect(speakerNames(text)).toEqual(['Марина Зотова']);
  });
});

/** The speakers' nominative names, in order of their quotes. */
function speakerNames(text: string): (string | null)[] {
  return annotate(text).quotes.map((q) => q.speakerName);
}

describe('unnamed speakers in the nominative', () => {
  it('a frame\'s genitive tail ends at an adjective in another case: «По мнению прокуратуры конечная цена …»', () => {
    expect(speakerNames('По мнению прокуратуры конечная цена сделки была завышена втрое.')).toEqual(['прокуратура']);
  });

  it('straight quotation marks hug the name they enclose in a speaker phrase: источник "Ведомостей"', () => {
    expect(speakerNames('Как рассказал источник "Ведомостей", сделка уже закрыта.')).toEqual(['источник "Ведомостей"']);
  });

  it('a closing genitive the text named a person with is that person: «Родные лётчицы» → «Родные Ольги Зиминой»; a role stays', () => {
    const text = 'Суд рассмотрит дело Ольги Зиминой в среду. Опытная лётчица Ольга Зимина провела в небе двадцать лет. Родные лётчицы уверены, что её оправдают.';
    expect(speakerNames(text)).toEqual(['Родные Ольги Зиминой']);
    const office = 'Премьер-министр Олег Белов уехал в отпуск. Канцелярия премьер-министра сообщила, что он вернётся в июне.';
    expect(speakerNames(office)).toEqual(['Канцелярия премьер-министра']);
    // A thing, not a person: the club whose coach is named after «клуба» stays the club.
    const club = 'Главный тренер клуба Олег Белов продлил контракт с командой. Руководство клуба Олега Белова хвалит. Представители клуба заявили, что он останется до 2027 года.';
    expect(speakerNames(club)).toEqual(['Представители клуба']);
  });

  it('an adjective that cannot agree with the noun after it is the head: «Знакомые артиста», not «Знакомые артист»', () => {
    expect(speakerNames('Знакомые артиста утверждают, что он давно болел.')).toEqual(['Знакомые артиста']);
  });

  it('a participle in the genitive after the head is its complement: «Адвокаты обвиняемого», not «Адвокаты»', () => {
    expect(speakerNames('Адвокаты обвиняемого заявили, что обжалуют приговор.')).toEqual(['Адвокаты обвиняемого']);
    expect(speakerNames('Как сообщил один из защитников задержанной, жалоба уже подана.')).toEqual(['один из защитников задержанной']);
    // Not a participle in another case (the addressee).
    expect(speakerNames('Как сообщил глава района прибывшим журналистам, пострадавших нет.')).toEqual(['глава района']);
  });

  it('a governed participle with its own complement is the people it describes, whatever the preposition: «собравшиеся у мэрии»', () => {
    expect(speakerNames('По словам собравшихся у мэрии, полиция не вмешивалась.')).toEqual(['собравшиеся у мэрии']);
    expect(speakerNames('По словам выступающих против стройки, лес уже вырубают.')).toEqual(['выступающие против стройки']);
  });

  it('a governed adjective for people with a genitive complement of its kind goes to the nominative: «знакомые погибшего»', () => {
    expect(speakerNames('По словам знакомых погибшего, он давно жаловался на сердце.')).toEqual(['знакомые погибшего']);
    expect(speakerNames('По словам знакомой погибшего, он никогда не болел.')).toEqual(['знакомая погибшего']);
  });

  it('an adverb of manner before a participle belongs to the phrase: «специально проведённые исследования»; a time adverb does not', () => {
    expect(speakerNames('Город признан самым удобным для жизни, об этом говорят специально проведённые исследования.')).toEqual(['специально проведённые исследования']);
    expect(speakerNames('Специально созданная комиссия заявила, что нарушений нет.')).toEqual(['Специально созданная комиссия']);
  });

  it('puts a governed phrase in the nominative even where its plural looks nominative', () => {
    expect(speakerNames('В канцелярии губернатора сообщили, что дороги откроют в мае.')).toEqual(['канцелярия губернатора']);
    expect(speakerNames('По словам главы администрации, мост отремонтируют к осени.')).toEqual(['глава администрации']);
    expect(speakerNames('Критики говорят, что мост отремонтируют не скоро.')).toEqual(['Критики']);
    // Genitive before the plural that looks the same (обвинения).
    expect(speakerNames('По версии обвинения, подсудимый действовал один.')).toEqual(['обвинение']);
  });

  it('a participle before the head agrees with it, even one the dictionary also lists as a noun', () => {
    expect(speakerNames('По мнению опрошенных экспертов, цены на жильё вырастут.')).toEqual(['опрошенные эксперты']);
    expect(speakerNames('По словам задержанного активиста, его продержали в отделе сутки.')).toEqual(['задержанный активист']);
    expect(speakerNames('По словам пострадавших пассажиров, помощь пришла через час.')).toEqual(['пострадавшие пассажиры']);
    // The dictionary's own word, not a guessed one with a single «н».
    expect(speakerNames('По словам неназванных источников в мэрии, решение уже принято.')).toEqual(['неназванные источники в мэрии']);
  });

  it('a numeral goes to the nominative and governs the case of the noun after it', () => {
    expect(speakerNames('По словам трёх свидетелей, машина ехала на красный свет.')).toEqual(['три свидетеля']);
    expect(speakerNames('По словам двоих очевидцев, машина ехала на красный свет.')).toEqual(['двое очевидцев']);
    expect(speakerNames('По словам пяти местных жителей, воду не дают неделю.')).toEqual(['пять местных жителей']);
    expect(speakerNames('По словам двух местных жительниц, воду не дают неделю.')).toEqual(['две местные жительницы']);
    expect(speakerNames('По словам нескольких сотрудников завода, зарплату задерживают.')).toEqual(['несколько сотрудников завода']);
    expect(speakerNames('По мнению двух третей опрошенных, цены растут слишком быстро.')).toEqual(['две трети опрошенных']);
    // «более» governs the count's genitive whatever the frame.
    expect(speakerNames('По мнению более половины опрошенных, цены растут слишком быстро.')).toEqual(['более половины опрошенных']);
    // Not where «более» grades an adjective.
    expect(speakerNames('По словам более опытных коллег, проект провалится.')).toEqual(['более опытные коллеги']);
  });

  it('a person named after a plural role is its complement, not its holder: «по словам адвокатов Анны Смирновой»', () => {
    expect(speakerNames('По словам адвокатов Анны Смирновой, суд затянулся.')).toEqual(['адвокаты Анны Смирновой']);
    expect(speakerNames('Певица Анна Смирнова подала иск. По словам адвокатов Смирновой, суд затянулся.')).toEqual(['адвокаты Анны Смирновой']);
    // A singular role keeps its holder.
    expect(speakerNames('По словам адвоката Анны Смирновой, суд затянулся.')).toEqual(['Анна Смирнова']);
  });

  it('a noun joined to the head by «и» goes to the nominative with it', () => {
    expect(speakerNames('По словам руководства и сотрудников больницы, пациентов эвакуировали.')).toEqual(['руководство и сотрудники больницы']);
  });

  it('a participle in the animate accusative does not agree with an inanimate noun after it: the clause describes the phrase', () => {
    expect(speakerNames('По словам юристов, представлявших интересы компании, иск отклонён.')).toEqual(['юристы, представлявшие интересы компании']);
  });

  it('a participle\'s object or agent before the head noun keeps its case; the participle agrees with the head', () => {
    expect(speakerNames('По словам освещающих акцию блогеров, полиция задержала десять человек.')).toEqual(['освещающие акцию блогеры']);
    expect(speakerNames('По мнению опрошенных агентством экспертов, цены вырастут.')).toEqual(['опрошенные агентством эксперты']);
    expect(speakerNames('По данным проверявшей склад комиссии, нарушений нет.')).toEqual(['проверявшая склад комиссия']);
    // The governed noun's own attribute keeps its case too; the head's attribute agrees with the head.
    expect(speakerNames('По словам освещающих городскую акцию блогеров, полиция задержала десять человек.')).toEqual(['освещающие городскую акцию блогеры']);
    expect(speakerNames('По мнению опрошенных агентством местных экспертов, цены вырастут.')).toEqual(['опрошенные агентством местные эксперты']);
  });

  it('«из» after a noun for people belongs to the speaker phrase; a substantivised adjective before it is the head', () => {
    expect(speakerNames('По словам учёных из Оксфордского университета, открытие подтвердилось.')).toEqual(['учёные из Оксфордского университета']);
    expect(speakerNames('По словам врачей из городской больницы, пациент стабилен.')).toEqual(['врачи из городской больницы']);
    expect(speakerNames('Врачи из городской больницы сообщили, что пациент стабилен.')).toEqual(['Врачи из городской больницы']);
    // An adjective with its own complement still agrees with the noun after it.
    expect(speakerNames('По словам близких к семье источников, сделка сорвалась.')).toEqual(['близкие к семье источники']);
  });

  it('a lower-case body after «в пресс-службе» is its complement, not a name in apposition', () => {
    expect(speakerNames('Как сообщили в пресс-службе городского управления МЧС, пожар потушен.')).toEqual(['пресс-служба городского управления МЧС']);
  });

  it('a noun joined by «и» in the oblique case of the noun before it belongs to the speaker phrase', () => {
    expect(speakerNames('По словам правительства и губернатора Тульской области, дороги отремонтируют.')).toEqual(['правительство и губернатор Тульской области']);
    // Joined to the complement, it stays in the genitive.
    expect(speakerNames('По словам сотрудников полиции и прокуратуры, дело закрыто.')).toEqual(['сотрудники полиции и прокуратуры']);
    expect(speakerNames('Как сообщили в пресс-службе полиции и прокуратуры, дело закрыто.')).toEqual(['пресс-служба полиции и прокуратуры']);
    // A noun in the nominative after «и» is another subject, not part of the phrase: a source of its own.
    expect(speakerNames('Глава района и представители церкви утверждали, что храм отремонтируют.')).toEqual(['Глава района', 'представители церкви']);
  });

  it('a person inside an unnamed phrase gets the fullest mention in the same form', () => {
    expect(speakerNames('Рейтинг сенатора Берни Сандерса вырос. Предвыборный штаб Сандерса заявляет, что он останется в гонке.')).toEqual([
      'Предвыборный штаб Берни Сандерса',
    ]);
  });

  it('a surname alone inside an unnamed phrase takes the full name the text gives, in its case', () => {
    expect(speakerNames('Вчера в Самаре задержали Игоря Штерна. Как рассказал дядя Штерна, его задержали у дома.')).toEqual(['дядя Игоря Штерна']);
    // The surname by its lemma: a woman's name too, whatever the case of her first mention.
    expect(speakerNames('Певица Анна Кравцова уехала. Как сообщила подруга Кравцовой, она вернётся в мае.')).toEqual(['подруга Анны Кравцовой']);
    // A role with a person in the genitive is someone of theirs, unnamed, even where the phrase was met before.
    expect(speakerNames('Отец Игоря Штерна был против. Отец Игоря Штерна заявил: «Это ошибка».')).toEqual(['Отец Игоря Штерна']);
    // A well-known person is named by surname alone: no completion.
    expect(speakerNames('Барак Обама купил дом. Как сообщил представитель Обамы, сделка закрыта.')).toEqual(['представитель Обамы']);
  });

  it('a source phrase runs over a genitive chain with a prepositional link', () => {
    expect(speakerNames('Тело нашли на берегу. Об этом сообщила полиция по охране природных ресурсов Вермонта.')).toEqual([
      'полиция по охране природных ресурсов Вермонта',
    ]);
  });

  it('a pronoun continues an unnamed subject of the sentence before', () => {
    const text = 'Мэр Сергей Собянин открыл мост. Вечером был задержан 27-летний житель одного из сёл Тверской области. Он сказал, что поджёг траву.';
    expect(speakerNames(text)).toEqual(['27-летний житель одного из сёл Тверской области']);
    expect(speakerNames('Компания «Лукойл» подписала соглашение. На площадь вышли местные жители. Они заявили, что против стройки.')).toEqual([
      'местные жители',
    ]);
    // A person named as the subject of the sentence before keeps the pronoun.
    expect(speakerNames('Житель района написал жалобу. Мэр Сергей Собянин приехал на место. Он сказал, что мост отремонтируют.')).toEqual([
      'Сергей Собянин',
    ]);
  });

  it('a pronoun continues an unnamed subject past a person of the other gender, with its possessive', () => {
    // «Ольги Петровой» is a woman: «Он» continues «её сын», named by her.
    expect(speakerNames('Суд над Ольгой Петровой продолжается. Жалобу на приговор Ольги Петровой подал её сын. Он заявил, что мать невиновна.')).toEqual([
      'сын Ольги Петровой',
    ]);
    expect(speakerNames('Иван Петров умер в феврале. О смерти Ивана Петрова сообщила его дочь. Она рассказала, что отец болел.')).toEqual([
      'дочь Ивана Петрова',
    ]);
    // Two people of one family: the pronoun takes the one of its gender.
    expect(speakerNames('Иван Петров умер в феврале. Анна Петрова сообщила о смерти. Она рассказала, что отец болел.')).toEqual(['Анна Петрова']);
  });

  it('a person of the pronoun\'s own sentence comes before an unnamed subject of the sentence before', () => {
    const text = 'Фермер и студенческий вожак\n\nХотя 80-летний Уоррен Баффет не собирается уходить (по его словам, он не жалуется на здоровье), он готовит преемника.';
    expect(speakerNames(text)).toEqual(['Уоррен Баффет']);
  });

  it('completes a bare institution noun with the complement the text gave it before', () => {
    const text = 'Пресс-служба полиции Татарстана сообщила о задержании.\n«Подозреваемый дал показания», — говорится в сообщении полиции.';
    expect(speakerNames(text)).toEqual(['полиция Татарстана']);
    const other = 'Судьи в Москве рассмотрели иск. Судьи считают, что иск обоснован.';
    expect(speakerNames(other)).toEqual(['Судьи']);
  });
});

describe('quote marks', () => {
  it('keeps nested marks inside one quote', () => {
    expect(quotes('«Слово „санкции“ здесь неуместно», — сказал Дмитрий Песков.')).toEqual([
      'direct | Дмитрий Песков | Слово „санкции“ здесь неуместно',
    ]);
  });

  it('takes names in quotes for names, not for quotes', () => {
    expect(quotes('Компания «Газпром нефть» открыла месторождение.')).toEqual([]);
  });

  it('survives unbalanced marks and still finds the quotes after them', () => {
    const text = 'Открытая кавычка « без пары.\n«Всё в порядке», — сказал Дмитрий Песков.';
    expect(quotes(text)).toEqual(['direct | Дмитрий Песков | Всё в порядке']);
  });

  it('runs a quote over paragraphs that each open with «', () => {
    const text = '«Первый абзац.\n«Второй абзац», — сказал Сергей Собянин.';
    expect(quotes(text)).toEqual(['direct | Сергей Собянин | Первый абзац.\n«Второй абзац']);
  });
});

describe('speakers the morphology misreads', () => {
  it('takes a surname that is also a plural common noun (Токаев: «of Tokay wines») as a subject', () => {
    const text = 'Президент Казахстана Касым-Жомарт Токаев позвонил коллеге.\n\n— Мы готовы помочь, — сказал Токаев.';
    expect(quotes(text)).toEqual(['direct | Касым-Жомарт Токаев | Мы готовы помочь']);
  });

  it('resolves a role shaped like an adjective (нападающий, парламентарий) to the person just named', () => {
    expect(quotes('Футболист Артём Дзюба дал интервью. «Мне уже не двадцать лет», — пояснил нападающий.')).toEqual([
      'direct | Артём Дзюба | Мне уже не двадцать лет',
    ]);
    expect(quotes('Депутат Ярослав Нилов предложил увеличить пособия. По мнению парламентария, это поддержит семьи.')).toEqual([
      'indirect | Ярослав Нилов | это поддержит семьи',
    ]);
  });

  it('takes a surname in another case that the recogniser left unmarked as the person whose name it repeats', () => {
    expect(quotes('Актёр Энтони Рэпп рассказал о съёмках. По словам Рэппа, работа шла без выходных.')).toEqual([
      'indirect | Энтони Рэпп | работа шла без выходных',
    ]);
  });
});

describe('words whose key a role shares', () => {
  it('a parenthetical «в частности» is no place the words were said in', () => {
    expect(quotes('Газета развязала кампанию против политика. В частности, говорилось, что он шьёт костюмы у портного.')).toEqual([]);
  });

  it('an adverb is no role, though its stem key is «поэт»: «Поэтому, полагают, что …» has no speaker', () => {
    expect(quotes('Она сообщала властям о своих перемещениях. Поэтому, полагают, что кто-то выдал её маршрут.')).toEqual([]);
  });
});

describe('foreign surnames the morphology guesses as other words', () => {
  it('takes «Хьюлетт» as a nominative subject, though its ending reads as «лет»', () => {
    expect(quotes('Мэттью Хьюлетт взломал банкомат. Хьюлетт заявил, что взлом был простым.')).toEqual([
      'indirect | Мэттью Хьюлетт | взлом был простым',
    ]);
  });
});

describe('an infinitive cue after a finite auxiliary', () => {
  it('X успел заявить, что П; X поспешил сообщить, что П', () => {
    expect(quotes('Министр Антон Силуанов поспешил заявить, что налоги не вырастут.')).toEqual([
      'indirect | Антон Силуанов | налоги не вырастут',
    ]);
    expect(quotes('Полиция задержала активиста Олега Орлова, который успел сообщить, что его избили.')).toEqual([
      'indirect | Олег Орлов | его избили',
    ]);
  });

  it('an infinitive without such an auxiliary reports nothing: «чтобы заявить, что …»', () => {
    expect(quotes('Министр Антон Силуанов приехал, чтобы заявить, что налоги не вырастут.')).toEqual([]);
  });
});

describe('reported speech with a quoted recipient', () => {
  it('X рассказал «Изданию», что П', () => {
    expect(quotes('Жительница Казани Анна Петрова рассказала «Комсомольской правде», что ждала автобус час.')).toEqual([
      'indirect | Анна Петрова | ждала автобус час',
    ]);
  });

  it('X сообщил «Изданию», со ссылкой на Y, что П: a prepositional aside before «что»', () => {
    expect(quotes('Анна Петрова сообщила «Комсомольской правде», со ссылкой на письмо из мэрии, что автобус отменят.')).toEqual([
      'indirect | Анна Петрова | автобус отменят',
      'indirect | письмо из мэрии | автобус отменят',
    ]);
    // An aside with a verb of its own is a clause, not an aside.
    expect(quotes('Анна Петрова сообщила, по дороге домой купила хлеб, что ей понравилось.')).toEqual([]);
  });
});

describe('short reported statements', () => {
  it('П, уточнили в X: two words are enough', () => {
    expect(quotes('Пострадавших нет, уточнили в МЧС.')).toEqual(['indirect | МЧС России | Пострадавших нет']);
  });
});

describe('a document after its content', () => {
  it('П, говорится в заявлении X; П, следует из данных X', () => {
    expect(quotes('Российские войска заняли населённый пункт, говорится в заявлении Минобороны.')).toEqual([
      'indirect | Министерство обороны России | Российские войска заняли населённый пункт',
    ]);
    expect(quotes('Акции компании подешевели на пять процентов, следует из данных Московской биржи.')).toEqual([
      'indirect | Московская биржа | Акции компании подешевели на пять процентов',
    ]);
  });

  it('«об этом» reaches past a caption line to the statement; a cue opening a quoted title is no cue', () => {
    expect(quotes('Иван Петров решил уйти на пенсию.\nИван Петров\nОб этом Петров заявил на телевидении.')).toEqual([
      'indirect | Иван Петров | Иван Петров решил уйти на пенсию',
    ]);
    expect(quotes('Иван Петров ушёл на пенсию.\nПострадавших нет.\nОб этом сообщил ТАСС.')).toEqual(['indirect | ТАСС | Пострадавших нет']);
    expect(quotes('Актриса сыграла в фильме «О чём говорят мужчины».')).toEqual([]);
  });

  it('Об этом сообщается на сайте X: the source after «на» as after «в»', () => {
    expect(quotes('Компания «Аэрофлот» отменила рейсы в Пекин. Об этом сообщается на официальном сайте авиакомпании.')).toHaveLength(1);
    expect(quotes('Компания «Аэрофлот» отменила рейсы в Пекин. Об этом сообщается на официальном сайте авиакомпании.')[0]).toMatch(
      /^indirect \| .+ \| Компания «Аэрофлот» отменила рейсы в Пекин$/,
    );
  });

  it('a text that says it: X гласит: «П»; X гласит, что П', () => {
    expect(quotes('Закон гласит: «Все равны перед судом».')).toEqual(['direct | Закон | Все равны перед судом']);
    expect(quotes('Закон гласит, что взносы платят раз в год.')).toEqual(['indirect | Закон | взносы платят раз в год']);
  });

  it('a conclusion is no quote: Из этого следует, что П', () => {
    expect(quotes('Из этого следует, что цены вырастут.')).toEqual([]);
  });
});

describe('one quote, two readings', () => {
  it('an explicit cue after the quotation beats the colon before it', () => {
    expect(quotes('Аналитики отмечают интерес Анкары к региону: «Турция остаётся стратегическим партнёром», — сказал политолог Роман Коноплев.')).toEqual([
      'direct | Роман Коноплев | Турция остаётся стратегическим партнёром',
    ]);
  });
});

describe('unnamed speakers in the nominative', () => {
  it('keeps the number of «87-летнего» in the speaker name', () => {
    const doc = annotate('По словам 87-летнего пенсионера, пенсии выросли.');
    expect(doc.quotes.map((q) => q.speakerName)).toEqual(['87-летний пенсионер']);
  });
});

describe('a dative between the cue and its subject', () => {
  it('Как рассказал изданию X, П: the recipient is not the source', () => {
    expect(quotes('Как рассказал изданию представитель прокуратуры, мужчине предъявлено обвинение.')).toEqual([
      'indirect | представитель прокуратуры | мужчине предъявлено обвинение',
    ]);
    expect(quotes('Как рассказал журналистам Иван Петров, мужчине предъявлено обвинение.')).toEqual([
      'indirect | Иван Петров | мужчине предъявлено обвинение',
    ]);
  });
});

describe('a bare role after a named person', () => {
  it('knows a woman\'s form of a listed role or source noun (руководительница, представительница)', () => {
    expect(quotes('Школу возглавила Любовь Глебова. Руководительница заявила, что ремонт закончат к осени.')).toEqual([
      'indirect | Любовь Глебова | ремонт закончат к осени',
    ]);
    expect(quotes('Представительница министерства заявила, что решение принято.')).toEqual([
      'indirect | Представительница министерства | решение принято',
    ]);
  });

  it('«— сказал специалист» stands for the person just named; «Суд» is not «судья»', () => {
    expect(quotes('Тренер Станислав Черчесов дал интервью. «Ребятам нужно время», — сказал специалист.')).toEqual([
      'direct | Станислав Черчесов | Ребятам нужно время',
    ]);
    expect(quotes('Судья Мария Иванова огласила приговор. Суд признал, что права заявителей нарушены.')).toEqual([
      'indirect | Суд | права заявителей нарушены',
    ]);
  });
});

describe('a bare role and the person the text gave a role', () => {
  it('takes the person last introduced with a role, not a later or a bare mention of another', () => {
    const text = 'Уроженец Сочи Олег Козлов сбежал из изолятора. Представитель полиции Иван Смирнов подтвердил побег. Козлов ушёл через крышу. Чиновник добавил, что беглеца ищут. Побег Козлова заметили сотрудники изолятора.';
    expect(quotes(text)).toEqual(['indirect | Иван Смирнов | беглеца ищут']);
  });

  it('a pronoun continuing a bare role speaks for the person just named, as the role would', () => {
    const text = 'Автор исследования Брайан Приман опубликовал статью. Впрочем, отказываться от сетей учёный не рекомендует. Он подчёркивает, что пользователи должны знать о рисках.';
    expect(quotes(text)).toEqual(['indirect | Брайан Приман | пользователи должны знать о рисках']);
  });

  it('reads a role with one named body after it (ветеран НХЛ, глава RT) as a bare role', () => {
    expect(quotes('Оуэн Нолан завершил карьеру. «Я скучаю по льду», — признался ветеран НХЛ.')).toEqual([
      'direct | Оуэн Нолан | Я скучаю по льду',
    ]);
    expect(quotes('Главный редактор канала Маргарита Симоньян дала интервью. Глава RT сообщила, что передача выйдет весной.')).toEqual([
      'indirect | Маргарита Симоньян | передача выйдет весной',
    ]);
  });
});

describe('an adverbial after the speaker', () => {
  it('does not take a name inside a prepositional phrase after the subject (на совещании по закону «О полиции»)', () => {
    expect(quotes('Депутаты обсудили ФЗ «О милиции». «Пора вернуть прежнее название», — сказал генерал на совещании по поправкам в закон «О милиции».')).toEqual([
      'direct | генерал | Пора вернуть прежнее название',
    ]);
    expect(quotes('«Пора вернуть прежнее название», — сказал генерал на встрече в компании «Роснефть».')).toEqual([
      'direct | генерал | Пора вернуть прежнее название',
    ]);
  });
});

describe('roles in a named body', () => {
  it('does not take a person after a preposition as the one a role names (с президентом Чили о Хуане Мартинесе)', () => {
    const text = 'Канцлер беседовал с президентом Чили о Хуане Мартинесе. Президент Чили Габриэль Борич ответил на вопросы. Позже президент Чили сообщил, что переговоры продолжатся.';
    expect(quotes(text)).toEqual(['indirect | Габриэль Борич | переговоры продолжатся']);
  });

  it('keeps «пресс-секретарь Елисейского дворца» apart from the president named before', () => {
    const text = 'В Берлине канцлер Олаф Шольц встретился с президентом Франции Эмманюэлем Макроном. Пресс-секретарь Елисейского дворца отметил, что лидеры договорились о новой встрече.';
    expect(quotes(text)).toEqual(['indirect | Пресс-секретарь Елисейского дворца | лидеры договорились о новой встрече']);
  });

  it('still resolves «президент России» to the president the text named', () => {
    const text = 'Президент Владимир Путин провёл совещание. Президент России отметил, что работа продолжится.';
    expect(quotes(text)).toEqual(['indirect | Владимир Путин | работа продолжится']);
  });
});

describe('the speaker window after a cue', () => {
  it('a medium named right after the cue is the addressee: как сообщил ТАСС источник', () => {
    expect(quotes('Как сообщил ТАСС источник в оборонном ведомстве, испытания прошли успешно.')).toEqual([
      'indirect | источник в оборонном ведомстве | испытания прошли успешно',
    ]);
    expect(quotes('Поезд задержится на два часа, рассказал РИА Новости представитель перевозчика.')).toEqual([
      'indirect | представитель перевозчика | Поезд задержится на два часа',
    ]);
  });

  it('reads through a quoted name before the speaker', () => {
    expect(quotes('Урожай зерна будет рекордным, рассказал «Известиям» аналитик Павел Крылов.')).toEqual([
      'indirect | Павел Крылов | Урожай зерна будет рекордным',
    ]);
    expect(quotes('Урожай зерна будет рекордным, рассказал в беседе с «Газетой.Ru» аналитик Павел Крылов.')).toEqual([
      'indirect | Павел Крылов | Урожай зерна будет рекордным',
    ]);
  });

  it('does not cut a name at «и»: сообщили в министерстве науки и высшего образования', () => {
    expect(quotes('Приём заявок продлён до июля, сообщили в министерстве культуры и туризма области.').map((q) => q.split(' | ')[2])).toEqual([
      'Приём заявок продлён до июля',
    ]);
  });

  it('a name after an oblique adjective belongs to the phrase before it: представитель регионального МЧС', () => {
    expect(quotes('Возгорание ликвидировано, сообщил представитель регионального МЧС.')).toEqual([
      'indirect | представитель регионального МЧС | Возгорание ликвидировано',
    ]);
  });

  it('a medium before a possessive and a role is the addressee: сообщила РБК его помощница', () => {
    expect(quotes('Концерт перенесут на осень, сообщила РБК его помощница по работе в театре Вера Соколова.')).toEqual([
      'indirect | Вера Соколова | Концерт перенесут на осень',
    ]);
  });

  it('a medium between an impersonal plural cue and «в X» is the addressee; the place speaks', () => {
    expect(quotes('Как пояснили ТАСС в мэрии, ремонт набережной закончится летом.')).toEqual([
      'indirect | мэрии | ремонт набережной закончится летом',
    ]);
    expect(quotes('Как уточнили «Ъ» в Минфине, выплаты начнутся в мае.')).toEqual([
      'indirect | Министерство финансов России | выплаты начнутся в мае',
    ]);
    expect(quotes('Как рассказали РИА Новости в пресс-службе управы, ремонт набережной закончится летом.')).toEqual([
      'indirect | пресс-службе управы | ремонт набережной закончится летом',
    ]);
    // «свой» points back to the subject: the name is the subject, and «в …» is where it wrote.
    expect(quotes('Ремонт набережной закончится летом, сообщили «Известия» в своём телеграм-канале.')).toEqual([
      'indirect | Известия | Ремонт набережной закончится летом',
    ]);
  });

  it('an addressee ends a role phrase: сказал глава района журналистам', () => {
    expect(quotes('Мост откроют в мае, сказал глава района журналистам в пятницу.')).toEqual([
      'indirect | глава района | Мост откроют в мае',
    ]);
  });
});

describe('a trailing cue with a tail after its speaker', () => {
  it('П, сообщает X по Y: a tail without a verb still ends the attribution', () => {
    expect(quotes('Трасса открыта для движения, сообщает пресс-служба Госавтоинспекции по Тверской области.').map((q) => q.split(' | ')[2])).toEqual([
      'Трасса открыта для движения',
    ]);
  });

  it('a tail with its own verb is a clause of its own', () => {
    expect(quotes('Трасса открыта, сообщил водитель и уехал.')).toEqual([]);
  });
});

describe('unnamed speakers named in full', () => {
  it('keeps the place after a source\'s genitive tail (представитель посольства России в США), not a conversation (в интервью CNN)', () => {
    expect(quotes('«Гражданин получил консульскую помощь», — сообщил официальный представитель посольства России в США.')).toEqual([
      'direct | официальный представитель посольства России в США | Гражданин получил консульскую помощь',
    ]);
    expect(quotes('Представитель МИД в интервью CNN заявил, что переговоры продолжатся.')).toEqual([
      'indirect | Представитель МИД | переговоры продолжатся',
    ]);
    // A preposition that ends the text has no place after it.
    expect(quotes('Как сообщил источник в')).toEqual([]);
  });

  it('a body inside a source\'s tail is its complement, not the speaker; the source\'s place follows its quoted name', () => {
    expect(quotes('По словам представителя МВД, задержаны двое.', { named: true })).toEqual([
      'indirect | представитель МВД | задержаны двое',
    ]);
    expect(quotes('Клуб не пояснил причину, однако по данным источника «Интерфакса-Украина» в правоохранительных органах, концерт отменён.', { named: true })).toEqual([
      'indirect | источник «Интерфакса-Украина» в правоохранительных органах | концерт отменён',
    ]);
    // An organisation noun takes its name in apposition: the name speaks.
    expect(quotes('По данным издания The Straits Times, число добровольцев растёт.')).toEqual([
      'indirect | The Straits Times | число добровольцев растёт',
    ]);
  });

  it('a body described in common nouns keeps the country after it (министерство юстиции США)', () => {
    expect(quotes('Как сообщило министерство юстиции США, задержаны двое.', { named: true })).toEqual([
      'indirect | министерство юстиции США | задержаны двое',
    ]);
    expect(quotes('По данным министерства юстиции США, задержаны двое.', { named: true })).toEqual([
      'indirect | министерство юстиции США | задержаны двое',
    ]);
  });

  it('a quoted name belongs to the role phrase: пресс-служба «Ростелекома»', () => {
    const doc = annotate('Пресс-служба «Ростелекома» сообщила, что сбой в сети устранён.');
    expect(doc.quotes.map((q) => q.speakerName)).toEqual(['Пресс-служба «Ростелекома»']);
  });

  it('a role keeps its adjectives: конкурсный управляющий', () => {
    const doc = annotate('Как пояснил изданию конкурсный управляющий банка, торги пройдут в марте.');
    expect(doc.quotes.map((q) => q.speakerName)).toEqual(['конкурсный управляющий банка']);
  });

  it('«по его словам» after an unnamed role is that role', () => {
    const doc = annotate('Аварийные бригады работают круглосуточно, сообщил вице-мэр города. По его словам, воду дадут к вечеру.');
    expect(doc.quotes.map((q) => q.speakerName)).toEqual(['вице-мэр города', 'вице-мэр города']);
  });
});

describe('unnamed groups as sources', () => {
  it('a group noun that opens its sentence keeps the organisation after it as its complement', () => {
    const doc = annotate('Партия провела съезд в Казани. Члены КПРФ заявили, что не поддержат законопроект.');
    expect(doc.quotes.map((q) => [q.speakerEntity, q.speakerName])).toEqual([[null, 'Члены КПРФ']]);
  });

  it('Разработчики утверждают, что П; синоптики предупреждают', () => {
    expect(quotes('Разработчики утверждают, что приложение не собирает личные данные.')).toEqual([
      'indirect | Разработчики | приложение не собирает личные данные',
    ]);
    expect(quotes('Синоптики предупреждают, что ночью ударят морозы.')).toEqual(['indirect | Синоптики | ночью ударят морозы']);
  });
});

describe('a cite cue with the medium inside it', () => {
  it('«П», — приводит X слова Y: Y speaks', () => {
    expect(quotes('«Сроки строительства сдвинутся», — приводит ТАСС слова вице-губернатора Олега Белова.')).toEqual([
      'direct | Олег Белов | Сроки строительства сдвинутся',
    ]);
    expect(quotes('«Сроки сдвинутся», — привёл «Коммерсантъ» слова источника в правительстве.')).toEqual([
      'direct | источника в правительстве | Сроки сдвинутся',
    ]);
  });
});

describe('a source frame inside its content', () => {
  it('X-subject, по данным Y, П: the whole sentence; an adverbial lead stays outside', () => {
    expect(quotes('Спасатели, по словам очевидцев, приехали через час.')).toEqual([
      'indirect | очевидцев | Спасатели, по словам очевидцев, приехали через час',
    ]);
    expect(quotes('Вчера, по словам очевидцев, пожарные приехали через час.')).toEqual([
      'indirect | очевидцев | пожарные приехали через час',
    ]);
  });

  it('a frame before a clause with its own cue: the apposition check stops at a verb', () => {
    expect(quotes('По словам источника, новый министр заявил, что налоги не вырастут.')[0]).toBe(
      'indirect | источника | новый министр заявил, что налоги не вырастут',
    );
  });

  it('a short lead with no noun before «, что» is the narrator\'s: «Сообщается, что П, сообщает X»', () => {
    expect(quotes('Сообщается, что при пожаре пострадали три человека, сообщает ТАСС.')).toEqual([
      'indirect | ТАСС | при пожаре пострадали три человека',
    ]);
    expect(quotes('Пострадавших нет, сообщает ТАСС.')).toEqual(['indirect | ТАСС | Пострадавших нет']);
  });

  it('a gerund cue after a source frame stays inside the content: its subject is the reported clause\'s', () => {
    expect(quotes('По данным следствия, в 2015 году Иван Петров связался с осведомителем, сообщив, что ему нужны деньги.')[0]).toBe(
      'indirect | следствия | в 2015 году Иван Петров связался с осведомителем, сообщив, что ему нужны деньги',
    );
    expect(quotes('Сергей Лавров заявил, что переговоры идут, подчеркнув, что сроков нет.')[0]).toBe(
      'indirect | Сергей Лавров | переговоры идут',
    );
  });

  it('the narrator\'s words before «, что» or «, однако» stay outside the frame\'s content', () => {
    expect(quotes('Напомним, что по данным Росстата, инфляция в марте замедлилась.')).toEqual([
      'indirect | Росстат | инфляция в марте замедлилась',
    ]);
    expect(quotes('Мэрия не пояснила причину отмены концерта, однако по данным Росстата, билеты почти не продавались.')).toEqual([
      'indirect | Росстат | билеты почти не продавались',
    ]);
  });
});

describe('deputy and staff roles', () => {
  it('a deputy is not the principal named before: заместитель губернатора, помощник министра', () => {
    const doc = annotate('Губернатор Ирина Соколова открыла мост через Оку. Заместитель губернатора добавил, что движение запустят в пятницу.');
    expect(doc.quotes.map((q) => [q.speakerEntity, q.speakerName])).toEqual([[null, 'Заместитель губернатора']]);
    const staff = annotate('Министр Павел Кругликов приехал в Омск. «Визит продлится два дня», — сказал помощник министра.');
    expect(staff.quotes.map((q) => [q.speakerEntity, q.speakerName])).toEqual([[null, 'помощник министра']]);
  });

  it('an envoy is not the one they speak for, but may be named after the role', () => {
    const doc = annotate('Президент Эдуард Ларин провёл переговоры в Баку. Спецпредставитель президента заявил, что соглашение подпишут осенью.');
    expect(doc.quotes.map((q) => [q.speakerEntity, q.speakerName])).toEqual([[null, 'Спецпредставитель президента']]);
  });

  it('a deputy the text named with that role is that person', () => {
    expect(quotes('Глава района Олег Бурков и его заместитель Нина Жукова провели приём. Заместитель пообещала, что школу отремонтируют.')).toEqual([
      'indirect | Нина Жукова | школу отремонтируют',
    ]);
  });
});

describe('one of a group', () => {
  it('«Одна из участниц рассказала, что П»: one unnamed speaker; governed, named in the nominative', () => {
    const doc = annotate('На финише марафона было жарко. Одна из участниц рассказала, что воду раздавали только на двух пунктах.');
    expect(doc.quotes.map((q) => [q.speakerEntity, q.speakerName, doc.text.slice(q.content.start, q.content.end)])).toEqual([
      [null, 'Одна из участниц', 'воду раздавали только на двух пунктах'],
    ]);
    const governed = annotate('По словам одного из водителей, пробка растянулась на пять километров.');
    expect(governed.quotes.map((q) => q.speakerName)).toEqual(['один из водителей']);
  });
});

describe('a generic noun for the organisation just named', () => {
  it('«в ведомстве уточнили» → the one ministry or service named before; two that fit stay unnamed', () => {
    expect(quotes('Минтранс разработал новые правила техосмотра. В ведомстве уточнили, что они вступят в силу в марте.')).toEqual([
      'indirect | Министерство транспорта России | они вступят в силу в марте',
    ]);
    expect(quotes('Минтранс и Минфин обсудили тарифы. В ведомстве уточнили, что решения пока нет.')).toEqual([
      'indirect | ведомстве | решения пока нет',
    ]);
  });
});

describe('a body named with a genitive tail', () => {
  it('only the head of the name must be nominative', () => {
    expect(quotes('Министерство обороны Эстонии заявило, что учения пройдут в штатном режиме.')).toEqual([
      'indirect | Министерство обороны Эстонии | учения пройдут в штатном режиме',
    ]);
  });

  it('a name with an adjective before its head', () => {
    expect(quotes('Государственный комитет по статистике Украины сообщил, что цены выросли на два процента.')).toEqual([
      'indirect | Государственный комитет по статистике Украины | цены выросли на два процента',
    ]);
  });
});

describe('a text named by an oblique relative', () => {
  it('«…, в котором сказано, что» speaks for the text and its author', () => {
    expect(quotes('Вчера вышло официальное заявление пресс-службы театра, в котором было сказано, что премьеру перенесут на осень.')).toEqual([
      'indirect | пресс-службы театра | премьеру перенесут на осень',
    ]);
  });

  it('without the comma before «в котором»', () => {
    expect(quotes('Вчера вышло заявление пресс-службы театра в котором сказано, что премьеру перенесут на осень.')).toEqual([
      'indirect | пресс-службы театра | премьеру перенесут на осень',
    ]);
  });

  it('a relative in the clause of a speaking verb still names no one', () => {
    expect(quotes('Это был чиновник, которого обвиняли в том, что он брал взятки.')).toEqual([]);
  });
});

describe('a count as the subject', () => {
  it('an approximate share of a group', () => {
    expect(quotes('Согласно опросу, менее 5 % горожан считают, что парковки нужны в центре.').at(-1)).toBe('indirect | менее 5 % горожан | парковки нужны в центре');
  });

  it('a number with the genitive of what it counts, after a date', () => {
    expect(quotes('В 2019 году 300 жителей заявили, что уедут из посёлка.')).toEqual(['indirect | 300 жителей | уедут из посёлка']);
  });

  it('a count governed by a preposition is not the subject', () => {
    expect(quotes('Из более чем 2000 читателей менее 3 % считают, что газета нужна в бумаге.')).toEqual(['indirect | менее 3 % | газета нужна в бумаге']);
  });
});

describe('a possessive opening an unnamed source', () => {
  const names = (text: string) => annotate(text).quotes.map((q) => q.speakerName);

  it('names the person it refers to, in the genitive', () => {
    expect(names('Суд над Ольгой Петровой продолжается. Защита Ольги Петровой подала жалобу. Её адвокаты утверждают, что она невиновна.')).toEqual([
      'адвокаты Ольги Петровой',
    ]);
  });

  it('declines the name where the text gives no genitive of it', () => {
    expect(names('Ольга Петрова подала жалобу. Её адвокаты утверждают, что она невиновна.')).toEqual(['адвокаты Ольги Петровой']);
  });
});
