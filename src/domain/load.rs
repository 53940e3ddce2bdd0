//! Loading a dataset: raw bytes → parsed [`Dataset`] → validated references, ready for the
//! [`Catalog`](super::catalog::Catalog) to index.
//!
//! Every problem names where it is: syntax errors by line and column, everything else by JSON path
//! (`initiatives[3].sectors[1]: unknown sector "enrgy"`). All problems are collected, up to
//! [`MAX_PROBLEMS`], so a user fixes a file in one pass. Paths are built lazily, so a valid file costs
//! no formatting. Nothing here panics on any input.

use std::fmt;

use rustc_hash::FxHashMap;

use std::fmt::Write as _;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::links::Links;
use super::model::*;

/// The largest dataset file accepted, checked before parsing (64 MiB: room for 100,000 records).
pub const MAX_DATASET_BYTES: usize = 64 * 1024 * 1024;
/// How many problems a failed load lists; the rest are counted.
pub const MAX_PROBLEMS: usize = 50;
/// Longest name, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest summary, excerpt, section or outcome, in characters.
pub const MAX_TEXT_CHARS: usize = 4000;
/// Longest id, in bytes.
pub const MAX_ID_LEN: usize = 80;
/// Years a timeline may name.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// One thing wrong with a dataset, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path such as `initiatives[3].sectors[1]`; empty for the file as a whole.
    pub path: String,
    /// What is wrong, as a sentence fragment.
    pub message: String,
    /// 1-based line and column, for syntax errors.
    pub position: Option<(usize, usize)>,
}

impl Problem {
    fn at(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: message.into(),
            position: None,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path[..], self.position) {
            ("", Some((line, col))) => write!(f, "line {line}, column {col}: {}", self.message),
            ("", None) => f.write_str(&self.message),
            (path, Some((line, col))) => {
                write!(f, "{path} (line {line}, column {col}): {}", self.message)
            }
            (path, None) => write!(f, "{path}: {}", self.message),
        }
    }
}

/// Why a dataset was rejected: the first [`MAX_PROBLEMS`] problems and how many more there were.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The problems, in file order as far as possible.
    pub problems: Vec<Problem>,
    /// Problems found beyond the listed ones.
    pub more: usize,
}

