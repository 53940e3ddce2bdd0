//! The current page of matches as cards: name (a link to the record), summary, the record's fields
//! as chips (see [`fields::of`]), its inferred links and why, its stated timeline, counts of linked
//! records, and the compare toggle.
//!
//! The page of cards is written as one escaped HTML string (see [`crate::components::markup`]) and
//! handed to the browser in one go, as the fastest hand-written pages do: a keystroke that changes
//! the page costs one parse in the browser's native code rather than a thousand element, attribute
//! and text calls from wasm. The compare toggles are served by one click listener on the list and
//! kept in step with the comparison in place, so a pressed button keeps its focus.

use cooperation_core::address::query::ViewState;
use cooperation_core::data::catalog::RecordRef;
use cooperation_core::present::fields::{self, Field, Shown};
use cooperation_l10n::Messages;
use leptos::prelude::*;

use crate::components::inferred;
use crate::components::markup::Markup;
use crate::context::links::use_links;
use crate::context::locale::locale;
use crate::explorer::cell::{Cells, Layout};
use crate::explorer::compare_bar::{sync_toggles, toggle_clicked, toggle_markup};
use crate::explorer::controller::ListState;
use crate::words;

/// The id of the list of cards.
const CARDS_ID: &str = "result-cards";

/// Cards for the current page.
#[component]
pub fn ResultCards(
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    let lang = locale();
    let links = use_links();
    // Redrawn when the page's records or the search terms change; a change of the comparison alone
    // is applied to the toggles in place (`sync_toggles`).
    let markup = move || {
        let carried = list.state.with_untracked(ViewState::carried);
        list.rows.with(|rows| {
            list.terms.with(|terms| {
                list.compare.with_untracked(|chosen| {
                    list.with_index(|_, loaded| {
                        let cells = Cells {
                            lang,
                            catalog: &loaded.explorer.catalog,
                            links,
                            carried: &carried,
                        };
                        let mut m = Markup::with_capacity(rows.len() * 1200);
                        for &i in rows {
                            card(&mut m, &cells, list, i as usize, terms, chosen);
                        }
                        m.finish()
                    })
                })
            })
        })
    };
    sync_toggles(list, CARDS_ID);
    view! {
        <ul class="cards" id=CARDS_ID inner_html=markup on:click=move |ev| toggle_clicked(list, &ev)></ul>
    }
}

/// One record as a card, written into `m`.
fn card(
    m: &mut Markup,
    cells: &Cells<'_>,
    list: ListState,
    index: usize,
    terms: &[String],
    chosen: &[String],
) {
    let view = list.view();
    let lang = cells.lang;
    let catalog = cells.catalog;
    let me = RecordRef::new(view.collection(), index);
    let id = catalog.id_of(me);
    let heading_id = format!("card-{id}");
    let name = words::record(lang, catalog, me);
    m.raw("<li><article class=\"card\"")
        .attr("aria-labelledby", &heading_id)
        .raw(">");
    m.raw("<h3")
        .attr("id", &heading_id)
        .lang(name.lang())
        .raw("><a");
    m.attr("href", &list.record_href(view, id)).raw(">");
    m.highlighted(&name.text, terms).raw("</a></h3>");
    let summary = words::summary(lang, catalog, me);
    m.raw("<p class=\"summary\"").lang(summary.lang()).raw(">");
    m.highlighted(&summary.text, terms).raw("</p>");
    m.raw("<ul class=\"chips\"")
        .attr("aria-label", lang.chips_label())
        .raw(">");
    let on_card = fields::of(view)
        .iter()
        .filter_map(|s| Some((s.field, s.card?)));
    for (field, _) in on_card
        .clone()
        .filter(|(f, shown)| *shown == Shown::Values && *f != Field::Timeline)
    {
        cells.write(
            m,
            me,
            field,
            Shown::Values,
            Layout::Chips(chip_class(field)),
        );
    }
    m.raw("</ul>");
    inferred::note(m, lang, catalog, me);
    m.raw("<p class=\"card-meta\">");
    if on_card.clone().any(|(f, _)| f == Field::Timeline)
        && fields::value(catalog, me, Field::Timeline) != fields::Value::Missing
    {
        m.raw("<span class=\"timeline-label\">")
            .text(lang.card_timeline())
            .raw(" ");
        cells.write(m, me, Field::Timeline, Shown::Values, Layout::Inline);
        m.raw("</span>");
    }
    m.raw("<span>");
    for (k, (field, _)) in on_card
        .filter(|(_, shown)| *shown == Shown::Count)
        .enumerate()
    {
        if k > 0 {
            m.text(lang.list_separator());
        }
        cells.write(m, me, field, Shown::Count, Layout::Chips(""));
    }
    m.raw("</span></p>");
    // An embedded view is read where it is put; comparing records is the full view's.
    if !list.is_embedded() {
        toggle_markup(m, lang, id, &heading_id, chosen);
    }
    m.raw("</article></li>");
}

/// The class of a field's chips.
fn chip_class(field: Field) -> &'static str {
    match field {
        Field::Kind => "chip chip-kind",
        Field::Status => "chip chip-status",
        Field::Scope => "chip chip-scope",
        Field::Themes => "chip chip-theme",
        Field::Sectors => "chip chip-sector",
        Field::Corridors => "chip chip-corridor",
        Field::Countries => "chip chip-country",
        _ => "chip",
    }
}
