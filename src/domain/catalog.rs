//! Loading a dataset: raw bytes → parsed [`Dataset`] → validated, indexed, immutable [`Catalog`].
//!
//! Every problem names where it is: syntax errors by line and column, everything else by JSON path
//! (`initiatives[3].sectors[1]: unknown sector "enrgy"`). All problems are collected, up to
//! [`MAX_PROBLEMS`], so a user fixes a file in one pass. Nothing here panics on any input.

use std::collections::HashMap;
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

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

/// Reads and validates a dataset file into a [`Catalog`].
pub fn load(bytes: &[u8]) -> Result<Catalog, LoadError> {
    Catalog::new(parse(bytes)?)
}

/// Parses a dataset file into its schema types, without cross-record validation.
///
/// Checks, in order: size, UTF-8 (a leading byte-order mark is skipped), JSON syntax, schema
/// version, then shapes and enum values. The fast path parses straight into [`Dataset`]; only a file
/// that fails it is parsed again record by record to list every malformed record, not just the first.
pub fn parse(bytes: &[u8]) -> Result<Dataset, LoadError> {
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
            let (line, column) = line_col(&bytes[..at]);
            return Err(LoadError::one(Problem {
                path: String::new(),
                message: format!("the file is not valid UTF-8 (byte {at})"),
                position: Some((line, column)),
            }));
        }
    };
    if text.trim().is_empty() {
        return Err(LoadError::one(Problem::at("", "the file is empty")));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let fast: Result<Dataset, _> = serde_path_to_error::deserialize(&mut de);
    match fast {
        Ok(dataset) => {
            if let Err(e) = de.end() {
                return Err(LoadError::one(json_problem(String::new(), &e)));
            }
            if dataset.schema_version != SCHEMA_VERSION {
                return Err(LoadError::one(version_problem(&Value::from(
                    dataset.schema_version,
                ))));
            }
            Ok(dataset)
        }
        Err(e) if e.inner().is_data() => Err(parse_slowly(text, e)),
        Err(e) => Err(LoadError::one(json_problem(path_text(e.path()), e.inner()))),
    }
}

