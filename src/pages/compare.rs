//! Comparison of councils side by side. For now it names the councils in the URL; the charts
//! come with the comparison work.

use crate::components::link::AppLink;
use crate::data::dataset;
use crate::pages::{use_title, ComingSoon};
use journeys_core::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub councils: Vec<String>,
}

#[component(ComparePage)]
pub fn compare_page(props: &ComparePageProps) -> Html {
    use_title("Compare councils – Council Journeys".to_string());
    let data = dataset();
    let found: Vec<_> = props.councils.iter().filter_map(|k| data.find_council(k)).collect();
    let unknown: Vec<&String> = props.councils.iter().filter(|k| data.find_council(k).is_none()).collect();
    html! {
        <section aria-labelledby="compare-title">
            <h1 id="compare-title">{ "Compare councils" }</h1>
            <ComingSoon what="councils' journeys side by side on one time axis, with presets such as statistical neighbours." />
            if !found.is_empty() {
                <h2>{ "Councils in this comparison" }</h2>
                <ul class="compare-list">
                    { for found.iter().map(|c| html! {
                        <li><AppLink to={Route::Council { key: c.code.clone(), present: false }}>{ &c.name }</AppLink></li>
                    }) }
                </ul>
            }
            if !unknown.is_empty() {
                <p class="note" role="status">{ format!("Left out, as no council has this name or code: {}.", unknown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")) }</p>
            }
        </section>
    }
}
