//! A council's page: its journey chart with details, the story in words and its measures, the
//! table of every inspection (also the chart's table alternative), the judgement-area matrix,
//! links to comparisons, and other events.

use crate::components::area_matrix::{area_matrix, AreaMatrixProps};
use crate::components::context_figures::ContextFigures;
use crate::components::downloads::{ChartExport, Downloads};
use crate::components::embed_builder::EmbedBuilder;
use crate::components::fitted_chart::{fitted_chart, FittedChartProps};
use crate::components::glossary_term::GlossaryTerm;
use crate::components::inspection_table::{inspection_table, InspectionTableProps};
use crate::components::link::AppLink;
use crate::components::story::{measure_cards, story, story_asked as story_asked_view, StoryProps};
use crate::components::story_steps::StorySteps;
use crate::components::theme_matrix::{theme_matrix_view, ThemeMatrixProps};
use crate::data::dataset;
use crate::hooks::improvements::use_improvements;
use crate::hooks::title::{use_description, use_title};
use crate::hooks::width::{layout_widths, use_width};
use crate::pages::not_found::unknown_council;
use journeys_core::chart::council_chart;
use journeys_core::chart::JourneyChart;
use journeys_core::compare::presets::statistical_neighbours;
use journeys_core::export::{file_name, journeys_csv};
use journeys_core::glossary;
use journeys_core::journey::{event_rows, inspection_rows, inspections, release_date};
use journeys_core::lessons::story_for;
use journeys_core::matrix::council_matrix;
use journeys_core::route::{council_link, EmbedWidget, Route};
use journeys_core::summary::{journey_summary, measures};
use journeys_core::text::{long_date, page_title};
use std::rc::Rc;
use yew::prelude::*;

/// What the lane of other events cannot show yet, so an empty lane is not read as a quiet
/// history (the dataset's coverage notes say the same at more length).
const EVENTS_NOT_IN_DATA: &str = "Not in the data yet: monitoring visits before April 2022, the yearly unannounced \
    inspections of 2009 to 2012 (except Leeds's), and government interventions such as improvement notices, statutory \
    directions, commissioners and children's services trusts (only a few, from news reports, are shown). A quiet line \
    below the chart does not mean nothing happened.";

#[derive(Properties, PartialEq)]
pub struct CouncilPageProps {
    /// An ONS code or slug, as in the URL.
    pub key_or_code: AttrValue,
}

