//! The shipped dataset: it validates, it is faithful to the source article (every excerpt verbatim,
//! every section a real heading), it is complete (every list item and table row the article has is a
//! record), it is spelled correctly, and it states nothing the article does not.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cooperation_core::data::catalog::{self, Catalog};
use cooperation_core::data::model::*;

fn shipped() -> Catalog {
    catalog::load(common::shipped_json().as_bytes())
        .unwrap_or_else(|e| panic!("shipped dataset rejected:\n{e}"))
}

/// Every provenance entry of every record, with the record's id.
fn all_provenance(c: &Catalog) -> Vec<(&str, &Provenance)> {
    let d = c.data();
    let mut out = Vec::new();
    out.extend(
        d.parties
            .iter()
            .flat_map(|r| r.provenance.iter().map(move |p| (r.id.as_str(), p))),
    );
    out.extend(
        d.themes
            .iter()
            .flat_map(|r| r.provenance.iter().map(move |p| (r.id.as_str(), p))),
    );
    out.extend(
        d.sectors
            .iter()
            .flat_map(|r| r.provenance.iter().map(move |p| (r.id.as_str(), p))),
    );
    out.extend(
        d.corridors
            .iter()
            .flat_map(|r| r.provenance.iter().map(move |p| (r.id.as_str(), p))),
    );
    out.extend(
        d.initiatives
            .iter()
            .flat_map(|r| r.provenance.iter().map(move |p| (r.id.as_str(), p))),
    );
    out
}

/// All text the dataset itself writes (names, summaries, outcomes, labels), not the quoted excerpts.
fn own_text(c: &Catalog) -> Vec<(String, String)> {
    let d = c.data();
    let mut out = vec![("name".to_string(), d.name.clone())];
    out.extend(
        d.description
            .iter()
            .map(|t| ("description".to_string(), t.clone())),
    );
    for r in &d.initiatives {
        out.push((r.id.to_string(), r.name.clone()));
        out.push((r.id.to_string(), r.summary.clone()));
        out.extend(r.outcomes.iter().map(|o| (r.id.to_string(), o.clone())));
        out.extend(
            r.timeline
                .iter()
                .map(|t| (r.id.to_string(), t.label.clone())),
        );
    }
    for r in &d.sectors {
        out.push((r.id.to_string(), r.name.clone()));
        out.push((r.id.to_string(), r.summary.clone()));
    }
    for r in &d.corridors {
        out.push((r.id.to_string(), r.name.clone()));
        out.push((r.id.to_string(), r.summary.clone()));
        out.extend(r.outcomes.iter().map(|o| (r.id.to_string(), o.clone())));
    }
    for r in &d.parties {
        out.push((r.id.to_string(), r.name.clone()));
        out.extend(r.role.iter().map(|o| (r.id.to_string(), o.clone())));
    }
    for r in &d.themes {
        out.push((r.id.to_string(), r.name.clone()));
    }
    for r in &d.sources {
        out.push((r.id.to_string(), r.name.clone()));
    }
    out
}

#[test]
fn the_shipped_dataset_validates() {
    let c = shipped();
    assert_eq!(c.data().schema_version, SCHEMA_VERSION);
    assert_eq!(c.initiatives().len(), 39);
    assert_eq!(c.sectors().len(), 5);
    assert_eq!(c.corridors().len(), 1);
    assert_eq!(c.themes().len(), 9);
    assert_eq!(c.sources().len(), 1);
}

#[test]
fn every_excerpt_is_verbatim_in_the_source() {
    let source = common::source_text();
    let c = shipped();
    let mut checked = 0;
    for (id, p) in all_provenance(&c) {
        assert!(
            source.contains(&p.excerpt),
            "{id}: excerpt is not verbatim in the source: {:?}",
            p.excerpt
        );
        checked += 1;
    }
    assert!(checked >= 60, "only {checked} excerpts");
}

#[test]
fn every_section_is_a_heading_line_of_the_source() {
    let source = common::source_text();
    let lines: Vec<&str> = source.lines().collect();
    for (id, p) in all_provenance(&shipped()) {
        if let Some(section) = &p.section {
            let at = lines.iter().position(|l| l == section);
            assert!(
                at.is_some(),
                "{id}: section {section:?} is not a line of the source"
            );
            // The excerpt sits under that heading: after it and before the next heading we cite.
            let start: usize = lines[..at.unwrap()].iter().map(|l| l.len() + 1).sum();
            let found = source[start..].find(&p.excerpt);
            assert!(
                found.is_some(),
                "{id}: excerpt does not follow its section {section:?}"
            );
        } else {
            let first_heading = source.find('\n').unwrap();
            assert!(
                source[..first_heading].contains(&p.excerpt),
                "{id}: an excerpt without a section must come from the opening paragraph"
            );
        }
    }
}