impl LoadError {
    fn one(problem: Problem) -> LoadError {
        LoadError {
            problems: vec![problem],
            more: 0,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        if self.more > 0 {
            write!(f, "\n…and {} more problems", self.more)?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Collects problems up to the cap, counting the rest.
#[derive(Default)]
struct Problems {
    list: Vec<Problem>,
    more: usize,
}

impl Problems {
    fn push(&mut self, p: Problem) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(p);
        } else {
            self.more += 1;
        }
    }
    fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(Problem::at(path, message));
    }
    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    fn into_error(self) -> LoadError {
        LoadError {
            problems: self.list,
            more: self.more,
        }
    }
}

/// Parses a dataset file into its schema types, without cross-record validation.
///
/// Checks, in order: size, UTF-8 (a leading byte-order mark is skipped), JSON syntax (with line and
/// column), the top-level keys and schema version, then every record on its own, so every malformed
/// record is reported with its path and position, not just the first.
pub fn parse(bytes: &[u8]) -> Result<Dataset, LoadError> {
    parse_with_problems(bytes).and_then(|(dataset, problems)| {
        if problems.is_empty() {
            Ok(dataset)
        } else {
            Err(problems.into_error())
        }
    })
}

/// Like [`parse`], but a file whose records all parsed comes back with the top-level problems (such
/// as unknown keys) still to report, so semantic validation can add its own.
pub fn parse_lenient(bytes: &[u8]) -> Result<(Dataset, Vec<Problem>), LoadError> {
    parse_with_problems(bytes).map(|(d, p)| (d, p.list))
}

fn parse_with_problems(bytes: &[u8]) -> Result<(Dataset, Problems), LoadError> {
    if bytes.len() > MAX_DATASET_BYTES {
        return Err(LoadError::one(Problem::at(
            "",
            format!(
                "the file is {} bytes; the limit is {} bytes ({} MiB)",
                bytes.len(),
                MAX_DATASET_BYTES,
                MAX_DATASET_BYTES / (1024 * 1024)
            ),
        )));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.valid_up_to();
            return Err(LoadError::one(Problem {
                path: String::new(),
                message: format!("the file is not valid UTF-8 (byte {at})"),
                position: Some(line_col(&bytes[..at])),
            }));
        }
    };
    if text.trim().is_empty() {
        return Err(LoadError::one(Problem::at("", "the file is empty")));
    }
    // Fast path: a valid file parses in one pass. (Path tracking here costs a little time but shares
    // its code with the record-by-record pass below, which keeps the wasm smaller.)
    let mut de = serde_json::Deserializer::from_str(text);
    if let Ok(dataset) = serde_path_to_error::deserialize::<_, Dataset>(&mut de)
        && de.end().is_ok()
        && dataset.schema_version == SCHEMA_VERSION
    {
        return Ok((dataset, Problems::default()));
    }
    // Otherwise find every problem. Pass 1: the top level as raw JSON slices; this finds every
    // syntax error.
    let top: TopLevel<'_> = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            // Valid JSON, but not an object.
            LoadError::one(Problem::at(
                "",
                "the file must hold a JSON object (the dataset)",
            ))
        } else {
            LoadError::one(json_problem(String::new(), &e))
        }
    })?;
    let mut p = Problems::default();
    let mut fields: [Option<&RawValue>; 9] = [None; 9];
    for (key, raw) in &top.0 {
        match FIELDS.iter().position(|f| f == key) {
            Some(i) if fields[i].is_some() => p.push(Problem {
                path: String::new(),
                message: format!("duplicate field `{key}`"),
                position: Some(position(text, raw, 1, 1)),
            }),
            Some(i) => fields[i] = Some(raw),
            None => p.push(Problem {
                path: String::new(),
                message: format!(
                    "unknown field `{}`, expected one of {}",
                    shorten(key),
                    FIELDS.join(", ")
                ),
                position: Some(position(text, raw, 1, 1)),
            }),
        }
    }
    let [
        version,
        name,
        description,
        sources,
        parties,
        themes,
        sectors,
        corridors,
        initiatives,
    ] = fields;
    match version.map(|v| v.get().trim()) {
        Some("1") => {}
        Some(found) => {
            let found: String = found.chars().take(60).filter(|c| !c.is_control()).collect();
            return Err(LoadError::one(version_problem(&found)));
        }
        None => {
            return Err(LoadError::one(Problem::at(
                "",
                "missing field `schema_version`",
            )));
        }
    }
    for (key, present) in [("name", name.is_some()), ("sources", sources.is_some())] {
        if !present {
            p.add("", format!("missing field `{key}`"));
        }
    }
    // Pass 2: each value and record on its own.
    let mut ok = true;
    let name = field::<String>(text, "name", name, &mut p, &mut ok).unwrap_or_default();
    let description =
        field::<Option<String>>(text, "description", description, &mut p, &mut ok).flatten();
    let dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        name,
        description,
        sources: records(text, "sources", sources, &mut p, &mut ok),
        parties: records(text, "parties", parties, &mut p, &mut ok),
        themes: records(text, "themes", themes, &mut p, &mut ok),
        sectors: records(text, "sectors", sectors, &mut p, &mut ok),
        corridors: records(text, "corridors", corridors, &mut p, &mut ok),
        initiatives: records(text, "initiatives", initiatives, &mut p, &mut ok),
    };
    if ok {
        Ok((dataset, p))
    } else {
        Err(p.into_error())
    }
}

/// The top-level keys of a dataset file, in order, each with its raw JSON value.
const FIELDS: [&str; 9] = [
    "schema_version",
    "name",
    "description",
    "sources",
    "parties",
    "themes",
    "sectors",
    "corridors",
    "initiatives",
];

/// The top-level object as `(key, raw value)` pairs in file order (repeats kept, to report them).
struct TopLevel<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for TopLevel<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = TopLevel<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object (the dataset)")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<Self::Value, M::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, &'de RawValue>()? {
                    out.push((k, v));
                }
                Ok(TopLevel(out))
            }
        }
        d.deserialize_map(Visit)
    }
}

