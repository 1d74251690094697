//! Councils side by side: small multiples of their journeys on one time axis, each labelled
//! directly, with table alternatives; add with the council search, remove with a button;
//! presets; a caveat when frameworks with different scales are compared; the area matrix.
//! The URL is the state: every change pushes a new `/compare?la=...`.

use crate::components::area_matrix::{area_matrix, AreaMatrixProps};
use crate::components::context_compare::CompareContext;
use crate::components::downloads::Downloads;
use crate::components::embed_builder::EmbedBuilder;
use crate::components::glossary_term::GlossaryTerm;
use crate::components::grade_badge::{grade_badge, grade_class};
use crate::components::link::AppLink;
use crate::components::search::CouncilSearch;
use crate::components::small_multiple::ComparedCouncil;
use crate::data::dataset;
use crate::hooks::title::use_title;
use crate::hooks::width::use_width;
use journeys_core::compare::presets::{inadequate_at_first_sif, matching_preset_with, presets_for_with};
use journeys_core::compare::selection::{add, remove, selection_notes, Selection};
use journeys_core::compare::{
    download_what, framework_caveat, group_heading_with, latest_grades, shared_span,
};
use journeys_core::export::{file_name, journeys_csv};
use journeys_core::matrix::comparison_matrix;
use journeys_core::route::{council_link, EmbedWidget, Route, MAX_COMPARE};
use journeys_core::text::{join_names, page_title};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::AnyRoute;

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub councils: Vec<String>,
}

fn go(navigator: &Option<Navigator>, codes: Vec<String>) {
    if let Some(nav) = navigator {
        nav.push(&AnyRoute::new(Route::Compare { councils: codes, present: false }.to_url()));
    }
}

