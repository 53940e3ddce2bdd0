//! What a dataset holds: records per collection, links per field, stated and inferred, and how
//! much of its words each language translates (what the `cooperation-data stats` command prints).

use std::collections::BTreeSet;
use std::fmt;

use cooperation_locale::Locale;

use crate::data::model::{Dataset, LinkField, Links, Words};
use crate::data::record::{Collection, RecordRef};

/// How many links one field makes across the dataset, and how many of them are inferred.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinkCount {
    pub field: LinkField,
    pub links: usize,
    pub inferred: usize,
}

/// Records per collection and links per field, as the file states them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    pub records: Vec<(Collection, usize)>,
    /// Fields that make at least one link, in [`LinkField::ALL`] order.
    pub links: Vec<LinkCount>,
    /// How much each language the app has besides English translates.
    pub translations: Vec<Coverage>,
}

/// How much of a dataset's words one language translates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub lang: Locale,
    /// The texts a translation may give (names, summaries, outcomes, reasons, headings,
    /// excerpts…), and how many it gives.
    pub texts: usize,
    pub translated: usize,
    /// Records (and sources) with words to translate, and how many have all of them translated.
    pub records: usize,
    pub complete: usize,
}

/// A text a record has (`true`), and whether a translation gives it.
type Field = (bool, fn(&Words) -> bool);
/// A list a record has (its length), and how many items a translation gives.
type List = (usize, fn(&Words) -> usize);

/// Counts one record's texts and the ones `words` translates: `(texts, translated)`.
fn count(words: Option<&Words>, fields: &[Field], lists: &[List]) -> (usize, usize) {
    let mut texts = 0;
    let mut done = 0;
    for (has, given) in fields {
        if *has {
            texts += 1;
            done += usize::from(words.is_some_and(given));
        }
    }
    for (n, given) in lists {
        texts += n;
        done += words.map_or(0, |w| if given(w) == *n { *n } else { 0 });
    }
    (texts, done)
}

fn coverage(d: &Dataset, lang: Locale) -> Coverage {
    let mut c = Coverage {
        lang,
        texts: 0,
        translated: 0,
        records: 0,
        complete: 0,
    };
    let mut add = |(texts, done): (usize, usize)| {
        c.texts += texts;
        c.translated += done;
        c.records += 1;
        c.complete += usize::from(texts == done);
    };
    let name: fn(&Words) -> bool = |w| w.name.is_some();
    let summary: fn(&Words) -> bool = |w| w.summary.is_some();
    let outcomes: fn(&Words) -> usize = |w| w.outcomes.len();
    let reasons: fn(&Words) -> usize = |w| w.reasons.len();
    let tag = lang.tag();
    add(count(
        d.translations.get(tag),
        &[
            (true, name),
            (d.description.is_some(), |w| w.description.is_some()),
        ],
        &[],
    ));
    for (i, s) in d.sources.iter().enumerate() {
        // The headings and excerpts records quote from the source.
        let mut sections = BTreeSet::new();
        let mut passages = BTreeSet::new();
        for c in Collection::ALL {
            for j in 0..d.len_of(c) {
                for p in d
                    .provenance_at(RecordRef::new(c, j))
                    .iter()
                    .filter(|p| p.source == s.id)
                {
                    passages.insert(p.excerpt.as_str());
                    sections.extend(p.section.as_deref());
                }
            }
        }
        let w = d
            .translations_at(RecordRef::new(Collection::Sources, i))
            .get(tag);
        let (texts, done) = count(w, &[(true, name), (true, |w| w.kind.is_some())], &[]);
        let given = |keys: &BTreeSet<&str>,
                     map: Option<&std::collections::BTreeMap<String, String>>| {
            keys.iter()
                .filter(|k| map.is_some_and(|m| m.contains_key(**k)))
                .count()
        };
        let quoted = sections.len() + passages.len();
        let translated =
            given(&sections, w.map(|w| &w.sections)) + given(&passages, w.map(|w| &w.passages));
        add((texts + quoted, done + translated));
    }
    for r in &d.parties {
        add(count(
            r.translations.get(tag),
            &[(true, name), (r.role.is_some(), |w| w.role.is_some())],
            &[(r.inferred.len(), reasons)],
        ));
    }
    for r in &d.themes {
        add(count(r.translations.get(tag), &[(true, name)], &[]));
    }
    for r in &d.sectors {
        add(count(
            r.translations.get(tag),
            &[(true, name), (true, summary)],
            &[(r.inferred.len(), reasons)],
        ));
    }
    for r in &d.corridors {
        add(count(
            r.translations.get(tag),
            &[(true, name), (true, summary)],
            &[(r.outcomes.len(), outcomes), (r.inferred.len(), reasons)],
        ));
    }
    for r in &d.initiatives {
        add(count(
            r.translations.get(tag),
            &[
                (true, name),
                (true, summary),
                (r.timeline.is_some(), |w| w.timeline.is_some()),
            ],
            &[(r.outcomes.len(), outcomes), (r.inferred.len(), reasons)],
        ));
    }
    c
}

