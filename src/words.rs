//! The interface's words for the core's values, in the language in use: view, facet, field and
//! mode names, vocabulary terms, the records' words (the dataset's translation where it has one,
//! else its own, marked English), counts, and why something was ignored or rejected.

use std::borrow::Cow;

use cooperation_core::address::query::{FacetKey, Mode, Reason};
use cooperation_core::address::route::View;
use cooperation_core::data::catalog::{Catalog, Collection, RecordRef};
use cooperation_core::data::model::{Kind, PartyKind, Recurrence, Scope, Status, Term, Words};
use cooperation_core::explore::{FacetOption, Labels, OptionKind};
use cooperation_core::present::fields::{Field, TermValue};
use cooperation_l10n::{Locale, Messages};

use crate::browser::ReadError;

/// A view's name, as in the navigation and headings.
pub fn view_name(lang: Locale, view: View) -> &'static str {
    match view {
        View::Initiatives => lang.nav_initiatives(),
        View::Sectors => lang.nav_sectors(),
        View::Corridors => lang.nav_corridors(),
    }
}

/// The sentence under a list page's heading: how many records it lists and what they are.
pub fn lede(lang: Locale, view: View, records: usize) -> String {
    match view {
        View::Initiatives => lang.lede_initiatives(records),
        View::Sectors => lang.lede_sectors(records),
        View::Corridors => lang.lede_corridors(records),
    }
}

/// The label of a view's search box.
pub fn search_label(lang: Locale, view: View) -> &'static str {
    match view {
        View::Initiatives => lang.search_initiatives(),
        View::Sectors => lang.search_sectors(),
        View::Corridors => lang.search_corridors(),
    }
}

/// The link from a record back to its view's list.
pub fn back_to(lang: Locale, view: View) -> &'static str {
    match view {
        View::Initiatives => lang.back_to_initiatives(),
        View::Sectors => lang.back_to_sectors(),
        View::Corridors => lang.back_to_corridors(),
    }
}

/// The heading of a record page whose id names no record of the view.
pub fn no_record(lang: Locale, view: View) -> &'static str {
    match view {
        View::Initiatives => lang.no_initiative(),
        View::Sectors => lang.no_sector(),
        View::Corridors => lang.no_corridor(),
    }
}

/// The heading of a view's empty result.
pub fn nothing_matches(lang: Locale, view: View) -> &'static str {
    match view {
        View::Initiatives => lang.empty_initiatives(),
        View::Sectors => lang.empty_sectors(),
        View::Corridors => lang.empty_corridors(),
    }
}

/// What one record of a view is: "Initiative", "Sector", "Corridor".
pub fn record_kind(lang: Locale, view: View) -> &'static str {
    match view {
        View::Initiatives => lang.kind_initiative(),
        View::Sectors => lang.kind_sector(),
        View::Corridors => lang.kind_corridor(),
    }
}

/// "5 initiatives", "1 sector", with the language's plural rules.
pub fn count(lang: Locale, view: View, n: usize) -> String {
    match view {
        View::Initiatives => lang.count_initiatives(n),
        View::Sectors => lang.count_sectors(n),
        View::Corridors => lang.count_corridors(n),
    }
}

/// "initiatives" (the noun alone, in the plural form `n` takes), for count tiles.
pub fn count_noun(lang: Locale, view: View, n: usize) -> String {
    match view {
        View::Initiatives => lang.noun_initiatives(n),
        View::Sectors => lang.noun_sectors(n),
        View::Corridors => lang.noun_corridors(n),
    }
}

/// "3 related" and the like: a field's linked records by their number.
pub fn field_count(lang: Locale, field: Field, n: usize) -> String {
    match field {
        Field::Related => lang.count_related(n),
        Field::Sectors => lang.count_sectors(n),
        Field::Corridors => lang.count_corridors(n),
        _ => lang.count_initiatives(n),
    }
}

pub fn kind(lang: Locale, k: Kind) -> &'static str {
    match k {
        Kind::Proposal => lang.kind_proposal(),
        Kind::TaskForceInitiative => lang.kind_task_force_initiative(),
        Kind::FocusArea => lang.kind_focus_area(),
        Kind::AreaOfCollaboration => lang.kind_area_of_collaboration(),
        Kind::CorridorFramework => lang.kind_corridor_framework(),
        Kind::CulturalProgramme => lang.kind_cultural_programme(),
        Kind::MultilateralProject => lang.kind_multilateral_project(),
        Kind::Recommendation => lang.kind_recommendation(),
        Kind::Framework => lang.kind_framework(),
    }
}

