//! Presentation (classroom) mode: a journey told one inspection at a time, each step with its
//! heading, the inspection in words, what changed since the inspection before (a generated
//! sentence, so that every slide says something) and, for the curated councils, that year's
//! story; a comparison told a year at a time.

use crate::chart::{reveal, JourneyChart};
use crate::compare::SmallMultiple;
use crate::journey::InspectionRow;
use crate::lessons::{story_for, Step};
use crate::model::{Grade, Scope};

/// What a slide of the 2026 framework says: it gives no overall grade by design.
pub const NO_OVERALL_GRADE: &str = "No overall grade: the 2026 framework does not give one.";

/// How much of the chart a step shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shows {
    /// The first so many graded marks, and the lines and events up to the last of them.
    Marks(usize),
    /// Everything up to this x: the step of an inspection with no overall grade, drawn on the
    /// lane of ungraded events rather than as a mark.
    Until(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PresentStep {
    /// `2015: Good`, or `2026: No overall grade`.
    pub heading: String,
    /// The inspection in words: framework, type, dates, publication.
    pub detail: String,
    /// What changed since the inspection before, e.g. "Up from Requires improvement (2015) to
    /// Good (2018)."; the slide's words where no curated story tells the step.
    pub change: String,
    /// The curated story's step for this year, on the first inspection of that year.
    pub story: Option<&'static Step>,
    pub shows: Shows,
    /// The step's inspection: its index in the rows the chart was drawn from, so a slide can
    /// show what that report said must improve.
    pub row: Option<usize>,
}

/// A grade and the year of the inspection that gave it, as the change sentence names them.
pub type Judged<'a> = (Grade, &'a str);

/// What changed between the journey's previous inspection of the whole service (or of child
/// protection, which counts as the headline in 2012-13) and this one, whose scope is `scope`.
/// `before` is `None` for the first. An inspection of looked after children only is said to be
/// so and not compared, as it answers a narrower question.
pub fn change_since(before: Option<Judged>, now: Judged, scope: Scope) -> String {
    let (grade, year) = now;
    let compared = match before {
        None => "The first inspection in this journey.".to_string(),
        Some((was, then)) if was == grade => format!("Still {}, as in {then}.", grade.label()),
        Some((was, then)) => match (was.rank(), grade.rank()) {
            (Some(a), Some(b)) if b > a => {
                format!("Up from {} ({then}) to {} ({year}).", was.label(), grade.label())
            }
            (Some(a), Some(b)) if b < a => {
                format!("Down from {} ({then}) to {} ({year}).", was.label(), grade.label())
            }
            // Adequate and Requires improvement: the same level on two scales.
            _ => format!(
                "From {} ({then}) to {} ({year}): the same level on the newer scale, not the same judgement.",
                was.label(),
                grade.label()
            ),
        },
    };
    match scope {
        Scope::WholeService => compared,
        Scope::ChildProtection => {
            format!("An inspection of child protection only, not of the whole service. {compared}")
        }
        Scope::LookedAfter => {
            "An inspection of services for looked after children only, not of the whole service.".to_string()
        }
    }
}

/// The words of a step for an inspection under the 2026 framework: no overall grade, and the
/// last overall grade, which still stands.
pub fn ungraded_2026(before: Option<Judged>) -> String {
    match before {
        Some((grade, year)) => {
            format!("{NO_OVERALL_GRADE} The last overall grade, {} ({year}), still stands.", grade.label())
        }
        None => NO_OVERALL_GRADE.to_string(),
    }
}

fn detail(row: Option<&InspectionRow>) -> String {
    row.map_or_else(String::new, |r| {
        let whose = r.predecessor.as_ref().map_or(String::new(), |p| format!(" Inspection of {p}."));
        let when = if r.dated {
            format!("Inspected {}; report published {}.", r.dates, r.published)
        } else {
            format!("Report published {}; the source gives no inspection dates.", r.published)
        };
        format!("{} ({}). {when}{whose}", r.framework, r.kind.to_lowercase())
    })
}

/// One step per graded mark of `chart`, and one per inspection under the 2026 framework (drawn
/// on the lane, as it has no overall grade), in order along the time axis. `rows` are the rows
/// the chart was drawn from.
pub fn present_steps(code: &str, chart: &JourneyChart, rows: &[InspectionRow]) -> Vec<PresentStep> {
    // The items told, by x: a mark (its position among the marks) or a 2026 inspection on the
    // lane (its x and row). A mark comes before a lane item at the same x.
    enum Item {
        Mark(usize),
        Lane(f64, usize),
    }
    let mut items: Vec<(f64, u8, Item)> =
        chart.marks.iter().enumerate().map(|(k, m)| (m.x, 0, Item::Mark(k))).collect();
    for e in &chart.events {
        let Some(index) = e.inspection else { continue };
        let ungraded =
            rows.get(index).is_some_and(|r| r.judgements.iter().any(|(_, g)| *g == Grade::NotGraded2026));
        if ungraded {
            items.push((e.x, 1, Item::Lane(e.x, index)));
        }
    }
    crate::sort::sort_by(&mut items, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));

    let story = story_for(code);
    let mut told: Vec<i32> = Vec::new();
    // The last grade of the whole service (or of child protection) told so far.
    let mut before: Option<(Grade, String)> = None;
    let mut shown = 0;
    items
        .into_iter()
        .map(|(_, _, item)| match item {
            Item::Mark(k) => {
                let m = &chart.marks[k];
                shown = k + 1;
                let year: i32 = m.year.parse().unwrap_or_default();
                let step =
                    story.and_then(|s| s.steps.iter().find(|st| st.year == year && !told.contains(&year)));
                told.push(year);
                let change =
                    change_since(before.as_ref().map(|(g, y)| (*g, y.as_str())), (m.grade, &m.year), m.scope);
                if m.scope != Scope::LookedAfter {
                    before = Some((m.grade, m.year.clone()));
                }
                PresentStep {
                    heading: format!("{}: {}", m.year, m.grade_label),
                    detail: detail(rows.get(m.index)),
                    change,
                    story: step,
                    shows: Shows::Marks(shown),
                    row: Some(m.index),
                }
            }
            Item::Lane(x, index) => {
                let row = rows.get(index);
                PresentStep {
                    heading: format!("{}: No overall grade", row.map_or(0, |r| r.year)),
                    detail: detail(row),
                    change: ungraded_2026(before.as_ref().map(|(g, y)| (*g, y.as_str()))),
                    story: None,
                    shows: Shows::Until(x),
                    row: Some(index),
                }
            }
        })
        .collect()
}

/// The chart as a step shows it.
pub fn reveal_step(chart: &JourneyChart, shows: Shows) -> JourneyChart {
    match shows {
        Shows::Marks(n) => reveal(chart, n),
        Shows::Until(x) => {
            let until = x + 0.01;
            let mut c = chart.clone();
            c.marks.retain(|m| m.x <= until);
            c.segments.retain(|s| s.x2 <= until);
            c.events.retain(|e| e.x <= until);
            c
        }
    }
}

/// The steps of a comparison in presentation mode: every year in which any of the councils
/// has a graded inspection, oldest first.
pub fn compare_years(multiples: &[SmallMultiple]) -> Vec<i32> {
    let mut years: Vec<i32> =
        multiples.iter().flat_map(|m| m.chart.marks.iter().filter_map(|k| k.year.parse().ok())).collect();
    crate::sort::sort(&mut years);
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
