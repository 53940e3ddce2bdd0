//! URL query parsing on arbitrary text: never panics, and the canonical form parses back to the same
//! state with no notices.
#![no_main]

use cooperation_core::address::query;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    let (state, _) = query::parse(&raw);
    let canonical = state.to_query();
    let (again, notices) = query::parse(&canonical);
    assert!(notices.is_empty(), "canonical query {canonical:?} gave notices {notices:?}");
    assert_eq!(again, state);
});