pub fn status(lang: Locale, s: Status) -> &'static str {
    match s {
        Status::Proposed => lang.status_proposed(),
        Status::Discussed => lang.status_discussed(),
        Status::Recommended => lang.status_recommended(),
        Status::Potential => lang.status_potential(),
    }
}

pub fn scope(lang: Locale, s: Scope) -> &'static str {
    match s {
        Scope::Bilateral => lang.scope_bilateral(),
        Scope::Trilateral => lang.scope_trilateral(),
        Scope::Regional => lang.scope_regional(),
    }
}

pub fn recurrence(lang: Locale, r: Recurrence) -> &'static str {
    match r {
        Recurrence::Annual => lang.recurrence_annual(),
        Recurrence::Regular => lang.recurrence_regular(),
    }
}

pub fn party_kind(lang: Locale, k: PartyKind) -> &'static str {
    match k {
        PartyKind::Country => lang.party_kind_country(),
        PartyKind::Region => lang.party_kind_region(),
        PartyKind::Person => lang.party_kind_person(),
        PartyKind::Organisation => lang.party_kind_organisation(),
    }
}

pub fn term_name(lang: Locale, t: TermValue) -> &'static str {
    match t {
        TermValue::Kind(k) => kind(lang, k),
        TermValue::Status(s) => status(lang, s),
        TermValue::Scope(s) => scope(lang, s),
    }
}

/// A facet's name; `derived` facets are those of a record's initiatives.
pub fn facet(lang: Locale, key: FacetKey, derived: bool) -> &'static str {
    match (key, derived) {
        (FacetKey::Theme, _) => lang.facet_theme(),
        (FacetKey::Sector, _) => lang.facet_sector(),
        (FacetKey::Corridor, _) => lang.facet_corridor(),
        (FacetKey::Country, _) => lang.facet_country(),
        (FacetKey::Party, _) => lang.facet_party(),
        (FacetKey::Scope, false) => lang.facet_scope(),
        (FacetKey::Scope, true) => lang.facet_scope_derived(),
        (FacetKey::Kind, false) => lang.facet_kind(),
        (FacetKey::Kind, true) => lang.facet_kind_derived(),
        (FacetKey::Status, false) => lang.facet_status(),
        (FacetKey::Status, true) => lang.facet_status_derived(),
    }
}

/// A table column's heading.
pub fn column(lang: Locale, field: Field) -> &'static str {
    match field {
        Field::Name => lang.column_name(),
        Field::Kind => lang.column_kind(),
        Field::Status => lang.column_status(),
        Field::Scope => lang.column_scope(),
        Field::Themes => lang.column_themes(),
        Field::Sectors => lang.column_sectors(),
        Field::Corridors => lang.column_corridors(),
        Field::Countries => lang.column_countries(),
        Field::Timeline => lang.column_timeline(),
        Field::Initiatives => lang.column_initiatives(),
        Field::Related => lang.column_related(),
        Field::Summary => lang.field_summary(),
        Field::Parties => lang.field_parties(),
        Field::Outcomes => lang.field_outcomes(),
    }
}

/// A field's label on a record page (of `view`) or a row of the comparison (`None` when it compares
/// records of several views).
pub fn field(lang: Locale, field: Field, view: Option<View>) -> &'static str {
    match (field, view) {
        (Field::Name, _) => lang.column_name(),
        (Field::Summary, _) => lang.field_summary(),
        (Field::Kind, _) => lang.field_kind(),
        (Field::Status, _) => lang.field_status(),
        (Field::Scope, _) => lang.field_scope(),
        (Field::Themes, _) => lang.field_themes(),
        (Field::Sectors, _) => lang.field_sectors(),
        (Field::Corridors, _) => lang.field_corridors(),
        (Field::Countries, _) => lang.field_route(),
        (Field::Parties, _) => lang.field_parties(),
        (Field::Timeline, _) => lang.field_timeline(),
        (Field::Outcomes, Some(View::Corridors)) => lang.field_aims(),
        (Field::Outcomes, _) => lang.field_outcomes(),
        (Field::Related, _) => lang.field_related(),
        (Field::Initiatives, Some(View::Sectors)) => lang.field_sector_initiatives(),
        (Field::Initiatives, Some(View::Corridors)) => lang.field_corridor_initiatives(),
        (Field::Initiatives, _) => lang.column_initiatives(),
    }
}

pub fn mode(lang: Locale, m: Mode) -> &'static str {
    match m {
        Mode::Cards => lang.mode_cards(),
        Mode::Table => lang.mode_table(),
        Mode::Timeline => lang.mode_timeline(),
        Mode::Charts => lang.mode_charts(),
        Mode::Map => lang.mode_map(),
    }
}

