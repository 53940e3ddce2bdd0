//! The dataset schema (version 1) as serde types: what a dataset file may contain, field by field.
//!
//! Parsing into these types checks shapes and enum values; `catalog` then checks everything that
//! needs more than one field (ids, references, lengths, years). Optional fields are absent when the
//! source does not state them, and the app shows them as "not stated".

use std::collections::BTreeMap;

use cooperation_locale::Locale;
use serde::{Deserialize, Serialize};

use crate::data::record::{Collection, RecordRef};

/// Longest id, in bytes.
pub const MAX_ID_LEN: usize = 80;

/// The schema version this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A record id: a lowercase slug such as `joint-economic-forum`, unique across the whole dataset.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Id {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A lowercase slug such as `joint-economic-forum`: letters a–z, digits and inner hyphens; unique across the dataset.",
            "type": "string",
            "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",
            "maxLength": MAX_ID_LEN,
        })
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A whole dataset file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The address of this format's JSON Schema (`data/schema.json` on the site), for editors; the
    /// app ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The format's version: this app reads version 1.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 1)))]
    pub schema_version: u32,
    /// The dataset's display name.
    pub name: String,
    /// What the dataset covers and how it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Who publishes and maintains the dataset (a person or an organisation): the author a citation
    /// of the dataset names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The date of this version of the dataset, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`): the date a
    /// citation of the dataset gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<String>,
    /// The dataset's name and description in other languages (see [`Words`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations,
    /// Documents the records are extracted from.
    pub sources: Vec<Source>,
    /// Countries, regions, people and organisations the sources name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Party>,
    /// The theme vocabulary records are tagged with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Theme>,
    /// Economic sectors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Sector>,
    /// Economic corridors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corridors: Vec<Corridor>,
    /// Initiatives, programs, projects, areas of collaboration and recommendations.
    #[serde(default)]
    pub initiatives: Vec<Initiative>,
}

impl Dataset {
    /// How many records a collection holds.
    pub fn len_of(&self, c: Collection) -> usize {
        match c {
            Collection::Sources => self.sources.len(),
            Collection::Parties => self.parties.len(),
            Collection::Themes => self.themes.len(),
            Collection::Sectors => self.sectors.len(),
            Collection::Corridors => self.corridors.len(),
            Collection::Initiatives => self.initiatives.len(),
        }
    }

    /// The id of a record, if it exists.
    pub fn id_at(&self, r: RecordRef) -> Option<&Id> {
        let i = r.index();
        match r.collection {
            Collection::Sources => self.sources.get(i).map(|x| &x.id),
            Collection::Parties => self.parties.get(i).map(|x| &x.id),
            Collection::Themes => self.themes.get(i).map(|x| &x.id),
            Collection::Sectors => self.sectors.get(i).map(|x| &x.id),
            Collection::Corridors => self.corridors.get(i).map(|x| &x.id),
            Collection::Initiatives => self.initiatives.get(i).map(|x| &x.id),
        }
    }

    /// A record's provenance entries (empty for sources and records that do not exist).
    pub fn provenance_at(&self, r: RecordRef) -> &[Provenance] {
        let i = r.index();
        let list = match r.collection {
            Collection::Sources => None,
            Collection::Parties => self.parties.get(i).map(|x| &x.provenance),
            Collection::Themes => self.themes.get(i).map(|x| &x.provenance),
            Collection::Sectors => self.sectors.get(i).map(|x| &x.provenance),
            Collection::Corridors => self.corridors.get(i).map(|x| &x.provenance),
            Collection::Initiatives => self.initiatives.get(i).map(|x| &x.provenance),
        };
        list.map_or(&[], Vec::as_slice)
    }

    /// A record's summary (for initiatives, sectors and corridors, which have one).
    pub fn summary_at(&self, r: RecordRef) -> Option<&str> {
        let i = r.index();
        match r.collection {
            Collection::Sectors => self.sectors.get(i).map(|x| x.summary.as_str()),
            Collection::Corridors => self.corridors.get(i).map(|x| x.summary.as_str()),
            Collection::Initiatives => self.initiatives.get(i).map(|x| x.summary.as_str()),
            Collection::Sources | Collection::Parties | Collection::Themes => None,
        }
    }

