# Cooperation Explorer — русский. Те же сообщения и подстановки, что в en.ftl. Формы числа по CLDR:
# [one] 1, 21, 31…; [few] 2–4, 22–24…; [many] 0, 5–20, 25–30…; [other] (дроби).
# Переводы содержания записей (названия, описания…) хранятся в самом наборе данных (docs/data.md,
# «Translations»); цитаты остаются на английском. В конце файла — названия мест на карте (vocab-<id>).

## The frame

app-name = Навигатор по сотрудничеству
skip-to-content = Перейти к содержанию
nav-primary-label = Основная навигация
nav-initiatives = Инициативы
nav-sectors = Отрасли
nav-corridors = Коридоры
language-label = Язык
dataset-label = Набор данных:
translated-note = Записи переведены с английского; цитаты — как в источнике.
source-bundled = (встроенный)
source-address = (набор данных по адресу { $address })
source-file = (файл { $file })
source-name-bundled = встроенный набор данных
source-name-address = набор данных по адресу { $address }
source-name-file = файл { $file }
no-initiative = Инициативы с таким id нет
no-sector = Отрасли с таким id нет
no-corridor = Коридора с таким id нет
back-to-bundled = Вернуться к встроенному набору данных
footer-text = Данные: новостная статья о встрече помощника министра иностранных дел Китая Лю Биня с послом Кыргызстана в Китае Актилек Мусаевой. Каждая запись цитирует фрагмент, из которого она взята; то, чего статья не сообщает, показано как «не указано».

## Loading and failures

loading-dataset = Загрузка набора данных…
loading-source = Загрузка: { $source }…
progress-label = Ход загрузки
progress-of = { $read } из { $total }
size-kb = { $size } КиБ
size-mb = { $size } МиБ
could-not-use = Не удалось использовать { $source }
rejected-problems = { $count ->
    [one] Набор данных отклонён: найдена { $count } ошибка.
    [few] Набор данных отклонён: найдены { $count } ошибки.
   *[many] Набор данных отклонён: найдено { $count } ошибок.
}
more-problems = { $count ->
    [one] …и ещё { $count } ошибка.
    [few] …и ещё { $count } ошибки.
   *[many] …и ещё { $count } ошибок.
}
still-loaded = Набор данных, с которым вы работали, по-прежнему загружен.
retry = Повторить
dismiss = Закрыть
read-bad-address = «{ $address }» — недопустимый адрес.
read-request-failed = Запрос к { $url } не удался ({ $detail }).
read-status = Сервер ответил { $status } на запрос { $url }.
read-too-big = Размер файла — { NUMBER($bytes) } Б; предел — { $limit } ({ NUMBER($max) } Б).
read-failed = Ошибка чтения ({ $detail }).

## Notices about the address

notices-title = Некоторые параметры ссылки проигнорированы:
notice-ignored = Пропущено
reason-bad-encoding = это некорректная процентная кодировка UTF-8
reason-repeated = «{ $key }» встречается несколько раз; используется первое значение
reason-query-too-long = текст поиска ограничен { NUMBER($max) } символами
reason-bad-year = год должен быть целым числом от { $first } до { $last }
reason-no-column = { $count ->
    [one] нет столбца «{ $names }» для сортировки
   *[other] нет столбцов { $names } для сортировки
}
reason-too-many-sort-keys = не более { NUMBER($max) } ключей сортировки
reason-bad-mode = способ показа: cards, table, timeline, charts или map
reason-bad-lang = язык: en, zh, ru или ky
reason-bad-inferred = связи по контексту включаются параметром inferred=include и исключаются параметром inferred=exclude
reason-bad-passage = фрагмент задаётся id записи, за которым могут следовать двоеточие и номер цитаты
reason-bad-block = номер блока — целое число от 0
reason-bad-page = номер страницы — целое число от 1
reason-bad-per = записей на странице: 25, 50 или 100
reason-bad-data = адрес набора данных пустой, слишком длинный или некорректный
reason-too-many-compared = сравнивать можно не более { NUMBER($max) } записей
reason-bad-ids = { $count ->
    [one] { $ids } — недопустимый id
   *[other] { $ids } — недопустимые id
}
reason-too-many-values = { $dropped ->
    [one] пропущено { $dropped } значение: в фильтре не более { NUMBER($max) } значений
    [few] пропущено { $dropped } значения: в фильтре не более { NUMBER($max) } значений
   *[many] пропущено { $dropped } значений: в фильтре не более { NUMBER($max) } значений
}
reason-too-many-params = { $dropped ->
    [one] пропущен { $dropped } параметр: в адресе не более { NUMBER($max) } параметров
    [few] пропущено { $dropped } параметра: в адресе не более { NUMBER($max) } параметров
   *[many] пропущено { $dropped } параметров: в адресе не более { NUMBER($max) } параметров
}
reason-unknown-param = приложение не использует этот параметр адреса
reason-no-such-facet = раздел «{ $view }» нельзя фильтровать по признаку «{ $facet }»
reason-no-such-value = ни у одной записи раздела «{ $view }» нет такого значения признака «{ $facet }»
reason-no-such-column = в таблице раздела «{ $view }» нет столбца «{ $column }»
reason-no-years = ни одна запись раздела «{ $view }» не указывает год
reason-reversed-years = границы диапазона перепутаны; теперь он начинается с более раннего года
reason-no-such-mode = у раздела «{ $view }» нет способа показа «{ $mode }»
reason-no-such-record = записи с таким id нет

