//! A grade shown in words, with its colour as a second cue (never the only one).

use journeys_core::model::Grade;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GradeBadgeProps {
    pub grade: Grade,
}

/// The class that colours a grade (`grade-good`), or `grade-none` for no grade yet; the
/// stylesheet keys every grade colour off it: badges, swatches, bars, hexagons and marks.
pub fn grade_class(grade: Option<Grade>) -> String {
    format!("grade-{}", grade.map_or("none", |g| g.css_key()))
}

#[component(GradeBadge)]
pub fn grade_badge(props: &GradeBadgeProps) -> Html {
    let class = classes!("grade", grade_class(Some(props.grade)));
    html! { <span {class}>{ props.grade.label() }</span> }
}