fn version_problem(found: &str) -> Problem {
    Problem::at(
        "schema_version",
        format!("this app reads schema version {SCHEMA_VERSION}, the file has {found}"),
    )
}

/// At most 60 characters of `s`, for quoting in a message.
fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(60).flat_map(char::escape_debug).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// 1-based line and column (in characters) just after `prefix`.
fn line_col(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = prefix
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&prefix[start..]).chars().count() + 1;
    (line, column)
}

/// The position in `text` of line `line`, column `column` (1-based, as serde_json counts) of `raw`,
/// a slice of `text`.
fn position(text: &str, raw: &RawValue, line: usize, column: usize) -> (usize, usize) {
    let start = (raw.get().as_ptr() as usize)
        .saturating_sub(text.as_ptr() as usize)
        .min(text.len());
    let inner = raw.get().as_bytes();
    let mut at = 0;
    for _ in 1..line {
        match inner[at..].iter().position(|&b| b == b'\n') {
            Some(i) => at += i + 1,
            None => break,
        }
    }
    let end = (start + at + column.saturating_sub(1)).min(text.len());
    line_col(&text.as_bytes()[..end])
}

fn path_text(path: &serde_path_to_error::Path) -> String {
    let text = path.to_string();
    if text == "." { String::new() } else { text }
}

/// A serde_json error as a problem: the message without its " at line L column C" suffix, which
/// becomes the position.
fn json_problem(path: String, e: &serde_json::Error) -> Problem {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    let position = (e.line() > 0).then_some((e.line(), e.column()));
    Problem {
        path,
        message,
        position,
    }
}

/// Deserializes one raw value with path tracking; a failure becomes a problem at `prefix` + the path
/// inside, positioned in the whole file.
fn one<T: DeserializeOwned>(
    text: &str,
    prefix: &str,
    raw: &RawValue,
    p: &mut Problems,
) -> Option<T> {
    let mut de = serde_json::Deserializer::from_str(raw.get());
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(v) => Some(v),
        Err(e) => {
            let inner = e.inner();
            let mut problem = json_problem(join_path(prefix, &path_text(e.path())), inner);
            problem.position = Some(position(
                text,
                raw,
                inner.line().max(1),
                inner.column().max(1),
            ));
            p.push(problem);
            None
        }
    }
}

fn field<T: DeserializeOwned>(
    text: &str,
    key: &str,
    raw: Option<&RawValue>,
    p: &mut Problems,
    ok: &mut bool,
) -> Option<T> {
    let v = one::<T>(text, key, raw?, p);
    *ok &= v.is_some();
    v
}

/// Every record of one collection, each deserialized on its own.
fn records<T: DeserializeOwned>(
    text: &str,
    key: &str,
    raw: Option<&RawValue>,
    p: &mut Problems,
    ok: &mut bool,
) -> Vec<T> {
    let Some(raw) = raw else { return Vec::new() };
    let items: Vec<&RawValue> = match serde_json::from_str(raw.get()) {
        Ok(items) => items,
        Err(_) => {
            let found = match raw.get().trim_start().as_bytes().first() {
                Some(b'{') => "an object",
                Some(b'"') => "a string",
                Some(b't' | b'f') => "a boolean",
                Some(b'n') => "null",
                _ => "a number",
            };
            p.push(Problem {
                path: key.to_string(),
                message: format!("must be a list, found {found}"),
                position: Some(position(text, raw, 1, 1)),
            });
            *ok = false;
            return Vec::new();
        }
    };
    let mut out = Vec::with_capacity(items.len());
    let mut prefix = String::new();
    for (i, item) in items.into_iter().enumerate() {
        prefix.clear();
        let _ = write!(prefix, "{key}[{i}]");
        match one::<T>(text, &prefix, item, p) {
            Some(r) => out.push(r),
            None => *ok = false,
        }
    }
    out
}

fn join_path(prefix: &str, rest: &str) -> String {
    match rest {
        "" => prefix.to_string(),
        r if r.starts_with('[') => format!("{prefix}{r}"),
        r => format!("{prefix}.{r}"),
    }
}

