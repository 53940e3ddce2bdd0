//! A deterministic, seeded generator of realistic synthetic datasets in the app's schema, for
//! benchmarks and browser measurements. Facet values follow skewed (Zipf-like) distributions, names
//! mix Latin with accents, Cyrillic and CJK text, and every reference is valid, so the output loads.
#![allow(dead_code)]

use cooperation_core::data::model::*;

/// SplitMix64: small, fast and good enough for test data; the same seed gives the same dataset.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 > 1.0 - p
    }
    /// Zipf-like in `0..n`: index 0 is the most frequent, about twice as often as index 1.
    pub fn skewed(&mut self, n: usize) -> usize {
        let u = ((self.next() >> 11) as f64 + 1.0) / (1u64 << 53) as f64;
        let x = (n as f64 + 1.0).powf(u) - 1.0;
        (x as usize).min(n - 1)
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const COUNTRIES: [(&str, &str); 14] = [
    ("china", "China"),
    ("kyrgyzstan", "Kyrgyzstan"),
    ("uzbekistan", "Uzbekistan"),
    ("kazakhstan", "Kazakhstan"),
    ("tajikistan", "Tajikistan"),
    ("turkmenistan", "Turkmenistan"),
    ("afghanistan", "Afghanistan"),
    ("russia", "Russia"),
    ("mongolia", "Mongolia"),
    ("pakistan", "Pakistan"),
    ("iran", "Iran"),
    ("azerbaijan", "Azerbaijan"),
    ("georgia", "Georgia"),
    ("turkiye", "Türkiye"),
];

const THEMES: [(&str, &str); 9] = [
    ("economic", "Economic"),
    ("trade", "Trade and investment"),
    ("cultural", "Cultural exchange"),
    ("education", "Education"),
    ("security", "Security and stability"),
    ("environmental", "Environment and climate"),
    ("digital", "Digital and technology"),
    ("connectivity", "Infrastructure and connectivity"),
    ("political", "Political dialogue"),
];

const SECTOR_WORDS: [&str; 40] = [
    "Energy",
    "Tourism",
    "Technology",
    "Infrastructure",
    "Agriculture",
    "Logistics",
    "Mining",
    "Textiles",
    "Healthcare",
    "Education",
    "Finance",
    "Telecommunications",
    "Water management",
    "Rail transport",
    "Aviation",
    "Hydropower",
    "Solar power",
    "Food processing",
    "Construction",
    "Pharmaceuticals",
    "Énergie renouvelable",
    "Économie numérique",
    "Сельское хозяйство",
    "Транспорт",
    "Туризм",
    "Горнодобывающая отрасль",
    "数字经济",
    "农业",
    "能源",
    "物流",
    "Qishloq xoʻjaligi",
    "Turizm",
    "Energetika",
    "Ulgurji savdo",
    "Köpüler",
    "Su kaynakları",
    "Kültür ekonomisi",
    "Cotton",
    "Automotive",
    "E-commerce",
];

const ADJECTIVES: [&str; 24] = [
    "Joint",
    "Regional",
    "Bilateral",
    "Cross-border",
    "Sustainable",
    "Digital",
    "Green",
    "Annual",
    "Strategic",
    "Integrated",
    "Совместный",
    "Региональный",
    "联合",
    "区域",
    "Qoʻshma",
    "Ortak",
    "Mintaqaviy",
    "Transnational",
    "Inclusive",
    "Resilient",
    "Coordinated",
    "Émergent",
    "Intégré",
    "Öncü",
];

const NOUNS: [&str; 24] = [
    "forum",
    "festival",
    "roundtable",
    "exchange programme",
    "corridor fund",
    "task force",
    "innovation hub",
    "trade fair",
    "language centre",
    "research network",
    "customs pilot",
    "logistics park",
    "форум",
    "фестиваль",
    "программа обмена",
    "论坛",
    "交流计划",
    "合作区",
    "dasturi",
    "forumu",
    "işbirliği",
    "initiative",
    "partnership",
    "observatory",
];

const WORDS: [&str; 48] = [
    "cooperation",
    "trade",
    "investment",
    "cultural",
    "exchange",
    "regional",
    "security",
    "stability",
    "connectivity",
    "infrastructure",
    "renewable",
    "energy",
    "tourism",
    "students",
    "language",
    "customs",
    "procedures",
    "digital",
    "startups",
    "agricultural",
    "products",
    "business",
    "communities",
    "dialogue",
    "mutual",
    "understanding",
    "partnership",
    "growth",
    "development",
    "framework",
    "corridor",
    "logistics",
    "networks",
    "climate",
    "resilience",
    "festival",
    "music",
    "cuisine",
    "education",
    "innovation",
    "сотрудничество",
    "торговля",
    "合作",
    "贸易",
    "hamkorlik",
    "savdo",
    "işbirliği",
    "ticaret",
];

const SECTIONS: [&str; 6] = [
    "Key Discussions",
    "Economic Cooperation and Trade",
    "Cultural Exchange Initiatives",
    "Multilateral Collaboration",
    "Recommendations",
    "Outlook",
];

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut out = String::new();
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(WORDS[rng.skewed(WORDS.len())]);
    }
    let mut chars = out.chars();
    let first = chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>())
        .unwrap_or_default();
    format!("{first}{}.", chars.as_str())
}

