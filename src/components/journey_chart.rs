//! Prints a journey chart (geometry from `journeys_core::chart`) as SVG, with a details panel.
//! Hover, focus or tap on a mark shows its details; Escape or the close button hides them;
//! arrow keys move between marks while the chart has focus (one tab stop, roving tabindex).

use crate::components::chart_key::ChartKey;
use crate::components::chart_marks::{f, lane_shape, mark_shape};
use crate::components::grade_badge::grade_badge;
use crate::components::grade_badge::grade_class;
use crate::components::report_link::{report_link_view, Props as ReportLinkProps};
use journeys_core::chart::JourneyChart;
use journeys_core::journey::{EventRow, InspectionRow};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JourneyChartProps {
    /// Unique on the page; prefixes element ids.
    pub id: AttrValue,
    pub chart: Rc<JourneyChart>,
    /// Rows for the inspections the chart was drawn from, in the same order.
    pub inspections: Rc<Vec<InspectionRow>>,
    /// Rows for the events the chart was drawn from, in the same order.
    pub events: Rc<Vec<EventRow>>,
    /// A one-line text summary of the chart, read by screen readers with it.
    pub summary: AttrValue,
    /// Interaction off (print, static embeds).
    #[prop_or_default]
    pub is_static: bool,
    /// The line on how to use the chart; off for all but the first of several charts.
    #[prop_or(true)]
    pub help: bool,
}

/// A focusable item of the chart: a graded mark or an item of the events lane.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Item {
    Mark(usize),
    Lane(usize),
}

fn items(chart: &JourneyChart) -> Vec<(f64, Item)> {
    let mut v: Vec<(f64, Item)> = chart.marks.iter().enumerate().map(|(k, m)| (m.x, Item::Mark(k))).collect();
    v.extend(chart.events.iter().enumerate().map(|(k, e)| (e.x, Item::Lane(k))));
    journeys_core::sort::sort_by(&mut v, |a, b| a.0.total_cmp(&b.0));
    v
}

fn item_id(prefix: &str, item: Item) -> String {
    match item {
        Item::Mark(k) => format!("{prefix}-mark-{k}"),
        Item::Lane(k) => format!("{prefix}-lane-{k}"),
    }
}

fn focus(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(el) = el.dyn_into::<web_sys::SvgElement>() {
            let _ = el.focus();
        }
    }
}

