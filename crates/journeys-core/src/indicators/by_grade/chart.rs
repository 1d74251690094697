//! Geometry of one figure's spread by grade (one year of `YearGroups`): a row per grade with
//! its range as a line, the middle half of councils as a box and the median as a bar, on a
//! value scale of round numbers; laid out for a width in CSS pixels so its text keeps its size
//! on a phone. The view prints it.

use super::YearGroups;
use crate::chart::text_width;
use crate::model::Grade;
use crate::national::grade_code;
use crate::patterns::charts::{Tick, FONT};

#[derive(Debug, Clone, PartialEq)]
pub struct BoxRow {
    pub grade: Grade,
    /// "Good (67)" where there is room, "G (67)" where there is not.
    pub label: String,
    /// The middle of the row.
    pub y: f64,
    pub min: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub max: f64,
    /// The median as published, printed at the right.
    pub median_text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BoxChart {
    pub width: f64,
    pub height: f64,
    /// Right edge of the row labels.
    pub label_x: f64,
    /// The plot's left and right edges.
    pub x0: f64,
    pub x1: f64,
    /// Left edge of the median column.
    pub value_x: f64,
    pub box_height: f64,
    pub rows: Vec<BoxRow>,
    /// Value labels under the rows, at `axis_y`.
    pub ticks: Vec<Tick>,
    pub axis_y: f64,
}

const ROW: f64 = 30.0;
const TOP: f64 = 8.0;

/// A scale of round numbers around `lo..hi`: the step (1, 2 or 5 times a power of ten)
/// giving at most five labels.
pub fn round_scale(lo: f64, hi: f64) -> (f64, f64, f64) {
    let mut power = 0.1;
    loop {
        for m in [1.0, 2.0, 5.0] {
            let step = m * power;
            let a = (lo / step).floor() * step;
            let b = (hi / step).ceil() * step;
            if (b - a) / step <= 4.0 {
                return (a, b.max(a + step), step);
            }
        }
        power *= 10.0;
    }
}

fn number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

pub fn box_chart(r: &YearGroups, width: f64) -> BoxChart {
    let lo = r.groups.iter().map(|g| g.min.value()).fold(f64::INFINITY, f64::min);
    let hi = r.groups.iter().map(|g| g.max.value()).fold(f64::NEG_INFINITY, f64::max);
    let (lo, hi) = if lo.is_finite() { (lo, hi) } else { (0.0, 1.0) };
    let (a, b, step) = round_scale(lo, hi);
    // Names where the longest fits in a third of the width, else codes.
    let long = |g: &Grade, n: u32| format!("{} ({n})", g.label());
    let room = width / 3.0;
    let fits = r.groups.iter().all(|g| text_width(&long(&g.grade, g.councils), FONT) <= room);
    let labels: Vec<String> = r
        .groups
        .iter()
        .map(|g| {
            if fits {
                long(&g.grade, g.councils)
            } else {
                format!("{} ({})", grade_code(Some(g.grade)), g.councils)
            }
        })
        .collect();
    let label_w = labels.iter().map(|l| text_width(l, FONT)).fold(0.0, f64::max);
    let label_x = 4.0 + label_w;
    let value_w = r.groups.iter().map(|g| text_width(&g.median.text(), FONT)).fold(0.0, f64::max);
    let x0 = label_x + 12.0;
    let x1 = width - value_w - 16.0;
    // Written so that the scale's ends fall exactly on the plot's edges.
    let x = |v: f64| {
        let t = (v - a) / (b - a);
        (x0 * (1.0 - t) + x1 * t).clamp(x0, x1)
    };
    let rows: Vec<BoxRow> = r
        .groups
        .iter()
        .zip(labels)
        .enumerate()
        .map(|(k, (g, label))| BoxRow {
            grade: g.grade,
            label,
            y: TOP + ROW * (k as f64 + 0.5),
            min: x(g.min.value()),
            q1: x(g.q1.value()),
            median: x(g.median.value()),
            q3: x(g.q3.value()),
            max: x(g.max.value()),
            median_text: g.median.text(),
        })
        .collect();
    let axis_y = TOP + ROW * rows.len() as f64 + FONT + 6.0;
    let n = ((b - a) / step).round() as usize;
    let ticks = (0..=n).map(|k| a + step * k as f64).map(|v| Tick { at: x(v), label: number(v) }).collect();
    BoxChart {
        width,
        height: axis_y + 6.0,
        label_x,
        x0,
        x1,
        value_x: x1 + 8.0,
        box_height: 14.0,
        rows,
        ticks,
        axis_y,
    }
}
