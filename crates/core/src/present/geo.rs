//! A schematic map of China's Central Asian neighbourhood, drawn by the app (no tiles, no network):
//! simplified country outlines as longitude/latitude polygons, projected onto an SVG plane.
//!
//! The outlines are deliberately coarse — enough to recognise where countries lie relative to each
//! other, not a survey. The map says so.

/// A country the map can draw.
pub struct Country {
    /// The party id the dataset uses for it.
    pub id: &'static str,
    /// Its name.
    pub name: &'static str,
    /// The outline, as (longitude, latitude) points.
    pub outline: &'static [(f32, f32)],
    /// Where its label and corridor stop sit.
    pub anchor: (f32, f32),
}

/// The countries drawn, west to east.
pub const COUNTRIES: &[Country] = &[
    Country {
        id: "turkmenistan",
        name: "Turkmenistan",
        outline: &[
            (52.5, 41.8),
            (55.0, 41.3),
            (56.0, 41.3),
            (58.0, 42.5),
            (60.0, 42.0),
            (62.0, 40.5),
            (64.5, 38.8),
            (66.5, 37.3),
            (64.5, 36.0),
            (62.0, 35.2),
            (60.5, 36.5),
            (56.0, 38.0),
            (53.5, 37.3),
            (53.0, 39.5),
        ],
        anchor: (59.0, 39.3),
    },
    Country {
        id: "kazakhstan",
        name: "Kazakhstan",
        outline: &[
            (46.5, 48.5),
            (49.0, 46.5),
            (53.0, 45.3),
            (55.0, 45.0),
            (56.0, 45.6),
            (58.5, 45.5),
            (61.0, 44.3),
            (64.5, 43.6),
            (66.0, 41.9),
            (68.5, 41.0),
            (70.5, 41.5),
            (71.0, 42.8),
            (73.5, 43.2),
            (75.0, 42.9),
            (79.5, 42.8),
            (80.2, 45.0),
            (82.5, 45.5),
            (83.0, 47.0),
            (85.5, 47.0),
            (87.0, 49.0),
            (83.0, 51.0),
            (79.0, 53.3),
            (76.5, 54.0),
            (73.4, 53.5),
            (70.5, 55.3),
            (65.0, 54.6),
            (61.0, 54.0),
            (61.0, 52.0),
            (55.0, 51.0),
            (50.5, 51.5),
            (48.0, 50.0),
        ],
        anchor: (67.0, 48.0),
    },
    Country {
        id: "uzbekistan",
        name: "Uzbekistan",
        outline: &[
            (56.0, 41.3),
            (56.0, 45.6),
            (58.5, 45.5),
            (61.0, 44.3),
            (64.5, 43.6),
            (66.0, 41.9),
            (68.5, 41.0),
            (70.5, 41.5),
            (71.5, 41.2),
            (73.0, 40.8),
            (71.0, 40.2),
            (69.5, 40.8),
            (68.0, 39.5),
            (67.5, 37.5),
            (66.5, 37.3),
            (64.5, 38.8),
            (62.0, 40.5),
            (60.0, 42.0),
            (58.0, 42.5),
        ],
        anchor: (63.5, 41.6),
    },
    Country {
        id: "afghanistan",
        name: "Afghanistan",
        outline: &[
            (61.0, 35.5),
            (60.5, 33.0),
            (61.0, 31.0),
            (61.5, 29.5),
            (64.0, 29.4),
            (66.5, 30.0),
            (69.5, 31.5),
            (70.5, 33.5),
            (71.5, 34.5),
            (71.5, 36.5),
            (74.9, 37.2),
            (72.0, 36.8),
            (71.0, 36.9),
            (70.0, 37.5),
            (68.0, 37.0),
            (67.5, 37.5),
            (66.5, 37.3),
            (64.5, 36.0),
            (62.0, 35.2),
        ],
        anchor: (66.0, 33.5),
    },
    Country {
        id: "tajikistan",
        name: "Tajikistan",
        outline: &[
            (67.5, 37.5),
            (68.0, 39.5),
            (69.5, 40.8),
            (70.5, 40.2),
            (69.3, 40.0),
            (71.0, 39.5),
            (73.5, 39.4),
            (75.0, 38.6),
            (74.9, 37.2),
            (72.0, 36.8),
            (71.0, 36.9),
            (70.0, 37.5),
            (68.0, 37.0),
        ],
        anchor: (71.2, 38.4),
    },
    Country {
        id: "kyrgyzstan",
        name: "Kyrgyzstan",
        outline: &[
            (69.3, 40.0),
            (70.5, 40.2),
            (71.0, 40.2),
            (73.0, 40.8),
            (71.5, 41.2),
            (70.5, 41.5),
            (71.0, 42.8),
            (73.5, 43.2),
            (75.0, 42.9),
            (79.5, 42.8),
            (80.2, 42.0),
            (78.0, 41.0),
            (76.5, 40.4),
            (74.0, 40.0),
            (73.5, 39.4),
            (71.0, 39.5),
        ],
        anchor: (75.2, 41.7),
    },
    Country {
        id: "china",
        name: "China",
        outline: &[
            (73.5, 39.4),
            (74.0, 40.0),
            (76.5, 40.4),
            (78.0, 41.0),
            (80.2, 42.0),
            (79.5, 42.8),
            (80.2, 45.0),
            (82.5, 45.5),
            (83.0, 47.0),
            (85.5, 47.0),
            (87.0, 49.0),
            (90.0, 47.8),
            (92.0, 45.0),
            (96.0, 42.7),
            (100.0, 42.5),
            (100.0, 28.0),
            (97.0, 28.0),
            (92.0, 27.8),
            (88.0, 27.8),
            (86.0, 28.0),
            (81.0, 30.0),
            (79.0, 32.5),
            (78.5, 34.5),
            (77.8, 35.5),
            (75.0, 37.0),
            (74.9, 37.2),
            (75.0, 38.6),
        ],
        anchor: (85.0, 38.0),
    },
];

