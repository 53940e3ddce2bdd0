//! The bundled dataset says what the article states and marks what it only infers (docs/data.md,
//! "Stated and inferred links"). Every link that is not marked inferred must be borne out by the
//! words of the record's excerpts or of the heading they sit under, by the rules below: necessary
//! conditions a machine can check, matched on whole words (a pattern's word ending in `*` matches
//! the words it starts), with word lists of each theme's general vocabulary, none written for a
//! record. Each rule returns what breaks it; the tests check that the bundled file breaks none and
//! that the file as it was before the data audit of 2026-12-01 (`fixtures/`) breaks each one the
//! audit found broken.

mod common;

use cooperation_core::data::catalog::{self, Catalog};
use cooperation_core::data::model::{Initiative, LinkField, Links, Provenance, Scope};

fn shipped() -> Catalog {
    catalog::load(common::shipped_json().as_bytes()).expect("the bundled dataset loads")
}

/// The bundled file as it was before the data audit of 2026-12-01.
fn before_audit() -> Catalog {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/before-audit-2026-12-01.json"
    );
    catalog::load(&std::fs::read(path).unwrap()).expect("the file before the audit loads")
}

/// Lowercase words: runs of letters and digits (apostrophes end a word: "china’s" → "china", "s").
fn tokens(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `words` holds `pattern`'s words in a row; a pattern word ending in `*` matches every word
/// it starts ("econom*" matches "economic" and "economies", "art" matches "art" only).
fn has(words: &[String], pattern: &str) -> bool {
    let want = tokens_keeping_stars(pattern);
    !want.is_empty()
        && words.windows(want.len()).any(|w| {
            w.iter()
                .zip(&want)
                .all(|(word, p)| match p.strip_suffix('*') {
                    Some(stem) => word.starts_with(stem),
                    None => word == p,
                })
        })
}

fn tokens_keeping_stars(pattern: &str) -> Vec<String> {
    pattern
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '*')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn has_any(words: &[String], patterns: &[&str]) -> bool {
    patterns.iter().any(|p| has(words, p))
}

/// The words of the record's excerpts and of the headings they sit under.
fn words(prov: &[Provenance]) -> Vec<String> {
    prov.iter()
        .flat_map(|p| {
            tokens(&format!(
                "{} {}",
                p.section.as_deref().unwrap_or(""),
                p.excerpt
            ))
        })
        .collect()
}

/// The words of the record's excerpts alone.
fn excerpt_words(prov: &[Provenance]) -> Vec<String> {
    prov.iter().flat_map(|p| tokens(&p.excerpt)).collect()
}

/// Sections that report what the two sides of the meeting discussed, proposed or recommended, with
/// the words in them that say so: there, China, Kyrgyzstan and the bilateral scope are stated by a
/// record that quotes those words.
const TWO_SIDED: [(&str, &str); 5] = [
    (
        "Significance of Liu Bin’s Diplomatic Engagement with Kyrgyzstan",
        "enhanced cooperation that benefits both China and Kyrgyzstan",
    ),
    (
        "Key Discussions Focused on Strengthening Bilateral Relations",
        "the friendship and cooperation between China and Kyrgyzstan",
    ),
    (
        "Exploring Economic Cooperation and Trade Opportunities",
        "enhancing trade relations between China and Kyrgyzstan",
    ),
    (
        "Cultural Exchange Initiatives: Bridging the Gap Between China and Kyrgyzstan",
        "the commitment of both nations",
    ),
    (
        "Recommendations for Enhanced Political and Economic Ties",
        "the partnership between china and Kyrgyzstan",
    ),
];

/// Words that say a record concerns both sides.
const BOTH_SIDES: [&str; 5] = [
    "china and kyrgyz*",
    "both nations",
    "both countries",
    "both parties",
    "two nations",
];

/// Whether the record sits in the two-sided sections only and quotes words that name both sides.
fn two_sided(prov: &[Provenance]) -> bool {
    let in_sections = prov.iter().all(|p| {
        TWO_SIDED
            .iter()
            .any(|(s, _)| p.section.as_deref() == Some(s))
    });
    let words = excerpt_words(prov);
    let both_named =
        has_any(&words, country_words("china")) && has_any(&words, country_words("kyrgyzstan"));
    in_sections && (both_named || has_any(&words, &BOTH_SIDES))
}

/// Each theme's words, the theme's general vocabulary: a stated theme link needs one of them.
const THEME_WORDS: [(&str, &[&str]); 9] = [
    (
        "economic",
        &[
            "econom*",
            "business*",
            "growth",
            "fiscal",
            "industr*",
            "invest*",
            "ventures",
            "financ*",
        ],
    ),
    (
        "trade",
        &["trade", "investment", "customs", "export*", "import*"],
    ),
    (
        "cultural",
        &[
            "cultur*",
            "festival*",
            "art",
            "arts",
            "artistic",
            "music",
            "people to people",
            "tradition*",
        ],
    ),
    (
        "education",
        &["educat*", "student*", "study", "language*", "literacy"],
    ),
    (
        "security",
        &[
            "security",
            "threat*",
            "safety",
            "terrorism",
            "drug trafficking",
        ],
    ),
    (
        "environmental",
        &["environment*", "green", "climate", "renewable"],
    ),
    (
        "digital",
        &[
            "digital*",
            "tech",
            "technolog*",
            "innovation",
            "digitization",
        ],
    ),
    (
        "connectivity",
        &["infrastructur*", "connectivity", "transport*", "logistics"],
    ),
    (
        "political",
        &[
            "political",
            "politic*",
            "dialog*",
            "diplomac*",
            "diplomatic",
            "government*",
        ],
    ),
];

/// Each country's words.
fn country_words(id: &str) -> &'static [&'static str] {
    match id {
        "china" => &["china", "chinese", "mandarin"],
        "kyrgyzstan" => &["kyrgyz*"],
        "uzbekistan" => &["uzbek*"],
        "central-asia" => &["central asia*"],
        other => panic!("no words for party {other}"),
    }
}

