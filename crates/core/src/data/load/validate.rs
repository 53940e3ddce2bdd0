//! Everything that spans fields or records: ids unique across the file, references to records of the
//! right collection (resolved to indexes on the way), text limits, timelines and provenance. One
//! validator per collection; all problems are collected, each with its JSON path.

mod translations;

use rustc_hash::{FxHashMap, FxHashSet};
use translations::Translatable;

use super::problem::{At, LoadError, Problem, Problems, shorten};
use super::{
    MAX_ID_LEN, MAX_NAME_CHARS, MAX_REASON_CHARS, MAX_SOURCE_TEXT_CHARS, MAX_TEXT_CHARS, YEARS,
    version_problem,
};
use crate::data::adjacency::Adjacency;
use crate::data::model::*;
use crate::data::record::{Collection, RecordRef};

/// Every id of a dataset, borrowed from it, with the record it names.
pub type IdIndex<'a> = FxHashMap<&'a str, RecordRef>;

/// The references validation resolves on the way, as indexes, each as the file states it (one
/// direction; the catalog adds the reverse ones).
#[derive(Default)]
pub struct Resolved {
    pub initiative_themes: Adjacency,
    pub initiative_sectors: Adjacency,
    pub initiative_corridors: Adjacency,
    pub initiative_parties: Adjacency,
    pub initiative_related: Adjacency,
    pub sector_themes: Adjacency,
    pub sector_corridors: Adjacency,
    pub corridor_countries: Adjacency,
    pub corridor_themes: Adjacency,
    pub corridor_sectors: Adjacency,
}

/// Checks everything that spans fields or records, reporting `pending` problems (found while
/// parsing) first. On success returns the id index and the references resolved to indexes.
pub fn validate_with(
    d: &Dataset,
    pending: Vec<Problem>,
) -> Result<(IdIndex<'_>, Resolved), LoadError> {
    let mut v = Validator::new(d, pending);
    v.top_level();
    v.register_ids();
    let mut out = Resolved::default();
    v.sources();
    v.parties();
    v.themes();
    v.sectors(&mut out);
    v.corridors(&mut out);
    v.initiatives(&mut out);
    if v.p.is_empty() {
        Ok((v.ids, out))
    } else {
        Err(v.p.into_error())
    }
}

/// The state of one validation: the dataset, its id index and the problems so far.
struct Validator<'d> {
    d: &'d Dataset,
    ids: IdIndex<'d>,
    p: Problems,
    /// Scratch set for finding repeats in one list, reused (linear time whatever the list's length).
    seen: FxHashSet<&'d str>,
}

const ROOT: At<'static> = At::Root;

impl<'d> Validator<'d> {
    fn new(d: &'d Dataset, pending: Vec<Problem>) -> Validator<'d> {
        let mut p = Problems::default();
        for problem in pending {
            p.push(problem);
        }
        let total = Collection::ALL.iter().map(|&c| d.len_of(c)).sum();
        Validator {
            d,
            ids: FxHashMap::with_capacity_and_hasher(total, Default::default()),
            p,
            seen: FxHashSet::default(),
        }
    }

    /// The dataset's own fields: version, name, description, at least one source.
    fn top_level(&mut self) {
        let d = self.d;
        if d.schema_version != SCHEMA_VERSION {
            self.p.push(version_problem(&d.schema_version.to_string()));
        }
        check_text(
            &d.name,
            &ROOT.key("name"),
            MAX_NAME_CHARS,
            true,
            &mut self.p,
        );
        if let Some(desc) = &d.description {
            check_text(
                desc,
                &ROOT.key("description"),
                MAX_TEXT_CHARS,
                false,
                &mut self.p,
            );
        }
        for (key, value) in [("publisher", &d.publisher), ("issued", &d.issued)] {
            if let Some(v) = value {
                check_text(v, &ROOT.key(key), MAX_NAME_CHARS, true, &mut self.p);
            }
        }
        if let Some(issued) = &d.issued
            && !is_date(issued)
        {
            self.p.at(
                &ROOT.key("issued"),
                format!(
                    "\"{}\" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY",
                    shorten(issued, 40)
                ),
            );
        }
        let has = Translatable {
            description: d.description.is_some(),
            ..Translatable::default()
        };
        self.translations(&d.translations, &ROOT, &has);
        if d.sources.is_empty() {
            self.p.at(
                &ROOT.key("sources"),
                "at least one source is required: every record cites one",
            );
        }
    }

    /// Pass 1: every id, unique across the whole dataset.
    fn register_ids(&mut self) {
        for c in Collection::ALL {
            for i in 0..self.d.len_of(c) {
                let r = RecordRef::new(c, i);
                if let Some(id) = self.d.id_at(r) {
                    self.register(id, r);
                }
            }
        }
    }

    /// Adds one record's id to the index, or reports why it cannot be added.
    fn register(&mut self, id: &'d Id, r: RecordRef) {
        let list = ROOT.key(r.collection.key());
        let rec = list.index(r.index());
        let at = rec.key("id");
        if let Err(msg) = check_id(id.as_str()) {
            self.p.at(&at, msg);
            return;
        }
        match self.ids.entry(id.as_str()) {
            std::collections::hash_map::Entry::Occupied(prev) => {
                let prev = *prev.get();
                self.p.at(
                    &at,
                    format!(
                        "duplicate id \"{id}\" (already used by the {} at {}[{}].id)",
                        prev.collection.singular(),
                        prev.collection.key(),
                        prev.index()
                    ),
                );
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(r);
            }
        }
    }
}

/// One validator per collection: those that link to no other.
impl<'d> Validator<'d> {
    fn sources(&mut self) {
        let list = ROOT.key("sources");
        for (i, r) in self.d.sources.iter().enumerate() {
            let at = list.index(i);
            check_text(&r.name, &at.key("name"), MAX_NAME_CHARS, true, &mut self.p);
            check_text(&r.kind, &at.key("kind"), MAX_NAME_CHARS, true, &mut self.p);
            for (field, value) in [
                ("file", &r.file),
                ("url", &r.url),
                ("published", &r.published),
            ] {
                if let Some(v) = value {
                    check_text(v, &at.key(field), MAX_TEXT_CHARS, true, &mut self.p);
                }
            }
            if let Some(text) = &r.text {
                check_text(
                    text,
                    &at.key("text"),
                    MAX_SOURCE_TEXT_CHARS,
                    true,
                    &mut self.p,
                );
            }
            let quotes = r
                .translations
                .values()
                .any(|w| !w.sections.is_empty() || !w.passages.is_empty());
            let quoted = quotes.then(|| self.quoted(r.id.as_str()));
            let has = Translatable {
                kind: true,
                quoted: quoted.as_ref(),
                ..Translatable::default()
            };
            self.translations(&r.translations, &at, &has);
        }
    }

