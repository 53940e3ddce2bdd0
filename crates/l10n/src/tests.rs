//! Plural rules, number grouping and language negotiation, and the translation-file checks run on
//! deliberately broken copies of the real files.

use super::*;

#[test]
fn plural_categories_follow_cldr() {
    use Plural::*;
    let ns = [0, 1, 2, 5, 11, 21, 22, 25, 101, 1000];
    let cats = |l: Locale| ns.map(|n| l.plural(n));
    assert_eq!(
        cats(Locale::En),
        [
            Other, One, Other, Other, Other, Other, Other, Other, Other, Other
        ]
    );
    assert_eq!(
        cats(Locale::Ky),
        [
            Other, One, Other, Other, Other, Other, Other, Other, Other, Other
        ]
    );
    assert_eq!(cats(Locale::Zh), [Other; 10]);
    assert_eq!(
        cats(Locale::Ru),
        [Many, One, Few, Many, Many, One, Few, Many, One, Many]
    );
    assert_eq!(Locale::Ru.plural(111), Many);
    assert_eq!(Locale::Ru.plural(112), Many);
    assert_eq!(Locale::Ru.plural(1004), Few);
}

#[test]
fn numbers_are_grouped_per_language() {
    let ns = [0, 1, 2, 5, 11, 21, 22, 25, 101, 1000, 1_234_567];
    assert_eq!(
        ns.map(|n| Locale::En.number(n)),
        [
            "0",
            "1",
            "2",
            "5",
            "11",
            "21",
            "22",
            "25",
            "101",
            "1,000",
            "1,234,567"
        ]
    );
    assert_eq!(Locale::Zh.number(1000), "1,000");
    assert_eq!(Locale::Ru.number(1000), "1\u{a0}000");
    assert_eq!(Locale::Ky.number(1_234_567), "1\u{a0}234\u{a0}567");
    assert_eq!(Locale::Ru.number(999), "999");
}

#[test]
fn counts_choose_their_plural_form_in_every_language() {
    for l in Locale::ALL {
        for n in [0, 1, 2, 5, 11, 21, 22, 25, 101, 1000] {
            let text = l.count_initiatives(n);
            assert!(text.contains(&l.number(n)), "{l:?} {n}: {text}");
        }
    }
    assert_eq!(Locale::En.count_initiatives(1), "1 initiative");
    assert_eq!(Locale::En.count_initiatives(1000), "1,000 initiatives");
    assert_eq!(Locale::Ru.count_initiatives(1), "1 инициатива");
    assert_eq!(Locale::Ru.count_initiatives(2), "2 инициативы");
    assert_eq!(Locale::Ru.count_initiatives(5), "5 инициатив");
    assert_eq!(Locale::Ru.count_initiatives(21), "21 инициатива");
    assert_eq!(Locale::Ru.count_initiatives(1000), "1\u{a0}000 инициатив");
    assert_eq!(Locale::Zh.count_initiatives(2), "2 项倡议");
}

/// The plural cases the translation review of 2026-12-01 found wrong on the bundled pages: one
/// corridor (a singular pronoun), and 21 and 31 (singular noun, plural pronoun in Russian).
#[test]
fn the_reviewed_plural_cases_read_right() {
    let ru = Locale::Ru;
    assert_eq!(
        ru.lede_corridors(1),
        "1 экономический коридор, страны, которые он связывает, и его отрасли."
    );
    for n in [21, 31] {
        assert_eq!(
            ru.lede_corridors(n),
            format!("{n} экономический коридор, страны, которые они связывают, и их отрасли.")
        );
        assert_eq!(ru.count_initiatives(n), format!("{n} инициатива"));
        assert_eq!(ru.count_corridors(n), format!("{n} экономический коридор"));
    }
    assert_eq!(ru.count_corridors(22), "22 экономических коридора");
    // "No matches (of 1 economic corridor in all)": nominative after «всего», not «среди 1 …».
    assert_eq!(
        ru.summary_none(&ru.count_corridors(1)),
        "Совпадений нет (всего 1 экономический коридор)"
    );
    assert_eq!(
        ru.summary_none(&ru.count_corridors(21)),
        "Совпадений нет (всего 21 экономический коридор)"
    );
    let ky = Locale::Ky;
    assert_eq!(
        ky.lede_corridors(1),
        "1 экономикалык коридор, ал байланыштырган өлкөлөр жана анын тармактары."
    );
    for n in [21, 31] {
        assert_eq!(
            ky.lede_corridors(n),
            format!(
                "{n} экономикалык коридор, алар байланыштырган өлкөлөр жана алардын тармактары."
            )
        );
    }
    assert!(
        Locale::En
            .lede_corridors(1)
            .starts_with("1 economic corridor, the countries it links")
    );
}