/// Every stated link of the record in `field`.
fn stated(r: &dyn Links, field: LinkField) -> Vec<&str> {
    r.link_values(field)
        .unwrap_or_default()
        .into_iter()
        .filter(|v| r.inferred_reason(field, v).is_none())
        .collect()
}

/// What breaks a rule, one line each (empty: the rule holds).
type Broken = Vec<String>;

fn themes_are_in_the_words(c: &Catalog) -> Broken {
    let d = c.data();
    let records = d
        .initiatives
        .iter()
        .map(|r| (&r.id, r as &dyn Links, &r.provenance))
        .chain(
            d.sectors
                .iter()
                .map(|r| (&r.id, r as &dyn Links, &r.provenance)),
        )
        .chain(
            d.corridors
                .iter()
                .map(|r| (&r.id, r as &dyn Links, &r.provenance)),
        );
    let mut broken = Vec::new();
    for (id, r, prov) in records {
        let text = words(prov);
        for theme in stated(r, LinkField::Themes) {
            let (_, list) = THEME_WORDS.iter().find(|(t, _)| *t == theme).unwrap();
            if !has_any(&text, list) {
                broken.push(format!("{id} → {theme}"));
            }
        }
    }
    broken
}

fn parties_are_named_or_the_two_sides(c: &Catalog) -> Broken {
    let mut broken = Vec::new();
    for r in c.initiatives() {
        let text = words(&r.provenance);
        for party in stated(r, LinkField::Parties) {
            let named = has_any(&text, country_words(party));
            let side = matches!(party, "china" | "kyrgyzstan") && two_sided(&r.provenance);
            if !named && !side {
                broken.push(format!("{} → {party}", r.id));
            }
        }
    }
    for r in c.corridors() {
        let text = words(&r.provenance);
        for country in stated(r, LinkField::Countries) {
            if !has_any(&text, country_words(country)) {
                broken.push(format!("{} → {country}", r.id));
            }
        }
    }
    for r in c.parties() {
        let text = words(&r.provenance);
        for country in stated(r, LinkField::Country) {
            if !has_any(&text, country_words(country)) {
                broken.push(format!("{} → {country}", r.id));
            }
        }
    }
    broken
}

fn scopes_are_borne_out(c: &Catalog) -> Broken {
    let mut broken = Vec::new();
    let mut check = |id: &str, scope: Option<Scope>, links: &dyn Links, prov: &[Provenance]| {
        let text = words(prov);
        let inferred = scope.is_some() && stated(links, LinkField::Scope).is_empty();
        let ok = match scope {
            None => true,
            Some(_) if inferred => true,
            Some(Scope::Bilateral) => two_sided(prov),
            Some(Scope::Trilateral) => has(&text, "uzbek*"),
            Some(Scope::Regional) => has(&text, "central asia*"),
        };
        if !ok {
            broken.push(format!("{id}: {scope:?}"));
        }
    };
    for r in c.initiatives() {
        check(r.id.as_str(), r.scope, r, &r.provenance);
    }
    for r in c.corridors() {
        check(r.id.as_str(), r.scope, r, &r.provenance);
    }
    broken
}

