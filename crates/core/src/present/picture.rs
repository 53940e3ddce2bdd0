//! Pictures of a view to take away: a chart, the timeline or the map as one self-contained SVG
//! document, with what makes it readable on its own drawn in — its title, the filters in use, its
//! legend, the source line ("Source: …, via Cooperation Explorer") and the view's address. The
//! drawing itself comes from the page (the timeline, the map: the on-screen SVG with its computed
//! styles written in) or from here (a chart's bars, drawn as rows of the chart on screen).
//!
//! Text is set in the fonts the system has: [`FONTS`] names sans-serifs for Latin and Cyrillic, then
//! the usual Chinese ones ([`FONTS_ZH`] the other way round, for a picture in Chinese); none is
//! embedded (a CJK font would add megabytes to every picture).

use std::fmt::Write as _;

/// The font families every text of a picture asks for, in order.
pub const FONTS: &str = "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', \
     'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/// The fonts for a picture in Chinese: the Chinese ones first, so that its punctuation (“”，：) takes
/// their full-width forms; Latin letters in it still find a Latin font through them.
pub const FONTS_ZH: &str = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', \
     'Microsoft YaHei', 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/// The fonts for a picture in the language `lang` (a BCP 47 tag).
pub fn fonts_for(lang: &str) -> &'static str {
    if lang == "zh" || lang.starts_with("zh-") {
        FONTS_ZH
    } else {
        FONTS
    }
}

/// The narrowest a framed picture is, in CSS pixels (so that a small chart still has room for its
/// title and source line).
pub const MIN_WIDTH: f64 = 640.0;

const PAD: f64 = 24.0;
const TITLE_SIZE: f64 = 20.0;
const TEXT_SIZE: f64 = 14.0;
const SMALL_SIZE: f64 = 12.0;

/// The words around a picture, in the interface's language.
pub struct Caption<'a> {
    /// The language's tag (`xml:lang` of the document).
    pub lang: &'a str,
    pub title: &'a str,
    /// What the picture shows: the filters in use, or that there are none.
    pub subtitle: &'a str,
    /// Lines of the legend, if the drawing has none of its own.
    pub legend: &'a [String],
    /// "Source: …, via Cooperation Explorer".
    pub source: &'a str,
    /// The address of the view the picture shows.
    pub address: &'a str,
}

/// The colours of a picture: the page's, so that it looks as it does on screen.
pub struct Palette<'a> {
    pub background: &'a str,
    pub text: &'a str,
    pub muted: &'a str,
    pub accent: &'a str,
}

/// A drawing to frame: SVG markup (one `<svg>` element, or anything that goes in one) and the size
/// of the box it is drawn in.
pub struct Drawing {
    pub markup: String,
    pub width: f64,
    pub height: f64,
}

/// A framed picture: the SVG document and its size.
pub struct Picture {
    pub svg: String,
    pub width: f64,
    pub height: f64,
}

