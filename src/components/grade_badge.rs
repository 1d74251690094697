//! A grade shown in words, with its colour as a second cue (never the only one).

use journeys_core::Grade;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GradeBadgeProps {
    pub grade: Grade,
}

#[component(GradeBadge)]
pub fn grade_badge(props: &GradeBadgeProps) -> Html {
    let class = classes!("grade", format!("grade-{}", props.grade.css_key()));
    html! { <span {class}>{ props.grade.label() }</span> }
}
