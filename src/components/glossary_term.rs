//! A glossary term in running text: a disclosure button that shows the term's plain definition
//! in a popover with a link to its glossary entry. Escape closes it and returns focus to the
//! button; a click outside closes it.

use crate::components::link::{in_app_click, use_href};
use crate::hooks::element_id::use_element_id;
use journeys_core::glossary::lookup;
use journeys_core::route::Route;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GlossaryTermProps {
    /// The entry's slug in `journeys_core::glossary::TERMS`.
    pub slug: AttrValue,
    /// The words shown in the text; the term itself when empty.
    #[prop_or_default]
    pub children: Html,
}

/// The href of a glossary entry, with the site's base path: `/glossary#focused-visit`.
#[hook]
pub fn use_glossary_href(slug: &str) -> String {
    let page = use_href(&Route::Glossary);
    format!("{page}#{slug}")
}

#[component(GlossaryTerm)]
pub fn glossary_term(props: &GlossaryTermProps) -> Html {
    let open = use_state_eq(|| false);
    let id = use_element_id();
    let wrapper = use_node_ref();
    let button = use_node_ref();
    let popover = use_node_ref();
    let href = use_glossary_href(&props.slug);
    let onclick_link = in_app_click(use_navigator(), format!("{}#{}", Route::Glossary.to_url(), props.slug));

    // While open: a click outside closes it, and the popover is kept inside the viewport.
    {
        let open = open.clone();
        let wrapper = wrapper.clone();
        let popover = popover.clone();
        use_effect_with(*open, move |is_open| {
            let listener = is_open.then(|| {
                keep_in_view(&popover);
                let open = open.clone();
                gloo::events::EventListener::new(&gloo::utils::document(), "click", move |e| {
                    let inside =
                        match (e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()), wrapper.get()) {
                            (Some(target), Some(w)) => w.contains(Some(&target)),
                            _ => false,
                        };
                    if !inside {
                        open.set(false);
                    }
                })
            });
            move || drop(listener)
        });
    }

    let Some(term) = lookup(&props.slug) else {
        // An unknown slug is a bug caught by the tests; readers still get the words.
        return props.children.clone();
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        let button = button.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.prevent_default();
                e.stop_propagation();
                open.set(false);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    let pop_id = format!("gloss-{}-{}", props.slug, id);
    let words = if props.children == Html::default() {
        html! { term.term }
    } else {
        props.children.clone()
    };
    html! {
        <span class="gloss" ref={wrapper} {onkeydown}>
            <button type="button" class="gloss-term" ref={button} aria-expanded={open.to_string()}
                aria-controls={pop_id.clone()} onclick={toggle}>{ words }</button>
            <span class="gloss-pop" id={pop_id} ref={popover} hidden={!*open}>
                <strong class="gloss-pop-term">{ term.term }</strong>
                <span class="gloss-pop-def">{ term.definition }</span>
                <a class="gloss-pop-link" {href} onclick={onclick_link}>{ format!("“{}” in the glossary", term.term) }</a>
            </span>
        </span>
    }
}

/// Moves an open popover left when it would run past the right edge of the viewport.
fn keep_in_view(popover: &NodeRef) {
    let Some(el) = popover.cast::<web_sys::HtmlElement>() else { return };
    let style = el.style();
    let _ = style.remove_property("left");
    let width = gloo::utils::window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(0.0);
    let right = el.get_bounding_client_rect().right();
    let overflow = right - (width - 8.0);
    if overflow > 0.0 {
        let _ = style.set_property("left", &format!("-{overflow:.0}px"));
    }
}