## Counts

count-initiatives = { $count ->
    [one] { $count } инициатива
    [few] { $count } инициативы
   *[many] { $count } инициатив
}
count-sectors = { $count ->
    [one] { $count } отрасль
    [few] { $count } отрасли
   *[many] { $count } отраслей
}
count-corridors = { $count ->
    [one] { $count } экономический коридор
    [few] { $count } экономических коридора
   *[many] { $count } экономических коридоров
}
count-related = связанных инициатив: { NUMBER($count) }
count-passages = { $count ->
    [one] { $count } фрагмент источника
    [few] { $count } фрагмента источника
   *[many] { $count } фрагментов источника
}
noun-initiatives = { $count ->
    [one] инициатива
    [few] инициативы
   *[many] инициатив
}
noun-sectors = { $count ->
    [one] отрасль
    [few] отрасли
   *[many] отраслей
}
noun-corridors = { $count ->
    [one] экономический коридор
    [few] экономических коридора
   *[many] экономических коридоров
}
list-separator = {", "}

## List pages

lede-initiatives = { $count ->
    [1] { $count } инициатива, программа, сфера сотрудничества или рекомендация — с фрагментом, из которого она взята.
    [one] { $count } инициатива, программа, сфера сотрудничества и рекомендация — каждая с фрагментом, из которого она взята.
    [few] { $count } инициативы, программы, сферы сотрудничества и рекомендации — каждая с фрагментом, из которого она взята.
   *[many] { $count } инициатив, программ, сфер сотрудничества и рекомендаций — каждая с фрагментом, из которого она взята.
}
lede-sectors = { $count ->
    [1] { $count } отрасль экономики и инициативы, в которых она названа.
    [one] { $count } отрасль экономики и инициативы, в которых они названы.
    [few] { $count } отрасли экономики и инициативы, в которых они названы.
   *[many] { $count } отраслей экономики и инициативы, в которых они названы.
}
lede-corridors = { $count ->
    [1] { $count } экономический коридор, страны, которые он связывает, и его отрасли.
    [one] { $count } экономический коридор, страны, которые они связывают, и их отрасли.
    [few] { $count } экономических коридора, страны, которые они связывают, и их отрасли.
   *[many] { $count } экономических коридоров, страны, которые они связывают, и их отрасли.
}
results-label = Результаты
search-initiatives = Поиск по инициативам
search-sectors = Поиск по отраслям
search-corridors = Поиск по коридорам
search-placeholder = Названия, описания, цитаты…
summary-none = Совпадений нет (всего { $all })
summary-all = { $count ->
   *[other] Всего: { $all }
}
summary-range = { NUMBER($first) }–{ NUMBER($last) }; найдено: { $matching } (всего { NUMBER($total) })
display-label = Способ показа
mode-cards = Карточки
mode-table = Таблица
mode-timeline = Хронология
mode-charts = Диаграммы
mode-map = Карта
sort-label = Сортировка
sort-relevance = По релевантности / порядку в источнике
sort-option = { $column } ({ $order })
sort-a-z = А–Я
sort-z-a = Я–А
sort-fewest = сначала меньше
sort-most = сначала больше
sort-earliest = сначала ранние
sort-latest = сначала поздние
per-page-label = На странице
pages-label = Страницы
previous-page = ← Назад
next-page = Вперёд →
page-of = Страница { NUMBER($current) } из { NUMBER($pages) }
live-count = Найдено: { $matching }
empty-initiatives = Нет инициатив, соответствующих этим фильтрам
empty-sectors = Нет отраслей, соответствующих этим фильтрам
empty-corridors = Нет коридоров, соответствующих этим фильтрам
empty-try = Попробуйте убрать один фильтр:
remove-search = Убрать поиск «{ $query }»
remove-years = Убрать диапазон лет
remove-facet = Убрать фильтр «{ $facet }»
relaxation-gives = — { $matching }
clear-all-filters = Сбросить все фильтры

