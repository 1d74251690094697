//! A council's printable worksheet for a lesson, `/council/<key>/worksheet`: the journey
//! chart, a short table of its inspections with each report's address printed (paper cannot
//! follow a link), questions with space to write, the source line, the
//! date of the data and the page's address, laid out to print on one A4 page; then, on a
//! second printed page of its own, what each inspection's report said must improve (its first
//! three points word for word with their pages, and how many more), so a class can answer
//! "what did inspectors say was wrong?" from the sheet. Three long points for each of six or
//! more inspections cannot share the first page with the chart and the questions without
//! shrinking both below reading size, so they start a page of their own and the first page
//! keeps everything it had.

use crate::components::grade_badge::grade_badge;
use crate::components::journey_chart::JourneyChartView;
use crate::components::link::AppLink;
use crate::data::dataset;
use crate::hooks::improvements::use_improvements;
use crate::hooks::title::use_title;
use crate::pages::not_found::unknown_council;
use journeys_core::chart::{council_chart, headline_grade};
use journeys_core::improvements::{and_more, attach, Listed};
use journeys_core::journey::{event_rows, inspection_rows, inspections, release_date, InspectionRow};
use journeys_core::lessons::questions_for;
use journeys_core::model::Inspection;
use journeys_core::route::council_link;
use journeys_core::summary::journey_summary;
use journeys_core::text::{long_date, page_title};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorksheetProps {
    pub key_or_code: AttrValue,
}