    /// A record's translations (empty when it has none or does not exist).
    pub fn translations_at(&self, r: RecordRef) -> &Translations {
        static NONE: Translations = BTreeMap::new();
        let i = r.index();
        let t = match r.collection {
            Collection::Sources => self.sources.get(i).map(|x| &x.translations),
            Collection::Parties => self.parties.get(i).map(|x| &x.translations),
            Collection::Themes => self.themes.get(i).map(|x| &x.translations),
            Collection::Sectors => self.sectors.get(i).map(|x| &x.translations),
            Collection::Corridors => self.corridors.get(i).map(|x| &x.translations),
            Collection::Initiatives => self.initiatives.get(i).map(|x| &x.translations),
        };
        t.unwrap_or(&NONE)
    }

    /// A record's words in `lang`, where the dataset translates them (`None` for English, the
    /// language records are written in).
    pub fn words_at(&self, r: RecordRef, lang: Locale) -> Option<&Words> {
        if lang == Locale::En {
            return None;
        }
        self.translations_at(r).get(lang.tag())
    }

    /// The name of a record, if it exists.
    pub fn name_at(&self, r: RecordRef) -> Option<&str> {
        let i = r.index();
        match r.collection {
            Collection::Sources => self.sources.get(i).map(|x| x.name.as_str()),
            Collection::Parties => self.parties.get(i).map(|x| x.name.as_str()),
            Collection::Themes => self.themes.get(i).map(|x| x.name.as_str()),
            Collection::Sectors => self.sectors.get(i).map(|x| x.name.as_str()),
            Collection::Corridors => self.corridors.get(i).map(|x| x.name.as_str()),
            Collection::Initiatives => self.initiatives.get(i).map(|x| x.name.as_str()),
        }
    }
}

/// A document records are extracted from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Unique id.
    pub id: Id,
    /// A descriptive name (the article itself has no title line).
    pub name: String,
    /// What kind of document it is, e.g. "news article".
    pub kind: String,
    /// The file the text was read from, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Where the document is published, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date as stated (free text), when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The document's full text, exactly as it is (optional). When present, every excerpt quoting
    /// the source must occur in it word for word, and the app shows the text with the excerpts
    /// highlighted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Translations of the source's name and kind, and of the section headings and excerpts that records quote from it (see [`Words`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations,
}

/// A record's words in other languages, by language tag (`zh`, `ru`, `ky`: the interface's
/// languages besides English, the language records are written in).
pub type Translations = BTreeMap<String, Words>;

/// A translation of a record's words into one language. Each field translates the record's field
/// of the same name, and only a field the record has may be given: `name` (every record, each
/// source and the dataset), `summary` (initiatives, sectors, corridors), `description` (the dataset),
/// `kind` (sources), `role` (parties with a role), `timeline` (the label of an initiative's
/// timeline), `outcomes` and `reasons` (a record's outcomes and inferred-link reasons, one for
/// each, in the same order). A source's translation may also give `sections` and `passages`:
/// translations of the section headings and excerpts records quote from it, keyed by the heading
/// or excerpt verbatim. A translation never replaces the source's words: excerpts stay as quoted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// The record's (or the dataset's, or the source's) name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// An initiative's, sector's or corridor's summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The dataset's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A source's kind ("news article").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A party's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The label of an initiative's timeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<String>,
    /// A record's outcomes, one for each, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<String>,
    /// The reasons of a record's inferred links, one for each, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
    /// A source's section headings that records cite, by the heading verbatim.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sections: BTreeMap<String, String>,
    /// The excerpts records quote from a source, by the excerpt verbatim.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub passages: BTreeMap<String, String>,
}

/// Where a record comes from: a source, the heading it sits under and the supporting words, verbatim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// The source id.
    pub source: Id,
    /// The section heading the excerpt sits under, verbatim; absent for text before the first heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The supporting words, quoted exactly as the source has them (typos included).
    pub excerpt: String,
}

/// The fields that link a record to others (or, for `scope`, to a term) and may be inferred.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum LinkField {
    /// An initiative's parties.
    Parties,
    /// An initiative's or corridor's scope.
    Scope,
    /// Theme ids.
    Themes,
    /// Sector ids.
    Sectors,
    /// Corridor ids.
    Corridors,
    /// A corridor's countries.
    Countries,
    /// A person's or organisation's country.
    Country,
}

impl LinkField {
    /// Every link field.
    pub const ALL: [LinkField; 7] = [
        LinkField::Parties,
        LinkField::Scope,
        LinkField::Themes,
        LinkField::Sectors,
        LinkField::Corridors,
        LinkField::Countries,
        LinkField::Country,
    ];

