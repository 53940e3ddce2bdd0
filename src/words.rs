//! The interface's words for the core's values, in the language in use: view, facet, column and
//! mode names, vocabulary terms, record names (translated where the translation files have the
//! dataset's vocabulary, else as the dataset has them), counts, and why something was ignored or
//! rejected.

use std::borrow::Cow;

use cooperation_core::catalog::{Catalog, Collection, RecordRef};
use cooperation_core::explore::{FacetOption, Labels, OptionKind, TermValue};
use cooperation_core::model::{Kind, PartyKind, Recurrence, Scope, Status, Term};
use cooperation_core::query::{Column, FacetKey, Mode, Reason};
use cooperation_core::route::View;
use cooperation_l10n::Locale;

use crate::browser::ReadError;

/// A view's name, as in the navigation and headings.
pub fn view_name(l: Locale, v: View) -> &'static str {
    match v {
        View::Initiatives => l.nav_initiatives(),
        View::Sectors => l.nav_sectors(),
        View::Corridors => l.nav_corridors(),
    }
}

/// The label of a view's search box.
pub fn search_label(l: Locale, v: View) -> &'static str {
    match v {
        View::Initiatives => l.search_initiatives(),
        View::Sectors => l.search_sectors(),
        View::Corridors => l.search_corridors(),
    }
}

/// The link from a record back to its view's list.
pub fn back_to(l: Locale, v: View) -> &'static str {
    match v {
        View::Initiatives => l.back_to_initiatives(),
        View::Sectors => l.back_to_sectors(),
        View::Corridors => l.back_to_corridors(),
    }
}

/// The heading of a record page whose id names no record of the view.
pub fn no_record(l: Locale, v: View) -> &'static str {
    match v {
        View::Initiatives => l.no_initiative(),
        View::Sectors => l.no_sector(),
        View::Corridors => l.no_corridor(),
    }
}

/// The heading of a view's empty result.
pub fn nothing_matches(l: Locale, v: View) -> &'static str {
    match v {
        View::Initiatives => l.empty_initiatives(),
        View::Sectors => l.empty_sectors(),
        View::Corridors => l.empty_corridors(),
    }
}

/// "5 initiatives", "1 sector", with the language's plural rules.
pub fn count(l: Locale, v: View, n: usize) -> String {
    match v {
        View::Initiatives => l.count_initiatives(n),
        View::Sectors => l.count_sectors(n),
        View::Corridors => l.count_corridors(n),
    }
}

/// "initiatives" (the noun alone, in the plural form `n` takes), for count tiles.
pub fn count_noun(l: Locale, v: View, n: usize) -> String {
    match v {
        View::Initiatives => l.noun_initiatives(n),
        View::Sectors => l.noun_sectors(n),
        View::Corridors => l.noun_corridors(n),
    }
}

pub fn kind(l: Locale, k: Kind) -> &'static str {
    match k {
        Kind::Proposal => l.kind_proposal(),
        Kind::TaskForceInitiative => l.kind_task_force_initiative(),
        Kind::FocusArea => l.kind_focus_area(),
        Kind::AreaOfCollaboration => l.kind_area_of_collaboration(),
        Kind::CorridorFramework => l.kind_corridor_framework(),
        Kind::CulturalProgramme => l.kind_cultural_programme(),
        Kind::MultilateralProject => l.kind_multilateral_project(),
        Kind::Recommendation => l.kind_recommendation(),
        Kind::Framework => l.kind_framework(),
    }
}

pub fn status(l: Locale, s: Status) -> &'static str {
    match s {
        Status::Proposed => l.status_proposed(),
        Status::Discussed => l.status_discussed(),
        Status::Recommended => l.status_recommended(),
        Status::Potential => l.status_potential(),
    }
}

pub fn scope(l: Locale, s: Scope) -> &'static str {
    match s {
        Scope::Bilateral => l.scope_bilateral(),
        Scope::Trilateral => l.scope_trilateral(),
        Scope::Regional => l.scope_regional(),
    }
}

pub fn recurrence(l: Locale, r: Recurrence) -> &'static str {
    match r {
        Recurrence::Annual => l.recurrence_annual(),
        Recurrence::Regular => l.recurrence_regular(),
    }
}

pub fn party_kind(l: Locale, k: PartyKind) -> &'static str {
    match k {
        PartyKind::Country => l.party_kind_country(),
        PartyKind::Region => l.party_kind_region(),
        PartyKind::Person => l.party_kind_person(),
        PartyKind::Organisation => l.party_kind_organisation(),
    }
}

