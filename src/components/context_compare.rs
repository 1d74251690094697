//! A comparison's context: the DfE's figures for its councils side by side, each figure in
//! the latest year any of them has (`indicators::words::compare_rows`), with England's, and
//! what the figures are not. The councils' files are fetched as the comparison changes.

use crate::components::context_figures::use_contexts;
use journeys_core::indicators::words::{compare_rows, ABOUT};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareContextProps {
    pub codes: Vec<String>,
    pub names: Vec<String>,
}

#[component(CompareContext)]
pub fn compare_context(props: &CompareContextProps) -> Html {
    let (contexts, failed) = use_contexts(props.codes.clone());
    let loaded: Vec<_> = contexts.iter().flatten().map(|c| c.as_ref()).collect();
    if props.codes.is_empty() {
        return html! {};
    }
    let body = if loaded.len() < props.codes.len() {
        let text = if failed {
            "Some councils' figures could not be loaded."
        } else {
            "Loading the Department for Education's figures…"
        };
        html! { <p class="ctx-loading">{ text }</p> }
    } else {
        let rows = compare_rows(&loaded);
        html! {
            // Scrolls sideways on a phone; focusable so a keyboard can scroll it too.
            <div class="table-wrap" tabindex="0" role="region" aria-label="The DfE's figures for these councils">
                <table class="ctx-compare">
                    <caption>{ "The DfE's figures for these councils, each in the latest year published" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Figure" }</th>
                        <th scope="col">{ "Year" }</th>
                        { for props.names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }
                        <th scope="col">{ "England" }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ r.indicator.title() }</th>
                                <td>{ r.year.map(|y| y.to_string()).unwrap_or_default() }</td>
                                { for r.councils.iter().map(|c| html! { <td>{ c }</td> }) }
                                <td>{ if r.indicator.is_rate() { r.england.clone() } else { format!("{} (a count)", r.england) } }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        }
    };
    html! {
        <section class="context" aria-labelledby="compare-context-title">
            <h2 id="compare-context-title">{ "Context: the workforce and the children behind the grades" }</h2>
            <p class="ctx-about">{ ABOUT[0] }</p>
            { body }
            <p class="ctx-definition">{ "Caseloads: cases per social worker. Leaving, agency and vacancies: percentages of social workers (FTE), \
                at 30 September. Children looked after: per 10,000 children, 31 March. Children in need: a number, 31 March. \
                Source: Department for Education, official statistics, Open Government Licence v3.0." }</p>
        </section>
    }
}