#[test]
fn every_record_has_provenance_and_every_source_is_cited() {
    let c = shipped();
    let d = c.data();
    assert!(d.initiatives.iter().all(|r| !r.provenance.is_empty()));
    assert!(d.sectors.iter().all(|r| !r.provenance.is_empty()));
    assert!(d.corridors.iter().all(|r| !r.provenance.is_empty()));
    assert!(d.themes.iter().all(|r| !r.provenance.is_empty()));
    assert!(d.parties.iter().all(|r| !r.provenance.is_empty()));
    for s in &d.sources {
        assert!(
            all_provenance(&c).iter().any(|(_, p)| p.source == s.id),
            "{} is never cited",
            s.id
        );
    }
}

/// A list item or table row of the article: its name (first cell) and its full text.
type Item = (String, String);

/// The article's bullet items ("- Name: description") and table rows ("Name | … |").
fn source_items(source: &str) -> (Vec<Item>, Vec<Item>) {
    let mut bullets = Vec::new();
    let mut rows = Vec::new();
    for line in source.lines() {
        if let Some(item) = line.strip_prefix("- ") {
            let (name, rest) = item
                .split_once(':')
                .expect("bullets are `Name: description`");
            bullets.push((name.trim().to_string(), format!("{name}:{rest}")));
        } else if line.contains(" | ") && !line.starts_with("---") {
            let first = line.split('|').next().unwrap().trim().to_string();
            let row = line.trim_end_matches(['|', ' ']).to_string();
            rows.push((first, row));
        }
    }
    (bullets, rows)
}

#[test]
fn every_list_item_and_table_row_of_the_article_is_a_record_citing_it() {
    let source = common::source_text();
    let c = shipped();
    let (bullets, rows) = source_items(&source);
    assert_eq!(bullets.len(), 15, "the article has 15 bullet items");
    let excerpts: Vec<&str> = all_provenance(&c)
        .iter()
        .map(|(_, p)| p.excerpt.as_str())
        .collect();
    let names: Vec<String> = c
        .initiatives()
        .iter()
        .map(|r| r.name.to_lowercase())
        .chain(c.sectors().iter().map(|r| r.name.to_lowercase()))
        .collect();
    for (name, line) in &bullets {
        assert!(
            names.contains(&name.to_lowercase()),
            "no record named {name:?}"
        );
        assert!(
            excerpts.iter().any(|e| e.starts_with(line.as_str())),
            "no record cites the item {line:?}"
        );
    }
    let headers = ["Initiative", "Sector", "Area of Collaboration"];
    let data_rows: Vec<_> = rows
        .iter()
        .filter(|(first, _)| !headers.contains(&first.as_str()))
        .collect();
    assert_eq!(
        data_rows.len(),
        12,
        "the article's tables have 12 data rows"
    );
    for (first, row) in data_rows {
        assert!(
            names.contains(&first.to_lowercase()),
            "no record named {first:?}"
        );
        assert!(
            excerpts
                .iter()
                .any(|e| e.starts_with(row.as_str()) || row.starts_with(e)),
            "no record cites the row {row:?}"
        );
    }
}

#[test]
fn the_timeline_rows_are_recorded_with_the_sources_own_labels() {
    let c = shipped();
    let t = |id: &str| {
        c.initiative(id)
            .and_then(|r| r.timeline.clone())
            .unwrap_or_else(|| panic!("{id} has no timeline"))
    };
    let students = t("student-exchange-programs");
    assert_eq!(
        (students.label.as_str(), students.start, students.end),
        ("2024-2026", Some(2024), Some(2026))
    );
    let festivals = t("cultural-festivals");
    assert_eq!(
        (festivals.label.as_str(), festivals.recurrence),
        ("Annual Events", Some(Recurrence::Annual))
    );
    let language = t("language-cooperation");
    assert_eq!(
        (language.label.as_str(), language.start, language.end),
        ("2024 Launch", Some(2024), None)
    );
}

#[test]
fn the_corridor_links_china_kyrgyzstan_and_uzbekistan() {
    let c = shipped();
    let corridor = &c.corridors()[0];
    let countries: Vec<&str> = corridor.countries.iter().map(Id::as_str).collect();
    assert_eq!(countries, ["china", "kyrgyzstan", "uzbekistan"]);
    assert_eq!(c.corridor_initiatives.get(0).len(), 3);
}

#[test]
fn names_and_summaries_are_spelled_correctly() {
    let c = shipped();
    // The source's typos and odd capitals must not leak into the dataset's own text.
    let typos = [
        "onyl",
        "Thru",
        "china’s",
        "liu Bin",
        "aktilek",
        "security Roundtable",
        "Central asia",
        "kyrgyz",
        "trade,investment",
        "Moreover,",
        "China,Aktilek",
        "a extensive",
    ];
    for (id, text) in own_text(&c) {
        for typo in typos {
            assert!(!text.contains(typo), "{id}: {typo:?} in {text:?}");
        }
        assert!(!text.contains("  "), "{id}: double space in {text:?}");
        assert_eq!(text.trim(), text, "{id}: stray whitespace in {text:?}");
    }
    let people: Vec<&str> = c.parties().iter().map(|p| p.name.as_str()).collect();
    for name in [
        "China",
        "Kyrgyzstan",
        "Uzbekistan",
        "Central Asia",
        "Liu Bin",
        "Aktilek Musaeva",
    ] {
        assert!(people.contains(&name), "{name} is missing from the parties");
    }
}

