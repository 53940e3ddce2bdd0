//! The current page of matches as cards: name (a link to the record), summary, the record's
//! vocabulary as chips, its stated timeline, counts of linked records, and the compare toggle.
//!
//! Cards are keyed by record and language: a keystroke that keeps a record on the page keeps its
//! card (only the highlighted text is redrawn); a language switch redraws every card. A card reads
//! the language once, so it holds no reactive text of its own but its highlights.

use std::sync::Arc;

use cooperation_core::catalog::{Collection, RecordRef};
use cooperation_core::explore::{Cell, Selection};
use cooperation_core::query::Column;
use cooperation_core::route::View;
use cooperation_l10n::Locale;
use leptos::prelude::*;

use crate::components::compare::CompareToggle;
use crate::components::highlight::{Highlighted, name_view};
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
    let l = locale();
    view! {
        <ul class="cards">
            <For
                each=move || page.rows(selection)
                key=|i| *i
                children=move |i| {
                    view! { <Card loaded=loaded.clone() page index=i as usize terms lang=l/> }
                }
            />
        </ul>
    }
}

/// A chip's class and label.
type Chip = (&'static str, words::Name<'static>);

/// The chips of a cell: its vocabulary terms or linked records, by name.
fn chips(lang: Locale, loaded: &Loaded, kind: &'static str, cell: Cell<'_>, out: &mut Vec<Chip>) {
    let c = &loaded.explorer.catalog;
    match cell {
        Cell::Term(t) => out.push((
            kind,
            words::Name {
                text: words::term(lang, t).into(),
                source_language: false,
            },
        )),
        Cell::Records(collection, items) => out.extend(items.iter().map(|&k| {
            let name = words::record(lang, c, RecordRef::new(collection, k as usize));
            let owned = words::Name {
                text: name.text.into_owned().into(),
                source_language: name.source_language,
            };
            (kind, owned)
        })),
        _ => {}
    }
}

/// One record as a card.
#[component]
fn Card(
    loaded: Arc<Loaded>,
    page: PageState,
    index: usize,
    terms: Memo<Vec<String>>,
    lang: Locale,
) -> impl IntoView {
    let view = page.view();
    let c = &loaded.explorer.catalog;
    let idx = loaded.explorer.view(view);
    let me = RecordRef::new(view.collection(), index);
    let id = idx.id(c, index).to_string();
    let href = page.record_href(view, &id);
    let name = words::record(lang, c, me);
    let name_lang = name.lang();
    let name = name.text.into_owned();
    let summary = summary(&loaded, view, index);
    let mut list: Vec<Chip> = Vec::new();
    let columns: &[(&str, Column)] = match view {
        View::Initiatives => &[
            ("kind", Column::Kind),
            ("status", Column::Status),
            ("scope", Column::Scope),
            ("theme", Column::Themes),
            ("sector", Column::Sectors),
            ("corridor", Column::Corridors),
        ],
        View::Sectors => &[("theme", Column::Themes), ("corridor", Column::Corridors)],
        View::Corridors => &[
            ("status", Column::Status),
            ("scope", Column::Scope),
            ("country", Column::Countries),
            ("sector", Column::Sectors),
        ],
    };
    for (kind, column) in columns {
        chips(lang, &loaded, kind, idx.cell(c, index, *column), &mut list);
    }
    let chip_views = list
        .into_iter()
        .map(
            |(kind, label)| view! { <li class=format!("chip chip-{kind}")>{name_view(label)}</li> },
        )
        .collect_view();
    let timeline = match idx.cell(c, index, Column::Timeline) {
        Cell::Text(t) => Some(t.to_string()),
        _ => None,
    };
    let heading_id = format!("card-{id}");
    let labelled_by = heading_id.clone();
    let heading_id_for_compare = heading_id.clone();
    view! {
        <li>
            <article class="card" aria-labelledby=labelled_by>
                <h3 id=heading_id lang=name_lang>
                    <a href=href><Highlighted text=name terms/></a>
                </h3>
                <p class="summary" lang=(lang != Locale::En).then_some("en")><Highlighted text=summary terms/></p>
                <ul class="chips" aria-label=lang.chips_label()>{chip_views}</ul>
                <p class="card-meta">
                    {timeline.map(|t| view! {
                        <span class="timeline-label">{lang.card_timeline()}" "<q lang="en">{t}</q></span>
                    })}
                    <span>{counts(lang, &loaded, view, index)}</span>
                </p>
                <div class="card-actions"><CompareToggle page id=id.clone() named_by=heading_id_for_compare/></div>
            </article>
        </li>
    }
}

/// The record's summary, as the dataset has it.
fn summary(loaded: &Loaded, view: View, i: usize) -> String {
    let c = &loaded.explorer.catalog;
    match view {
        View::Initiatives => c.initiatives()[i].summary.clone(),
        View::Sectors => c.sectors()[i].summary.clone(),
        View::Corridors => c.corridors()[i].summary.clone(),
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
