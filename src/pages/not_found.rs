//! The not-found view: shown for unknown paths and unknown councils, always with a way home.

use crate::components::link::AppLink;
use crate::hooks::title::use_title;
use journeys_core::route::Route;
use journeys_core::text::{page_title, truncate_chars};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// What was asked for, shown as text (never as markup).
    pub path: AttrValue,
    #[prop_or_default]
    pub message: Option<AttrValue>,
}

#[component(NotFound)]
pub fn not_found(props: &NotFoundProps) -> Html {
    use_title(page_title("Page not found"));
    // A very long address (a mangled link, a 5,000-character attack) is cut short for display.
    let shown = truncate_chars(&props.path, 120);
    html! {
        <section class="not-found" aria-labelledby="nf-title">
            <h1 id="nf-title">{ "Page not found" }</h1>
            if shown.is_empty() {
                <p>{ "There is no page at this address." }</p>
            } else {
                <p>
                    { props.message.clone().unwrap_or_else(|| "There is no page at this address:".into()) }
                    { " " }<code class="asked">{ shown }</code>
                </p>
            }
            <p>{ "It may have been mistyped, or the link may be out of date. You can find a council from the home page or the list of all councils." }</p>
            <ul class="actions">
                <li><AppLink to={Route::Home}>{ "Go to the home page" }</AppLink></li>
                <li><AppLink to={Route::Councils(Default::default())}>{ "See all councils" }</AppLink></li>
            </ul>
        </section>
    }
}

/// The not-found view for a council key no council has: the same words on every page that
/// looks one up (journey, embed, presentation, worksheet). `key_or_code`: the ONS code or slug
/// asked for.
pub fn unknown_council(key_or_code: AttrValue) -> Html {
    html! {
        <NotFound path={key_or_code} message={Some(AttrValue::from("We don't know a council with this name or code:"))} />
    }
}
