//! The one renderer of a record's field values, shared by the cards, the table, the comparison and
//! the record page: linked records by name (the record page links those that have a page, and names
//! a party's role), vocabulary terms in the reader's language, the dataset's own texts marked
//! English, every inferred link marked, and "not stated" where the source is silent. What differs
//! between places is only how the values sit ([`Layout`]) and whether linked records are counted
//! ([`Shown`]).

use cooperation_core::address::query::ViewState;
use cooperation_core::data::catalog::{Catalog, Collection, RecordRef};
use cooperation_core::data::model::Timeline;
use cooperation_core::present::fields::{Field, Shown, Value};
use cooperation_l10n::{Locale, Messages};

use crate::components::inferred;
use crate::components::markup::Markup;
use crate::context::links::Links;
use crate::words;

/// How the values of a field sit in their place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Inline, separated ("Energy, Tourism"): a table cell, a row of the comparison.
    Inline,
    /// One chip per value, `<li class="…">` with this class, in a card's list of chips.
    Chips(&'static str),
    /// A list; linked records that have a page link to it, parties with their role: the record
    /// page.
    List,
}

/// What the values are written with: the language, the dataset, and where record pages are.
pub struct Cells<'a> {
    pub lang: Locale,
    pub catalog: &'a Catalog,
    /// Builds record pages' hrefs, and the state they carry (used by [`Layout::List`]).
    pub links: Links,
    pub carried: &'a ViewState,
}

/// The class of the element holding a value: `missing` where the source is silent, `num` for a
/// count.
pub fn class(value: &Value<'_>, shown: Shown) -> Option<&'static str> {
    match (value, shown) {
        (Value::Missing, _) => Some("missing"),
        (_, Shown::Count) => Some("num"),
        _ => None,
    }
}

/// Whether the source could have stated this field's value (so its absence is "not stated"),
/// rather than it being a list that happens to be empty ("—").
fn stated_or_not(field: Field) -> bool {
    matches!(
        field,
        Field::Status | Field::Scope | Field::Timeline | Field::Outcomes | Field::Summary
    )
}

impl Cells<'_> {
    /// Writes the value of record `me`'s `field`, shown as `shown`, laid out as `layout`.
    pub fn write(&self, m: &mut Markup, me: RecordRef, field: Field, shown: Shown, layout: Layout) {
        let value = cooperation_core::present::fields::value(self.catalog, me, field);
        if shown == Shown::Count {
            let n = value.count();
            match layout {
                Layout::Inline => m.text(&self.lang.number(n)),
                _ => m.text(&words::field_count(self.lang, field, n)),
            };
            return;
        }
        match value {
            Value::Missing => self.missing(m, field, layout),
            Value::Text(text) => {
                let shown = match field {
                    Field::Name => words::record(self.lang, self.catalog, me),
                    Field::Summary => words::summary(self.lang, self.catalog, me),
                    _ => words::dataset_text(self.lang, text),
                };
                m.name(&shown);
            }
            Value::Texts(list) => {
                let list = words::outcomes(self.lang, self.catalog, me, list);
                self.texts(m, &list, layout)
            }
            Value::Term(term) => {
                let inferred = term.inferred_for(self.catalog, me);
                let name = words::interface_text(words::term_name(self.lang, term));
                // One value: a chip on a card, the value itself elsewhere.
                let single = match layout {
                    Layout::Chips(_) => layout,
                    Layout::Inline | Layout::List => Layout::Inline,
                };
                self.item(m, single, inferred, |m| {
                    m.name(&name);
                });
            }
            Value::Timeline(t) => self.timeline(m, me, t, layout),
            Value::Records(collection, items) => {
                self.records(m, me, field, collection, items, layout)
            }
        }
    }

    /// "not stated", or "—" (named "none") for an empty list in a table; nothing on a card.
    fn missing(&self, m: &mut Markup, field: Field, layout: Layout) {
        match layout {
            Layout::Chips(_) => {}
            Layout::Inline if !stated_or_not(field) => {
                m.raw("<span aria-label=\"")
                    .text(self.lang.none_label())
                    .raw("\">—</span>");
            }
            Layout::List => {
                m.raw("<span class=\"missing\">")
                    .text(self.lang.not_stated())
                    .raw("</span>");
            }
            Layout::Inline => {
                m.text(self.lang.not_stated());
            }
        }
    }

    /// One value of a field: a chip, a list item, or inline after a separator.
    fn item(&self, m: &mut Markup, layout: Layout, inferred: bool, body: impl FnOnce(&mut Markup)) {
        match layout {
            Layout::Chips(class) => {
                m.raw("<li").attr("class", class);
                if inferred {
                    m.raw(" data-inferred=\"\"");
                }
                m.raw(">");
            }
            Layout::List => {
                m.raw("<li>");
            }
            Layout::Inline => {}
        }
        body(m);
        if inferred {
            inferred::tag(m, self.lang);
        }
        if layout != Layout::Inline {
            m.raw("</li>");
        }
    }
}

