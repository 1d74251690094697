//! Downloads: a CSV of what the view shows (made by `journeys_core::export`), links to the whole
//! published dataset, and a journey chart as a standalone SVG or PNG. Saving the files is
//! `files`; this is only the section with its buttons.

pub(crate) mod files;

use crate::components::link::use_href;
use files::{save_png, save_text, standalone_svg};
use journeys_core::export::LICENCE;
use journeys_core::journey::release_date;
use journeys_core::route::{with_base, Route};
use journeys_core::text::long_date;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    /// Makes the CSV of what the view shows, when the reader asks for it.
    pub csv: Callback<(), String>,
    pub csv_file: AttrValue,
    /// What the CSV holds, e.g. "the inspections of Leeds shown on this page".
    pub what: AttrValue,
    /// The journey chart to offer as SVG and PNG, if any.
    #[prop_or_default]
    pub chart: Option<ChartExport>,
    /// The section heading's id, unique on a page with several download sections.
    #[prop_or(AttrValue::Static("downloads-title"))]
    pub id: AttrValue,
    /// The section heading, e.g. "Download" or "Download this chart".
    #[prop_or(AttrValue::Static("Download"))]
    pub heading: AttrValue,
    /// Heading level: 2, or 3 inside a section of its own.
    #[prop_or(2)]
    pub level: u8,
    /// What the CSV's columns are, after `what`; by default the inspection files' columns.
    #[prop_or(AttrValue::Static(". The file has the ONS codes and report links; each row's source column names the source and licence."))]
    pub note: AttrValue,
}

/// A chart to export: where it is on the page and the words that travel with it.
#[derive(Clone, PartialEq)]
pub struct ChartExport {
    /// CSS selector of the chart's `<svg>`.
    pub selector: AttrValue,
    pub title: AttrValue,
    /// The chart's text summary, written into the file as its description.
    pub description: AttrValue,
    /// Base of the file names, without extension.
    pub file_stem: AttrValue,
    /// The chart's viewBox size (taken from its geometry: parsing numbers in wasm is costly).
    pub width: f64,
    pub height: f64,
}

#[component(Downloads)]
pub fn downloads(props: &DownloadsProps) -> Html {
    let home = use_href(&Route::Home);
    let data = crate::data::dataset();
    let release = long_date(release_date(data));
    let on_csv = {
        let make = props.csv.clone();
        let file = props.csv_file.to_string();
        Callback::from(move |_: MouseEvent| save_text(&make.emit(()), "text/csv;charset=utf-8", &file))
    };
    let source = format!("{}. Data as of {release}. Council Journeys.", journeys_core::export::source_line());
    let chart_buttons = props.chart.clone().map(|chart| {
        let on_svg = {
            let chart = chart.clone();
            let source = source.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(svg) = standalone_svg(&chart, &source) {
                    save_text(&svg.text, "image/svg+xml;charset=utf-8", &format!("{}.svg", chart.file_stem));
                }
            })
        };
        let on_png = {
            let source = source.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(svg) = standalone_svg(&chart, &source) {
                    save_png(svg, format!("{}.png", chart.file_stem));
                }
            })
        };
        html! {
            <p class="download-chart">
                <button type="button" class="download" onclick={on_svg}>{ "Download the chart as SVG" }</button>
                <button type="button" class="download" onclick={on_png}>{ "Download the chart as PNG" }</button>
            </p>
        }
    });
    html! {
        <section class="downloads" aria-labelledby={props.id.clone()}>
            if props.level == 3 {
                <h3 id={props.id.clone()}>{ props.heading.clone() }</h3>
            } else {
                <h2 id={props.id.clone()}>{ props.heading.clone() }</h2>
            }
            <p>
                <button type="button" class="download" onclick={on_csv}>{ "Download as CSV" }</button>
                { " " }{ props.what.clone() }{ props.note.clone() }
            </p>
            { for chart_buttons }
            <p class="download-all">
                { "The whole dataset: " }
                <a href={with_base(&home, "/data/inspections.csv")} download="">{ "every inspection (CSV)" }</a>
                { " · " }
                <a href={with_base(&home, "/data/dataset.json")} download="">{ "the dataset (JSON)" }</a>
                { format!(". Inspection judgements are Ofsted's, under the {LICENCE}; data as of {release}.") }
            </p>
        </section>
    }
}
