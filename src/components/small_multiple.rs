//! One council of a comparison: its name with its current grade, its journey chart on the
//! shared time axis, and its table. Used by the compare page and the compare embed.

use crate::components::grade_badge::grade_badge;
use crate::components::inspection_table::{inspection_table, InspectionTableProps};
use crate::components::journey_chart::JourneyChartView;
use crate::components::link::{use_href, AppLink};
use crate::data::dataset;
use journeys_core::compare::{small_multiple, SmallMultiple, Span};
use journeys_core::route::council_link;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SmallMultipleProps {
    pub multiple: Rc<SmallMultiple>,
    /// The council's link opens a new tab (embeds must not move the article's page).
    #[prop_or_default]
    pub new_tab: bool,
    /// No interaction and no table toggle (static embeds).
    #[prop_or_default]
    pub is_static: bool,
    /// Show the chart's how-to line (only the first of the comparison does).
    #[prop_or(true)]
    pub help: bool,
}

#[component(SmallMultipleView)]
pub fn small_multiple_view(props: &SmallMultipleProps) -> Html {
    let m = &props.multiple;
    let route = council_link(&m.slug);
    let href = use_href(&route);
    let name = if props.new_tab {
        html! { <a {href} target="_blank" rel="noopener">{ &m.name }</a> }
    } else {
        html! { <AppLink to={route}>{ &m.name }</AppLink> }
    };
    html! {
        <section class="multiple" aria-labelledby={format!("m-{}", m.code)}>
            <h2 id={format!("m-{}", m.code)} class="multiple-title">
                { name }
                if let Some((g, when)) = &m.current {
                    <span class="multiple-grade">{ grade_badge(*g) }<span class="measure-note">{ format!(" {when}") }</span></span>
                }
            </h2>
            if let Some(since) = &m.inspected_since {
                <p class="measure-note">{ format!("Inspected again in {since} under the 2026 framework, which gives no overall grade.") }</p>
            }
            <JourneyChartView id={format!("cmp-{}", m.code)} chart={Rc::new(m.chart.clone())}
                inspections={Rc::new(m.inspections.clone())} events={Rc::new(m.events.clone())}
                summary={m.summary.clone()} is_static={props.is_static} help={props.help} />
            if !props.is_static {
                <details class="table-toggle">
                    <summary>{ format!("Table of {}'s inspections", m.name) }</summary>
                    { inspection_table(&InspectionTableProps { council: m.name.clone().into(), rows: m.inspections.clone() }) }
                </details>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ComparedCouncilProps {
    pub code: AttrValue,
    /// The comparison's shared time span (`compare::shared_span`).
    pub span: Span,
    /// The charts' layout width in user units.
    pub width: f64,
    #[prop_or(true)]
    pub help: bool,
}

/// One council of a comparison, by its code: its small multiple is laid out once for each
/// code, span and width (`compare::small_multiple`), and, keyed by its code in the list, it is
/// left alone when another council is added or removed and the span stays the same.
#[component(ComparedCouncil)]
pub fn compared_council(props: &ComparedCouncilProps) -> Html {
    let multiple = use_memo((props.code.clone(), props.span, props.width), |(code, span, width)| {
        small_multiple(dataset(), code, *span, *width).map(Rc::new)
    });
    match &*multiple {
        Some(m) => html! { <SmallMultipleView multiple={m.clone()} help={props.help} /> },
        None => Html::default(),
    }
}
