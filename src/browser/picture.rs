//! Pictures out of the page: an on-screen SVG with its computed styles written into it as
//! presentation attributes (so that it draws the same anywhere, without the page's style sheet), the
//! page's colours, and an SVG drawn into a PNG at a multiple of its size.

use cooperation_core::present::picture::Drawing;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::page::document;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// The style properties that decide how an SVG element draws.
const DRAWN: [&str; 14] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-opacity",
    "opacity",
    "font-size",
    "font-weight",
    "text-anchor",
    "dominant-baseline",
    "visibility",
];

/// The SVG element `selector` finds, as it is drawn on screen: a copy with each element's computed
/// drawing styles written in, its links turned into plain groups, and the size of its view box.
pub fn drawing(selector: &str) -> Option<Drawing> {
    let window = web_sys::window()?;
    let original = document()?.query_selector(selector).ok()??;
    let copy: web_sys::Element = original.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let all = |root: &web_sys::Element| -> Vec<web_sys::Element> {
        let list = root.query_selector_all("*").ok();
        let n = list.as_ref().map_or(0, |l| l.length());
        (0..n)
            .filter_map(|i| list.as_ref()?.item(i)?.dyn_into().ok())
            .collect()
    };
    let (from, to) = (all(&original), all(&copy));
    for (source, target) in std::iter::once((&original, &copy)).chain(from.iter().zip(&to)) {
        let Ok(Some(style)) = window.get_computed_style(source) else {
            continue;
        };
        // As presentation attributes, not a style attribute: the page's CSP (style-src 'self')
        // refuses inline styles even on a copy outside the document, and an SVG reader of any kind
        // understands these.
        for property in DRAWN {
            let value = style.get_property_value(property).unwrap_or_default();
            if !value.is_empty() {
                let _ = target.set_attribute(property, &value);
            }
        }
        if style.get_property_value("display").ok().as_deref() == Some("none") {
            let _ = target.set_attribute("display", "none");
        }
        let _ = target.remove_attribute("style");
        let _ = target.remove_attribute("class");
    }
    // Links (to filter by a country, open a record) mean nothing in a picture.
    let doc = document()?;
    for a in to.iter().filter(|e| e.tag_name() == "a") {
        let g = doc.create_element_ns(Some(SVG_NS), "g").ok()?;
        while let Some(child) = a.first_child() {
            g.append_child(&child).ok()?;
        }
        a.replace_with_with_node_1(&g).ok()?;
    }
    let view_box = original.get_attribute("viewBox")?;
    let numbers: Vec<f64> = view_box
        .split([' ', ','])
        .filter_map(|n| n.parse().ok())
        .collect();
    let (width, height) = match numbers.as_slice() {
        [_, _, w, h] => (*w, *h),
        _ => return None,
    };
    for attribute in ["role", "aria-label", "focusable"] {
        let _ = copy.remove_attribute(attribute);
    }
    let markup = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&copy)
        .ok()?;
    Some(Drawing {
        markup,
        width,
        height,
    })
}

/// The page's colours: background, text, muted text and accent (from its style sheet's custom
/// properties, so a picture made in the dark scheme is dark).
pub fn colours() -> [String; 4] {
    let style = web_sys::window()
        .zip(document().and_then(|d| d.document_element()))
        .and_then(|(w, root)| w.get_computed_style(&root).ok().flatten());
    let get = |name: &str, fallback: &str| {
        let value = style
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .map(|v| v.trim().to_string())
            .unwrap_or_default();
        if value.is_empty() {
            fallback.to_string()
        } else {
            value
        }
    };
    [
        get("--bg", "#ffffff"),
        get("--text", "#1b2330"),
        get("--muted", "#4a5566"),
        get("--accent", "#1f4e8c"),
    ]
}

/// `svg` (a document `width` × `height` CSS pixels) drawn into a PNG `scale` times its size.
pub async fn png(svg: &str, width: f64, height: f64, scale: f64) -> Option<web_sys::Blob> {
    let image = web_sys::HtmlImageElement::new().ok()?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    let encoded = String::from(js_sys::encode_uri_component(svg));
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    JsFuture::from(loaded).await.ok()?;
    let canvas: web_sys::HtmlCanvasElement =
        document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width((width * scale).ceil() as u32);
    canvas.set_height((height * scale).ceil() as u32);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context.scale(scale, scale).ok()?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, width, height)
        .ok()?;
    // `toBlob` calls back with null when it cannot encode, and throws on a canvas it may not read.
    let blob = js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(error) = canvas.to_blob(&resolve) {
            let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &error);
        }
    });
    JsFuture::from(blob).await.ok()?.dyn_into().ok()
}
