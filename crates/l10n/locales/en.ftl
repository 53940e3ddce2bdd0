# Cooperation Explorer — English (the reference file: every other file has exactly these messages,
# each with the same placeholders). Fluent syntax: https://projectfluent.org/fluent/guide/
# Plural forms: { $count -> [one] … *[other] … }. Record content (names, summaries…) is translated in
# the dataset itself (docs/data.md, "Translations"); the names of the places the map draws are at the
# end of the file (vocab-<id>).

## The frame

app-name = Cooperation Explorer
skip-to-content = Skip to content
nav-primary-label = Primary
nav-initiatives = Initiatives
nav-sectors = Sectors
nav-corridors = Corridors
language-label = Language
dataset-label = Dataset:
translated-note = Records translated from English; excerpts quoted as the source has them.
source-bundled = (bundled)
source-address = (the dataset at { $address })
source-file = (the file { $file })
source-name-bundled = the bundled dataset
source-name-address = the dataset at { $address }
source-name-file = the file { $file }
no-initiative = No initiative with this id
no-sector = No sector with this id
no-corridor = No corridor with this id
back-to-bundled = Back to the bundled dataset
footer-text = Data: a news article on the meeting of China’s Assistant Foreign Minister Liu Bin with Kyrgyzstan’s Ambassador to China, Aktilek Musaeva. Every record quotes the passage it comes from; what the article does not state is shown as “not stated”.

## Loading and failures

loading-dataset = Loading the dataset…
loading-source = Loading { $source }…
progress-label = Loading progress
progress-of = { $read } of { $total }
size-kb = { $size } KiB
size-mb = { $size } MiB
could-not-use = Could not use { $source }
rejected-problems = { $count ->
    [one] It was rejected: { $count } problem found.
   *[other] It was rejected: { $count } problems found.
}
more-problems = { $count ->
    [one] …and { $count } more problem.
   *[other] …and { $count } more problems.
}
still-loaded = The dataset you were using is still loaded.
retry = Retry
dismiss = Dismiss
read-bad-address = “{ $address }” is not a valid address.
read-request-failed = The request to { $url } failed ({ $detail }).
read-status = The server answered { $status } for { $url }.
read-too-big = The file is { NUMBER($bytes) } bytes; the limit is { $limit } ({ NUMBER($max) } bytes).
read-failed = Reading failed ({ $detail }).

## Notices about the address

notices-title = Some of the link’s settings were ignored:
notice-ignored = Ignored
reason-bad-encoding = it is not valid percent-encoded UTF-8
reason-repeated = “{ $key }” appears more than once; the first one is used
reason-query-too-long = search text is limited to { NUMBER($max) } characters
reason-bad-year = a year must be a whole number from { $first } to { $last }
reason-no-column = { $count ->
    [one] there is no column “{ $names }” to sort by
   *[other] there are no columns { $names } to sort by
}
reason-too-many-sort-keys = at most { NUMBER($max) } sort keys
reason-bad-mode = the display mode is one of cards, table, timeline, charts, map
reason-bad-lang = the language is one of en, zh, ru, ky
reason-bad-inferred = inferred links are included with inferred=include and left out with inferred=exclude
reason-bad-passage = a passage is a record id, optionally followed by a colon and an excerpt number
reason-bad-block = a block is a whole number from 0
reason-bad-page = a page number is a whole number from 1
reason-bad-per = records per page is one of 25, 50, 100
reason-bad-data = the dataset address is empty, too long or malformed
reason-too-many-compared = at most { NUMBER($max) } records can be compared
reason-bad-ids = { $count ->
    [one] { $ids } is not a valid id
   *[other] { $ids } are not valid ids
}
reason-too-many-values = { $dropped ->
    [one] { $dropped } value left out: at most { NUMBER($max) } values per filter
   *[other] { $dropped } values left out: at most { NUMBER($max) } values per filter
}
reason-too-many-params = { $dropped ->
    [one] { $dropped } parameter left out: an address may have at most { NUMBER($max) }
   *[other] { $dropped } parameters left out: an address may have at most { NUMBER($max) }
}
reason-unknown-param = this address parameter is not used by the app
reason-no-such-facet = { $view } cannot be filtered by { $facet }
reason-no-such-value = no records in { $view } have this { $facet }
reason-no-such-column = the { $view } table has no { $column } column
reason-no-years = no records in { $view } state a year
reason-reversed-years = the range was reversed; it now runs from the earlier year
reason-no-such-mode = { $view } have no { $mode } display
reason-no-such-record = there is no record with this id