#[test]
fn nothing_is_stated_that_the_source_does_not_state() {
    let source = common::source_text();
    let c = shipped();
    // Every number the dataset writes appears in the source.
    for (id, text) in own_text(&c) {
        for word in text
            .split(|ch: char| !ch.is_ascii_digit())
            .filter(|w| !w.is_empty())
        {
            assert!(
                source.contains(word),
                "{id}: the number {word} is not in the source ({text:?})"
            );
        }
        for money in ["$", "¥", "€", "USD", "yuan", "million", "billion"] {
            assert!(
                !text.contains(money),
                "{id}: money ({money}) is not in the source"
            );
        }
    }
    // Years only where the source gives them.
    for r in c.initiatives() {
        if let Some(t) = &r.timeline {
            for y in [t.start, t.end].into_iter().flatten() {
                assert!(
                    t.label.contains(&y.to_string()),
                    "{}: year {y} is not in its label {:?}",
                    r.id,
                    t.label
                );
            }
        }
    }
    // The source states no date, address or author.
    for s in c.sources() {
        assert!(
            s.url.is_none() && s.published.is_none(),
            "{}: the article states no address or date",
            s.id
        );
    }
    // Statuses follow the wording of each record's section.
    for r in c.initiatives() {
        let section = r.provenance[0].section.as_deref().unwrap_or("");
        let expected = match (section, r.kind) {
            (_, Kind::Framework) => None,
            (s, _) if s.starts_with("Recommendations") => Some(Status::Recommended),
            (s, _) if s.starts_with("Future Prospects") => Some(Status::Potential),
            (_, Kind::Proposal | Kind::TaskForceInitiative | Kind::CorridorFramework) => {
                Some(Status::Proposed)
            }
            (_, _) if r.timeline.is_some() => Some(Status::Proposed),
            _ => Some(Status::Discussed),
        };
        assert_eq!(
            r.status, expected,
            "{}: status does not follow the wording",
            r.id
        );
    }
}

#[test]
fn relations_are_indexed_both_ways() {
    let c = shipped();
    let i = |id: &str| {
        c.initiatives()
            .iter()
            .position(|r| r.id.as_str() == id)
            .unwrap()
    };
    let forum = i("joint-economic-forum");
    let task_force = i("bilateral-task-force");
    assert!(
        c.initiative_related
            .get(forum)
            .contains(&(task_force as u32))
    );
    assert!(
        c.initiative_related
            .get(task_force)
            .contains(&(forum as u32))
    );
    let tech = c
        .sectors()
        .iter()
        .position(|s| s.id.as_str() == "technology")
        .unwrap();
    let names: Vec<&str> = c
        .sector_initiatives
        .get(tech)
        .iter()
        .map(|&k| c.initiatives()[k as usize].name.as_str())
        .collect();
    assert!(names.contains(&"Investment in tech startups and digital infrastructure"));
    assert!(names.contains(&"Regular meetings of officials and business leaders"));
}

#[test]
fn the_shipped_dataset_round_trips_through_serde() {
    let c = shipped();
    let json = serde_json::to_string_pretty(c.data()).unwrap();
    let again = catalog::load(json.as_bytes()).unwrap();
    assert_eq!(again.data(), c.data());
}

#[test]
fn every_id_looks_up_its_own_record() {
    let c = shipped();
    for (i, r) in c.initiatives().iter().enumerate() {
        assert_eq!(c.initiative_index(r.id.as_str()), Some(i));
    }
    assert_eq!(c.sector("energy").map(|s| s.name.as_str()), Some("Energy"));
    assert_eq!(
        c.party("liu-bin").and_then(|p| p.role.as_deref()),
        Some("Assistant Foreign Minister")
    );
    assert!(c.lookup("no-such-id").is_none());
    assert!(
        c.sector("joint-economic-forum").is_none(),
        "an initiative id is not a sector"
    );
}

/// The synthetic file grows linearly with its records, so a tenth of the 100,000-record benchmark
/// dataset, times ten, tells whether the whole still fits under the size limit (with 3% to spare).
#[test]
fn the_100000_record_benchmark_dataset_fits_the_size_limit() {
    let tenth = serde_json::to_vec(&common::synth::generate(10_000, 42)).unwrap();
    let estimate = tenth.len() * 10;
    let limit = catalog::MAX_DATASET_BYTES;
    assert!(
        estimate < limit / 100 * 97,
        "100,000 synthetic records ≈ {estimate} bytes; the limit is {limit}"
    );
}