/// A JSON path built on the stack and formatted only when a problem is reported.
#[derive(Clone, Copy)]
enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    fn key(&'a self, key: &'a str) -> At<'a> {
        At::Key(self, key)
    }
    fn index(&'a self, i: usize) -> At<'a> {
        At::Index(self, i)
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::Root => Ok(()),
            At::Key(At::Root, key) => f.write_str(key),
            At::Key(parent, key) => write!(f, "{parent}.{key}"),
            At::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

impl Problems {
    fn at(&mut self, at: &At<'_>, message: impl Into<String>) {
        self.push(Problem::at(at.to_string(), message));
    }
}

/// Which collection a record belongs to, and its index there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordRef {
    Source(u32),
    Party(u32),
    Theme(u32),
    Sector(u32),
    Corridor(u32),
    Initiative(u32),
}

impl RecordRef {
    /// The collection's singular name, as used in messages.
    pub fn collection(self) -> &'static str {
        match self {
            RecordRef::Source(_) => "source",
            RecordRef::Party(_) => "party",
            RecordRef::Theme(_) => "theme",
            RecordRef::Sector(_) => "sector",
            RecordRef::Corridor(_) => "corridor",
            RecordRef::Initiative(_) => "initiative",
        }
    }

    /// The collection's key in the dataset file.
    pub fn key(self) -> &'static str {
        match self {
            RecordRef::Source(_) => "sources",
            RecordRef::Party(_) => "parties",
            RecordRef::Theme(_) => "themes",
            RecordRef::Sector(_) => "sectors",
            RecordRef::Corridor(_) => "corridors",
            RecordRef::Initiative(_) => "initiatives",
        }
    }

    /// The record's index within its collection.
    pub fn index(self) -> usize {
        match self {
            RecordRef::Source(i)
            | RecordRef::Party(i)
            | RecordRef::Theme(i)
            | RecordRef::Sector(i)
            | RecordRef::Corridor(i)
            | RecordRef::Initiative(i) => i as usize,
        }
    }
}

/// Every id of a dataset, borrowed from it, with the record it names.
pub type IdIndex<'a> = FxHashMap<&'a str, RecordRef>;

/// What validation resolves on the way: the id index and every reference as an index.
#[derive(Default)]
pub struct Resolved {
    pub initiative_themes: Links,
    pub initiative_sectors: Links,
    pub initiative_corridors: Links,
    pub initiative_parties: Links,
    pub initiative_related: Links,
    pub sector_themes: Links,
    pub sector_corridors: Links,
    pub corridor_countries: Links,
    pub corridor_themes: Links,
    pub corridor_sectors: Links,
}

/// Checks everything that spans fields or records. On success returns the id index and the
/// references resolved to indexes, so the catalog never looks an id up twice.
pub fn validate(d: &Dataset) -> Result<(IdIndex<'_>, Resolved), LoadError> {
    validate_with(d, Vec::new())
}