fn sectors_and_corridors_are_named(c: &Catalog) -> Broken {
    let d = c.data();
    let corridor_excerpts: Vec<&str> = d
        .corridors
        .iter()
        .flat_map(|r| r.provenance.iter().map(|p| p.excerpt.as_str()))
        .collect();
    let by_corridor = |prov: &[Provenance]| {
        has(&words(prov), "corridor*")
            || prov
                .iter()
                .any(|p| corridor_excerpts.contains(&p.excerpt.as_str()))
    };
    let mut broken = Vec::new();
    for r in &d.initiatives {
        let text = words(&r.provenance);
        for sector in stated(r, LinkField::Sectors) {
            let stem = format!("{}*", &sector[..sector.len().min(6)]);
            if !has(&text, &stem) {
                broken.push(format!("{} → sector {sector}", r.id));
            }
        }
        if !stated(r, LinkField::Corridors).is_empty() && !by_corridor(&r.provenance) {
            broken.push(format!("{} → its corridor", r.id));
        }
    }
    for r in &d.sectors {
        if !stated(r, LinkField::Corridors).is_empty() && !by_corridor(&r.provenance) {
            broken.push(format!("{} → its corridor", r.id));
        }
    }
    broken
}

/// Asserts that the bundled file breaks none of `rule`, and the file before the audit breaks it
/// (when the audit found it broken) — so the rule catches what it is there to catch.
fn holds(rule: fn(&Catalog) -> Broken, broken_before_audit: bool) {
    let now = rule(&shipped());
    assert!(now.is_empty(), "broken: {now:#?}");
    let before = rule(&before_audit());
    assert_eq!(
        !before.is_empty(),
        broken_before_audit,
        "before the audit: {before:#?}"
    );
}

#[test]
fn every_stated_theme_is_in_the_words_of_its_excerpts() {
    // Before the audit, aligned-development-strategies stated "political" on no political word.
    holds(themes_are_in_the_words, true);
    assert!(
        themes_are_in_the_words(&before_audit())
            .contains(&"aligned-development-strategies → political".to_string())
    );
}

#[test]
fn words_match_whole() {
    let words = tokens("Strengthening partnerships and tech startups, China’s economies");
    assert!(!has(&words, "art"));
    assert!(!has(&words, "tech*") || has(&words, "tech"));
    assert!(has(&words, "econom*") && has(&words, "china") && has(&words, "tech startups"));
    assert!(!has(&words, "start"));
}

#[test]
fn every_stated_party_is_named_or_one_of_the_two_sides_of_the_meeting() {
    // Before the audit no record quoted the words that make its section two-sided.
    holds(parties_are_named_or_the_two_sides, true);
}

#[test]
fn every_stated_scope_is_borne_out() {
    // Before the audit no record quoted the sentences that make its section two-sided.
    holds(scopes_are_borne_out, true);
}

#[test]
fn every_stated_sector_and_corridor_link_is_named() {
    holds(sectors_and_corridors_are_named, false);
}

/// The text of the section under `heading` in the source: up to the next heading records cite.
fn section_text<'t>(c: &Catalog, text: &'t str, heading: &str) -> &'t str {
    let mut starts: Vec<usize> = c
        .data()
        .initiatives
        .iter()
        .flat_map(|r| &r.provenance)
        .filter_map(|p| p.section.as_deref())
        .filter_map(|h| text.find(h))
        .collect();
    starts.sort_unstable();
    let Some(at) = text.find(heading) else {
        return "";
    };
    let end = starts.into_iter().find(|&s| s > at).unwrap_or(text.len());
    &text[at..end]
}

/// Each of the two-sided sections holds the words that make it so.
#[test]
fn the_two_sided_sections_say_so() {
    let (c, text) = (shipped(), common::source_text());
    for (section, words) in TWO_SIDED {
        assert!(
            section_text(&c, &text, section).contains(words),
            "{section}"
        );
    }
}