/// A name as shown: the text, and whether it is the dataset's own (English) words rather than the
/// interface's language, so the view marks it `lang="en"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name<'a> {
    pub text: Cow<'a, str>,
    pub source_language: bool,
}

/// The dataset's translation of its own words, in the interface's language.
pub fn translated(text: &str) -> Name<'_> {
    Name {
        text: Cow::Borrowed(text),
        source_language: false,
    }
}

impl Name<'_> {
    /// The `lang` attribute the text needs, if it differs from the interface's.
    pub fn lang(&self) -> Option<&'static str> {
        self.source_language.then_some("en")
    }
}

/// The dataset's own words shown in `lang`: marked as English unless the interface is English.
pub fn dataset_text(lang: Locale, text: &str) -> Name<'_> {
    Name {
        text: Cow::Borrowed(text),
        source_language: lang != Locale::En,
    }
}

/// Words of the interface itself.
pub fn interface_text(text: &'static str) -> Name<'static> {
    Name {
        text: Cow::Borrowed(text),
        source_language: false,
    }
}

/// A record's name in the interface's language: the dataset's translation where it has one; for
/// a country or region, the map's own name for it (the translation files name the countries the map
/// draws); else its name in the dataset, marked English.
pub fn record<'c>(lang: Locale, catalog: &'c Catalog, r: RecordRef) -> Name<'c> {
    let own = catalog.name_of(r);
    match words_of(lang, catalog, r).and_then(|w| w.name.as_deref()) {
        Some(name) => translated(name),
        None if r.collection == Collection::Parties => {
            translated_name(lang, r.collection, catalog.id_of(r), own)
        }
        None => dataset_text(lang, own),
    }
}

/// The name of the record with this id in `collection`, as the map names the places it draws: the
/// translation files' name for a country or region, else the name given, marked English.
pub fn translated_name<'c>(
    lang: Locale,
    collection: Collection,
    id: &str,
    name: &'c str,
) -> Name<'c> {
    match (collection == Collection::Parties && lang != Locale::En)
        .then(|| lang.vocab(id))
        .flatten()
    {
        Some(translated) => interface_text(translated),
        None => dataset_text(lang, name),
    }
}

/// A record's words in `lang`, where the dataset translates them.
fn words_of(lang: Locale, catalog: &Catalog, r: RecordRef) -> Option<&Words> {
    catalog.data().words_at(r, lang)
}

/// A text of the dataset in the interface's language: its translation if there is one, else the
/// text itself (marked English unless the interface is).
fn either<'c>(lang: Locale, own: &'c str, translation: Option<&'c String>) -> Name<'c> {
    match translation {
        Some(t) => translated(t),
        None => dataset_text(lang, own),
    }
}

/// A record's summary (empty for records without one).
pub fn summary<'c>(lang: Locale, catalog: &'c Catalog, r: RecordRef) -> Name<'c> {
    let own = catalog.data().summary_at(r).unwrap_or("");
    either(
        lang,
        own,
        words_of(lang, catalog, r).and_then(|w| w.summary.as_ref()),
    )
}

/// Translated lists stand in for a record's own only item for item.
fn items<'c>(
    lang: Locale,
    own: &'c [String],
    translation: Option<&'c Vec<String>>,
) -> Vec<Name<'c>> {
    match translation.filter(|t| t.len() == own.len() && !own.is_empty()) {
        Some(t) => t.iter().map(|x| translated(x)).collect(),
        None => own.iter().map(|x| dataset_text(lang, x)).collect(),
    }
}

/// A record's outcomes.
pub fn outcomes<'c>(
    lang: Locale,
    catalog: &'c Catalog,
    r: RecordRef,
    own: &'c [String],
) -> Vec<Name<'c>> {
    items(lang, own, words_of(lang, catalog, r).map(|w| &w.outcomes))
}

/// The label of an initiative's timeline.
pub fn timeline_label<'c>(
    lang: Locale,
    catalog: &'c Catalog,
    r: RecordRef,
    own: &'c str,
) -> Name<'c> {
    either(
        lang,
        own,
        words_of(lang, catalog, r).and_then(|w| w.timeline.as_ref()),
    )
}

/// A party's role, if it has one.
pub fn role<'c>(lang: Locale, catalog: &'c Catalog, r: RecordRef) -> Option<Name<'c>> {
    let own = catalog.parties().get(r.index())?.role.as_deref()?;
    Some(either(
        lang,
        own,
        words_of(lang, catalog, r).and_then(|w| w.role.as_ref()),
    ))
}

