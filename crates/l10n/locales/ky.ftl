# Cooperation Explorer — кыргызча. en.ftl менен бирдей билдирүүлөр жана ордун басуучулар.
# Кыргыз тилинде сан атоочтон кийинки зат атооч жекелик санда турат ("5 демилге"), ошондуктан
# [one] жана [other] формалары бирдей. Жазуулардын мазмунунун (аталыштар, кыскача мазмун…)
# котормолору маалымат топтомунун өзүндө (docs/data.md, «Translations»); цитаталар англисче калат.
# Файлдын аягында — картада тартылган жерлердин аттары (vocab-<id>).
# Ишенимсиз терминдер docs/translation.md файлында башка варианттары менен көрсөтүлгөн.

## The frame

app-name = Кызматташтыкты изилдөө
skip-to-content = Мазмунга өтүү
nav-primary-label = Негизги навигация
nav-initiatives = Демилгелер
nav-sectors = Тармактар
nav-corridors = Коридорлор
language-label = Тил
dataset-label = Маалымат топтому:
translated-note = Жазуулар англис тилинен которулган; цитаталар булактагыдай.
source-bundled = (камтылган)
source-address = ({ $address } дарегиндеги маалымат топтому)
source-file = ({ $file } файлы)
source-name-bundled = камтылган маалымат топтому
source-name-address = { $address } дарегиндеги маалымат топтому
source-name-file = { $file } файлы
no-initiative = Мындай id'си бар демилге жок
no-sector = Мындай id'си бар тармак жок
no-corridor = Мындай id'си бар коридор жок
back-to-bundled = Камтылган маалымат топтомуна кайтуу
footer-text = Маалымат: Кытайдын тышкы иштер министринин жардамчысы Лю Бинь менен Кыргызстандын Кытайдагы элчиси Актилек Мусаеванын жолугушуусу тууралуу жаңылык макаласы. Ар бир жазуу өзү алынган үзүндүнү келтирет; макалада айтылбаган нерсе «көрсөтүлгөн эмес» деп белгиленет.

## Loading and failures

loading-dataset = Маалымат топтому жүктөлүүдө…
loading-source = Жүктөлүүдө: { $source }…
progress-label = Жүктөө жүрүшү
progress-of = { $read } / { $total }
size-kb = { $size } КиБ
size-mb = { $size } МиБ
could-not-use = Колдонуу мүмкүн болбоду: { $source }
rejected-problems = { $count ->
   *[other] Четке кагылды: { $count } көйгөй табылды.
}
more-problems = { $count ->
   *[other] …жана дагы { $count } көйгөй.
}
still-loaded = Сиз колдонуп жаткан маалымат топтому жүктөлгөн бойдон калды.
retry = Кайталоо
dismiss = Жабуу
read-bad-address = «{ $address }» жарактуу дарек эмес.
read-request-failed = { $url } дарегине суроо-талап ишке ашкан жок ({ $detail }).
read-status = Сервер { $url } үчүн { $status } деп жооп берди.
read-too-big = Файлдын көлөмү { NUMBER($bytes) } байт; чеги — { $limit } ({ NUMBER($max) } байт).
read-failed = Окуу ишке ашкан жок ({ $detail }).

## Notices about the address

