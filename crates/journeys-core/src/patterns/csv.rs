//! The two published files of the national patterns, `/data/transitions.csv` and
//! `/data/recovery.csv`, with exactly the columns the definitions name. Both are plain ASCII,
//! so they are written without the byte-order mark the site's other CSVs carry for
//! spreadsheets: a reader's script sees `from_grade` as the first column's name.

use super::recovery::Curve;
use super::transitions::Transitions;

pub const TRANSITIONS_HEADER: [&str; 3] = ["from_grade", "to_grade", "count"];
pub const RECOVERY_HEADER: [&str; 3] = ["years", "share_recovered", "at_risk"];

/// Every pair with a count above 0, grades as in `inspections.csv`.
pub fn transitions_csv(t: &Transitions) -> String {
    let rows: Vec<Vec<String>> = t
        .rows()
        .into_iter()
        .map(|(from, to, n)| vec![from.csv_word().to_string(), to.csv_word().to_string(), n.to_string()])
        .collect();
    crate::export::write_plain(&TRANSITIONS_HEADER, &rows)
}

/// The curve at 1, 2, … 10 years: share recovered to three decimals and episodes at risk.
pub fn recovery_csv(c: &Curve) -> String {
    let rows: Vec<Vec<String>> = (1..=10)
        .map(|y| {
            let y = y as f64;
            vec![format!("{y}"), format!("{:.3}", c.share_recovered_at(y)), c.at_risk_at(y).to_string()]
        })
        .collect();
    crate::export::write_plain(&RECOVERY_HEADER, &rows)
}

/// The pairs that start at one of `from` (the "staying Good" chart's download).
pub fn transitions_from_csv(t: &Transitions, from: &[crate::model::Grade]) -> String {
    let rows: Vec<Vec<String>> = t
        .rows()
        .into_iter()
        .filter(|(f, _, _)| from.contains(f))
        .map(|(f, to, n)| vec![f.csv_word().to_string(), to.csv_word().to_string(), n.to_string()])
        .collect();
    crate::export::write_plain(&TRANSITIONS_HEADER, &rows)
}

/// The aligned journeys: one row an inspection, timed from the council's first Inadequate
/// judgement.
pub fn aligned_csv(journeys: &[super::aligned::AlignedJourney]) -> String {
    let mut rows = Vec::new();
    for j in journeys {
        for (years, grade) in &j.points {
            rows.push(vec![
                j.council.code.clone(),
                j.council.name.clone(),
                j.inadequate.published.to_string(),
                format!("{years:.2}"),
                grade.csv_word().to_string(),
            ]);
        }
    }
    crate::export::write(
        &["council_code", "council_name", "first_inadequate_published", "years_since", "grade"],
        &rows,
    )
}
