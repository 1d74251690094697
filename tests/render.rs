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

/// The HTML with the instance numbers of glossary popover ids (`"gloss-focused-visit-6"`)
/// removed: they count every popover rendered in the process.
fn without_instance_numbers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(k) = rest.find("\"gloss-") {
        let (before, after) = rest.split_at(k + 1);
        out.push_str(before);
        let end = after.find('"').unwrap_or(after.len());
        out.push_str(after[..end].trim_end_matches(|c: char| c.is_ascii_digit()));
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

#[tokio::test]
async fn council_page_by_code_and_slug_show_the_same_council() {
    let by_code = render_council("E08000035").await;
    let by_slug = render_council("leeds").await;
    assert!(by_code.contains("<h1 id=\"council-title\">Leeds</h1>"), "{by_code}");
    assert_eq!(without_instance_numbers(&by_code), without_instance_numbers(&by_slug));
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

mod snapshot {
    //! The Leeds journey chart as SVG, rendered on the host and compared with the reviewed
    //! snapshot in `tests/snapshots/`. After an intended change, look at the new SVG and
    //! accept it with `UPDATE_SNAPSHOTS=1 cargo test --test render`.
    use council_journeys::components::journey_chart::{JourneyChartProps, JourneyChartView};
    use council_journeys::data::dataset;
    use journeys_core::chart::council_chart;
    use journeys_core::journey::{event_rows, inspection_rows, release_date};
    use std::rc::Rc;
    use yew::prelude::*;
    use yew::LocalServerRenderer;

    #[derive(Properties, PartialEq)]
    struct Width {
        width: f64,
    }

    #[component(LeedsChart)]
    fn leeds_chart(props: &Width) -> Html {
        let data = dataset();
        let leeds = data.council("E08000035").expect("Leeds is in the dataset");
        let p = JourneyChartProps {
            id: "journey-leeds".into(),
            chart: Rc::new(council_chart(data, leeds, release_date(data), props.width)),
            inspections: Rc::new(inspection_rows(data, leeds)),
            events: Rc::new(event_rows(data, leeds)),
            summary: "Leeds journey".into(),
            is_static: false,
            help: true,
        };
        html! { <JourneyChartView ..p /> }
    }

    async fn svg(width: f64) -> String {
        let html =
            LocalServerRenderer::<LeedsChart>::with_props(Width { width }).hydratable(false).render().await;
        let start = html.find("<svg").expect("an svg element");
        // The chart's own SVG (the key below it draws small ones of its own).
        let end = start + html[start..].find("</svg>").expect("the svg closes") + "</svg>".len();
        // One element a line, so a change shows as a readable diff.
        html[start..end].replace("><", ">\n<") + "\n"
    }

    #[tokio::test]
    async fn leeds_journey_svg_matches_its_snapshot() {
        for (width, name) in [(720.0, "leeds-journey-720.svg"), (343.0, "leeds-journey-343.svg")] {
            let got = svg(width).await;
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(name);
            if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &got).unwrap();
            }
            let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
                panic!("{} is missing: run with UPDATE_SNAPSHOTS=1 and review it", path.display())
            });
            assert!(got == want, "the Leeds chart at {width} differs from {}:\n{got}", path.display());
            // Whatever the snapshot, the facts a reader depends on are in it.
            for label in ["Inadequate 2009", "Adequate 2011", "Good 2015", "Outstanding 2018"] {
                assert!(got.contains(label), "{label} at {width}");
            }
            assert_eq!(got.matches("class=\"mark ").count(), 6);
        }
    }

    /// The key under the chart names what Leeds's chart draws, and nothing it does not.
    #[tokio::test]
    async fn leeds_chart_key_explains_its_marks_and_lines() {
        let html = LocalServerRenderer::<LeedsChart>::with_props(Width { width: 720.0 })
            .hydratable(false)
            .render()
            .await;
        let key = &html[html.find("class=\"chart-key\"").expect("a chart key")..];
        for item in [
            "Inspection of the whole service",
            "Line: from one inspection to the next",
            "Dashed: the framework changed",
            "Visit (focused, monitoring or unannounced): no grade",
        ] {
            assert!(key.contains(item), "{item}");
        }
        assert!(!key.contains("child protection only"), "Leeds had no child protection inspection");
    }
}

#[component(GlossaryRoot)]
fn glossary_root() -> Html {
    html! { <Wrap><council_journeys::pages::glossary::GlossaryPage /></Wrap> }
}

#[tokio::test]
async fn glossary_lists_every_term_with_its_anchor() {
    let html = LocalServerRenderer::<GlossaryRoot>::new().render().await;
    for t in journeys_core::glossary::TERMS {
        assert!(html.contains(&format!("id=\"{}\"", t.slug)), "no anchor for {}", t.slug);
        assert!(html.contains(&format!("href=\"/glossary#{}\"", t.slug)), "no index link to {}", t.slug);
    }
    assert_eq!(html.matches("class=\"glossary-entry\"").count(), journeys_core::glossary::TERMS.len());
}

#[derive(Properties, PartialEq)]
struct TermAt {
    slug: AttrValue,
}

#[component(TermRoot)]
fn term_root(props: &TermAt) -> Html {
    use council_journeys::components::glossary_term::GlossaryTerm;
    html! { <Wrap><p><GlossaryTerm slug={props.slug.clone()}>{ "focused visits" }</GlossaryTerm></p></Wrap> }
}

#[tokio::test]
async fn a_glossary_term_is_a_closed_disclosure_with_its_definition() {
    let html =
        LocalServerRenderer::<TermRoot>::with_props(TermAt { slug: "focused-visit".into() }).render().await;
    let id = html.split("aria-controls=\"").nth(1).and_then(|s| s.split('"').next()).expect("aria-controls");
    assert!(html.contains(&format!("id=\"{id}\" hidden")), "{html}");
    assert!(html.contains("aria-expanded=\"false\""));
    assert!(html.contains(">focused visits</button>"));
    assert!(html.contains("A short visit by Ofsted inspectors"));
    // An unknown slug leaves the words as plain text.
    let html = LocalServerRenderer::<TermRoot>::with_props(TermAt { slug: "nope".into() }).render().await;
    assert!(!html.contains("<button") && html.contains("focused visits"));
}
