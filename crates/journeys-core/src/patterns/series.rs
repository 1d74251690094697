//! A council's headline series: its graded inspections of the SLAC, CPI, SIF and ILACS
//! frameworks with an overall effectiveness grade on a scale, one per inspection, ordered by
//! publication date and then start date. It is per council code as inspected: a
//! predecessor's inspections stay with the predecessor. The journey chart's joined line is
//! the same series (`chart::on_headline_line`).

use crate::chart::on_headline_line;
use crate::model::{Area, Council, Dataset, Grade, Inspection};

/// One council code's headline series.
#[derive(Debug, Clone, PartialEq)]
pub struct Series<'a> {
    pub council: &'a Council,
    /// The series' inspections, oldest first, each with its overall grade.
    pub inspections: Vec<(&'a Inspection, Grade)>,
}

/// The headline series of the council with this code (empty when it has none).
pub fn headline_series<'a>(data: &'a Dataset, code: &str) -> Vec<(&'a Inspection, Grade)> {
    let mut list: Vec<(&Inspection, Grade)> = data
        .inspections
        .iter()
        .filter(|i| i.council == code && on_headline_line(i))
        .filter_map(|i| i.grade(Area::OverallEffectiveness).map(|g| (i, g)))
        .collect();
    crate::sort::sort_by_key(&mut list, |(i, _)| (i.published, i.start));
    list
}

/// Every council's headline series that has at least one inspection, in the dataset's
/// council order (by code).
pub fn headline_serieses(data: &Dataset) -> Vec<Series<'_>> {
    data.councils
        .iter()
        .map(|c| Series { council: c, inspections: headline_series(data, &c.code) })
        .filter(|s| !s.inspections.is_empty())
        .collect()
}