// --- The translation files and their checks ------------------------------------------------------

fn real_files() -> Vec<(String, String)> {
    compile::LOCALES
        .iter()
        .map(|tag| {
            let path = format!("{}/locales/{tag}.ftl", env!("CARGO_MANIFEST_DIR"));
            (tag.to_string(), std::fs::read_to_string(path).unwrap())
        })
        .collect()
}

/// The real files with `edit` applied to one language's text.
fn edited(tag: &str, edit: impl Fn(&str) -> String) -> Vec<(String, String)> {
    real_files()
        .into_iter()
        .map(|(t, text)| {
            let text = if t == tag { edit(&text) } else { text };
            (t, text)
        })
        .collect()
}

/// `text` without the message `id` (its first line and any indented lines after it).
fn without(text: &str, id: &str) -> String {
    let mut out = Vec::new();
    let mut skipping = false;
    for line in text.lines() {
        if line.starts_with(&format!("{id} =")) {
            skipping = true;
            continue;
        }
        if skipping && (line.starts_with(' ') || line.is_empty()) {
            continue;
        }
        skipping = false;
        out.push(line);
    }
    out.join("\n") + "\n"
}

#[test]
fn the_real_files_compile() {
    assert!(compile::compile(&real_files()).is_ok());
}

#[test]
fn a_deliberately_removed_key_fails_the_check() {
    let files = edited("zh", |t| without(t, "nav-initiatives"));
    assert!(!files[1].1.contains("nav-initiatives ="));
    let errors = compile::compile(&files).unwrap_err();
    assert_eq!(
        errors,
        ["zh.ftl: missing message `nav-initiatives` (it is in en.ftl)"]
    );
}

#[test]
fn an_extra_key_fails_the_check() {
    let files = edited("ru", |t| format!("{t}\nnot-in-english = Лишнее\n"));
    let errors = compile::compile(&files).unwrap_err();
    assert_eq!(
        errors,
        ["ru.ftl: extra message `not-in-english` (not in en.ftl)"]
    );
}

#[test]
fn a_placeholder_mismatch_fails_the_check() {
    let files = edited("ky", |t| {
        t.lines()
            .map(|l| {
                if l.starts_with("page-of =") {
                    "page-of = Барак { $current }".to_string()
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    let errors = compile::compile(&files).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("ky.ftl: `page-of` uses the placeholders {\"$current\"}"),
        "{errors:?}"
    );
}

#[test]
fn a_plural_category_the_language_lacks_fails_the_check() {
    let files = edited("zh", |t| {
        format!("{t}\n").replace(
            "   *[other] { $count } 项倡议\n}",
            "    [one] { $count } 项倡议\n   *[other] { $count } 项倡议\n}",
        )
    });
    let errors = compile::compile(&files).unwrap_err();
    assert_eq!(
        errors,
        [
            "zh.ftl: `count-initiatives` has a variant [one], but zh has only the plural categories other"
        ]
    );
}

#[test]
fn a_syntax_error_names_the_file_and_line() {
    let files = edited("en", |t| format!("{t}\nbroken = {{ $oops\n"));
    let errors = compile::compile(&files).unwrap_err();
    assert!(
        errors.iter().any(|e| e.starts_with("en.ftl line ")),
        "{errors:?}"
    );
}
