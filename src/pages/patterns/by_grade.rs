//! `/patterns`' "The workforce behind the grades": each DfE rate across councils by the grade
//! of their latest inspection at the time (`journeys_core::indicators::by_grade`), the latest
//! year as a chart with its sentence, every year as a table, all of it as a CSV; said plainly
//! to be an association, not a cause.

use crate::components::downloads::Downloads;
use crate::components::link::use_href;
use crate::components::pattern_charts::{box_chart_view, ChartProps};
use crate::hooks::width::{layout_widths_within, use_width, PATTERN_BOX_MAX};
use journeys_core::indicators::by_grade::chart::box_chart;
use journeys_core::indicators::by_grade::{self, ByGrade, YearGroups, INDICATORS};
use journeys_core::indicators::Indicator;
use journeys_core::route::Route;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct FigureProps {
    indicator: Indicator,
    /// The rows of this figure, oldest year first (the last is charted).
    rows: Rc<Vec<YearGroups>>,
}

#[component(ByGradeFigure)]
fn by_grade_figure(props: &FigureProps) -> Html {
    let chart_box = use_node_ref();
    let width = use_width(chart_box.clone());
    let indicator = props.indicator;
    let Some(latest) = props.rows.last() else {
        return html! {};
    };
    let id = format!("by-grade-{}", indicator.key().replace('_', "-"));
    let label = AttrValue::from(format!(
        "{} in {} by grade: chart. Its figures are in the text and the table.",
        indicator.title(),
        latest.year
    ));
    let charts = layout_widths_within(width, PATTERN_BOX_MAX).into_iter().map(|w| {
        let (class, chart_id) = if width.is_some() {
            (classes!("chart-fit"), format!("{id}-chart"))
        } else {
            (classes!("chart-fit", format!("chart-fit-{w}")), format!("{id}-chart-w{w}"))
        };
        html! {
            <div {class}>
                { box_chart_view(&ChartProps { id: AttrValue::from(chart_id), label: label.clone(), chart: Rc::new(box_chart(latest, w)), chosen: None }) }
            </div>
        }
    });
    let left_out = match (latest.not_inspected, latest.coded) {
        (0, 0) => String::new(),
        (n, c) => {
            let mut parts = Vec::new();
            if n > 0 {
                parts.push(format!(
                    "{} not yet inspected then",
                    journeys_core::text::count(n as usize, "council", "councils")
                ));
            }
            if c > 0 {
                parts.push(format!(
                    "{} whose figure the DfE published as a code",
                    journeys_core::text::count(c as usize, "council", "councils")
                ));
            }
            format!(" Left out: {}.", journeys_core::text::join_and(&parts))
        }
    };
    html! {
        <figure class="pattern-figure by-grade" id={id.clone()}>
            <h3>{ format!("{}, {}", indicator.title(), latest.year) }</h3>
            <figcaption class="pattern-summary">{ by_grade::sentence(latest) }{ left_out }</figcaption>
            <p class="muted">{ indicator.definition() }</p>
            <div class="chart-box pattern-box" ref={chart_box}>{ for charts }</div>
            <details class="table-toggle">
                <summary>{ format!("Show every year of \u{201c}{}\u{201d} by grade as a table", indicator.title()) }</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label={format!("{} by grade, every year", indicator.title())}>
                    <table class="pattern-table">
                        <caption>{ format!("{} of councils by the grade of their latest inspection then", indicator.title()) }</caption>
                        <thead><tr>
                            <th scope="col">{ "Year" }</th><th scope="col">{ "Grade" }</th><th scope="col">{ "Councils" }</th>
                            <th scope="col">{ "Median" }</th><th scope="col">{ "Middle half" }</th><th scope="col">{ "Range" }</th>
                        </tr></thead>
                        <tbody>
                            { for props.rows.iter().rev().flat_map(|r| r.groups.iter().map(move |g| html! {
                                <tr>
                                    <th scope="row">{ r.year }</th>
                                    <td>{ g.grade.label() }</td>
                                    <td>{ g.councils }</td>
                                    <td>{ g.median.text() }</td>
                                    <td>{ format!("{} to {}", g.q1.text(), g.q3.text()) }</td>
                                    <td>{ format!("{} to {}", g.min.text(), g.max.text()) }</td>
                                </tr>
                            })) }
                        </tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub figures: &'static ByGrade,
}

#[component(ByGradeSection)]
pub fn by_grade_section(props: &SectionProps) -> Html {
    let b = props.figures;
    let home = use_href(&Route::Home);
    let csv_href = format!("{}/data/indicators-by-grade.csv", home.trim_end_matches('/'));
    let text = by_grade::csv(b);
    html! {
        <section class="pattern" id="workforce" aria-labelledby="workforce-title">
            <h2 id="workforce-title">{ "The workforce behind the grades" }</h2>
            <p>{ "Each council's figures from the Department for Education, beside the grade of its latest inspection at the \
                  time: on 30 September for the workforce, on 31 March for children looked after. Each row shows the range of \
                  councils' figures (the line), the middle half of them (the box) and the median (the bar, written at the right); \
                  the number of councils behind each row is in brackets." }</p>
            <p class="note"><strong>{ "An association, not a cause. " }</strong>
                { "A figure that differs by grade does not say the figure made the grade: councils judged Inadequate often bring in \
                   agency staff afterwards to recover, the same pressures may lie behind both, and the DfE measures its figures \
                   differently from how Ofsted inspects. The numbers of councils are small, and a council's grade may be years old." }</p>
            <div class="by-grade-figures">
                { for INDICATORS.iter().map(|i| {
                    let rows: Vec<YearGroups> = b.of(*i).cloned().collect();
                    html! { <ByGradeFigure indicator={*i} rows={Rc::new(rows)} /> }
                }) }
            </div>
            <Downloads id="workforce-downloads" level={3} heading="Download \u{201c}The workforce behind the grades\u{201d}"
                csv={Callback::from(move |_| text.clone())} csv_file="council-journeys-patterns-workforce-by-grade.csv"
                what="every year of each figure by grade (councils, lowest, lower quartile, median, upper quartile, highest)"
                note={AttrValue::Static(". The figures are the DfE's (Open Government Licence v3.0); the grades are Ofsted's.")} />
            <p>{ "The same file is published as " }<a href={csv_href} download="">{ "indicators-by-grade.csv" }</a>
                { "; children in need is a count, not a rate, so it is not compared across councils of different sizes." }</p>
        </section>
    }
}
