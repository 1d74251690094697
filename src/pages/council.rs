//! A council's page: who it is, its inspections and its other events. The journey chart and
//! the generated story come with the journey work.

use crate::components::inspection_table::InspectionTable;
use crate::components::link::AppLink;
use crate::data::dataset;
use crate::pages::not_found::NotFound;
use crate::pages::{use_title, ComingSoon};
use journeys_core::journey::{event_rows, inspection_rows};
use journeys_core::route::Route;
use journeys_core::text::long_date;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CouncilPageProps {
    /// An ONS code or slug, as in the URL.
    pub key_or_code: AttrValue,
}

#[component(CouncilPage)]
pub fn council_page(props: &CouncilPageProps) -> Html {
    let data = dataset();
    let council = data.find_council(&props.key_or_code);
    use_title(match council {
        Some(c) => format!("{} – Council Journeys", c.name),
        None => "Council not found – Council Journeys".to_string(),
    });
    let Some(council) = council else {
        return html! {
            <NotFound path={props.key_or_code.clone()} message={Some(AttrValue::from("We don't know a council with this name or code:"))} />
        };
    };
    let rows = inspection_rows(data, council);
    let events = event_rows(data, council);
    // Councils of the dataset get a link; former councils with no inspection of their own are
    // named with the date they were abolished.
    let links = |codes: &Vec<String>| -> Html {
        html! { <>{ for codes.iter().map(|code| match (data.council(code), data.former_council(code)) {
            (Some(c), _) => html! {
                <li><AppLink to={Route::Council { key: c.code.clone(), present: false }}>{ &c.name }</AppLink></li>
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
            <ComingSoon what="the journey chart and a plain-English story of this council's inspections." />
            <h2>{ "Inspections" }</h2>
            <InspectionTable council={council.name.clone()} rows={rows} />
            if !events.is_empty() {
                <h2>{ "Other events" }</h2>
                <ul class="events">
                    { for events.iter().map(|e| html! {
                        <li>
                            <span class="event-date">{ &e.date }</span>{ " " }
                            <strong>{ &e.title }</strong>
                            if e.priority_action { { " (areas for priority action)" } }
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
        </article>
    }
}