/// [`validate`], reporting `pending` problems (found while parsing) first.
pub fn validate_with(
    d: &Dataset,
    pending: Vec<Problem>,
) -> Result<(IdIndex<'_>, Resolved), LoadError> {
    let mut out = Resolved::default();
    let mut p = Problems::default();
    for problem in pending {
        p.push(problem);
    }
    let root = At::Root;
    if d.schema_version != SCHEMA_VERSION {
        p.push(version_problem(&d.schema_version.to_string()));
    }
    check_text(&d.name, &root.key("name"), MAX_NAME_CHARS, true, &mut p);
    if let Some(desc) = &d.description {
        check_text(
            desc,
            &root.key("description"),
            MAX_TEXT_CHARS,
            false,
            &mut p,
        );
    }
    if d.sources.is_empty() {
        p.at(
            &root.key("sources"),
            "at least one source is required: every record cites one",
        );
    }

    // Pass 1: ids, unique across the whole dataset.
    let total = d.sources.len()
        + d.parties.len()
        + d.themes.len()
        + d.sectors.len()
        + d.corridors.len()
        + d.initiatives.len();
    let mut ids: IdIndex<'_> = FxHashMap::with_capacity_and_hasher(total, Default::default());
    for (i, r) in d.sources.iter().enumerate() {
        register(&mut ids, &r.id, RecordRef::Source(i as u32), &mut p);
    }
    for (i, r) in d.parties.iter().enumerate() {
        register(&mut ids, &r.id, RecordRef::Party(i as u32), &mut p);
    }
    for (i, r) in d.themes.iter().enumerate() {
        register(&mut ids, &r.id, RecordRef::Theme(i as u32), &mut p);
    }
    for (i, r) in d.sectors.iter().enumerate() {
        register(&mut ids, &r.id, RecordRef::Sector(i as u32), &mut p);
    }
    for (i, r) in d.corridors.iter().enumerate() {
        register(&mut ids, &r.id, RecordRef::Corridor(i as u32), &mut p);
    }
    for (i, r) in d.initiatives.iter().enumerate() {
        register(&mut ids, &r.id, RecordRef::Initiative(i as u32), &mut p);
    }

    // Pass 2: fields and references, record by record.
    let refs = Refs {
        ids: &ids,
        parties: &d.parties,
    };
    let list = root.key("sources");
    for (i, r) in d.sources.iter().enumerate() {
        let at = list.index(i);
        check_text(&r.name, &at.key("name"), MAX_NAME_CHARS, true, &mut p);
        check_text(&r.kind, &at.key("kind"), MAX_NAME_CHARS, true, &mut p);
        for (field, value) in [
            ("file", &r.file),
            ("url", &r.url),
            ("published", &r.published),
        ] {
            if let Some(v) = value {
                check_text(v, &at.key(field), MAX_TEXT_CHARS, true, &mut p);
            }
        }
    }
    let list = root.key("parties");
    for (i, r) in d.parties.iter().enumerate() {
        let at = list.index(i);
        check_text(&r.name, &at.key("name"), MAX_NAME_CHARS, true, &mut p);
        if let Some(role) = &r.role {
            check_text(role, &at.key("role"), MAX_NAME_CHARS, true, &mut p);
        }
        if let Some(c) = &r.country {
            refs.country(c, &at.key("country"), &mut p);
        }
        check_provenance(&r.provenance, &at, &refs, &mut p);
    }
    let list = root.key("themes");
    for (i, r) in d.themes.iter().enumerate() {
        let at = list.index(i);
        check_text(&r.name, &at.key("name"), MAX_NAME_CHARS, true, &mut p);
        check_provenance(&r.provenance, &at, &refs, &mut p);
    }
    let list = root.key("sectors");
    for (i, r) in d.sectors.iter().enumerate() {
        let at = list.index(i);
        check_named(&r.name, &r.summary, &at, &mut p);
        refs.list(
            &r.themes,
            &at.key("themes"),
            "theme",
            &mut p,
            &mut out.sector_themes,
        );
        let corridors = at.key("corridors");
        refs.list(
            &r.corridors,
            &corridors,
            "corridor",
            &mut p,
            &mut out.sector_corridors,
        );
        check_provenance(&r.provenance, &at, &refs, &mut p);
    }
    let list = root.key("corridors");
    for (i, r) in d.corridors.iter().enumerate() {
        let at = list.index(i);
        check_named(&r.name, &r.summary, &at, &mut p);
        let countries = at.key("countries");
        if r.countries.len() < 2 {
            p.at(&countries, "a corridor links at least two countries");
        }
        for (j, c) in r.countries.iter().enumerate() {
            let here = countries.index(j);
            if let Some(k) = refs.country(c, &here, &mut p) {
                out.corridor_countries.push(k);
            }
            if r.countries[..j].contains(c) {
                p.at(&here, format!("\"{}\" is listed twice", shown(c.as_str())));
            }
        }
        out.corridor_countries.end_record();
        refs.list(
            &r.themes,
            &at.key("themes"),
            "theme",
            &mut p,
            &mut out.corridor_themes,
        );
        refs.list(
            &r.sectors,
            &at.key("sectors"),
            "sector",
            &mut p,
            &mut out.corridor_sectors,
        );
        check_outcomes(&r.outcomes, &at, &mut p);
        check_provenance(&r.provenance, &at, &refs, &mut p);
    }
    let list = root.key("initiatives");
    for (i, r) in d.initiatives.iter().enumerate() {
        let at = list.index(i);
        check_named(&r.name, &r.summary, &at, &mut p);
        refs.list(
            &r.themes,
            &at.key("themes"),
            "theme",
            &mut p,
            &mut out.initiative_themes,
        );
        refs.list(
            &r.sectors,
            &at.key("sectors"),
            "sector",
            &mut p,
            &mut out.initiative_sectors,
        );
        let corridors = at.key("corridors");
        refs.list(
            &r.corridors,
            &corridors,
            "corridor",
            &mut p,
            &mut out.initiative_corridors,
        );
        refs.list(
            &r.parties,
            &at.key("parties"),
            "party",
            &mut p,
            &mut out.initiative_parties,
        );
        let related = at.key("related");
        refs.list(
            &r.related,
            &related,
            "initiative",
            &mut p,
            &mut out.initiative_related,
        );
        for (j, rel) in r.related.iter().enumerate() {
            if rel == &r.id {
                p.at(&related.index(j), "an initiative cannot relate to itself");
            }
        }
        if let Some(t) = &r.timeline {
            check_timeline(t, &at.key("timeline"), &mut p);
        }
        check_outcomes(&r.outcomes, &at, &mut p);
        check_provenance(&r.provenance, &at, &refs, &mut p);
    }
    if p.is_empty() {
        Ok((ids, out))
    } else {
        Err(p.into_error())
    }
}

