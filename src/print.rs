//! Printing: every `<details>` is opened before the page prints and closed again after, so
//! a printout has the tables readers would otherwise have to open.

use wasm_bindgen::JsCast;

/// Installs the `beforeprint` and `afterprint` listeners for the life of the page.
pub fn install() {
    let window = gloo::utils::window();
    gloo::events::EventListener::new(&window, "beforeprint", |_| {
        for d in details() {
            if !d.open() {
                d.set_open(true);
                let _ = d.set_attribute("data-print-opened", "");
            }
        }
    })
    .forget();
    gloo::events::EventListener::new(&window, "afterprint", |_| {
        for d in details() {
            if d.has_attribute("data-print-opened") {
                d.set_open(false);
                let _ = d.remove_attribute("data-print-opened");
            }
        }
    })
    .forget();
}

fn details() -> Vec<web_sys::HtmlDetailsElement> {
    let Ok(list) = gloo::utils::document().query_selector_all("details") else { return Vec::new() };
    (0..list.length()).filter_map(|k| list.item(k)?.dyn_into().ok()).collect()
}
