//! Embeddable widgets for news articles: a council's journey, a comparison or the national
//! map, without site navigation, with a compact legend, a source line and a link that opens the
//! full view in a new tab. `data=` pins a release; `static` turns interaction off; the widget
//! is pre-rendered, and its page's script (`assets/loader.js`) reports its height to the
//! article and loads the wasm only when the reader reaches for the widget.

use crate::components::fitted_chart::{fitted_chart, FittedChartProps};
use crate::components::grade_legend::grade_legend;
use crate::components::hex_map::HexMapView;
use crate::components::improvement_list::{improvement_list, ImprovementListProps};
use crate::components::inspection_table::{inspection_table, InspectionTableProps};
use crate::components::link::use_href;
use crate::components::link_note::link_note;
use crate::components::small_multiple::SmallMultipleView;
use crate::data::dataset;
use crate::hooks::improvements::use_improvements;
use crate::hooks::title::{use_description, use_title};
use crate::hooks::width::{layout_widths, use_width};
use crate::pages::not_found::unknown_council;
use journeys_core::chart::council_chart;
use journeys_core::chart::JourneyChart;
use journeys_core::compare::selection::{selection_notes, Selection};
use journeys_core::compare::{framework_caveat, small_multiples};
use journeys_core::embed::{as_of, newer_for_widget, pinned_day};
use journeys_core::journey::{event_rows, inspection_rows, inspections, release_date};
use journeys_core::model::Dataset;
use journeys_core::national::{counts_sentence, distribution_by_year, hex_map, since_2026_sentence};
use journeys_core::route::{EmbedOptions, EmbedWidget, PatternChart, Route};
use journeys_core::summary::journey_summary;
use journeys_core::text::{join_names, long_date, page_title, plural};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    pub widget: EmbedWidget,
    pub options: EmbedOptions,
    /// Query parameters of the link that could not be used, for a note.
    #[prop_or_default]
    pub rejected: Vec<(String, String)>,
}

/// What a widget shows, ready to print.
struct Body {
    title: String,
    content: Html,
    /// For the page's `<meta name="description">`.
    description: String,
}

