//! The key under a journey chart: each symbol the chart draws, drawn the same way, with what
//! it means (`journeys_core::chart_key` decides which items a chart needs).

use crate::components::journey_chart::{lane_shape, mark_shape};
use journeys_core::chart::JourneyChart;
use journeys_core::chart_key::{key, Symbol};
use journeys_core::model::Scope;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartKeyProps {
    pub chart: Rc<JourneyChart>,
}

#[function_component(ChartKey)]
pub fn chart_key(props: &ChartKeyProps) -> Html {
    let items = key(&props.chart);
    if items.is_empty() {
        return html! {};
    }
    html! {
        <ul class="chart-key" aria-label="Key to the chart">
            { for items.iter().map(|item| html! {
                <li>
                    <svg class="key-symbol" viewBox="0 0 28 20" width="28" height="20" aria-hidden="true">
                        { symbol(item.symbol) }
                    </svg>
                    { item.text }
                </li>
            }) }
        </ul>
    }
}

fn symbol(s: Symbol) -> Html {
    match s {
        // Classes of their own, so that the chart's marks and lane items are only the chart's.
        Symbol::Mark(scope) => html! { <g class="key-mark">{ mark_shape(scope, 14.0, 10.0) }</g> },
        Symbol::Predecessor => {
            html! { <g class="key-mark key-predecessor">{ mark_shape(Scope::WholeService, 14.0, 10.0) }</g> }
        }
        Symbol::Line => html! { <line class="journey-line" x1="1" y1="10" x2="27" y2="10" /> },
        Symbol::DashedLine => html! { <line class="journey-line dashed" x1="1" y1="10" x2="27" y2="10" /> },
        Symbol::Lane(shape) => {
            html! { <g class={classes!("key-lane", shape.class())}>{ lane_shape(shape, 14.0, 10.0) }</g> }
        }
    }
}
