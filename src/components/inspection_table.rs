//! The table of a council's inspections: every judgement area, dates and the report link.
//! It is also the text alternative of the journey chart.

use crate::components::grade_badge::grade_badge;
use crate::components::improvement_list::{improvement_list, ImprovementListProps};
use crate::components::report_link::{report_link_view, Props as ReportLinkProps};
use journeys_core::improvements::Listed;
use journeys_core::journey::InspectionRow;
use yew::prelude::*;

pub struct InspectionTableProps {
    pub council: AttrValue,
    pub rows: Vec<InspectionRow>,
}

pub fn inspection_table(props: &InspectionTableProps) -> Html {
    if props.rows.is_empty() {
        return html! { <p>{ "No graded inspection of this council is in the data." }</p> };
    }
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={format!("Inspections of {}", props.council)}>
            <table class="inspections">
                <caption>{ format!("Graded inspections of {}, oldest first", props.council) }</caption>
                <colgroup><col class="c-insp" /><col class="c-judge" /><col class="c-report" /></colgroup>
                <thead>
                    <tr>
                        <th scope="col">{ "Inspection" }</th>
                        <th scope="col">{ "Judgements" }</th>
                        <th scope="col">{ "Report" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.rows.iter().map(row) }
                </tbody>
            </table>
        </div>
    }
}

fn row(r: &InspectionRow) -> Html {
    html! {
        <tr>
            <th scope="row">
                <span class="insp-dates">{ &r.heading }</span>
                if !r.dated { <span class="insp-kind">{ &r.dates }</span> }
                <span class="insp-kind">{ format!("{} · {}", r.framework, r.kind) }</span>
                if let Some(p) = &r.predecessor {
                    <span class="insp-predecessor">{ format!("Inspection of {p} (predecessor council)") }</span>
                }
            </th>
            <td>
                <dl class="judgements">
                    { for r.judgements.iter().map(|(area, grade)| html! {
                        <div><dt>{ *area }</dt><dd>{ grade_badge(*grade) }</dd></div>
                    }) }
                </dl>
                if let Some(listed) = &r.listed {
                    <details class="improve">
                        <summary>{ match listed {
                            Listed::Points(p) => format!("What the report said must improve ({})", p.len()),
                            _ => "What the report said must improve".to_string(),
                        } }</summary>
                        { improvement_list(&ImprovementListProps { listed: listed.clone(), link: r.link.clone(), first: None }) }
                    </details>
                }
            </td>
            <td>
                { report_link_view(&ReportLinkProps { link: r.link.clone(), citation: r.citation.clone(), report_text: "Ofsted report".into() }) }
                <span class="insp-published">{ format!("Published {}", r.published) }</span>
            </td>
        </tr>
    }
}
