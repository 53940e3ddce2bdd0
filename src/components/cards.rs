//! The current page of matches as cards: name (a link to the record), summary, the record's
//! vocabulary as chips, its stated timeline, counts of linked records, and the compare toggle.
//!
//! The page of cards is written as one escaped HTML string (see [`crate::components::markup`]) and
//! handed to the browser in one go, as the fastest hand-written pages do: a keystroke that changes
//! the page costs one parse in the browser's native code rather than a thousand element, attribute
//! and text calls from wasm. The compare toggles are served by one click listener on the list and
//! kept in step with the comparison in place, so a pressed button keeps its focus.

use std::sync::Arc;

use cooperation_core::catalog::{Collection, RecordRef};
use cooperation_core::explore::{Cell, Selection};
use cooperation_core::query::Column;
use cooperation_core::route::View;
use cooperation_l10n::Locale;
use leptos::prelude::*;

use crate::components::compare::{sync_toggles, toggle_clicked, toggle_markup};
use crate::components::inferred;
use crate::components::markup::Markup;
use crate::context::data::Loaded;
use crate::context::locale::locale;
use crate::context::page::{PageState, highlight_terms};
use crate::words;

/// Cards for the current page.
#[component]
pub fn ResultCards(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
    /// The current selection.
    selection: Memo<Selection>,
) -> impl IntoView {
    let terms = highlight_terms(selection);
    let lang = locale();
    let rows = Memo::new(move |_| page.rows(selection));
    // Redrawn when the page's records or the search terms change; a change of the comparison alone
    // is applied to the toggles in place (`sync_toggles`).
    let markup = move || {
        rows.with(|rows| {
            terms.with(|terms| {
                page.compare.with_untracked(|chosen| {
                    let mut m = Markup::with_capacity(rows.len() * 1200);
                    for &i in rows {
                        card(&mut m, &loaded, page, lang, i as usize, terms, chosen);
                    }
                    m.finish()
                })
            })
        })
    };
    sync_toggles(page, CARDS_ID);
    view! {
        <ul class="cards" id=CARDS_ID inner_html=markup on:click=move |ev| toggle_clicked(page, &ev)></ul>
    }
}

/// The id of the list of cards.
const CARDS_ID: &str = "result-cards";

/// The chips of a cell of record `me`: its vocabulary terms or linked records, by name; an inferred
/// one is marked so.
fn chips(
    m: &mut Markup,
    lang: Locale,
    loaded: &Loaded,
    (me, class): (RecordRef, &'static str),
    cell: Cell<'_>,
) {
    let c = &loaded.explorer.catalog;
    let mut chip = |name: &words::Name<'_>, inferred: bool| {
        m.raw("<li").attr("class", class);
        if inferred {
            m.raw(" data-inferred=\"\"");
        }
        m.raw(">").name(name);
        if inferred {
            inferred::tag(m, lang);
        }
        m.raw("</li>");
    };
    match cell {
        Cell::Term(t) => {
            let inferred = t.inferred_for(c, me);
            let name = words::Name {
                text: words::term(lang, t).into(),
                source_language: false,
            };
            chip(&name, inferred);
        }
        Cell::Records(collection, items) => {
            for &k in items {
                let r = RecordRef::new(collection, k as usize);
                chip(&words::record(lang, c, r), c.link_reason(me, r).is_some());
            }
        }
        _ => {}
    }
}