fn version_problem(found: &Value) -> Problem {
    Problem::at(
        "schema_version",
        format!("this app reads schema version {SCHEMA_VERSION}, the file has {found}"),
    )
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

/// The slow path after a shape error: parse to a JSON tree and deserialize each record on its own,
/// so every malformed record is reported with its path.
fn parse_slowly(text: &str, first: serde_path_to_error::Error<serde_json::Error>) -> LoadError {
    let fallback = || LoadError::one(json_problem(path_text(first.path()), first.inner()));
    let Ok(root) = serde_json::from_str::<Value>(text) else {
        return fallback();
    };
    let Value::Object(map) = &root else {
        return LoadError::one(Problem::at("", "the file must hold a JSON object"));
    };
    match map.get("schema_version") {
        Some(v) if v.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
        Some(v) => return LoadError::one(version_problem(v)),
        None => return LoadError::one(Problem::at("", "missing field `schema_version`")),
    }
    let mut problems = Problems::default();
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
    for key in map.keys() {
        if !FIELDS.contains(&key.as_str()) {
            problems.add(
                "",
                format!(
                    "unknown field `{key}`, expected one of {}",
                    FIELDS.join(", ")
                ),
            );
        }
    }
    for (key, required) in [("name", true), ("sources", true)] {
        if required && !map.contains_key(key) {
            problems.add("", format!("missing field `{key}`"));
        }
    }
    check_field::<String>(map, "name", &mut problems);
    check_field::<Option<String>>(map, "description", &mut problems);
    check_records::<Source>(map, "sources", &mut problems);
    check_records::<Party>(map, "parties", &mut problems);
    check_records::<Theme>(map, "themes", &mut problems);
    check_records::<Sector>(map, "sectors", &mut problems);
    check_records::<Corridor>(map, "corridors", &mut problems);
    check_records::<Initiative>(map, "initiatives", &mut problems);
    if problems.is_empty() {
        return fallback();
    }
    problems.into_error()
}

fn check_field<T: DeserializeOwned>(
    map: &serde_json::Map<String, Value>,
    key: &str,
    problems: &mut Problems,
) {
    if let Some(v) = map.get(key) {
        if let Err(e) = serde_path_to_error::deserialize::<_, T>(v) {
            problems.push(json_problem(
                join_path(key, &path_text(e.path())),
                e.inner(),
            ));
        }
    }
}

fn check_records<T: DeserializeOwned>(
    map: &serde_json::Map<String, Value>,
    key: &str,
    problems: &mut Problems,
) {
    let Some(v) = map.get(key) else { return };
    let Value::Array(items) = v else {
        problems.add(key, format!("must be a list, found {}", kind_of(v)));
        return;
    };
    for (i, item) in items.iter().enumerate() {
        if let Err(e) = serde_path_to_error::deserialize::<_, T>(item) {
            let inner = path_text(e.path());
            problems.push(json_problem(
                join_path(&format!("{key}[{i}]"), &inner),
                e.inner(),
            ));
        }
    }
}

fn join_path(prefix: &str, rest: &str) -> String {
    match rest {
        "" => prefix.to_string(),
        r if r.starts_with('[') => format!("{prefix}{r}"),
        r => format!("{prefix}.{r}"),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
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
    /// The record's JSON path, e.g. `initiatives[3]`.
    pub fn path(self) -> String {
        match self {
            RecordRef::Source(i) => format!("sources[{i}]"),
            RecordRef::Party(i) => format!("parties[{i}]"),
            RecordRef::Theme(i) => format!("themes[{i}]"),
            RecordRef::Sector(i) => format!("sectors[{i}]"),
            RecordRef::Corridor(i) => format!("corridors[{i}]"),
            RecordRef::Initiative(i) => format!("initiatives[{i}]"),
        }
    }

    /// The collection name as used in JSON paths and messages.
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
}

/// A validated dataset with its lookup indexes. Immutable once built.
#[derive(Debug)]
pub struct Catalog {
    data: Dataset,
    by_id: HashMap<String, RecordRef>,
    /// For each sector, the initiatives that name it.
    sector_initiatives: Vec<Vec<u32>>,
    /// For each corridor, the initiatives that name it.
    corridor_initiatives: Vec<Vec<u32>>,
    /// For each initiative, the initiatives it relates to in either direction.
    related: Vec<Vec<u32>>,
}

impl Catalog {
    /// Validates a parsed dataset and builds its indexes.
    pub fn new(data: Dataset) -> Result<Catalog, LoadError> {
        let mut problems = Problems::default();
        let by_id = validate(&data, &mut problems);
        if !problems.is_empty() {
            return Err(problems.into_error());
        }
        let index = |id: &Id| by_id.get(id.as_str()).copied();
        let mut sector_initiatives = vec![Vec::new(); data.sectors.len()];
        let mut corridor_initiatives = vec![Vec::new(); data.corridors.len()];
        let mut related = vec![Vec::new(); data.initiatives.len()];
        for (i, rec) in data.initiatives.iter().enumerate() {
            let i = i as u32;
            for s in &rec.sectors {
                if let Some(RecordRef::Sector(s)) = index(s) {
                    sector_initiatives[s as usize].push(i);
                }
            }
            for c in &rec.corridors {
                if let Some(RecordRef::Corridor(c)) = index(c) {
                    corridor_initiatives[c as usize].push(i);
                }
            }
            for r in &rec.related {
                if let Some(RecordRef::Initiative(r)) = index(r) {
                    related[i as usize].push(r);
                    related[r as usize].push(i);
                }
            }
        }
        for list in &mut related {
            list.sort_unstable();
            list.dedup();
        }
        Ok(Catalog {
            data,
            by_id,
            sector_initiatives,
            corridor_initiatives,
            related,
        })
    }

    /// The dataset as loaded.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// The record an id names, if any.
    pub fn lookup(&self, id: &str) -> Option<RecordRef> {
        self.by_id.get(id).copied()
    }

    /// Initiatives, in file order.
    pub fn initiatives(&self) -> &[Initiative] {
        &self.data.initiatives
    }

    /// Sectors, in file order.
    pub fn sectors(&self) -> &[Sector] {
        &self.data.sectors
    }

    /// Corridors, in file order.
    pub fn corridors(&self) -> &[Corridor] {
        &self.data.corridors
    }

    /// Themes, in file order.
    pub fn themes(&self) -> &[Theme] {
        &self.data.themes
    }

    /// Parties, in file order.
    pub fn parties(&self) -> &[Party] {
        &self.data.parties
    }

    /// Sources, in file order.
    pub fn sources(&self) -> &[Source] {
        &self.data.sources
    }

    /// The initiative with this id.
    pub fn initiative(&self, id: &str) -> Option<&Initiative> {
        match self.lookup(id)? {
            RecordRef::Initiative(i) => self.data.initiatives.get(i as usize),
            _ => None,
        }
    }

    /// The sector with this id.
    pub fn sector(&self, id: &str) -> Option<&Sector> {
        match self.lookup(id)? {
            RecordRef::Sector(i) => self.data.sectors.get(i as usize),
            _ => None,
        }
    }

    /// The corridor with this id.
    pub fn corridor(&self, id: &str) -> Option<&Corridor> {
        match self.lookup(id)? {
            RecordRef::Corridor(i) => self.data.corridors.get(i as usize),
            _ => None,
        }
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        match self.lookup(id)? {
            RecordRef::Theme(i) => self.data.themes.get(i as usize),
            _ => None,
        }
    }

    /// The party with this id.
    pub fn party(&self, id: &str) -> Option<&Party> {
        match self.lookup(id)? {
            RecordRef::Party(i) => self.data.parties.get(i as usize),
            _ => None,
        }
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        match self.lookup(id)? {
            RecordRef::Source(i) => self.data.sources.get(i as usize),
            _ => None,
        }
    }

    /// Indexes of the initiatives naming sector number `sector`.
    pub fn sector_initiatives(&self, sector: usize) -> &[u32] {
        self.sector_initiatives
            .get(sector)
            .map_or(&[], Vec::as_slice)
    }

    /// Indexes of the initiatives naming corridor number `corridor`.
    pub fn corridor_initiatives(&self, corridor: usize) -> &[u32] {
        self.corridor_initiatives
            .get(corridor)
            .map_or(&[], Vec::as_slice)
    }

    /// Indexes of the initiatives related to initiative number `initiative`, in either direction.
    pub fn related_initiatives(&self, initiative: usize) -> &[u32] {
        self.related.get(initiative).map_or(&[], Vec::as_slice)
    }

    /// The display name of any record id, if it exists.
    pub fn name_of(&self, id: &str) -> Option<&str> {
        let d = &self.data;
        Some(match self.lookup(id)? {
            RecordRef::Source(i) => &d.sources[i as usize].name,
            RecordRef::Party(i) => &d.parties[i as usize].name,
            RecordRef::Theme(i) => &d.themes[i as usize].name,
            RecordRef::Sector(i) => &d.sectors[i as usize].name,
            RecordRef::Corridor(i) => &d.corridors[i as usize].name,
            RecordRef::Initiative(i) => &d.initiatives[i as usize].name,
        })
    }
}

/// Checks everything that spans fields or records; returns the id index.
fn validate(d: &Dataset, p: &mut Problems) -> HashMap<String, RecordRef> {
    if d.schema_version != SCHEMA_VERSION {
        p.push(version_problem(&Value::from(d.schema_version)));
    }
    check_text(&d.name, "name", MAX_NAME_CHARS, true, p);
    if let Some(desc) = &d.description {
        check_text(desc, "description", MAX_TEXT_CHARS, false, p);
    }
    if d.sources.is_empty() {
        p.add(
            "sources",
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
    let mut by_id: HashMap<String, RecordRef> = HashMap::with_capacity(total);
    let mut register = |id: &Id, path: String, r: RecordRef, p: &mut Problems| {
        let id_path = format!("{path}.id");
        if let Err(msg) = check_id(id.as_str()) {
            p.add(id_path, msg);
            return;
        }
        if let Some(prev) = by_id.get(id.as_str()) {
            p.add(
                id_path,
                format!(
                    "duplicate id \"{id}\" (already used by the {} at {}.id)",
                    prev.collection(),
                    prev.path()
                ),
            );
            return;
        }
        by_id.insert(id.0.clone(), r);
    };
    for (i, r) in d.sources.iter().enumerate() {
        register(
            &r.id,
            format!("sources[{i}]"),
            RecordRef::Source(i as u32),
            p,
        );
    }
    for (i, r) in d.parties.iter().enumerate() {
        register(
            &r.id,
            format!("parties[{i}]"),
            RecordRef::Party(i as u32),
            p,
        );
    }
    for (i, r) in d.themes.iter().enumerate() {
        register(&r.id, format!("themes[{i}]"), RecordRef::Theme(i as u32), p);
    }
    for (i, r) in d.sectors.iter().enumerate() {
        register(
            &r.id,
            format!("sectors[{i}]"),
            RecordRef::Sector(i as u32),
            p,
        );
    }
    for (i, r) in d.corridors.iter().enumerate() {
        register(
            &r.id,
            format!("corridors[{i}]"),
            RecordRef::Corridor(i as u32),
            p,
        );
    }
    for (i, r) in d.initiatives.iter().enumerate() {
        register(
            &r.id,
            format!("initiatives[{i}]"),
            RecordRef::Initiative(i as u32),
            p,
        );
    }

    // Pass 2: fields and references, record by record.
    let refs = Refs {
        by_id: &by_id,
        parties: &d.parties,
    };
    for (i, r) in d.sources.iter().enumerate() {
        let at = format!("sources[{i}]");
        check_text(&r.name, &format!("{at}.name"), MAX_NAME_CHARS, true, p);
        check_text(&r.kind, &format!("{at}.kind"), MAX_NAME_CHARS, true, p);
        for (field, value) in [
            ("file", &r.file),
            ("url", &r.url),
            ("published", &r.published),
        ] {
            if let Some(v) = value {
                check_text(v, &format!("{at}.{field}"), MAX_TEXT_CHARS, true, p);
            }
        }
    }
    for (i, r) in d.parties.iter().enumerate() {
        let at = format!("parties[{i}]");
        check_text(&r.name, &format!("{at}.name"), MAX_NAME_CHARS, true, p);
        if let Some(role) = &r.role {
            check_text(role, &format!("{at}.role"), MAX_NAME_CHARS, true, p);
        }
        if let Some(c) = &r.country {
            refs.country(c, &format!("{at}.country"), p);
        }
        check_provenance(&r.provenance, &at, &refs, p);
    }
    for (i, r) in d.themes.iter().enumerate() {
        let at = format!("themes[{i}]");
        check_text(&r.name, &format!("{at}.name"), MAX_NAME_CHARS, true, p);
        check_provenance(&r.provenance, &at, &refs, p);
    }
    for (i, r) in d.sectors.iter().enumerate() {
        let at = format!("sectors[{i}]");
        check_named(&r.name, &r.summary, &at, p);
        refs.list(&r.themes, &format!("{at}.themes"), "theme", p);
        refs.list(&r.corridors, &format!("{at}.corridors"), "corridor", p);
        check_provenance(&r.provenance, &at, &refs, p);
    }
    for (i, r) in d.corridors.iter().enumerate() {
        let at = format!("corridors[{i}]");
        check_named(&r.name, &r.summary, &at, p);
        if r.countries.len() < 2 {
            p.add(
                format!("{at}.countries"),
                "a corridor links at least two countries",
            );
        }
        for (j, c) in r.countries.iter().enumerate() {
            refs.country(c, &format!("{at}.countries[{j}]"), p);
            if r.countries[..j].contains(c) {
                p.add(
                    format!("{at}.countries[{j}]"),
                    format!("\"{}\" is listed twice", shown(c.as_str())),
                );
            }
        }
        refs.list(&r.themes, &format!("{at}.themes"), "theme", p);
        refs.list(&r.sectors, &format!("{at}.sectors"), "sector", p);
        check_outcomes(&r.outcomes, &at, p);
        check_provenance(&r.provenance, &at, &refs, p);
    }
    for (i, r) in d.initiatives.iter().enumerate() {
        let at = format!("initiatives[{i}]");
        check_named(&r.name, &r.summary, &at, p);
        refs.list(&r.themes, &format!("{at}.themes"), "theme", p);
        refs.list(&r.sectors, &format!("{at}.sectors"), "sector", p);
        refs.list(&r.corridors, &format!("{at}.corridors"), "corridor", p);
        refs.list(&r.parties, &format!("{at}.parties"), "party", p);
        refs.list(&r.related, &format!("{at}.related"), "initiative", p);
        for (j, rel) in r.related.iter().enumerate() {
            if rel == &r.id {
                p.add(
                    format!("{at}.related[{j}]"),
                    "an initiative cannot relate to itself",
                );
            }
        }
        if let Some(t) = &r.timeline {
            check_timeline(t, &format!("{at}.timeline"), p);
        }
        check_outcomes(&r.outcomes, &at, p);
        check_provenance(&r.provenance, &at, &refs, p);
    }
    by_id
}

/// Reference checks against the id index.
struct Refs<'a> {
    by_id: &'a HashMap<String, RecordRef>,
    parties: &'a [Party],
}

impl Refs<'_> {
    /// Every id in `ids` names a record of `collection`, and none is listed twice.
    fn list(&self, ids: &[Id], at: &str, collection: &str, p: &mut Problems) {
        for (j, id) in ids.iter().enumerate() {
            let path = format!("{at}[{j}]");
            match self.by_id.get(id.as_str()) {
                Some(r) if r.collection() == collection => {}
                Some(r) => p.add(
                    path,
                    format!(
                        "\"{}\" is {} {}, not {} {collection}",
                        shown(id.as_str()),
                        article(r.collection()),
                        r.collection(),
                        article(collection)
                    ),
                ),
                None => p.add(
                    path,
                    format!("unknown {collection} \"{}\"", shown(id.as_str())),
                ),
            }
            if ids[..j].contains(id) {
                p.add(
                    format!("{at}[{j}]"),
                    format!("\"{}\" is listed twice", shown(id.as_str())),
                );
            }
        }
    }

    /// `id` names a party of kind country.
    fn country(&self, id: &Id, at: &str, p: &mut Problems) {
        match self.by_id.get(id.as_str()) {
            Some(RecordRef::Party(i)) => {
                let kind = self.parties[*i as usize].kind;
                if kind != PartyKind::Country {
                    p.add(
                        at,
                        format!(
                            "\"{id}\" is {} {}, not a country",
                            article(kind.slug()),
                            kind.slug()
                        ),
                    );
                }
            }
            Some(r) => p.add(
                at,
                format!(
                    "\"{id}\" is {} {}, not a country",
                    article(r.collection()),
                    r.collection()
                ),
            ),
            None => p.add(at, format!("unknown country \"{}\"", shown(id.as_str()))),
        }
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

fn check_named(name: &str, summary: &str, at: &str, p: &mut Problems) {
    check_text(name, &format!("{at}.name"), MAX_NAME_CHARS, true, p);
    check_text(summary, &format!("{at}.summary"), MAX_TEXT_CHARS, true, p);
}

/// Text is non-empty (when required), not too long, and free of control and bidi-override characters
/// (which can make text display differently from what it says).
fn check_text(s: &str, at: &str, max_chars: usize, required: bool, p: &mut Problems) {
    if required && s.trim().is_empty() {
        p.add(at, "must not be empty");
        return;
    }
    // Bytes bound chars from above: only count when it could matter.
    if s.len() > max_chars && s.chars().count() > max_chars {
        p.add(at, format!("is longer than {max_chars} characters"));
        return;
    }
    if let Some((i, c)) = s.char_indices().find(|&(_, c)| forbidden_char(c)) {
        let what = if is_bidi_control(c) {
            "a bidirectional control character"
        } else {
            "a control character"
        };
        let col = s[..i].chars().count() + 1;
        p.add(
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

fn check_outcomes(outcomes: &[String], at: &str, p: &mut Problems) {
    for (j, o) in outcomes.iter().enumerate() {
        check_text(o, &format!("{at}.outcomes[{j}]"), MAX_TEXT_CHARS, true, p);
    }
}

fn check_timeline(t: &Timeline, at: &str, p: &mut Problems) {
    check_text(&t.label, &format!("{at}.label"), MAX_NAME_CHARS, true, p);
    for (field, year) in [("start", t.start), ("end", t.end)] {
        if let Some(y) = year {
            if !YEARS.contains(&y) {
                p.add(
                    format!("{at}.{field}"),
                    format!("year {y} is outside {}–{}", YEARS.start(), YEARS.end()),
                );
            }
        }
    }
    if let (Some(s), Some(e)) = (t.start, t.end) {
        if s > e {
            p.add(
                format!("{at}.start"),
                format!("starts in {s}, after it ends ({e})"),
            );
        }
    }
    if t.end.is_some() && t.start.is_none() {
        p.add(format!("{at}.end"), "an end year needs a start year");
    }
}

fn check_provenance(list: &[Provenance], at: &str, refs: &Refs<'_>, p: &mut Problems) {
    if list.is_empty() {
        p.add(
            format!("{at}.provenance"),
            "every record needs at least one excerpt from a source",
        );
    }
    for (j, prov) in list.iter().enumerate() {
        let here = format!("{at}.provenance[{j}]");
        match refs.by_id.get(prov.source.as_str()) {
            Some(RecordRef::Source(_)) => {}
            Some(r) => p.add(
                format!("{here}.source"),
                format!(
                    "\"{}\" is {} {}, not a source",
                    shown(prov.source.as_str()),
                    article(r.collection()),
                    r.collection()
                ),
            ),
            None => p.add(
                format!("{here}.source"),
                format!("unknown source \"{}\"", shown(prov.source.as_str())),
            ),
        }
        if let Some(section) = &prov.section {
            check_text(section, &format!("{here}.section"), MAX_NAME_CHARS, true, p);
        }
        check_text(
            &prov.excerpt,
            &format!("{here}.excerpt"),
            MAX_TEXT_CHARS,
            true,
            p,
        );
    }
}
