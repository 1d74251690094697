//! Starting the app in the browser. Every page arrives as finished HTML rendered at build time
//! (`crates/site-entries`), which names its dataset file and the address it was rendered for in
//! `<meta>` elements. `boot` fetches that dataset, installs it, and then hydrates the HTML when
//! the page is the one it was rendered for; otherwise (a `404.html` served for any unknown
//! address) it renders the app afresh in its place.

use crate::app::App;
use journeys_core::load::parse_dataset;
use journeys_core::route::strip_base;
use journeys_core::route::{EmbedWidget, PatternChart, Route};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The `<meta name="cj-data">` a pre-rendered page carries: its dataset file, relative to the
/// base URL. The same names are written by `site-entries`.
pub const DATA_META: &str = "cj-data";
/// The `<meta name="cj-route">`: the address the page was rendered for, relative to the base.
pub const ROUTE_META: &str = "cj-route";
/// The `<meta name="cj-context">` of a council page: its DfE figures, fetched beside the
/// dataset.
pub const CONTEXT_META: &str = "cj-context";
/// The dataset for a page that names none (a page not rendered by `site-entries`).
const DEFAULT_DATA: &str = "data/dataset.json";

fn meta(doc: &web_sys::Document, name: &str) -> Option<String> {
    doc.query_selector(&format!("meta[name=\"{name}\"]")).ok().flatten()?.get_attribute("content")
}

pub async fn fetch_text(url: &str) -> Result<String, String> {
    text_of(gloo::utils::window().fetch_with_str(url)).await
}

/// A JSON file (relative to the base URL) read as `T`. The request is sent at once, as
/// `fetch_with_str` does, so several can be in flight before the first is awaited.
pub fn fetch_json<T: serde::de::DeserializeOwned>(
    url: &str,
) -> impl std::future::Future<Output = Result<T, String>> {
    let request = text_of(gloo::utils::window().fetch_with_str(url));
    let url = url.to_string();
    async move { request.await.and_then(|t| serde_json::from_str(&t).map_err(|e| format!("{url}: {e}"))) }
}

/// The text of a response to a request already sent (`fetch_with_str` sends it at once; an
/// async function would only send it when first awaited).
async fn text_of(request: js_sys::Promise) -> Result<String, String> {
    let response = JsFuture::from(request).await.map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text =
        JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?).await.map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// Loads the page's dataset, then hydrates or renders the app. When the data cannot be had
/// (offline, a broken host), the pre-rendered page stays as it is, readable, and the reason
/// is logged.
pub async fn boot() {
    let doc = gloo::utils::document();
    let url = meta(&doc, DATA_META).unwrap_or_else(|| DEFAULT_DATA.to_string());
    // Both requests start now; the figures are awaited after the dataset.
    let context = meta(&doc, CONTEXT_META).map(|u| {
        let request = text_of(gloo::utils::window().fetch_with_str(&u));
        (u, request)
    });
    let data = match fetch_text(&url).await.map(|json| parse_dataset(&json).map_err(|e| e.to_string())) {
        Ok(Ok(data)) => data,
        Ok(Err(e)) | Err(e) => {
            gloo::console::error!(format!("Council Journeys could not load {url}: {e}"));
            return;
        }
    };
    crate::data::install_dataset(data);
    // A council's pages (and the findings search, and `/patterns`) show what reports said must
    // improve: load those files before hydrating, or the app's first render would not match
    // the page. Offline, where the worker may not have kept them, the page is not fetched for
    // them (a failed fetch is logged by the browser): it is rendered afresh without them.
    let online = gloo::utils::window().navigator().on_line();
    let mut extras_loaded = true;
    if let Some((u, request)) = context {
        // Sent with the dataset's request; offline only a page the worker kept names it.
        match request.await.map(|json| journeys_core::indicators::parse_council_context(&json)) {
            Ok(Ok(ctx)) => crate::data::install_context(ctx),
            Ok(Err(e)) | Err(e) => {
                gloo::console::warn!(format!("Council Journeys could not load {u}: {e}"));
                extras_loaded = false;
            }
        }
    }
    // `/patterns` shows two national files, its themes embed one: both requests go out now.
    let release = crate::data::dataset().release.to_string();
    let (with_trends, with_by_grade) = national_files(&doc);
    let trends = with_trends.then(|| send(&crate::data::THEME_TRENDS, &release, online));
    let by_grade = with_by_grade.then(|| send(&crate::data::RATES_BY_GRADE, &release, online));
    if let Some(sent) = trends {
        extras_loaded &= sent.install().await;
    }
    if let Some(sent) = by_grade {
        extras_loaded &= sent.install().await;
    }
    if let Some(code) = page_council(&doc) {
        let file = crate::data::improvements_file(&release, &code);
        let got = if online {
            fetch_json::<journeys_core::improvements::Improvements>(&file).await
        } else {
            Err("offline".to_string())
        };
        match got {
            Ok(list) => crate::data::install_improvements(&code, list),
            Err(e) => {
                gloo::console::warn!(format!("Council Journeys could not load {file}: {e}"));
                extras_loaded = false;
            }
        }
    }
    let Some(root) = doc.get_element_by_id("app") else { return };
    if extras_loaded && is_rendered_for_here(&doc) && root.first_element_child().is_some() {
        yew::Renderer::<App>::with_root(root).hydrate();
    } else {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root(root).render();
    }
}