/// Linked records, texts and timelines.
impl Cells<'_> {
    fn records(
        &self,
        m: &mut Markup,
        me: RecordRef,
        field: Field,
        collection: Collection,
        items: &[u32],
        layout: Layout,
    ) {
        let route = field == Field::Countries && layout == Layout::List;
        let list = layout == Layout::List && !route;
        if list {
            m.raw("<ul class=\"inline-list\">");
        }
        for (k, &index) in items.iter().enumerate() {
            let r = RecordRef::new(collection, index as usize);
            if k > 0 && layout == Layout::Inline {
                m.text(self.lang.list_separator());
            }
            if k > 0 && route {
                m.raw(" → ");
            }
            let inferred = self.catalog.link_reason(me, r).is_some();
            let item_layout = if route { Layout::Inline } else { layout };
            self.item(m, item_layout, inferred, |m| self.record_name(m, r, list));
        }
        if list {
            m.raw("</ul>");
        }
    }

    /// A linked record's name: on the record page a link to its page (or, for a theme or a party,
    /// to the initiatives that name it), with a party's role.
    fn record_name(&self, m: &mut Markup, r: RecordRef, linked: bool) {
        let name = words::record(self.lang, self.catalog, r);
        let href = linked.then(|| self.links.record(self.catalog, r, self.carried));
        match href {
            Some(href) => {
                m.raw("<a")
                    .attr("href", &href)
                    .raw(">")
                    .name(&name)
                    .raw("</a>");
            }
            None => {
                m.name(&name);
            }
        }
        let role = match r.collection {
            Collection::Parties if linked => words::role(self.lang, self.catalog, r),
            _ => None,
        };
        if let Some(role) = role {
            m.raw(" <span class=\"role\"")
                .lang(role.lang())
                .raw(">(")
                .text(&role.text)
                .raw(")</span>");
        }
    }

    fn texts(&self, m: &mut Markup, list: &[words::Name<'_>], layout: Layout) {
        match layout {
            Layout::List => {
                let lang = list.first().and_then(|t| t.lang());
                m.raw("<ul class=\"inline-list\"").lang(lang).raw(">");
                for t in list {
                    m.raw("<li>").text(&t.text).raw("</li>");
                }
                m.raw("</ul>");
            }
            Layout::Inline | Layout::Chips(_) => {
                let joined: Vec<&str> = list.iter().map(|t| t.text.as_ref()).collect();
                m.name(&words::Name {
                    text: joined.join("; ").into(),
                    source_language: list.first().is_some_and(|t| t.source_language),
                });
            }
        }
    }

    /// The source's own wording of a timeline, quoted, or its translation (which is not the
    /// source's words: not quoted, and on the record page followed by the wording it translates);
    /// on the record page with the years and the recurrence it gives.
    fn timeline(&self, m: &mut Markup, me: RecordRef, t: &Timeline, layout: Layout) {
        let label = words::timeline_label(self.lang, self.catalog, me, &t.label);
        if label.source_language || self.lang == Locale::En {
            m.raw("<q lang=\"en\">").text(&t.label).raw("</q>");
        } else {
            m.name(&label);
            if layout == Layout::List {
                m.raw(" (<q lang=\"en\">").text(&t.label).raw("</q>)");
            }
        }
        if layout != Layout::List {
            return;
        }
        let years = match (t.start, t.end) {
            (Some(s), Some(e)) if s != e => {
                Some(self.lang.years_range(&s.to_string(), &e.to_string()))
            }
            (Some(s), _) => Some(self.lang.years_since(&s.to_string())),
            _ => None,
        };
        if let Some(years) = years {
            m.text(", ").text(&years);
        }
        if let Some(r) = t.recurrence {
            m.text(", ").text(words::recurrence(self.lang, r));
        }
    }
}
