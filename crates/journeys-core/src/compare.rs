//! Councils side by side: the caveat shown when a comparison spans grading scales, the shared
//! time axis that lines the small multiples up, the small multiples themselves, the heading
//! and the summary row of latest grades. Which councils a URL names is `selection`; the
//! ready-made groups are `presets`. Pure functions of the dataset; the page only prints what
//! they return.

pub mod presets;
pub mod selection;

use crate::chart::{council_chart_from, earliest, headline_grade, JourneyChart};
use crate::journey::{
    event_rows, events, inspection_rows, inspections, release_date, EventRow, InspectionRow,
};
use crate::model::{Area, Dataset, Framework, Grade, Inspection};
use crate::standing::standing_in;
use crate::summary::{journey_summary, measures};
use crate::text::{count, join_names, month_year};
use chrono::{Datelike, NaiveDate};
use presets::{matching_preset, Preset};

/// A council's name, or the code itself when no council has it.
fn name_of(data: &Dataset, code: &str) -> String {
    data.council(code).map(|c| c.name.clone()).unwrap_or_else(|| code.to_string())
}

/// The grading scale an inspection's headline sits on, for the caveat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Scale {
    /// 2009-13: Outstanding, Good, Adequate, Inadequate.
    WithAdequate,
    /// SIF and ILACS: Outstanding, Good, Requires improvement, Inadequate.
    WithRequiresImprovement,
    /// ILACS from April 2026: no overall effectiveness grade.
    NoOverallGrade,
}

fn scale(i: &Inspection) -> Option<Scale> {
    if i.grade(Area::OverallEffectiveness) == Some(Grade::NotGraded2026) {
        return Some(Scale::NoOverallGrade);
    }
    // Only inspections drawn on the journey line count: a standalone review of a
    // safeguarding board has no headline grade and is not compared.
    headline_grade(i)?;
    Some(match i.framework {
        Framework::Slac | Framework::Cpi | Framework::Lac => Scale::WithAdequate,
        Framework::Sif | Framework::Ilacs | Framework::LscbReview => Scale::WithRequiresImprovement,
    })
}

/// The caveat shown when a comparison spans grading scales: its words, and which of the
/// differences it explains, so a view can add what goes with each (links to the glossary's
/// Adequate and Requires improvement) without reading the words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caveat {
    pub text: String,
    /// Inspections graded Adequate (2009-13) are shown beside ones graded on the scale with
    /// Requires improvement (SIF and ILACS).
    pub adequate_and_requires_improvement: bool,
    /// Inspections from April 2026, which give no overall grade, are shown beside graded ones.
    pub no_overall_grade: bool,
}

/// The caveat shown whenever the graded inspections of the councils shown (with their
/// predecessors') span frameworks with different scales: 2009-13 inspections used Adequate
/// where SIF and ILACS use Requires improvement, and inspections from April 2026 give no
/// overall grade. `None` when every inspection shown sits on the same scale. Works for one
/// council too (its judgement-area matrix spans frameworks as well).
pub fn framework_caveat(data: &Dataset, codes: &[String]) -> Option<Caveat> {
    let mut scales: Vec<Scale> = codes
        .iter()
        .filter_map(|code| data.council(code))
        .flat_map(|c| inspections(data, c))
        .filter_map(scale)
        .collect();
    crate::sort::sort(&mut scales);
    scales.dedup();
    if scales.len() < 2 {
        return None;
    }
    let mut out = String::from("These inspections were made under frameworks with different grading scales.");
    let adequate_and_requires_improvement =
        scales.contains(&Scale::WithAdequate) && scales.contains(&Scale::WithRequiresImprovement);
    let no_overall_grade = scales.contains(&Scale::NoOverallGrade);
    if adequate_and_requires_improvement {
        out.push_str(
            " Inspections from 2009 to 2013 graded Outstanding, Good, Adequate or Inadequate; \
             from late 2013 Requires improvement to be good took the place of Adequate. The two \
             are drawn at the same level but are not the same judgement.",
        );
    }
    if no_overall_grade {
        out.push_str(
            " Inspections from April 2026 give no overall effectiveness grade, so they are shown \
             without one rather than placed on the scale.",
        );
    }
    Some(Caveat { text: out, adequate_and_requires_improvement, no_overall_grade })
}

/// The last day the comparison's time axis must reach: the data release, or a later dated
/// inspection or event of one of the councils (so nothing is clipped at the right edge).
pub fn shared_until(data: &Dataset, codes: &[String]) -> NaiveDate {
    let release = release_date(data);
    codes
        .iter()
        .filter_map(|code| data.council(code))
        .flat_map(|c| {
            let i = inspections(data, c).into_iter().map(|i| i.when());
            let e = events(data, c).into_iter().map(|e| e.date);
            i.chain(e).collect::<Vec<_>>()
        })
        .fold(release, NaiveDate::max)
}

/// The earliest inspection or event of any of the councils (with their predecessors'): the
/// comparison's charts all start in its year.
pub fn shared_from(data: &Dataset, codes: &[String]) -> NaiveDate {
    codes
        .iter()
        .filter_map(|code| data.council(code))
        .map(|c| earliest(&inspections(data, c), &events(data, c)))
        .min()
        .unwrap_or_else(|| earliest(&[], &[]))
}