    fn parties(&mut self) {
        let list = ROOT.key("parties");
        for (i, r) in self.d.parties.iter().enumerate() {
            let at = list.index(i);
            check_text(&r.name, &at.key("name"), MAX_NAME_CHARS, true, &mut self.p);
            if let Some(role) = &r.role {
                check_text(role, &at.key("role"), MAX_NAME_CHARS, true, &mut self.p);
            }
            if let Some(c) = &r.country {
                self.country(c, &at.key("country"));
            }
            self.inferred(r, &at);
            self.provenance(&r.provenance, &at);
            let has = Translatable {
                role: r.role.is_some(),
                reasons: r.inferred.len(),
                ..Translatable::default()
            };
            self.translations(&r.translations, &at, &has);
        }
    }

    fn themes(&mut self) {
        let list = ROOT.key("themes");
        for (i, r) in self.d.themes.iter().enumerate() {
            let at = list.index(i);
            check_text(&r.name, &at.key("name"), MAX_NAME_CHARS, true, &mut self.p);
            self.provenance(&r.provenance, &at);
            self.translations(&r.translations, &at, &Translatable::default());
        }
    }
}

/// The validators of the collections that link to others.
impl<'d> Validator<'d> {
    fn sectors(&mut self, out: &mut Resolved) {
        let list = ROOT.key("sectors");
        for (i, r) in self.d.sectors.iter().enumerate() {
            let at = list.index(i);
            self.named(&r.name, &r.summary, &at);
            self.refs(
                &r.themes,
                &at.key("themes"),
                Collection::Themes,
                &mut out.sector_themes,
            );
            let corridors = at.key("corridors");
            self.refs(
                &r.corridors,
                &corridors,
                Collection::Corridors,
                &mut out.sector_corridors,
            );
            self.inferred(r, &at);
            self.provenance(&r.provenance, &at);
            let has = Translatable {
                summary: true,
                reasons: r.inferred.len(),
                ..Translatable::default()
            };
            self.translations(&r.translations, &at, &has);
        }
    }

    fn corridors(&mut self, out: &mut Resolved) {
        let list = ROOT.key("corridors");
        for (i, r) in self.d.corridors.iter().enumerate() {
            let at = list.index(i);
            self.named(&r.name, &r.summary, &at);
            let countries = at.key("countries");
            if r.countries.len() < 2 {
                self.p
                    .at(&countries, "a corridor links at least two countries");
            }
            self.seen.clear();
            for (j, c) in r.countries.iter().enumerate() {
                let here = countries.index(j);
                if let Some(k) = self.country(c, &here) {
                    out.corridor_countries.push(k);
                }
                if !self.seen.insert(c.as_str()) {
                    self.p.at(
                        &here,
                        format!("\"{}\" is listed twice", shorten(c.as_str(), 40)),
                    );
                }
            }
            out.corridor_countries.end_record();
            self.refs(
                &r.themes,
                &at.key("themes"),
                Collection::Themes,
                &mut out.corridor_themes,
            );
            self.refs(
                &r.sectors,
                &at.key("sectors"),
                Collection::Sectors,
                &mut out.corridor_sectors,
            );
            self.outcomes(&r.outcomes, &at);
            self.inferred(r, &at);
            self.provenance(&r.provenance, &at);
            let has = Translatable {
                summary: true,
                outcomes: r.outcomes.len(),
                reasons: r.inferred.len(),
                ..Translatable::default()
            };
            self.translations(&r.translations, &at, &has);
        }
    }

