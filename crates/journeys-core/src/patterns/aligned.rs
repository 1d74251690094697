//! Journeys aligned at Inadequate: every council ever judged Inadequate overall, its headline
//! series from its first Inadequate judgement on, timed in years since that judgement, so
//! the paths out of Inadequate can be seen side by side.

use super::recovery::DAYS_PER_YEAR;
use super::series::Series;
use crate::model::{Council, Grade, Inspection};

#[derive(Debug, Clone, PartialEq)]
pub struct AlignedJourney<'a> {
    pub council: &'a Council,
    /// The first Inadequate judgement, where the journey's clock starts.
    pub inadequate: &'a Inspection,
    /// That inspection and every later one of the series: years since it, and the grade.
    pub points: Vec<(f64, Grade)>,
}

impl AlignedJourney<'_> {
    /// The grade of the journey's latest inspection.
    pub fn latest(&self) -> Grade {
        self.points.last().map_or(Grade::Inadequate, |(_, g)| *g)
    }

    /// Years from the Inadequate judgement to the first Good or Outstanding one, if any.
    pub fn years_to_good(&self) -> Option<f64> {
        self.points.iter().find(|(_, g)| matches!(g, Grade::Good | Grade::Outstanding)).map(|(y, _)| *y)
    }
}

/// The aligned journeys of these series, in series order.
pub fn aligned<'a>(serieses: &[Series<'a>]) -> Vec<AlignedJourney<'a>> {
    serieses
        .iter()
        .filter_map(|s| {
            let first = s.inspections.iter().position(|(_, g)| *g == Grade::Inadequate)?;
            let start = s.inspections[first].0;
            let points = s.inspections[first..]
                .iter()
                .map(|(i, g)| ((i.published - start.published).num_days() as f64 / DAYS_PER_YEAR, *g))
                .collect();
            Some(AlignedJourney { council: s.council, inadequate: start, points })
        })
        .collect()
}

/// Current councils whose latest headline inspection is Inadequate, by name.
pub fn still_inadequate<'a>(serieses: &[Series<'a>]) -> Vec<&'a Council> {
    let mut out: Vec<&Council> = serieses
        .iter()
        .filter(|s| s.council.current && s.inspections.last().is_some_and(|(_, g)| *g == Grade::Inadequate))
        .map(|s| s.council)
        .collect();
    crate::sort::sort_by_key(&mut out, |c| c.name.clone());
    out
}
