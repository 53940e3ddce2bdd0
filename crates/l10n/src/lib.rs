//! The interface's words in four languages — English, 中文 (Simplified Chinese), Русский and
//! Кыргызча — as typed messages: `locale.nav_initiatives()`, `locale.results_count(n)`.
//!
//! The words live in `locales/*.ftl` (Fluent), one file per language, which translators edit. The
//! build compiles them into static tables and methods and fails on a missing or extra message, a
//! placeholder mismatch or a plural category a language lacks (see `compile.rs`). At run time a
//! message is a table lookup; counts pick their plural form by the CLDR rules in [`Plural`], and
//! numbers are grouped the way each language writes them.

mod plural;

pub use plural::Plural;

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    #[default]
    En,
    Zh,
    Ru,
    Ky,
}

impl Locale {
    /// Every language, in the switcher's order.
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Zh, Locale::Ru, Locale::Ky];

    /// The BCP 47 tag, as in `lang=` and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Zh => "zh",
            Locale::Ru => "ru",
            Locale::Ky => "ky",
        }
    }

    /// The language's name in itself, as the switcher lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Zh => "中文",
            Locale::Ru => "Русский",
            Locale::Ky => "Кыргызча",
        }
    }

    /// The language a tag names exactly (`en`, `zh`, `ru`, `ky`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The first supported language of a browser's preference list (`navigator.languages`): a tag
    /// matches by its primary language (`zh-CN`, `zh-Hans-CN` and `zh-TW` are Chinese, `ru-KG`
    /// Russian), case-insensitively.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Locale> {
        preferred.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            Locale::from_tag(&primary)
        })
    }

    /// The plural category of `n` in this language (CLDR cardinal rules).
    pub fn plural(self, n: usize) -> Plural {
        plural::category(self, n)
    }

    /// `n` with its digits grouped the way the language writes numbers: `1,000` in English and
    /// Chinese, `1 000` (with a no-break space) in Russian and Kyrgyz.
    pub fn number(self, n: usize) -> String {
        let digits = n.to_string();
        let sep = match self {
            Locale::En | Locale::Zh => ",",
            Locale::Ru | Locale::Ky => "\u{a0}",
        };
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len());
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(d);
        }
        out
    }

    /// The translation of a vocabulary term of the dataset (a theme, sector, corridor or country,
    /// by record id), if the translation files have one.
    pub fn vocab(self, id: &str) -> Option<&'static str> {
        VOCAB_KEYS
            .binary_search(&id)
            .ok()
            .map(|i| VOCAB[i][self as usize])
    }
}

/// A variant key of a select.
#[derive(Clone, Copy, Debug)]
enum Key {
    Cat(Plural),
    /// An exact number (`[0]`); no file uses one yet.
    #[allow(dead_code)]
    Exact(i64),
}

/// A piece of a compiled message.
#[derive(Debug)]
enum Part {
    Text(&'static str),
    /// An argument, by position.
    Arg(u8),
    /// A plural select on an argument: the variants and the index of the default one.
    Select(u8, &'static [(Key, &'static [Part])], usize),
}

/// A message argument.
enum Arg<'a> {
    Num(usize),
    Str(&'a str),
}

fn render(locale: Locale, parts: &[Part], args: &[Arg<'_>]) -> String {
    let mut out = String::new();
    render_into(locale, parts, args, &mut out);
    out
}

fn render_into(locale: Locale, parts: &[Part], args: &[Arg<'_>], out: &mut String) {
    for p in parts {
        match p {
            Part::Text(t) => out.push_str(t),
            Part::Arg(i) => match args.get(*i as usize) {
                Some(Arg::Num(n)) => out.push_str(&locale.number(*n)),
                Some(Arg::Str(s)) => out.push_str(s),
                None => {}
            },
            Part::Select(i, variants, default) => {
                let n = match args.get(*i as usize) {
                    Some(Arg::Num(n)) => *n,
                    _ => 0,
                };
                let cat = locale.plural(n);
                let chosen = variants
                    .iter()
                    .find(|(k, _)| matches!(k, Key::Exact(x) if usize::try_from(*x) == Ok(n)))
                    .or_else(|| {
                        variants
                            .iter()
                            .find(|(k, _)| matches!(k, Key::Cat(c) if *c == cat))
                    })
                    .or_else(|| variants.get(*default));
                if let Some((_, parts)) = chosen {
                    render_into(locale, parts, args, out);
                }
            }
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

#[cfg(test)]
#[path = "compile.rs"]
mod compile;

#[cfg(test)]
mod tests;
