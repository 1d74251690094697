//! The journey in words: the generated summary with the council's current standing (its
//! latest grade, what that grade means and what usually happens next) above the chart; under
//! the chart, a sentence a report on what inspectors asked the council to improve (from the
//! points' themes), and the journey measures as figure cards.

use crate::components::grade_badge::grade_badge;
use crate::components::link::AppLink;
use journeys_core::route::{AboutPage, Route};
use journeys_core::summary::Measures;
use yew::prelude::*;

pub struct StoryProps {
    pub story: AttrValue,
    pub measures: Measures,
    /// For an abolished council, when it ended and who took over (in place of what usually
    /// happens next, which no longer applies).
    pub ended: Option<AttrValue>,
}

/// The story goes on under the chart: what each report asked for. Under it, not above, so a
/// phone's first screen keeps the grades and the journey itself.
///
/// `asked`: what each report asked the council to improve, a sentence a report
/// (`journeys_core::improvements::story_sentences`); empty before the points load.
pub fn story_asked(asked: &[String]) -> Html {
    if asked.is_empty() {
        return html! {};
    }
    html! {
        <section class="story-more" aria-label="What each report asked for">
            <p class="story-asked">{ asked.join(" ") }</p>
        </section>
    }
}

/// The summary sentence and the current standing, at the top of a council page.
pub fn story(props: &StoryProps) -> Html {
    let m = &props.measures;
    html! {
        <section class="story" aria-label="The journey in words">
            <p class="story-text">{ props.story.clone() }</p>
            <div class="standing">
                <p class="standing-grade">
                    <span class="standing-label">{ if props.ended.is_some() { "Last overall grade: " } else { "Latest overall grade: " } }</span>
                    if let Some((g, when)) = &m.current {
                        { grade_badge(*g) }<span class="measure-note">{ format!(" inspected {when}") }</span>
                    } else { { "None yet" } }
                </p>
                if let Some(note) = &m.current_note { <p class="grade-since">{ note }</p> }
                if let Some(ended) = &props.ended {
                    <p class="grade-meaning">{ ended.clone() }</p>
                } else if let Some((g, _)) = &m.current {
                    <p class="grade-meaning">
                        { format!("{} ", g.meaning_and_next()) }
                        <AppLink to={Route::About(AboutPage::Grades)}>{ "What the grades mean" }</AppLink>
                    </p>
                }
            </div>
        </section>
    }
}

/// The journey's figures as cards: number of inspections, time from Inadequate to Good, the
/// biggest change.
pub fn measure_cards(m: &Measures) -> Html {
    html! {
        <dl class="measures" aria-label="Journey in figures">
            <div><dt>{ "Graded inspections" }</dt><dd>{ m.inspections }</dd></div>
            <div><dt>{ "From first Inadequate to Good or better" }</dt><dd>{ &m.inadequate_to_good }</dd></div>
            <div><dt>{ "Biggest change between two inspections" }</dt><dd>{ m.biggest_change.clone().unwrap_or_else(|| "No change of grade".into()) }</dd></div>
        </dl>
    }
}
