//! Saving files in the browser for the downloads: text or a Blob through a temporary
//! `<a download>`, a journey chart copied into a standalone SVG (its computed colours and fonts
//! written in, with a title, a description and the source line), and a PNG drawn from that SVG
//! on a canvas.

use super::ChartExport;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, Element, HtmlAnchorElement, Url};

/// Saves a Blob under `file_name` through a temporary `<a download>`.
fn save_blob(blob: &Blob, file_name: &str) {
    let Ok(url) = Url::create_object_url_with_blob(blob) else { return };
    let document = gloo::utils::document();
    if let Some(a) = document.create_element("a").ok().and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(file_name);
        a.set_hidden(true);
        if let Some(body) = document.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    // The download has started by the next turn; then the URL can go.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
}

/// Saves text as a file of the given MIME type.
pub(crate) fn save_text(text: &str, mime: &str, file_name: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) {
        save_blob(&blob, file_name);
    }
}

/// A chart serialised to stand alone: its size and its SVG text.
pub(super) struct StandaloneSvg {
    pub(super) text: String,
    width: f64,
    height: f64,
}

/// Presentation properties copied from the page's computed style, since its CSS will not travel.
const INLINED: [&str; 11] = [
    "fill",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-linejoin",
    "paint-order",
    "font-family",
    "font-size",
    "font-weight",
    "opacity",
    "visibility",
];

const SVG_NS: &str = "http://www.w3.org/2000/svg";
/// Room below the chart for the source line, and above it for the title.
const SOURCE_HEIGHT: f64 = 30.0;
const TITLE_HEIGHT: f64 = 32.0;