    /// The field's key in a record.
    pub fn key(self) -> &'static str {
        match self {
            LinkField::Parties => "parties",
            LinkField::Scope => "scope",
            LinkField::Themes => "themes",
            LinkField::Sectors => "sectors",
            LinkField::Corridors => "corridors",
            LinkField::Countries => "countries",
            LinkField::Country => "country",
        }
    }
}

/// A link the record makes that its excerpts do not state: inferred from the context, with why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Inferred {
    /// The field that holds the link.
    pub field: LinkField,
    /// The linked id as the field lists it (for `scope`, the scope's value).
    pub value: String,
    /// Why the link is made although the excerpt does not state it: one line, at most 200 characters.
    pub reason: String,
}

/// The reason a link is marked inferred, if it is (`None`: stated).
pub fn inferred_reason<'a>(list: &'a [Inferred], field: LinkField, value: &str) -> Option<&'a str> {
    list.iter()
        .find(|x| x.field == field && x.value == value)
        .map(|x| x.reason.as_str())
}

/// What kind of party it is: a country, region, person or organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PartyKind {
    Country,
    Region,
    Person,
    Organisation,
}

/// A country, region, person or organisation the source names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// Unique id.
    pub id: Id,
    /// Name, correctly spelled.
    pub name: String,
    /// Country, region, person or organisation.
    pub kind: PartyKind,
    /// Role or title as stated (for people and organisations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The country party the person or organisation belongs to, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Id>,
    /// The links above that the excerpts do not state but that are inferred from their context,
    /// each with its reason. Every other link is stated by the record's provenance.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Inferred>,
    /// Where the source names the party.
    pub provenance: Vec<Provenance>,
    /// Translations of the record's words (see [`Words`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations,
}

/// One term of the theme vocabulary (economic, cultural, security…).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Unique id.
    pub id: Id,
    /// Display name.
    pub name: String,
    /// Where the source names the theme.
    pub provenance: Vec<Provenance>,
    /// Translations of the record's words (see [`Words`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations,
}

/// Whether a record concerns China and Kyrgyzstan, the corridor's three countries, or Central Asia.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// China and Kyrgyzstan.
    Bilateral,
    /// China, Kyrgyzstan and Uzbekistan.
    Trilateral,
    /// Central Asia as a region.
    Regional,
}

/// How the source words a record's standing. Absent where the source implies none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// "proposed", "a notable suggestion".
    Proposed,
    /// "discussed", "key areas of focus", "key aspects of the meeting".
    Discussed,
    /// "recommended", "should be encouraged".
    Recommended,
    /// "may include", "could be supported through", "potential benefits".
    Potential,
}

/// What kind of initiative a record is: tells the source's lists and tables apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A proposal for a new body, e.g. the bilateral task force.
    Proposal,
    /// One of the initiatives the proposed bilateral task force would pursue.
    TaskForceInitiative,
    /// A key aspect or key area of focus of the meeting.
    FocusArea,
    /// An area of collaboration.
    AreaOfCollaboration,
    /// A strand of the corridor's proposed cooperation framework.
    CorridorFramework,
    /// A cultural exchange program (the value keeps its first spelling, `cultural-programme`).
    CulturalProgramme,
    /// A multilateral project for Central Asia.
    MultilateralProject,
    /// A recommendation.
    Recommendation,
    /// An existing framework the source refers to, e.g. the Belt and Road Initiative.
    Framework,
}

/// How often a record recurs, as stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Recurrence {
    /// "Annual event(s)".
    Annual,
    /// "Regular discussions", "regular meetings".
    Regular,
}

/// When a record happens, only as far as the source states it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    /// The source's own wording, e.g. "2024-2026" or "2024 Launch".
    pub label: String,
    /// First year, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<i32>,
    /// Last year, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<i32>,
    /// Recurrence, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
}

/// An economic sector.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Sector {
    /// Unique id.
    pub id: Id,
    /// Name, correctly spelled.
    pub name: String,
    /// What the source says about the sector.
    pub summary: String,
    /// Theme ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Id>,
    /// Corridor ids the sector is named for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corridors: Vec<Id>,
    /// The links above that the excerpts do not state but that are inferred from their context,
    /// each with its reason. Every other link is stated by the record's provenance.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Inferred>,
    /// Where the source names the sector.
    pub provenance: Vec<Provenance>,
    /// Translations of the record's words (see [`Words`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations,
}