## Counts

count-initiatives = { $count ->
    [one] { $count } initiative
   *[other] { $count } initiatives
}
count-sectors = { $count ->
    [one] { $count } sector
   *[other] { $count } sectors
}
count-corridors = { $count ->
    [one] { $count } economic corridor
   *[other] { $count } economic corridors
}
count-related = { NUMBER($count) } related
count-passages = { $count ->
    [one] { $count } passage of the source
   *[other] { $count } passages of the source
}
noun-initiatives = { $count ->
    [one] initiative
   *[other] initiatives
}
noun-sectors = { $count ->
    [one] sector
   *[other] sectors
}
noun-corridors = { $count ->
    [one] economic corridor
   *[other] economic corridors
}
list-separator = {", "}

## List pages

lede-initiatives = { $count ->
    [one] { $count } initiative, program, area of collaboration or recommendation, with the passage it comes from.
   *[other] { $count } initiatives, programs, areas of collaboration and recommendations, each with the passage it comes from.
}
lede-sectors = { $count ->
    [one] { $count } economic sector and the initiatives that name it.
   *[other] { $count } economic sectors and the initiatives that name them.
}
lede-corridors = { $count ->
    [one] { $count } economic corridor, the countries it links and its sectors.
   *[other] { $count } economic corridors, the countries they link and their sectors.
}
results-label = Results
search-initiatives = Search initiatives
search-sectors = Search sectors
search-corridors = Search corridors
search-placeholder = Names, summaries, excerpts…
summary-none = None of the { $all } match
summary-all = { $count ->
    [one] { $all }
   *[other] All { $all }
}
summary-range = { NUMBER($first) }–{ NUMBER($last) } of { $matching } ({ NUMBER($total) } in all)
display-label = Display
mode-cards = Cards
mode-table = Table
mode-timeline = Timeline
mode-charts = Charts
mode-map = Map
sort-label = Sort
sort-relevance = Relevance / source order
sort-option = { $column } ({ $order })
sort-a-z = A–Z
sort-z-a = Z–A
sort-fewest = fewest first
sort-most = most first
sort-earliest = earliest first
sort-latest = latest first
per-page-label = Per page
pages-label = Pages
previous-page = ← Previous
next-page = Next →
page-of = Page { NUMBER($current) } of { NUMBER($pages) }
live-count = { $matching } match
empty-initiatives = No initiatives match these filters
empty-sectors = No sectors match these filters
empty-corridors = No corridors match these filters
empty-try = Try removing one filter:
remove-search = Remove the search “{ $query }”
remove-years = Remove the year range
remove-facet = Remove the { $facet } filter
relaxation-gives = — { $matching }
clear-all-filters = Clear all filters

## Filters

filters-title = Filter
filters-button = { $count ->
    [0] Filters
   *[other] Filters ({ NUMBER($count) })
}
filters-button-label = { $count ->
    [0] Filters, none active
    [one] Filters, { $count } active
   *[other] Filters, { $count } active
}
filters-show = Show { $matching }
filters-close = Close filters
facet-theme = Theme
facet-sector = Sector
facet-corridor = Corridor
facet-country = Country
facet-party = Party
facet-scope = Scope
facet-scope-derived = Scope of its initiatives
facet-kind = Kind
facet-kind-derived = Kind of its initiatives
facet-status = Status
facet-status-derived = Status of its initiatives
not-stated-option = Not stated
show-fewer = Show fewer
show-all = Show all { NUMBER($count) }
years-title = Years stated
years-hint = Records with a stated year ({ $first }–{ $last }) overlapping:
years-from = From
years-to = To
years-since = from { $year }
years-until = until { $year }
years-range = { $first } to { $last }
active-filters = Active filters
chip-search = Search: “{ $query }”
chip-facet = { $facet }: { $value }
chip-facet-prefix = { $facet }:
chip-years = Years: { $range }
remove-filter = Remove filter { $filter }
clear-all = Clear all

## Vocabulary of the schema

kind-proposal = Proposal
kind-task-force-initiative = Task-force initiative
kind-focus-area = Focus area
kind-area-of-collaboration = Area of collaboration
kind-corridor-framework = Corridor framework
kind-cultural-programme = Cultural program
kind-multilateral-project = Multilateral project
kind-recommendation = Recommendation
kind-framework = Existing framework
kind-initiative = Initiative
kind-sector = Sector
kind-corridor = Corridor
status-proposed = Proposed
status-discussed = Discussed
status-recommended = Recommended
status-potential = Potential
scope-bilateral = Bilateral (China–Kyrgyzstan)
scope-trilateral = Trilateral (China–Kyrgyzstan–Uzbekistan)
scope-regional = Regional (Central Asia)
recurrence-annual = Annual
recurrence-regular = Regular
party-kind-country = Country
party-kind-region = Region
party-kind-person = Person
party-kind-organisation = Organisation

