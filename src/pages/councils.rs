//! Every current council in one table with its latest overall grade.

use crate::components::grade_badge::GradeBadge;
use crate::components::link::AppLink;
use crate::data::dataset;
use crate::pages::{use_title, ComingSoon};
use journeys_core::journey::latest_overall;
use journeys_core::route::Route;
use journeys_core::text::month_year;
use yew::prelude::*;

#[component(CouncilsPage)]
pub fn councils_page() -> Html {
    use_title("All councils – Council Journeys".to_string());
    let data = dataset();
    let mut councils: Vec<_> = data.councils.iter().filter(|c| c.current).collect();
    councils.sort_by(|a, b| a.name.cmp(&b.name));
    html! {
        <section aria-labelledby="councils-title">
            <h1 id="councils-title">{ "All councils" }</h1>
            <p>{ format!("The {} councils in England that run children's services, with their latest overall grade.", councils.len()) }</p>
            <ComingSoon what="sorting and filtering by region and grade, and the direction of change." />
            <div class="table-wrap" tabindex="0" role="region" aria-label="All councils">
                <table class="councils">
                    <caption>{ "Councils and their latest overall effectiveness grade" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Council" }</th>
                        <th scope="col">{ "Region" }</th>
                        <th scope="col">{ "Latest overall grade" }</th>
                        <th scope="col">{ "Inspected" }</th>
                    </tr></thead>
                    <tbody>
                        { for councils.iter().map(|c| {
                            let latest = latest_overall(data, c);
                            html! {
                                <tr>
                                    <th scope="row"><AppLink to={Route::Council { key: c.code.clone(), present: false }}>{ &c.name }</AppLink></th>
                                    <td>{ &c.region }</td>
                                    <td>{ match latest { Some((_, g)) => html! { <GradeBadge grade={g} /> }, None => html! { "No graded inspection" } } }</td>
                                    <td>{ latest.map(|(i, _)| month_year(i.start)).unwrap_or_default() }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