notices-title = Шилтеменин айрым жөндөөлөрү эске алынган жок:
notice-ignored = Эске алынган жок
reason-bad-encoding = бул жарактуу пайыздык коддолгон UTF-8 эмес
reason-repeated = «{ $key }» бир нече жолу кездешет; биринчиси колдонулат
reason-query-too-long = издөө тексти { NUMBER($max) } белгиден ашпашы керек
reason-bad-year = жыл { $first } менен { $last } ортосундагы бүтүн сан болушу керек
reason-no-column = { $count ->
    [one] иреттөө үчүн «{ $names }» мамычасы жок
   *[other] иреттөө үчүн { $names } мамычалары жок
}
reason-too-many-sort-keys = эң көп { NUMBER($max) } иреттөө ачкычы
reason-bad-mode = көрсөтүү ыкмасы: cards, table, timeline, charts же map
reason-bad-lang = тил: en, zh, ru же ky
reason-bad-inferred = контексттен чыгарылган байланыштар inferred=include менен кошулат, inferred=exclude менен кошулбайт
reason-bad-passage = үзүндү жазуунун id'си менен берилет, андан кийин кош чекит жана цитатанын номери болушу мүмкүн
reason-bad-block = блоктун номери — 0 же андан чоң бүтүн сан
reason-bad-page = барактын номери — 1 же андан чоң бүтүн сан
reason-bad-per = бир барактагы жазуулар: 25, 50 же 100
reason-bad-data = маалымат топтомунун дареги бош, өтө узун же туура эмес
reason-too-many-compared = эң көп { NUMBER($max) } жазууну салыштырууга болот
reason-bad-ids = { $count ->
   *[other] { $ids } — жарактуу id эмес
}
reason-too-many-values = { $dropped ->
   *[other] { $dropped } маани эске алынган жок: бир чыпкада эң көп { NUMBER($max) } маани болот
}
reason-too-many-params = { $dropped ->
   *[other] { $dropped } параметр эске алынган жок: даректе эң көп { NUMBER($max) } параметр болот
}
reason-unknown-param = колдонмо бул дарек параметрин колдонбойт
reason-no-such-facet = «{ $view }» бөлүмүн «{ $facet }» боюнча чыпкалоого болбойт
reason-no-such-value = «{ $view }» бөлүмүндө «{ $facet }» боюнча мындай мааниси бар жазуу жок
reason-no-such-column = «{ $view }» таблицасында «{ $column }» мамычасы жок
reason-no-years = «{ $view }» бөлүмүндөгү эч бир жазууда жыл көрсөтүлгөн эмес
reason-reversed-years = аралыктын чектери алмашып калган; эми ал эртерээк жылдан башталат
reason-no-such-mode = «{ $view }» бөлүмүндө «{ $mode }» көрсөтүү ыкмасы жок
reason-no-such-record = мындай id'си бар жазуу жок

## Counts

count-initiatives = { $count ->
   *[other] { $count } демилге
}
count-sectors = { $count ->
   *[other] { $count } тармак
}
count-corridors = { $count ->
   *[other] { $count } экономикалык коридор
}
count-related = байланыштуу: { NUMBER($count) }
count-passages = { $count ->
   *[other] булактагы { $count } үзүндү
}
noun-initiatives = { $count ->
   *[other] демилге
}
noun-sectors = { $count ->
   *[other] тармак
}
noun-corridors = { $count ->
   *[other] экономикалык коридор
}
list-separator = {", "}

## List pages

lede-initiatives = { $count ->
    [one] { $count } демилге, программа, кызматташтык чөйрөсү же сунуштама — өзү алынган үзүндү менен.
   *[other] { $count } демилге, программа, кызматташтык чөйрөсү жана сунуштама — ар бири өзү алынган үзүндү менен.
}
lede-sectors = { $count ->
    [one] { $count } экономика тармагы жана аны атаган демилгелер.
   *[other] { $count } экономика тармагы жана аларды атаган демилгелер.
}
lede-corridors = { $count ->
    [one] { $count } экономикалык коридор, ал байланыштырган өлкөлөр жана анын тармактары.
   *[other] { $count } экономикалык коридор, алар байланыштырган өлкөлөр жана алардын тармактары.
}
results-label = Натыйжалар
search-initiatives = Демилгелерден издөө
search-sectors = Тармактардан издөө
search-corridors = Коридорлордон издөө
search-placeholder = Аталыштар, кыскача мазмун, цитаталар…
summary-none = Дал келгени жок (бардыгы: { $all })
summary-all = { $count ->
   *[other] Баары: { $all }
}
summary-range = { NUMBER($first) }–{ NUMBER($last) }, дал келгендер: { $matching } (бардыгы { NUMBER($total) })
display-label = Көрсөтүү
mode-cards = Карточкалар
mode-table = Таблица
mode-timeline = Хронология
mode-charts = Диаграммалар
mode-map = Карта
sort-label = Иреттөө
sort-relevance = Тиешелүүлүгү / булактагы тартиби
sort-option = { $column } ({ $order })
sort-a-z = А–Я
sort-z-a = Я–А
sort-fewest = азынан баштап
sort-most = көбүнөн баштап
sort-earliest = эң эртесинен баштап
sort-latest = эң кечинен баштап
per-page-label = Бир баракта
pages-label = Барактар
previous-page = ← Мурунку
next-page = Кийинки →
page-of = { NUMBER($pages) } барактын { NUMBER($current) }-барагы
live-count = Дал келгендер: { $matching }
empty-initiatives = Бул чыпкаларга дал келген демилге жок
empty-sectors = Бул чыпкаларга дал келген тармак жок
empty-corridors = Бул чыпкаларга дал келген коридор жок
empty-try = Бир чыпканы алып салып көрүңүз:
remove-search = «{ $query }» издөөсүн алып салуу
remove-years = Жылдар аралыгын алып салуу
remove-facet = «{ $facet }» чыпкасын алып салуу
relaxation-gives = — { $matching }
clear-all-filters = Бардык чыпкаларды тазалоо

