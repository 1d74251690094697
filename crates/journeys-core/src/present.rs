//! Presentation (classroom) mode: a journey told one graded inspection at a time, each step
//! with its heading, the inspection in words and, for the curated councils, that year's story.

use crate::chart::JourneyChart;
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
