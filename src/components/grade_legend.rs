//! The key to grade colours and the short codes printed in the hex map.

use crate::components::grade_badge::grade_class;
use journeys_core::model::Grade;
use journeys_core::national::grade_code;
use yew::prelude::*;

// A plain function, not a component: it has no state, and a component type costs ~800 B gzip
// of lifecycle code in the wasm.
/// `compact`: one tight line, for embeds.
pub fn grade_legend(compact: bool) -> Html {
    let items: [(Option<Grade>, &str); 6] = [
        (Some(Grade::Outstanding), "Outstanding"),
        (Some(Grade::Good), "Good"),
        (Some(Grade::RequiresImprovement), "Requires improvement (2013 onwards)"),
        (Some(Grade::Adequate), "Adequate (2009–13 scale)"),
        (Some(Grade::Inadequate), "Inadequate"),
        (None, "No graded inspection in this dataset yet"),
    ];
    html! {
        <ul class={classes!("legend", compact.then_some("legend-compact"))} aria-label="Key to grades">
            { for items.iter().map(|(g, text)| html! {
                <li>
                    <span class={classes!("swatch", grade_class(*g))} aria-hidden="true">
                        { grade_code(*g) }
                    </span>
                    { *text }
                </li>
            }) }
        </ul>
    }
}
