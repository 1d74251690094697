//! Shared by the browser tests (wasm-bindgen-test): mounting the app at a URL, and waiting
//! for what a test expects without fixed sleeps.
#![cfg(target_arch = "wasm32")]

use council_journeys::app::App;
use gloo::timers::future::sleep;
use std::time::Duration;

thread_local! {
    /// The app the previous test mounted: destroyed before the next mounts, or it would keep
    /// following the address bar (and setting the title) behind the new one.
    static MOUNTED: std::cell::RefCell<Option<yew::AppHandle<App>>> = const { std::cell::RefCell::new(None) };
}

/// Mounts the app into a fresh `#app` after pointing the address bar at `path`, with the
/// dataset of `assets/data/` unless the test installed its own (the wasm carries none: the
/// site fetches it).
pub async fn mount_at(path: &str) -> web_sys::Element {
    if !council_journeys::data::installed() {
        let data = journeys_core::load::parse_dataset(include_str!("../../assets/data/dataset.json"));
        council_journeys::data::install_dataset(data.expect("the bundled dataset loads"));
    }
    if let Some(old) = MOUNTED.with(|m| m.borrow_mut().take()) {
        old.destroy();
    }
    let doc = gloo::utils::document();
    if let Some(old) = doc.get_element_by_id("app") {
        old.remove();
    }
    let root = doc.create_element("div").unwrap();
    root.set_id("app");
    doc.body().unwrap().append_child(&root).unwrap();
    gloo::utils::history().push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path)).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(handle));
    sleep(Duration::from_millis(50)).await;
    root
}

/// Waits up to two seconds for `done`: rendering and effects take a few frames on a slow
/// machine, and a fixed sleep would make the tests flaky.
pub async fn wait_until(done: impl Fn() -> bool) {
    for _ in 0..40 {
        if done() {
            return;
        }
        sleep(Duration::from_millis(50)).await;
    }
}
