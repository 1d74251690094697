//! Every route kind rendered on the host through the app's own router (`ServerApp` over a
//! memory history), as the build-time renderer renders each page: no page may touch the DOM
//! while rendering, and each prints its content, not an empty shell.
#![cfg(not(target_arch = "wasm32"))]

use council_journeys::app::{ServerApp, ServerAppProps};
use yew::LocalServerRenderer;

async fn render(url: &str) -> String {
    LocalServerRenderer::<ServerApp>::with_props(ServerAppProps {
        url: url.to_string().into(),
        ..Default::default()
    })
    .render()
    .await
}

/// Renders `url` and checks that every `want` is in the HTML and no `not` is.
async fn check(url: &str, want: &[&str], not: &[&str]) {
    let html = render(url).await;
    for w in want {
        assert!(html.contains(w), "{url}: no {w:?} in\n{html}");
    }
    for n in not {
        assert!(!html.contains(n), "{url}: {n:?} should not be in the page");
    }
}

#[tokio::test]
async fn home_prints_the_national_picture_and_the_map() {
    check("/", &["<h1", "class=\"hex-svg\"", "class=\"dist-bar\"", "Skip to content"], &["Page not found"])
        .await;
}

#[tokio::test]
async fn council_pages_print_the_journey_by_code_and_by_slug() {
    for url in ["/council/leeds", "/council/E08000035"] {
        check(
            url,
            &[">Leeds</h1>", "class=\"journey-chart\"", "Ofsted report", "Inadequate"],
            &["Page not found"],
        )
        .await;
    }
}

#[tokio::test]
async fn a_former_council_has_its_page() {
    // Bournemouth was abolished in 2019; its history is still shown.
    check("/council/bournemouth", &["Bournemouth", "class=\"journey-chart\""], &["Page not found"]).await;
}

#[tokio::test]
async fn worksheet_and_classroom_views_render() {
    check("/council/leeds/worksheet", &["Leeds", "worksheet"], &["Page not found"]).await;
    // The host renders a page's default: the query (here `present`) applies after hydration.
    check("/council/leeds?present", &[">Leeds</h1>"], &["Page not found"]).await;
}

#[tokio::test]
async fn embeds_render_without_site_navigation() {
    check(
        "/embed/council/E08000035",
        &[
            "class=\"embed\"",
            "Leeds: children's services inspections",
            "class=\"journey-chart\"",
            "Open the full view",
        ],
        &["class=\"site-header\""],
    )
    .await;
    check("/embed/map", &["class=\"hex-svg\""], &["class=\"site-header\""]).await;
    check("/embed/compare", &["Compare councils"], &["class=\"site-header\""]).await;
}

#[tokio::test]
async fn compare_and_the_councils_table_render_their_defaults() {
    check("/compare", &["<h1", "class=\"site-header\""], &["Page not found"]).await;
    // State in the query is applied after hydration; the host shows the default table.
    check("/councils?sort=name", &["<table", "Leeds", "Wakefield"], &["Page not found"]).await;
}

#[tokio::test]
async fn about_pages_and_the_glossary_render() {
    for url in ["/about", "/about/data", "/about/grades", "/about/frameworks", "/glossary"] {
        check(url, &["<h1", "class=\"site-footer\""], &["Page not found"]).await;
    }
}

#[tokio::test]
async fn unknown_addresses_render_the_not_found_page() {
    check("/no/such/page", &["Page not found", "Go to the home page"], &[]).await;
    check("/council/E99999999", &["E99999999"], &["class=\"journey-chart\""]).await;
}

#[tokio::test]
async fn glossary_popover_ids_restart_for_every_page() {
    // The browser numbers them from zero when it hydrates a page; so must the host, however
    // many pages it rendered before.
    let first = render("/council/leeds").await;
    let again = render("/council/leeds").await;
    assert_eq!(first, again);
}

#[tokio::test]
async fn a_sub_path_build_prefixes_its_links() {
    let html = LocalServerRenderer::<ServerApp>::with_props(ServerAppProps {
        url: "/council/leeds".into(),
        basename: Some("/journeys".into()),
        ..Default::default()
    })
    .render()
    .await;
    assert!(html.contains("href=\"/journeys/compare\""), "{html}");
    assert!(html.contains(">Leeds</h1>"));
}

