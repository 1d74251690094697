//! Panic hook: a Rust panic in the browser is a bug, but it must never leave a blank page.
//! The hook logs the panic to the console and swaps the app for the static error view that
//! `index.html` carries (hidden until now), which links home.

use wasm_bindgen::JsCast;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(format!("Council Journeys hit an error: {info}"));
        show_error_view();
    }));
}

/// Hides the app and reveals `#panic`. Uses only DOM calls that cannot themselves panic.
pub fn show_error_view() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(app) = doc.get_element_by_id("app") {
        let _ = app.set_attribute("hidden", "");
    }
    if let Some(el) = doc.get_element_by_id("panic").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.set_hidden(false);
        let _ = el.focus();
    }
}
