//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts and renders from the
//! URL, in-app links navigate, the hex map follows its year control, and the panic hook
//! replaces the app with the error view.
#![cfg(target_arch = "wasm32")]

use gloo::timers::future::sleep;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{mount_at, wait_until};

fn document() -> web_sys::Document {
    gloo::utils::document()
}

fn h1(root: &web_sys::Element) -> String {
    root.query_selector("h1").unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn home_renders_with_council_links() {
    let root = mount_at("/").await;
    assert!(h1(&root).contains("How is your council"), "h1 was {:?}", h1(&root));
    assert!(root.query_selector("a[href='/council/leeds']").unwrap().is_some());
    assert_eq!(root.query_selector_all(".hex-svg a.hex").unwrap().length(), 153);
}

#[wasm_bindgen_test]
async fn the_year_control_redraws_the_hex_map() {
    let root = mount_at("/").await;
    let label = |root: &web_sys::Element| {
        root.query_selector(".hex-codes text[data-code='E08000035']").unwrap().and_then(|t| t.text_content())
    };
    assert_eq!(label(&root).as_deref(), Some("O"), "Leeds is Outstanding in the latest data");
    let input: web_sys::HtmlInputElement =
        root.query_selector("#map-year").unwrap().expect("the year slider").dyn_into().unwrap();
    input.set_value("2010");
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    sleep(Duration::from_millis(50)).await;
    assert_eq!(label(&root).as_deref(), Some("I"), "at the end of 2010 Leeds's 2009 judgement stood");
    let output = root.query_selector(".year-value").unwrap().unwrap().text_content().unwrap();
    assert_eq!(output, "2010");
    // The re-inspection published in October 2011 judged it Adequate.
    input.set_value("2012");
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    sleep(Duration::from_millis(50)).await;
    assert_eq!(label(&root).as_deref(), Some("A"), "at the end of 2012 Leeds stood at Adequate (2011)");
}

#[wasm_bindgen_test]
async fn council_page_renders_from_the_url() {
    let root = mount_at("/council/leeds").await;
    assert_eq!(h1(&root), "Leeds");
    assert!(root.query_selector("table.inspections").unwrap().is_some());
    wait_until(|| document().title() == "Leeds – Council Journeys").await;
    assert_eq!(document().title(), "Leeds – Council Journeys");
}

#[wasm_bindgen_test]
async fn unknown_council_shows_not_found_with_a_link_home() {
    let root = mount_at("/council/nowhere-at-all").await;
    assert_eq!(h1(&root), "Page not found");
    let home = root.query_selector(".actions a").unwrap().expect("a link home");
    assert_eq!(home.get_attribute("href").as_deref(), Some("/"));
}

#[wasm_bindgen_test]
async fn clicking_an_app_link_changes_the_view_without_reloading() {
    let root = mount_at("/council/leeds").await;
    let link: web_sys::HtmlElement =
        root.query_selector("a[href='/councils']").unwrap().expect("nav link").dyn_into().unwrap();
    link.click();
    wait_until(|| h1(&root) == "All councils").await;
    assert_eq!(gloo::utils::window().location().pathname().unwrap(), "/councils");
    assert_eq!(h1(&root), "All councils");
}

#[wasm_bindgen_test]
async fn panic_hook_shows_the_error_view() {
    let doc = document();
    let root = mount_at("/").await;
    let panic_view = doc.create_element("div").unwrap();
    panic_view.set_id("panic");
    panic_view.set_attribute("hidden", "").unwrap();
    doc.body().unwrap().append_child(&panic_view).unwrap();

    council_journeys::panic::show_error_view();

    let panic_view: web_sys::HtmlElement = panic_view.dyn_into().unwrap();
    assert!(!panic_view.hidden(), "the error view is shown");
    assert!(root.has_attribute("hidden"), "the app is hidden");
    panic_view.remove();
}