#[component(CouncilPage)]
pub fn council_page(props: &CouncilPageProps) -> Html {
    let data = dataset();
    let council = data.find_council(&props.key_or_code);
    let chart_box = use_node_ref();
    let width = use_width(chart_box.clone());
    use_title(match council {
        Some(c) => page_title(&c.name),
        None => page_title("Council not found"),
    });
    use_description(council.map(|c| journey_summary(&c.name, &inspections(data, c))).unwrap_or_default());
    let improvements = use_improvements(council.map_or("", |c| c.code.as_str()), &data.release.to_string());
    let Some(council) = council else {
        return html! {
            { unknown_council(props.key_or_code.clone()) }
        };
    };
    let list = inspections(data, council);
    let charts: Vec<Rc<JourneyChart>> = layout_widths(width)
        .into_iter()
        .map(|w| Rc::new(council_chart(data, council, release_date(data), w)))
        .collect();
    let chart = charts.last().cloned().expect("at least one layout");
    let theme_matrix = improvements.map(|points| journeys_core::improvements::theme_matrix(&list, points));
    let asked = improvements
        .map(|points| journeys_core::improvements::asked_sentences(&council.name, &list, points))
        .unwrap_or_default();
    let rows = {
        let mut rows = inspection_rows(data, council);
        if let Some(points) = improvements {
            journeys_core::improvements::attach(&mut rows, &list, points);
        }
        Rc::new(rows)
    };
    let event_list = Rc::new(event_rows(data, council));
    let story_text = journey_summary(&council.name, &list);
    // The story adds a sentence a report on what inspectors asked for (from themes, never the
    // points' words), under the chart; the chart's summary and the share description keep the
    // grades.
    let story_asked = improvements
        .map(|points| journeys_core::improvements::story_sentences(&council.name, &list, points))
        .unwrap_or_default();
    let pattern_text = {
        let f = crate::pages::patterns::page_figures();
        let own = f.aligned.iter().find(|j| j.council.code == council.code);
        journeys_core::patterns::words::council_context_sentence(&f.curve, own)
    };
    let m = measures(&list);
    let csv = {
        let codes = vec![council.code.clone()];
        Callback::from(move |_: ()| journeys_csv(data, &codes))
    };
    let chart_export = ChartExport {
        selector: AttrValue::from(".chart-box svg.journey-chart"),
        title: format!("{}: children's services inspections, overall grades over time", council.name).into(),
        description: story_text.clone().into(),
        file_stem: format!("council-journeys-{}-journey", council.slug).into(),
        width: chart.width,
        height: chart.height,
    };

    // Councils of the dataset get a link; former councils with no inspection of their own are
    // named with the date they were abolished.
    let links = |codes: &Vec<String>| -> Html {
        html! { <>{ for codes.iter().map(|code| match (data.council(code), data.former_council(code)) {
            (Some(c), _) => html! {
                <li><AppLink to={council_link(&c.slug)}>{ &c.name }</AppLink></li>
            },
            (None, Some(f)) => html! {
                <li>{ format!("{} (abolished {})", f.name, long_date(f.abolished)) }</li>
            },
            (None, None) => html! {},
        }) }</> }
    };
    html! {
        <article class="council" aria-labelledby="council-title">
            <h1 id="council-title">{ &council.name }</h1>
            <p class="council-meta">
                { &council.region }{ " · ONS code " }<span class="code">{ &council.code }</span>
                if !council.current { { " · This council no longer exists." } }
            </p>
            if !council.predecessors.is_empty() {
                <div class="lineage"><h2>{ "Formed from" }</h2><ul>{ links(&council.predecessors) }</ul></div>
            }
            if !council.successors.is_empty() {
                <div class="lineage"><h2>{ "Replaced by" }</h2><ul>{ links(&council.successors) }</ul></div>
            }
            { story(&StoryProps { story: story_text.clone().into(), measures: m.clone(),
                ended: journeys_core::summary::abolished_note(data, council).map(AttrValue::from) }) }
            <h2>{ "Journey" }</h2>
            <EmbedBuilder widget={EmbedWidget::Council { key: council.code.clone() }} what="journey"
                title={format!("{}: children's services inspections", council.name)} />
            <div class="chart-box" ref={chart_box}>
                { fitted_chart(&FittedChartProps { id: format!("journey-{}", council.code).into(), charts, measured: width.is_some(),
                    inspections: rows.clone(), events: event_list.clone(), summary: format!("Journey chart. {story_text}").into(), is_static: false }) }
            </div>
            // What reports asked for and the figures come after the chart, so on a phone the
            // journey is what a reader sees first.
            { story_asked_view(&story_asked) }
            { measure_cards(&m) }
            if let Some(curated) = story_for(&council.code) {
                <StorySteps story={curated} />
            }
            <p class="pattern-link">
                { pattern_text }{ " " }
                <AppLink to={Route::Patterns { council: Some(council.slug.clone()) }}>
                    { format!("See {} beside every council judged Inadequate", council.name) }
                </AppLink>
            </p>
            <p class="present-links">
                <AppLink to={Route::Council { key: council.slug.clone(), present: true }}>{ "Present this journey in class" }</AppLink>
                { " · " }
                <AppLink to={Route::Worksheet { key: council.code.clone() }}>{ "Printable worksheet" }</AppLink>
            </p>
            <h2>{ "Inspections" }</h2>
            { inspection_table(&InspectionTableProps { council: council.name.clone().into(), rows: (*rows).clone() }) }
            if !rows.is_empty() {
                <h2>{ "Judgement areas across inspections" }</h2>
                { area_matrix(&AreaMatrixProps { matrix: Rc::new(council_matrix(data, council)),
                    caption: format!("Judgement areas of {} in each inspection", council.name).into(), by_council: false }) }
            }
            if let Some(matrix) = theme_matrix.filter(|m| !m.rows.is_empty()) {
                <h2>{ "What inspectors said must improve, theme by theme" }</h2>
                <p>{ "Each point a report listed to improve is given themes by published word rules (see About the data);                       a theme named in one report and again in the next is a problem that lasted." }</p>
                <ul class="asked">
                    { for asked.iter().map(|a| html! { <li>{ a }</li> }) }
                </ul>
                { theme_matrix_view(&ThemeMatrixProps { council: council.name.clone().into(), matrix }) }
            }
            if let Some(p) = statistical_neighbours(data, &council.code) {
                <p class="compare-link">
                    <AppLink to={p.route()}>{ format!("Compare {} with its statistical neighbours", council.name) }</AppLink>
                    { " · " }
                    <AppLink to={Route::Compare { councils: vec![council.code.clone()], present: false }}>{ "Compare with other councils" }</AppLink>
                </p>
            }
            // Under the journey and its tables (the inspections' table stays the chart's first
            // table alternative), on the journey chart's time axis.
            <ContextFigures code={council.code.clone()} name={council.name.clone()}
                span={journeys_core::chart::council_span(data, council, release_date(data))} {width} />
            <h2>{ "Other events" }</h2>
            <p class="events-missing">{ EVENTS_NOT_IN_DATA }</p>
            if !event_list.is_empty() {
                <p class="events-intro">
                    { "Events with no grade: Ofsted's " }<GlossaryTerm slug="focused-visit">{ "focused visits" }</GlossaryTerm>
                    { " and " }<GlossaryTerm slug="monitoring-visit">{ "monitoring visits" }</GlossaryTerm>
                    { ", earlier unannounced inspections, the government's " }
                    <GlossaryTerm slug="improvement-notice">{ "improvement notices" }</GlossaryTerm>{ " and " }
                    <GlossaryTerm slug="statutory-direction">{ "statutory directions" }</GlossaryTerm>{ ", and news reports." }
                </p>
                <ul class="events">
                    { for event_list.iter().map(|e| html! {
                        <li>
                            <span class="event-date">{ &e.date }</span>{ " " }
                            <strong>
                                if let Some(t) = glossary::find(&e.title) {
                                    <GlossaryTerm slug={t.slug}>{ &e.title }</GlossaryTerm>
                                } else { { &e.title } }
                            </strong>
                            if e.priority_action { { " (areas for priority action)" } }
                            if !e.theme.is_empty() { { format!(" · theme: {}", e.theme) } }
                            if let Some(p) = &e.predecessor { { format!(" ({p})") } }
                            if !e.summary.is_empty() { <span class="event-summary">{ &e.summary }</span> }
                            <span class="event-source">
                                { "Source: " }
                                if e.url.is_empty() { { &e.citation } } else { <a href={e.url.clone()} rel="noopener noreferrer">{ &e.citation }</a> }
                            </span>
                        </li>
                    }) }
                </ul>
            }
            <Downloads csv={csv} csv_file={file_name(&[&council.slug, "inspections"], "csv")}
                what={format!("Every inspection of {} on this page, one row per judgement area, and its other events", council.name)}
                chart={Some(chart_export)} />
        </article>
    }
}
