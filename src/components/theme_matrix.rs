//! A council's themes across its inspections: which things its reports said must improve, and
//! when, so a reader sees a problem named in 2015 and again in 2019, or once and never again.

use journeys_core::improvements::ThemeMatrix;
use journeys_core::text::count;
use yew::prelude::*;

pub struct ThemeMatrixProps {
    pub council: AttrValue,
    pub matrix: ThemeMatrix,
}

pub fn theme_matrix_view(props: &ThemeMatrixProps) -> Html {
    let m = &props.matrix;
    if m.columns.is_empty() || m.rows.is_empty() {
        return html! {};
    }
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={format!("Themes named in {}'s reports", props.council)}>
            <table class="theme-matrix">
                <caption>{ format!("What {}'s reports said must improve, by theme: points in each report", props.council) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Theme" }</th>
                        { for m.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for m.rows.iter().map(|(theme, cells)| html! {
                        <tr>
                            <th scope="row">{ theme }</th>
                            { for cells.iter().map(|c| match c {
                                Some(0) => html! { <td class="tm-none">{ "–" }<span class="visually-hidden">{ "not named" }</span></td> },
                                Some(n) => html! { <td class="tm-named">{ count(*n, "point", "points") }</td> },
                                None => html! { <td class="tm-unknown">{ "not in the data" }</td> },
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