pub fn term(l: Locale, t: TermValue) -> &'static str {
    match t {
        TermValue::Kind(k) => kind(l, k),
        TermValue::Status(s) => status(l, s),
        TermValue::Scope(s) => scope(l, s),
    }
}

/// A facet's name; `derived` facets are those of a record's initiatives.
pub fn facet(l: Locale, key: FacetKey, derived: bool) -> &'static str {
    match (key, derived) {
        (FacetKey::Theme, _) => l.facet_theme(),
        (FacetKey::Sector, _) => l.facet_sector(),
        (FacetKey::Corridor, _) => l.facet_corridor(),
        (FacetKey::Country, _) => l.facet_country(),
        (FacetKey::Party, _) => l.facet_party(),
        (FacetKey::Scope, false) => l.facet_scope(),
        (FacetKey::Scope, true) => l.facet_scope_derived(),
        (FacetKey::Kind, false) => l.facet_kind(),
        (FacetKey::Kind, true) => l.facet_kind_derived(),
        (FacetKey::Status, false) => l.facet_status(),
        (FacetKey::Status, true) => l.facet_status_derived(),
    }
}

pub fn column(l: Locale, c: Column) -> &'static str {
    match c {
        Column::Name => l.column_name(),
        Column::Kind => l.column_kind(),
        Column::Status => l.column_status(),
        Column::Scope => l.column_scope(),
        Column::Themes => l.column_themes(),
        Column::Sectors => l.column_sectors(),
        Column::Corridors => l.column_corridors(),
        Column::Countries => l.column_countries(),
        Column::Timeline => l.column_timeline(),
        Column::Initiatives => l.column_initiatives(),
        Column::Related => l.column_related(),
    }
}

pub fn mode(l: Locale, m: Mode) -> &'static str {
    match m {
        Mode::Cards => l.mode_cards(),
        Mode::Table => l.mode_table(),
        Mode::Timeline => l.mode_timeline(),
        Mode::Charts => l.mode_charts(),
        Mode::Map => l.mode_map(),
    }
}

/// A name as shown: the text, and whether it is the dataset's own (English) words rather than the
/// interface's translation, so the view marks it `lang="en"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name<'a> {
    pub text: Cow<'a, str>,
    pub source_language: bool,
}

impl Name<'_> {
    /// The `lang` attribute the text needs, if it differs from the interface's.
    pub fn lang(&self) -> Option<&'static str> {
        self.source_language.then_some("en")
    }
}

/// A record's name: a translation of the dataset's vocabulary (themes, sectors, corridors,
/// countries…) where the translation files have one for its id, else its name in the dataset.
pub fn record<'c>(l: Locale, c: &'c Catalog, r: RecordRef) -> Name<'c> {
    vocab_or(l, r.collection, c.id_of(r), c.name_of(r))
}

/// The name of the record with this id in `collection`, translated where possible.
pub fn vocab_or<'c>(l: Locale, collection: Collection, id: &str, name: &'c str) -> Name<'c> {
    let translatable = !matches!(collection, Collection::Initiatives | Collection::Sources);
    match (l, translatable.then(|| l.vocab(id)).flatten()) {
        (Locale::En, _) | (_, None) => Name {
            text: Cow::Borrowed(name),
            source_language: l != Locale::En,
        },
        (_, Some(t)) => Name {
            text: Cow::Borrowed(t),
            source_language: false,
        },
    }
}

/// A record's name in every interface language the translation files have it in, so that search
/// finds "能源" or "Энергетика" as it finds "Energy".
pub fn vocab_aliases(c: &Catalog, r: RecordRef) -> Vec<String> {
    if matches!(r.collection, Collection::Initiatives | Collection::Sources) {
        return Vec::new();
    }
    let id = c.id_of(r);
    Locale::ALL
        .into_iter()
        .filter(|l| *l != Locale::En)
        .filter_map(|l| l.vocab(id))
        .map(str::to_string)
        .collect()
}

/// A facet option's label.
pub fn option<'c>(l: Locale, c: &'c Catalog, f: FacetKey, o: &'c FacetOption) -> Name<'c> {
    let interface = |text: &'static str| Name {
        text: Cow::Borrowed(text),
        source_language: false,
    };
    match o.kind {
        OptionKind::NotStated => interface(l.not_stated_option()),
        OptionKind::Term => {
            let value = match f {
                FacetKey::Kind => Kind::from_slug(&o.value).map(TermValue::Kind),
                FacetKey::Status => Status::from_slug(&o.value).map(TermValue::Status),
                FacetKey::Scope => Scope::from_slug(&o.value).map(TermValue::Scope),
                _ => None,
            };
            value.map_or_else(
                || Name {
                    text: Cow::Borrowed(&o.name),
                    source_language: l != Locale::En,
                },
                |t| interface(term(l, t)),
            )
        }
        OptionKind::Record(i) => {
            let collection = match f {
                FacetKey::Theme => Collection::Themes,
                FacetKey::Sector => Collection::Sectors,
                FacetKey::Corridor => Collection::Corridors,
                _ => Collection::Parties,
            };
            record(l, c, RecordRef::new(collection, i as usize))
        }
    }
}