/// The reason a link of record `r` is inferred, given as the dataset words it (`own`).
pub fn inferred_reason<'c>(
    lang: Locale,
    catalog: &'c Catalog,
    r: RecordRef,
    own: &'c str,
) -> Name<'c> {
    let at = catalog.inferred_of(r).iter().position(|x| x.reason == own);
    let reasons = words_of(lang, catalog, r).map(|w| &w.reasons);
    let translation = at.and_then(|j| {
        reasons
            .filter(|t| t.len() == catalog.inferred_of(r).len())?
            .get(j)
    });
    either(lang, own, translation)
}

/// The source with this id's words in `lang`.
fn source_words<'c>(lang: Locale, catalog: &'c Catalog, source: &str) -> Option<&'c Words> {
    let r = catalog
        .lookup(source)
        .filter(|r| r.collection == Collection::Sources)?;
    words_of(lang, catalog, r)
}

/// A section heading of a source, as records cite it.
pub fn section<'c>(lang: Locale, catalog: &'c Catalog, source: &str, heading: &'c str) -> Name<'c> {
    either(
        lang,
        heading,
        source_words(lang, catalog, source).and_then(|w| w.sections.get(heading)),
    )
}

/// The translation of an excerpt that records quote from a source, if the dataset has one (the
/// excerpt itself is always shown as quoted).
pub fn excerpt_translation<'c>(
    lang: Locale,
    catalog: &'c Catalog,
    source: &str,
    excerpt: &str,
) -> Option<&'c str> {
    source_words(lang, catalog, source)?
        .passages
        .get(excerpt)
        .map(String::as_str)
}

/// A source's kind ("news article").
pub fn source_kind<'c>(lang: Locale, catalog: &'c Catalog, r: RecordRef) -> Name<'c> {
    let own = catalog
        .sources()
        .get(r.index())
        .map_or("", |s| s.kind.as_str());
    either(
        lang,
        own,
        words_of(lang, catalog, r).and_then(|w| w.kind.as_ref()),
    )
}

/// The dataset's name.
pub fn dataset_name(lang: Locale, catalog: &Catalog) -> Name<'_> {
    let d = catalog.data();
    either(
        lang,
        &d.name,
        dataset_words(lang, catalog).and_then(|w| w.name.as_ref()),
    )
}

/// The dataset's description, if it has one.
pub fn dataset_description(lang: Locale, catalog: &Catalog) -> Option<Name<'_>> {
    let own = catalog.data().description.as_deref()?;
    Some(either(
        lang,
        own,
        dataset_words(lang, catalog).and_then(|w| w.description.as_ref()),
    ))
}

fn dataset_words(lang: Locale, catalog: &Catalog) -> Option<&Words> {
    (lang != Locale::En).then(|| catalog.data().translations.get(lang.tag()))?
}

/// Whether the dataset translates its records into `lang` (so the page says that what it shows of
/// them is a translation).
pub fn has_translations(lang: Locale, catalog: &Catalog) -> bool {
    View::ALL.into_iter().any(|view| {
        let collection = view.collection();
        (0..catalog.data().len_of(collection))
            .any(|i| words_of(lang, catalog, RecordRef::new(collection, i)).is_some())
    })
}

/// A facet option's label.
pub fn option<'c>(
    lang: Locale,
    catalog: &'c Catalog,
    key: FacetKey,
    option: &'c FacetOption,
) -> Name<'c> {
    match option.kind {
        OptionKind::NotStated => interface_text(lang.not_stated_option()),
        OptionKind::Term => {
            let value = match key {
                FacetKey::Kind => Kind::from_slug(&option.value).map(TermValue::Kind),
                FacetKey::Status => Status::from_slug(&option.value).map(TermValue::Status),
                FacetKey::Scope => Scope::from_slug(&option.value).map(TermValue::Scope),
                _ => None,
            };
            match value {
                Some(t) => interface_text(term_name(lang, t)),
                None => dataset_text(lang, &option.name),
            }
        }
        OptionKind::Record(i) => match key.records() {
            Some(collection) => record(lang, catalog, RecordRef::new(collection, i as usize)),
            None => dataset_text(lang, &option.name),
        },
    }
}

/// The words text columns sort by, in a language: translated vocabulary and terms.
pub struct LocaleLabels(pub Locale);

impl Labels for LocaleLabels {
    fn set(&self) -> usize {
        self.0 as usize
    }
    fn term(&self, t: TermValue) -> Cow<'_, str> {
        Cow::Borrowed(term_name(self.0, t))
    }
    fn record<'c>(&self, catalog: &'c Catalog, r: RecordRef) -> Cow<'c, str> {
        record(self.0, catalog, r).text
    }
    fn words<'c>(&self, catalog: &'c Catalog, r: RecordRef) -> Option<&'c Words> {
        words_of(self.0, catalog, r)
    }
}