/// An economic corridor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Corridor {
    /// Unique id.
    pub id: Id,
    /// Name, correctly spelled.
    pub name: String,
    /// What the source says about the corridor.
    pub summary: String,
    /// Party ids of the countries the corridor links, in route order.
    pub countries: Vec<Id>,
    /// Theme ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Id>,
    /// Sector ids of the corridor's cooperation framework.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Id>,
    /// Bilateral, trilateral or regional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// Standing as worded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Expected outcomes or aims, as stated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<String>,
    /// The links above that the excerpts do not state but that are inferred from their context,
    /// each with its reason. Every other link is stated by the record's provenance.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Inferred>,
    /// Where the source names the corridor.
    pub provenance: Vec<Provenance>,
    /// Translations of the record's words (see [`Words`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations,
}

/// An initiative, program, project, area of collaboration or recommendation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    /// Unique id.
    pub id: Id,
    /// Name, correctly spelled.
    pub name: String,
    /// What the source says, correctly spelled.
    pub summary: String,
    /// Which of the source's lists or tables the record comes from.
    pub kind: Kind,
    /// Standing as worded; absent when not stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Bilateral, trilateral or regional; absent when not stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// Theme ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Id>,
    /// Sector ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Id>,
    /// Corridor ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corridors: Vec<Id>,
    /// Party ids of the countries or people involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Id>,
    /// Timing, only where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<Timeline>,
    /// Expected outcomes or benefits, as stated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<String>,
    /// Ids of closely related initiatives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Id>,
    /// The links above that the excerpts do not state but that are inferred from their context,
    /// each with its reason. Every other link is stated by the record's provenance.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Inferred>,
    /// Where the source states it.
    pub provenance: Vec<Provenance>,
    /// Translations of the record's words (see [`Words`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations,
}

/// Display names and URL slugs of the schema's enums.
pub trait Term: Copy + Sized + 'static {
    /// Every value, in display order.
    const ALL: &'static [Self];
    /// The value as written in the dataset and in URLs (kebab-case).
    fn slug(self) -> &'static str;
    /// A human label.
    fn label(self) -> &'static str;
    /// The value a slug names, if any.
    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.slug() == slug)
    }
}

macro_rules! term {
    ($ty:ty { $($variant:ident => $slug:literal, $label:literal;)* }) => {
        impl Term for $ty {
            const ALL: &'static [Self] = &[$(<$ty>::$variant),*];
            fn slug(self) -> &'static str {
                match self { $(<$ty>::$variant => $slug),* }
            }
            fn label(self) -> &'static str {
                match self { $(<$ty>::$variant => $label),* }
            }
        }
    };
}

term!(Scope {
    Bilateral => "bilateral", "Bilateral (China–Kyrgyzstan)";
    Trilateral => "trilateral", "Trilateral (China–Kyrgyzstan–Uzbekistan)";
    Regional => "regional", "Regional (Central Asia)";
});

term!(Status {
    Proposed => "proposed", "Proposed";
    Discussed => "discussed", "Discussed";
    Recommended => "recommended", "Recommended";
    Potential => "potential", "Potential";
});

term!(Kind {
    Proposal => "proposal", "Proposal";
    TaskForceInitiative => "task-force-initiative", "Task-force initiative";
    FocusArea => "focus-area", "Focus area";
    AreaOfCollaboration => "area-of-collaboration", "Area of collaboration";
    CorridorFramework => "corridor-framework", "Corridor framework";
    CulturalProgramme => "cultural-programme", "Cultural program";
    MultilateralProject => "multilateral-project", "Multilateral project";
    Recommendation => "recommendation", "Recommendation";
    Framework => "framework", "Existing framework";
});

term!(Recurrence {
    Annual => "annual", "Annual";
    Regular => "regular", "Regular";
});

term!(PartyKind {
    Country => "country", "Country";
    Region => "region", "Region";
    Person => "person", "Person";
    Organisation => "organisation", "Organisation";
});

