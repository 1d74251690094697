//! Presentation (classroom) mode: a journey told one graded inspection at a time, each step
//! with its heading, the inspection in words and, for the curated councils, that year's story;
//! a comparison told a year at a time.

use crate::chart::{reveal, JourneyChart};
use crate::compare::SmallMultiple;
use crate::journey::InspectionRow;
use crate::stories::{story_for, Step};

#[derive(Debug, Clone, PartialEq)]
pub struct PresentStep {
    /// `2015: Good`.
    pub heading: String,
    /// The inspection in words: framework, type, dates, publication.
    pub detail: String,
    /// The curated story's step for this year, on the first inspection of that year.
    pub story: Option<&'static Step>,
}

/// One step per graded mark of `chart`, in order. `rows` are the rows the chart was drawn from.
pub fn present_steps(code: &str, chart: &JourneyChart, rows: &[InspectionRow]) -> Vec<PresentStep> {
    let story = story_for(code);
    let mut told: Vec<i32> = Vec::new();
    chart
        .marks
        .iter()
        .map(|m| {
            let row = rows.get(m.index);
            let year: i32 = m.year.parse().unwrap_or_default();
            let step = story.and_then(|s| s.steps.iter().find(|st| st.year == year && !told.contains(&year)));
            told.push(year);
            PresentStep {
                heading: format!("{}: {}", m.year, m.grade_label),
                detail: row.map_or_else(String::new, |r| {
                    let whose =
                        r.predecessor.as_ref().map_or(String::new(), |p| format!(" Inspection of {p}."));
                    format!(
                        "{} ({}). Inspected {}; report published {}.{whose}",
                        r.framework,
                        r.kind.to_lowercase(),
                        r.dates,
                        r.published
                    )
                }),
                story: step,
            }
        })
        .collect()
}

/// The steps of a comparison in presentation mode: every year in which any of the councils
/// has a graded inspection, oldest first.
pub fn compare_years(multiples: &[SmallMultiple]) -> Vec<i32> {
    let mut years: Vec<i32> =
        multiples.iter().flat_map(|m| m.chart.marks.iter().filter_map(|k| k.year.parse().ok())).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// A comparison's chart revealed up to the end of `year`.
pub fn reveal_to_year(chart: &JourneyChart, year: i32) -> JourneyChart {
    let shown = chart.marks.iter().take_while(|m| m.year.parse::<i32>().is_ok_and(|y| y <= year)).count();
    reveal(chart, shown)
}

/// What the comparison shows for `year`, a line per council inspected that year, e.g.
/// `Leicester: Inadequate`.
pub fn compare_step(multiples: &[SmallMultiple], year: i32) -> Vec<String> {
    multiples
        .iter()
        .flat_map(|m| {
            m.chart
                .marks
                .iter()
                .filter(move |k| k.year == year.to_string())
                .map(move |k| format!("{}: {}", m.name, k.grade_label))
        })
        .collect()
}
