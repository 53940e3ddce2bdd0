//! CSV export of arbitrary record text: RFC 4180 output that the `csv` crate reads back cell for
//! cell, with every formula start neutralised.
#![no_main]

use std::sync::OnceLock;

use cooperation_core::address::route::View;
use cooperation_core::data::{catalog, model::Dataset};
use cooperation_core::present::export;
use libfuzzer_sys::fuzz_target;

/// A small valid dataset (four initiatives), parsed once; each run edits a copy.
fn base() -> &'static Dataset {
    static BASE: OnceLock<Dataset> = OnceLock::new();
    BASE.get_or_init(|| {
        catalog::parse(include_bytes!("../corpus/load/small.json")).expect("the seed dataset parses")
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (name, summary) = text.split_once('\u{0}').unwrap_or((&text, "summary"));
    let mut d = base().clone();
    d.initiatives[0].name = name.to_string();
    d.initiatives[0].summary = summary.to_string();
    // Text the validator rejects (empty, control characters…) is not exported.
    let Ok(c) = catalog::Catalog::new(d) else { return };
    let record = |v: View, id: &str| format!("https://example.org/{}/{id}", v.segment());
    let urls = export::Urls { record: &record, view: "https://example.org/initiatives" };
    let out = export::csv(&c, View::Initiatives, &[0, 1], &urls);
    let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(out.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1][1], export::neutralise(name));
    assert_eq!(rows[1][2], export::neutralise(summary));
    for cell in rows.iter().flatten() {
        assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\n']), "{cell:?}");
    }
});
