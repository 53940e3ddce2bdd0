//! The source reader: a source document as the dataset carries it — headings, paragraphs, bullet
//! lists and its pipe tables as real tables, typos and all — with every passage a record quotes
//! highlighted in place and linked to the record(s) quoting it. `passage=` names one passage, which
//! is shown distinctly, scrolled into view and focused; `q=` marks search words and `block=` scrolls
//! to a block (the home page's passage results).

use std::sync::Arc;

use cooperation_core::catalog::{Collection, RecordRef};
use cooperation_core::query::{self, Passage, ViewState};
use cooperation_core::route::{Route, View};
use cooperation_core::source::{Block, Piece, Quote, Span};
use cooperation_core::text;
use cooperation_l10n::Locale;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use crate::components::highlight::name_view;
use crate::components::shell::PageTitle;
use crate::components::status::DatasetPending;
use crate::context::base::{Links, use_links};
use crate::context::data::{Loaded, use_data};
use crate::context::locale::locale;
use crate::words;

/// The page of one source, by the id in the path.
#[component]
pub fn SourcePage() -> impl IntoView {
    let data = use_data();
    let params = use_params_map();
    let l = locale();
    move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        match data.current() {
            Some(loaded) => view! { <Reader id loaded/> }.into_any(),
            None => view! {
                <PageTitle text=l.source_title()/>
                <h1>{l.source_title()}</h1>
                <DatasetPending/>
            }
            .into_any(),
        }
    }
}

/// What the reader needs to draw one stretch of text.
struct Ctx<'a> {
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