/// Escapes text for XML character data and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0 (tab and line breaks aside).
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// How wide `text` is at `size`, roughly: CJK characters an em, others about half of one.
fn width_of(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if is_wide(c) { 1.0 } else { 0.56 })
        .sum::<f64>()
        * size
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// `text` broken into lines no wider than `max` at `size`: between words, between any two
/// characters of a script without spaces (Chinese), and inside a word too long for a line.
pub fn wrap(text: &str, size: f64, max: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let push = |piece: &str, line: &mut String, lines: &mut Vec<String>| {
        if !line.is_empty() && width_of(&format!("{line}{piece}"), size) > max {
            lines.push(line.trim_end().to_string());
            line.clear();
        }
        if line.is_empty() {
            line.push_str(piece.trim_start());
        } else {
            line.push_str(piece);
        }
        // A word wider than a line by itself (an address): broken where it fits, after a `/`, `?`,
        // `&` or `=` when there is one.
        while width_of(line, size) > max && line.chars().count() > 1 {
            let chars: Vec<char> = line.chars().collect();
            let fits = (1..chars.len())
                .take_while(|&n| width_of(&chars[..n].iter().collect::<String>(), size) <= max)
                .last()
                .unwrap_or(1);
            let cut = (1..=fits)
                .rev()
                .find(|&n| matches!(chars[n - 1], '/' | '?' | '&' | '='))
                .filter(|&n| n > fits / 2)
                .unwrap_or(fits);
            lines.push(chars[..cut].iter().collect());
            *line = chars[cut..].iter().collect();
        }
    };
    // Pieces: a word with the space before it, or one wide character.
    let mut piece = String::new();
    for c in text.chars() {
        if is_wide(c) {
            if !piece.is_empty() {
                push(&piece, &mut line, &mut lines);
                piece.clear();
            }
            push(&c.to_string(), &mut line, &mut lines);
        } else if c == ' ' && !piece.trim().is_empty() {
            push(&piece, &mut line, &mut lines);
            piece.clear();
            piece.push(c);
        } else {
            piece.push(c);
        }
    }
    if !piece.is_empty() {
        push(&piece, &mut line, &mut lines);
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Writes `text` at the left margin from baseline `y` down, broken into lines no wider than `max`;
/// returns the `y` below it.
fn paragraph(out: &mut String, text: &str, max: f64, mut y: f64, size: f64, attrs: &str) -> f64 {
    for line in wrap(text, size, max) {
        y += size * 1.3;
        let _ = write!(
            out,
            "<text x=\"{PAD}\" y=\"{y:.1}\" font-size=\"{size}\"{attrs}>{}</text>",
            escape(&line)
        );
    }
    y
}

/// The drawing framed by its caption: title, subtitle and legend above, source line and address
/// below, on the palette's background; a complete SVG document with nothing outside it.
pub fn framed(drawing: &Drawing, caption: &Caption<'_>, palette: &Palette<'_>) -> Picture {
    let width = (drawing.width + 2.0 * PAD).max(MIN_WIDTH).ceil();
    let inner = width - 2.0 * PAD;
    let mut body = String::new();
    let fill = |c: &str| format!(" fill=\"{}\"", escape(c));
    let mut y = PAD - TITLE_SIZE * 0.3;
    y = paragraph(
        &mut body,
        caption.title,
        inner,
        y,
        TITLE_SIZE,
        &format!(" font-weight=\"700\"{}", fill(palette.text)),
    );
    y = paragraph(
        &mut body,
        caption.subtitle,
        inner,
        y,
        TEXT_SIZE,
        &fill(palette.muted),
    );
    for line in caption.legend {
        y = paragraph(&mut body, line, inner, y, TEXT_SIZE, &fill(palette.text));
    }
    y += 12.0;
    let _ = write!(
        body,
        "<svg x=\"{PAD}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" viewBox=\"0 0 {w:.1} {h:.1}\" overflow=\"visible\">{}</svg>",
        drawing.markup,
        w = drawing.width,
        h = drawing.height,
    );
    y += drawing.height + 16.0;
    let _ = write!(
        body,
        "<line x1=\"{PAD}\" x2=\"{x2}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"{}\" stroke-width=\"1\"/>",
        escape(palette.accent),
        x2 = width - PAD,
    );
    y = paragraph(
        &mut body,
        caption.source,
        inner,
        y,
        SMALL_SIZE,
        &fill(palette.text),
    );
    y = paragraph(
        &mut body,
        caption.address,
        inner,
        y,
        SMALL_SIZE,
        &fill(palette.muted),
    );
    let height = (y + PAD).ceil();
    let mut svg = String::with_capacity(body.len() + 512);
    let _ = write!(
        svg,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"{lang}\" \
         width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"{fonts}\">\
         <title>{title}</title><rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/>{body}</svg>\n",
        lang = escape(caption.lang),
        fonts = escape(fonts_for(caption.lang)),
        title = escape(caption.title),
        bg = escape(palette.background),
    );
    Picture { svg, width, height }
}

/// One bar of a chart: its label, its count written out, and the count.
pub struct Bar<'a> {
    pub label: &'a str,
    pub count_text: &'a str,
    pub count: u32,
}

/// A chart's bars drawn as the chart on screen: a row per bar, label, bar and count, the longest bar
/// for the largest count.
pub fn bars(bars: &[Bar<'_>], palette: &Palette<'_>) -> Drawing {
    const LABEL: f64 = 260.0;
    const TRACK: f64 = 300.0;
    const ROW: f64 = 28.0;
    let max = bars.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    let mut markup = String::new();
    for (i, b) in bars.iter().enumerate() {
        let y = i as f64 * ROW;
        let label = match wrap(b.label, TEXT_SIZE, LABEL - 12.0).as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [first, ..] => format!("{first}…"),
        };
        let w = (f64::from(b.count) / f64::from(max) * TRACK).max(2.0);
        let _ = write!(
            markup,
            "<text x=\"0\" y=\"{ty:.1}\" font-size=\"{TEXT_SIZE}\" fill=\"{text}\">{label}</text>\
             <rect x=\"{LABEL}\" y=\"{ry:.1}\" width=\"{w:.1}\" height=\"16\" rx=\"3\" fill=\"{accent}\"/>\
             <text x=\"{cx:.1}\" y=\"{ty:.1}\" font-size=\"{TEXT_SIZE}\" fill=\"{text}\">{count}</text>",
            ty = y + 18.0,
            ry = y + 5.0,
            cx = LABEL + w + 8.0,
            text = escape(palette.text),
            accent = escape(palette.accent),
            label = escape(&label),
            count = escape(b.count_text),
        );
    }
    Drawing {
        markup,
        width: LABEL + TRACK + 48.0,
        height: (bars.len().max(1) as f64) * ROW,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_controls_dropped() {
        assert_eq!(
            escape("a<b & \"c\" 'd'\u{1}"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos; "
        );
    }

    #[test]
    fn lines_wrap_between_words_and_between_chinese_characters() {
        let lines = wrap(
            "Initiatives by theme, with every filter in use",
            14.0,
            160.0,
        );
        assert!(lines.len() > 1, "{lines:?}");
        assert!(
            lines
                .iter()
                .all(|l| width_of(l, 14.0) <= 160.0 || !l.contains(' '))
        );
        assert_eq!(
            lines.join(" "),
            "Initiatives by theme, with every filter in use"
        );
        let zh = wrap("按主题统计的倡议，采用当前的全部筛选条件", 14.0, 100.0);
        assert!(
            zh.len() > 1 && zh.iter().all(|l| width_of(l, 14.0) <= 100.0),
            "{zh:?}"
        );
        assert_eq!(zh.concat(), "按主题统计的倡议，采用当前的全部筛选条件");
        let address = "https://example.org/explorer/zh/initiatives?mode=charts&status=recommended&theme=economic&q=trade";
        let parts = wrap(address, 12.0, 200.0);
        assert!(parts.len() > 1, "{parts:?}");
        assert!(
            parts.iter().all(|l| width_of(l, 12.0) <= 200.0),
            "{parts:?}"
        );
        assert_eq!(parts.concat(), address);
        assert!(
            parts[..parts.len() - 1]
                .iter()
                .all(|l| l.ends_with(['/', '?', '&', '='])),
            "{parts:?}"
        );
    }

    const PALETTE: Palette<'static> = Palette {
        background: "#fff",
        text: "#111",
        muted: "#555",
        accent: "#1f4e8c",
    };

    fn caption<'a>(lang: &'a str, title: &'a str, legend: &'a [String]) -> Caption<'a> {
        Caption {
            lang,
            title,
            subtitle: "Filters: Status: Recommended",
            legend,
            source: "Source: a news article, via Cooperation Explorer",
            address: "https://example.org/initiatives?mode=charts&status=recommended",
        }
    }

    #[test]
    fn a_framed_picture_carries_its_words_escaped_and_is_at_least_the_narrowest_width() {
        let drawing = Drawing {
            markup: "<rect width=\"10\" height=\"10\"/>".into(),
            width: 100.0,
            height: 50.0,
        };
        let legend = ["<b>Corridor</b> (3)".to_string()];
        let p = framed(
            &drawing,
            &caption("en", "Initiatives </text><script>", &legend),
            &PALETTE,
        );
        assert_eq!(p.width, MIN_WIDTH);
        assert!(
            p.height > drawing.height + 4.0 * TEXT_SIZE,
            "room for the words: {}",
            p.height
        );
        assert!(
            p.svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{}",
            p.svg
        );
        assert!(p.svg.contains("xml:lang=\"en\""));
        assert!(
            p.svg
                .contains("<title>Initiatives &lt;/text&gt;&lt;script&gt;</title>")
        );
        assert!(!p.svg.contains("<script>") && !p.svg.contains("<b>"));
        assert!(p.svg.contains("&lt;b&gt;Corridor&lt;/b&gt; (3)"));
        assert!(
            p.svg
                .contains("Source: a news article, via Cooperation Explorer")
        );
        assert!(p.svg.contains("?mode=charts&amp;status=recommended"));
        assert!(p.svg.contains(&format!("width=\"{}\"", p.width)));
        assert!(
            p.svg
                .contains(&format!("font-family=\"{}\"", escape(FONTS)))
        );
        // A wide drawing makes a wide picture.
        let wide = Drawing {
            width: 1500.0,
            ..drawing
        };
        assert_eq!(
            framed(&wide, &caption("en", "T", &[]), &PALETTE).width,
            1500.0 + 2.0 * PAD
        );
    }

    #[test]
    fn a_picture_in_chinese_asks_for_chinese_fonts_first() {
        let drawing = Drawing {
            markup: String::new(),
            width: 10.0,
            height: 10.0,
        };
        let zh = framed(
            &drawing,
            &caption("zh", "按“主题”统计的倡议", &[]),
            &PALETTE,
        );
        assert!(
            zh.svg
                .contains(&format!("font-family=\"{}\"", escape(FONTS_ZH)))
        );
        assert!(FONTS_ZH.starts_with("'Noto Sans CJK SC'") && FONTS.starts_with("'Noto Sans',"));
        for lang in ["en", "ru", "ky"] {
            assert_eq!(fonts_for(lang), FONTS, "{lang}");
        }
    }

    #[test]
    fn bars_are_as_long_as_their_counts_and_one_row_each() {
        let rows = [
            Bar {
                label: "Economic",
                count_text: "15",
                count: 15,
            },
            Bar {
                label: "Trade & investment",
                count_text: "5",
                count: 5,
            },
        ];
        let d = bars(&rows, &PALETTE);
        assert_eq!(d.markup.matches("<rect").count(), 2);
        assert!(d.markup.contains("Trade &amp; investment"));
        let widths: Vec<f64> = d
            .markup
            .split("<rect")
            .skip(1)
            .filter_map(|r| r.split("width=\"").nth(1)?.split('"').next()?.parse().ok())
            .collect();
        assert_eq!(widths.len(), 2, "{}", d.markup);
        assert!((widths[0] / widths[1] - 3.0).abs() < 0.01, "{widths:?}");
        assert!(d.height >= 2.0 * TEXT_SIZE);
        assert_eq!(bars(&[], &PALETTE).markup, "");
    }
}
