//! The app shell: the router, and the switch from the current URL to a page. URL parsing is
//! `journeys_core::route::Route::parse`; this module only strips the base path and renders.

use crate::components::layout::Layout;
use crate::pages;
use journeys_core::route::{rejected_params, Route, Theme};
use yew::prelude::*;
use yew_router::prelude::*;

#[component(App)]
pub fn app() -> Html {
    html! {
        <BrowserRouter>
            <Main />
        </BrowserRouter>
    }
}

/// The route of the current location, relative to the site's base path.
#[hook]
pub fn use_app_route() -> Route {
    let (path, query) = use_app_location();
    Route::parse(&path, &query)
}

/// The current location's path (relative to the site's base path) and query string.
#[hook]
fn use_app_location() -> (String, String) {
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
fn use_rejected_params(path: &str, query: &str) -> Vec<(String, String)> {
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

/// A note naming what the page left out of its link, e.g. `sort=banana`; empty when nothing.
pub fn rejected_note(rejected: &[(String, String)]) -> Html {
    if rejected.is_empty() {
        return Html::default();
    }
    let shown: Vec<String> = rejected
        .iter()
        .map(|(k, v)| {
            let short: String = v.chars().take(40).collect();
            let more = if short.len() < v.len() { "…" } else { "" };
            format!("{k}={short}{more}")
        })
        .collect();
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

/// Strips the base path (e.g. `/journeys`) from a location path.
pub fn strip_base<'a>(path: &'a str, base: &str) -> &'a str {
    let base = base.trim_end_matches('/');
    if base.is_empty() {
        return path;
    }
    match path.strip_prefix(base) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
        _ => path,
    }
}

#[component(Main)]
fn main_view() -> Html {
    let (path, query) = use_app_location();
    let route = Route::parse(&path, &query);
    let rejected = use_rejected_params(&path, &query);
    set_links_open_new_tabs(matches!(route, Route::Embed { .. }));
    if let Route::Embed { widget, options } = &route {
        set_theme(options.theme);
        return html! { <pages::embed::EmbedPage widget={widget.clone()} options={options.clone()} {rejected} /> };
    }
    set_theme(Theme::Auto);
    // Classroom views have no site navigation: the projector or the page shows only the lesson.
    match &route {
        Route::Council { key, present: true } => {
            return html! { <pages::present::PresentPage key_or_code={key.clone()} /> };
        }
        Route::Compare { councils, present: true } => {
            return html! { <pages::present::ComparePresentPage councils={councils.clone()} /> };
        }
        Route::Worksheet { key } => {
            return html! { <pages::worksheet::WorksheetPage key_or_code={key.clone()} /> };
        }
        _ => {}
    }
    let page = match &route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Council { key, .. } => {
            html! { <pages::council::CouncilPage key_or_code={key.clone()} /> }
        }
        Route::Compare { councils, .. } => {
            html! { <pages::compare::ComparePage councils={councils.clone()} /> }
        }
        Route::Councils(_) => html! { <pages::councils::CouncilsPage /> },
        Route::About(page) => html! { <pages::about::AboutPageView page={*page} /> },
        Route::Glossary => html! { <pages::glossary::GlossaryPage /> },
        Route::NotFound { path } => html! { <pages::not_found::NotFound path={path.clone()} /> },
        Route::Embed { .. } | Route::Worksheet { .. } => unreachable!("handled above"),
    };
    html! { <Layout>{ rejected_note(&rejected) }{ page }</Layout> }
}

/// In an embed every link (report links included) opens a new tab, so a click never moves the
/// article's page nor replaces the widget: `<base target="_blank">` says so for all of them.
fn set_links_open_new_tabs(on: bool) {
    let base = gloo::utils::document().query_selector("base").ok().flatten();
    if let Some(base) = base {
        let _ = if on { base.set_attribute("target", "_blank") } else { base.remove_attribute("target") };
    }
}

/// Applies a forced theme by setting `data-theme` on the root element; `auto` removes it so
/// the stylesheet follows the system preference.
fn set_theme(theme: Theme) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = match theme {
            Theme::Auto => root.remove_attribute("data-theme"),
            other => root.set_attribute("data-theme", other.as_str()),
        };
    }
}
