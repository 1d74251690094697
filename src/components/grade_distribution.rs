//! How many councils held each overall grade at the end of each year: one stacked bar a year,
//! with a text summary and the same numbers as a table.

use crate::components::grade_badge::grade_class;
use journeys_core::national::{counts_sentence, shown_columns, YearCounts};
use journeys_core::Grade;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GradeDistributionProps {
    pub rows: Rc<Vec<YearCounts>>,
    pub summary: AttrValue,
    /// The year the map shows, highlighted here too.
    pub selected: i32,
}

fn grade_name(g: Option<Grade>) -> &'static str {
    g.map_or("Not yet graded", |g| g.label())
}

#[component(GradeDistribution)]
pub fn grade_distribution(props: &GradeDistributionProps) -> Html {
    let rows = &props.rows;
    let columns = shown_columns(rows);
    html! {
        <div class="distribution">
            <p class="chart-summary">{ props.summary.clone() }</p>
            <ol class="dist-bars" aria-hidden="true">
                { for rows.iter().map(|r| {
                    let total = r.total().max(1) as f64;
                    let class = classes!("dist-row", (r.year == props.selected).then_some("selected"));
                    html! {
                        <li {class} title={format!("{}: {}", r.year, counts_sentence(r))}>
                            <span class="dist-year">{ r.year }</span>
                            <span class="dist-bar">
                                { for r.entries().iter().filter(|(_, n)| *n > 0).map(|(g, n)| html! {
                                    // The width is set as a DOM property (the CSSOM), not a `style`
                                    // attribute: the Content Security Policy allows no inline styles.
                                    <span class={classes!("dist-seg", grade_class(*g))}
                                        ~style={format!("width:{:.3}%", *n as f64 * 100.0 / total)}>
                                        if *n as f64 / total >= 0.06 { { n } }
                                    </span>
                                }) }
                            </span>
                        </li>
                    }
                }) }
            </ol>
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
        </div>
    }
}