/// One council's chart in the comparison, labelled directly.
#[derive(Debug, Clone, PartialEq)]
pub struct SmallMultiple {
    pub code: String,
    pub name: String,
    pub slug: String,
    /// The latest overall grade on a scale and the month of that inspection, for the label
    /// beside the name.
    pub current: Option<(Grade, String)>,
    /// The month of a later inspection under the 2026 framework, which gives no overall
    /// grade, so the label can say that `current` is not the whole story.
    pub inspected_since: Option<String>,
    /// The journey in a sentence, the chart's text summary.
    pub summary: String,
    pub chart: JourneyChart,
    /// The chart's table alternative: the rows the journey chart component already prints.
    pub inspections: Vec<InspectionRow>,
    pub events: Vec<EventRow>,
}

/// A comparison's time span: its first and its last day.
pub type Span = (NaiveDate, NaiveDate);

/// The time span every small multiple of a comparison shares: from `shared_from` to
/// `shared_until`.
pub fn shared_span(data: &Dataset, codes: &[String]) -> Span {
    (shared_from(data, codes), shared_until(data, codes))
}

/// The small multiples of a comparison, in the selection's order, all laid out on the shared
/// time axis at `width` user units. Unknown codes are skipped.
pub fn small_multiples(data: &Dataset, codes: &[String], width: f64) -> Vec<SmallMultiple> {
    let span = shared_span(data, codes);
    codes.iter().filter_map(|code| small_multiple(data, code, span, width)).collect()
}

/// One council's small multiple on the time axis `span` (`shared_span` of its comparison), at
/// `width` user units; `None` for an unknown code. A comparison that gains or loses a council
/// without changing its span leaves the others' small multiples as they were, so a view can
/// keep them.
pub fn small_multiple(
    data: &Dataset,
    code: &str,
    span: (NaiveDate, NaiveDate),
    width: f64,
) -> Option<SmallMultiple> {
    let c = data.council(code)?;
    let list = inspections(data, c);
    let inspected_since = standing_in(&list, None).inspected_since_2026.map(|i| month_year(i.when()));
    Some(SmallMultiple {
        code: c.code.clone(),
        name: c.name.clone(),
        slug: c.slug.clone(),
        current: measures(&list).current,
        inspected_since,
        summary: journey_summary(&c.name, &list),
        chart: council_chart_from(data, c, span, width),
        inspections: inspection_rows(data, c),
        events: event_rows(data, c),
    })
}

/// The heading naming a comparison's group: the preset's title when the comparison shows
/// exactly a preset's councils ("Bradford and its statistical neighbours", "Councils in
/// Yorkshire and the Humber"), else its councils' names, all of them up to three ("Leeds and
/// Leicester") and the first two with a count beyond ("Leeds, Leicester and 3 others");
/// "Compare councils" when there are none.
pub fn group_heading(data: &Dataset, codes: &[String]) -> String {
    group_heading_with(data, codes, matching_preset(data, codes).as_ref())
}

/// `group_heading` with the comparison's `matching_preset` given, for a page that has it
/// already (it shows the preset's note too) and need not look for it twice.
pub fn group_heading_with(data: &Dataset, codes: &[String], matching: Option<&Preset>) -> String {
    if let Some(p) = matching {
        return p.title.clone();
    }
    let names: Vec<String> = codes.iter().filter_map(|c| data.council(c)).map(|c| c.name.clone()).collect();
    match names.len() {
        0 => "Compare councils".to_string(),
        1..=3 => join_names(&names),
        n => join_names(&[names[0].clone(), names[1].clone(), format!("{} others", n - 2)]),
    }
}

/// One council's latest grade, for the comparison's summary row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LatestGrade {
    pub code: String,
    pub name: String,
    pub slug: String,
    /// The current standing's grade; `None` before any overall grade on a scale.
    pub grade: Option<Grade>,
    /// The grade in words: "Good", or "No overall grade yet".
    pub words: String,
    /// The year of the inspection that gave it.
    pub year: Option<i32>,
    /// The short note of a newer 2026 inspection, e.g. "+ May 2026 inspection, no overall
    /// grade".
    pub note: Option<String>,
}

/// Each council's current standing (`standing::current_standing`), in the comparison's order;
/// unknown codes are skipped.
pub fn latest_grades(data: &Dataset, codes: &[String]) -> Vec<LatestGrade> {
    codes
        .iter()
        .filter_map(|code| data.council(code))
        .map(|c| {
            let s = crate::standing::current_standing(data, c);
            LatestGrade {
                code: c.code.clone(),
                name: c.name.clone(),
                slug: c.slug.clone(),
                grade: s.grade,
                words: s.grade.map_or("No overall grade yet", Grade::label).to_string(),
                year: s.inspection.map(|i| i.when().year()),
                note: s.short_note(),
            }
        })
        .collect()
}

/// What the comparison's CSV download holds, in words beside its button.
pub fn download_what(councils: usize) -> String {
    let whom = if councils == 1 { "council".to_string() } else { count(councils, "council", "councils") };
    format!("The inspections of the {whom} in this comparison, one row per judgement area, and their other events")
}