## Filters

filters-title = Фильтры
filters-button = { $count ->
    [0] Фильтры
   *[other] Фильтры ({ NUMBER($count) })
}
filters-button-label = { $count ->
    [0] Фильтры, активных нет
    [one] Фильтры, активен { $count }
   *[other] Фильтры, активных: { $count }
}
filters-show = Показать: { $matching }
filters-close = Закрыть фильтры
facet-theme = Тема
facet-sector = Отрасль
facet-corridor = Коридор
facet-country = Страна
facet-party = Участник
facet-scope = Формат
facet-scope-derived = Формат связанных инициатив
facet-kind = Тип
facet-kind-derived = Тип связанных инициатив
facet-status = Статус
facet-status-derived = Статус связанных инициатив
not-stated-option = Не указано
show-fewer = Свернуть
show-all = Показать все ({ NUMBER($count) })
years-title = Указанные годы
years-hint = Записи с указанным годом ({ $first }–{ $last }), пересекающимся с диапазоном:
years-from = С
years-to = По
years-since = с { $year } г.
years-until = по { $year } г.
years-range = с { $first } по { $last } г.
active-filters = Активные фильтры
chip-search = Поиск: «{ $query }»
chip-facet = { $facet }: { $value }
chip-facet-prefix = { $facet }:
chip-years = Годы: { $range }
remove-filter = Убрать фильтр { $filter }
clear-all = Сбросить всё

## Vocabulary of the schema

kind-proposal = Предложение
kind-task-force-initiative = Инициатива рабочей группы
kind-focus-area = Приоритетное направление
kind-area-of-collaboration = Сфера сотрудничества
kind-corridor-framework = Направление рамочной основы коридора
kind-cultural-programme = Культурная программа
kind-multilateral-project = Многосторонний проект
kind-recommendation = Рекомендация
kind-framework = Действующий механизм сотрудничества
kind-initiative = Инициатива
kind-sector = Отрасль
kind-corridor = Коридор
status-proposed = Предложено
status-discussed = Обсуждено
status-recommended = Рекомендовано
status-potential = Возможно
scope-bilateral = Двусторонний (Китай — Кыргызстан)
scope-trilateral = Трёхсторонний (Китай — Кыргызстан — Узбекистан)
scope-regional = Региональный (Центральная Азия)
recurrence-annual = Ежегодно
recurrence-regular = Регулярно
party-kind-country = Страна
party-kind-region = Регион
party-kind-person = Персона
party-kind-organisation = Организация

## Cards and the table

chips-label = Признаки
card-timeline = Сроки:
not-stated = не указано
none-label = нет
table-label = Таблица: { $view }
table-caption = { $view }, соответствующие текущим фильтрам. Нажмите на заголовок столбца, чтобы отсортировать; Shift + щелчок добавляет второй ключ.
column-name = Название
column-kind = Тип
column-status = Статус
column-scope = Формат
column-themes = Темы
column-sectors = Отрасли
column-corridors = Коридоры
column-countries = Страны
column-timeline = Сроки
column-initiatives = Инициативы
column-related = Связанные
sort-by = Сортировать по столбцу «{ $column }»
sorted-by = { $column }, сортировка { $order }
sorted-key-of = { $column }, сортировка { $order } (ключ { NUMBER($key) } из { NUMBER($keys) })
sorted-ascending = по возрастанию
sorted-descending = по убыванию

## Timeline, charts, map

timeline-title = { $count ->
    [one] Хронология: сроки указаны у { $count } инициативы
   *[other] Хронология: сроки указаны у { $count } инициатив
}
timeline-hint = Полосы охватывают указанные годы, ромбы отмечают год запуска, повторяющиеся точки — регулярные события без указанных лет. Подписи — слова источника.
timeline-chart-label = Диаграмма хронологии
timeline-as-table = Хронология в виде таблицы
timeline-table-caption = Инициативы с указанными сроками
column-initiative = Инициатива
column-source-wording = Формулировка источника
column-years = Годы
column-recurrence = Периодичность
no-timeline-stated = Сроки не указаны ({ NUMBER($count) })
chart-title = { $view } по признаку «{ $facet }»
chart-label = Столбчатая диаграмма: { $facet }
chart-as-table = Подсчёт по признаку «{ $facet }» в виде таблицы
column-matches = Совпадения
map-title = Карта коридоров
map-hint = Схема, без соблюдения масштаба. Страны, названные в данных, обведены, и на них можно нажать; коридоры показаны маршрутами через страны, которые они связывают, в порядке, указанном в данных.
map-label = Схематическая карта Центральной Азии и западного Китая
map-countries = Страны
map-corridors = Коридоры
map-filter = { $name }, нажмите, чтобы отфильтровать
map-selected = { $name }, выбрано, нажмите, чтобы убрать фильтр
map-open = { $name }, нажмите, чтобы открыть
map-remove-filter = Убрать фильтр: { $name }
map-matching = — совпадений: { NUMBER($count) }

