//! Exports: CSV round-trips through the `csv` crate with formula injection neutralised, the JSON
//! export loads back, and citations are well-formed whatever the text.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cooperation_core::address::route::View;
use cooperation_core::data::catalog::{self, Catalog};
use cooperation_core::data::model::{Dataset, Id, Inferred, LinkField, Provenance, Scope, Term};
use cooperation_core::explore::Explorer;
use cooperation_core::present::export::{self, Urls, neutralise};
use proptest::prelude::*;

fn record_url(view: View, id: &str) -> String {
    format!("https://example.org/{}/{id}", view.segment())
}

fn links() -> Urls<'static> {
    Urls {
        record: &record_url,
        view: "https://example.org/initiatives?q=x%20y&theme=economic#top",
    }
}

fn shipped() -> Catalog {
    catalog::load(common::shipped_json().as_bytes()).unwrap()
}

fn all(c: &Catalog, view: View) -> Vec<u32> {
    let n = match view {
        View::Initiatives => c.initiatives().len(),
        View::Sectors => c.sectors().len(),
        View::Corridors => c.corridors().len(),
    };
    (0..n as u32).collect()
}

fn read_csv(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The name of the record an id names, looked up in the plain dataset.
fn name_of<'d>(d: &'d Dataset, id: &Id) -> &'d str {
    let all = d
        .themes
        .iter()
        .map(|r| (&r.id, &r.name))
        .chain(d.sectors.iter().map(|r| (&r.id, &r.name)))
        .chain(d.corridors.iter().map(|r| (&r.id, &r.name)))
        .chain(d.parties.iter().map(|r| (&r.id, &r.name)))
        .chain(d.initiatives.iter().map(|r| (&r.id, &r.name)));
    for (i, n) in all {
        if i == id {
            return n;
        }
    }
    panic!("no record {id}")
}