#[component(WorksheetPage)]
pub fn worksheet_page(props: &WorksheetProps) -> Html {
    let data = dataset();
    let council = data.find_council(&props.key_or_code);
    // The address printed at the foot, read after the first render (no window on the server).
    let address = use_state_eq(String::new);
    {
        let address = address.clone();
        use_effect_with((), move |_| {
            address.set(gloo::utils::window().location().href().unwrap_or_default())
        });
    }
    use_title(
        council.map_or(page_title("Council not found"), |c| page_title(&format!("{}: worksheet", c.name))),
    );
    let improvements = use_improvements(council.map_or("", |c| c.code.as_str()), &data.release.to_string());
    let Some(council) = council else {
        return html! {
            <main id="main">
                { unknown_council(props.key_or_code.clone()) }
            </main>
        };
    };
    let list = inspections(data, council);
    let chart = Rc::new(council_chart(data, council, release_date(data), 680.0));
    let rows = inspection_rows(data, council);
    let text = journey_summary(&council.name, &list);
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <main id="main" class="worksheet">
            <p class="worksheet-tools">
                <button type="button" onclick={print}>{ "Print this worksheet" }</button>
                { " " }
                <AppLink to={council_link(&council.slug)}>{ format!("Back to {}", council.name) }</AppLink>
            </p>
            <h1>{ format!("{}: children's services inspections", council.name) }</h1>
            <p class="worksheet-name">{ "Name: " }<span class="write-line wide"></span>{ " Date: " }<span class="write-line"></span></p>
            <JourneyChartView id={format!("worksheet-{}", council.code)} chart={chart} inspections={Rc::new(rows.clone())}
                events={Rc::new(event_rows(data, council))} summary={format!("Journey chart. {text}")} is_static=true />
            <table class="worksheet-table">
                <caption>{ format!("{}'s graded inspections", council.name) }</caption>
                <thead><tr>
                    <th scope="col">{ "Inspected" }</th><th scope="col">{ "Framework" }</th><th scope="col">{ "Overall" }</th><th scope="col" class="worksheet-report-head">{ "Read the report at" }</th>
                </tr></thead>
                <tbody>
                    { for list.iter().zip(rows.iter()).map(|(i, r)| html! {
                        <tr>
                            <td>
                                { &r.dates }
                                // On a phone the address goes under the dates instead of in a fourth column.
                                <span class="worksheet-report report-inline">
                                    if let Some(note) = r.link.printed_note() { <span class="report-note">{ note }{ " " }</span> }
                                    <span class="report-address">{ r.link.printed_address() }</span>
                                </span>
                            </td>
                            <td>{ r.framework }</td>
                            <td>
                                if let Some(g) = headline_grade(i) { { grade_badge(g) } } else { { "Not graded" } }
                            </td>
                            <td class="worksheet-report report-cell">
                                if let Some(note) = r.link.printed_note() {
                                    <span class="report-note">{ note }{ " " }</span>
                                }
                                <span class="report-address">{ r.link.printed_address() }</span>
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
            { context_lines(&council.code, &list) }
            <h2>{ "Questions" }</h2>
            <ol class="worksheet-questions">
                { for questions_for(&council.code).iter().map(|q| html! {
                    <li><p>{ *q }</p><div class="write-space" aria-hidden="true"></div></li>
                }) }
            </ol>
            <footer class="worksheet-foot">
                <p>{ format!("{}. Data as of {}.", journeys_core::export::source_line(), long_date(release_date(data))) }</p>
                <p>{ "Council Journeys: " }<span class="worksheet-address">{ (*address).clone() }</span></p>
            </footer>
            if let Some(points) = improvements {
                { points_page(&council.name, &list, {
                    let mut rows = rows.clone();
                    attach(&mut rows, &list, points);
                    rows
                }) }
            }
        </main>
    }
}

/// The DfE's figures in the years of the council's inspections, one line a figure, with what
/// they are not.
fn context_lines(code: &str, list: &[&journeys_core::model::Inspection]) -> Html {
    use journeys_core::indicators::words::{inspection_years, worksheet_line};
    use journeys_core::indicators::Indicator;
    let Some(ctx) = crate::data::council_context(code) else { return html! {} };
    let years = inspection_years(list);
    let lines: Vec<String> =
        Indicator::ALL.into_iter().filter_map(|i| worksheet_line(&ctx, i, &years)).collect();
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <section class="worksheet-context" aria-labelledby="worksheet-context-title">
            <h2 id="worksheet-context-title">{ "Context: the DfE's figures in the years of the inspections" }</h2>
            <ul>{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            <p class="worksheet-context-note">
                { "DfE statistics (Open Government Licence v3.0): workforce at 30 September, children at 31 March. \
                   Measured apart from inspections; never the cause of a grade." }
            </p>
        </section>
    }
}

/// How many of a report's points the worksheet prints: three of the longest lists fit one
/// page for every council (Slough's, the longest, fill about half of it).
const POINTS_PRINTED: usize = 3;

/// The worksheet's second page: for each inspection, what its report said must improve.
fn points_page(name: &str, list: &[&Inspection], rows: Vec<InspectionRow>) -> Html {
    html! {
        <section class="worksheet-points" aria-labelledby="worksheet-points-title">
            <h2 id="worksheet-points-title">{ format!("{name}: what inspectors said must improve") }</h2>
            <p class="worksheet-points-intro">
                { "In the reports' own words: the first three points each report lists, with the page of the report they are on, and how many more it lists." }
            </p>
            { for list.iter().zip(rows.iter()).map(|(i, r)| html! {
                <section class="worksheet-report-points">
                    <h3>
                        { format!("{} · {} · ", r.year, i.framework.code()) }
                        if let Some(g) = headline_grade(i) { { g.label() } } else { { "Not graded" } }
                    </h3>
                    { listed_points(r) }
                </section>
            }) }
        </section>
    }
}

/// One inspection's points as printed: paper cannot follow a link, so "and N more" names the
/// report's address, as the table on the first page does.
fn listed_points(r: &InspectionRow) -> Html {
    match &r.listed {
        Some(listed @ Listed::Points(_)) => {
            let (shown, more) = listed.first(POINTS_PRINTED).unwrap_or_default();
            html! {
                <>
                    <ol class="worksheet-improve">
                        { for shown.iter().map(|p| html! {
                            <li><q class="improve-text">{ p.printed().into_owned() }</q>{ " " }<span class="improve-page">{ format!("(report, page {})", p.page) }</span></li>
                        }) }
                    </ol>
                    if let Some(more) = and_more(more) {
                        <p class="worksheet-more">
                            { format!("{more}: see the report at ") }<span class="report-address">{ r.link.printed_address() }</span>
                        </p>
                    }
                </>
            }
        }
        Some(Listed::Nothing) => {
            html! { <p class="improve-none">{ "The report lists nothing to improve." }</p> }
        }
        Some(Listed::NotInData) | None => {
            html! { <p class="improve-none">{ "What this report said must improve is not in the data." }</p> }
        }
    }
}
