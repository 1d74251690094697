//! The home page: what the site is, and every council by region. Search and the national
//! picture come with the journey work.

use crate::components::link::AppLink;
use crate::data::dataset;
use crate::pages::{use_title, ComingSoon};
use journeys_core::route::Route;
use std::collections::BTreeMap;
use yew::prelude::*;

#[component(HomePage)]
pub fn home_page() -> Html {
    use_title("Council Journeys – children's services inspections in England".to_string());
    let data = dataset();
    let mut by_region: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    for c in data.councils.iter().filter(|c| c.current) {
        by_region.entry(c.region.as_str()).or_default().push((c.name.as_str(), c.code.as_str()));
    }
    for list in by_region.values_mut() {
        list.sort();
    }
    html! {
        <>
            <section class="intro" aria-labelledby="home-title">
                <h1 id="home-title">{ "How is your council's children's services doing?" }</h1>
                <p class="lede">
                    { "Ofsted inspects the children's services of every council in England. \
                       See how each council has been judged, inspection by inspection, with links to every report." }
                </p>
                <ComingSoon what="search by name, a map of England and featured journeys." />
            </section>
            <section aria-labelledby="regions-title">
                <h2 id="regions-title">{ "Councils by region" }</h2>
                <div class="regions">
                    { for by_region.iter().map(|(region, list)| html! {
                        <section class="region">
                            <h3>{ *region }</h3>
                            <ul>
                                { for list.iter().map(|(name, code)| html! {
                                    <li><AppLink to={Route::Council { key: code.to_string(), present: false }}>{ *name }</AppLink></li>
                                }) }
                            </ul>
                        </section>
                    }) }
                </div>
            </section>
        </>
    }
}
