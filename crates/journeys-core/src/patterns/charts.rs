//! Geometry of the national patterns' charts, laid out for a width in CSS pixels (so their
//! text keeps its size on a phone): the transitions matrix, the recovery step curve, the
//! journeys aligned at Inadequate, and the bars of what follows Good. The views print it.

use super::aligned::AlignedJourney;
use super::recovery::{Curve, DAYS_PER_YEAR};
use super::transitions::{Transitions, GRADES};
use crate::chart::{coord as fmt, text_width};
use crate::model::Grade;
use crate::national::grade_code;

/// Text size of every label in these charts.
pub const FONT: f64 = 12.0;

/// A chart's size and the edges of its plotting area, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plot {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

/// A labelled position on an axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub at: f64,
    pub label: String,
}

/// A grade's name where there is room, its code ("RI") where there is not.
fn grade_name(g: Grade, room: f64) -> String {
    if text_width(g.label(), FONT) <= room {
        g.label().to_string()
    } else {
        grade_code(Some(g)).to_string()
    }
}

// ---- Where councils go next: a matrix of counts, grade before down, grade after across.

#[derive(Debug, Clone, PartialEq)]
pub struct MatrixCell {
    pub x: f64,
    pub y: f64,
    pub from: Grade,
    pub to: Grade,
    pub count: usize,
    /// The cell's share of its row, for its shade: 0 to 1.
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TransitionsChart {
    pub width: f64,
    pub height: f64,
    pub cell: f64,
    pub cells: Vec<MatrixCell>,
    /// Row labels (grade before), at the middle of each row; `x` is their right edge.
    pub rows: Vec<Tick>,
    pub rows_x: f64,
    /// Column labels (grade after), at the middle of each column.
    pub columns: Vec<Tick>,
    pub columns_y: f64,
    /// Where the "Next inspection" heading above the columns sits.
    pub heading_x: f64,
}

pub fn transitions_chart(t: &Transitions, width: f64) -> TransitionsChart {
    let wide = width >= 520.0;
    let left = if wide { 170.0 } else { 40.0 };
    let cell = ((width - left - 8.0) / 5.0).clamp(36.0, 90.0);
    let top = 44.0;
    let mut cells = Vec::new();
    for (r, from) in GRADES.iter().enumerate() {
        let total = t.from_total(*from);
        for (c, to) in GRADES.iter().enumerate() {
            let count = t.count(*from, *to);
            cells.push(MatrixCell {
                x: left + c as f64 * cell,
                y: top + r as f64 * cell,
                from: *from,
                to: *to,
                count,
                share: if total == 0 { 0.0 } else { count as f64 / total as f64 },
            });
        }
    }
    let label = |g: Grade| if wide { g.label().to_string() } else { grade_code(Some(g)).to_string() };
    TransitionsChart {
        width,
        height: top + 5.0 * cell + 8.0,
        cell,
        rows: GRADES
            .iter()
            .enumerate()
            .map(|(r, g)| Tick { at: top + (r as f64 + 0.5) * cell, label: label(*g) })
            .collect(),
        rows_x: left - 8.0,
        columns: GRADES
            .iter()
            .enumerate()
            .map(|(c, g)| Tick {
                at: left + (c as f64 + 0.5) * cell,
                label: grade_code(Some(*g)).to_string(),
            })
            .collect(),
        columns_y: top - 8.0,
        heading_x: left + 2.5 * cell,
        cells,
    }
}

// ---- How long recovery takes: the share recovered as a step curve over ten years.

#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryChart {
    pub plot: Plot,
    /// The step curve as an SVG path.
    pub path: String,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    /// The number at risk under each year tick, on the row at `at_risk_y`.
    pub at_risk: Vec<Tick>,
    pub at_risk_y: f64,
    /// The median: where the curve crosses half, if it does, with its label.
    pub median: Option<(f64, f64, String)>,
    /// The height of the 50% line.
    pub half_y: f64,
}

/// Years the recovery chart spans.
pub const RECOVERY_YEARS: f64 = 10.0;

pub fn recovery_chart(c: &Curve, width: f64) -> RecoveryChart {
    let left = 48.0;
    let right = width - 16.0;
    let top = 16.0;
    let bottom = top + (width * 0.45).clamp(180.0, 300.0);
    let x = |years: f64| left + (right - left) * years.min(RECOVERY_YEARS) / RECOVERY_YEARS;
    let y = |share: f64| bottom - (bottom - top) * share;
    let end = c.longest_years().min(RECOVERY_YEARS);
    let mut path = format!("M{},{}", fmt(x(0.0)), fmt(y(0.0)));
    for s in &c.steps {
        let at = s.days as f64 / DAYS_PER_YEAR;
        if at > RECOVERY_YEARS {
            break;
        }
        path.push_str(&format!("H{}V{}", fmt(x(at)), fmt(y(s.share_recovered))));
    }
    path.push_str(&format!("H{}", fmt(x(end))));
    let every = if width < 430.0 { 2 } else { 1 };
    let years: Vec<u32> = (0..=RECOVERY_YEARS as u32).filter(|y| y % every == 0).collect();
    let at_risk_y = bottom + 66.0;
    RecoveryChart {
        plot: Plot { width, height: at_risk_y + 10.0, left, right, top, bottom },
        path,
        x_ticks: years.iter().map(|v| Tick { at: x(*v as f64), label: v.to_string() }).collect(),
        y_ticks: [0.0, 0.25, 0.5, 0.75, 1.0]
            .iter()
            .map(|s| Tick { at: y(*s), label: format!("{:.0}%", s * 100.0) })
            .collect(),
        at_risk: years
            .iter()
            .map(|v| Tick { at: x(*v as f64), label: c.at_risk_at(*v as f64).to_string() })
            .collect(),
        at_risk_y,
        median: c
            .median_years()
            .filter(|m| *m <= RECOVERY_YEARS)
            .map(|m| (x(m), y(0.5), format!("Half by {}", super::words::years(m)))),
        half_y: y(0.5),
    }
}

