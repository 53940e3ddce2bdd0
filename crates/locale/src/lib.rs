//! The interface languages — English, 中文 (Simplified Chinese), Русский and Кыргызча — as one small
//! enum: their tags, their names in themselves, and which a browser's preferences pick. The pure
//! core (addresses name a language) and the translations (each language's words) both use it, and
//! neither depends on the other: editing a message does not rebuild the core.

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

    /// The BCP 47 tag, as in `<html lang>` and the language's path segment (`/zh/…`).
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Locale::from_tag("EN"), None);
        assert_eq!(Locale::from_tag("de"), None);
    }

    #[test]
    fn browser_preferences_pick_by_primary_language() {
        assert_eq!(Locale::negotiate(["de-DE", "zh-Hans-CN"]), Some(Locale::Zh));
        assert_eq!(Locale::negotiate(["RU_kg"]), Some(Locale::Ru));
        assert_eq!(Locale::negotiate(["fr", ""]), None);
    }
}