#[tokio::test]
async fn the_patterns_page_prints_every_chart_with_its_summary_and_table() {
    let html = render("/patterns").await;
    for id in ["transitions", "recovery", "aligned", "staying-good", "themes"] {
        assert!(html.contains(&format!("id=\"{id}\"")), "no section {id}");
        // The layouts a box that wide can show, and no wider: the stylesheet keeps the box
        // under them (PATTERN_BOX_MAX).
        for w in [343, 520] {
            assert!(html.contains(&format!("id=\"pattern-{id}-chart-w{w}\"")), "no {w} px layout of {id}");
        }
        assert!(!html.contains(&format!("id=\"pattern-{id}-chart-w720\"")), "a 720 px layout of {id}");
    }
    // The figures by grade too.
    for w in [343, 520] {
        assert!(
            html.contains(&format!("id=\"by-grade-agency-rate-fte-chart-w{w}\"")),
            "no {w} px layout by grade"
        );
    }
    assert!(!html.contains("id=\"by-grade-agency-rate-fte-chart-w720\""), "a 720 px layout by grade");
    for want in [
        "Inadequate judgements followed by another inspection",
        "spells of Inadequate since 2014",
        "class=\"pattern-table\"",
        "Spells still at risk",
    ] {
        assert!(html.contains(want), "no {want:?}");
    }
    for chart in ["transitions", "recovery", "aligned", "staying-good", "themes"] {
        check(
            &format!("/embed/patterns/{chart}"),
            &["class=\"pattern-figure\"", "Open the full view"],
            &["Page not found"],
        )
        .await;
    }
}

#[tokio::test]
async fn a_council_page_links_to_the_patterns_with_itself_marked() {
    check("/council/leeds", &["Leeds was first judged Inadequate in 2009", "/patterns?la=leeds"], &[]).await;
}