    fn initiatives(&mut self, out: &mut Resolved) {
        let list = ROOT.key("initiatives");
        for (i, r) in self.d.initiatives.iter().enumerate() {
            let at = list.index(i);
            self.named(&r.name, &r.summary, &at);
            self.refs(
                &r.themes,
                &at.key("themes"),
                Collection::Themes,
                &mut out.initiative_themes,
            );
            let (sectors, corridors) = (at.key("sectors"), at.key("corridors"));
            self.refs(
                &r.sectors,
                &sectors,
                Collection::Sectors,
                &mut out.initiative_sectors,
            );
            self.refs(
                &r.corridors,
                &corridors,
                Collection::Corridors,
                &mut out.initiative_corridors,
            );
            let parties = at.key("parties");
            self.refs(
                &r.parties,
                &parties,
                Collection::Parties,
                &mut out.initiative_parties,
            );
            let related = at.key("related");
            self.refs(
                &r.related,
                &related,
                Collection::Initiatives,
                &mut out.initiative_related,
            );
            for (j, rel) in r.related.iter().enumerate() {
                if rel == &r.id {
                    self.p
                        .at(&related.index(j), "an initiative cannot relate to itself");
                }
            }
            if let Some(t) = &r.timeline {
                check_timeline(t, &at.key("timeline"), &mut self.p);
            }
            self.outcomes(&r.outcomes, &at);
            self.inferred(r, &at);
            self.provenance(&r.provenance, &at);
            let has = Translatable {
                summary: true,
                timeline: r.timeline.is_some(),
                outcomes: r.outcomes.len(),
                reasons: r.inferred.len(),
                ..Translatable::default()
            };
            self.translations(&r.translations, &at, &has);
        }
    }
}

/// Checks shared by the collections' validators.
impl<'d> Validator<'d> {
    /// Every id in `ids` names a record of `collection`, and none is listed twice. The valid ones
    /// are appended to `out` as indexes, as one record.
    fn refs(&mut self, ids: &'d [Id], at: &At<'_>, collection: Collection, out: &mut Adjacency) {
        self.seen.clear();
        for (j, id) in ids.iter().enumerate() {
            let wanted = collection.singular();
            match self.ids.get(id.as_str()) {
                Some(r) if r.collection == collection => out.push(r.index),
                Some(r) => {
                    let found = r.collection.singular();
                    self.p.at(
                        &at.index(j),
                        format!(
                            "\"{}\" is {} {found}, not {} {wanted}",
                            shorten(id.as_str(), 40),
                            article(found),
                            article(wanted)
                        ),
                    );
                }
                None => self.p.at(
                    &at.index(j),
                    format!("unknown {wanted} \"{}\"", shorten(id.as_str(), 40)),
                ),
            }
            if !self.seen.insert(id.as_str()) {
                self.p.at(
                    &at.index(j),
                    format!("\"{}\" is listed twice", shorten(id.as_str(), 40)),
                );
            }
        }
        out.end_record();
    }

    /// `id` names a party of kind country: its index.
    fn country(&mut self, id: &Id, at: &At<'_>) -> Option<u32> {
        let what = match self.ids.get(id.as_str()) {
            Some(r) if r.collection == Collection::Parties => {
                match self.d.parties[r.index()].kind {
                    PartyKind::Country => return Some(r.index),
                    kind => kind.slug(),
                }
            }
            Some(r) => r.collection.singular(),
            None => {
                self.p.at(
                    at,
                    format!("unknown country \"{}\"", shorten(id.as_str(), 40)),
                );
                return None;
            }
        };
        self.p.at(
            at,
            format!(
                "\"{}\" is {} {what}, not a country",
                shorten(id.as_str(), 40),
                article(what)
            ),
        );
        None
    }

    fn named(&mut self, name: &str, summary: &str, at: &At<'_>) {
        check_text(name, &at.key("name"), MAX_NAME_CHARS, true, &mut self.p);
        check_text(
            summary,
            &at.key("summary"),
            MAX_TEXT_CHARS,
            true,
            &mut self.p,
        );
    }