/// Copies the chart's SVG, writes its computed colours and fonts in as attributes, adds a
/// `<title>`, a `<desc>` and a source line, and serialises it.
pub(super) fn standalone_svg(chart: &ChartExport, source: &str) -> Option<StandaloneSvg> {
    let document = gloo::utils::document();
    let window = gloo::utils::window();
    let original = document.query_selector(&chart.selector).ok()??;
    let copy: Element = original.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let originals = original.query_selector_all("*").ok()?;
    let copies = copy.query_selector_all("*").ok()?;
    // Hit areas exist only for the pointer.
    let mut unused = Vec::new();
    for k in 0..originals.length() {
        let (Some(o), Some(c)) = (originals.item(k), copies.item(k)) else { continue };
        let (Ok(o), Ok(c)) = (o.dyn_into::<Element>(), c.dyn_into::<Element>()) else { continue };
        if o.class_list().contains("hit") {
            unused.push(c);
            continue;
        }
        // Only what differs from the parent (the properties are inherited), to keep files small.
        let parent = o.parent_element().and_then(|p| window.get_computed_style(&p).ok().flatten());
        if let Ok(Some(style)) = window.get_computed_style(&o) {
            for p in INLINED {
                let v = style.get_property_value(p).unwrap_or_default();
                let inherited =
                    parent.as_ref().and_then(|s| s.get_property_value(p).ok()).unwrap_or_default();
                let default = p == "opacity" && v == "1";
                if !v.is_empty() && v != inherited && !default {
                    let _ = c.set_attribute(p, &v);
                }
            }
        }
        for a in ["tabindex", "role", "aria-pressed", "id", "class"] {
            let _ = c.remove_attribute(a);
        }
    }
    for c in unused {
        c.remove();
    }
    // Labels may run outside the viewBox on the page; the file takes in everything drawn,
    // with room for a title above and the source line below.
    let bbox = original.clone().dyn_into::<web_sys::SvgGraphicsElement>().ok()?.get_b_box().ok()?;
    let (bx, by) = (f64::from(bbox.x()), f64::from(bbox.y()));
    let (bw, bh) = (f64::from(bbox.width()), f64::from(bbox.height()));
    let left = bx.min(0.0) - 8.0;
    let right = (bx + bw).max(chart.width) + 8.0;
    let top = by.min(0.0) - TITLE_HEIGHT;
    let bottom = (by + bh).max(chart.height) + SOURCE_HEIGHT;
    let (width, height) = ((right - left).ceil(), (bottom - top).ceil());
    let body_style = document.body().and_then(|b| window.get_computed_style(&b).ok().flatten());
    let colour = |p: &str| body_style.as_ref().and_then(|s| s.get_property_value(p).ok()).unwrap_or_default();
    for a in ["class", "role", "aria-labelledby", "tabindex"] {
        let _ = copy.remove_attribute(a);
    }
    let _ = copy.set_attribute("xmlns", SVG_NS);
    let _ = copy.set_attribute("viewBox", &format!("{left:.0} {top:.0} {width:.0} {height:.0}"));
    let _ = copy.set_attribute("width", &format!("{width:.0}"));
    let _ = copy.set_attribute("height", &format!("{height:.0}"));
    if let Ok(Some(style)) = window.get_computed_style(&original) {
        for p in INLINED {
            if let Ok(v) = style.get_property_value(p) {
                if !v.is_empty() && p != "opacity" && p != "visibility" {
                    let _ = copy.set_attribute(p, &v);
                }
            }
        }
    }
    let _ = copy.set_attribute("role", "img");
    let _ = copy.set_attribute("aria-labelledby", "chart-title chart-desc");
    let make = |tag: &str, attrs: &[(&str, String)], text: &str| -> Option<Element> {
        let el = document.create_element_ns(Some(SVG_NS), tag).ok()?;
        for (k, v) in attrs {
            let _ = el.set_attribute(k, v);
        }
        el.set_text_content((!text.is_empty()).then_some(text));
        Some(el)
    };
    let background = make(
        "rect",
        &[
            ("x", format!("{left:.0}")),
            ("y", format!("{top:.0}")),
            ("width", format!("{width:.0}")),
            ("height", format!("{height:.0}")),
            ("fill", colour("background-color")),
            ("stroke", "none".into()),
        ],
        "",
    )?;
    let heading = make(
        "text",
        &[
            ("x", format!("{:.0}", left + 8.0)),
            ("y", format!("{:.0}", top + 20.0)),
            ("font-size", "15px".into()),
            ("font-weight", "700".into()),
            ("fill", colour("color")),
            ("stroke", "none".into()),
        ],
        &chart.title,
    )?;
    let title = make("title", &[("id", "chart-title".into())], &chart.title)?;
    let desc = make("desc", &[("id", "chart-desc".into())], &chart.description)?;
    let line = make(
        "text",
        &[
            ("x", format!("{:.0}", left + 8.0)),
            ("y", format!("{:.0}", bottom - 9.0)),
            ("font-size", "12px".into()),
            ("font-weight", "400".into()),
            ("fill", colour("color")),
            ("stroke", "none".into()),
        ],
        source,
    )?;
    let first = copy.first_child();
    for el in [&title, &desc, &background, &heading] {
        let _ = copy.insert_before(el, first.as_ref());
    }
    let _ = copy.append_child(&line);
    let text = web_sys::XmlSerializer::new().ok()?.serialize_to_string(&copy).ok()?;
    Some(StandaloneSvg { text: format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{text}"), width, height })
}

/// Draws the SVG on a canvas at twice its size and saves it as PNG. The image is a `data:`
/// URL, which the site's Content Security Policy allows for images.
pub(super) fn save_png(svg: StandaloneSvg, file_name: String) {
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let scale = 2.0;
    let encoded: String = js_sys::encode_uri_component(&svg.text).into();
    let onload = {
        let image = image.clone();
        Closure::once_into_js(move || {
            let document = gloo::utils::document();
            let Some(canvas) = document
                .create_element("canvas")
                .ok()
                .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            else {
                return;
            };
            canvas.set_width((svg.width * scale) as u32);
            canvas.set_height((svg.height * scale) as u32);
            let Some(ctx) = canvas
                .get_context("2d")
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
            else {
                return;
            };
            let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
                &image,
                0.0,
                0.0,
                svg.width * scale,
                svg.height * scale,
            );
            let done = Closure::once_into_js(move |blob: Option<Blob>| {
                if let Some(blob) = blob {
                    save_blob(&blob, &file_name);
                }
            });
            let _ = canvas.to_blob(done.unchecked_ref());
        })
    };
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
}