## Filters

filters-title = Чыпкалар
filters-button = { $count ->
    [0] Чыпкалар
   *[other] Чыпкалар ({ NUMBER($count) })
}
filters-button-label = { $count ->
    [0] Чыпкалар, активдүүсү жок
   *[other] Чыпкалар, активдүү: { $count }
}
filters-show = Көрсөтүү: { $matching }
filters-close = Чыпкаларды жабуу
facet-theme = Тема
facet-sector = Тармак
facet-corridor = Коридор
facet-country = Өлкө
facet-party = Катышуучу
facet-scope = Формат
facet-scope-derived = Анын демилгелеринин форматы
facet-kind = Түрү
facet-kind-derived = Анын демилгелеринин түрү
facet-status = Статус
facet-status-derived = Анын демилгелеринин статусу
not-stated-option = Көрсөтүлгөн эмес
show-fewer = Азыраак көрсөтүү
show-all = Баарын көрсөтүү ({ NUMBER($count) })
years-title = Көрсөтүлгөн жылдар
years-hint = Көрсөтүлгөн жылы ({ $first }–{ $last }) төмөнкү аралыкка туура келген жазуулар:
years-from = Баштап
years-to = Чейин
years-since = { $year }-жылдан
years-until = { $year }-жылга чейин
years-range = { $first }–{ $last }-жылдар
active-filters = Активдүү чыпкалар
chip-search = Издөө: «{ $query }»
chip-facet = { $facet }: { $value }
chip-facet-prefix = { $facet }:
chip-years = Жылдар: { $range }
remove-filter = Чыпканы алып салуу: { $filter }
clear-all = Баарын тазалоо

## Vocabulary of the schema

kind-proposal = Сунуш
kind-task-force-initiative = Жумушчу топтун демилгеси
kind-focus-area = Артыкчылыктуу багыт
kind-area-of-collaboration = Кызматташтык чөйрөсү
kind-corridor-framework = Коридордун кызматташтык багыты
kind-cultural-programme = Маданий программа
kind-multilateral-project = Көп тараптуу долбоор
kind-recommendation = Сунуштама
kind-framework = Учурдагы кызматташтык алкагы
kind-initiative = Демилге
kind-sector = Тармак
kind-corridor = Коридор
status-proposed = Сунушталган
status-discussed = Талкууланган
status-recommended = Сунуштама берилген
status-potential = Мүмкүн болгон
scope-bilateral = Эки тараптуу (Кытай — Кыргызстан)
scope-trilateral = Үч тараптуу (Кытай — Кыргызстан — Өзбекстан)
scope-regional = Аймактык (Борбордук Азия)
recurrence-annual = Жыл сайын
recurrence-regular = Үзгүлтүксүз
party-kind-country = Өлкө
party-kind-region = Аймак
party-kind-person = Адам
party-kind-organisation = Уюм

## Cards and the table

