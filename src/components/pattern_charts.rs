//! The national patterns' four charts as SVG, printed from the geometry
//! `journeys_core::patterns::charts` lays out: the transitions matrix, the recovery step
//! curve, the journeys aligned at Inadequate (one council drawn strong) and the bars of what
//! follows Good; the themes councils are told to improve (`improvements::chart`); and the spread of a DfE figure by grade (`indicators::by_grade::chart`). Every
//! grade is also written (codes, counts), never shown by colour alone.

use crate::components::chart_marks::f;
use crate::components::grade_badge::grade_class;
use journeys_core::improvements::chart::ThemesChart;
use journeys_core::indicators::by_grade::chart::BoxChart;
use journeys_core::national::grade_code;
use journeys_core::patterns::charts::{AlignedChart, RecoveryChart, StayingChart, TransitionsChart, FONT};
use std::rc::Rc;
use yew::prelude::*;

/// What each chart view draws. The views are plain functions, not components: they have no
/// state and their page re-renders them only when its own input changes, and a component type
/// costs ~3 KB of generic lifecycle code in the wasm.
pub struct ChartProps<T> {
    pub id: AttrValue,
    pub chart: Rc<T>,
    /// The chart's name for assistive technology (its summary is in the text beside it).
    pub label: AttrValue,
    /// The code of the council drawn strong, for the aligned chart.
    pub chosen: Option<AttrValue>,
}

fn view_box(width: f64, height: f64) -> String {
    format!("0 0 {} {}", f(width), f(height))
}

/// How strongly a matrix cell is shaded for its share of the row: in four steps, the last one
/// solid with the text reversed, so each step keeps its text readable.
fn shade(share: f64) -> (&'static str, bool) {
    match share {
        s if s <= 0.0 => ("0", false),
        s if s < 0.15 => ("0.1", false),
        s if s < 0.35 => ("0.22", false),
        s if s < 0.6 => ("0.36", false),
        _ => ("1", true),
    }
}

pub fn transitions_chart_view(props: &ChartProps<TransitionsChart>) -> Html {
    let c = &props.chart;
    html! {
        <svg id={props.id.clone()} class="pattern-chart transitions-chart" viewBox={view_box(c.width, c.height)}
            width={f(c.width)} height={f(c.height)} role="img" aria-label={props.label.clone()}>
            <text class="axis-title" x={f(c.heading_x)} y="14" text-anchor="middle">{ "Grade at the next inspection" }</text>
            { for c.columns.iter().map(|t| html! {
                <text class="col-label" x={f(t.at)} y={f(c.columns_y)} text-anchor="middle">{ &t.label }</text>
            }) }
            { for c.rows.iter().map(|t| html! {
                <text class="row-label" x={f(c.rows_x)} y={f(t.at + FONT / 3.0)} text-anchor="end">{ &t.label }</text>
            }) }
            { for c.cells.iter().map(|cell| {
                let (opacity, strong) = shade(cell.share);
                html! {
                    <g class={classes!("pc-cell", strong.then_some("strong"))}>
                        <rect class="pc-cell-back" x={f(cell.x + 1.0)} y={f(cell.y + 1.0)} width={f(c.cell - 2.0)} height={f(c.cell - 2.0)} />
                        <rect class="pc-cell-fill" x={f(cell.x + 1.0)} y={f(cell.y + 1.0)} width={f(c.cell - 2.0)} height={f(c.cell - 2.0)}
                            fill-opacity={opacity} />
                        <text x={f(cell.x + c.cell / 2.0)} y={f(cell.y + c.cell / 2.0 + FONT / 3.0)} text-anchor="middle">
                            { cell.count }
                        </text>
                    </g>
                }
            }) }
        </svg>
    }
}