## Export and compare

export-title = Экспорт и цитирование
export-hint = Все найденные записи — с текущими фильтрами и сортировкой. Названия столбцов и значения на всех языках остаются английскими, чтобы экспорты можно было сравнивать.
export-csv = CSV (электронные таблицы)
export-json = JSON (набор данных для повторной загрузки)
export-csl = CSL-JSON (Zotero, Pandoc)
export-bibtex = BibTeX
copy-link = Скопировать ссылку на этот вид
print = Печать
embed-open = Открыть полный вид
embed-title = Встроить этот вид
embed-hint = Вставьте этот код в веб-страницу: во фрейме будет показан этот вид в его нынешнем состоянии, а несколько строк скрипта под фреймом подгонят его высоту под содержимое (без них содержимое будет прокручиваться внутри фрейма).
embed-frame-title = { $view } — { $app }
embed-copy = Скопировать код
embed-copied = Код скопирован.
embed-copy-refused = Браузер не разрешил копирование: выделите код и скопируйте его.
picture-svg = Скачать SVG
picture-png = Скачать PNG
picture-label = { $action }: { $title }
picture-filters = Фильтры: { $filters }
picture-no-filters = Без фильтров: все записи набора данных
picture-source = Источник: { $source }, обработка: «{ $app }»
picture-making = Рисуем изображение…
picture-failed = Этот браузер не смог создать изображение.
saved-file = Сохранено: { $file }
save-refused = Браузер не разрешил сохранить { $file }
link-copied = Ссылка скопирована
copy-this-link = Скопируйте эту ссылку: { $link }
compare = Сравнить
comparing = ✓ В сравнении
stop-comparing = Убрать из сравнения:
comparison-label = Сравнение
comparing-n = В сравнении { NUMBER($count) } из { NUMBER($max) } возможных:
compare-side-by-side = Сравнить рядом →
clear = Очистить
compare-title = Сравнение записей
compare-unknown = { $count ->
    [one] { $count } id из ссылки не соответствует ни одной записи этого набора данных (инициативе, отрасли или коридору) и пропущен.
   *[other] id из ссылки, не соответствующих ни одной записи этого набора данных (инициативе, отрасли или коридору), пропущено: { $count }.
}
compare-empty = Выберите от двух до четырёх записей кнопками «Сравнить».
comparison-table = Таблица сравнения
comparison-caption = Записи рядом
remove = Убрать
remove-from-comparison = из сравнения:
field-summary = Описание

## Record pages

back-to-initiatives = ← Все инициативы
back-to-sectors = ← Все отрасли
back-to-corridors = ← Все коридоры
record-not-found = Запись не найдена
no-record-text = В используемом наборе данных нет записи с id «{ $id }».
field-kind = Тип
field-status = Статус (как в источнике)
field-scope = Формат
field-themes = Темы
field-sectors = Отрасли
field-corridors = Коридоры
field-parties = Участники
field-timeline = Сроки
field-outcomes = Ожидаемые результаты
field-related = Связанные инициативы
field-sector-initiatives = Инициативы в этой отрасли
field-route = Маршрут
field-aims = Цели и ожидаемые результаты
field-corridor-initiatives = Инициативы по этому коридору
provenance-title = Откуда это взято
provenance-hint = Цитата дословная, как в источнике, включая опечатки.
published-not-stated = дата публикации не указана
published-on = опубликовано { $date }
section-label = Раздел:
translation-label = Перевод:
original-title = Оригинал на английском
section-opening = Вступительный абзац (до первого заголовка)
read-in-context = Читать в контексте

## The source reader

