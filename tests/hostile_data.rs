//! Browser test (wasm-bindgen-test, headless Chromium) with a hostile dataset: council names,
//! findings, citations and event texts hold markup and quotes. Every page that prints them, its
//! SVG and the embed builder's snippet must show them as text; nothing may run or be injected.
//! Its own test binary, so the hostile dataset replaces the bundled one for this file only.
#![cfg(target_arch = "wasm32")]

use council_journeys::data::install_dataset;
use gloo::timers::future::sleep;
use journeys_core::load::parse_dataset;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;

const NAME: &str =
    r#"Leeds <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> "q" & 'q'"#;
const FINDING: &str = r#"<b onmouseover=window.__pwned=3>bold</b> "finding""#;
const EVENT: &str = "<svg onload=window.__pwned=4></svg> notice";

fn install() {
    // Installed once: later tests find it in place, and no test reads the dataset before.
    if council_journeys::data::installed() {
        return;
    }
    let mut d = parse_dataset(include_str!("../assets/data/dataset.json")).unwrap();
    for c in d.councils.iter_mut().filter(|c| c.code == "E08000035" || c.code == "E06000016") {
        c.name = format!("{NAME} {}", c.code);
        c.other_names.push(format!("<i>{}</i>", c.slug));
    }
    for i in d.inspections.iter_mut().filter(|i| i.council == "E08000035") {
        i.findings.push(FINDING.to_string());
        i.inspector = format!("{FINDING} inspector");
    }
    for e in d.events.iter_mut().filter(|e| e.council == "E08000035") {
        e.title = format!("{EVENT} {}", e.title);
        e.summary = format!("{EVENT} {}", e.summary);
    }
    install_dataset(d);
    assert!(council_journeys::data::dataset().council("E08000035").unwrap().name.starts_with(NAME));
}

async fn mount_at(path: &str) -> web_sys::Element {
    install();
    let root = common::mount_at(path).await;
    common::wait_until(|| root.query_selector("main h1").unwrap().is_some()).await;
    sleep(Duration::from_millis(100)).await;
    root
}

/// Nothing from the data became an element or ran.
fn assert_inert(root: &web_sys::Element, path: &str) {
    for tag in ["script", "img", "b", "i", "main svg svg"] {
        assert_eq!(
            root.query_selector_all(tag).unwrap().length(),
            0,
            "{path}: a <{tag}> element from the data"
        );
    }
    for attr in ["onerror", "onload", "onmouseover"] {
        assert!(root.query_selector(&format!("[{attr}]")).unwrap().is_none(), "{path}: an {attr} attribute");
    }
    let pwned = js_sys::Reflect::get(&gloo::utils::window(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined(), "{path}: data ran as script ({pwned:?})");
}

fn text(root: &web_sys::Element) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn council_page_prints_markup_in_names_findings_and_events_as_text() {
    let path = "/council/E08000035";
    let root = mount_at(path).await;
    assert_inert(&root, path);
    let t = text(&root);
    assert!(t.contains(&format!("{NAME} E08000035")), "the name, as text, in {t}");
    assert!(t.contains(EVENT), "the event text, as text");
    // The chart's SVG: its accessible names and labels hold the name as text.
    let summary = root.query_selector(".journey-summary").unwrap().unwrap().text_content().unwrap();
    assert!(summary.contains(NAME), "{summary}");
    // The embed builder's snippet escapes it for the article's HTML.
    let code: web_sys::HtmlTextAreaElement =
        root.query_selector("#embed-code").unwrap().unwrap().dyn_into().unwrap();
    sleep(Duration::from_millis(50)).await;
    let snippet = code.value();
    assert!(snippet.contains("title=\"Leeds &lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt; &quot;q&quot; &amp; 'q' E08000035: children's services inspections\""), "{snippet}");
    // The one script is the site's own resizer, after the iframe; the name adds none.
    assert_eq!(snippet.matches("<script").count(), 1, "{snippet}");
    assert!(snippet.ends_with("/embed-resize.js\"></script>"), "{snippet}");
}

#[wasm_bindgen_test]
async fn every_other_view_prints_the_names_as_text() {
    for path in [
        "/",
        "/compare?la=E08000035~E06000016",
        "/compare?la=E08000035",
        "/councils",
        "/embed/council/E08000035",
        "/embed/compare?la=E08000035~E06000016",
        "/embed/map",
        "/council/E08000035?present=%3Cscript%3E",
    ] {
        let root = mount_at(path).await;
        assert_inert(&root, path);
        let t = text(&root);
        if path != "/" && path != "/embed/map" {
            assert!(t.contains(NAME), "{path}: the name as text");
        }
    }
    // The hex map names councils in its links' accessible names.
    let root = mount_at("/").await;
    let label = root
        .query_selector("a.hex[data-code='E08000035']")
        .unwrap()
        .unwrap()
        .get_attribute("aria-label")
        .unwrap();
    assert!(label.starts_with(NAME), "{label}");
}