#[component(JourneyChartView)]
pub fn journey_chart_view(props: &JourneyChartProps) -> Html {
    let selected = use_state_eq(|| None::<Item>);
    let chart = &props.chart;
    let order = items(chart);
    let prefix = props.id.to_string();
    // The one tab stop: the selected item, else the latest graded inspection.
    let tab_stop = (*selected)
        .or_else(|| chart.marks.len().checked_sub(1).map(Item::Mark))
        .or(order.first().map(|o| o.1));

    let onkeydown = {
        let selected = selected.clone();
        let order: Vec<Item> = order.iter().map(|o| o.1).collect();
        let prefix = prefix.clone();
        Callback::from(move |e: KeyboardEvent| {
            let current = (*selected).or(tab_stop);
            let pos = current.and_then(|c| order.iter().position(|o| *o == c));
            let next = match (e.key().as_str(), pos) {
                ("ArrowRight" | "ArrowDown", Some(p)) => order.get(p + 1).copied(),
                ("ArrowLeft" | "ArrowUp", Some(p)) => p.checked_sub(1).and_then(|p| order.get(p).copied()),
                ("Home", _) => order.first().copied(),
                ("End", _) => order.last().copied(),
                ("Escape", _) => {
                    if selected.is_some() {
                        e.prevent_default();
                        selected.set(None);
                    }
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            if let Some(n) = next {
                selected.set(Some(n));
                focus(&item_id(&prefix, n));
            }
        })
    };
    fn select<E: 'static>(selected: &UseStateHandle<Option<Item>>, item: Item) -> Callback<E> {
        let selected = selected.clone();
        Callback::from(move |_| selected.set(Some(item)))
    }
    let interactive = !props.is_static;
    let summary_id = format!("{prefix}-summary");

    let svg = html! {
        <svg class="journey-chart" viewBox={format!("0 0 {:.0} {:.0}", chart.width, chart.height)}
            width={format!("{:.0}", chart.width)} height={format!("{:.0}", chart.height)}
            role="group" aria-labelledby={summary_id.clone()}
            onkeydown={interactive.then_some(onkeydown)}>
            { for chart.bands.iter().map(|b| html! {
                <g class="era">
                    <rect class={classes!("era-band", b.shaded.then_some("shaded"))} x={f(b.x)} y="0" width={f(b.width)} height={f(chart.y_bottom)} />
                    <text class="era-label" x={f(b.x + 6.0)} y="14">{ b.label }</text>
                </g>
            }) }
            { for chart.rows.iter().map(|r| html! {
                <g class="grade-row">
                    <line class="gridline" x1={f(chart.x0)} x2={f(chart.x1)} y1={f(r.y)} y2={f(r.y)} />
                    { for r.lines.iter().map(|l| html! {
                        <text class={if l.note { "row-sublabel" } else { "row-label" }} x={f(chart.x0 - 8.0)} y={f(l.y)} text-anchor="end">{ l.text }</text>
                    }) }
                </g>
            }) }
            <line class="axis" x1={f(chart.x0)} x2={f(chart.x1)} y1={f(chart.y_bottom)} y2={f(chart.y_bottom)} />
            { for chart.ticks.iter().map(|t| html! {
                <g class="tick">
                    <line x1={f(t.x)} x2={f(t.x)} y1={f(chart.y_bottom)} y2={f(chart.y_bottom + if t.label.is_empty() { 3.0 } else { 6.0 })} />
                    if !t.label.is_empty() {
                        <text x={f(t.x)} y={f(chart.y_bottom + 19.0)} text-anchor="middle">{ &t.label }</text>
                    }
                </g>
            }) }
            <line class="lane-line" x1={f(chart.x0)} x2={f(chart.x1)} y1={f(chart.lane_y)} y2={f(chart.lane_y)} />
            <text class="row-label" x={f(chart.x0 - 8.0)} y={f(chart.lane_y + 4.0)} text-anchor="end">{ chart.lane_label }</text>
            { for chart.segments.iter().map(|s| html! {
                <line class={classes!("journey-line", s.dashed.then_some("dashed"))} x1={f(s.x1)} y1={f(s.y1)} x2={f(s.x2)} y2={f(s.y2)} />
            }) }
            { for chart.events.iter().enumerate().map(|(k, e)| {
                let item = Item::Lane(k);
                let is_sel = *selected == Some(item);
                html! {
                    <g id={item_id(&prefix, item)} class={classes!("lane-item", e.shape.class(), is_sel.then_some("selected"))}
                        tabindex={interactive.then(|| if tab_stop == Some(item) { "0" } else { "-1" })}
                        role={if interactive { "button" } else { "img" }} aria-label={e.aria.clone()} aria-pressed={interactive.then(|| is_sel.to_string())}
                        onfocus={interactive.then(|| select(&selected, item))} onclick={interactive.then(|| select(&selected, item))}
                        onmouseenter={interactive.then(|| select(&selected, item))}>
                        <rect class="hit" x={f(e.x - 12.0)} y={f(e.y - 12.0)} width="24" height="24" />
                        { lane_shape(e.shape, e.x, e.y) }
                    </g>
                }
            }) }
            { for chart.marks.iter().enumerate().map(|(k, m)| {
                let item = Item::Mark(k);
                let is_sel = *selected == Some(item);
                html! {
                    <g id={item_id(&prefix, item)} class={classes!("mark", grade_class(Some(m.grade)), m.predecessor.then_some("predecessor"), is_sel.then_some("selected"))}
                        tabindex={interactive.then(|| if tab_stop == Some(item) { "0" } else { "-1" })}
                        role={if interactive { "button" } else { "img" }} aria-label={m.aria.clone()} aria-pressed={interactive.then(|| is_sel.to_string())}
                        onfocus={interactive.then(|| select(&selected, item))} onclick={interactive.then(|| select(&selected, item))}
                        onmouseenter={interactive.then(|| select(&selected, item))}>
                        <circle class="hit" cx={f(m.x)} cy={f(m.y)} r={f(m.hit_r)} />
                        { mark_shape(m.scope, m.x, m.y) }
                        <text class="mark-label" x={f(m.label_x)} y={f(m.label_y)} text-anchor={m.anchor.as_str()}>
                            { &m.text }
                        </text>
                    </g>
                }
            }) }
        </svg>
    };

    let details = match *selected {
        Some(Item::Mark(k)) => {
            chart.marks.get(k).and_then(|m| props.inspections.get(m.index)).map(inspection_details)
        }
        Some(Item::Lane(k)) => chart.events.get(k).and_then(|e| match (e.inspection, e.event) {
            (Some(i), _) => props.inspections.get(i).map(inspection_details),
            (None, Some(ev)) => props.events.get(ev).map(event_details),
            _ => None,
        }),
        None => None,
    };
    let close = {
        let selected = selected.clone();
        Callback::from(move |_| selected.set(None))
    };

    html! {
        <figure class="journey">
            <figcaption id={summary_id} class="journey-summary">{ props.summary.clone() }</figcaption>
            <div class="chart-scroll">{ svg }</div>
            <ChartKey chart={chart.clone()} />
            if interactive {
                if props.help { <p class="chart-help">{ "Select a mark for its details. With the chart focused, the arrow keys move between inspections and Escape closes the details." }</p> }
                <div class="chart-details" aria-live="polite">
                    if let Some(d) = details {
                        <div class="details-card">
                            <button type="button" class="close" onclick={close} aria-label="Close details">{ "×" }</button>
                            { d }
                        </div>
                    }
                </div>
            }
        </figure>
    }
}

fn inspection_details(r: &InspectionRow) -> Html {
    html! {
        <>
            <h3>{ &r.heading }</h3>
            <p class="details-meta">{ format!("{} · {}", r.framework, r.kind) }
                if let Some(p) = &r.predecessor { { format!(" · inspection of {p} (predecessor council)") } }
            </p>
            <dl class="judgements">
                { for r.judgements.iter().map(|(area, grade)| html! {
                    <div><dt>{ *area }</dt><dd>{ grade_badge(*grade) }</dd></div>
                }) }
            </dl>
            if let Some(listed) = &r.listed {
                <h4>{ "What the report said must improve" }</h4>
                { crate::components::improvement_list::improvement_list(&crate::components::improvement_list::ImprovementListProps { listed: listed.clone(), link: r.link.clone(), first: None }) }
            }
            <p class="details-source">
                { report_link_view(&ReportLinkProps { link: r.link.clone(), citation: r.citation.clone(),
                    report_text: format!("Read the Ofsted report (published {})", r.published).into() }) }
            </p>
        </>
    }
}

fn event_details(e: &EventRow) -> Html {
    html! {
        <>
            <h3>{ &e.title }</h3>
            <p class="details-meta">{ format!("{} · {}", e.kind, e.date) }
                if e.priority_action { { " · areas for priority action" } }
            </p>
            if !e.theme.is_empty() { <p>{ format!("Theme: {}", e.theme) }</p> }
            if !e.summary.is_empty() { <p>{ &e.summary }</p> }
            <p class="event-source">{ "Source: " }
                if e.url.is_empty() { { &e.citation } } else { <a href={e.url.clone()} rel="noopener noreferrer">{ &e.citation }</a> }
            </p>
        </>
    }
}