chips-label = Белгилер
card-timeline = Мөөнөтү:
not-stated = көрсөтүлгөн эмес
none-label = жок
table-label = Таблица: { $view }
table-caption = Учурдагы чыпкаларга дал келген жазуулар: { $view }. Иреттөө үчүн мамычанын аталышын басыңыз; Shift менен басканда экинчи ачкыч кошулат.
column-name = Аталышы
column-kind = Түрү
column-status = Статусу
column-scope = Форматы
column-themes = Темалар
column-sectors = Тармактар
column-corridors = Коридорлор
column-countries = Өлкөлөр
column-timeline = Мөөнөтү
column-initiatives = Демилгелер
column-related = Байланыштуу
sort-by = «{ $column }» мамычасы боюнча иреттөө
sorted-by = { $column }, { $order } иреттелген
sorted-key-of = { $column }, { $order } иреттелген ({ NUMBER($keys) } ачкычтын { NUMBER($key) }-ачкычы)
sorted-ascending = өсүү боюнча
sorted-descending = кемүү боюнча

## Timeline, charts, map

timeline-title = { $count ->
   *[other] Хронология: { $count } демилгеде мөөнөт көрсөтүлгөн
}
timeline-hint = Тилкелер көрсөтүлгөн жылдарды камтыйт, ромбдор ишке киргизилген жылды белгилейт, кайталанган чекиттер жылдары көрсөтүлбөгөн мезгилдүү иш-чараларды билдирет. Тилкелердеги аталыштар — булактын өз сөздөрү.
timeline-chart-label = Хронология диаграммасы
timeline-as-table = Хронология таблица түрүндө
timeline-table-caption = Мөөнөтү көрсөтүлгөн демилгелер
column-initiative = Демилге
column-source-wording = Булактагы сөздөр
column-years = Жылдар
column-recurrence = Мезгилдүүлүгү
no-timeline-stated = Мөөнөтү көрсөтүлгөн эмес ({ NUMBER($count) })
chart-title = { $view }: «{ $facet }» боюнча
chart-label = Тилкелүү диаграмма: { $facet }
chart-as-table = «{ $facet }» таблица түрүндө
column-matches = Дал келгендер
map-title = Коридорлордун картасы
map-hint = Схема, масштабы сакталган эмес. Маалыматта аталган өлкөлөрдүн чек аралары белгиленген жана аларды басууга болот; коридорлор маалыматта берилген тартипте, алар байланыштырган өлкөлөр аркылуу өткөн каттамдар катары көрсөтүлгөн.
map-label = Борбордук Азиянын жана Батыш Кытайдын схемалык картасы
map-countries = Өлкөлөр
map-corridors = Коридорлор
map-filter = { $name }, чыпкалоо үчүн басыңыз
map-selected = { $name }, тандалган, чыпканы алып салуу үчүн басыңыз
map-open = { $name }, ачуу үчүн басыңыз
map-remove-filter = Чыпканы алып салуу: { $name }
map-matching = — дал келгендер: { NUMBER($count) }

## Export and compare

export-title = Экспорттоо жана цитаталоо
export-hint = Учурдагы чыпкалар жана иреттөө менен дал келген бардык жазуулар. Экспорттор салыштырылышы үчүн мамычалардын аталыштары жана маанилери бардык тилдерде англисче калат.
export-csv = CSV (электрондук таблицалар)
export-json = JSON (кайра жүктөлүүчү маалымат топтому)
export-csl = CSL-JSON (Zotero, Pandoc)
export-bibtex = BibTeX
copy-link = Бул көрүнүшкө шилтемени көчүрүү
print = Басып чыгаруу
embed-open = Толук көрүнүштү ачуу
embed-title = Бул көрүнүштү башка сайтка кыстаруу
embed-hint = Бул кодду веб-баракка коюңуз: фреймде бул көрүнүш азыркы абалында көрсөтүлөт, ал эми анын астындагы бир нече сап скрипт фреймдин бийиктигин мазмунга ылайыкташтырат (аларсыз мазмун фреймдин ичинде жылдырылат).
embed-frame-title = { $view } — { $app }
embed-copy = Кодду көчүрүү
embed-copied = Код көчүрүлдү.
embed-copy-refused = Браузер көчүрүүгө уруксат берген жок: кодду белгилеп, өзүңүз көчүрүңүз.
picture-svg = SVG жүктөп алуу
picture-png = PNG жүктөп алуу
picture-label = { $action }: { $title }
picture-filters = Чыпкалар: { $filters }
picture-no-filters = Чыпкасыз: маалымат топтомундагы бардык жазуулар
picture-source = Булак: { $source }, «{ $app }» аркылуу
picture-making = Сүрөт түзүлүүдө…
picture-failed = Бул браузер сүрөттү түзө алган жок.
saved-file = Сакталды: { $file }
save-refused = Браузер { $file } файлын сактоого уруксат берген жок
link-copied = Шилтеме көчүрүлдү
copy-this-link = Бул шилтемени көчүрүңүз: { $link }
compare = Салыштыруу
comparing = ✓ Салыштырылууда
stop-comparing = Салыштыруудан алып салуу:
comparison-label = Салыштыруу
comparing-n = Салыштырылууда: { NUMBER($count) } (эң көп { NUMBER($max) })
compare-side-by-side = Катар салыштыруу →
clear = Тазалоо
compare-title = Жазууларды салыштыруу
compare-unknown = { $count ->
   *[other] Шилтемедеги { $count } id бул маалымат топтомундагы бир да демилгеге, тармакка же коридорго туура келбейт жана эске алынган жок.
}
compare-empty = «Салыштыруу» баскычтары менен экиден төрткө чейин жазууну тандаңыз.
comparison-table = Салыштыруу таблицасы
comparison-caption = Катар коюлган жазуулар
remove = Алып салуу
remove-from-comparison = (салыштыруудан):
field-summary = Кыскача мазмуну