impl Stats {
    /// Counts a dataset's records and links.
    pub fn of(d: &Dataset) -> Stats {
        let records = Collection::ALL.iter().map(|&c| (c, d.len_of(c))).collect();
        let linked: Vec<&dyn Links> = d
            .initiatives
            .iter()
            .map(|r| r as &dyn Links)
            .chain(d.sectors.iter().map(|r| r as &dyn Links))
            .chain(d.corridors.iter().map(|r| r as &dyn Links))
            .chain(d.parties.iter().map(|r| r as &dyn Links))
            .collect();
        let links = LinkField::ALL
            .iter()
            .map(|&field| {
                let mut count = LinkCount {
                    field,
                    links: 0,
                    inferred: 0,
                };
                for r in &linked {
                    let values = r.link_values(field).unwrap_or_default();
                    count.links += values.len();
                    count.inferred += values
                        .iter()
                        .filter(|v| r.inferred_reason(field, v).is_some())
                        .count();
                }
                count
            })
            .filter(|c| c.links > 0)
            .collect();
        let translations = Locale::ALL
            .into_iter()
            .filter(|&l| l != Locale::En)
            .map(|l| coverage(d, l))
            .collect();
        Stats {
            records,
            links,
            translations,
        }
    }

    /// All links, and how many are inferred.
    pub fn total(&self) -> (usize, usize) {
        self.links
            .iter()
            .fold((0, 0), |(l, i), c| (l + c.links, i + c.inferred))
    }
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<14}{:>8}", "records", "")?;
        for (c, n) in &self.records {
            writeln!(f, "  {:<12}{n:>8}", c.key())?;
        }
        writeln!(
            f,
            "{:<14}{:>8}{:>10}{:>10}",
            "links", "all", "stated", "inferred"
        )?;
        for c in &self.links {
            let stated = c.links - c.inferred;
            let key = c.field.key();
            writeln!(f, "  {key:<12}{:>8}{stated:>10}{:>10}", c.links, c.inferred)?;
        }
        let (links, inferred) = self.total();
        let stated = links - inferred;
        writeln!(f, "  {:<12}{links:>8}{stated:>10}{inferred:>10}", "total")?;
        writeln!(
            f,
            "{:<14}{:>8}{:>12}{:>10}{:>10}",
            "translations", "texts", "translated", "records", "complete"
        )?;
        for (k, c) in self.translations.iter().enumerate() {
            let percent = if c.texts == 0 {
                100.0
            } else {
                100.0 * c.translated as f64 / c.texts as f64
            };
            write!(
                f,
                "  {:<12}{:>8}{:>12}{:>10}{:>10}   {percent:.0} %",
                c.lang.tag(),
                c.texts,
                c.translated,
                c.records,
                c.complete
            )?;
            if k + 1 < self.translations.len() {
                writeln!(f)?;
            }
        }
        Ok(())
    }
}
