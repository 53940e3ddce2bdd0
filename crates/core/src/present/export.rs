//! Taking the current selection away: CSV (RFC 4180 through the `csv` crate, formula-injection
//! neutralised), JSON in the dataset schema (re-loadable), and citations (CSL-JSON and BibTeX) with a
//! link that reproduces the view.

use std::borrow::Cow;

use serde::Serialize;

use crate::address::route::View;
use crate::data::catalog::{Catalog, RecordRef};
use crate::data::model::*;
use crate::present::fields::{self, Field};

/// Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"), plus LF.
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\n'];

/// A cell safe to open in a spreadsheet: text starting with a formula character gets a leading `'`.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The addresses exported records and views link to.
pub struct Urls<'a> {
    /// The address of a record's page, by view and id.
    pub record: &'a dyn Fn(View, &str) -> String,
    /// The address that reproduces the current view.
    pub view: &'a str,
}

fn provenance_columns(c: &Catalog, prov: &[Provenance]) -> [String; 3] {
    let source = prov
        .iter()
        .map(|p| {
            c.source(p.source.as_str())
                .map_or(p.source.to_string(), |s| s.name.clone())
        })
        .collect::<Vec<_>>();
    let mut source = source;
    source.dedup();
    [
        source.join("; "),
        prov.iter()
            .map(|p| p.section.clone().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n"),
        prov.iter()
            .map(|p| p.excerpt.clone())
            .collect::<Vec<_>>()
            .join("\n"),
    ]
}

/// The record's inferred links, one per line: `field: name — reason` (the CSV's `inferred_links`).
fn inferred_column(c: &Catalog, list: &[Inferred]) -> String {
    let mut out = String::new();
    for x in list {
        if !out.is_empty() {
            out.push('\n');
        }
        let name = match (x.field, Scope::from_slug(&x.value)) {
            (LinkField::Scope, Some(scope)) => scope.label(),
            _ => c.name_of_id(&x.value),
        };
        out.push_str(&format!("{}: {name} — {}", x.field.key(), x.reason));
    }
    out
}

/// The header and rows of one view's CSV export.
type Table = (Vec<&'static str>, Vec<Vec<String>>);

/// The columns every export has after the record's own fields: its inferred links, where it comes
/// from, and its page.
const TRAILING: [&str; 5] = ["inferred_links", "source", "section", "excerpt", "url"];

/// The header and rows of a CSV export of `matches` (record indexes of `view`), before
/// neutralising: the id, the view's fields in the CSV (see [`fields::of`]), then [`TRAILING`].
pub fn table(c: &Catalog, view: View, matches: &[u32], urls: &Urls<'_>) -> Table {
    let exported: Vec<Field> = fields::of(view)
        .iter()
        .filter(|s| s.csv)
        .map(|s| s.field)
        .collect();
    let mut header = vec!["id"];
    header.extend(
        exported
            .iter()
            .flat_map(|f| f.csv_columns().iter().copied()),
    );
    header.extend(TRAILING);
    let collection = view.collection();
    let rows = matches
        .iter()
        .map(|&i| RecordRef::new(collection, i as usize))
        .filter(|&r| r.index() < c.data().len_of(collection))
        .map(|r| {
            let id = c.id_of(r);
            let mut row = vec![id.to_string()];
            for &f in &exported {
                row.extend(fields::value(c, r, f).csv(c, f));
            }
            let [source, section, excerpt] = provenance_columns(c, c.data().provenance_at(r));
            row.extend([
                inferred_column(c, c.inferred_of(r)),
                source,
                section,
                excerpt,
                (urls.record)(view, id),
            ]);
            row
        })
        .collect();
    (header, rows)
}

/// The selection as CSV (RFC 4180 quoting by the `csv` crate; every cell neutralised).
pub fn csv(c: &Catalog, view: View, matches: &[u32], urls: &Urls<'_>) -> String {
    let (header, rows) = table(c, view, matches, urls);
    write_csv(&header, &rows)
}

/// Every party as CSV: id, name, kind, role, country, then its inferred links and where the source
/// names it (parties have no page of their own: no `url`).
pub fn parties_csv(c: &Catalog) -> String {
    let header = [
        "id",
        "name",
        "kind",
        "role",
        "country",
        "inferred_links",
        "source",
        "section",
        "excerpt",
    ];
    let rows: Vec<Vec<String>> = c
        .parties()
        .iter()
        .map(|p| {
            let [source, section, excerpt] = provenance_columns(c, &p.provenance);
            vec![
                p.id.to_string(),
                p.name.clone(),
                p.kind.slug().to_string(),
                p.role.clone().unwrap_or_default(),
                p.country
                    .as_ref()
                    .map_or(String::new(), |id| c.name_of_id(id.as_str()).to_string()),
                inferred_column(c, &p.inferred),
                source,
                section,
                excerpt,
            ]
        })
        .collect();
    write_csv(&header, &rows)
}

/// The files a site offers for the whole dataset besides its JSON: one CSV per collection, by
/// their names under `data/` (what the build writes, and what the home page lists with their
/// sizes), written by the exports above.
pub fn data_files(c: &Catalog, urls: &Urls<'_>) -> Vec<(&'static str, String)> {
    let all = |view: View| -> Vec<u32> { (0..c.data().len_of(view.collection()) as u32).collect() };
    let mut files: Vec<(&'static str, String)> = View::ALL
        .into_iter()
        .map(|view| {
            let name = match view {
                View::Initiatives => "initiatives.csv",
                View::Sectors => "sectors.csv",
                View::Corridors => "corridors.csv",
            };
            (name, csv(c, view, &all(view), urls))
        })
        .collect();
    files.push(("parties.csv", parties_csv(c)));
    files
}

fn write_csv<S: AsRef<str>>(header: &[&str], rows: &[Vec<S>]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail; the error arms only keep this total.
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(
            row.iter()
                .map(|cell| neutralise(cell.as_ref()).into_owned()),
        );
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The selection as a dataset in the app's own schema: the selected records of `view`, every record
/// of the other collections, and references into `view`'s collection pruned to the selection, so
/// the file loads back.
pub fn dataset(c: &Catalog, view: View, matches: &[u32]) -> Dataset {
    let d = c.data();
    let mut out = d.clone();
    let keep_ids = |all: &[Id]| -> std::collections::HashSet<Id> { all.iter().cloned().collect() };
    let prune = |ids: &mut Vec<Id>, keep: &std::collections::HashSet<Id>| {
        ids.retain(|id| keep.contains(id))
    };
    match view {
        View::Initiatives => {
            out.initiatives = matches
                .iter()
                .filter_map(|&i| d.initiatives.get(i as usize).cloned())
                .collect();
            let keep = keep_ids(
                &out.initiatives
                    .iter()
                    .map(|r| r.id.clone())
                    .collect::<Vec<_>>(),
            );
            for r in &mut out.initiatives {
                prune(&mut r.related, &keep);
            }
        }
        View::Sectors => {
            out.sectors = matches
                .iter()
                .filter_map(|&i| d.sectors.get(i as usize).cloned())
                .collect();
            let keep = keep_ids(&out.sectors.iter().map(|r| r.id.clone()).collect::<Vec<_>>());
            for r in &mut out.initiatives {
                prune(&mut r.sectors, &keep);
            }
            for r in &mut out.corridors {
                prune(&mut r.sectors, &keep);
            }
        }
        View::Corridors => {
            out.corridors = matches
                .iter()
                .filter_map(|&i| d.corridors.get(i as usize).cloned())
                .collect();
            let keep = keep_ids(
                &out.corridors
                    .iter()
                    .map(|r| r.id.clone())
                    .collect::<Vec<_>>(),
            );
            for r in &mut out.initiatives {
                prune(&mut r.corridors, &keep);
            }
            for r in &mut out.sectors {
                prune(&mut r.corridors, &keep);
            }
        }
    }
    // A pruned link is no longer made, so it cannot stay marked inferred.
    out.initiatives
        .iter_mut()
        .for_each(Links::drop_unmade_inferred);
    out.sectors.iter_mut().for_each(Links::drop_unmade_inferred);
    out.corridors
        .iter_mut()
        .for_each(Links::drop_unmade_inferred);
    // Translations of headings and excerpts that no record left quotes go with those records.
    let mut quoted: std::collections::HashSet<(String, String)> = Default::default();
    let provenance = (out.parties.iter().map(|r| &r.provenance))
        .chain(out.themes.iter().map(|r| &r.provenance))
        .chain(out.sectors.iter().map(|r| &r.provenance))
        .chain(out.corridors.iter().map(|r| &r.provenance))
        .chain(out.initiatives.iter().map(|r| &r.provenance));
    for p in provenance.flatten() {
        let words = std::iter::once(&p.excerpt).chain(&p.section);
        quoted.extend(words.map(|w| (p.source.to_string(), w.clone())));
    }
    for source in &mut out.sources {
        let id = source.id.to_string();
        let kept = |text: &String| quoted.contains(&(id.clone(), text.clone()));
        for words in source.translations.values_mut() {
            words.passages.retain(|k, _| kept(k));
            words.sections.retain(|k, _| kept(k));
        }
    }
    out
}

/// A dataset as pretty-printed JSON in the schema (what "JSON (reloadable dataset)" saves).
pub fn to_json(d: &Dataset) -> String {
    serde_json::to_string_pretty(d).unwrap_or_default()
}

/// A CSL-JSON date: year, month and day, or fewer.
#[derive(Clone, Serialize)]
struct CslDate {
    #[serde(rename = "date-parts")]
    date_parts: [Vec<i32>; 1],
}

/// A CSL-JSON name: an organisation's, or a person's as one string.
#[derive(Clone, Serialize)]
struct CslName {
    literal: String,
}

/// One CSL-JSON item.
#[derive(Serialize)]
struct CslItem {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    title: String,
    #[serde(rename = "container-title")]
    container_title: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    author: Vec<CslName>,
    /// Absent when the publisher is the author (APA, for one, names it once).
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<CslDate>,
    #[serde(rename = "URL")]
    url: String,
    accessed: CslDate,
    note: String,
}

/// Who a citation names as the dataset's author, and as its publisher if someone else: the
/// dataset's publisher is its author when it names one (else there is no author, and the app is the
/// publisher).
fn publisher(c: &Catalog) -> (Option<&str>, Option<&str>) {
    match c.data().publisher.as_deref() {
        Some(p) => (Some(p), None),
        None => (None, Some("Cooperation Explorer")),
    }
}

/// The dataset's version date as numbers (`2026-12-01` → `[2026, 12, 1]`), if it states one.
fn issued(c: &Catalog) -> Option<Vec<i32>> {
    let parts: Option<Vec<i32>> = c
        .data()
        .issued
        .as_deref()?
        .split('-')
        .map(|p| p.parse().ok())
        .collect();
    parts.filter(|p| !p.is_empty() && p.len() <= 3)
}

/// What citations say about one record: its label, where it is quoted from, and its first excerpt.
fn citation_note(c: &Catalog, view: View, i: usize) -> (String, String, Id) {
    let r = RecordRef::new(view.collection(), i);
    let what = match c.initiatives().get(i).filter(|_| view == View::Initiatives) {
        Some(initiative) => format!("Initiative ({})", initiative.kind.label()),
        None => capitalised(view.singular()),
    };
    let quoted = c
        .data()
        .provenance_at(r)
        .first()
        .map(|p| {
            let source = c
                .source(p.source.as_str())
                .map_or(p.source.to_string(), |s| s.name.clone());
            match &p.section {
                Some(section) => {
                    format!("Quoted from {source}, section “{section}”: “{}”", p.excerpt)
                }
                None => format!("Quoted from {source}: “{}”", p.excerpt),
            }
        })
        .unwrap_or_default();
    (what, quoted, Id(c.id_of(r).to_string()))
}

/// `word` with its first letter upper-case ("sector" → "Sector").
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn record_name(c: &Catalog, view: View, i: usize) -> String {
    c.name_of(RecordRef::new(view.collection(), i)).to_string()
}

/// CSL-JSON (as read by Zotero, Pandoc and citeproc) for the view and each selected record.
/// `today` is `(year, month, day)` of access.
pub fn csl_json(
    c: &Catalog,
    view: View,
    matches: &[u32],
    urls: &Urls<'_>,
    today: (i32, u32, u32),
) -> String {
    let accessed = || CslDate {
        date_parts: [vec![today.0, today.1 as i32, today.2 as i32]],
    };
    let dataset = c.data().name.clone();
    let (author, publisher) = publisher(c);
    let author: Vec<CslName> = author
        .map(|a| CslName {
            literal: a.to_string(),
        })
        .into_iter()
        .collect();
    let issued = issued(c).map(|d| CslDate { date_parts: [d] });
    let mut items = vec![CslItem {
        id: "cooperation-explorer-view".into(),
        kind: "dataset",
        title: format!(
            "Cooperation Explorer: {} ({} of the dataset)",
            view.label(),
            count_label(matches.len(), view)
        ),
        container_title: dataset.clone(),
        author: author.clone(),
        publisher: publisher.map(str::to_string),
        issued: issued.clone(),
        url: urls.view.to_string(),
        accessed: accessed(),
        note: "The link reproduces this view: search, filters and sort.".into(),
    }];
    for &i in matches {
        let (what, quoted, id) = citation_note(c, view, i as usize);
        items.push(CslItem {
            id: id.to_string(),
            kind: "dataset",
            title: record_name(c, view, i as usize),
            container_title: dataset.clone(),
            author: author.clone(),
            publisher: publisher.map(str::to_string),
            issued: issued.clone(),
            url: (urls.record)(view, id.as_str()),
            accessed: accessed(),
            note: format!("{what}. {quoted} View: {}", urls.view),
        });
    }
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into())
}

fn count_label(n: usize, view: View) -> String {
    let one = view.singular();
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// Escapes text for a BibTeX field in braces: LaTeX specials become commands, so braces stay
/// balanced whatever the input.
pub fn bibtex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' => out.push_str("\\{"),
            '}' => out.push_str("\\}"),
            '$' | '&' | '%' | '#' | '_' => {
                out.push('\\');
                out.push(ch);
            }
            '^' => out.push_str("\\textasciicircum{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a URL for `\url{…}`: `%`, `#`, `\`, `{`, `}` and `^` are escaped or encoded.
fn bibtex_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for ch in url.chars() {
        match ch {
            '%' | '#' => {
                out.push('\\');
                out.push(ch);
            }
            '\\' => out.push_str("\\%5C"),
            '{' => out.push_str("\\%7B"),
            '}' => out.push_str("\\%7D"),
            '^' => out.push_str("\\%5E"),
            c if c.is_control() || c == ' ' => out.push_str("\\%20"),
            c => out.push(c),
        }
    }
    out
}

/// BibTeX `@misc` entries for the view and each selected record (keys are the record ids).
pub fn bibtex(
    c: &Catalog,
    view: View,
    matches: &[u32],
    urls: &Urls<'_>,
    today: (i32, u32, u32),
) -> String {
    let date = format!("{:04}-{:02}-{:02}", today.0, today.1, today.2);
    let dataset = bibtex_escape(&c.data().name);
    // The author is an organisation (or a name given whole): braced, so BibTeX does not split it
    // into first and last names. The year and month are the dataset's version date.
    let (author, _) = publisher(c);
    let mut by = String::new();
    if let Some(a) = author {
        by.push_str(&format!("  author = {{{{{}}}}},\n", bibtex_escape(a)));
    }
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if let Some(d) = issued(c) {
        by.push_str(&format!("  year = {{{}}},\n", d[0]));
        if let Some(m) = d
            .get(1)
            .and_then(|m| MONTHS.get((*m as usize).wrapping_sub(1)))
        {
            by.push_str(&format!("  month = {m},\n"));
        }
    }
    let mut out = String::new();
    let entry = |out: &mut String, key: &str, title: &str, url: &str, note: &str| {
        out.push_str(&format!(
            "@misc{{{key},\n{by}  title = {{{{{}}}}},\n  howpublished = {{\\url{{{}}}}},\n  note = {{{}}},\n  urldate = {{{date}}},\n}}\n\n",
            bibtex_escape(title),
            bibtex_url(url),
            note,
        ));
    };
    entry(
        &mut out,
        "cooperation-explorer-view",
        &format!(
            "Cooperation Explorer: {} ({})",
            view.label(),
            count_label(matches.len(), view)
        ),
        urls.view,
        &format!(
            "View of the dataset ``{dataset}''; the link reproduces its search, filters and sort"
        ),
    );
    for &i in matches {
        let (what, quoted, id) = citation_note(c, view, i as usize);
        let note = format!(
            "{}. {} View: \\url{{{}}}",
            bibtex_escape(&what),
            bibtex_escape(&quoted),
            bibtex_url(urls.view)
        );
        entry(
            &mut out,
            id.as_str(),
            &record_name(c, view, i as usize),
            &(urls.record)(view, id.as_str()),
            &note,
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralised() {
        for bad in ["=1+1", "+A1", "-2", "@SUM(A1)", "\tx", "\rx", "\nx"] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(neutralise("Energy"), "Energy");
        assert_eq!(neutralise(""), "");
    }

    #[test]
    fn bibtex_escaping_balances_braces() {
        let s = bibtex_escape("50% {of} $x_1$ & #2 ^~\\");
        assert_eq!(
            s,
            "50\\% \\{of\\} \\$x\\_1\\$ \\& \\#2 \\textasciicircum{}\\textasciitilde{}\\textbackslash{}"
        );
    }
}