/// Records that link to others, some links possibly inferred.
pub trait Links {
    /// The values a link field holds (ids, or the scope's slug); `None` when the record has no such
    /// field.
    fn link_values(&self, field: LinkField) -> Option<Vec<&str>>;
    /// The record's inferred links.
    fn inferred(&self) -> &[Inferred];
    /// The record's inferred links, to change.
    fn inferred_mut(&mut self) -> &mut Vec<Inferred>;
    /// The record's translations, to change.
    fn translations_mut(&mut self) -> &mut Translations;
    /// Drops the inferred entries whose link the record no longer makes (after its links were
    /// pruned), and their reasons' translations with them.
    fn drop_unmade_inferred(&mut self) {
        let made: Vec<bool> = self
            .inferred()
            .iter()
            .map(|x| {
                self.link_values(x.field)
                    .is_some_and(|v| v.contains(&x.value.as_str()))
            })
            .collect();
        if made.iter().all(|m| *m) {
            return;
        }
        retain_by(self.inferred_mut(), &made);
        for words in self.translations_mut().values_mut() {
            if words.reasons.len() == made.len() {
                retain_by(&mut words.reasons, &made);
            }
        }
    }
    /// The reason a link is inferred, or `None` when it is stated.
    fn inferred_reason(&self, field: LinkField, value: &str) -> Option<&str> {
        inferred_reason(self.inferred(), field, value)
    }
}

/// Keeps the items of `list` whose place in `keep` is `true`.
fn retain_by<T>(list: &mut Vec<T>, keep: &[bool]) {
    let mut keep = keep.iter();
    list.retain(|_| keep.next().copied().unwrap_or(true));
}

fn ids(list: &[Id]) -> Option<Vec<&str>> {
    Some(list.iter().map(Id::as_str).collect())
}

impl Links for Initiative {
    fn link_values(&self, field: LinkField) -> Option<Vec<&str>> {
        match field {
            LinkField::Parties => ids(&self.parties),
            LinkField::Scope => Some(self.scope.map(Term::slug).into_iter().collect()),
            LinkField::Themes => ids(&self.themes),
            LinkField::Sectors => ids(&self.sectors),
            LinkField::Corridors => ids(&self.corridors),
            LinkField::Countries | LinkField::Country => None,
        }
    }
    fn inferred(&self) -> &[Inferred] {
        &self.inferred
    }
    fn inferred_mut(&mut self) -> &mut Vec<Inferred> {
        &mut self.inferred
    }
    fn translations_mut(&mut self) -> &mut Translations {
        &mut self.translations
    }
}

impl Links for Sector {
    fn link_values(&self, field: LinkField) -> Option<Vec<&str>> {
        match field {
            LinkField::Themes => ids(&self.themes),
            LinkField::Corridors => ids(&self.corridors),
            _ => None,
        }
    }
    fn inferred(&self) -> &[Inferred] {
        &self.inferred
    }
    fn inferred_mut(&mut self) -> &mut Vec<Inferred> {
        &mut self.inferred
    }
    fn translations_mut(&mut self) -> &mut Translations {
        &mut self.translations
    }
}

impl Links for Corridor {
    fn link_values(&self, field: LinkField) -> Option<Vec<&str>> {
        match field {
            LinkField::Countries => ids(&self.countries),
            LinkField::Scope => Some(self.scope.map(Term::slug).into_iter().collect()),
            LinkField::Themes => ids(&self.themes),
            LinkField::Sectors => ids(&self.sectors),
            _ => None,
        }
    }
    fn inferred(&self) -> &[Inferred] {
        &self.inferred
    }
    fn inferred_mut(&mut self) -> &mut Vec<Inferred> {
        &mut self.inferred
    }
    fn translations_mut(&mut self) -> &mut Translations {
        &mut self.translations
    }
}

impl Links for Party {
    fn link_values(&self, field: LinkField) -> Option<Vec<&str>> {
        match field {
            LinkField::Country => Some(self.country.iter().map(Id::as_str).collect()),
            _ => None,
        }
    }
    fn inferred(&self) -> &[Inferred] {
        &self.inferred
    }
    fn inferred_mut(&mut self) -> &mut Vec<Inferred> {
        &mut self.inferred
    }
    fn translations_mut(&mut self) -> &mut Translations {
        &mut self.translations
    }
}

/// The JSON Schema of the dataset format, generated from the types above (what `data/schema.json`
/// holds and `cooperation-data schema` prints).
#[cfg(feature = "schema")]
pub fn json_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Dataset);
    schema.insert("title".into(), "Cooperation Explorer dataset".into());
    schema.to_value()
}
