//! The check of translations: each in a language the app has, each text a field the record has,
//! non-empty and within the field's limits, lists one for each item of the record's own, and a
//! source's headings and excerpts ones that records quote.

use cooperation_locale::Locale;
use rustc_hash::FxHashSet;

use super::{Validator, check_text};
use crate::data::load::problem::{At, shorten};
use crate::data::load::{MAX_NAME_CHARS, MAX_REASON_CHARS, MAX_TEXT_CHARS};
use crate::data::model::{Translations, Words};
use crate::data::record::Collection;

/// What a record has for a translation to translate (a name it always has).
#[derive(Default)]
pub(super) struct Translatable<'q> {
    pub summary: bool,
    pub description: bool,
    pub kind: bool,
    pub role: bool,
    pub timeline: bool,
    pub outcomes: usize,
    pub reasons: usize,
    /// For a source: the section headings and the excerpts that records quote from it.
    pub quoted: Option<&'q Quoted<'q>>,
}

/// The headings and excerpts records quote from one source.
#[derive(Default)]
pub(super) struct Quoted<'d> {
    sections: FxHashSet<&'d str>,
    passages: FxHashSet<&'d str>,
}

/// The languages a dataset may be translated into, for messages: "zh, ru or ky".
fn languages() -> String {
    let tags: Vec<&str> = Locale::ALL
        .iter()
        .filter(|l| **l != Locale::En)
        .map(|l| l.tag())
        .collect();
    match tags.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => tags.join(""),
    }
}

impl<'d> Validator<'d> {
    /// The headings and excerpts every record quotes from source `source` (by id).
    pub(super) fn quoted(&self, source: &str) -> Quoted<'d> {
        let d = self.d;
        let mut out = Quoted::default();
        for c in Collection::ALL {
            for i in 0..d.len_of(c) {
                let r = crate::data::record::RecordRef::new(c, i);
                for p in d
                    .provenance_at(r)
                    .iter()
                    .filter(|p| p.source.as_str() == source)
                {
                    out.passages.insert(p.excerpt.as_str());
                    if let Some(s) = &p.section {
                        out.sections.insert(s.as_str());
                    }
                }
            }
        }
        out
    }

    /// Checks a record's `translations` against what it has.
    pub(super) fn translations(
        &mut self,
        t: &'d Translations,
        at: &At<'_>,
        has: &Translatable<'_>,
    ) {
        if t.is_empty() {
            return;
        }
        let list = at.key("translations");
        for (tag, words) in t {
            let here = list.key(tag);
            match Locale::from_tag(tag) {
                Some(Locale::En) => {
                    self.p.at(
                        &here,
                        format!(
                            "records are written in English; translations may be in {}",
                            languages()
                        ),
                    );
                    continue;
                }
                Some(_) => {}
                None => {
                    self.p.at(
                        &here,
                        format!(
                            "unknown language \"{}\": translations may be in {}",
                            shorten(tag, 20),
                            languages()
                        ),
                    );
                    continue;
                }
            }
            self.words(words, &here, has);
        }
    }
}

/// The check of one language's translation of a record.
impl<'d> Validator<'d> {
    fn words(&mut self, w: &'d Words, at: &At<'_>, has: &Translatable<'_>) {
        let texts = [
            ("name", &w.name, true, MAX_NAME_CHARS),
            ("summary", &w.summary, has.summary, MAX_TEXT_CHARS),
            (
                "description",
                &w.description,
                has.description,
                MAX_TEXT_CHARS,
            ),
            ("kind", &w.kind, has.kind, MAX_NAME_CHARS),
            ("role", &w.role, has.role, MAX_NAME_CHARS),
            ("timeline", &w.timeline, has.timeline, MAX_NAME_CHARS),
        ];
        for (key, text, allowed, max) in texts {
            let Some(text) = text else { continue };
            if allowed {
                check_text(text, &at.key(key), max, true, &mut self.p);
            } else {
                self.p.at(
                    &at.key(key),
                    format!("this record has no `{key}` to translate"),
                );
            }
        }
        let lists = [
            ("outcomes", &w.outcomes, has.outcomes, MAX_TEXT_CHARS),
            // A translation may run half as long again as the English (Russian and Kyrgyz do).
            ("reasons", &w.reasons, has.reasons, MAX_REASON_CHARS * 3 / 2),
        ];
        for (key, list, wanted, max) in lists {
            if list.is_empty() {
                continue;
            }
            let here = at.key(key);
            if list.len() != wanted {
                let (one, many) = if key == "reasons" {
                    ("reason", "reasons")
                } else {
                    ("outcome", "outcomes")
                };
                let what = if list.len() == 1 { one } else { many };
                self.p.at(
                    &here,
                    format!(
                        "gives {} {what}; the record has {wanted}: give one for each, in order",
                        list.len()
                    ),
                );
                continue;
            }
            for (j, text) in list.iter().enumerate() {
                let item = here.index(j);
                if key == "reasons" && text.contains('\n') {
                    self.p.at(&item, "must be one line");
                } else {
                    check_text(text, &item, max, true, &mut self.p);
                }
            }
        }
        let keyed = [
            ("sections", &w.sections, "section heading", MAX_NAME_CHARS),
            ("passages", &w.passages, "excerpt", MAX_TEXT_CHARS),
        ];
        for (key, map, what, max) in keyed {
            if map.is_empty() {
                continue;
            }
            let here = at.key(key);
            let Some(quoted) = has.quoted else {
                self.p.at(
                    &here,
                    format!("only a source translates the {what}s records quote from it"),
                );
                continue;
            };
            let known = if key == "sections" {
                &quoted.sections
            } else {
                &quoted.passages
            };
            for (original, text) in map {
                if !known.contains(original.as_str()) {
                    self.p.at(
                        &here,
                        format!(
                            "no record quotes the {what} \"{}\" from this source",
                            shorten(original, 60)
                        ),
                    );
                } else if text.trim().is_empty() {
                    self.p.at(
                        &here,
                        format!(
                            "the translation of the {what} \"{}\" is empty",
                            shorten(original, 60)
                        ),
                    );
                } else {
                    check_text(text, &here, max, true, &mut self.p);
                }
            }
        }
    }
}