source-title = Источник
source-not-found = Источник не найден
no-source-text = В используемом наборе данных нет источника с id «{ $id }».
source-text-missing = Текст этого источника не включён в набор данных, поэтому фрагменты нельзя показать на их месте. Каждая запись по-прежнему содержит свою цитату.
source-hint = { $count ->
    [1] Текст в том виде, в каком он опубликован, с опечатками. Выделен { $count } фрагмент, цитируемый записями; он ведёт к цитирующим его записям.
    [one] Текст в том виде, в каком он опубликован, с опечатками. Выделен { $count } фрагмент, цитируемый записями; каждый ведёт к цитирующим его записям.
    [few] Текст в том виде, в каком он опубликован, с опечатками. Выделены { $count } фрагмента, цитируемые записями; каждый ведёт к цитирующим его записям.
   *[many] Текст в том виде, в каком он опубликован, с опечатками. Выделено { $count } фрагментов, цитируемых записями; каждый ведёт к цитирующим его записям.
}
showing-passage = Выделен фрагмент, цитируемый в записи:
passage-not-found = Фрагмента «{ $passage }» в тексте этого источника нет.
records-citing = Записи, ссылающиеся на этот источник
quoted-by = Цитируется в:
source-table-label = Таблица { NUMBER($number) } источника

## Home, bring your own dataset, not found

home-lede = Сотрудничество, названное в одной новостной статье об отношениях Китая и Кыргызстана, — инициативы, сферы сотрудничества, рекомендации, отрасли и экономический коридор Китай — Кыргызстан — Узбекистан, — каждая запись с цитатой, из которой она взята.
home-about = Новостная статья сообщает о встрече помощника министра иностранных дел Китая Лю Биня с послом Кыргызстана в Китае Актилек Мусаевой в Министерстве иностранных дел в Пекине. В ней говорится о торговле, культурном обмене, региональной безопасности и экономическом коридоре Китай — Кыргызстан — Узбекистан. Здесь собрано всё, что в ней названо, — предложенное, обсуждённое, возможное и рекомендованное, — каждая запись с фрагментом, из которого она взята; дат и сумм статья не сообщает.
read-the-source = Читать источник
home-timeline-title = Какие сроки называет статья
home-timeline-all = Вся хронология →
home-themes-title = Самые частые темы
data-title = Данные
data-json = Весь набор данных
data-schema = JSON Schema формата
data-licence = Код и записи набора данных можно свободно использовать по лицензии MIT; фрагменты и исходный текст процитированы из статьи, права на которую остаются за её издателем.
home-search-title = Поиск по всему
home-search-label = Поиск по инициативам, отраслям, коридорам и источнику
home-search-placeholder = например: энергетика, туризм, безопасность
home-no-results = Ничего не найдено. Попробуйте ввести меньше слов или более короткие слова.
home-all-in = Все совпадения в разделе «{ $view }» →
open-title = Свой набор данных
open-hint-before = JSON-файл в той же схеме, что и{" "}
open-hint-link = встроенный набор данных
open-hint-after = , размером до { $limit }. Файл читается в вашем браузере и никуда не отправляется. Если он будет отклонён, текущий набор данных останется.
open-file-label = Выберите файл или перетащите его сюда
open-address-label = Или загрузите по адресу
open-load = Загрузить
not-found-title = Страница не найдена
not-found-text = По этому адресу страницы нет.
go-home = Перейти на главную.

## The places the map draws, by id (and Central Asia).

vocab-china = Китай
vocab-kyrgyzstan = Кыргызстан
vocab-uzbekistan = Узбекистан
vocab-kazakhstan = Казахстан
vocab-tajikistan = Таджикистан
vocab-turkmenistan = Туркменистан
vocab-afghanistan = Афганистан
vocab-central-asia = Центральная Азия

## Inferred links (stated by no excerpt, read from the context)
inferred-tag = по контексту
inferred-note = { $count ->
    [one] { $count } связь по контексту — с обоснованием
    [few] { $count } связи по контексту — с обоснованиями
   *[many] { $count } связей по контексту — с обоснованиями
}
inferred-title = Связи по контексту
inferred-hint = Цитаты прямо не называют эти связи; они выведены из контекста. У каждой указано обоснование.
inferred-legend = Связи по контексту
inferred-include = Учитывать связи, выведенные из контекста
inferred-include-hint = Выключено: фильтры и диаграммы учитывают только то, что прямо сказано в цитате. Связи, выведенные из контекста, помечены «по контексту» и снабжены обоснованием.

## Before the app runs, and without JavaScript

noscript-notice = Для поиска, фильтров, сортировки и других представлений нужен JavaScript. Всё содержимое этой страницы можно прочитать и без него.
startup-failed = Интерактивный навигатор не смог запуститься в этом браузере (не загрузилась программа или данные). Страницу по-прежнему можно читать; для поиска, фильтров и других представлений он нужен.
startup-reload = Перезагрузить страницу
pending-view = Применяется представление, указанное в ссылке…
pending-view-failed = Поиск и фильтры из этой ссылки применить не удалось, поэтому её результаты не показаны.
pending-view-without = Показать страницу без них