/// The item heading an excerpt starts with: the text before `:` in a list item or before ` | ` in a
/// table row (`Cultural Exchange Programs: Promoting…`), lowercased.
fn item_heading(excerpt: &str) -> Option<String> {
    let end = [excerpt.find(": "), excerpt.find(" | ")]
        .into_iter()
        .flatten()
        .min()?;
    let head = &excerpt[..end];
    (head.split_whitespace().count() <= 4).then(|| head.to_lowercase())
}

#[test]
fn records_the_article_names_by_the_same_item_heading_are_related() {
    let c = shipped();
    let ini: &[Initiative] = c.initiatives();
    let related =
        |a: &Initiative, b: &Initiative| a.related.contains(&b.id) || b.related.contains(&a.id);
    let mut missing = Vec::new();
    for (i, a) in ini.iter().enumerate() {
        for b in &ini[i + 1..] {
            let heads = |r: &Initiative| -> Vec<String> {
                r.provenance
                    .iter()
                    .filter_map(|p| item_heading(&p.excerpt))
                    .collect()
            };
            let (ha, hb) = (heads(a), heads(b));
            if ha.iter().any(|h| hb.contains(h)) && !related(a, b) {
                missing.push(format!("{} ~ {}", a.id, b.id));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "same heading, not related: {missing:#?}"
    );
    // The rule finds the pairs it should: the two "Cultural Exchange Programs" among them.
    assert_eq!(
        item_heading("Cultural Exchange Programs: Promoting mutual understanding"),
        Some("cultural exchange programs".into())
    );
}

/// Words that make a statement a possibility or a condition rather than a fact.
const HEDGES: [&str; 8] = [
    "could",
    "can",
    "may",
    "might",
    "would",
    "likely",
    "essential to",
    "should",
];

/// How far after a hedge the words it governs may start.
const HEDGE_REACH: usize = 6;

/// A record whose own item (its first excerpt) hedges keeps the hedge: in its summary, and in
/// every outcome drawn from a hedged excerpt (one whose first word starts, in some form, within
/// [`HEDGE_REACH`] words after a hedge: "could help bridge gaps" → "Bridged gaps").
fn hedges_are_kept(c: &Catalog) -> Broken {
    let mut broken = Vec::new();
    let d = c.data();
    let records = (d
        .initiatives
        .iter()
        .map(|r| (&r.id, &r.summary, &r.outcomes, &r.provenance)))
    .chain(
        d.corridors
            .iter()
            .map(|r| (&r.id, &r.summary, &r.outcomes, &r.provenance)),
    );
    for (id, summary, outcomes, prov) in records {
        let Some(own) = prov.first() else { continue };
        let own = tokens(&own.excerpt);
        // A summary may say it as a recommendation or a proposal instead.
        let kept = has_any(&tokens(summary), &HEDGES)
            || has_any(&tokens(summary), &["recommended", "proposed", "potential"]);
        if has_any(&own, &HEDGES) && !kept {
            broken.push(format!("{id}: summary \"{summary}\""));
        }
        for outcome in outcomes {
            let first = tokens(outcome).into_iter().next().unwrap_or_default();
            let stem: String = first.chars().take(5).collect();
            let drawn_from_hedged = prov.iter().any(|p| {
                let words = tokens(&p.excerpt);
                (0..words.len()).any(|h| {
                    HEDGES.iter().any(|hedge| {
                        has(&words[h..(h + 2).min(words.len())], hedge) && {
                            let reach = &words[h + 1..(h + 1 + HEDGE_REACH).min(words.len())];
                            stem.len() >= 4 && reach.iter().any(|w| w.starts_with(&stem))
                        }
                    })
                })
            });
            if drawn_from_hedged && !has_any(&tokens(outcome), &HEDGES) {
                broken.push(format!("{id}: outcome \"{outcome}\""));
            }
        }
    }
    broken
}

#[test]
fn a_summary_and_its_outcomes_keep_the_hedge_of_the_excerpt() {
    // Before the audit: "Bridged gaps", "Supported trade flows", "Improved people-to-people
    // connections…" stated what the article says could be.
    holds(hedges_are_kept, true);
}

/// What a reason says the text does not name, it does not name: "never names China", "without
/// naming Kyrgyzstan" are false where the record's section names them.
fn reasons_are_true(c: &Catalog) -> Broken {
    let text = common::source_text();
    let mut broken = Vec::new();
    let d = c.data();
    let records = (d
        .initiatives
        .iter()
        .map(|r| (&r.id, &r.inferred, &r.provenance)))
    .chain(
        d.sectors
            .iter()
            .map(|r| (&r.id, &r.inferred, &r.provenance)),
    )
    .chain(
        d.corridors
            .iter()
            .map(|r| (&r.id, &r.inferred, &r.provenance)),
    );
    for (id, inferred, prov) in records {
        for x in inferred {
            let reason = tokens(&x.reason);
            for country in ["china", "kyrgyzstan", "uzbekistan"] {
                let denies = [
                    "never names",
                    "without naming",
                    "does not name",
                    "not naming",
                ]
                .iter()
                .any(|d| has(&reason, &format!("{d} {country}")));
                if !denies {
                    continue;
                }
                let named = prov
                    .iter()
                    .filter_map(|p| p.section.as_deref())
                    .any(|h| has_any(&tokens(section_text(c, &text, h)), country_words(country)));
                if named {
                    broken.push(format!("{id}: \"{}\"", x.reason));
                }
            }
        }
    }
    broken
}

#[test]
fn no_reason_says_the_text_does_not_name_what_it_names() {
    // Before the audit, the seven regional records' reasons said the section "never names China"
    // or went on "without naming Kyrgyzstan"; its first sentence names both.
    holds(reasons_are_true, true);
    assert_eq!(reasons_are_true(&before_audit()).len(), 14);
}

/// A record the article only discusses, proposes, recommends or sees as potential is not
/// summarised as something that exists ("a corridor linking…").
fn nothing_unstated_is_said_to_exist(c: &Catalog) -> Broken {
    const EXISTS: [&str; 7] = [
        "linking",
        "links",
        "connects",
        "connecting",
        "joins",
        "operates",
        "operating",
    ];
    let d = c.data();
    let records = (d.initiatives.iter().map(|r| (&r.id, r.status, &r.summary)))
        .chain(d.corridors.iter().map(|r| (&r.id, r.status, &r.summary)));
    records
        .filter(|(_, status, _)| status.is_some())
        .filter(|(_, _, summary)| has_any(&tokens(summary), &EXISTS))
        .map(|(id, _, summary)| format!("{id}: {summary}"))
        .collect()
}

#[test]
fn no_summary_says_a_discussed_or_proposed_record_exists() {
    holds(nothing_unstated_is_said_to_exist, true);
}

/// No two records of a collection share a summary: each says what its own item says.
fn summaries_are_distinct(c: &Catalog) -> Broken {
    let d = c.data();
    let mut broken = Vec::new();
    let lists: [Vec<(&str, &str)>; 3] = [
        d.initiatives
            .iter()
            .map(|r| (r.id.as_str(), r.summary.as_str()))
            .collect(),
        d.sectors
            .iter()
            .map(|r| (r.id.as_str(), r.summary.as_str()))
            .collect(),
        d.corridors
            .iter()
            .map(|r| (r.id.as_str(), r.summary.as_str()))
            .collect(),
    ];
    for list in &lists {
        for (i, (a, sa)) in list.iter().enumerate() {
            for (b, sb) in &list[i + 1..] {
                if sa == sb {
                    broken.push(format!("{a} = {b}"));
                }
            }
        }
    }
    broken
}

#[test]
fn no_two_records_share_a_summary() {
    // Before the audit: educational-partnerships, artistic-collaborations, tourism-promotion.
    holds(summaries_are_distinct, true);
}

/// The words that set each status, as docs/data.md's table of fields lists them ("proposed", "a
/// notable suggestion"…; "discussions … ventured into" as two phrases).
fn status_cues() -> Vec<(String, Vec<Vec<String>>)> {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/data.md"))
        .unwrap();
    let row = docs
        .lines()
        .find(|l| l.starts_with("| `status` |"))
        .expect("the status row of docs/data.md");
    // Each status as "`slug` (\"cue\", \"cue\")".
    let mut out = Vec::new();
    let mut rest = row;
    while let Some(at) = rest.find("` (") {
        let slug = rest[..at].rsplit('`').next().unwrap_or("").to_string();
        let inside = &rest[at + 3..];
        let end = inside.find(')').unwrap_or(inside.len());
        let cues: Vec<Vec<String>> = inside[..end]
            .split('"')
            .skip(1)
            .step_by(2)
            .map(|cue| {
                cue.split('…')
                    .map(|p| p.trim().to_lowercase())
                    .filter(|p| !p.is_empty())
                    .collect()
            })
            .collect();
        out.push((slug, cues));
        rest = &inside[end..];
    }
    out
}

/// A record's status can be checked from its own citations: an excerpt holds a cue of its status.
fn statuses_are_cited(c: &Catalog) -> Broken {
    let cues = status_cues();
    let d = c.data();
    let records = (d
        .initiatives
        .iter()
        .map(|r| (&r.id, r.status, &r.provenance)))
    .chain(d.corridors.iter().map(|r| (&r.id, r.status, &r.provenance)));
    let mut broken = Vec::new();
    for (id, status, prov) in records {
        let Some(status) = status else { continue };
        let slug = cooperation_core::data::model::Term::slug(status);
        let (_, list) = cues
            .iter()
            .find(|(s, _)| s == slug)
            .unwrap_or_else(|| panic!("no cues for {slug}"));
        let text = excerpt_words(prov);
        if !list
            .iter()
            .any(|cue| cue.iter().all(|phrase| has(&text, phrase)))
        {
            broken.push(format!("{id}: {slug}"));
        }
    }
    broken
}

#[test]
fn every_status_is_set_by_words_the_record_quotes() {
    let cues = status_cues();
    assert_eq!(cues.len(), 4, "{cues:?}");
    // Before the audit the sentences that set statuses ("Key areas of focus included:") were not
    // quoted.
    holds(statuses_are_cited, true);
}

#[test]
fn the_dataset_spells_program_as_the_article_does() {
    let c = shipped();
    let d = c.data();
    let own_words = d
        .initiatives
        .iter()
        .flat_map(|r| [r.name.as_str(), r.summary.as_str()])
        .chain(d.sectors.iter().map(|r| r.summary.as_str()))
        .chain(d.description.as_deref());
    for text in own_words {
        assert!(!text.contains("programme"), "\"programme\" in: {text}");
    }
}

/// The audit's decisions (issue 13), each as the file now says it.
#[test]
fn the_audit_decisions_hold() {
    let c = shipped();
    let ini = |id: &str| c.initiative(id).unwrap();
    let strands = [
        "renewable-energy-joint-ventures",
        "mutual-tourism-packages",
        "tech-startups-and-digital-infrastructure",
    ];
    for id in strands {
        let r = ini(id);
        assert!(
            r.inferred_reason(LinkField::Parties, "uzbekistan")
                .is_some(),
            "{id}"
        );
        assert!(
            r.inferred_reason(LinkField::Scope, "trilateral").is_some(),
            "{id}"
        );
        assert!(
            r.inferred_reason(
                LinkField::Corridors,
                "china-kyrgyzstan-uzbekistan-economic-corridor"
            )
            .is_none()
        );
    }
    for id in [
        "joint-economic-projects",
        "regional-cultural-exchange-programs",
        "security-collaborations",
        "digital-and-green-initiatives",
        "regional-infrastructure-development",
        "cultural-diplomacy",
        "environmental-initiatives",
    ] {
        let r = ini(id);
        assert!(
            r.inferred_reason(LinkField::Parties, "china").is_some(),
            "{id}"
        );
        assert!(
            r.inferred_reason(LinkField::Parties, "central-asia")
                .is_none(),
            "{id}"
        );
    }
    let bri = ini("belt-and-road-initiative");
    assert!(
        bri.inferred_reason(LinkField::Themes, "connectivity")
            .is_some()
    );
    let corridor = &c.corridors()[0];
    assert!(
        corridor
            .inferred_reason(LinkField::Themes, "connectivity")
            .is_some()
    );
    assert_eq!(corridor.outcomes, ["Regional economic development"]);
    let ministry = c.party("ministry-of-foreign-affairs").unwrap();
    assert_eq!(ministry.country.as_ref().map(|c| c.as_str()), Some("china"));
    assert!(
        ministry
            .inferred_reason(LinkField::Country, "china")
            .is_some()
    );
    // Liu Bin's one attributed statement is cited.
    let liu = c.party("liu-bin").unwrap();
    assert!(liu.provenance.iter().any(|p| {
        p.excerpt
            .starts_with("liu emphasized that the implementation of such initiatives")
    }));
    assert!(
        ini("transport-and-logistics-networks")
            .name
            .starts_with("Infrastructure development")
    );
}
