//! How many councils held each overall grade at the end of each year: one stacked bar a year,
//! with a text summary and the same numbers as a table.

use crate::components::grade_badge::grade_class;
use journeys_core::model::Grade;
use journeys_core::national::{counts_sentence, shown_columns, YearCounts};
use std::rc::Rc;
use yew::prelude::*;

pub struct GradeDistributionProps {
    pub rows: Rc<Vec<YearCounts>>,
    pub summary: AttrValue,
    /// The year the map shows, highlighted here too.
    pub selected: i32,
}

fn grade_name(g: Option<Grade>) -> &'static str {
    g.map_or("Not yet graded", |g| g.label())
}

/// Each grade's segment of a year's bar: grade, count, and where it starts and how wide it is,
/// in percent of the bar.
fn segments(r: &YearCounts) -> Vec<(Option<Grade>, usize, f64, f64)> {
    let total = r.total().max(1) as f64;
    let mut from = 0.0;
    r.entries()
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(g, n)| {
            let width = *n as f64 * 100.0 / total;
            from += width;
            (*g, *n, from - width, width)
        })
        .collect()
}

// A plain function, not a component: it has no state, and a component type costs ~800 B gzip
// of lifecycle code in the wasm.
pub fn grade_distribution(props: &GradeDistributionProps) -> Html {
    let rows = &props.rows;
    html! {
        <div class="distribution">
            <p class="chart-summary">{ props.summary.clone() }</p>
            <ol class="dist-bars" aria-hidden="true">
                { for rows.iter().map(|r| html! { <DistBar key={r.year} row={r.clone()} selected={r.year == props.selected} /> }) }
            </ol>
            <DistTable rows={rows.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct DistBarProps {
    row: YearCounts,
    selected: bool,
}

/// One year's bar: a change of the selected year re-renders only the two bars it moves between.
#[component(DistBar)]
fn dist_bar(props: &DistBarProps) -> Html {
    let r = &props.row;
    let class = classes!("dist-row", props.selected.then_some("selected"));
    html! {
        <li {class} title={format!("{}: {}", r.year, counts_sentence(r))}>
            <span class="dist-year">{ r.year }</span>
            // Percentages of the bar, as SVG geometry: a width in a `style` would need an
            // inline style, which the Content Security Policy forbids, and a DOM property set
            // while rendering cannot be pre-rendered. Percent units keep the numbers' text
            // undistorted.
            <svg class="dist-bar" width="100%" height="20" focusable="false">
                { for segments(r).into_iter().map(|(g, n, from, width)| html! {
                    <g class={classes!("dist-seg", grade_class(g))}>
                        <rect x={format!("{from:.3}%")} y="0" width={format!("{width:.3}%")} height="100%" />
                        if width >= 6.0 {
                            <text x={format!("{:.3}%", from + width / 2.0)} y="50%" dy="0.35em"
                                text-anchor="middle">{ n }</text>
                        }
                    </g>
                }) }
            </svg>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct DistTableProps {
    rows: Rc<Vec<YearCounts>>,
}

/// The same numbers as a table, which no choice of year changes.
#[component(DistTable)]
fn dist_table(props: &DistTableProps) -> Html {
    let rows = &props.rows;
    let columns = shown_columns(rows);
    html! {
        <details class="table-toggle">
            <summary>{ "Show the numbers as a table" }</summary>
            <div class="table-scroll">
                <table class="dist-table">
                    <caption>{ "Councils by overall grade at the end of each year (this year: at the latest data)" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Year" }</th>
                        { for columns.iter().map(|g| html! { <th scope="col">{ grade_name(*g) }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ r.year }</th>
                                { for columns.iter().map(|g| {
                                    let n = r.entries().iter().find(|(h, _)| h == g).map_or(0, |(_, n)| *n);
                                    html! { <td>{ n }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}
