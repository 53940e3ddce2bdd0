//! How inferred links look: the word "inferred" after the link's name (cards, table, record page),
//! and the record's inferred links with their reasons — a disclosure under a card, a section of the
//! record page. Reasons are the dataset's own words (English, marked `lang="en"`).

use cooperation_core::catalog::{Catalog, RecordRef};
use cooperation_core::model::{LinkField, Scope, Term};
use cooperation_l10n::Locale;
use leptos::prelude::*;

use crate::components::highlight::name_view;
use crate::components::markup::Markup;
use crate::words::{self, Name};

/// One inferred link of a record, ready to show.
pub struct Entry<'c> {
    /// The field's label ("Parties").
    pub field: &'static str,
    /// The linked record's or term's name.
    pub name: Name<'c>,
    /// Why it is inferred.
    pub reason: &'c str,
}

/// The record's inferred links, in file order.
pub fn entries<'c>(lang: Locale, c: &'c Catalog, r: RecordRef) -> Vec<Entry<'c>> {
    c.inferred_of(r)
        .iter()
        .map(|x| {
            let name = match (x.field, Scope::from_slug(&x.value)) {
                (LinkField::Scope, Some(scope)) => Name {
                    text: words::scope(lang, scope).into(),
                    source_language: false,
                },
                _ => match c.lookup(&x.value) {
                    Some(target) => words::record(lang, c, target),
                    None => Name {
                        text: x.value.as_str().into(),
                        source_language: true,
                    },
                },
            };
            Entry {
                field: field_label(lang, x.field),
                name,
                reason: &x.reason,
            }
        })
        .collect()
}

fn field_label(lang: Locale, field: LinkField) -> &'static str {
    match field {
        LinkField::Parties | LinkField::Country => lang.field_parties(),
        LinkField::Scope => lang.field_scope(),
        LinkField::Themes => lang.field_themes(),
        LinkField::Sectors => lang.field_sectors(),
        LinkField::Corridors => lang.field_corridors(),
        LinkField::Countries => lang.field_route(),
    }
}

/// Writes the "inferred" marker that follows an inferred link's name.
pub fn tag(m: &mut Markup, lang: Locale) {
    m.raw(" <span class=\"inferred-tag\">")
        .text(lang.inferred_tag())
        .raw("</span>");
}

/// The marker as a view.
pub fn tag_view(lang: Locale) -> impl IntoView {
    view! { " " <span class="inferred-tag">{lang.inferred_tag()}</span> }
}

/// Under a card: "2 inferred links, and why", opening to each link and its reason (a native
/// disclosure, so keyboard and screen readers work without script). Nothing when there are none.
pub fn note(m: &mut Markup, lang: Locale, c: &Catalog, r: RecordRef) {
    let list = entries(lang, c, r);
    if list.is_empty() {
        return;
    }
    m.raw("<details class=\"inferred-note\"><summary>")
        .text(&lang.inferred_note(list.len()))
        .raw("</summary><ul>");
    for e in &list {
        m.raw("<li><span class=\"inferred-what\">")
            .text(e.field)
            .raw(": ")
            .name(&e.name)
            .raw("</span> — <span class=\"inferred-reason\"");
        m.lang((lang != Locale::En).then_some("en"))
            .raw(">")
            .text(e.reason)
            .raw("</span></li>");
    }
    m.raw("</ul></details>");
}

/// On a record's page: its inferred links with their reasons, under a heading. Nothing when there
/// are none.
pub fn section(lang: Locale, c: &Catalog, r: RecordRef) -> Option<impl IntoView + use<>> {
    let list = entries(lang, c, r);
    if list.is_empty() {
        return None;
    }
    let en = (lang != Locale::En).then_some("en");
    let items = list
        .into_iter()
        .map(|e| {
            view! {
                <li>
                    <span class="inferred-what">{e.field}": "{name_view(e.name)}</span>
                    " — "
                    <span class="inferred-reason" lang=en>{e.reason.to_string()}</span>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="inferred-links" aria-labelledby="inferred-heading">
            <h2 id="inferred-heading">{lang.inferred_title()}</h2>
            <p class="hint">{lang.inferred_hint()}</p>
            <ul>{items}</ul>
        </section>
    })
}