fn ids_of(rng: &mut Rng, prefix: &str, n: usize, max: usize) -> Vec<Id> {
    let mut out: Vec<Id> = Vec::new();
    for _ in 0..max {
        let id = Id(format!("{prefix}{}", rng.skewed(n)));
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// Up to `max` distinct theme ids, skewed towards the first themes.
fn themes_of(rng: &mut Rng, max: usize) -> Vec<Id> {
    let mut out: Vec<Id> = Vec::new();
    for _ in 0..max {
        let id = Id(THEMES[rng.skewed(THEMES.len())].0.into());
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

fn provenance(rng: &mut Rng, sources: usize) -> Vec<Provenance> {
    vec![Provenance {
        source: Id(format!("source-{}", rng.skewed(sources))),
        section: Some(rng.pick(&SECTIONS).to_string()),
        excerpt: {
            let words = 8 + rng.below(8);
            sentence(rng, words)
        },
    }]
}

/// A dataset with `records` initiatives (plus 40 sectors, 12 corridors, 14 countries, 20 sources).
pub fn generate(records: usize, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed);
    let n_sources = 20;
    let sources = (0..n_sources)
        .map(|i| Source {
            id: Id(format!("source-{i}")),
            name: format!("Synthetic source {i}"),
            kind: "synthetic article".into(),
            file: None,
            url: None,
            published: None,
            text: None,
            translations: Default::default(),
        })
        .collect();
    let mut parties: Vec<Party> = COUNTRIES
        .iter()
        .map(|(id, name)| Party {
            id: Id(id.to_string()),
            name: name.to_string(),
            kind: PartyKind::Country,
            role: None,
            country: None,
            inferred: Vec::new(),
            provenance: provenance(&mut rng, n_sources),
            translations: Default::default(),
        })
        .collect();
    parties.push(Party {
        id: Id("central-asia".into()),
        name: "Central Asia".into(),
        kind: PartyKind::Region,
        role: None,
        country: None,
        inferred: Vec::new(),
        provenance: provenance(&mut rng, n_sources),
        translations: Default::default(),
    });
    let themes = THEMES
        .iter()
        .map(|(id, name)| Theme {
            id: Id(id.to_string()),
            name: name.to_string(),
            provenance: provenance(&mut rng, n_sources),
            translations: Default::default(),
        })
        .collect();
    let n_corridors = 12;
    let corridors: Vec<Corridor> = (0..n_corridors)
        .map(|i| {
            let mut countries = vec![Id("china".into())];
            for _ in 0..1 + rng.below(3) {
                let c = Id(COUNTRIES[1 + rng.below(COUNTRIES.len() - 1)].0.to_string());
                if !countries.contains(&c) {
                    countries.push(c);
                }
            }
            if countries.len() < 2 {
                countries.push(Id("kyrgyzstan".into()));
            }
            let names: Vec<&str> = countries
                .iter()
                .map(|c| {
                    COUNTRIES
                        .iter()
                        .find(|(id, _)| *id == c.as_str())
                        .unwrap()
                        .1
                })
                .collect();
            Corridor {
                id: Id(format!("corridor-{i}")),
                name: format!("{} Corridor", names.join("–")),
                summary: sentence(&mut rng, 20),
                scope: Some(if countries.len() == 2 {
                    Scope::Bilateral
                } else {
                    Scope::Trilateral
                }),
                countries,
                themes: vec![Id(THEMES[rng.skewed(THEMES.len())].0.into())],
                sectors: ids_of(&mut rng, "sector-", SECTOR_WORDS.len(), 3),
                status: Some(*rng.pick(<Status as Term>::ALL)),
                outcomes: vec![sentence(&mut rng, 5)],
                inferred: Vec::new(),
                provenance: provenance(&mut rng, n_sources),
                translations: Default::default(),
            }
        })
        .collect();
    let sectors = SECTOR_WORDS
        .iter()
        .enumerate()
        .map(|(i, name)| Sector {
            id: Id(format!("sector-{i}")),
            name: name.to_string(),
            summary: sentence(&mut rng, 18),
            themes: vec![Id(THEMES[rng.skewed(THEMES.len())].0.into())],
            corridors: if rng.chance(0.3) {
                ids_of(&mut rng, "corridor-", n_corridors, 2)
            } else {
                vec![]
            },
            inferred: Vec::new(),
            provenance: provenance(&mut rng, n_sources),
            translations: Default::default(),
        })
        .collect();
    let initiatives = (0..records)
        .map(|i| {
            let kind = <Kind as Term>::ALL[rng.skewed(<Kind as Term>::ALL.len())];
            let status = rng
                .chance(0.9)
                .then(|| <Status as Term>::ALL[rng.skewed(4)]);
            let scope = rng
                .chance(0.85)
                .then(|| <Scope as Term>::ALL[rng.skewed(3)]);
            let timeline = if rng.chance(0.35) {
                let start = 2000 + rng.below(36) as i32;
                if rng.chance(0.25) {
                    Some(Timeline {
                        label: "Annual Events".into(),
                        start: None,
                        end: None,
                        recurrence: Some(Recurrence::Annual),
                    })
                } else if rng.chance(0.5) {
                    let end = start + rng.below(7) as i32;
                    Some(Timeline {
                        label: format!("{start}-{end}"),
                        start: Some(start),
                        end: Some(end),
                        recurrence: None,
                    })
                } else {
                    Some(Timeline {
                        label: format!("{start} Launch"),
                        start: Some(start),
                        end: None,
                        recurrence: None,
                    })
                }
            } else {
                None
            };
            let related = if i > 0 && rng.chance(0.3) {
                vec![Id(format!("initiative-{}", rng.below(i)))]
            } else {
                vec![]
            };
            let (summary_words, theme_count, sector_count) =
                (8 + rng.below(10), 1 + rng.below(3), rng.below(4));
            Initiative {
                id: Id(format!("initiative-{i}")),
                name: format!("{} {} {}", rng.pick(&ADJECTIVES), rng.pick(&NOUNS), i),
                summary: sentence(&mut rng, summary_words),
                kind,
                status,
                scope,
                themes: themes_of(&mut rng, theme_count),
                sectors: ids_of(&mut rng, "sector-", SECTOR_WORDS.len(), sector_count),
                corridors: if rng.chance(0.3) {
                    ids_of(&mut rng, "corridor-", n_corridors, 1)
                } else {
                    vec![]
                },
                parties: vec![
                    Id("china".into()),
                    Id(COUNTRIES[1 + rng.skewed(COUNTRIES.len() - 1)].0.into()),
                ],
                timeline,
                outcomes: (0..rng.below(2)).map(|_| sentence(&mut rng, 4)).collect(),
                related,
                inferred: Vec::new(),
                provenance: provenance(&mut rng, n_sources),
                translations: Default::default(),
            }
        })
        .collect();
    let (mut initiatives, mut sectors, mut corridors): (
        Vec<Initiative>,
        Vec<Sector>,
        Vec<Corridor>,
    ) = (initiatives, sectors, corridors);
    mark_inferred(&mut initiatives, &mut sectors, &mut corridors);
    Dataset {
        schema: None,
        schema_version: SCHEMA_VERSION,
        name: format!("Synthetic cooperation dataset ({records} initiatives, seed {seed})"),
        description: Some(
            "Generated by examples/generate.rs for benchmarks; not real data.".into(),
        ),
        publisher: None,
        issued: None,
        translations: Default::default(),
        sources,
        parties,
        themes,
        sectors,
        corridors,
        initiatives,
    }
}

/// Marks some links inferred, at fixed strides (about one record in seven), so that the explorer's
/// stated/inferred split is exercised at every size while the 100,000-record file stays under the
/// size limit.
fn mark_inferred(
    initiatives: &mut [Initiative],
    sectors: &mut [Sector],
    corridors: &mut [Corridor],
) {
    let mark = |field: LinkField, value: &str| Inferred {
        field,
        value: value.to_string(),
        reason: "Synthetic.".to_string(),
    };
    for (i, r) in initiatives.iter_mut().enumerate() {
        let mut out = Vec::new();
        if i % 20 == 0 {
            out.extend(
                r.themes
                    .first()
                    .map(|v| mark(LinkField::Themes, v.as_str())),
            );
        }
        if i % 25 == 0 {
            out.extend(
                r.sectors
                    .first()
                    .map(|v| mark(LinkField::Sectors, v.as_str())),
            );
        }
        if i % 35 == 0 {
            out.extend(
                r.parties
                    .get(1)
                    .map(|v| mark(LinkField::Parties, v.as_str())),
            );
        }
        if i % 45 == 0 {
            out.extend(r.scope.map(|v| mark(LinkField::Scope, v.slug())));
        }
        if i % 30 == 0 {
            out.extend(
                r.corridors
                    .first()
                    .map(|v| mark(LinkField::Corridors, v.as_str())),
            );
        }
        r.inferred = out;
    }
    for (i, r) in sectors.iter_mut().enumerate() {
        if i % 3 == 0 {
            r.inferred.extend(
                r.corridors
                    .first()
                    .map(|v| mark(LinkField::Corridors, v.as_str())),
            );
        }
    }
    for (i, r) in corridors.iter_mut().enumerate() {
        if i % 2 == 0 {
            r.inferred.extend(
                r.themes
                    .first()
                    .map(|v| mark(LinkField::Themes, v.as_str())),
            );
            r.inferred.extend(
                r.sectors
                    .last()
                    .map(|v| mark(LinkField::Sectors, v.as_str())),
            );
        }
    }
}
