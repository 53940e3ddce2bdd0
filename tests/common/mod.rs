//! Helpers shared by the native test files.
#![allow(dead_code)]

use std::path::PathBuf;

/// The bundled dataset, as shipped in `public/data/`.
pub fn shipped_json() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/data/cooperation.json");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The source article the dataset is extracted from: `../shared/source/000_03e4140ab09c50e3.txt`
/// beside the project, or the file `COOPERATION_SOURCE` names.
pub fn source_text() -> String {
    let path = std::env::var_os("COOPERATION_SOURCE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/source/000_03e4140ab09c50e3.txt")
        });
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the source article is needed to verify every excerpt, and it is absent: {} ({e}). \
             Put the project beside its `shared/` folder, or set COOPERATION_SOURCE to the article's path.",
            path.display()
        )
    })
}
#[path = "../../examples/synth/mod.rs"]
pub mod synth;
