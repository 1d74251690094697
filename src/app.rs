//! The app shell: the router, and the switch from the current URL to a page. URL parsing is
//! `journeys_core::route::Route::parse`; this module only strips the base path and renders.

use crate::components::layout::Layout;
use crate::pages;
use journeys_core::route::{Route, Theme};
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
    let location = use_location();
    let navigator = use_navigator();
    let (path, query) = match &location {
        Some(l) => (l.path().to_string(), l.query_str().to_string()),
        None => ("/".to_string(), String::new()),
    };
    let base = navigator.as_ref().and_then(|n| n.basename().map(str::to_string)).unwrap_or_default();
    Route::parse(strip_base(&path, &base), &query)
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
    let route = use_app_route();
    if let Route::Embed { widget, options } = &route {
        set_theme(options.theme);
        return html! { <pages::embed::EmbedPage widget={widget.clone()} options={options.clone()} /> };
    }
    set_theme(Theme::Auto);
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
        Route::Embed { .. } => unreachable!("handled above"),
    };
    html! { <Layout>{ page }</Layout> }
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
