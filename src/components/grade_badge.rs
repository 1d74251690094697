//! A grade shown in words, with its colour as a second cue (never the only one).

use journeys_core::model::Grade;
use yew::prelude::*;

/// The class that colours a grade (`grade-good`), or `grade-none` for no grade yet; the
/// stylesheet keys every grade colour off it: badges, swatches, bars, hexagons and marks.
pub fn grade_class(grade: Option<Grade>) -> String {
    format!("grade-{}", grade.map_or("none", |g| g.css_key()))
}

/// A plain function, not a component: pages show hundreds of badges (the councils table), and
/// a component instance costs a scope and a scheduler round each, and its type ~800 B of wasm.
pub fn grade_badge(grade: Grade) -> Html {
    let class = classes!("grade", grade_class(Some(grade)));
    html! { <span {class}>{ grade.label() }</span> }
}