/// The words text columns sort by, in a language: translated vocabulary and terms.
pub struct LocaleLabels(pub Locale);

impl Labels for LocaleLabels {
    fn set(&self) -> usize {
        self.0 as usize
    }
    fn term(&self, t: TermValue) -> Cow<'_, str> {
        Cow::Borrowed(term(self.0, t))
    }
    fn record<'c>(&self, c: &'c Catalog, r: RecordRef) -> Cow<'c, str> {
        record(self.0, c, r).text
    }
}

/// Why part of the address was ignored, as a sentence fragment.
pub fn reason(l: Locale, r: &Reason) -> String {
    let v = |view: &View| view_name(l, *view);
    match r {
        Reason::BadEncoding => l.reason_bad_encoding().into(),
        Reason::Repeated { key } => l.reason_repeated(key),
        Reason::QueryTooLong { max } => l.reason_query_too_long(*max),
        Reason::BadYear => l.reason_bad_year(
            &cooperation_core::catalog::YEARS.start().to_string(),
            &cooperation_core::catalog::YEARS.end().to_string(),
        ),
        Reason::NoColumn { names, count } => l.reason_no_column(*count, names),
        Reason::TooManySortKeys { max } => l.reason_too_many_sort_keys(*max),
        Reason::BadMode => l.reason_bad_mode().into(),
        Reason::BadLang => l.reason_bad_lang().into(),
        Reason::BadInferred => l.reason_bad_inferred().into(),
        Reason::BadPassage => l.reason_bad_passage().into(),
        Reason::BadBlock => l.reason_bad_block().into(),
        Reason::BadPage => l.reason_bad_page().into(),
        Reason::BadPer => l.reason_bad_per().into(),
        Reason::BadData => l.reason_bad_data().into(),
        Reason::TooManyCompared { max } => l.reason_too_many_compared(*max),
        Reason::BadIds { ids, count } => l.reason_bad_ids(*count, ids),
        Reason::TooManyValues { max, dropped } => l.reason_too_many_values(*dropped, *max),
        Reason::TooManyParams { max, dropped } => l.reason_too_many_params(*dropped, *max),
        Reason::UnknownParam => l.reason_unknown_param().into(),
        Reason::NoSuchFacet { view, facet } => {
            l.reason_no_such_facet(v(view), self::facet(l, *facet, false))
        }
        Reason::NoSuchValue { view, facet } => {
            l.reason_no_such_value(v(view), self::facet(l, *facet, false))
        }
        Reason::NoSuchColumn { view, column } => {
            l.reason_no_such_column(v(view), self::column(l, *column))
        }
        Reason::NoYears { view } => l.reason_no_years(v(view)),
        Reason::ReversedYears => l.reason_reversed_years().into(),
        Reason::NoSuchMode { view, mode } => l.reason_no_such_mode(v(view), self::mode(l, *mode)),
        Reason::NoSuchRecord => l.reason_no_such_record().into(),
    }
}

/// Why bytes could not be read, as a sentence.
pub fn read_error(l: Locale, e: &ReadError) -> String {
    match e {
        ReadError::BadAddress(a) => l.read_bad_address(a),
        ReadError::Request { url, detail } => l.read_request_failed(url, detail),
        ReadError::Status { url, status, text } => {
            l.read_status(format!("{status} {text}").trim(), url)
        }
        ReadError::TooBig(bytes) => l.read_too_big(
            usize::try_from(*bytes).unwrap_or(usize::MAX),
            &cooperation_core::load::max_dataset_size_text(),
            cooperation_core::load::MAX_DATASET_BYTES,
        ),
        ReadError::Read(detail) => l.read_failed(detail),
    }
}

/// A byte count for people: "312 KiB", "1.5 MiB".
pub fn size(l: Locale, bytes: u64) -> String {
    if bytes >= 1 << 20 {
        let tenths = bytes * 10 / (1 << 20);
        let sep = if l == Locale::Ru || l == Locale::Ky {
            ","
        } else {
            "."
        };
        l.size_mb(&format!("{}{sep}{}", tenths / 10, tenths % 10))
    } else {
        l.size_kb(&l.number(bytes.div_ceil(1024) as usize))
    }
}
