//! Presentation (classroom) mode, `/council/<key>?present`: the journey chart filling the
//! screen in large type and high contrast, revealed one graded inspection at a time with the
//! arrow keys, Page Up/Down (presentation clickers), Space or the buttons; Escape leaves.
//! A comparison, `/compare?la=...&present`, is revealed a year at a time. Steps and their
//! words come from `journeys_core::present`; each inspection's slide quotes what its report
//! said must improve (its first points, and how many more), in a box of its own that scrolls
//! rather than run off the screen.

use crate::components::improvement_list::{improvement_list, ImprovementListProps};
use crate::components::journey_chart::JourneyChartView;
use crate::components::link::use_href;
use crate::data::dataset;
use crate::hooks::improvements::use_improvements;
use crate::hooks::title::use_title;
use crate::hooks::width::use_width;
use crate::pages::not_found::unknown_council;
use gloo::events::{EventListener, EventListenerOptions};
use journeys_core::chart::{council_chart, reveal};
use journeys_core::compare::selection::Selection;
use journeys_core::compare::small_multiples;
use journeys_core::journey::{event_rows, inspection_rows, inspections, release_date};
use journeys_core::present::{compare_step, compare_years, present_steps, reveal_step, reveal_to_year};
use journeys_core::route::Route;
use journeys_core::text::{join_names, page_title};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::AnyRoute;

#[derive(Properties, PartialEq)]
pub struct PresentProps {
    pub key_or_code: AttrValue,
}

/// Keys work anywhere on the page (a clicker sends Page Down to whatever has focus): next,
/// previous, first, last; Escape leaves for `leave`. Steps count from 1 to `total`.
#[hook]
fn use_step_keys(shown: UseStateHandle<usize>, total: usize, leave: String) {
    let navigator = use_navigator();
    use_effect_with((*shown, total), move |(now, total)| {
        let (now, total) = (*now, *total);
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
                if e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                let next = match e.key().as_str() {
                    "ArrowRight" | "ArrowDown" | "PageDown" | " " => Some((now + 1).min(total)),
                    "ArrowLeft" | "ArrowUp" | "PageUp" => Some(now.saturating_sub(1)),
                    "Home" => Some(1),
                    "End" => Some(total),
                    "Escape" => {
                        if let Some(nav) = &navigator {
                            nav.push(&AnyRoute::new(leave.clone()));
                        }
                        None
                    }
                    _ => return,
                };
                e.prevent_default();
                if let Some(n) = next {
                    shown.set(n.max(1));
                }
            });
        move || drop(listener)
    });
}

/// Full screen for the projector: the whole page, so the browser's own bars go too. The label
/// follows the browser's state (F11 or Escape change it from outside the page as well).
#[component(FullScreenButton)]
fn full_screen_button() -> Html {
    let on = use_state_eq(|| false);
    {
        let on = on.clone();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let listener = EventListener::new(&document, "fullscreenchange", move |_| {
                on.set(gloo::utils::document().fullscreen_element().is_some())
            });
            move || drop(listener)
        });
    }
    let onclick = {
        let on = *on;
        Callback::from(move |_: MouseEvent| {
            let document = gloo::utils::document();
            if on {
                document.exit_fullscreen();
            } else if let Some(root) = document.document_element() {
                let _ = root.request_fullscreen();
            }
        })
    };
    html! {
        <button type="button" class="present-full" aria-pressed={on.to_string()} {onclick}>
            { if *on { "Leave full screen" } else { "Full screen" } }
        </button>
    }
}

/// Previous, Next, Full screen and Leave, for both presentations.
fn controls(
    shown: &UseStateHandle<usize>,
    now: usize,
    total: usize,
    leave_href: String,
    leave: Callback<MouseEvent>,
) -> Html {
    let go = |to: usize| {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(to.max(1)))
    };
    html! {
        <>
            <nav class="present-controls" aria-label="Presentation">
                <button type="button" onclick={go(now.saturating_sub(1))} aria-disabled={(now <= 1).to_string()}>{ "← Previous" }</button>
                <button type="button" onclick={go((now + 1).min(total.max(1)))} aria-disabled={(now >= total).to_string()}>{ "Next →" }</button>
                <FullScreenButton />
                <a href={leave_href} onclick={leave}>{ "Leave presentation (Esc)" }</a>
            </nav>
            <p class="present-help">{ "Arrow keys, Page Up and Page Down, or Space move between inspections." }</p>
        </>
    }
}

/// A click on "Leave" that follows the link inside the app.
fn leave_click(navigator: Option<Navigator>, url: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        if let Some(nav) = &navigator {
            e.prevent_default();
            nav.push(&AnyRoute::new(url.clone()));
        }
    })
}

