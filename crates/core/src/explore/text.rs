//! Search text normalisation: case-, accent- and punctuation-insensitive tokens, and the ranges of a
//! text that a query's terms match (for highlighting).
//!
//! A token is a run of letters and digits, lowercased, with Latin accents folded (`é` → `e`,
//! `ß` → `ss`) and apostrophes dropped (`China’s` → `chinas`). Every CJK ideograph or kana is a token
//! of its own, since those scripts do not separate words with spaces. Everything else separates
//! tokens, so `China-Kyrgyzstan-Uzbekistan` is three tokens.

/// Appends the folded form of a non-ASCII letter or digit to `out`: lowercase, Latin accents removed.
fn fold_into(c: char, out: &mut String) {
    if ('\u{C0}'..='\u{24F}').contains(&c)
        && let Some(s) = fold_latin(c)
    {
        out.push_str(s);
        return;
    }
    for l in c.to_lowercase() {
        match fold_latin(l) {
            Some(s) => out.push_str(s),
            None => out.push(l),
        }
    }
}

/// The lowercase of a basic Russian/Kyrgyz Cyrillic letter, without table lookups (the common
/// non-Latin script of this project's sources); `None` for anything else.
fn cyrillic_lower(c: char) -> Option<char> {
    let u = c as u32;
    let lower = match u {
        0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x430..=0x45F => u,
        _ => return None,
    };
    char::from_u32(lower)
}

/// ASCII replacements for accented Latin letters (Latin-1 Supplement, Latin Extended-A and the
/// common Extended-B letters of Central Asian and Turkic orthographies).
fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' | 'Ǎ' | 'ǎ' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => "c",
        'Ð' | 'ð' | 'Ď' | 'ď' | 'Đ' | 'đ' => "d",
        'È'..='Ë'
        | 'è'..='ë'
        | 'Ē'
        | 'ē'
        | 'Ĕ'
        | 'ĕ'
        | 'Ė'
        | 'ė'
        | 'Ę'
        | 'ę'
        | 'Ě'
        | 'ě'
        | 'Ə'
        | 'ə' => "e",
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => "g",
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => "h",
        'Ì'..='Ï'
        | 'ì'..='ï'
        | 'Ĩ'
        | 'ĩ'
        | 'Ī'
        | 'ī'
        | 'Ĭ'
        | 'ĭ'
        | 'Į'
        | 'į'
        | 'İ'
        | 'ı'
        | 'Ǐ'
        | 'ǐ' => "i",
        'Ĳ' | 'ĳ' => "ij",
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' => "k",
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő' | 'ő' | 'Ǒ' | 'ǒ' => {
            "o"
        }
        'Œ' | 'œ' => "oe",
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' => "s",
        'ß' => "ss",
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' | 'Ț' | 'ț' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü'
        | 'ù'..='ü'
        | 'Ũ'
        | 'ũ'
        | 'Ū'
        | 'ū'
        | 'Ŭ'
        | 'ŭ'
        | 'Ů'
        | 'ů'
        | 'Ű'
        | 'ű'
        | 'Ų'
        | 'ų'
        | 'Ǔ'
        | 'ǔ' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        _ => return None,
    })
}

/// Apostrophes join the letters around them instead of separating words.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | 'ʻ' | '`' | '´')
}

/// Ideographs and kana: each one is a token on its own.
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Calls `f(start, end, token)` for each token of `text`, with the token's byte range in `text`.
/// `buf` is scratch space, reused between calls to avoid allocating per token.
pub fn for_each_token(text: &str, buf: &mut String, mut f: impl FnMut(usize, usize, &str)) {
    buf.clear();
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII, byte by byte: the common case needs no char decoding.
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                start.get_or_insert(i);
                buf.push(b.to_ascii_lowercase() as char);
                end = i + 1;
            } else if b != b'\''
                && b != b'`'
                && let Some(s) = start.take()
            {
                f(s, end, buf);
                buf.clear();
            }
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if let Some(lower) = cyrillic_lower(c) {
            start.get_or_insert(i);
            buf.push(lower);
            end = i + len;
        } else if is_apostrophe(c) {
            // Joined inside a word ("China’s" → "chinas"); nothing outside one.
        } else if is_cjk(c) {
            if let Some(s) = start.take() {
                f(s, end, buf);
                buf.clear();
            }
            buf.push(c);
            f(i, i + len, buf);
            buf.clear();
        } else if c.is_alphanumeric() {
            start.get_or_insert(i);
            fold_into(c, buf);
            end = i + len;
        } else if let Some(s) = start.take() {
            f(s, end, buf);
            buf.clear();
        }
        i += len;
    }
    if let Some(s) = start {
        f(s, end, buf);
    }
}