/// One record as a card, written into `m`.
fn card(
    m: &mut Markup,
    loaded: &Loaded,
    page: PageState,
    lang: Locale,
    index: usize,
    terms: &[String],
    chosen: &[String],
) {
    let view = page.view();
    let c = &loaded.explorer.catalog;
    let idx = loaded.explorer.view(view);
    let id = idx.id(c, index);
    let heading_id = format!("card-{id}");
    let name = words::record(lang, c, RecordRef::new(view.collection(), index));
    m.raw("<li><article class=\"card\"")
        .attr("aria-labelledby", &heading_id)
        .raw(">");
    m.raw("<h3")
        .attr("id", &heading_id)
        .lang(name.lang())
        .raw("><a");
    m.attr("href", &page.record_href(view, id)).raw(">");
    m.highlighted(&name.text, terms)
        .raw("</a></h3><p class=\"summary\"");
    m.lang((lang != Locale::En).then_some("en")).raw(">");
    m.highlighted(summary(loaded, view, index), terms)
        .raw("</p>");
    facts(m, lang, loaded, view, index);
    toggle_markup(m, lang, id, &heading_id, chosen);
    m.raw("</article></li>");
}

/// The record's vocabulary and linked records as chips, its stated timeline and its counts of
/// linked records.
fn facts(m: &mut Markup, lang: Locale, loaded: &Loaded, view: View, index: usize) {
    let c = &loaded.explorer.catalog;
    let idx = loaded.explorer.view(view);
    let columns: &[(&str, Column)] = match view {
        View::Initiatives => &[
            ("chip chip-kind", Column::Kind),
            ("chip chip-status", Column::Status),
            ("chip chip-scope", Column::Scope),
            ("chip chip-theme", Column::Themes),
            ("chip chip-sector", Column::Sectors),
            ("chip chip-corridor", Column::Corridors),
        ],
        View::Sectors => &[
            ("chip chip-theme", Column::Themes),
            ("chip chip-corridor", Column::Corridors),
        ],
        View::Corridors => &[
            ("chip chip-status", Column::Status),
            ("chip chip-scope", Column::Scope),
            ("chip chip-country", Column::Countries),
            ("chip chip-sector", Column::Sectors),
        ],
    };
    m.raw("<ul class=\"chips\"")
        .attr("aria-label", lang.chips_label())
        .raw(">");
    let me = RecordRef::new(view.collection(), index);
    for (class, column) in columns {
        chips(m, lang, loaded, (me, class), idx.cell(c, index, *column));
    }
    m.raw("</ul>");
    inferred::note(m, lang, c, me);
    m.raw("<p class=\"card-meta\">");
    if let Cell::Text(t) = idx.cell(c, index, Column::Timeline) {
        m.raw("<span class=\"timeline-label\">")
            .text(lang.card_timeline());
        m.raw(" <q lang=\"en\">").text(t).raw("</q></span>");
    }
    m.raw("<span>")
        .text(&counts(lang, loaded, view, index))
        .raw("</span></p>");
}

/// The record's summary, as the dataset has it.
fn summary(loaded: &Loaded, view: View, i: usize) -> &str {
    let c = &loaded.explorer.catalog;
    match view {
        View::Initiatives => &c.initiatives()[i].summary,
        View::Sectors => &c.sectors()[i].summary,
        View::Corridors => &c.corridors()[i].summary,
    }
}

/// "2 sectors, 1 corridor, 3 related" and the like.
fn counts(lang: Locale, loaded: &Loaded, view: View, i: usize) -> String {
    let c = &loaded.explorer.catalog;
    let n = |collection: Collection, k: usize| match collection {
        Collection::Sectors => lang.count_sectors(k),
        Collection::Corridors => lang.count_corridors(k),
        _ => lang.count_initiatives(k),
    };
    let parts = match view {
        View::Initiatives => vec![
            n(Collection::Sectors, c.initiative_sectors.get(i).len()),
            n(Collection::Corridors, c.initiative_corridors.get(i).len()),
            lang.count_related(c.initiative_related.get(i).len()),
        ],
        View::Sectors => vec![n(
            Collection::Initiatives,
            c.sector_initiatives.get(i).len(),
        )],
        View::Corridors => vec![
            n(Collection::Initiatives, c.corridor_initiatives.get(i).len()),
            n(Collection::Sectors, c.corridor_sectors.get(i).len()),
        ],
    };
    parts.join(lang.list_separator())
}