#[component(PresentPage)]
pub fn present_page(props: &PresentProps) -> Html {
    let data = dataset();
    let council = data.find_council(&props.key_or_code);
    let navigator = use_navigator();
    let leave_route = Route::Council { key: props.key_or_code.to_string(), present: false };
    let leave_href = use_href(&leave_route);
    let shown = use_state_eq(|| 1usize);
    // Laid out no wider than 760 units, so on a projector the chart scales up to large type,
    // and on a phone it is laid out for the phone.
    let chart_box = use_node_ref();
    let width = use_width(chart_box.clone()).unwrap_or(760.0).min(760.0);
    use_title(
        council
            .map_or(page_title("Council not found"), |c| page_title(&format!("{} (presentation)", c.name))),
    );
    let improvements = use_improvements(council.map_or("", |c| c.code.as_str()), &data.release.to_string());
    let full = council.map(|c| {
        let chart = council_chart(data, c, release_date(data), width);
        let mut rows = inspection_rows(data, c);
        if let Some(points) = improvements {
            journeys_core::improvements::attach(&mut rows, &inspections(data, c), points);
        }
        let steps = present_steps(&c.code, &chart, &rows);
        (chart, rows, steps)
    });
    let total = full.as_ref().map_or(0, |(_, _, steps)| steps.len());
    use_step_keys(shown.clone(), total, leave_route.to_url());
    let (Some(council), Some((full, rows, steps))) = (council, full) else {
        return html! {
            <main id="main" class="present-missing">
                { unknown_council(props.key_or_code.clone()) }
            </main>
        };
    };
    let now = (*shown).clamp(1, steps.len().max(1));
    let step = steps.get(now - 1);
    let chart = Rc::new(step.map_or_else(|| reveal(&full, 0), |s| reveal_step(&full, s.shows)));
    let leave = leave_click(navigator.clone(), leave_route.to_url());
    html! {
        <main id="main" class="present">
            <header class="present-head">
                <h1>{ &council.name }</h1>
                <p class="present-count">{ if steps.is_empty() { "No graded inspection yet".to_string() } else { format!("Inspection {now} of {}", steps.len()) } }</p>
            </header>
            <div class="present-chart" ref={chart_box}>
                <JourneyChartView id={format!("present-{}", council.code)} chart={chart} inspections={Rc::new(rows.clone())}
                    events={Rc::new(event_rows(data, council))} summary={format!("Journey chart, inspection {now} of {}.", steps.len())} is_static=true />
            </div>
            <div class="present-step" aria-live="polite">
                if let Some(s) = step {
                    <h2>{ &s.heading }</h2>
                    if s.story.is_none() {
                        <p class="present-change">{ &s.change }</p>
                    }
                    <p class="present-detail">{ &s.detail }</p>
                    if let Some(st) = s.story {
                        <p>{ st.summary }</p>
                        { for st.quotes.iter().take(1).map(|q| html! {
                            <figure class="quote">
                                <blockquote><p>{ format!("“{}”", q.text) }</p></blockquote>
                                <figcaption>{ format!("{}. ", q.who) }<cite>{ q.source }</cite></figcaption>
                            </figure>
                        }) }
                    }
                    if let Some(r) = s.row.and_then(|k| rows.get(k)) {
                        if let Some(listed) = &r.listed {
                            // Scrolls on its own where the slide has no room for it all, so it
                            // is focusable and named for keyboard users.
                            <section class="present-points" tabindex="0" aria-labelledby="present-points-title">
                                <h3 id="present-points-title">{ "What the report said must improve" }</h3>
                                { improvement_list(&ImprovementListProps { listed: listed.clone(), link: r.link.clone(), first: Some(3) }) }
                            </section>
                        }
                    }
                }
            </div>
            { controls(&shown, now, steps.len(), leave_href, leave) }
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct ComparePresentProps {
    pub councils: Vec<String>,
}

/// A comparison in presentation mode, `/compare?la=...&present`: every council's chart on the
/// shared time axis, revealed a year at a time.
#[component(ComparePresentPage)]
pub fn compare_present_page(props: &ComparePresentProps) -> Html {
    let data = dataset();
    let navigator = use_navigator();
    let selection = Selection::resolve(data, &props.councils);
    let leave_route = selection.route(false);
    let leave_href = use_href(&leave_route);
    let chart_box = use_node_ref();
    let width = use_width(chart_box.clone()).unwrap_or(760.0).min(760.0);
    let multiples = small_multiples(data, &selection.codes, width);
    let years = compare_years(&multiples);
    let shown = use_state_eq(|| 1usize);
    use_step_keys(shown.clone(), years.len(), leave_route.to_url());
    let names: Vec<String> = multiples.iter().map(|m| m.name.clone()).collect();
    use_title(page_title(&format!("Compare {} (presentation)", join_names(&names))));
    let now = (*shown).clamp(1, years.len().max(1));
    let year = years.get(now - 1).copied();
    let leave = leave_click(navigator, leave_route.to_url());
    html! {
        <main id="main" class="present present-compare">
            <header class="present-head">
                <h1>{ if names.is_empty() { "Compare councils".to_string() } else { join_names(&names) } }</h1>
                <p class="present-count">{ match year { Some(y) => format!("{y} · step {now} of {}", years.len()), None => "No graded inspection yet".to_string() } }</p>
            </header>
            <div class="present-step" aria-live="polite">
                if let Some(y) = year {
                    <h2>{ y }</h2>
                    <ul class="present-compare-list">
                        { for compare_step(&multiples, y).iter().map(|line| html! { <li>{ line }</li> }) }
                    </ul>
                }
            </div>
            // The charts share the screen: side by side on a wide screen, each laid out at the
            // width of its own column (measured on the first), so none runs below the screen.
            <div class={classes!("present-charts", (multiples.len() > 4).then_some("many"))}>
            { for multiples.iter().enumerate().map(|(k, m)| html! {
                <section class="present-chart" aria-label={m.name.clone()} ref={if k == 0 { chart_box.clone() } else { NodeRef::default() }}>
                    <h2 class="present-name">{ &m.name }</h2>
                    <JourneyChartView id={format!("present-{}", m.code)}
                        chart={Rc::new(year.map_or_else(|| reveal(&m.chart, 0), |y| reveal_to_year(&m.chart, y)))}
                        inspections={Rc::new(m.inspections.clone())} events={Rc::new(m.events.clone())}
                        summary={format!("{}'s journey up to {}.", m.name, year.unwrap_or_default())} is_static=true />
                </section>
            }) }
            </div>
            { controls(&shown, now, years.len(), leave_href, leave) }
        </main>
    }
}