#[component(ComparePage)]
pub fn compare_page(props: &ComparePageProps) -> Html {
    let data = dataset();
    let navigator = use_navigator();
    let selection = Selection::resolve(data, &props.councils);
    let codes = selection.codes.clone();
    let names: Vec<String> = codes.iter().filter_map(|c| data.council(c)).map(|c| c.name.clone()).collect();
    use_title(if names.is_empty() {
        page_title("Compare councils")
    } else {
        page_title(&format!("Compare {}", join_names(&names)))
    });
    // Notes on what the URL asked for but the page could not show. They outlive the URL
    // clean-up below, and are replaced by the next add or remove.
    let found = selection_notes(data, &selection);
    // Cloned for the state on the first render only.
    let notes = use_state_eq(|| found.clone());
    {
        let navigator = navigator.clone();
        let notes = notes.clone();
        let asked = Route::Compare { councils: props.councils.clone(), present: false }.to_url();
        let canonical = selection.route(false).to_url();
        use_effect_with(asked.clone(), move |asked| {
            if !found.is_empty() {
                notes.set(found);
            }
            if *asked != canonical {
                if let Some(nav) = &navigator {
                    nav.replace(&AnyRoute::new(canonical));
                }
            }
        });
    }
    let on_pick = {
        let navigator = navigator.clone();
        let notes = notes.clone();
        let codes = codes.clone();
        Callback::from(move |code: String| match add(data, &codes, &code) {
            Ok(new) => {
                notes.set(Vec::new());
                go(&navigator, new);
            }
            Err(refused) => {
                let name = data.council(&code).map_or(code.clone(), |c| c.name.clone());
                notes.set(vec![refused.message(&name)]);
            }
        })
    };
    let remove_one = |code: String, name: String| {
        let navigator = navigator.clone();
        let notes = notes.clone();
        let codes = codes.clone();
        Callback::from(move |_: MouseEvent| {
            notes.set(vec![format!("{name} was removed from the comparison.")]);
            go(&navigator, remove(&codes, &code));
            // The button is gone; keep keyboard users in the list rather than at the top.
            if let Some(el) = gloo::utils::document().get_element_by_id("compare-selected") {
                use wasm_bindgen::JsCast;
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        })
    };

    // What the page derives from its councils, once for each list of them: a render for
    // another reason (a note, the measured width) computes none of it again.
    // The group of the councils judged Inadequate at their first SIF inspection depends on the
    // data alone: worked out once for the page, not again for every list of councils. The
    // preset the comparison matches gives both its heading and its note.
    let sif = use_memo((), |_| inadequate_at_first_sif(data));
    let matching = use_memo(codes.clone(), |codes| matching_preset_with(data, codes, &sif));
    let heading =
        use_memo(codes.clone(), |codes| group_heading_with(data, codes, matching.as_ref().as_ref()));
    let group_note = matching.as_ref().as_ref().and_then(|p| p.note.as_ref());
    let latest = use_memo(codes.clone(), |codes| latest_grades(data, codes));
    let chart_box = use_node_ref();
    let width = use_width(chart_box.clone()).unwrap_or(720.0);
    let span = *use_memo(codes.clone(), |codes| shared_span(data, codes));
    let caveat = use_memo(codes.clone(), |codes| framework_caveat(data, codes));
    let presets = use_memo(codes.clone(), |codes| presets_for_with(data, codes, &sif));
    // The matrix in the `Rc` the area matrix takes, made once for each list of councils.
    let matrix = use_memo(codes.clone(), |codes| {
        comparison_matrix(data, codes).map(|m| (Rc::new(m.matrix), AttrValue::from(m.caption), m.by_council))
    });

    let csv = {
        let codes = codes.clone();
        Callback::from(move |_: ()| journeys_csv(data, &codes))
    };
    let slugs: Vec<&str> = codes.iter().filter_map(|c| data.council(c)).map(|c| c.slug.as_str()).collect();
    let csv_file = file_name(&[&["compare"], slugs.as_slice()].concat(), "csv");
    html! {
        <article class="compare" aria-labelledby="compare-title">
            <h1 id="compare-title">
                if !codes.is_empty() {
                    <span class="eyebrow">{ "Compare councils" }<span class="visually-hidden">{ ": " }</span></span>
                }
                { &*heading }
            </h1>
            if codes.is_empty() {
                <p class="lede">{ format!("Put up to {MAX_COMPARE} councils' journeys side by side on one time axis.") }</p>
            }
            // What was left out is said here, above the charts, where the reader looks first.
            <div class="compare-notes" role="status" aria-live="polite">
                { for notes.iter().map(|n| html! { <p class="note">{ n }</p> }) }
                if let Some(n) = group_note { <p class="note group-note">{ n }</p> }
            </div>
            if !latest.is_empty() {
                <section class="compare-summary" aria-labelledby="compare-summary-title">
                    <h2 id="compare-summary-title" class="visually-hidden">{ "Latest overall grades" }</h2>
                    <ul>
                        { for latest.iter().map(|g| html! {
                            <li key={g.slug.as_str()}>
                                <AppLink to={council_link(&g.slug)}>{ &g.name }</AppLink>
                                { " " }
                                if let Some(grade) = g.grade {
                                    { grade_badge(grade) }
                                } else {
                                    <span class={classes!("grade", grade_class(None))}>{ &g.words }</span>
                                }
                                if let Some(y) = g.year { <span class="measure-note">{ format!(" {y}") }</span> }
                                if let Some(n) = &g.note { <span class="measure-note">{ format!(" {n}") }</span> }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <div class="compare-controls">
                <div class="compare-add">
                    if codes.len() < MAX_COMPARE {
                        <CouncilSearch id="compare-search" label="Add a council" on_pick={on_pick} />
                    } else {
                        <p>{ format!("This comparison is full ({MAX_COMPARE} councils). Remove one to add another.") }</p>
                    }
                </div>
                <h2 id="compare-selected" tabindex="-1">{ format!("Councils in this comparison ({})", codes.len()) }</h2>
                if codes.is_empty() {
                    <p>{ "None yet. Add a council with the search above, or start from a group below." }</p>
                } else {
                    <ul class="compare-selected">
                        { for codes.iter().filter_map(|c| data.council(c)).map(|c| html! {
                            <li key={c.code.as_str()}>
                                <AppLink to={council_link(&c.slug)}>{ &c.name }</AppLink>
                                <button type="button" class="remove" onclick={remove_one(c.code.clone(), c.name.clone())}
                                    aria-label={format!("Remove {}", c.name)}>{ "Remove" }</button>
                            </li>
                        }) }
                    </ul>
                }
                <details class="presets" open={codes.is_empty()}>
                    <summary>{ "Start from a group of councils" }</summary>
                    <ul>
                        { for presets.iter().map(|p| html! {
                            <li>
                                <AppLink to={p.route()}>{ &p.title }</AppLink>
                                if let Some(note) = &p.note { <span class="preset-note">{ note }</span> }
                            </li>
                        }) }
                    </ul>
                </details>
            </div>
            if let Some(caveat) = (*caveat).clone() {
                <p class="caveat"><strong>{ "Scales differ: " }</strong>{ caveat.text }
                    if caveat.adequate_and_requires_improvement {
                        { " What " }<GlossaryTerm slug="adequate">{ "Adequate" }</GlossaryTerm>{ " and " }
                        <GlossaryTerm slug="requires-improvement">{ "Requires improvement" }</GlossaryTerm>{ " meant." }
                    }
                </p>
            }
            if !codes.is_empty() {
                <p class="present-links">
                    <AppLink to={selection.route(true)}>{ "Present this comparison in class" }</AppLink>
                </p>
                <EmbedBuilder widget={EmbedWidget::Compare { councils: codes.clone() }} what="comparison"
                    title={format!("Children's services inspections: {}", join_names(&names))} />
            }
            <div class="multiples" ref={chart_box}>
                { for codes.iter().enumerate().map(|(k, code)| html! {
                    <ComparedCouncil key={code.as_str()} code={code.clone()} {span} {width} help={k == 0} />
                }) }
            </div>
            if let Some(m) = &*matrix {
                <h2>{ "Judgement areas" }</h2>
                { area_matrix(&AreaMatrixProps { matrix: m.0.clone(), caption: m.1.clone(), by_council: m.2 }) }
            }
            if !codes.is_empty() {
                <CompareContext codes={codes.clone()} names={names.clone()} />
                <Downloads {csv} {csv_file} what={download_what(codes.len())} />
            }
        </article>
    }
}