## Record pages

back-to-initiatives = ← Бардык демилгелер
back-to-sectors = ← Бардык тармактар
back-to-corridors = ← Бардык коридорлор
record-not-found = Жазуу табылган жок
no-record-text = Колдонулуп жаткан маалымат топтомунда id'си «{ $id }» болгон жазуу жок.
field-kind = Түрү
field-status = Статусу (булактагы сөз менен)
field-scope = Форматы
field-themes = Темалар
field-sectors = Тармактар
field-corridors = Коридорлор
field-parties = Катышуучулар
field-timeline = Мөөнөтү
field-outcomes = Күтүлгөн натыйжалар
field-related = Байланыштуу демилгелер
field-sector-initiatives = Бул тармактагы демилгелер
field-route = Каттам
field-aims = Максаттар жана күтүлгөн натыйжалар
field-corridor-initiatives = Бул коридор боюнча демилгелер
provenance-title = Бул кайдан алынган
provenance-hint = Булактагыдай сөзмө-сөз келтирилди, каталары менен.
published-not-stated = жарыяланган күнү көрсөтүлгөн эмес
published-on = жарыяланган: { $date }
section-label = Бөлүм:
translation-label = Котормосу:
original-title = Англисче түп нускасы
section-opening = Киришүү абзацы (биринчи аталышка чейин)
read-in-context = Булактан окуу

## The source reader

source-title = Булак
source-not-found = Булак табылган жок
no-source-text = Колдонулуп жаткан маалымат топтомунда id'си «{ $id }» болгон булак жок.
source-text-missing = Бул булактын тексти маалымат топтомуна киргизилген эмес, ошондуктан үзүндүлөрдү өз ордунда көрсөтүүгө болбойт. Ар бир жазуу өз цитатасын сактайт.
source-hint = { $count ->
   *[other] Текст жарыяланган түрүндө, каталары менен. Жазуулар келтирген { $count } үзүндү белгиленген; ар бири аны келтирген жазууларга шилтеме берет.
}
showing-passage = Белгиленген: төмөнкү жазуу келтирген үзүндү
passage-not-found = Бул булактын текстинде «{ $passage }» үзүндүсү жок.
records-citing = Бул булакка шилтеме берген жазуулар
quoted-by = Келтирген:
source-table-label = Булактын { NUMBER($number) }-таблицасы

## Home, bring your own dataset, not found