#[tokio::test]
async fn a_council_page_prints_its_dfe_context_with_charts_and_tables() {
    let html = render("/council/leeds").await;
    for want in [
        "Context: the workforce and the children behind the grades",
        "In 2025, 14.8 cases per social worker, England 15.2, Yorkshire and The Humber",
        "never the cause of a grade by themselves",
        "class=\"ctx-chart\"",
        "Caseloads in Leeds by year",
        "Open Government Licence v3.0",
    ] {
        assert!(html.contains(want), "no {want:?}");
    }
    // One chart per figure at each fitted layout, and the table rows of the nine workforce years.
    assert_eq!(html.matches("class=\"ctx-chart\"").count(), 6 * 4);
    // The section comes after the journey chart.
    assert!(html.find("class=\"journey-chart").unwrap() < html.find("id=\"context-title\"").unwrap());
    // North Northamptonshire (formed 2021) shows its own years only, and says its workforce
    // figures are published with West Northamptonshire's.
    let nn = render("/council/E06000061").await;
    assert!(nn.contains("published for North Northamptonshire and West Northamptonshire together"));
    let table = &nn[nn.find("Caseloads in North Northamptonshire by year").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    assert!(
        table.contains("<th scope=\"row\">2021</th>") && !table.contains("<th scope=\"row\">2020</th>"),
        "{table}"
    );
}

#[tokio::test]
async fn the_worksheet_gives_the_dfe_figures_of_the_inspection_years() {
    let html = render("/council/leeds/worksheet").await;
    assert!(
        html.contains("Context: the DfE&#x27;s figures in the years of the inspections")
            || html.contains("Context: the DfE's figures in the years of the inspections")
    );
    // Leeds was inspected in 2018, 2022 and 2025: the caseloads of those years (csww file).
    assert!(
        html.contains(
            "Caseloads: 2018 13.8 (England 17.4); 2022 16.2 (England 16.6); 2025 14.8 (England 15.2)."
        ),
        "{html}"
    );
}

#[tokio::test]
async fn a_council_page_quotes_what_each_report_said_must_improve() {
    check(
        "/council/leeds",
        &[
            "What the report said must improve (4)",
            "personal education plans (PEPs)",
            "report, page 2",
            "#page=2",
        ],
        &[],
    )
    .await;
    // Thurrock 2024: every judgement Outstanding, and the report lists nothing to improve.
    check("/council/thurrock", &["The report lists nothing to improve."], &[]).await;
}

#[tokio::test]
async fn the_patterns_page_counts_what_councils_are_told_to_improve() {
    check(
        "/patterns",
        &[
            "What councils are told to improve",
            "ILACS reports published in 2026",
            "class=\"pattern-table theme-trends\"",
            // The chart: recent ILACS reports against SIF's, with its sentence.
            "class=\"pattern-chart themes-chart\"",
            "ILACS reports of 2025\u{2013}2026 (75)",
            "SIF reports of 2014\u{2013}2018 (167)",
            "the share naming each theme was highest for",
        ],
        &[],
    )
    .await;
    check(
        "/embed/patterns/themes",
        &["class=\"pattern-chart themes-chart\"", "the share naming each theme was highest for"],
        &["Page not found"],
    )
    .await;
}

#[tokio::test]
async fn the_patterns_page_sets_the_workforce_beside_the_grades() {
    check(
        "/patterns",
        &[
            "The workforce behind the grades",
            "An association, not a cause.",
            "class=\"pattern-chart box-chart\"",
            "Agency social workers, 2025",
            "In 2025 the median was",
            "indicators-by-grade.csv",
        ],
        &["Children in need, 2025"],
    )
    .await;
}

#[tokio::test]
async fn the_findings_search_renders_its_form() {
    check(
        "/findings",
        &["Search what inspectors said must improve", "name=\"theme\"", "name=\"q\"", "Care leavers"],
        &["Page not found"],
    )
    .await;
}

/// The text of the paragraph of a council page's story that says what the reports asked for
/// (after the grades' sentence, the current standing and the journey chart).
fn story_paragraph(html: &str) -> &str {
    let story = &html[html.find("class=\"story\"").expect("a story")..];
    let asked = story.find("class=\"story-asked\"").expect("what reports asked for");
    assert!(story.find("class=\"standing\"").expect("a standing") < asked, "the grades first");
    assert!(story.find("class=\"chart-box\"").expect("a chart") < asked, "the journey first");
    let asked = &story[story.find("class=\"story-asked\">").expect("what reports asked for") + 20..];
    &asked[..asked.find("</p>").unwrap()]
}

#[tokio::test]
async fn the_story_at_the_top_says_what_each_report_asked_for() {
    // Told from the reports' themes (journeys_core::improvements::story_sentences), after the
    // grades; the browser renders the same once the council's points file is loaded, before
    // hydrating (tests/e2e/classroom.spec.ts checks both).
    let html = render("/council/leeds").await;
    let story = story_paragraph(&html);
    assert!(story.starts_with("In 2015 inspectors asked Leeds to improve 15 things,"), "{story}");
    assert!(
        story.contains(
            "In 2018 inspectors asked Leeds to improve 4 things, most of all about quality of plans and records, as in 2015."
        ),
        "{story}"
    );
    assert_eq!(story.matches("inspectors asked Leeds").count(), 4, "one sentence a report read: {story}");
    // Never the points' own words.
    assert!(!story.contains("personal education plans"), "{story}");
    let thurrock = render("/council/thurrock").await;
    assert!(
        story_paragraph(&thurrock).contains("In 2024 the report listed nothing for Thurrock to improve."),
        "{}",
        story_paragraph(&thurrock)
    );
}

#[tokio::test]
async fn the_worksheet_prints_each_reports_first_points_on_a_page_of_their_own() {
    let html = render("/council/leeds/worksheet").await;
    let points = &html[html.find("class=\"worksheet-points\"").expect("the points' page")..];
    // After the first page's foot: the first page keeps everything it had.
    assert!(
        html.find("class=\"worksheet-foot\"").unwrap() < html.find("class=\"worksheet-points\"").unwrap()
    );
    assert!(points.contains("Leeds: what inspectors said must improve"));
    // Six inspections: 2009 and 2011 (before such lists), 2015 (15 points), 2018 (4), 2022 and
    // 2025 (2 each).
    assert_eq!(points.matches("class=\"worksheet-report-points\"").count(), 6);
    assert_eq!(points.matches("What this report said must improve is not in the data.").count(), 2);
    assert!(points.contains("and 12 more: see the report at "), "2015");
    assert!(points.contains("and 1 more: see the report at "), "2018");
    // 2018's third point, word for word, with its page.
    assert!(points.contains(
        "The quality, recording and review of personal education plans (PEPs) so that they provide clear, consistent and purposeful targets, covering both short- and longer-term objectives.</q> <span class=\"improve-page\">(report, page 2)</span>"
    ), "{points}");
    assert_eq!(points.matches("<q class=\"improve-text\">").count(), 3 + 3 + 2 + 2);
    check("/council/thurrock/worksheet", &["The report lists nothing to improve."], &[]).await;
}