/// A national file's request, sent (when online: offline, where the worker may not have kept
/// it, the page is not fetched for it).
struct Sent<T: 'static> {
    national: &'static crate::data::NationalFile<T>,
    file: String,
    request: Option<Request<T>>,
}

/// A file's request in flight, read as `T`.
type Request<T> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, String>>>>;

fn send<T: serde::de::DeserializeOwned + 'static>(
    national: &'static crate::data::NationalFile<T>,
    release: &str,
    online: bool,
) -> Sent<T> {
    let file = (national.file)(release);
    let request = online.then(|| Box::pin(fetch_json::<T>(&file)) as Request<T>);
    Sent { national, file, request }
}

impl<T> Sent<T> {
    /// Waits for the file and installs it; `false` (and the reason logged) when it could not
    /// be had.
    async fn install(self) -> bool {
        let got = match self.request {
            Some(r) => r.await.and_then(self.national.check),
            None => Err("offline".to_string()),
        };
        match got {
            Ok(t) => {
                (self.national.install)(t);
                true
            }
            Err(e) => {
                gloo::console::warn!(format!("Council Journeys could not load {}: {e}", self.file));
                false
            }
        }
    }
}

/// Which national files the page shows: the theme counts (`/patterns` and its themes embed)
/// and the DfE rates by grade (`/patterns`).
fn national_files(doc: &web_sys::Document) -> (bool, bool) {
    match meta(doc, ROUTE_META).map(|r| Route::parse(&r, "")) {
        Some(Route::Patterns { .. }) => (true, true),
        Some(Route::Embed { widget: EmbedWidget::Patterns { chart: PatternChart::Themes, .. }, .. }) => {
            (true, false)
        }
        _ => (false, false),
    }
}

/// The key of the points this page shows, from the address it was rendered for: the ONS code
/// of the council whose page (or worksheet) it is, or the latest reports' for the findings
/// search.
fn page_council(doc: &web_sys::Document) -> Option<String> {
    let rendered = meta(doc, ROUTE_META)?;
    let key = match Route::parse(&rendered, "") {
        Route::Council { key, .. } | Route::Worksheet { key } => key,
        // The findings search prints its theme list from the latest reports' file.
        Route::Findings { .. } => return Some(crate::data::LATEST.to_string()),
        _ => return None,
    };
    crate::data::dataset().find_council(&key).map(|c| c.code.clone())
}

/// Whether the page's HTML was rendered for the current address (its query aside: pages are
/// rendered without one, and so is the browser's first render).
fn is_rendered_for_here(doc: &web_sys::Document) -> bool {
    let Some(rendered) = meta(doc, ROUTE_META) else { return false };
    let location = gloo::utils::window().location();
    let path = location.pathname().unwrap_or_default();
    let base = doc
        .base_uri()
        .ok()
        .flatten()
        .and_then(|b| web_sys::Url::new(&b).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    Route::parse(strip_base(&path, &base), "") == Route::parse(&rendered, "")
}