    fn outcomes(&mut self, outcomes: &[String], at: &At<'_>) {
        let list = at.key("outcomes");
        for (j, o) in outcomes.iter().enumerate() {
            check_text(o, &list.index(j), MAX_TEXT_CHARS, true, &mut self.p);
        }
    }

    fn provenance(&mut self, list: &[Provenance], at: &At<'_>) {
        let key = at.key("provenance");
        if list.is_empty() {
            self.p.at(
                &key,
                "every record needs at least one excerpt from a source",
            );
        }
        for (j, prov) in list.iter().enumerate() {
            let here = key.index(j);
            let source = here.key("source");
            match self.ids.get(prov.source.as_str()) {
                Some(r) if r.collection == Collection::Sources => {
                    let text = self.d.sources[r.index()].text.as_deref();
                    if let Some(text) = text
                        && !prov.excerpt.is_empty()
                        && !text.contains(prov.excerpt.as_str())
                    {
                        self.p.at(
                            &here.key("excerpt"),
                            format!(
                                "is not in the text of source \"{}\" word for word",
                                shorten(prov.source.as_str(), 40)
                            ),
                        );
                    }
                }
                Some(r) => {
                    let found = r.collection.singular();
                    self.p.at(
                        &source,
                        format!(
                            "\"{}\" is {} {found}, not a source",
                            shorten(prov.source.as_str(), 40),
                            article(found)
                        ),
                    );
                }
                None => self.p.at(
                    &source,
                    format!("unknown source \"{}\"", shorten(prov.source.as_str(), 40)),
                ),
            }
            if let Some(section) = &prov.section {
                check_text(
                    section,
                    &here.key("section"),
                    MAX_NAME_CHARS,
                    true,
                    &mut self.p,
                );
            }
            check_text(
                &prov.excerpt,
                &here.key("excerpt"),
                MAX_TEXT_CHARS,
                true,
                &mut self.p,
            );
        }
    }
}

/// The check of inferred links.
impl<'d> Validator<'d> {
    /// Each inferred link names a link the record makes, once, with a one-line reason. Linear in
    /// the record's links and inferred entries, whatever their number. (`dyn`, and sets of one
    /// type the validator already uses, keep this small in the wasm.)
    fn inferred(&mut self, r: &'d dyn Links, at: &At<'_>) {
        if r.inferred().is_empty() {
            return;
        }
        let list = at.key("inferred");
        // Per field: its values as a set (built the first time an entry names the field; `None`
        // inside when the record has no such field), and the values marked so far.
        let mut values: [Option<Option<FxHashSet<&str>>>; LinkField::ALL.len()] =
            Default::default();
        let mut marked: [FxHashSet<&str>; LinkField::ALL.len()] = Default::default();
        for (j, x) in r.inferred().iter().enumerate() {
            let here = list.index(j);
            let key = x.field.key();
            let f = x.field as usize;
            let field_values = values[f]
                .get_or_insert_with(|| r.link_values(x.field).map(|v| v.into_iter().collect()));
            match field_values {
                None => self.p.at(
                    &here.key("field"),
                    format!("this record has no `{key}` to mark as inferred"),
                ),
                Some(set) if !set.contains(x.value.as_str()) => self.p.at(
                    &here.key("value"),
                    format!(
                        "\"{}\" is not in this record's `{key}`: only a link the record makes can be \
                         marked inferred",
                        shorten(&x.value, 40)
                    ),
                ),
                Some(_) => {}
            }
            if !marked[f].insert(x.value.as_str()) {
                self.p.at(
                    &here,
                    format!(
                        "`{key}` \"{}\" is marked inferred twice",
                        shorten(&x.value, 40)
                    ),
                );
            }
            let reason = here.key("reason");
            if x.reason.contains('\n') {
                self.p.at(&reason, "must be one line");
            } else {
                check_text(&x.reason, &reason, MAX_REASON_CHARS, true, &mut self.p);
            }
        }
    }
}

/// "a" or "an" before a collection or kind name.
fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
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
            shorten(id, 40)
        ));
    }
    Ok(())
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

/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, with a month 01–12 and a day 01–31.
fn is_date(s: &str) -> bool {
    let mut parts = s.split('-');
    let number = |p: Option<&str>, len: usize, range: std::ops::RangeInclusive<u32>| {
        p.is_some_and(|p| {
            p.len() == len
                && p.bytes().all(|b| b.is_ascii_digit())
                && p.parse().is_ok_and(|n| range.contains(&n))
        })
    };
    if !number(parts.next(), 4, 0..=9999) {
        return false;
    }
    match (parts.next(), parts.next(), parts.next()) {
        (None, _, _) => true,
        (month @ Some(_), None, _) => number(month, 2, 1..=12),
        (month @ Some(_), day @ Some(_), None) => {
            number(month, 2, 1..=12) && number(day, 2, 1..=31)
        }
        _ => false,
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
