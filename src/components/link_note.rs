//! A note naming what a page left out of its link (`sort=banana`), so a reader who followed a
//! mangled link knows why the page shows less than was asked for.

use journeys_core::text::truncate_chars;
use yew::prelude::*;

// A plain function, not a component: it has no state, and a component type costs ~800 B gzip
// of lifecycle code in the wasm.
/// `rejected`: the query parameters that could not be used, as `(key, value)`.
pub fn link_note(rejected: &[(String, String)]) -> Html {
    if rejected.is_empty() {
        return Html::default();
    }
    let shown: Vec<String> = rejected.iter().map(|(k, v)| format!("{k}={}", truncate_chars(v, 40))).collect();
    html! {
        <p class="note link-note" role="note">
            { "Part of the link to this page was not understood, so it was left out: " }
            { for shown.iter().enumerate().map(|(i, s)| html! {
                <>{ if i > 0 { ", " } else { "" } }<code>{ s }</code></>
            }) }
            { ". The page shows what the rest of the link asks for." }
        </p>
    }
}
