//! The SVG shapes of a journey chart's marks and of the items on its events lane, shared by
//! the chart and by its key, which draws the same shapes small.

use journeys_core::chart::LaneShape;
use journeys_core::model::Scope;
use yew::prelude::*;

/// A coordinate as the chart prints it (`journeys_core::chart::coord`).
pub use journeys_core::chart::coord as f;

fn diamond(x: f64, y: f64, r: f64) -> String {
    format!("M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z", y - r, x + r, y + r, x - r)
}

/// The shape of an item on the events lane, centred on (x, y).
pub fn lane_shape(shape: LaneShape, x: f64, y: f64) -> Html {
    match shape {
        LaneShape::Inspection => html! { <path class="shape" d={diamond(x, y, 8.0)} /> },
        LaneShape::Notice => {
            html! { <rect class="shape" x={f(x - 6.0)} y={f(y - 6.0)} width="12" height="12" /> }
        }
        LaneShape::News => {
            html! { <path class="shape" d={format!("M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z", y - 8.0, x + 7.0, y + 6.0, x - 7.0, y + 6.0)} /> }
        }
        LaneShape::Visit => html! { <circle class="shape" cx={f(x)} cy={f(y)} r="5" /> },
    }
}

/// A graded mark centred on (x, y): a circle for an inspection of the whole service, a
/// diamond for child protection only, a square for looked after children only.
pub fn mark_shape(scope: Scope, x: f64, y: f64) -> Html {
    match scope {
        Scope::WholeService => html! { <circle class="dot" cx={f(x)} cy={f(y)} r="7" /> },
        Scope::ChildProtection => html! { <path class="dot" d={diamond(x, y, 8.5)} /> },
        Scope::LookedAfter => {
            html! { <rect class="dot" x={f(x - 6.5)} y={f(y - 6.5)} width="13" height="13" /> }
        }
    }
}
