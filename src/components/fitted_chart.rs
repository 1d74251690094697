//! A council's journey chart laid out for its box: every layout while the box is unmeasured
//! (the stylesheet's container queries show the one that fits), then only the measured one
//! (`hooks::width`). The council page and the council embed both print it.

use crate::components::journey_chart::JourneyChartView;
use journeys_core::chart::JourneyChart;
use journeys_core::journey::{EventRow, InspectionRow};
use std::rc::Rc;
use yew::prelude::*;

pub struct FittedChartProps {
    /// The chart's element id once measured; each unmeasured layout adds its width to it,
    /// so the ids in the page stay unique.
    pub id: AttrValue,
    /// The chart at each width `hooks::width::layout_widths` gave.
    pub charts: Vec<Rc<JourneyChart>>,
    /// Whether the box has been measured (then `charts` holds the one layout for it).
    pub measured: bool,
    pub inspections: Rc<Vec<InspectionRow>>,
    pub events: Rc<Vec<EventRow>>,
    pub summary: AttrValue,
    pub is_static: bool,
}

pub fn fitted_chart(props: &FittedChartProps) -> Html {
    html! {
        { for props.charts.iter().map(|chart| {
            let (class, id) = if props.measured {
                (classes!("chart-fit"), props.id.to_string())
            } else {
                (classes!("chart-fit", format!("chart-fit-{}", chart.width)), format!("{}-w{}", props.id, chart.width))
            };
            html! {
                <div {class}>
                    <JourneyChartView {id} chart={chart.clone()} inspections={props.inspections.clone()}
                        events={props.events.clone()} summary={props.summary.clone()} is_static={props.is_static} />
                </div>
            }
        }) }
    }
}
