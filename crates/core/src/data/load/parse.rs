//! Bytes → [`Dataset`]: size, UTF-8, JSON syntax (with line and column), the top-level keys and
//! schema version, then every record on its own, so that every malformed record is reported with its
//! path and position, not just the first.

use std::fmt;
use std::fmt::Write as _;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::problem::{LoadError, Problem, Problems, shorten};
use super::{MAX_DATASET_BYTES, version_problem};
use crate::data::model::{Dataset, SCHEMA_VERSION, Translations};

/// The top-level keys of a dataset file, in file order.
pub const TOP_LEVEL_KEYS: [&str; 13] = [
    "$schema",
    "schema_version",
    "name",
    "description",
    "publisher",
    "issued",
    "translations",
    "sources",
    "parties",
    "themes",
    "sectors",
    "corridors",
    "initiatives",
];

/// Parses a file; a file whose records all parsed comes back with the top-level problems (such as
/// unknown keys) still to report, so semantic validation can add its own.
pub(crate) fn parse_with_problems(bytes: &[u8]) -> Result<(Dataset, Problems), LoadError> {
    let text = checked_text(bytes)?;
    // Fast path: a valid file parses in one pass. (Path tracking here costs a little time but shares
    // its code with the record-by-record pass below, which keeps the wasm smaller.)
    let mut de = serde_json::Deserializer::from_str(text);
    if let Ok(dataset) = serde_path_to_error::deserialize::<_, Dataset>(&mut de)
        && de.end().is_ok()
        && dataset.schema_version == SCHEMA_VERSION
    {
        return Ok((dataset, Problems::default()));
    }
    record_by_record(text)
}

/// The file as text: within the size limit, valid UTF-8 (a leading byte-order mark skipped) and not
/// blank.
fn checked_text(bytes: &[u8]) -> Result<&str, LoadError> {
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
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        LoadError::one(Problem {
            path: String::new(),
            message: format!("the file is not valid UTF-8 (byte {at})"),
            position: Some(line_col(&bytes[..at])),
        })
    })?;
    if text.trim().is_empty() {
        return Err(LoadError::one(Problem::at("", "the file is empty")));
    }
    Ok(text)
}

/// The slow path, for a file that did not parse in one go: the top level as raw JSON slices (which
/// finds every syntax error), then each value and record on its own.
fn record_by_record(text: &str) -> Result<(Dataset, Problems), LoadError> {
    let top: TopLevel<'_> = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            // Valid JSON, but not an object.
            LoadError::one(Problem::at(
                "",
                "the file must hold a JSON object (the dataset)",
            ))
        } else {
            let mut problem = json_problem(String::new(), &e);
            problem.position = Some(syntax_position(text, &e));
            LoadError::one(problem)
        }
    })?;
    let mut p = Problems::default();
    let fields = top_level_fields(text, &top, &mut p);
    let [
        schema,
        version,
        name,
        description,
        publisher,
        issued,
        translations,
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
            p.push(Problem::at("", format!("missing field `{key}`")));
        }
    }
    let mut r = Reader { text, p, ok: true };
    let name = r.field::<String>("name", name).unwrap_or_default();
    let description = r
        .field::<Option<String>>("description", description)
        .flatten();
    let publisher = r.field::<Option<String>>("publisher", publisher).flatten();
    let issued = r.field::<Option<String>>("issued", issued).flatten();
    let translations = r
        .field::<Translations>("translations", translations)
        .unwrap_or_default();
    let schema = r.field::<Option<String>>("$schema", schema).flatten();
    let dataset = Dataset {
        schema,
        schema_version: SCHEMA_VERSION,
        name,
        description,
        publisher,
        issued,
        translations,
        sources: r.records("sources", sources),
        parties: r.records("parties", parties),
        themes: r.records("themes", themes),
        sectors: r.records("sectors", sectors),
        corridors: r.records("corridors", corridors),
        initiatives: r.records("initiatives", initiatives),
    };
    if r.ok {
        Ok((dataset, r.p))
    } else {
        Err(r.p.into_error())
    }
}

/// The raw value of each known top-level key, in [`TOP_LEVEL_KEYS`] order; unknown and repeated
/// keys are reported.
fn top_level_fields<'a>(
    text: &str,
    top: &TopLevel<'a>,
    p: &mut Problems,
) -> [Option<&'a RawValue>; TOP_LEVEL_KEYS.len()] {
    let mut fields: [Option<&RawValue>; TOP_LEVEL_KEYS.len()] = [None; TOP_LEVEL_KEYS.len()];
    for &(ref key, raw) in &top.0 {
        let position = Some(position(text, raw, 1, 1));
        match TOP_LEVEL_KEYS.iter().position(|f| f == key) {
            Some(i) if fields[i].is_some() => p.push(Problem {
                path: String::new(),
                message: format!("duplicate field `{key}`"),
                position,
            }),
            Some(i) => fields[i] = Some(raw),
            None => p.push(Problem {
                path: String::new(),
                message: format!(
                    "unknown field `{}`, expected one of {}",
                    shorten(key, 60),
                    TOP_LEVEL_KEYS.join(", ")
                ),
                position,
            }),
        }
    }
    fields
}

/// The top-level object (or any object) as `(key, raw value)` pairs in file order (repeats kept, to
/// report them).
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

/// Deserializes values of the file one by one, collecting problems.
struct Reader<'t> {
    text: &'t str,
    p: Problems,
    /// Whether every value so far deserialized.
    ok: bool,
}

