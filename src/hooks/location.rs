//! The app's location: the current path relative to the site's base path, its query string, and
//! the parts of the query that the page could not use. Read from the router, so the same code
//! runs over the browser's history and over the memory history of the build-time renderer.

use journeys_core::route::{rejected_params, strip_base, Route};
use yew::prelude::*;
use yew_router::prelude::*;

/// The current location's path (relative to the site's base path) and query string.
#[hook]
pub fn use_app_location() -> (String, String) {
    let location = use_location();
    let navigator = use_navigator();
    let (path, query) = match &location {
        Some(l) => (l.path().to_string(), l.query_str().to_string()),
        None => ("/".to_string(), String::new()),
    };
    let base = navigator.as_ref().and_then(|n| n.basename().map(str::to_string)).unwrap_or_default();
    (strip_base(&path, &base).to_string(), query)
}

/// The query parameters of the link that opened the current page which could not be used
/// (`journeys_core::route::rejected_params`). They are kept while the reader stays on the same
/// page, because pages rewrite their URL to its canonical form, which drops them (and a static
/// server may have added a trailing slash, which the canonical form drops too).
#[hook]
pub fn use_rejected_params(path: &str, query: &str) -> Vec<(String, String)> {
    let kept = use_mut_ref(|| (String::new(), Vec::new()));
    let rejected = rejected_params(path, query);
    let page = Route::parse(path, "").to_url();
    let mut kept = kept.borrow_mut();
    if !rejected.is_empty() {
        *kept = (page, rejected);
    } else if kept.0 != page {
        *kept = (String::new(), Vec::new());
    }
    kept.1.clone()
}