#[component(EmbedPage)]
pub fn embed_page(props: &EmbedProps) -> Html {
    let full = dataset();
    let pinned = pinned_day(full, &props.options);
    let pinned_data = use_memo(pinned, |day| day.map(|d| Rc::new(as_of(full, d))));
    let data: &Dataset = pinned_data.as_ref().as_deref().unwrap_or(full);
    let route = Route::Embed { widget: props.widget.clone(), options: props.options.clone() };
    let full_href = use_href(&route.full_view());
    let chart_box = use_node_ref();
    let width = use_width(chart_box.clone());
    let multiples_width = width.unwrap_or(720.0);
    let is_static = props.options.is_static;
    // Inspections published after a pinned release, which the widget leaves out.
    let newer = pinned.map_or(0, |d| newer_for_widget(full, &props.widget, d));

    // A council's widget with `points` lists what its latest report said must improve, loaded
    // after the widget is on screen (the pre-rendered widget has no options).
    let points_of = match &props.widget {
        EmbedWidget::Council { key } if props.options.points => {
            data.find_council(key).map(|c| c.code.clone())
        }
        _ => None,
    };
    let points = use_improvements(points_of.as_deref().unwrap_or(""), &full.release.to_string());
    let body = match &props.widget {
        EmbedWidget::Council { key } => data.find_council(key).map(|c| {
            let list = inspections(data, c);
            let latest_points = points.filter(|_| points_of.is_some()).and_then(|p| {
                list.iter()
                    .rev()
                    .find_map(|i| match p.listed(i) {
                        journeys_core::improvements::Listed::Points(pts) => Some((*i, pts)),
                        _ => None,
                    })
            });
            let charts: Vec<Rc<JourneyChart>> = layout_widths(width)
                .into_iter()
                .map(|w| Rc::new(council_chart(data, c, release_date(data), w)))
                .collect();
            let rows = inspection_rows(data, c);
            let text = journey_summary(&c.name, &list);
            Body {
                title: format!("{}: children's services inspections", c.name),
                description: text.clone(),
                content: html! {
                    <>
                        <div class="chart-box" ref={chart_box.clone()}>
                            { fitted_chart(&FittedChartProps { id: format!("embed-{}", c.code).into(), charts, measured: width.is_some(),
                                inspections: Rc::new(rows.clone()), events: Rc::new(event_rows(data, c)),
                                summary: format!("Journey chart. {text}").into(), is_static }) }
                        </div>
                        if let Some((i, pts)) = latest_points {
                            <section class="embed-points" aria-label="What the latest report said must improve">
                                <h2>{ format!("What the {} report ({}) said must improve", i.framework.code(), long_date(i.published)) }</h2>
                                { improvement_list(&ImprovementListProps { listed: journeys_core::improvements::Listed::Points(pts), link: data.report_link(i), first: None }) }
                            </section>
                        }
                        if !is_static {
                            <details class="table-toggle">
                                <summary>{ format!("Table of {}'s inspections", c.name) }</summary>
                                { inspection_table(&InspectionTableProps { council: c.name.clone().into(), rows }) }
                            </details>
                        }
                    </>
                },
            }
        }),
        EmbedWidget::Compare { councils } => {
            let selection = Selection::resolve(data, councils);
            let codes = selection.codes.clone();
            let notes = selection_notes(data, &selection);
            let names: Vec<String> =
                codes.iter().filter_map(|c| full.council(c)).map(|c| c.name.clone()).collect();
            Some(Body {
                description: format!("Ofsted judgements over time, side by side: {}.", join_names(&names)),
                title: if names.is_empty() {
                    "Compare councils".to_string()
                } else {
                    format!("Children's services inspections: {}", join_names(&names))
                },
                content: html! {
                    <>
                        { for notes.iter().map(|n| html! { <p class="note">{ n }</p> }) }
                        if codes.is_empty() {
                            <p>{ "This comparison names no council we know." }</p>
                        }
                        if let Some(caveat) = framework_caveat(data, &codes) {
                            <p class="caveat"><strong>{ "Scales differ: " }</strong>{ caveat.text }</p>
                        }
                        <div class="multiples" ref={chart_box.clone()}>
                            { for small_multiples(data, &codes, multiples_width).into_iter().enumerate().map(|(k, m)| html! {
                                <SmallMultipleView multiple={Rc::new(m)} new_tab=true {is_static} help={k == 0} />
                            }) }
                        </div>
                    </>
                },
            })
        }
        EmbedWidget::Patterns { chart, council } => {
            let title = crate::pages::patterns::chart_title(*chart);
            // The page's own figures (computed once) unless the embed is pinned to a release.
            let (pinned, shared);
            let figures: &crate::pages::patterns::Figures = match pinned_data.as_deref() {
                Some(d) => {
                    pinned = crate::pages::patterns::Figures::of(d);
                    &pinned
                }
                None => {
                    shared = crate::pages::patterns::page_figures();
                    &shared
                }
            };
            let chosen = council
                .as_deref()
                .and_then(|k| data.find_council(k))
                .filter(|c| figures.aligned.iter().any(|j| j.council.code == c.code))
                .map(|c| AttrValue::from(c.code.clone()));
            Some(Body {
                title: format!("{title}: national patterns of children's services inspections"),
                description: figures.summary(*chart),
                content: html! {
                    <crate::pages::patterns::PatternFigure chart={*chart} {chosen} data={pinned_data.as_ref().clone()}
                        table={!is_static} />
                },
            })
        }
        EmbedWidget::Map => {
            let day = release_date(data);
            let map = Rc::new(hex_map(data, day));
            let counts = distribution_by_year(data).pop().unwrap_or_default();
            let title =
                format!("Hex map of England's councils by latest overall grade on {}", long_date(day));
            let sentence = format!(
                "On {}: {}.{}",
                long_date(day),
                counts_sentence(&counts),
                since_2026_sentence(&counts)
            );
            Some(Body {
                title: "Children's services in England: every council's latest Ofsted grade".to_string(),
                description: sentence.clone(),
                content: html! {
                    <>
                        <p class="embed-story">{ sentence }</p>
                        <HexMapView {map} {title} new_tab=true {is_static} />
                    </>
                },
            })
        }
    };
    use_title(page_title(body.as_ref().map_or("Council not found", |b| b.title.as_str())));
    use_description(body.as_ref().map(|b| b.description.clone()).unwrap_or_default());
    let notes = link_note(&props.rejected);
    let Some(body) = body else {
        let key = match &props.widget {
            EmbedWidget::Council { key } => key.clone(),
            _ => String::new(),
        };
        return html! {
            <main class="embed" id="main">
                { notes }
                { unknown_council(key.into()) }
            </main>
        };
    };
    html! {
        <main class="embed" id="main">
            <h1 class="embed-title">{ &body.title }</h1>
            { notes }
            if newer > 0 {
                <p class="note embed-newer" role="note">
                    { format!("This shows the data as of {}. Newer inspection data is available ({} more {}). ",
                        long_date(release_date(data)), newer, plural(newer, "inspection", "inspections")) }
                    <a href={full_href.clone()} target="_blank" rel="noopener">{ "See the latest on Council Journeys" }</a>
                </p>
            }
            { body.content }
            // The themes chart shows no grade.
            if !matches!(props.widget, EmbedWidget::Patterns { chart: PatternChart::Themes, .. }) {
                { grade_legend(true) }
            }
            <p class="embed-source">
                { format!("{}. Data as of {}. ", journeys_core::export::source_line(), long_date(release_date(data))) }
                <a href={full_href} target="_blank" rel="noopener">{ "Open the full view on Council Journeys" }</a>
            </p>
        </main>
    }
}