/// The map's bounds in degrees: west, east, south, north.
pub const BOUNDS: (f32, f32, f32, f32) = (45.0, 100.0, 27.0, 56.0);
/// Horizontal pixels per degree of longitude (shrunk for latitude ≈ 42°, so shapes look right).
const X_SCALE: f32 = 13.4;
/// Vertical pixels per degree of latitude.
const Y_SCALE: f32 = 18.0;

/// The map's width and height in SVG units.
pub fn size() -> (f32, f32) {
    (
        (BOUNDS.1 - BOUNDS.0) * X_SCALE,
        (BOUNDS.3 - BOUNDS.2) * Y_SCALE,
    )
}

/// Projects a (longitude, latitude) point onto the SVG plane.
pub fn project((lon, lat): (f32, f32)) -> (f32, f32) {
    ((lon - BOUNDS.0) * X_SCALE, (BOUNDS.3 - lat) * Y_SCALE)
}

/// An outline as an SVG path (`M x y L x y … Z`), in whole units (integer formatting keeps float
/// printing out of the wasm).
pub fn path(outline: &[(f32, f32)]) -> String {
    let mut out = String::new();
    for (i, p) in outline.iter().enumerate() {
        let (x, y) = project(*p);
        out.push_str(if i == 0 { "M" } else { " L" });
        out.push_str(&format!("{} {}", x.round() as i32, y.round() as i32));
    }
    out.push_str(" Z");
    out
}

/// The country the map draws for a party id.
pub fn country(id: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_outline_and_anchor_lies_inside_the_map() {
        let (w, h) = size();
        for c in COUNTRIES {
            for p in c.outline.iter().chain([&c.anchor]) {
                let (x, y) = project(*p);
                assert!(
                    (0.0..=w).contains(&x) && (0.0..=h).contains(&y),
                    "{} {p:?}",
                    c.id
                );
            }
        }
    }

    #[test]
    fn the_corridor_countries_are_drawn_west_of_china() {
        let x = |id| project(country(id).unwrap().anchor).0;
        assert!(x("uzbekistan") < x("kyrgyzstan") && x("kyrgyzstan") < x("china"));
        assert!(path(&[(45.0, 56.0), (46.0, 55.0)]).starts_with("M0 0 L"));
    }
}
