//! Helpers shared by the native test files: the bundled dataset and the article it quotes, both read
//! from the app's `public/data/` (they ship with the site), and the synthetic generator.
#![allow(dead_code)]

use std::path::PathBuf;

/// The app's `public/data/` folder.
pub fn public_data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The bundled dataset, as shipped in `public/data/`.
pub fn shipped_json() -> String {
    read(public_data().join("cooperation.json"))
}

/// The source article the dataset is extracted from, as shipped in `public/data/sources/`.
pub fn source_text() -> String {
    read(public_data().join("sources/000_03e4140ab09c50e3.txt"))
}

/// The text of `text` from 1-based `(line, column)` (in characters) to the end of that line: what a
/// problem's position points at.
pub fn text_at(text: &str, (line, column): (usize, usize)) -> String {
    text.lines()
        .nth(line - 1)
        .unwrap_or_default()
        .chars()
        .skip(column - 1)
        .collect()
}

#[path = "../../examples/synth/mod.rs"]
pub mod synth;
