//! CLDR cardinal plural rules for the interface languages (Unicode CLDR 46, integers only: the
//! interface counts whole things).
//!
//! - English, Kyrgyz: `one` for 1, `other` otherwise.
//! - Russian: `one` for 1, 21, 31, … (not 11); `few` for 2–4, 22–24, … (not 12–14); `many` otherwise.
//! - Chinese: `other` always.

use super::Locale;

/// A plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

pub(crate) fn category(locale: Locale, n: usize) -> Plural {
    match locale {
        Locale::En | Locale::Ky => {
            if n == 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        Locale::Zh => Plural::Other,
        Locale::Ru => {
            let (m10, m100) = (n % 10, n % 100);
            if m10 == 1 && m100 != 11 {
                Plural::One
            } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                Plural::Few
            } else {
                Plural::Many
            }
        }
    }
}