/// The normalised tokens of a text, in order.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut buf = String::new();
    for_each_token(text, &mut buf, |_, _, t| out.push(t.to_string()));
    out
}

/// The distinct search terms of a query, in order of first appearance, at most `MAX_TERMS`.
pub fn query_terms(query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in tokens(query) {
        if !out.contains(&t) && out.len() < MAX_TERMS {
            out.push(t);
        }
    }
    out
}

/// How many terms a query may have (a term is a word; more are ignored).
pub const MAX_TERMS: usize = 16;

/// The byte ranges of `text` whose tokens start with one of `terms` (prefix matching, as in search),
/// merged where they touch. Ranges fall on character boundaries.
pub fn highlight_ranges(text: &str, terms: &[String]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    if terms.is_empty() {
        return out;
    }
    let mut buf = String::new();
    for_each_token(text, &mut buf, |s, e, token| {
        if terms.iter().any(|t| token.starts_with(t.as_str())) {
            match out.last_mut() {
                Some(last) if last.1 == s => last.1 = e,
                _ => out.push((s, e)),
            }
        }
    });
    out
}

/// `text` cut into segments, each marked as matching a term or not, for rendering highlights as text.
pub fn highlight<'a>(text: &'a str, terms: &[String]) -> Vec<(bool, &'a str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e) in highlight_ranges(text, terms) {
        if s > at {
            out.push((false, &text[at..s]));
        }
        out.push((true, &text[s..e]));
        at = e;
    }
    if at < text.len() || out.is_empty() {
        out.push((false, &text[at..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_fold_case_accents_and_punctuation() {
        assert_eq!(
            tokens("China–Kyrgyzstan-Uzbekistan"),
            ["china", "kyrgyzstan", "uzbekistan"]
        );
        assert_eq!(
            tokens("Énergie RENOUVELABLE, façade"),
            ["energie", "renouvelable", "facade"]
        );
        assert_eq!(
            tokens("China’s  Belt and Road"),
            ["chinas", "belt", "and", "road"]
        );
        assert_eq!(
            tokens("Straße Øresund İstanbul"),
            ["strasse", "oresund", "istanbul"]
        );
        assert_eq!(tokens("Qishloq xoʻjaligi"), ["qishloq", "xojaligi"]);
        assert_eq!(tokens("2024-2026"), ["2024", "2026"]);
        assert_eq!(tokens("Энергетика"), ["энергетика"]);
        assert_eq!(
            tokens("СОТРУДНИЧЕСТВО Ёлка Кыргызстан Үй"),
            ["сотрудничество", "ёлка", "кыргызстан", "үй"]
        );
        assert_eq!(tokens("数字经济 plan"), ["数", "字", "经", "济", "plan"]);
        assert!(tokens(" ,.;— ").is_empty());
    }

    #[test]
    fn query_terms_are_distinct_and_capped() {
        assert_eq!(
            query_terms("Cultural cultural CULTURE"),
            ["cultural", "culture"]
        );
        assert_eq!(query_terms(&"w ".repeat(100)).len(), 1);
        let many: String = (0..40).map(|i| format!("t{i} ")).collect();
        assert_eq!(query_terms(&many).len(), MAX_TERMS);
    }

    #[test]
    fn highlights_cover_prefix_matches_on_the_original_text() {
        let text = "Cultural Festivals: Organizing joint festivals";
        let terms = query_terms("fest cult");
        let marked: Vec<&str> = highlight(text, &terms)
            .into_iter()
            .filter(|(m, _)| *m)
            .map(|(_, s)| s)
            .collect();
        assert_eq!(marked, ["Cultural", "Festivals", "festivals"]);
    }

    #[test]
    fn highlights_respect_character_boundaries() {
        let text = "Énergie — “renouvelable”";
        let segments = highlight(text, &query_terms("ener renouv"));
        let joined: String = segments.iter().map(|(_, s)| *s).collect();
        assert_eq!(joined, text);
        assert_eq!(segments[0], (true, "Énergie"));
        assert!(segments.contains(&(true, "renouvelable")));
    }

    #[test]
    fn no_terms_means_one_plain_segment() {
        assert_eq!(highlight("abc", &[]), vec![(false, "abc")]);
        assert_eq!(highlight("", &query_terms("x")), vec![(false, "")]);
    }
}
