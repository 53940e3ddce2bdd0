//! The source reader: a source document as the dataset carries it — headings, paragraphs, bullet
//! lists and its pipe tables as real tables, typos and all — with every passage a record quotes
//! highlighted in place and linked to the record(s) quoting it. `passage=` names one passage, which
//! is shown distinctly, scrolled into view and focused; `q=` marks search words and `block=` scrolls
//! to a block (the home page's passage results). The text is written as one escaped HTML string
//! (see [`crate::components::markup`]).

use std::sync::Arc;

use cooperation_core::address::query::{Passage, ViewState};
use cooperation_core::address::route::{Route, View};
use cooperation_core::data::catalog::{Collection, RecordRef};
use cooperation_core::explore::text;
use cooperation_core::present::source::{Block, Piece, Quote, Span};
use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;

use crate::components::markup::Markup;
use crate::components::status::DatasetPending;
use crate::context::address::use_address;
use crate::context::data::{Loaded, use_data};
use crate::context::head::PageMeta;
use crate::context::links::{Links, use_links};
use crate::context::locale::locale;
use crate::words;

/// The page of one source, by its id.
#[component]
pub fn SourcePage(
    /// The source's id, from the path.
    id: String,
) -> impl IntoView {
    let data = use_data();
    let lang = locale();
    move || match data.current() {
        Some(loaded) => view! { <Reader id=id.clone() loaded/> }.into_any(),
        None => view! {
            <PageMeta title=lang.source_title() description=""/>
            <h1>{lang.source_title()}</h1>
            <DatasetPending/>
        }
        .into_any(),
    }
}

/// What the reader needs to write one stretch of text.
struct Writer<'a> {
    text: &'a str,
    quotes: &'a [Quote],
    /// The quote `passage=` names, if any.
    current: Option<usize>,
    /// Search terms to mark.
    terms: &'a [String],
    lang: Locale,
    loaded: &'a Loaded,
    links: Links,
    carried: &'a ViewState,
}

impl Writer<'_> {
    /// A stretch of text: quoted pieces as `<mark>`s (the current passage distinct, focusable and
    /// named `#passage`), each followed where it ends by links to the records quoting it.
    fn stretch(&self, m: &mut Markup, span: &Span) {
        let pieces = cooperation_core::present::source::pieces(span, self.quotes);
        self.pieces(m, &pieces);
    }

    fn pieces(&self, m: &mut Markup, pieces: &[Piece]) {
        for p in pieces {
            match p {
                Piece::Text(r) => self.plain(m, r),
                Piece::Quoted {
                    quote,
                    range: _,
                    starts,
                    ends,
                    inner,
                } => {
                    let current = self.current == Some(*quote);
                    m.raw(if current {
                        "<mark class=\"quote current\""
                    } else {
                        "<mark class=\"quote\""
                    });
                    if current && *starts {
                        m.raw(" id=\"passage\" tabindex=\"-1\"");
                    }
                    m.raw(">");
                    self.pieces(m, inner);
                    m.raw("</mark>");
                    if *ends {
                        self.quoted_by(m, &self.quotes[*quote]);
                    }
                }
            }
        }
    }

    /// Plain text, with the search terms marked.
    fn plain(&self, m: &mut Markup, r: &Span) {
        if let Some(t) = self.text.get(r.clone()) {
            m.marked(t, self.terms, "<mark class=\"find\">");
        }
    }

    /// Links to the records quoting a passage.
    fn quoted_by(&self, m: &mut Markup, q: &Quote) {
        let catalog = &self.loaded.explorer.catalog;
        m.raw("<span class=\"quoted-by\"")
            .attr("lang", self.lang.tag())
            .raw("><span class=\"visually-hidden\">")
            .text(self.lang.quoted_by())
            .raw(" </span>");
        for cite in &q.by {
            let name = words::record(self.lang, catalog, cite.record);
            let href = self.links.record(catalog, cite.record, self.carried);
            m.raw("<a")
                .attr("href", &href)
                .raw(">")
                .name(&name)
                .raw("</a>");
        }
        m.raw("</span>");
    }

    /// Block `n`: its element, named `block-n` (focusable when the address names it).
    fn block(&self, m: &mut Markup, b: &Block, n: usize, target: Option<usize>) {
        let id = format!("block-{n}");
        let open = |m: &mut Markup, tag: &'static str| {
            m.raw(tag).attr("id", &id);
            if target == Some(n) {
                m.raw(" tabindex=\"-1\"");
            }
            m.raw(">");
        };
        match b {
            Block::Heading(s) => {
                open(m, "<h2");
                self.stretch(m, s);
                m.raw("</h2>");
            }
            Block::Paragraph(s) => {
                open(m, "<p");
                self.stretch(m, s);
                m.raw("</p>");
            }
            Block::List(items) => {
                open(m, "<ul");
                for s in items {
                    m.raw("<li>");
                    self.stretch(m, s);
                    m.raw("</li>");
                }
                m.raw("</ul>");
            }
            Block::Table { head, rows } => {
                m.raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\"")
                    .attr("aria-label", &self.lang.source_table_label(n + 1))
                    .raw(">");
                open(m, "<table class=\"source-table\"");
                if let Some(h) = head {
                    m.raw("<thead><tr>");
                    for s in h {
                        m.raw("<th scope=\"col\">");
                        self.stretch(m, s);
                        m.raw("</th>");
                    }
                    m.raw("</tr></thead>");
                }
                m.raw("<tbody>");
                for row in rows {
                    m.raw("<tr>");
                    for s in row {
                        m.raw("<td>");
                        self.stretch(m, s);
                        m.raw("</td>");
                    }
                    m.raw("</tr>");
                }
                m.raw("</tbody></table></div>");
            }
        }
    }
}