impl Reader<'_> {
    /// Deserializes one raw value with path tracking; a failure becomes a problem at `prefix` + the
    /// path inside, positioned in the whole file.
    fn one<T: DeserializeOwned>(&mut self, prefix: &str, raw: &RawValue) -> Option<T> {
        let mut de = serde_json::Deserializer::from_str(raw.get());
        match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Ok(v) => Some(v),
            Err(e) => {
                let inner = e.inner();
                let mut problem = json_problem(join_path(prefix, &path_text(e.path())), inner);
                problem.position = Some(position(
                    self.text,
                    raw,
                    inner.line().max(1),
                    inner.column().max(1),
                ));
                self.p.push(problem);
                self.ok = false;
                None
            }
        }
    }

    fn field<T: DeserializeOwned>(&mut self, key: &str, raw: Option<&RawValue>) -> Option<T> {
        self.one::<T>(key, raw?)
    }

    /// Every record of one collection, each deserialized on its own.
    fn records<T: DeserializeOwned>(&mut self, key: &str, raw: Option<&RawValue>) -> Vec<T> {
        let Some(raw) = raw else { return Vec::new() };
        let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(raw.get()) else {
            let found = match raw.get().trim_start().as_bytes().first() {
                Some(b'{') => "an object",
                Some(b'"') => "a string",
                Some(b't' | b'f') => "a boolean",
                Some(b'n') => "null",
                _ => "a number",
            };
            self.p.push(Problem {
                path: key.to_string(),
                message: format!("must be a list, found {found}"),
                position: Some(position(self.text, raw, 1, 1)),
            });
            self.ok = false;
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        let mut prefix = String::new();
        for (i, item) in items.into_iter().enumerate() {
            prefix.clear();
            let _ = write!(prefix, "{key}[{i}]");
            if let Some(r) = self.one::<T>(&prefix, item) {
                out.push(r);
            }
        }
        out
    }
}

/// Gives each problem that has a JSON path but no position the line and column of the value at its
/// path (the semantic checks name paths only). Every object or list on the way is split into its
/// members once and remembered, so this is linear in the file's size however many problems there are.
pub(crate) fn locate(bytes: &[u8], problems: &mut [Problem]) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(root) = serde_json::from_str::<&RawValue>(text) else {
        return;
    };
    // The members of each object or list reached so far, by the path that leads to it.
    let mut seen: rustc_hash::FxHashMap<String, Members<'_>> = Default::default();
    for p in problems.iter_mut().filter(|p| p.position.is_none()) {
        let mut raw = Some(root);
        let mut path = String::new();
        for step in steps(&p.path) {
            let Some(here) = raw else { break };
            let members = seen
                .entry(path.clone())
                .or_insert_with(|| Members::of(here));
            raw = members.get(step);
            match step {
                Step::Key(k) => {
                    path.push('.');
                    path.push_str(k);
                }
                Step::Index(i) => {
                    let _ = write!(path, "[{i}]");
                }
            }
        }
        if let Some(raw) = raw {
            p.position = Some(position(text, raw, 1, 1));
        }
    }
}

/// The members of a JSON object or list, as raw values.
enum Members<'a> {
    Object(Vec<(String, &'a RawValue)>),
    List(Vec<&'a RawValue>),
    Neither,
}

impl<'a> Members<'a> {
    fn of(raw: &'a RawValue) -> Members<'a> {
        match raw.get().as_bytes().first() {
            Some(b'{') => serde_json::from_str::<TopLevel<'a>>(raw.get())
                .map_or(Members::Neither, |t| Members::Object(t.0)),
            Some(b'[') => serde_json::from_str(raw.get()).map_or(Members::Neither, Members::List),
            _ => Members::Neither,
        }
    }

    fn get(&self, step: Step<'_>) -> Option<&'a RawValue> {
        match (self, step) {
            (Members::Object(pairs), Step::Key(key)) => {
                pairs.iter().find(|(k, _)| k == key).map(|&(_, v)| v)
            }
            (Members::List(items), Step::Index(i)) => items.get(i).copied(),
            _ => None,
        }
    }
}

/// One step of a JSON path.
#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The steps of a path such as `initiatives[3].inferred[0].value`.
fn steps(path: &str) -> impl Iterator<Item = Step<'_>> {
    path.split('.').filter(|s| !s.is_empty()).flat_map(|part| {
        let (key, rest) = part.split_once('[').unwrap_or((part, ""));
        let indexes = rest
            .split('[')
            .filter_map(|i| i.trim_end_matches(']').parse().ok())
            .map(Step::Index);
        (!key.is_empty())
            .then_some(Step::Key(key))
            .into_iter()
            .chain(indexes)
    })
}

/// 1-based line and column (in characters) just after `prefix`.
pub(crate) fn line_col(prefix: &[u8]) -> (usize, usize) {
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

/// Where a syntax error of the whole file is, in characters: just after the last character when
/// the file ends too early, else the character serde_json stopped at (it counts columns in bytes).
fn syntax_position(text: &str, e: &serde_json::Error) -> (usize, usize) {
    if e.classify() == serde_json::error::Category::Eof {
        return line_col(text.as_bytes());
    }
    let line_start = text
        .split_inclusive('\n')
        .take(e.line().saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let mut end = (line_start + e.column().saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
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

fn join_path(prefix: &str, rest: &str) -> String {
    match rest {
        "" => prefix.to_string(),
        r if r.starts_with('[') => format!("{prefix}{r}"),
        r => format!("{prefix}.{r}"),
    }
}
