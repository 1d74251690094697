//! The judgement-area matrix: rows are judgement areas, columns inspections (one council) or
//! councils' latest inspections (several); cells give the grade in words with its colour, and
//! say so where an area did not exist under a framework.

use crate::components::grade_badge::grade_badge;
use journeys_core::matrix::{Cell, Matrix};
use std::rc::Rc;
use yew::prelude::*;

pub struct AreaMatrixProps {
    pub matrix: Rc<Matrix>,
    pub caption: AttrValue,
    /// Columns are councils (their latest inspections) rather than one council's inspections.
    pub by_council: bool,
}

pub fn area_matrix(props: &AreaMatrixProps) -> Html {
    let m = &props.matrix;
    if m.columns.is_empty() {
        return html! {};
    }
    html! {
        <div class="table-wrap matrix-wrap" tabindex="0" role="region" aria-label={props.caption.clone()}>
            <table class="matrix">
                <caption>{ props.caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Judgement area" }</th>
                        { for m.columns.iter().map(|c| html! {
                            <th scope="col">
                                if props.by_council { <span class="matrix-council">{ &c.council_name }</span> }
                                <span class="matrix-date">{ &c.date }</span>
                                <span class="matrix-framework">{ c.framework_code }</span>
                                if let Some(p) = &c.predecessor { <span class="matrix-framework">{ format!("as {p}") }</span> }
                            </th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    // Keyed by area: a council added to a comparison may bring an area the
                    // others lack, and the rows below it then keep their cells as they are.
                    { for m.rows.iter().map(|r| html! {
                        <tr key={r.label}>
                            <th scope="row">{ r.label }</th>
                            { for r.cells.iter().zip(&m.columns).map(|(cell, col)| html! {
                                <td class={classes!("cell", format!("cell-{}", cell.css_key()))}>
                                    { match cell {
                                        Cell::Grade(g) => html! { { grade_badge(*g) } },
                                        other => html! { <span class="cell-note">{ other.text(r.area, col) }</span> },
                                    } }
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