pub fn recovery_chart_view(props: &ChartProps<RecoveryChart>) -> Html {
    let c = &props.chart;
    html! {
        <svg id={props.id.clone()} class="pattern-chart recovery-chart" viewBox={view_box(c.plot.width, c.plot.height)}
            width={f(c.plot.width)} height={f(c.plot.height)} role="img" aria-label={props.label.clone()}>
            { for c.y_ticks.iter().map(|t| html! {
                <>
                    <line class="grid" x1={f(c.plot.left)} x2={f(c.plot.right)} y1={f(t.at)} y2={f(t.at)} />
                    <text x={f(c.plot.left - 6.0)} y={f(t.at + FONT / 3.0)} text-anchor="end">{ &t.label }</text>
                </>
            }) }
            <line class="half" x1={f(c.plot.left)} x2={f(c.plot.right)} y1={f(c.half_y)} y2={f(c.half_y)} />
            { for c.x_ticks.iter().map(|t| html! {
                <text x={f(t.at)} y={f(c.plot.bottom + 16.0)} text-anchor="middle">{ &t.label }</text>
            }) }
            <text class="axis-title" x={f((c.plot.left + c.plot.right) / 2.0)} y={f(c.plot.bottom + 30.0)} text-anchor="middle">
                { "Years since the Inadequate judgement" }
            </text>
            <path class="km" d={c.path.clone()} />
            if let Some((x, y, label)) = &c.median {
                <circle class="median" cx={f(*x)} cy={f(*y)} r="5" />
                <text class="median-label" x={f(x - 8.0)} y={f(y - 10.0)} text-anchor="end">{ label }</text>
            }
            <text class="at-risk-title" x={f(c.plot.left)} y={f(c.at_risk_y - 16.0)}>{ "Spells still at risk" }</text>
            { for c.at_risk.iter().map(|t| html! {
                <text class="at-risk" x={f(t.at)} y={f(c.at_risk_y)} text-anchor="middle">{ &t.label }</text>
            }) }
        </svg>
    }
}

pub fn aligned_chart_view(props: &ChartProps<AlignedChart>) -> Html {
    let c = &props.chart;
    let chosen = props.chosen.as_ref().and_then(|code| c.lines.iter().find(|l| l.code == code.as_str()));
    html! {
        <svg id={props.id.clone()} class="pattern-chart aligned-chart" viewBox={view_box(c.plot.width, c.plot.height)}
            width={f(c.plot.width)} height={f(c.plot.height)} role="img" aria-label={props.label.clone()}>
            { for c.rows.iter().map(|t| html! {
                <>
                    <line class="grid" x1={f(c.plot.left)} x2={f(c.plot.right)} y1={f(t.at)} y2={f(t.at)} />
                    <text class="row-label" x={f(c.plot.left - 14.0)} y={f(t.at + FONT / 3.0)} text-anchor="end">{ &t.label }</text>
                </>
            }) }
            { for c.x_ticks.iter().map(|t| html! {
                <text x={f(t.at)} y={f(c.plot.bottom + 18.0)} text-anchor="middle">{ &t.label }</text>
            }) }
            <text class="axis-title" x={f((c.plot.left + c.plot.right) / 2.0)} y={f(c.plot.bottom + 34.0)} text-anchor="middle">
                { "Years since first judged Inadequate" }
            </text>
            <g class="pc-lines">
                { for c.lines.iter().map(|l| html! { <path class="pc-line" d={l.path.clone()} /> }) }
            </g>
            if let Some(l) = chosen {
                <g class="pc-chosen">
                    <path class="pc-line chosen" d={l.path.clone()} />
                    { for l.points.iter().map(|(x, y, g)| html! {
                        <g class={classes!("mark", grade_class(Some(*g)))}>
                            <circle class="dot" cx={f(*x)} cy={f(*y)} r="9" />
                            <text class="dot-code" x={f(*x)} y={f(y + 4.0)} text-anchor="middle">{ grade_code(Some(*g)) }</text>
                        </g>
                    }) }
                </g>
            }
        </svg>
    }
}

pub fn staying_chart_view(props: &ChartProps<StayingChart>) -> Html {
    let c = &props.chart;
    html! {
        <svg id={props.id.clone()} class="pattern-chart staying-chart" viewBox={view_box(c.width, c.height)}
            width={f(c.width)} height={f(c.height)} role="img" aria-label={props.label.clone()}>
            { for c.bars.iter().map(|b| html! {
                <>
                    <text class="bar-label" x={f(c.left)} y={f(b.y - 7.0)}>{ &b.label }</text>
                    { for b.segments.iter().map(|s| html! {
                        <g class={classes!("dist-seg", grade_class(Some(s.to)))}>
                            <rect x={f(s.x)} y={f(b.y)} width={f((s.width - 1.0).max(0.5))} height={f(c.bar_height)} />
                            if let Some(code) = &s.label {
                                <text x={f(s.x + s.width / 2.0)} y={f(b.y + c.bar_height / 2.0 + FONT / 3.0)} text-anchor="middle">{ code }</text>
                            }
                        </g>
                    }) }
                </>
            }) }
        </svg>
    }
}

