//! The app shell: one `Main` switch from the current location to a page, under two routers.
//! `App` runs in the browser over its history; `ServerApp` renders one address over a memory
//! history, for the build-time renderer (`crates/site-entries`) and the host render tests. Both
//! print the same markup for the same address and data, which is what lets the browser hydrate
//! the pre-rendered HTML. URL parsing is `journeys_core::route::Route::parse`.

use crate::components::layout::Layout;
use crate::components::link_note::link_note;
use crate::hooks::element_id::IdCounter;
use crate::hooks::location::{use_app_location, use_rejected_params};
use crate::hooks::title::PageHead;
use crate::pages;
use journeys_core::route::{Route, Theme};
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;
use yew_router::query::Raw;

#[component(App)]
pub fn app() -> Html {
    html! {
        // The same components as `ServerApp` renders, layer for layer: hydration matches the
        // browser's tree against the host's HTML component by component.
        <BrowserRouter>
            <ContextProvider<PageHead> context={PageHead::default()}>
                <Main />
            </ContextProvider<PageHead>>
        </BrowserRouter>
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct ServerAppProps {
    /// The address to render, relative to the site's base path: `/council/leeds`.
    pub url: AttrValue,
    /// The site's base path for a sub-path build (`/journeys`); none at a domain's root.
    #[prop_or_default]
    pub basename: Option<AttrValue>,
    /// Collects the page's title and description as it renders.
    #[prop_or_default]
    pub head: PageHead,
    /// Renders the not-found page without naming an address, for the `404.html` a static host
    /// serves for every unknown address (the browser then names it).
    #[prop_or_default]
    pub any_address: bool,
}

#[component(ServerApp)]
pub fn server_app(props: &ServerAppProps) -> Html {
    let history = use_memo((props.url.clone(), props.basename.clone()), |(url, base)| {
        let history = MemoryHistory::new();
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        let path = journeys_core::route::with_base(base.as_deref().unwrap_or(""), path);
        if query.is_empty() {
            history.push(path);
        } else {
            let pushed = history.push_with_query(path, Raw(query));
            pushed.unwrap_or_else(|never| match never {});
        }
        AnyHistory::from(history)
    });
    html! {
        <Router history={(*history).clone()} basename={props.basename.clone()}>
            <ContextProvider<PageHead> context={props.head.clone()}>
                <Main any_address={props.any_address} />
            </ContextProvider<PageHead>>
        </Router>
    }
}

#[derive(Properties, PartialEq)]
struct MainProps {
    #[prop_or_default]
    any_address: bool,
}

#[component(Main)]
fn main_view(props: &MainProps) -> Html {
    let (path, query) = use_app_location();
    // Every page is pre-rendered without a query, so the first render in the browser, the one
    // that hydrates that HTML, leaves the query out too; the state it asks for (a comparison,
    // a sort, a theme) follows in the next render.
    let settled = use_state_eq(|| false);
    {
        let settled = settled.clone();
        use_effect_with((), move |_| settled.set(true));
    }
    let query = if *settled { query } else { String::new() };
    let route = match Route::parse(&path, &query) {
        Route::NotFound { .. } if props.any_address => Route::NotFound { path: String::new() },
        route => route,
    };
    let rejected = use_rejected_params(&path, &query);
    let ids = use_memo(path.clone(), |_| IdCounter::default());
    let (in_embed, theme) = match &route {
        Route::Embed { options, .. } => (true, options.theme),
        _ => (false, Theme::Auto),
    };
    // The page's HTML already has the first render's theme and link targets (and
    // `loader.js` applied `?theme=` in an embed), so they are only set once the query is read.
    use_effect_with((in_embed, theme, *settled), |(in_embed, theme, settled)| {
        if *settled {
            set_links_open_new_tabs(*in_embed);
            set_theme(*theme);
            mark_ready();
        }
    });
    html! {
        <ContextProvider<IdCounter> context={(*ids).clone()}>
            { page(route, query, rejected) }
        </ContextProvider<IdCounter>>
    }
}

/// The page for a route. Embeds and classroom views have no site navigation: the article, the
/// projector or the printed page shows only the widget or the lesson.
fn page(route: Route, query: String, rejected: Vec<(String, String)>) -> Html {
    let page = match route.clone() {
        Route::Embed { widget, options } => {
            return html! { <pages::embed::EmbedPage {widget} {options} {rejected} /> };
        }
        Route::Council { key, present: true } => {
            return html! { <pages::present::PresentPage key_or_code={key} /> };
        }
        Route::Compare { councils, present: true } => {
            return html! { <pages::present::ComparePresentPage {councils} /> };
        }
        Route::Worksheet { key } => {
            return html! { <pages::worksheet::WorksheetPage key_or_code={key} /> };
        }
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Council { key, .. } => html! { <pages::council::CouncilPage key_or_code={key} /> },
        Route::Compare { councils, .. } => html! { <pages::compare::ComparePage {councils} /> },
        Route::Councils(state) => html! { <pages::councils::CouncilsPage {state} {query} /> },
        Route::About(page) => html! { <pages::about::AboutPageView {page} /> },
        Route::Glossary => html! { <pages::glossary::GlossaryPage /> },
        Route::Patterns { council } => html! { <pages::patterns::PatternsPage {council} /> },
        Route::Findings { theme, phrase } => html! { <pages::findings::FindingsPage {theme} {phrase} /> },
        Route::NotFound { path } => html! { <pages::not_found::NotFound {path} /> },
    };
    html! { <Layout {route}>{ link_note(&rejected) }{ page }</Layout> }
}

/// Marks the page as taken over by the app (`<html data-app="ready">`): the pre-rendered HTML
/// reads the same before, so tests and the benchmark wait for this to know the app is live.
fn mark_ready() {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// In an embed every link (report links included) opens a new tab, so a click never moves the
/// article's page nor replaces the widget: `<base target="_blank">` says so for all of them.
/// (The pre-rendered embed pages carry the same attribute in their HTML.)
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