/// Adds one record's id to the index, or reports why it cannot be added.
fn register<'a>(ids: &mut IdIndex<'a>, id: &'a Id, r: RecordRef, p: &mut Problems) {
    let root = At::Root;
    let list = root.key(r.key());
    let rec = list.index(r.index());
    let at = rec.key("id");
    if let Err(msg) = check_id(id.as_str()) {
        p.at(&at, msg);
        return;
    }
    match ids.entry(id.as_str()) {
        std::collections::hash_map::Entry::Occupied(prev) => {
            let prev = *prev.get();
            p.at(
                &at,
                format!(
                    "duplicate id \"{id}\" (already used by the {} at {}[{}].id)",
                    prev.collection(),
                    prev.key(),
                    prev.index()
                ),
            );
        }
        std::collections::hash_map::Entry::Vacant(slot) => {
            slot.insert(r);
        }
    }
}

/// Reference checks against the id index.
struct Refs<'a> {
    ids: &'a IdIndex<'a>,
    parties: &'a [Party],
}

impl Refs<'_> {
    /// Every id in `ids` names a record of `collection`, and none is listed twice. The valid ones
    /// are appended to `out` as indexes, as one record.
    fn list(&self, ids: &[Id], at: &At<'_>, collection: &str, p: &mut Problems, out: &mut Links) {
        for (j, id) in ids.iter().enumerate() {
            match self.ids.get(id.as_str()) {
                Some(r) if r.collection() == collection => out.push(r.index() as u32),
                Some(r) => p.at(
                    &at.index(j),
                    format!(
                        "\"{}\" is {} {}, not {} {collection}",
                        shown(id.as_str()),
                        article(r.collection()),
                        r.collection(),
                        article(collection)
                    ),
                ),
                None => p.at(
                    &at.index(j),
                    format!("unknown {collection} \"{}\"", shown(id.as_str())),
                ),
            }
            if ids[..j].contains(id) {
                p.at(
                    &at.index(j),
                    format!("\"{}\" is listed twice", shown(id.as_str())),
                );
            }
        }
        out.end_record();
    }

    /// `id` names a party of kind country.
    fn country(&self, id: &Id, at: &At<'_>, p: &mut Problems) -> Option<u32> {
        let what = match self.ids.get(id.as_str()) {
            Some(RecordRef::Party(i)) => match self.parties[*i as usize].kind {
                PartyKind::Country => return Some(*i),
                kind => kind.slug(),
            },
            Some(r) => r.collection(),
            None => {
                p.at(at, format!("unknown country \"{}\"", shown(id.as_str())));
                return None;
            }
        };
        p.at(
            at,
            format!(
                "\"{}\" is {} {what}, not a country",
                shown(id.as_str()),
                article(what)
            ),
        );
        None
    }
}