/// One DfE figure's spread by grade: range line, middle-half box, median bar, median written.
pub fn box_chart_view(props: &ChartProps<BoxChart>) -> Html {
    let c = &props.chart;
    let half = c.box_height / 2.0;
    html! {
        <svg id={props.id.clone()} class="pattern-chart box-chart" viewBox={view_box(c.width, c.height)}
            width={f(c.width)} height={f(c.height)} role="img" aria-label={props.label.clone()}>
            { for c.ticks.iter().map(|t| html! {
                <>
                    <line class="grid" x1={f(t.at)} x2={f(t.at)} y1="4" y2={f(c.axis_y - FONT)} />
                    <text x={f(t.at)} y={f(c.axis_y)} text-anchor="middle">{ &t.label }</text>
                </>
            }) }
            { for c.rows.iter().map(|r| html! {
                <g class={classes!("box-row", grade_class(Some(r.grade)))}>
                    <text class="row-label" x={f(c.label_x)} y={f(r.y + FONT / 3.0)} text-anchor="end">{ &r.label }</text>
                    <line class="range" x1={f(r.min)} x2={f(r.max)} y1={f(r.y)} y2={f(r.y)} />
                    <rect class="middle" x={f(r.q1)} y={f(r.y - half)} width={f((r.q3 - r.q1).max(1.0))} height={f(c.box_height)} />
                    // A halo in the page's colour keeps the bar clear on a light or a dark box.
                    <line class="median-halo" x1={f(r.median)} x2={f(r.median)} y1={f(r.y - half - 3.0)} y2={f(r.y + half + 3.0)} />
                    <line class="median-bar" x1={f(r.median)} x2={f(r.median)} y1={f(r.y - half - 3.0)} y2={f(r.y + half + 3.0)} />
                    <text class="median-label" x={f(c.value_x)} y={f(r.y + FONT / 3.0)}>{ &r.median_text }</text>
                </g>
            }) }
        </svg>
    }
}

/// The themes of recent ILACS reports (bars) against every SIF report's (rings), each share
/// written at the end of its row.
pub fn themes_chart_view(props: &ChartProps<ThemesChart>) -> Html {
    let c = &props.chart;
    let h = c.bar_height;
    html! {
        <svg id={props.id.clone()} class="pattern-chart themes-chart" viewBox={view_box(c.width, c.height)}
            width={f(c.width)} height={f(c.height)} role="img" aria-label={props.label.clone()}>
            <g class="key">
                <rect class="now" x={f(c.x0)} y={f(c.key_now.0 - FONT + 2.0)} width="18" height={f(FONT - 2.0)} />
                <text x={f(c.x0 + 24.0)} y={f(c.key_now.0)}>{ &c.key_now.1 }</text>
                <circle class="then" cx={f(c.x0 + 9.0)} cy={f(c.key_then.0 - FONT / 3.0)} r="5" />
                <text x={f(c.x0 + 24.0)} y={f(c.key_then.0)}>{ &c.key_then.1 }</text>
            </g>
            { for c.ticks.iter().map(|t| html! {
                <>
                    <line class="grid" x1={f(t.at)} x2={f(t.at)} y1={f(c.key_then.0 + 8.0)} y2={f(c.axis_y - FONT)} />
                    <text x={f(t.at)} y={f(c.axis_y)} text-anchor="middle">{ &t.label }</text>
                </>
            }) }
            { for c.rows.iter().map(|r| html! {
                <g class="theme-row">
                    <text class="row-label" x={f(c.x0)} y={f(r.label_y)}>{ &r.theme }</text>
                    <rect class="now" x={f(c.x0)} y={f(r.bar_y)} width={f((r.now_x - c.x0).max(1.0))} height={f(h)} />
                    <circle class="then" cx={f(r.then_x)} cy={f(r.bar_y + h / 2.0)} r="5" />
                    <text class="share" x={f(r.text_x)} y={f(r.bar_y + h / 2.0 + FONT / 3.0)}>{ &r.text }</text>
                </g>
            }) }
        </svg>
    }
}