/// Whether another record of `r`'s collection is shown with the same name in `lang` (the article
/// names one idea in more than one place; two names may also translate alike): its page is then
/// told apart by its section.
pub fn shares_name(lang: Locale, catalog: &Catalog, r: RecordRef) -> bool {
    let name = record(lang, catalog, r).text;
    (0..catalog.data().len_of(r.collection))
        .filter(|&i| i != r.index())
        .any(|i| record(lang, catalog, RecordRef::new(r.collection, i)).text == name)
}

/// Why part of the address was ignored, as a sentence fragment.
pub fn reason(lang: Locale, r: &Reason) -> String {
    let name = |view: &View| view_name(lang, *view);
    match r {
        Reason::BadEncoding => lang.reason_bad_encoding().into(),
        Reason::Repeated { key } => lang.reason_repeated(key),
        Reason::QueryTooLong { max } => lang.reason_query_too_long(*max),
        Reason::BadYear => lang.reason_bad_year(
            &cooperation_core::data::catalog::YEARS.start().to_string(),
            &cooperation_core::data::catalog::YEARS.end().to_string(),
        ),
        Reason::NoColumn { names, count } => lang.reason_no_column(*count, names),
        Reason::TooManySortKeys { max } => lang.reason_too_many_sort_keys(*max),
        Reason::BadMode => lang.reason_bad_mode().into(),
        Reason::BadLang => lang.reason_bad_lang().into(),
        Reason::BadInferred => lang.reason_bad_inferred().into(),
        Reason::BadPassage => lang.reason_bad_passage().into(),
        Reason::BadBlock => lang.reason_bad_block().into(),
        Reason::BadPage => lang.reason_bad_page().into(),
        Reason::BadPer => lang.reason_bad_per().into(),
        Reason::BadData => lang.reason_bad_data().into(),
        Reason::TooManyCompared { max } => lang.reason_too_many_compared(*max),
        Reason::BadIds { ids, count } => lang.reason_bad_ids(*count, ids),
        Reason::TooManyValues { max, dropped } => lang.reason_too_many_values(*dropped, *max),
        Reason::TooManyParams { max, dropped } => lang.reason_too_many_params(*dropped, *max),
        Reason::UnknownParam => lang.reason_unknown_param().into(),
        Reason::NoSuchFacet { view, facet } => {
            lang.reason_no_such_facet(name(view), self::facet(lang, *facet, false))
        }
        Reason::NoSuchValue { view, facet } => {
            lang.reason_no_such_value(name(view), self::facet(lang, *facet, false))
        }
        Reason::NoSuchColumn { view, column } => {
            lang.reason_no_such_column(name(view), self::column(lang, *column))
        }
        Reason::NoYears { view } => lang.reason_no_years(name(view)),
        Reason::ReversedYears => lang.reason_reversed_years().into(),
        Reason::NoSuchMode { view, mode } => {
            lang.reason_no_such_mode(name(view), self::mode(lang, *mode))
        }
        Reason::NoSuchRecord => lang.reason_no_such_record().into(),
    }
}

/// Why bytes could not be read, as a sentence.
pub fn read_error(lang: Locale, e: &ReadError) -> String {
    match e {
        ReadError::BadAddress(a) => lang.read_bad_address(a),
        ReadError::Request { url, detail } => lang.read_request_failed(url, detail),
        ReadError::Status { url, status, text } => {
            lang.read_status(format!("{status} {text}").trim(), url)
        }
        ReadError::TooBig(bytes) => lang.read_too_big(
            usize::try_from(*bytes).unwrap_or(usize::MAX),
            &max_dataset_size(lang),
            cooperation_core::data::load::MAX_DATASET_BYTES,
        ),
        ReadError::Read(detail) => lang.read_failed(detail),
    }
}

/// The largest dataset the app reads, for people: "64 MiB", "64 МиБ".
pub fn max_dataset_size(lang: Locale) -> String {
    size(lang, cooperation_core::data::load::MAX_DATASET_BYTES as u64)
}

/// A byte count for people: "312 KiB", "1.5 MiB" (whole MiB without a decimal: "64 MiB").
pub fn size(lang: Locale, bytes: u64) -> String {
    const MIB: u64 = 1 << 20;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        lang.size_mb(&lang.number((bytes / MIB) as usize))
    } else if bytes >= MIB {
        lang.size_mb(&lang.decimal(bytes * 10 / MIB))
    } else {
        lang.size_kb(&lang.number(bytes.div_ceil(1024) as usize))
    }
}