fn joined(d: &Dataset, ids: &[&Id]) -> String {
    ids.iter()
        .map(|i| name_of(d, i))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The expected `inferred_links` cell: `field: name — reason`, one per line.
fn inferred(d: &Dataset, list: &[Inferred]) -> (&'static str, String) {
    let lines: Vec<String> = list
        .iter()
        .map(|x| {
            let name = if x.field == LinkField::Scope {
                Scope::from_slug(&x.value).unwrap().label().to_string()
            } else {
                name_of(d, &Id(x.value.clone())).to_string()
            };
            format!("{}: {} — {}", x.field.key(), name, x.reason)
        })
        .collect();
    ("inferred_links", lines.join("\n"))
}

fn provenance(d: &Dataset, prov: &[Provenance]) -> [(&'static str, String); 3] {
    let mut sources: Vec<&str> = prov
        .iter()
        .map(|p| {
            d.sources
                .iter()
                .find(|s| s.id == p.source)
                .unwrap()
                .name
                .as_str()
        })
        .collect();
    sources.dedup();
    let sections: Vec<&str> = prov
        .iter()
        .map(|p| p.section.as_deref().unwrap_or(""))
        .collect();
    let excerpts: Vec<&str> = prov.iter().map(|p| p.excerpt.as_str()).collect();
    [
        ("source", sources.join("; ")),
        ("section", sections.join("\n")),
        ("excerpt", excerpts.join("\n")),
    ]
}

/// What each CSV column must hold for record `i` of `view`, from the plain records (relations
/// stated on either side count, as the app shows them).
fn expected_row(d: &Dataset, view: View, i: usize) -> Vec<(&'static str, String)> {
    let opt = |t: Option<&'static str>| t.unwrap_or("").to_string();
    let mut row = match view {
        View::Initiatives => {
            let r = &d.initiatives[i];
            let t = r.timeline.as_ref();
            // Related both ways (the records it lists and those listing it), in file order.
            let related: Vec<&Id> = d
                .initiatives
                .iter()
                .filter(|o| r.related.contains(&o.id) || o.related.contains(&r.id))
                .map(|o| &o.id)
                .collect();
            vec![
                ("id", r.id.to_string()),
                ("name", r.name.clone()),
                ("summary", r.summary.clone()),
                ("kind", r.kind.label().to_string()),
                ("status", opt(r.status.map(Term::label))),
                ("scope", opt(r.scope.map(Term::label))),
                ("themes", joined(d, &r.themes.iter().collect::<Vec<_>>())),
                ("sectors", joined(d, &r.sectors.iter().collect::<Vec<_>>())),
                (
                    "corridors",
                    joined(d, &r.corridors.iter().collect::<Vec<_>>()),
                ),
                ("parties", joined(d, &r.parties.iter().collect::<Vec<_>>())),
                ("timeline", t.map_or(String::new(), |t| t.label.clone())),
                (
                    "start_year",
                    t.and_then(|t| t.start)
                        .map_or(String::new(), |y| y.to_string()),
                ),
                (
                    "end_year",
                    t.and_then(|t| t.end)
                        .map_or(String::new(), |y| y.to_string()),
                ),
                (
                    "recurrence",
                    opt(t.and_then(|t| t.recurrence).map(Term::label)),
                ),
                ("outcomes", r.outcomes.join("; ")),
                ("related", joined(d, &related)),
                inferred(d, &r.inferred),
            ]
            .into_iter()
            .chain(provenance(d, &r.provenance))
            .collect::<Vec<_>>()
        }
        View::Sectors => {
            let r = &d.sectors[i];
            let mut corridors: Vec<&Id> = r.corridors.iter().collect();
            for c in &d.corridors {
                if c.sectors.contains(&r.id) && !corridors.contains(&&c.id) {
                    corridors.push(&c.id);
                }
            }
            let initiatives: Vec<&Id> = d
                .initiatives
                .iter()
                .filter(|x| x.sectors.contains(&r.id))
                .map(|x| &x.id)
                .collect();
            vec![
                ("id", r.id.to_string()),
                ("name", r.name.clone()),
                ("summary", r.summary.clone()),
                ("themes", joined(d, &r.themes.iter().collect::<Vec<_>>())),
                ("corridors", joined(d, &corridors)),
                ("initiatives", joined(d, &initiatives)),
                inferred(d, &r.inferred),
            ]
            .into_iter()
            .chain(provenance(d, &r.provenance))
            .collect()
        }
        View::Corridors => {
            let r = &d.corridors[i];
            let mut sectors: Vec<&Id> = r.sectors.iter().collect();
            for s in &d.sectors {
                if s.corridors.contains(&r.id) && !sectors.contains(&&s.id) {
                    sectors.push(&s.id);
                }
            }
            let initiatives: Vec<&Id> = d
                .initiatives
                .iter()
                .filter(|x| x.corridors.contains(&r.id))
                .map(|x| &x.id)
                .collect();
            vec![
                ("id", r.id.to_string()),
                ("name", r.name.clone()),
                ("summary", r.summary.clone()),
                (
                    "countries",
                    joined(d, &r.countries.iter().collect::<Vec<_>>()),
                ),
                ("status", opt(r.status.map(Term::label))),
                ("scope", opt(r.scope.map(Term::label))),
                ("themes", joined(d, &r.themes.iter().collect::<Vec<_>>())),
                ("sectors", joined(d, &sectors)),
                ("outcomes", r.outcomes.join("; ")),
                ("initiatives", joined(d, &initiatives)),
                inferred(d, &r.inferred),
            ]
            .into_iter()
            .chain(provenance(d, &r.provenance))
            .collect()
        }
    };
    let id = row[0].1.clone();
    row.push(("url", record_url(view, &id)));
    row
}

/// Every view's CSV, read back with the csv crate, holds one row per record with exactly the
/// record's values (neutralised against formula injection), under the documented header.
fn assert_csv_matches_records(c: &Catalog) {
    let d = c.data();
    for view in View::ALL {
        let matches = all(c, view);
        let text = export::csv(c, view, &matches, &links());
        assert!(text.ends_with("\r\n"), "RFC 4180 line endings");
        let rows = read_csv(&text);
        assert_eq!(
            rows.len(),
            matches.len() + 1,
            "{view:?}: a header and one row per record"
        );
        for (k, row) in rows[1..].iter().enumerate() {
            let want = expected_row(d, view, k);
            let header: Vec<&str> = want.iter().map(|(h, _)| *h).collect();
            assert_eq!(rows[0], header, "{view:?}: the header");
            for ((column, value), got) in want.iter().zip(row) {
                assert_eq!(
                    got,
                    &neutralise(value).into_owned(),
                    "{view:?} row {k} column {column}"
                );
            }
        }
    }
}

#[test]
fn csv_read_back_holds_each_records_values_for_every_view() {
    assert_csv_matches_records(&shipped());
    assert_csv_matches_records(&Catalog::new(common::synth::generate(300, 5)).unwrap());
}

#[test]
fn csv_shows_a_sector_corridor_link_stated_on_one_side_only() {
    let mut d: Dataset = serde_json::from_str(&common::shipped_json()).unwrap();
    // State the link on the corridor's side only.
    for s in &mut d.sectors {
        s.corridors.clear();
    }
    let c = Catalog::new(d).unwrap();
    assert_csv_matches_records(&c);
    let energy = c
        .sectors()
        .iter()
        .position(|s| s.id.as_str() == "energy")
        .unwrap() as u32;
    let rows = read_csv(&export::csv(&c, View::Sectors, &[energy], &links()));
    let corridors = rows[0].iter().position(|h| h == "corridors").unwrap();
    assert_eq!(
        rows[1][corridors],
        "China–Kyrgyzstan–Uzbekistan Economic Corridor"
    );
}

#[test]
fn csv_quotes_the_excerpts_verbatim() {
    let c = shipped();
    let i = c.initiative_index("security-roundtable").unwrap() as u32;
    let rows = read_csv(&export::csv(&c, View::Initiatives, &[i], &links()));
    let excerpt = rows[0].iter().position(|h| h == "excerpt").unwrap();
    // One line per excerpt: the record's own row first, then the sentences that introduce it.
    let lines: Vec<&str> = rows[1][excerpt].split('\n').collect();
    assert_eq!(
        lines[0],
        "security Roundtable | Regular discussions on threats and safety measures relevant to the region."
    );
    assert_eq!(
        lines.last(),
        Some(&"A notable suggestion was the establishment of a bilateral task force aimed at:")
    );
    let url = rows[0].iter().position(|h| h == "url").unwrap();
    assert_eq!(
        rows[1][url],
        "https://example.org/initiatives/security-roundtable"
    );
}

/// A synthetic dataset whose first initiative carries the given name and summary.
fn with_text(name: &str, summary: &str) -> Catalog {
    let mut d: Dataset = common::synth::generate(3, 1);
    d.initiatives[0].name = name.to_string();
    d.initiatives[0].summary = summary.to_string();
    Catalog::new(d).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Any text (quotes, commas, newlines, formula starts, unicode) survives the CSV round trip,
    /// neutralised and nothing else.
    #[test]
    fn csv_round_trips_and_neutralises(
        name in "[=+@\\-\\t]?[^\\u{0}-\\u{8}\\u{b}-\\u{1f}\\u{7f}-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}]{1,60}",
        summary in "[=+@\\-]?[a-zA-Z0-9 ,\"'\\n;é漢]{1,80}",
    ) {
        prop_assume!(!name.trim().is_empty() && !summary.trim().is_empty());
        let c = with_text(&name, &summary);
        let rows = read_csv(&export::csv(&c, View::Initiatives, &[0, 1, 2], &links()));
        prop_assert_eq!(rows.len(), 4);
        prop_assert_eq!(&rows[1][1], &neutralise(&name).into_owned());
        prop_assert_eq!(&rows[1][2], &neutralise(&summary).into_owned());
        for row in &rows {
            for cell in row {
                prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\n']), "{:?}", cell);
            }
        }
    }

    /// BibTeX fields keep their braces balanced and LaTeX specials escaped, whatever the text.
    #[test]
    fn bibtex_is_balanced(name in "\\PC{1,60}", summary in "\\PC{1,60}") {
        prop_assume!(!name.trim().is_empty() && !summary.trim().is_empty());
        prop_assume!(!name.chars().chain(summary.chars()).any(|ch| ch.is_control() || ('\u{202a}'..='\u{202e}').contains(&ch) || ('\u{2066}'..='\u{2069}').contains(&ch)));
        let c = with_text(&name, &summary);
        let bib = export::bibtex(&c, View::Initiatives, &[0], &links(), (2026, 11, 28));
        let mut depth = 0i32;
        let mut prev = ' ';
        for ch in bib.chars() {
            if prev != '\\' {
                if ch == '{' { depth += 1; }
                if ch == '}' { depth -= 1; }
            }
            prop_assert!(depth >= 0);
            prev = if prev == '\\' && ch == '\\' { ' ' } else { ch };
        }
        prop_assert_eq!(depth, 0);
        prop_assert_eq!(bib.matches("@misc{").count(), 2);
    }

    /// CSL-JSON is valid JSON with the record's exact title, whatever the text.
    #[test]
    fn csl_json_keeps_titles(name in "\\PC{1,60}") {
        prop_assume!(!name.trim().is_empty());
        prop_assume!(!name.chars().any(|ch| ch.is_control() || ('\u{202a}'..='\u{202e}').contains(&ch) || ('\u{2066}'..='\u{2069}').contains(&ch)));
        let c = with_text(&name, "summary");
        let json = export::csl_json(&c, View::Initiatives, &[0], &links(), (2026, 11, 28));
        let items: serde_json::Value = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(items[1]["title"].as_str(), Some(name.as_str()));
    }
}

#[test]
fn json_export_loads_back_for_every_view_and_selection() {
    let c = shipped();
    for view in View::ALL {
        let everything = all(&c, view);
        for selection in [
            everything.clone(),
            everything.iter().copied().step_by(2).collect(),
            vec![],
        ] {
            let d = export::dataset(&c, view, &selection);
            let json = serde_json::to_string_pretty(&d).unwrap();
            let back = catalog::load(json.as_bytes()).unwrap_or_else(|e| panic!("{view:?}: {e}"));
            let n = match view {
                View::Initiatives => back.initiatives().len(),
                View::Sectors => back.sectors().len(),
                View::Corridors => back.corridors().len(),
            };
            assert_eq!(n, selection.len());
        }
    }
    // Exporting everything reproduces the dataset exactly.
    let d = export::dataset(&c, View::Initiatives, &all(&c, View::Initiatives));
    assert_eq!(&d, c.data());
}

#[test]
fn json_export_of_a_filtered_synthetic_selection_loads_back() {
    let e = Explorer::new(Catalog::new(common::synth::generate(500, 9)).unwrap());
    let mut state = cooperation_core::address::query::ViewState::default();
    state = state.with_selected(
        cooperation_core::address::query::FacetKey::Theme,
        vec!["economic".into()],
    );
    let sel = e.select(View::Initiatives, &state);
    let d = export::dataset(&e.catalog, View::Initiatives, &sel.matches);
    let back = catalog::load(serde_json::to_string(&d).unwrap().as_bytes()).unwrap();
    assert_eq!(back.initiatives().len(), sel.matches.len());
}

#[test]
fn citations_cover_the_view_and_each_record() {
    let c = shipped();
    let i = c.initiative_index("language-cooperation").unwrap() as u32;
    let csl: serde_json::Value = serde_json::from_str(&export::csl_json(
        &c,
        View::Initiatives,
        &[i],
        &links(),
        (2026, 11, 28),
    ))
    .unwrap();
    let items = csl.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["URL"], links().view);
    assert_eq!(items[1]["id"], "language-cooperation");
    assert_eq!(items[1]["title"], "Language Cooperation");
    assert_eq!(
        items[1]["accessed"]["date-parts"][0],
        serde_json::json!([2026, 11, 28])
    );
    assert!(
        items[1]["note"]
            .as_str()
            .unwrap()
            .contains("Mandarin and kyrgyz"),
        "the excerpt is verbatim"
    );
    // The dataset's publisher is the author, its version date the date: of the dataset, not
    // anything the source does not state.
    for item in items {
        assert_eq!(
            item["author"],
            serde_json::json!([{ "literal": "Cooperation Explorer" }])
        );
        assert!(
            item.get("publisher").is_none(),
            "the publisher is the author"
        );
        assert_eq!(
            item["issued"]["date-parts"][0],
            serde_json::json!([2026, 12, 1])
        );
    }
    let bib = export::bibtex(&c, View::Initiatives, &[i], &links(), (2026, 11, 28));
    assert!(bib.contains("@misc{language-cooperation,"));
    assert!(bib.contains("title = {{Language Cooperation}}"));
    assert!(bib.contains("author = {{Cooperation Explorer}}"));
    assert!(bib.contains("year = {2026},\n  month = dec,"));
    assert!(bib.contains("\\url{https://example.org/initiatives?q=x\\%20y&theme=economic\\#top}"));
    assert!(bib.contains("urldate = {2026-11-28}"));
}

/// A dataset that names no publisher and no date gets citations without them (the styles then say
/// so), never invented ones.
#[test]
fn citations_of_a_dataset_without_publisher_or_date_have_neither() {
    let mut d = catalog::parse(common::shipped_json().as_bytes()).unwrap();
    d.publisher = None;
    d.issued = None;
    let c = catalog::Catalog::new(d).unwrap();
    let csl: serde_json::Value = serde_json::from_str(&export::csl_json(
        &c,
        View::Initiatives,
        &[0],
        &links(),
        (2026, 11, 28),
    ))
    .unwrap();
    let item = &csl.as_array().unwrap()[1];
    assert!(item.get("author").is_none() && item.get("issued").is_none());
    assert_eq!(item["publisher"], "Cooperation Explorer");
    let bib = export::bibtex(&c, View::Initiatives, &[0], &links(), (2026, 11, 28));
    assert!(!bib.contains("author =") && !bib.contains("year ="));
}
