//! One module per route. Pages look values up and hand them to components.

pub mod about;
pub mod compare;
pub mod council;
pub mod councils;
pub mod embed;
pub mod explain;
pub mod glossary;
pub mod home;
pub mod not_found;
pub mod present;
pub mod worksheet;

use yew::prelude::*;

/// Sets `document.title` for the page being shown.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |t| {
        gloo::utils::document().set_title(t);
    });
}

/// A clear note for views that later work will fill in.
#[derive(Properties, PartialEq)]
pub struct ComingSoonProps {
    pub what: AttrValue,
}

#[component(ComingSoon)]
pub fn coming_soon(props: &ComingSoonProps) -> Html {
    html! { <p class="coming-soon"><strong>{ "Coming soon: " }</strong>{ props.what.clone() }</p> }
}