/// The quote a passage names: the one the record's excerpt is.
fn current_quote(loaded: &Loaded, source: usize, passage: &Passage) -> Option<usize> {
    let catalog = &loaded.explorer.catalog;
    let record = catalog.lookup(&passage.record)?;
    loaded.explorer.source_quotes(source).iter().position(|q| {
        q.by.iter()
            .any(|cite| cite.record == record && cite.excerpt == passage.excerpt)
    })
}

#[component]
fn Reader(id: String, loaded: Arc<Loaded>) -> impl IntoView {
    let address = use_address();
    let links = use_links();
    let lang = locale();
    let catalog = &loaded.explorer.catalog;
    let Some(index) = catalog.index_in(Collection::Sources, &id) else {
        let shown: String = id.chars().take(80).collect();
        return view! {
            <PageMeta title=lang.source_not_found() description=""/>
            <h1>{lang.source_not_found()}</h1>
            <p>{lang.no_source_text(&shown)}</p>
        }
        .into_any();
    };
    let state = address.state;
    // Once drawn, bring the named passage (or block) into view and give it focus, so that screen
    // readers start there; again whenever the address names another.
    Effect::new(move |_| {
        let target = state.with(|s| {
            s.passage
                .as_ref()
                .map(|_| "passage".to_string())
                .or_else(|| s.block.map(|b| format!("block-{b}")))
        });
        if let Some(target) = target {
            request_animation_frame(move || {
                crate::browser::page::focus_and_scroll_to(&target);
            });
        }
    });
    let description = lang.source_hint(loaded.explorer.source_quotes(index).len());
    let me = RecordRef::new(Collection::Sources, index);
    let title = words::record(lang, catalog, me).text.to_string();
    view! {
        <PageMeta title description/>
        {move || {
            let s = state.get();
            let carried = s.carried();
            let catalog = &loaded.explorer.catalog;
            let source = &catalog.sources()[index];
            let current = s.passage.as_ref().and_then(|p| current_quote(&loaded, index, p));
            let quotes = loaded.explorer.source_quotes(index);
            let terms = text::query_terms(&s.q);
            let writer = Writer {
                text: source.text.as_deref().unwrap_or(""),
                quotes,
                current,
                terms: &terms,
                lang,
                loaded: &loaded,
                links,
                carried: &carried,
            };
            let body = match &source.text {
                Some(_) => {
                    let mut m = Markup::with_capacity(writer.text.len() * 2);
                    for (n, b) in loaded.explorer.source_blocks(index).iter().enumerate() {
                        writer.block(&mut m, b, n, s.block);
                    }
                    view! { <div class="source-text" lang="en" inner_html=m.finish()></div> }.into_any()
                }
                None => view! { <p class="notice">{lang.source_text_missing()}</p> }.into_any(),
            };
            let passage_note = s.passage.as_ref().map(|p| match current {
                Some(_) => {
                    let mut who = Markup::default();
                    if let Some(r) = catalog.lookup(&p.record) {
                        who.name(&words::record(lang, catalog, r));
                    }
                    view! {
                        <p class="passage-note" role="status">
                            {lang.showing_passage()}" "<span inner_html=who.finish()></span>
                        </p>
                    }
                    .into_any()
                }
                None => view! { <p class="notice" role="status">{lang.passage_not_found(&p.slug())}</p> }.into_any(),
            });
            view! {
                <header class="record-header">
                    <p class="eyebrow">{lang.source_title()}</p>
                    {
                        let name = words::record(lang, catalog, me);
                        view! { <h1 lang=name.lang()>{name.text.to_string()}</h1> }
                    }
                    <p class="source-meta">
                        {
                            let kind = words::source_kind(lang, catalog, me);
                            view! { <span lang=kind.lang()>{kind.text.to_string()}</span> }
                        }
                        " · "
                        {source.published.as_ref().map_or_else(|| lang.published_not_stated().to_string(), |d| lang.published_on(d))}
                        {source.url.as_ref().map(|u| view! { " · " <span lang="en">{u.clone()}</span> })}
                    </p>
                    <p class="hint">{lang.source_hint(quotes.len())}</p>
                </header>
                {passage_note}
                {body}
                {citing_records(lang, &loaded, links, index, &carried)}
            }
        }}
    }
    .into_any()
}

/// The records citing a source, by view.
fn citing_records(
    lang: Locale,
    loaded: &Loaded,
    links: Links,
    source: usize,
    carried: &ViewState,
) -> impl IntoView + use<> {
    let catalog = &loaded.explorer.catalog;
    let mut m = Markup::default();
    for view in View::ALL {
        let citing: Vec<RecordRef> = catalog.citing(source, view.collection());
        if citing.is_empty() {
            continue;
        }
        m.raw("<h3>")
            .text(&words::count(lang, view, citing.len()))
            .raw("</h3><ul class=\"inline-list\">");
        for r in citing {
            let href = links.href(&Route::Record(view, catalog.id_of(r).to_string()), carried);
            m.raw("<li><a").attr("href", &href).raw(">");
            m.name(&words::record(lang, catalog, r)).raw("</a></li>");
        }
        m.raw("</ul>");
    }
    let groups = m.finish();
    view! {
        <section class="citing" aria-labelledby="citing-title">
            <h2 id="citing-title">{lang.records_citing()}</h2>
            <div inner_html=groups></div>
        </section>
    }
}
