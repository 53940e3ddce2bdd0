//! How inferred links look: the word "inferred" after the link's name (cards, table, comparison,
//! record page), and a record's inferred links with their reasons — a disclosure under a card, a
//! section of the record page, both around one list. Reasons are the dataset's words: translated
//! where it translates them, else English (marked `lang="en"`).

use cooperation_core::data::catalog::{Catalog, RecordRef};
use cooperation_core::data::model::{LinkField, Scope, Term};
use cooperation_l10n::{Locale, Messages};

use crate::components::markup::Markup;
use crate::words::{self, Name};

/// One inferred link of a record, ready to show.
pub struct Entry<'c> {
    /// The field's label ("Parties").
    pub field: &'static str,
    /// The linked record's or term's name.
    pub name: Name<'c>,
    /// Why it is inferred.
    pub reason: Name<'c>,
}

/// The record's inferred links, in file order.
pub fn entries<'c>(lang: Locale, catalog: &'c Catalog, r: RecordRef) -> Vec<Entry<'c>> {
    catalog
        .inferred_of(r)
        .iter()
        .map(|link| {
            let name = match (link.field, Scope::from_slug(&link.value)) {
                (LinkField::Scope, Some(scope)) => words::interface_text(words::scope(lang, scope)),
                _ => match catalog.lookup(&link.value) {
                    Some(target) => words::record(lang, catalog, target),
                    None => words::dataset_text(lang, link.value.as_str()),
                },
            };
            Entry {
                field: field_label(lang, link.field),
                name,
                reason: words::inferred_reason(lang, catalog, r, &link.reason),
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
pub fn tag(markup: &mut Markup, lang: Locale) {
    markup
        .raw(" <span class=\"inferred-tag\">")
        .text(lang.inferred_tag())
        .raw("</span>");
}

/// Writes the list of `entries`: each link's field and name, and why it is inferred.
fn list(markup: &mut Markup, entries: &[Entry<'_>]) {
    markup.raw("<ul>");
    for e in entries {
        markup
            .raw("<li><span class=\"inferred-what\">")
            .text(e.field)
            .raw(": ")
            .name(&e.name)
            .raw("</span> — <span class=\"inferred-reason\"");
        markup
            .lang(e.reason.lang())
            .raw(">")
            .text(&e.reason.text)
            .raw("</span></li>");
    }
    markup.raw("</ul>");
}

/// Under a card: "2 inferred links, and why", opening to the list (a native disclosure, so
/// keyboard and screen readers work without script). Nothing when there are none.
pub fn note(markup: &mut Markup, lang: Locale, catalog: &Catalog, r: RecordRef) {
    let found = entries(lang, catalog, r);
    if found.is_empty() {
        return;
    }
    markup
        .raw("<details class=\"inferred-note\"><summary>")
        .text(&lang.inferred_note(found.len()))
        .raw("</summary>");
    list(markup, &found);
    markup.raw("</details>");
}

/// On a record's page: its inferred links with their reasons, under a heading. Nothing when there
/// are none.
pub fn section(markup: &mut Markup, lang: Locale, catalog: &Catalog, r: RecordRef) {
    let found = entries(lang, catalog, r);
    if found.is_empty() {
        return;
    }
    markup
        .raw("<section class=\"inferred-links\" aria-labelledby=\"inferred-heading\">")
        .raw("<h2 id=\"inferred-heading\">")
        .text(lang.inferred_title())
        .raw("</h2><p class=\"hint\">")
        .text(lang.inferred_hint())
        .raw("</p>");
    list(markup, &found);
    markup.raw("</section>");
}
