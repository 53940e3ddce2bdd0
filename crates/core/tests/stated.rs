//! The bundled dataset says what the article states and marks what it only infers (docs/data.md,
//! "Stated and inferred links"). Every link that is not marked inferred must be borne out by the
//! words of the record's excerpts or of the heading they sit under, by the rules below, which are
//! necessary conditions a machine can check; the audit's decisions (issue 13) are pinned after them.

mod common;

use cooperation_core::data::catalog::{self, Catalog};
use cooperation_core::data::model::{Initiative, LinkField, Links, Provenance, Scope};

fn shipped() -> Catalog {
    catalog::load(common::shipped_json().as_bytes()).expect("the bundled dataset loads")
}

/// The record's excerpts and their headings, lowercased: the words a stated link must be in.
fn words(prov: &[Provenance]) -> String {
    prov.iter()
        .map(|p| format!("{} {}", p.section.as_deref().unwrap_or(""), p.excerpt))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Sections that report what the two sides of the meeting discussed, proposed or recommended, with
/// the words that say so: in them, China, Kyrgyzstan and the bilateral scope are stated.
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

fn two_sided(prov: &[Provenance]) -> bool {
    prov.iter().all(|p| {
        TWO_SIDED
            .iter()
            .any(|(s, _)| p.section.as_deref() == Some(s))
    })
}

/// Each theme's words: a stated theme link needs one of them in the record's words.
const THEME_WORDS: [(&str, &[&str]); 9] = [
    (
        "economic",
        &[
            "econom",
            "business",
            "growth",
            "fiscal",
            "industr",
            "invest",
            "ventures",
            "development",
        ],
    ),
    (
        "trade",
        &["trade", "investment", "customs", "export", "import"],
    ),
    (
        "cultural",
        &[
            "cultur",
            "festival",
            "art",
            "music",
            "people-to-people",
            "traditions",
        ],
    ),
    (
        "education",
        &["educat", "student", "study", "language courses", "literacy"],
    ),
    (
        "security",
        &[
            "security",
            "threat",
            "safety",
            "terrorism",
            "drug trafficking",
        ],
    ),
    (
        "environmental",
        &["environment", "green", "climate", "renewable"],
    ),
    (
        "digital",
        &["digital", "tech", "innovation", "digitization"],
    ),
    (
        "connectivity",
        &["infrastructur", "connectivity", "transport", "logistics"],
    ),
    (
        "political",
        &[
            "political",
            "dialog",
            "government officials",
            "development strategies",
            "advisory",
        ],
    ),
];

/// Each country's words.
fn country_words(id: &str) -> &'static [&'static str] {
    match id {
        "china" => &["china", "chinese", "mandarin"],
        "kyrgyzstan" => &["kyrgyz"],
        "uzbekistan" => &["uzbek"],
        "central-asia" => &["central asia"],
        other => panic!("no words for party {other}"),
    }
}

/// Every stated link of the record in `field`, with the record's name for messages.
fn stated(r: &dyn Links, field: LinkField) -> Vec<&str> {
    r.link_values(field)
        .unwrap_or_default()
        .into_iter()
        .filter(|v| r.inferred_reason(field, v).is_none())
        .collect()
}

#[test]
fn every_stated_theme_is_in_the_words_of_its_excerpts() {
    let c = shipped();
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
    let mut missing = Vec::new();
    for (id, r, prov) in records {
        let text = words(prov);
        for theme in stated(r, LinkField::Themes) {
            let (_, list) = THEME_WORDS.iter().find(|(t, _)| *t == theme).unwrap();
            if !list.iter().any(|w| text.contains(w)) {
                missing.push(format!("{id} → {theme}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "stated but not in the excerpts: {missing:#?}"
    );
}

#[test]
fn every_stated_party_is_named_or_one_of_the_two_sides_of_the_meeting() {
    let c = shipped();
    let mut missing = Vec::new();
    for r in c.initiatives() {
        let text = words(&r.provenance);
        for party in stated(r, LinkField::Parties) {
            let named = country_words(party).iter().any(|w| text.contains(w));
            let side = matches!(party, "china" | "kyrgyzstan") && two_sided(&r.provenance);
            if !named && !side {
                missing.push(format!("{} → {party}", r.id));
            }
        }
    }
    for r in c.corridors() {
        let text = words(&r.provenance);
        for country in stated(r, LinkField::Countries) {
            if !country_words(country).iter().any(|w| text.contains(w)) {
                missing.push(format!("{} → {country}", r.id));
            }
        }
    }
    for r in c.parties() {
        let text = words(&r.provenance);
        for country in stated(r, LinkField::Country) {
            if !country_words(country).iter().any(|w| text.contains(w)) {
                missing.push(format!("{} → {country}", r.id));
            }
        }
    }
    assert!(missing.is_empty(), "stated but not borne out: {missing:#?}");
}

#[test]
fn every_stated_scope_is_borne_out() {
    let c = shipped();
    let check = |id: &str, scope: Option<Scope>, inferred: bool, prov: &[Provenance]| {
        let text = words(prov);
        let ok = match scope {
            None => true,
            Some(_) if inferred => true,
            Some(Scope::Bilateral) => two_sided(prov),
            Some(Scope::Trilateral) => text.contains("uzbek"),
            Some(Scope::Regional) => text.contains("central asia"),
        };
        assert!(ok, "{id}: the scope {scope:?} is stated but not borne out");
    };
    for r in c.initiatives() {
        let inferred = !r.inferred.is_empty() && stated(r, LinkField::Scope).is_empty();
        check(r.id.as_str(), r.scope, inferred, &r.provenance);
    }
    for r in c.corridors() {
        let inferred = !r.inferred.is_empty() && stated(r, LinkField::Scope).is_empty();
        check(r.id.as_str(), r.scope, inferred, &r.provenance);
    }
}

#[test]
fn every_stated_sector_and_corridor_link_is_named() {
    let c = shipped();
    let d = c.data();
    let corridor_excerpts: Vec<&str> = d
        .corridors
        .iter()
        .flat_map(|r| r.provenance.iter().map(|p| p.excerpt.as_str()))
        .collect();
    let by_corridor = |prov: &[Provenance]| {
        words(prov).contains("corridor")
            || prov
                .iter()
                .any(|p| corridor_excerpts.contains(&p.excerpt.as_str()))
    };
    for r in &d.initiatives {
        let text = words(&r.provenance);
        for sector in stated(r, LinkField::Sectors) {
            let stem = &sector[..sector.len().min(6)];
            assert!(text.contains(stem), "{} → sector {sector}", r.id);
        }
        if !stated(r, LinkField::Corridors).is_empty() {
            assert!(by_corridor(&r.provenance), "{} → its corridor", r.id);
        }
    }
    for r in &d.sectors {
        if !stated(r, LinkField::Corridors).is_empty() {
            assert!(by_corridor(&r.provenance), "{} → its corridor", r.id);
        }
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

#[test]
fn a_summary_keeps_the_hedge_of_its_excerpt() {
    let c = shipped();
    for r in c.initiatives() {
        let hedged = r.provenance.iter().all(|p| p.excerpt.contains(" could "));
        if hedged {
            assert!(
                r.summary.contains("could"),
                "{}: the excerpt says \"could\", the summary states it as fact: {}",
                r.id,
                r.summary
            );
        }
    }
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
