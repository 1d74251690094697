//! A curated story told step by step beside a journey chart: each press of "Next" reveals the
//! next year, with its short, attributed quotations; then questions for a lesson. All steps
//! show when printed.

use journeys_core::lessons::Story;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryStepsProps {
    pub story: &'static Story,
}

#[component(StorySteps)]
pub fn story_steps(props: &StoryStepsProps) -> Html {
    let story = props.story;
    let total = story.steps.len();
    let shown = use_state_eq(|| 1usize);
    let next = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set((*shown + 1).min(total)))
    };
    let all = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(total))
    };
    html! {
        <section class="curated-story" aria-labelledby="curated-story-title">
            <h2 id="curated-story-title">{ story.title }</h2>
            <ol class="story-steps">
                { for story.steps.iter().enumerate().map(|(k, step)| html! {
                    <li class={classes!("story-step", (k >= *shown).then_some("later"))} id={format!("story-step-{k}")}>
                        <h3>{ step.heading }</h3>
                        <p>{ step.summary }</p>
                        { for step.quotes.iter().map(|q| html! {
                            <figure class="quote">
                                <blockquote><p>{ format!("“{}”", q.text) }</p></blockquote>
                                <figcaption>{ format!("{}. ", q.who) }<cite>{ q.source }</cite></figcaption>
                            </figure>
                        }) }
                    </li>
                }) }
            </ol>
            if *shown < total {
                <p class="story-controls">
                    <button type="button" class="story-next" onclick={next}
                        aria-controls={format!("story-step-{}", *shown)}>
                        { format!("Next: {}", story.steps[*shown].heading) }
                    </button>
                    <button type="button" class="story-all" onclick={all}>{ "Show the whole story" }</button>
                </p>
            }
            <p class="visually-hidden" aria-live="polite">
                { format!("Showing {} of {} parts of the story.", *shown, total) }
            </p>
            <h3>{ "Questions for discussion" }</h3>
            <ol class="questions">
                { for story.questions.iter().map(|q| html! { <li>{ *q }</li> }) }
            </ol>
        </section>
    }
}