// ---- Journeys aligned at their first Inadequate judgement.

#[derive(Debug, Clone, PartialEq)]
pub struct AlignedLine {
    pub code: String,
    pub name: String,
    pub path: String,
    /// Each inspection's point and grade.
    pub points: Vec<(f64, f64, Grade)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AlignedChart {
    pub plot: Plot,
    pub lines: Vec<AlignedLine>,
    pub x_ticks: Vec<Tick>,
    /// One row a rank of grade, with its label at the left.
    pub rows: Vec<Tick>,
}

/// The rows of the aligned chart, best first: Adequate shares Requires improvement's row.
const ROWS: [Grade; 4] = [Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Inadequate];

pub fn aligned_chart(journeys: &[AlignedJourney], width: f64) -> AlignedChart {
    let wide = width >= 520.0;
    let left = if wide { 150.0 } else { 52.0 };
    let right = width - 16.0;
    let top = 16.0;
    let bottom = top + (width * 0.4).clamp(180.0, 260.0);
    let span = journeys.iter().flat_map(|j| j.points.iter().map(|(y, _)| *y)).fold(1.0, f64::max).ceil();
    let x = |years: f64| left + (right - left) * years / span;
    let row_y = |rank: u8| top + (bottom - top) * (4 - rank) as f64 / 3.0;
    let lines = journeys
        .iter()
        .map(|j| {
            let points: Vec<(f64, f64, Grade)> =
                j.points.iter().map(|(t, g)| (x(*t), row_y(g.rank().unwrap_or(1)), *g)).collect();
            let path = points
                .iter()
                .enumerate()
                .map(|(k, (px, py, _))| {
                    format!("{}{},{}", if k == 0 { "M" } else { "L" }, fmt(*px), fmt(*py))
                })
                .collect();
            AlignedLine { code: j.council.code.clone(), name: j.council.name.clone(), path, points }
        })
        .collect();
    let every = if width < 430.0 { 4 } else { 2 };
    let label = |g: Grade| match (g, wide) {
        (Grade::RequiresImprovement, true) => "RI or Adequate".to_string(),
        (Grade::RequiresImprovement, false) => "RI/A".to_string(),
        (g, _) => grade_name(g, left - 12.0),
    };
    AlignedChart {
        plot: Plot { width, height: bottom + 40.0, left, right, top, bottom },
        lines,
        x_ticks: (0..=span as u32)
            .filter(|y| y % every == 0)
            .map(|y| Tick { at: x(y as f64), label: y.to_string() })
            .collect(),
        rows: ROWS.iter().map(|g| Tick { at: row_y(g.rank().unwrap_or(1)), label: label(*g) }).collect(),
    }
}

// ---- What follows Good: a bar for each grade before, split by the grade after.

#[derive(Debug, Clone, PartialEq)]
pub struct BarSegment {
    pub x: f64,
    pub width: f64,
    pub to: Grade,
    pub count: usize,
    /// The grade's code, printed in the segment when it fits there.
    pub label: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub from: Grade,
    pub label: String,
    pub y: f64,
    pub total: usize,
    pub segments: Vec<BarSegment>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StayingChart {
    pub width: f64,
    pub height: f64,
    pub bar_height: f64,
    pub left: f64,
    pub bars: Vec<Bar>,
}

pub fn staying_chart(t: &Transitions, width: f64) -> StayingChart {
    let left = 16.0;
    let right = width - 16.0;
    let bar_height = 28.0;
    let bars = [Grade::Outstanding, Grade::Good]
        .iter()
        .enumerate()
        .map(|(k, from)| {
            let total = t.from_total(*from);
            let mut at = left;
            let segments = GRADES
                .iter()
                .filter(|to| t.count(*from, **to) > 0)
                .map(|to| {
                    let count = t.count(*from, *to);
                    let w = (right - left) * count as f64 / total.max(1) as f64;
                    let code = grade_code(Some(*to)).to_string();
                    let fits = text_width(&code, FONT) + 6.0 <= w;
                    let seg = BarSegment { x: at, width: w, to: *to, count, label: fits.then_some(code) };
                    at += w;
                    seg
                })
                .collect();
            Bar {
                from: *from,
                label: format!(
                    "After {} ({})",
                    from.label(),
                    crate::text::count(total, "inspection", "inspections")
                ),
                y: 22.0 + k as f64 * (bar_height + 34.0),
                total,
                segments,
            }
        })
        .collect();
    StayingChart { width, height: 22.0 + 2.0 * (bar_height + 34.0) - 10.0, bar_height, left, bars }
}
