//! A council's standing, defined once for every view that says where a council stands: the hex
//! map and its counts, the all-councils table and its grade filter, the journey measures, the
//! comparison labels and the embeds.
//!
//! The rule: a council stands at its latest published overall grade on a scale (Outstanding,
//! Good, Requires improvement or Adequate, Inadequate) on the journey's headline line (not an
//! inspection of looked after children only), with the inspection that gave it. An
//! inspection under the 2026 framework gives no overall grade, so it does not replace that
//! grade; when one has been published since, the standing carries it too, and every view shows
//! it beside the grade ("Inadequate, inspected again in May 2026: no overall grade").

use crate::chart::{headline_grade, on_headline_line};
use crate::journey::{inspections, release_date};
use crate::model::{Area, Council, Dataset, Grade, Inspection};
use crate::text::month_year;
use chrono::NaiveDate;

/// A council's standing on a day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Standing<'a> {
    /// The latest published overall grade on a scale; `None` before any.
    pub grade: Option<Grade>,
    /// The inspection that gave `grade`.
    pub inspection: Option<&'a Inspection>,
    /// A later inspection under the 2026 framework, which gives no overall grade: the newest one
    /// published after `inspection` (or, with no graded inspection, the newest one at all).
    pub inspected_since_2026: Option<&'a Inspection>,
}

impl Standing<'_> {
    /// The sentence that goes beside the grade when a 2026 inspection came after it, e.g.
    /// "Inspected again in May 2026 under the 2026 framework, which gives no overall grade."
    pub fn note(&self) -> Option<String> {
        self.inspected_since_2026.map(|i| {
            format!(
                "Inspected again in {} under the 2026 framework, which gives no overall grade.",
                month_year(i.when())
            )
        })
    }

    /// The short form printed in tight places (a table cell, a map label): e.g.
    /// "+ May 2026 inspection, no overall grade".
    pub fn short_note(&self) -> Option<String> {
        self.inspected_since_2026.map(|i| format!("+ {} inspection, no overall grade", month_year(i.when())))
    }
}

/// Whether an inspection is one under the 2026 framework that recorded no overall grade.
fn is_ungraded_2026(i: &Inspection) -> bool {
    i.grade(Area::OverallEffectiveness) == Some(Grade::NotGraded2026)
}

/// The standing from a journey's inspections (oldest first, as `journey::inspections` gives
/// them), counting only reports published by `day`; `None` counts them all.
pub fn standing_in<'a>(journey: &[&'a Inspection], day: Option<NaiveDate>) -> Standing<'a> {
    let known: Vec<&'a Inspection> =
        journey.iter().copied().filter(|i| day.is_none_or(|d| i.published <= d)).collect();
    // A council stands at its latest inspection of the whole service (or of child protection,
    // in 2012-13): an inspection of looked after children only does not replace that.
    let graded =
        known.iter().rev().filter(|i| on_headline_line(i)).find_map(|i| headline_grade(i).map(|g| (*i, g)));
    let since = known
        .iter()
        .copied()
        .filter(|i| is_ungraded_2026(i))
        .filter(|i| graded.is_none_or(|(g, _)| (i.published, i.when()) > (g.published, g.when())))
        .max_by_key(|i| (i.published, i.when()));
    Standing {
        grade: graded.map(|(_, g)| g),
        inspection: graded.map(|(i, _)| i),
        inspected_since_2026: since,
    }
}

/// What the public knew on `day`: only reports published by then count, so the map never shows
/// a judgement before it was made public.
pub fn standing_at<'a>(data: &'a Dataset, council: &Council, day: NaiveDate) -> Standing<'a> {
    standing_in(&inspections(data, council), Some(day))
}

/// The council's current standing: as it stood on the day of the data release.
pub fn current_standing<'a>(data: &'a Dataset, council: &Council) -> Standing<'a> {
    standing_at(data, council, release_date(data))
}
