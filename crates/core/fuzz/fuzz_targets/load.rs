//! Dataset parse + validate on arbitrary bytes: never panics; whatever loads can be explored and
//! exported, and its JSON export loads again.
#![no_main]

use cooperation_core::address::{query::ViewState, route::View};
use cooperation_core::data::catalog;
use cooperation_core::explore::Explorer;
use cooperation_core::present::export;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(catalog) = catalog::load(data) else { return };
    let explorer = Explorer::new(catalog);
    for view in View::ALL {
        let mut state = ViewState::default();
        state.q = "a".into();
        let sel = explorer.select(view, &state);
        let d = export::dataset(&explorer.catalog, view, &sel.matches);
        let json = export::to_json(&d);
        assert!(catalog::load(json.as_bytes()).is_ok(), "an export of a valid dataset must load");
    }
});
