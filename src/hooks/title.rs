//! The page title: set in an effect in the browser, and printed into the page's `<title>` by the
//! build-time renderer, which reads the same value from `journeys_core::route::page_title`.

use yew::prelude::*;

/// Sets `document.title` for the page being shown.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |t| {
        gloo::utils::document().set_title(t);
    });
}