/// "a" or "an" before a collection name.
fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// An id as quoted in a message: at most 40 characters, control characters escaped.
fn shown(s: &str) -> String {
    let mut out: String = s.chars().take(40).flat_map(char::escape_debug).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// Ids are lowercase slugs: `a-z`, `0-9` and inner hyphens, at most [`MAX_ID_LEN`] bytes.
pub fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("the id is empty".into());
    }
    if id.len() > MAX_ID_LEN {
        return Err(format!("the id is longer than {MAX_ID_LEN} characters"));
    }
    let ok = id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !ok || id.starts_with('-') || id.ends_with('-') {
        return Err(format!(
            "\"{}\" is not a valid id: use lowercase letters, digits and inner hyphens",
            shown(id)
        ));
    }
    Ok(())
}

fn check_named(name: &str, summary: &str, at: &At<'_>, p: &mut Problems) {
    check_text(name, &at.key("name"), MAX_NAME_CHARS, true, p);
    check_text(summary, &at.key("summary"), MAX_TEXT_CHARS, true, p);
}

/// Text is non-empty (when required), not too long, and free of control and bidi-override characters
/// (which can make text display differently from what it says).
fn check_text(s: &str, at: &At<'_>, max_chars: usize, required: bool, p: &mut Problems) {
    if required && s.trim().is_empty() {
        p.at(at, "must not be empty");
        return;
    }
    // Bytes bound chars from above: only count when it could matter.
    if s.len() > max_chars && s.chars().count() > max_chars {
        p.at(at, format!("is longer than {max_chars} characters"));
        return;
    }
    // Fast path: plain ASCII text without control characters needs no char decoding.
    if s.bytes()
        .all(|b| (0x20..0x7F).contains(&b) || b == b'\n' || b == b'\t')
    {
        return;
    }
    if let Some((i, c)) = s.char_indices().find(|&(_, c)| forbidden_char(c)) {
        let what = if is_bidi_control(c) {
            "a bidirectional control character"
        } else {
            "a control character"
        };
        let col = s[..i].chars().count() + 1;
        p.at(
            at,
            format!("contains {what} (U+{:04X}) at character {col}", c as u32),
        );
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn forbidden_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

fn check_outcomes(outcomes: &[String], at: &At<'_>, p: &mut Problems) {
    let list = at.key("outcomes");
    for (j, o) in outcomes.iter().enumerate() {
        check_text(o, &list.index(j), MAX_TEXT_CHARS, true, p);
    }
}

fn check_timeline(t: &Timeline, at: &At<'_>, p: &mut Problems) {
    check_text(&t.label, &at.key("label"), MAX_NAME_CHARS, true, p);
    for (field, year) in [("start", t.start), ("end", t.end)] {
        if let Some(y) = year
            && !YEARS.contains(&y)
        {
            p.at(
                &at.key(field),
                format!("year {y} is outside {}–{}", YEARS.start(), YEARS.end()),
            );
        }
    }
    if let (Some(s), Some(e)) = (t.start, t.end)
        && s > e
    {
        p.at(
            &at.key("start"),
            format!("starts in {s}, after it ends ({e})"),
        );
    }
    if t.end.is_some() && t.start.is_none() {
        p.at(&at.key("end"), "an end year needs a start year");
    }
}

fn check_provenance(list: &[Provenance], at: &At<'_>, refs: &Refs<'_>, p: &mut Problems) {
    let key = at.key("provenance");
    if list.is_empty() {
        p.at(
            &key,
            "every record needs at least one excerpt from a source",
        );
    }
    for (j, prov) in list.iter().enumerate() {
        let here = key.index(j);
        match refs.ids.get(prov.source.as_str()) {
            Some(RecordRef::Source(_)) => {}
            Some(r) => p.at(
                &here.key("source"),
                format!(
                    "\"{}\" is {} {}, not a source",
                    shown(prov.source.as_str()),
                    article(r.collection()),
                    r.collection()
                ),
            ),
            None => p.at(
                &here.key("source"),
                format!("unknown source \"{}\"", shown(prov.source.as_str())),
            ),
        }
        if let Some(section) = &prov.section {
            check_text(section, &here.key("section"), MAX_NAME_CHARS, true, p);
        }
        check_text(&prov.excerpt, &here.key("excerpt"), MAX_TEXT_CHARS, true, p);
    }
}
