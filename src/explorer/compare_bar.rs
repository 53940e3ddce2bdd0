//! Choosing records to compare on the list page: a toggle on each card, and a bar listing the
//! chosen ones with a link to compare them side by side. The choice lives in the URL (`compare=`).

use cooperation_core::address::query::MAX_COMPARE;
use cooperation_core::address::route::Route;
use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;

use crate::components::markup::Markup;
use crate::context::links::use_links;
use crate::context::locale::locale;
use crate::explorer::controller::ListState;
use crate::words;

/// The attribute naming the record on each compare toggle.
const TOGGLE: &str = "data-compare";

/// "Compare" on a card, written into the card's markup: pressed while the record is in the
/// comparison, disabled while the comparison is full. Its accessible name is "Compare" and the
/// card's heading ("Compare Joint Economic Forum"; `aria-pressed` tells the state), so the
/// record's name keeps its language mark. Clicks reach [`toggle_clicked`] through the list.
pub fn toggle_markup(m: &mut Markup, lang: Locale, id: &str, named_by: &str, chosen: &[String]) {
    let pressed = chosen.iter().any(|c| c == id);
    let label_id = format!("compare-{id}");
    m.raw("<div class=\"card-actions needs-js\"><span")
        .attr("id", &label_id)
        .raw(" hidden>");
    m.text(lang.compare())
        .raw("</span><button type=\"button\" class=\"compare-toggle secondary\"");
    m.attr("aria-pressed", if pressed { "true" } else { "false" });
    if !pressed && chosen.len() >= MAX_COMPARE {
        m.raw(" disabled");
    }
    m.attr("aria-labelledby", &format!("{label_id} {named_by}"));
    m.attr(TOGGLE, id).raw(">");
    m.text(if pressed {
        lang.comparing()
    } else {
        lang.compare()
    });
    m.raw("</button></div>");
}

/// A click inside a list of cards: when it is on a compare toggle, adds its record to the
/// comparison or takes it out (a new history entry).
pub fn toggle_clicked(list: ListState, ev: &leptos::ev::MouseEvent) {
    if let Some(id) = crate::browser::page::event_attribute(ev, TOGGLE) {
        let next = list.state.with_untracked(|s| s.compare_toggled(&id));
        list.show(next);
    }
}

/// Keeps the compare toggles inside the element `list_id` in step with the comparison, without
/// redrawing the cards (so focus stays on the button that was pressed).
pub fn sync_toggles(list: ListState, list_id: &'static str) {
    let lang = locale();
    Effect::new(move |_| {
        list.compare.with(|chosen| {
            let full = chosen.len() >= MAX_COMPARE;
            crate::browser::page::update_toggles(list_id, TOGGLE, |id| {
                let pressed = chosen.iter().any(|c| c == id);
                let label = if pressed {
                    lang.comparing()
                } else {
                    lang.compare()
                };
                (pressed, !pressed && full, label)
            });
        })
    });
}

/// The records chosen for comparison, with a link to compare them.
#[component]
pub fn CompareBar(
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    let lang = locale();
    let links = use_links();
    move || {
        let chosen = list.compare.get();
        if chosen.is_empty() {
            return None;
        }
        let items = list.with_index(|_, loaded| {
            let catalog = &loaded.explorer.catalog;
            chosen
                .iter()
                .map(|id| {
                    let id_ = id.clone();
                    // The other links follow the rest of the state without redrawing the bar.
                    let href = move || list.state.with(|s| list.href(&s.compare_toggled(&id_)));
                    let name = catalog.lookup(id).map(|r| words::record(lang, catalog, r));
                    let name_lang = name.as_ref().and_then(words::Name::lang);
                    let name = name.map_or_else(|| id.clone(), |n| n.text.into_owned());
                    view! {
                        <li class="chip">
                            <span lang=name_lang>{name.clone()}</span>
                            " "
                            <a href=href>
                                <span aria-hidden="true">"×"</span>
                                <span class="visually-hidden">{lang.stop_comparing()}" "<span lang=name_lang>{name}</span></span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        });
        let n = chosen.len();
        let compare = move || {
            list.state
                .with(|s| links.href(&Route::Compare, &s.carried().comparing(s.compare.clone())))
        };
        let clear = move || list.state.with(|s| list.href(&s.comparing(Vec::new())));
        Some(view! {
            <div class="compare-bar" role="region" aria-label=lang.comparison_label()>
                <span>{lang.comparing_n(n, MAX_COMPARE)}</span>
                <ul class="chips">{items}</ul>
                {(n >= 2).then(|| view! { <a class="button-link" href=compare>{lang.compare_side_by_side()}</a> })}
                <a href=clear>{lang.clear()}</a>
            </div>
        })
    }
}
