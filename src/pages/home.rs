//! The home page: search, featured journeys, what the grades mean, and the national picture.

use crate::components::glossary_term::GlossaryTerm;
use crate::components::grade_badge::grade_badge;
use crate::components::link::AppLink;
use crate::components::national_picture::NationalPicture;
use crate::components::search::CouncilSearch;
use crate::data::dataset;
use crate::hooks::title::use_title;
use journeys_core::journey::{inspections, latest_overall};
use journeys_core::route::{council_link, AboutPage, Route};
use journeys_core::summary::journey_summary;
use journeys_core::text::{month_year, SITE_NAME};
use yew::prelude::*;

/// The journeys the project began with (see the seed articles): a long climb, a fall and
/// recovery, and years under improvement notices.
const FEATURED: [&str; 3] = ["E08000035", "E06000016", "E08000033"];

#[component(HomePage)]
pub fn home_page() -> Html {
    use_title(format!("{SITE_NAME} – children's services inspections in England"));
    let data = dataset();
    html! {
        <>
            <section class="intro" aria-labelledby="home-title">
                <h1 id="home-title">{ "How is your council's children's services doing?" }</h1>
                <p class="lede">
                    { "Ofsted inspects the children's services of every council in England. \
                       See how each council has been judged, inspection by inspection, with links to every report." }
                </p>
                <div class="home-search">
                    <CouncilSearch id="home-search" label="Find your council by name, former name or code" />
                </div>
                <p class="browse">
                    <AppLink to={Route::Councils(Default::default())}>{ format!("Browse all {} councils in a table", data.current_councils().count()) }</AppLink>
                    { " · " }
                    <AppLink to={Route::Compare { councils: Vec::new(), present: false }}>{ "Compare councils" }</AppLink>
                </p>
            </section>
            <section aria-labelledby="featured-title">
                <h2 id="featured-title">{ "Featured journeys" }</h2>
                <ul class="featured">
                    { for FEATURED.iter().filter_map(|code| data.council(code)).map(|c| {
                        let list = inspections(data, c);
                        let latest = latest_overall(data, c);
                        html! {
                            <li>
                                <h3><AppLink to={council_link(&c.slug)}>{ &c.name }</AppLink></h3>
                                <p>{ journey_summary(&c.name, &list) }</p>
                                if let Some((i, g)) = latest {
                                    <p class="featured-latest">{ "Latest overall grade: " }{ grade_badge(g) }
                                        <span class="measure-note">{ format!(" published {}", month_year(i.published)) }</span></p>
                                }
                            </li>
                        }
                    }) }
                </ul>
            </section>
            <section class="grades-explained" aria-labelledby="grades-title">
                <h2 id="grades-title">{ "What the grades mean" }</h2>
                <p>
                    { "Ofsted judges a council's help and protection for children, its care for " }
                    <GlossaryTerm slug="looked-after-child">{ "children in care" }</GlossaryTerm>{ " and " }
                    <GlossaryTerm slug="care-leaver">{ "care leavers" }</GlossaryTerm>
                    { ", and its leadership, and gives an " }<GlossaryTerm slug="overall-effectiveness">{ "overall grade" }</GlossaryTerm>
                    { ": Outstanding, Good, " }<GlossaryTerm slug="requires-improvement">{ "Requires improvement to be good" }</GlossaryTerm>
                    { ", or Inadequate. Before 2013 the third grade was " }<GlossaryTerm slug="adequate">{ "Adequate" }</GlossaryTerm>
                    { ", which is not the same thing as Requires improvement, so the charts \
                       mark where the scale changed. Inspections from April 2026 give no overall grade at all. Read " }
                    <AppLink to={Route::About(AboutPage::Grades)}>{ "what each grade means" }</AppLink>
                    { " and " }
                    <AppLink to={Route::About(AboutPage::Frameworks)}>{ "how the inspection frameworks changed" }</AppLink>
                    { "." }
                </p>
                <p>
                    { "What usually happens after a grade? How long do councils take to get out of Inadequate? " }
                    <AppLink to={Route::Patterns { council: None }}>{ "See the national patterns of improvement" }</AppLink>
                    { "." }
                </p>
            </section>
            <NationalPicture />
        </>
    }
}