impl Ctx<'_> {
    fn record_href(&self, r: RecordRef) -> String {
        let view = View::of(r.collection).unwrap_or(View::Initiatives);
        let id = self.loaded.explorer.catalog.id_of(r).to_string();
        self.links.href(&Route::Record(view, id), self.carried)
    }

    /// A stretch of text: quoted pieces as `<mark>`s (the current passage distinct, focusable and
    /// named `#passage`), each followed where it ends by links to the records quoting it.
    fn stretch(&self, span: &Span) -> AnyView {
        let pieces = cooperation_core::source::pieces(span, self.quotes);
        self.pieces(&pieces)
    }

    fn pieces(&self, pieces: &[Piece]) -> AnyView {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Text(r) => self.plain(r),
                Piece::Quoted {
                    quote,
                    range: _,
                    starts,
                    ends,
                    inner,
                } => {
                    let current = self.current == Some(*quote);
                    let id = (current && *starts).then_some("passage");
                    let refs = ends.then(|| self.quoted_by(&self.quotes[*quote]));
                    view! {
                        <mark class="quote" class:current=current id=id tabindex=id.map(|_| "-1")>
                            {self.pieces(inner)}
                        </mark>
                        {refs}
                    }
                    .into_any()
                }
            })
            .collect_view()
            .into_any()
    }

    /// Plain text, with the search terms marked.
    fn plain(&self, r: &Span) -> AnyView {
        let Some(t) = self.text.get(r.clone()) else {
            return ().into_any();
        };
        if self.terms.is_empty() {
            return t.to_string().into_any();
        }
        text::highlight(t, self.terms)
            .into_iter()
            .map(|(hit, part)| {
                let part = part.to_string();
                if hit {
                    view! { <mark class="find">{part}</mark> }.into_any()
                } else {
                    part.into_any()
                }
            })
            .collect_view()
            .into_any()
    }

    /// Links to the records quoting a passage.
    fn quoted_by(&self, q: &Quote) -> AnyView {
        let c = &self.loaded.explorer.catalog;
        let lang = self.lang;
        let links =
            q.by.iter()
                .map(|cite| {
                    let name = words::record(lang, c, cite.record);
                    view! { <a href=self.record_href(cite.record)>{name_view(name)}</a> }
                })
                .collect_view();
        view! {
            <span class="quoted-by" lang=lang.tag()>
                <span class="visually-hidden">{lang.quoted_by()}" "</span>
                {links}
            </span>
        }
        .into_any()
    }

    fn block(&self, b: &Block, n: usize, target: Option<usize>) -> AnyView {
        let id = format!("block-{n}");
        let tabindex = (target == Some(n)).then_some("-1");
        match b {
            Block::Heading(s) => view! { <h2 id=id tabindex=tabindex>{self.stretch(s)}</h2> }.into_any(),
            Block::Paragraph(s) => view! { <p id=id tabindex=tabindex>{self.stretch(s)}</p> }.into_any(),
            Block::List(items) => view! {
                <ul id=id tabindex=tabindex>
                    {items.iter().map(|s| view! { <li>{self.stretch(s)}</li> }).collect_view()}
                </ul>
            }
            .into_any(),
            Block::Table { head, rows } => view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=self.lang.source_table_label(n + 1)>
                    <table id=id tabindex=tabindex class="source-table">
                        {head.as_ref().map(|h| view! {
                            <thead><tr>{h.iter().map(|s| view! { <th scope="col">{self.stretch(s)}</th> }).collect_view()}</tr></thead>
                        })}
                        <tbody>
                            {rows.iter().map(|row| view! {
                                <tr>{row.iter().map(|s| view! { <td>{self.stretch(s)}</td> }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any(),
        }
    }
}

/// The quote a passage names: the one the record's excerpt is.
fn current_quote(loaded: &Loaded, source: usize, passage: &Passage) -> Option<usize> {
    let c = &loaded.explorer.catalog;
    let record = c.lookup(&passage.record)?;
    loaded
        .explorer
        .source_quotes(source)
        .iter()
        .position(|q| {
            q.by.iter()
                .any(|cite| cite.record == record && cite.excerpt == passage.excerpt)
        })
        .filter(|_| c.sources().get(source).is_some())
}

#[component]
fn Reader(id: String, loaded: Arc<Loaded>) -> impl IntoView {
    let location = use_location();
    let links = use_links();
    let l = locale();
    let c = &loaded.explorer.catalog;
    let Some(index) = c.index_in(Collection::Sources, &id) else {
        let shown: String = id.chars().take(80).collect();
        return view! {
            <PageTitle text=l.source_not_found()/>
            <h1>{l.source_not_found()}</h1>
            <p>{l.no_source_text(&shown)}</p>
        }
        .into_any();
    };
    let state = Memo::new(move |_| location.search.with(|s| query::parse(s).0));
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
                crate::browser::page::focus_id(&target, true);
            });
        }
    });
    let title = c.sources()[index].name.clone();
    view! {
        <PageTitle text=title/>
        {move || {
            let lang = l;
            let s = state.get();
            let carried = s.carried();
            let c = &loaded.explorer.catalog;
            let source = &c.sources()[index];
            let current = s.passage.as_ref().and_then(|p| current_quote(&loaded, index, p));
            let quotes = loaded.explorer.source_quotes(index);
            let terms = text::query_terms(&s.q);
            let ctx = Ctx {
                text: source.text.as_deref().unwrap_or(""),
                quotes,
                current,
                terms: &terms,
                lang,
                loaded: &loaded,
                links,
                carried: &carried,
            };
            let target = s.block;
            let body = match &source.text {
                Some(_) => {
                    let blocks = loaded.explorer.source_blocks(index);
                    view! {
                        <div class="source-text" lang="en">
                            {blocks.iter().enumerate().map(|(n, b)| ctx.block(b, n, target)).collect_view()}
                        </div>
                    }
                    .into_any()
                }
                None => view! { <p class="notice">{lang.source_text_missing()}</p> }.into_any(),
            };
            let passage_note = s.passage.as_ref().map(|p| match current {
                Some(_) => {
                    let who = c.lookup(&p.record).map(|r| name_view(words::record(lang, c, r)));
                    view! { <p class="passage-note" role="status">{lang.showing_passage()}" "{who}</p> }.into_any()
                }
                None => view! { <p class="notice" role="status">{lang.passage_not_found(&p.slug())}</p> }.into_any(),
            });
            view! {
                <header class="record-header">
                    <p class="eyebrow">{lang.source_title()}</p>
                    <h1 lang="en">{source.name.clone()}</h1>
                    <p class="source-meta">
                        <span lang="en">{source.kind.clone()}</span>
                        " · "
                        {source.published.as_ref().map_or_else(|| lang.published_not_stated().to_string(), |d| lang.published_on(d))}
                        {source.url.as_ref().map(|u| view! { " · " <span lang="en">{u.clone()}</span> })}
                    </p>
                    <p class="hint">{lang.source_hint(quotes.len())}</p>
                </header>
                {passage_note}
                {body}
                <CitingRecords loaded=loaded.clone() source=index carried=carried.clone() lang/>
            }
        }}
    }
    .into_any()
}

/// The records citing a source, by view.
#[component]
fn CitingRecords(
    loaded: Arc<Loaded>,
    source: usize,
    carried: ViewState,
    lang: Locale,
) -> impl IntoView {
    let links = use_links();
    let c = &loaded.explorer.catalog;
    let id = &c.sources()[source].id;
    let groups = View::ALL
        .into_iter()
        .map(|view| {
            let n = c.data().len_of(view.collection());
            let items: Vec<AnyView> = (0..n)
                .filter(|&i| {
                    let r = RecordRef::new(view.collection(), i);
                    c.data().provenance_at(r).iter().any(|p| p.source == *id)
                })
                .map(|i| {
                    let r = RecordRef::new(view.collection(), i);
                    let href = links.href(&Route::Record(view, c.id_of(r).to_string()), &carried);
                    view! { <li><a href=href>{name_view(words::record(lang, c, r))}</a></li> }
                        .into_any()
                })
                .collect();
            (!items.is_empty()).then(|| {
                view! {
                    <h3>{words::count(lang, view, items.len())}</h3>
                    <ul class="inline-list">{items}</ul>
                }
            })
        })
        .collect_view();
    view! {
        <section class="citing" aria-labelledby="citing-title">
            <h2 id="citing-title">{lang.records_citing()}</h2>
            {groups}
        </section>
    }
}