home-lede = Кытай менен Кыргызстандын мамилелери тууралуу бир жаңылык макаласында аталган кызматташтык — демилгелер, кызматташтык чөйрөлөрү, сунуштамалар, тармактар жана Кытай — Кыргызстан — Өзбекстан экономикалык коридору — ар бири өзү алынган цитата менен.
home-about = Бир жаңылык макаласы Кытайдын тышкы иштер министринин жардамчысы Лю Бинь менен Кыргызстандын Кытайдагы элчиси Актилек Мусаеванын Пекиндеги Тышкы иштер министрлигинде өткөн жолугушуусу тууралуу кабарлайт. Макалада соода, маданий алмашуу, аймактык коопсуздук жана Кытай — Кыргызстан — Өзбекстан экономикалык коридору тууралуу сөз болот. Анда аталгандын баары — сунушталган, талкууланган, мүмкүн болгон же сунуштама берилген — бул жерде ар бири өзү алынган үзүндү менен келтирилген; макалада дата да, сумма да көрсөтүлгөн эмес.
read-the-source = Булакты окуу
home-timeline-title = Макалада аталган мөөнөттөр
home-timeline-all = Толук хронология →
home-themes-title = Эң көп кездешкен темалар
data-title = Маалыматтар
data-json = Маалымат топтому толугу менен
data-schema = Форматтын JSON-схемасы
data-licence = Код жана маалымат топтомунун жазууларын MIT лицензиясы боюнча эркин колдонууга болот; үзүндүлөр жана булактын тексти макаладан цитата катары алынган, макалага болгон укуктар анын басып чыгаруучусунда калат.
home-search-title = Бардыгынан издөө
home-search-label = Демилгелерден, тармактардан, коридорлордон жана булактан издөө
home-search-placeholder = мисалы: энергетика, туризм, коопсуздук
home-no-results = Эч нерсе табылган жок. Азыраак же кыскараак сөздөрдү колдонуп көрүңүз.
home-all-in = «{ $view }» бөлүмүндөгү бардык дал келгендер →
open-title = Өз маалымат топтомуңуз
open-hint-before = Схемасы{" "}
open-hint-link = камтылган маалымат топтому
open-hint-after = {" "}менен бирдей JSON файл, көлөмү эң көп { $limit }. Файл сиздин браузериңизде окулат жана эч жакка жөнөтүлбөйт. Эгер ал четке кагылса, учурдагы маалымат топтому калат.
open-file-label = Файлды тандаңыз же бул жерге сүйрөп келиңиз
open-address-label = Же дарек боюнча жүктөңүз
open-load = Жүктөө
not-found-title = Барак табылган жок
not-found-text = Бул даректе барак жок.
go-home = Башкы бетке өтүү.

## The places the map draws, by id (and Central Asia).

vocab-china = Кытай
vocab-kyrgyzstan = Кыргызстан
vocab-uzbekistan = Өзбекстан
vocab-kazakhstan = Казакстан
vocab-tajikistan = Тажикстан
vocab-turkmenistan = Түркмөнстан
vocab-afghanistan = Ооганстан
vocab-central-asia = Борбордук Азия

## Inferred links (stated by no excerpt, read from the context)
inferred-tag = контексттен
inferred-note = { $count ->
    [one] { $count } контексттен чыгарылган байланыш жана анын себеби
   *[other] { $count } контексттен чыгарылган байланыш жана алардын себептери
}
inferred-title = Контексттен чыгарылган байланыштар
inferred-hint = Цитаталар бул байланыштарды ачык айтпайт; алар контексттен чыгарылган. Ар биринин себеби көрсөтүлгөн.
inferred-legend = Контексттен чыгарылган байланыштар
inferred-include = Контексттен чыгарылган байланыштарды эсепке алуу
inferred-include-hint = Өчүк болсо, чыпкалар жана диаграммалар цитатада ачык айтылганды гана эсептейт. Контексттен чыгарылган байланыштар себеби менен «контексттен» деп белгиленет.

## Before the app runs, and without JavaScript

noscript-notice = Издөө, чыпкалар, иреттөө жана башка көрүнүштөр үчүн JavaScript керек. Бул барактын бардык мазмунун ансыз деле окууга болот.
startup-failed = Интерактивдүү изилдөөчү бул браузерде иштей баштай алган жок (анын программасы же маалыматтары жүктөлгөн жок). Баракты дагы эле окууга болот; издөө, чыпкалар жана башка көрүнүштөр үчүн ал керек.
startup-reload = Баракты кайра жүктөө
pending-view = Шилтемеде көрсөтүлгөн көрүнүш колдонулууда…
pending-view-failed = Бул шилтемедеги издөө менен чыпкаларды колдонуу мүмкүн болбоду, ошондуктан анын натыйжалары көрсөтүлгөн жок.
pending-view-without = Баракты аларсыз көрсөтүү