## Cards and the table

chips-label = Facets
card-timeline = Timeline:
not-stated = not stated
none-label = none
table-label = { $view } table
table-caption = { $view } matching the current filters. Column headers sort; Shift-click adds a second key.
column-name = Name
column-kind = Kind
column-status = Status
column-scope = Scope
column-themes = Themes
column-sectors = Sectors
column-corridors = Corridors
column-countries = Countries
column-timeline = Timeline
column-initiatives = Initiatives
column-related = Related
sort-by = Sort by { $column }
sorted-by = { $column }, sorted { $order }
sorted-key-of = { $column }, sorted { $order } (key { NUMBER($key) } of { NUMBER($keys) })
sorted-ascending = ascending
sorted-descending = descending

## Timeline, charts, map

timeline-title = { $count ->
    [one] Timeline: { $count } initiative states when
   *[other] Timeline: { $count } initiatives state when
}
timeline-hint = Bars span stated years, diamonds mark a launch year, dots repeat for events that recur with no years stated. Labels are the source’s own words.
timeline-chart-label = Timeline chart
timeline-as-table = Timeline as a table
timeline-table-caption = Initiatives with a stated timeline
column-initiative = Initiative
column-source-wording = Source wording
column-years = Years
column-recurrence = Recurrence
no-timeline-stated = No timeline stated ({ NUMBER($count) })
chart-title = { $view } by { $facet }
chart-label = Bar chart: { $facet }
chart-as-table = { $facet } counts as a table
column-matches = Matches
map-title = Corridor map
map-hint = Schematic, not to scale. Countries named in the data are outlined and clickable; corridors are drawn as routes through the countries they link, in the order the data gives.
map-label = Schematic map of Central Asia and western China
map-countries = Countries
map-corridors = Corridors
map-filter = { $name }, activate to filter
map-selected = { $name }, selected, activate to remove the filter
map-open = { $name }, activate to open
map-remove-filter = Remove filter: { $name }
map-matching = — { NUMBER($count) } matching

## Export and compare

export-title = Export & cite
export-hint = All matching records, with the filters and sort in use. Column names and values stay in English in every language, so exports compare.
export-csv = CSV (spreadsheets)
export-json = JSON (reloadable dataset)
export-csl = CSL-JSON (Zotero, Pandoc)
export-bibtex = BibTeX
copy-link = Copy link to this view
print = Print
embed-open = Open the full view
embed-title = Embed this view
embed-hint = Paste this into a web page: the frame shows this view as it is now, and grows to fit it with the few lines of script below it (without them it scrolls inside).
embed-frame-title = { $view } — { $app }
embed-copy = Copy the code
embed-copied = Code copied.
embed-copy-refused = The browser refused to copy: select the code and copy it.
picture-svg = Download SVG
picture-png = Download PNG
picture-label = { $action }: { $title }
picture-filters = Filters: { $filters }
picture-no-filters = No filters: every record of the dataset
picture-source = Source: { $source }, via { $app }
picture-making = Drawing the picture…
picture-failed = The picture could not be made in this browser.
saved-file = Saved { $file }
save-refused = The browser refused to save { $file }
link-copied = Link copied
copy-this-link = Copy this link: { $link }
compare = Compare
comparing = ✓ Comparing
stop-comparing = Stop comparing
comparison-label = Comparison
comparing-n = Comparing { NUMBER($count) } of up to { NUMBER($max) }:
compare-side-by-side = Compare side by side →
clear = Clear
compare-title = Compare records
compare-unknown = { $count ->
    [one] { $count } id in the link names no initiative, sector or corridor of this dataset and was left out.
   *[other] { $count } ids in the link name no initiative, sector or corridor of this dataset and were left out.
}
compare-empty = Choose two to four records with their “Compare” buttons.
comparison-table = Comparison table
comparison-caption = Records side by side
remove = Remove
remove-from-comparison = from the comparison:
field-summary = Summary

## Record pages

