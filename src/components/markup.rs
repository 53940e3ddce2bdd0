//! Parts of a view written as one escaped HTML string: record field values, names, highlighted
//! search words, the cards and table rows that are redrawn by the dozen on every keystroke. The
//! browser parses one string in native code far faster than wasm can create the same elements,
//! attributes and text nodes one call at a time, and the same string is what the pre-rendered page
//! holds.
//!
//! Every piece of text goes through [`Markup::text`], which escapes the five characters that HTML
//! gives meaning to, in text and in double-quoted attributes alike; only literal tags are written
//! raw. Markup holds no event handler: its links are handled by the router's window-level listener,
//! and the few buttons written into it (the cards' compare toggles) by one listener on the element
//! that holds it.

use cooperation_core::explore::text;

use crate::words::Name;

/// An HTML fragment under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// An empty fragment with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Markup {
        Markup(String::with_capacity(capacity))
    }

    /// Writes a tag or other literal markup of this module's own, unescaped.
    pub fn raw(&mut self, literal: &'static str) -> &mut Markup {
        self.0.push_str(literal);
        self
    }

    /// Writes `value` as text, escaped for text content and double-quoted attribute values.
    pub fn text(&mut self, value: &str) -> &mut Markup {
        let mut at = 0;
        for (i, b) in value.bytes().enumerate() {
            let entity = match b {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                _ => continue,
            };
            self.0.push_str(&value[at..i]);
            self.0.push_str(entity);
            at = i + 1;
        }
        self.0.push_str(&value[at..]);
        self
    }

    /// Writes ` name="value"` (a leading space, the value escaped).
    pub fn attr(&mut self, name: &'static str, value: &str) -> &mut Markup {
        self.raw(" ").raw(name).raw("=\"").text(value).raw("\"")
    }

    /// Writes ` lang="…"` when there is a language to name.
    pub fn lang(&mut self, lang: Option<&str>) -> &mut Markup {
        match lang {
            Some(tag) => self.attr("lang", tag),
            None => self,
        }
    }

    /// Writes `value` with each word that starts with one of `terms` in `<mark>`.
    pub fn highlighted(&mut self, value: &str, terms: &[String]) -> &mut Markup {
        self.marked(value, terms, "<mark>")
    }

    /// Writes `value` with each word that starts with one of `terms` in `open` … `</mark>` (a
    /// `<mark>` tag with its attributes).
    pub fn marked(&mut self, value: &str, terms: &[String], open: &'static str) -> &mut Markup {
        for (marked, part) in text::highlight(value, terms) {
            if marked {
                self.raw(open).text(part).raw("</mark>");
            } else {
                self.text(part);
            }
        }
        self
    }

    /// Writes a name with the search terms marked, in `<span lang="en">` when it is the dataset's
    /// words.
    pub fn highlighted_name(&mut self, name: &Name<'_>, terms: &[String]) -> &mut Markup {
        match name.source_language {
            true => self
                .raw("<span lang=\"en\">")
                .highlighted(&name.text, terms)
                .raw("</span>"),
            false => self.highlighted(&name.text, terms),
        }
    }

    /// The fragment so far (for tests).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Writes a name, in `<span lang="en">` when it is the dataset's words rather than the
    /// interface's.
    pub fn name(&mut self, name: &Name<'_>) -> &mut Markup {
        match name.source_language {
            true => self
                .raw("<span lang=\"en\">")
                .text(&name.text)
                .raw("</span>"),
            false => self.text(&name.text),
        }
    }

    /// The finished fragment.
    pub fn finish(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut m = Markup::default();
        m.raw("<p").attr("title", "a\"b'c").raw(">");
        m.text("<img src=x onerror=\"alert(1)\"> & Co's")
            .raw("</p>");
        assert_eq!(
            m.finish(),
            "<p title=\"a&quot;b&#39;c\">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Co&#39;s</p>"
        );
    }

    #[test]
    fn text_without_special_characters_is_unchanged_and_unicode_survives() {
        let mut m = Markup::default();
        m.text("中国–Кыргызстан «сотрудничество»");
        assert_eq!(m.finish(), "中国–Кыргызстан «сотрудничество»");
    }

    #[test]
    fn highlights_are_marked_and_their_text_escaped() {
        let mut m = Markup::default();
        m.highlighted(
            "Cooperation <b>& cooperative</b> work",
            &["coop".to_string()],
        );
        assert_eq!(
            m.finish(),
            "<mark>Cooperation</mark> &lt;b&gt;&amp; <mark>cooperative</mark>&lt;/b&gt; work"
        );
        let mut plain = Markup::default();
        plain.highlighted("a < b", &[]);
        assert_eq!(plain.finish(), "a &lt; b");
    }

    #[test]
    fn names_in_the_datasets_language_are_marked() {
        let mut m = Markup::default();
        m.name(&Name {
            text: "Energy & <x>".into(),
            source_language: true,
        });
        m.name(&Name {
            text: "能源".into(),
            source_language: false,
        });
        assert_eq!(
            m.finish(),
            "<span lang=\"en\">Energy &amp; &lt;x&gt;</span>能源"
        );
        let mut l = Markup::default();
        l.raw("<h3").lang(Some("en")).lang(None).raw(">");
        assert_eq!(l.finish(), "<h3 lang=\"en\">");
    }
}
