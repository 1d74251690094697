//! The small chart of one context figure over the years, on the journey chart's own time
//! axis (same width, same plot edges, same year ticks: `chart::year_ticks`), so a reader sees
//! an inspection above that year's figure. The council's line is solid with dots, England's
//! dashed, the region's dotted: told apart by shape as well as colour. A year published as a
//! code has no point and breaks the line; the table and the words say what the code means.

use super::{Area, CouncilContext, Indicator};
use crate::chart::{domain, year_ticks, Tick, LEFT, RIGHT};
use chrono::NaiveDate;

/// The journey chart's span, as the views pass it on (they do not depend on chrono).
pub type Span = (NaiveDate, NaiveDate);

const TOP: f64 = 12.0;
const PLOT: f64 = 96.0;
const AXIS: f64 = 26.0;

/// Whose line it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Council,
    Region,
    England,
}

impl Who {
    pub fn class(self) -> &'static str {
        match self {
            Who::Council => "ctx-council",
            Who::Region => "ctx-region",
            Who::England => "ctx-england",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub year: u16,
    /// The value as published.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub who: Who,
    pub name: String,
    /// SVG path data; a code breaks it into pieces.
    pub path: String,
    pub points: Vec<Point>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct YTick {
    pub y: f64,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorChart {
    pub indicator: Indicator,
    pub width: f64,
    pub height: f64,
    pub x0: f64,
    pub x1: f64,
    pub y_top: f64,
    pub y_bottom: f64,
    pub ticks: Vec<Tick>,
    pub y_ticks: Vec<YTick>,
    /// The council's line last, so it is drawn on top.
    pub lines: Vec<Line>,
}

/// The lines a chart compares: England's and the region's only for rates.
pub fn areas(ctx: &CouncilContext, indicator: Indicator) -> Vec<(Who, &Area)> {
    let mut out = Vec::new();
    if indicator.is_rate() {
        out.push((Who::England, &ctx.england));
        if let Some(r) = &ctx.region {
            out.push((Who::Region, r));
        }
    }
    out.push((Who::Council, &ctx.council));
    out
}

/// A round top for the value scale and the step between its labels: the smallest step of
/// 1, 2 or 5 times a power of ten that reaches `max` in at most four steps.
fn nice_top(max: f64) -> (f64, f64) {
    let mut power = 0.1;
    loop {
        for m in [1.0, 2.0, 5.0] {
            let step = m * power;
            let n = (max / step).ceil().max(1.0);
            if n <= 4.0 {
                return (n * step, step);
            }
        }
        power *= 10.0;
    }
}

/// Lays out `indicator` for this council over the journey's `span` (the dates the journey
/// chart is given), `width` wide as that chart is.
pub fn indicator_chart(
    ctx: &CouncilContext,
    indicator: Indicator,
    span: (NaiveDate, NaiveDate),
    width: f64,
) -> IndicatorChart {
    let width = width.max(280.0);
    let (start, end) = domain(span.0, span.1);
    let (x0, x1) = (LEFT, width - RIGHT);
    let days = (end - start).num_days() as f64;
    let (month, day) = indicator.day();
    let x_of = |year: u16| {
        let d = NaiveDate::from_ymd_opt(i32::from(year), month, day)?;
        (d >= start && d < end).then(|| x0 + (x1 - x0) * ((d - start).num_days() as f64 / days))
    };
    let shown = areas(ctx, indicator);
    let max = shown
        .iter()
        .filter_map(|(_, a)| a.figures.get(&indicator))
        .flatten()
        .filter(|(y, _)| x_of(*y).is_some())
        .filter_map(|(_, v)| v.tenths())
        .max()
        .unwrap_or(0) as f64
        / 10.0;
    let (top, step) = nice_top(max);
    let y_top = TOP;
    let y_bottom = TOP + PLOT;
    let y_of = |tenths: i64| y_bottom - PLOT * (tenths as f64 / 10.0 / top);
    let mut y_ticks = Vec::new();
    let mut v = 0.0;
    while v <= top + 1e-9 {
        y_ticks.push(YTick { y: y_bottom - PLOT * (v / top), label: number_label(v) });
        v += step;
    }
    let lines = shown
        .iter()
        .map(|(who, area)| {
            let mut path = String::new();
            let mut points = Vec::new();
            let mut joined = false;
            for (year, value) in area.figures.get(&indicator).into_iter().flatten() {
                match (x_of(*year), value.tenths()) {
                    (Some(x), Some(t)) => {
                        let y = y_of(t);
                        path += &format!("{}{:.1} {:.1}", if joined { " L" } else { " M" }, x, y);
                        joined = true;
                        points.push(Point { x, y, year: *year, text: value.text().to_string() });
                    }
                    _ => joined = false,
                }
            }
            Line { who: *who, name: area.name.clone(), path: path.trim_start().to_string(), points }
        })
        .collect();
    IndicatorChart {
        indicator,
        width,
        height: y_bottom + AXIS,
        x0,
        x1,
        y_top,
        y_bottom,
        ticks: year_ticks((start, end), x0, x1),
        y_ticks,
        lines,
    }
}

/// A scale label: whole numbers without a decimal point, with thousands grouped.
fn number_label(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        super::words::grouped(&format!("{}", v.round() as i64))
    } else {
        format!("{v:.1}")
    }
}
