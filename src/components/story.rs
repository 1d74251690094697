//! The journey in words: the generated summary and the journey measures.

use crate::components::grade_badge::GradeBadge;
use journeys_core::story::Measures;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub story: AttrValue,
    pub measures: Measures,
}

#[component(Story)]
pub fn story(props: &StoryProps) -> Html {
    let m = &props.measures;
    html! {
        <section class="story" aria-label="The journey in words">
            <p class="story-text">{ props.story.clone() }</p>
            <dl class="measures">
                <div>
                    <dt>{ "Latest overall grade" }</dt>
                    <dd>
                        if let Some((g, when)) = &m.current {
                            <GradeBadge grade={*g} /><span class="measure-note">{ format!(" inspected {when}") }</span>
                            if let Some(note) = &m.current_note { <span class="grade-since">{ note }</span> }
                        } else { { "None yet" } }
                    </dd>
                </div>
                <div><dt>{ "Graded inspections" }</dt><dd>{ m.inspections }</dd></div>
                <div><dt>{ "From first Inadequate to Good or better" }</dt><dd>{ &m.inadequate_to_good }</dd></div>
                <div><dt>{ "Biggest change between two inspections" }</dt><dd>{ m.biggest_change.clone().unwrap_or_else(|| "No change of grade".into()) }</dd></div>
            </dl>
        </section>
    }
}