back-to-initiatives = ← All initiatives
back-to-sectors = ← All sectors
back-to-corridors = ← All corridors
record-not-found = Record not found
no-record-text = The dataset in use has no record with the id “{ $id }”.
field-kind = Kind
field-status = Status (as worded)
field-scope = Scope
field-themes = Themes
field-sectors = Sectors
field-corridors = Corridors
field-parties = Parties
field-timeline = Timeline
field-outcomes = Expected outcomes
field-related = Related initiatives
field-sector-initiatives = Initiatives in this sector
field-route = Route
field-aims = Aims and expected outcomes
field-corridor-initiatives = Initiatives on this corridor
provenance-title = Where this comes from
provenance-hint = Quoted exactly as the source has it, typos included.
published-not-stated = publication date not stated
published-on = published { $date }
section-label = Section:
translation-label = Translation:
original-title = English original
section-opening = Opening paragraph (before the first heading)
read-in-context = Read in context

## The source reader

source-title = Source
source-not-found = Source not found
no-source-text = The dataset in use has no source with the id “{ $id }”.
source-text-missing = The text of this source is not included in the dataset, so its passages cannot be shown in place. Each record still quotes its excerpt.
source-hint = { $count ->
    [one] The text as published, typos included. The { $count } passage records quote is highlighted; each links to the records quoting it.
   *[other] The text as published, typos included. The { $count } passages records quote are highlighted; each links to the records quoting it.
}
showing-passage = Highlighted: the passage quoted by
passage-not-found = The passage “{ $passage }” is not in this source’s text.
records-citing = Records citing this source
quoted-by = Quoted by:
source-table-label = Table { NUMBER($number) } of the source

## Home, bring your own dataset, not found

home-lede = The cooperation named in one news article on China–Kyrgyzstan relations — initiatives, areas of collaboration, recommendations, sectors and the China–Kyrgyzstan–Uzbekistan economic corridor — each with the excerpt it comes from.
home-about = One news article reports the meeting of China’s Assistant Foreign Minister Liu Bin with Kyrgyzstan’s Ambassador to China, Aktilek Musaeva, at the Ministry of Foreign Affairs in Beijing: trade, cultural exchange, regional security and the China–Kyrgyzstan–Uzbekistan economic corridor. Everything it names — proposed, discussed, potential or recommended — is here, each with the passage it comes from; the article states no date and no sums.
read-the-source = Read the source
home-timeline-title = What the article dates
home-timeline-all = The whole timeline →
home-themes-title = Most frequent themes
data-title = The data
data-json = The whole dataset
data-schema = The format’s JSON Schema
data-licence = The code and the dataset's records are free to use under the MIT licence; the excerpts and the source text are quoted from the article, whose rights stay with its publisher.
home-search-title = Search everything
home-search-label = Search initiatives, sectors, corridors and the source
home-search-placeholder = e.g. energy, festival, customs
home-no-results = Nothing matches. Try fewer or shorter words.
home-all-in = All matches in { $view } →
open-title = Bring your own dataset
open-hint-before = A JSON file in the same schema as{" "}
open-hint-link = the bundled dataset
open-hint-after = , up to { $limit }. A file is read in your browser and never uploaded. If it is rejected, the dataset in use stays.
open-file-label = Choose a file or drop it here
open-address-label = Or load from an address
open-load = Load
not-found-title = Page not found
not-found-text = There is no page at this address.
go-home = Go to the start page.

## The places the map draws, by id (and Central Asia). A party of a dataset with one of these ids
## that the dataset does not translate is named so.

vocab-china = China
vocab-kyrgyzstan = Kyrgyzstan
vocab-uzbekistan = Uzbekistan
vocab-kazakhstan = Kazakhstan
vocab-tajikistan = Tajikistan
vocab-turkmenistan = Turkmenistan
vocab-afghanistan = Afghanistan
vocab-central-asia = Central Asia

## Inferred links (stated by no excerpt, read from the context)
inferred-tag = inferred
inferred-note = { $count ->
    [one] { $count } inferred link, and why
   *[other] { $count } inferred links, and why
}
inferred-title = Inferred links
inferred-hint = The excerpts do not state these links; they are read from the context. Each says why.
inferred-legend = Inferred links
inferred-include = Count links inferred from context
inferred-include-hint = Off: facets and charts count only what an excerpt states. Inferred links are marked “inferred” with their reason.

## Before the app runs, and without JavaScript

noscript-notice = Search, filters, sorting and the other views need JavaScript. Everything on this page can be read without it.
startup-failed = The interactive explorer could not start in this browser (its program or its data did not load). The page can still be read; search, filters and the other views need it.
startup-reload = Reload the page
pending-view = Applying the view this link asks for…
pending-view-failed = The search and filters in this link could not be applied, so its results are not shown.
pending-view-without = Show the page without them
