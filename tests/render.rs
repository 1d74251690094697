//! Host render tests: pages rendered to HTML with Yew's server renderer, inside a memory
//! router, to check what they print for real data without a browser.
#![cfg(not(target_arch = "wasm32"))]

use council_journeys::pages::council::{CouncilPage, CouncilPageProps};
use council_journeys::pages::not_found::{NotFound, NotFoundProps};
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::Router;

#[derive(Properties, PartialEq)]
struct WrapProps {
    children: Html,
}

#[component(Wrap)]
fn wrap(props: &WrapProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    html! { <Router {history}>{ props.children.clone() }</Router> }
}

#[derive(Properties, PartialEq)]
struct CouncilAt {
    key: AttrValue,
}

#[component(CouncilRoot)]
fn council_root(props: &CouncilAt) -> Html {
    let p = CouncilPageProps { key_or_code: props.key.clone() };
    html! { <Wrap><CouncilPage ..p /></Wrap> }
}

async fn render_council(key: &str) -> String {
    LocalServerRenderer::<CouncilRoot>::with_props(CouncilAt { key: key.to_string().into() }).render().await
}

#[tokio::test]
async fn council_page_by_code_and_slug_show_the_same_council() {
    let by_code = render_council("E08000035").await;
    let by_slug = render_council("leeds").await;
    assert!(by_code.contains("<h1 id=\"council-title\">Leeds</h1>"), "{by_code}");
    assert_eq!(by_code, by_slug);
    assert!(by_code.contains("Ofsted report"));
}

#[tokio::test]
async fn unknown_council_renders_not_found() {
    let html = render_council("E99999999").await;
    assert!(html.contains("Page not found"));
    assert!(html.contains("E99999999"));
}

#[derive(Properties, PartialEq)]
struct NfAt {
    path: AttrValue,
}

#[component(NfRoot)]
fn nf_root(props: &NfAt) -> Html {
    let p = NotFoundProps { path: props.path.clone(), message: None };
    html! { <Wrap><NotFound ..p /></Wrap> }
}

#[tokio::test]
async fn not_found_prints_the_path_as_text() {
    let html = LocalServerRenderer::<NfRoot>::with_props(NfAt { path: "/<script>alert(1)</script>".into() })
        .render()
        .await;
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains("Go to the home page"));
}
