//! Embeddable widgets: a view without site navigation, with a source line and a link that opens
//! the full view in a new tab.

use crate::components::inspection_table::InspectionTable;
use crate::components::link::use_href;
use crate::data::dataset;
use crate::pages::not_found::NotFound;
use crate::pages::{use_title, ComingSoon};
use journeys_core::journey::inspection_rows;
use journeys_core::route::{EmbedOptions, EmbedWidget, Route};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    pub widget: EmbedWidget,
    pub options: EmbedOptions,
}

#[component(EmbedPage)]
pub fn embed_page(props: &EmbedProps) -> Html {
    let route = Route::Embed { widget: props.widget.clone(), options: props.options.clone() };
    let full_href = use_href(&route.full_view());
    let data = dataset();
    use_title("Council Journeys".to_string());
    let body = match &props.widget {
        EmbedWidget::Council { key } => match data.find_council(key) {
            Some(c) => html! {
                <>
                    <h1 class="embed-title">{ &c.name }{ ": children's services inspections" }</h1>
                    <InspectionTable council={c.name.clone()} rows={inspection_rows(data, c)} />
                </>
            },
            None => {
                return html! { <main class="embed"><NotFound path={key.clone()} message={Some(AttrValue::from("We don't know a council with this name or code:"))} /></main> }
            }
        },
        EmbedWidget::Compare { .. } => {
            html! { <><h1 class="embed-title">{ "Compare councils" }</h1><ComingSoon what="an embeddable comparison." /></> }
        }
        EmbedWidget::Map => {
            html! { <><h1 class="embed-title">{ "Children's services in England" }</h1><ComingSoon what="an embeddable map of every council's latest grade." /></> }
        }
    };
    html! {
        <main class="embed" id="main">
            { body }
            <p class="embed-source">
                { format!("Source: Ofsted inspection reports. Data as of {}. ", data.release) }
                <a href={full_href} target="_blank" rel="noopener">{ "Open the full view on Council Journeys" }</a>
            </p>
        </main>
    }
}
