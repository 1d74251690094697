//! The journey told in words: a plain-English summary that reads well aloud
//! (`journey_summary`), and the journey measures shown beside it (current grade, number of
//! inspections, time from first Inadequate to Good or better, the biggest change between two
//! inspections).

use crate::chart::{headline_grade, on_headline_line};
use crate::model::{Grade, Inspection, Scope};
use crate::standing::standing_in;
use crate::text::{count, join_and, long_date, month_year};
use chrono::{Datelike, NaiveDate};

/// The summary sentence(s) for a council's graded inspections, oldest first.
/// E.g. "Leeds was judged Inadequate in 2009, Good in 2015 and Outstanding in 2018, 2022
/// and 2025."
pub fn journey_summary(name: &str, inspections: &[&Inspection]) -> String {
    let graded: Vec<(Grade, (i32, Scope))> = inspections
        .iter()
        .filter(|i| on_headline_line(i))
        .filter_map(|i| headline_grade(i).map(|g| (g, (i.when().year(), i.scope()))))
        .collect();
    let mut out = if graded.is_empty() {
        format!("{name} has no graded inspection in this data.")
    } else {
        // Runs of the same grade in a row are told once with all their years.
        let mut runs: Vec<(Grade, Vec<(i32, Scope)>)> = Vec::new();
        for (g, y) in graded {
            match runs.last_mut() {
                Some((last, years)) if *last == g => years.push(y),
                _ => runs.push((g, vec![y])),
            }
        }
        let parts: Vec<String> = runs
            .iter()
            .map(|(g, years)| format!("{} in {}", g.label(), join_and(&year_words(years))))
            .collect();
        format!("{name} was judged {}.", join_and(&parts))
    };
    if let Some(since) = standing_in(inspections, None).inspected_since_2026 {
        out.push_str(&format!(
            " It was inspected again in {} under the 2026 framework, which gives no overall grade.",
            month_year(since.when())
        ));
    }
    out
}

/// Years in words, a year named once however many inspections it held, and an inspection of
/// child protection only said to be one: `2013 (child protection, twice)`.
fn year_words(years: &[(i32, Scope)]) -> Vec<String> {
    let mut out: Vec<((i32, Scope), usize)> = Vec::new();
    for y in years {
        match out.last_mut() {
            Some((last, n)) if last == y => *n += 1,
            _ => out.push((*y, 1)),
        }
    }
    out.into_iter()
        .map(|((y, scope), n)| {
            let mut notes = Vec::new();
            if scope == Scope::ChildProtection {
                notes.push("child protection".to_string());
            }
            match n {
                1 => {}
                2 => notes.push("twice".to_string()),
                n => notes.push(format!("{n} times")),
            }
            if notes.is_empty() {
                y.to_string()
            } else {
                format!("{y} ({})", notes.join(", "))
            }
        })
        .collect()
}

/// Figures about a journey, in words ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Measures {
    /// The current standing (`standing::standing_in`): e.g. `Outstanding`, with the month of
    /// the inspection.
    pub current: Option<(Grade, String)>,
    /// Beside it, when a 2026 inspection (no overall grade) came later: e.g. "Inspected again
    /// in May 2026 under the 2026 framework, which gives no overall grade."
    pub current_note: Option<String>,
    pub inspections: usize,
    /// E.g. `5 years 4 months`, `Not yet`, or `Never judged Inadequate`.
    pub inadequate_to_good: String,
    /// E.g. `Up 2 grades: Inadequate (2009) to Good (2015)`.
    pub biggest_change: Option<String>,
}

pub fn measures(inspections: &[&Inspection]) -> Measures {
    let graded: Vec<(&Inspection, Grade)> = inspections
        .iter()
        .filter(|i| on_headline_line(i))
        .filter_map(|i| headline_grade(i).map(|g| (*i, g)))
        .collect();
    let standing = standing_in(inspections, None);
    let current = standing.inspection.zip(standing.grade).map(|(i, g)| (g, month_year(i.when())));
    let current_note = standing.note();
    let inadequate_to_good = match graded.iter().position(|(_, g)| *g == Grade::Inadequate) {
        None => "Never judged Inadequate".to_string(),
        Some(k) => match graded[k + 1..].iter().find(|(_, g)| g.rank().unwrap_or(0) >= 3) {
            Some((later, _)) => duration(graded[k].0.when(), later.when()),
            None => "Not yet".to_string(),
        },
    };
    let biggest_change = graded
        .windows(2)
        .map(|w| (w[1].1.rank().unwrap_or(0) as i8 - w[0].1.rank().unwrap_or(0) as i8, w))
        .filter(|(d, _)| *d != 0)
        // The largest move; among equals, the most recent.
        .max_by_key(|(d, w)| (d.abs(), w[1].0.when()))
        .map(|(d, w)| {
            format!(
                "{} {}: {} ({}) to {} ({})",
                if d > 0 { "Up" } else { "Down" },
                count(d.unsigned_abs().into(), "grade", "grades"),
                w[0].1.label(),
                w[0].0.when().year(),
                w[1].1.label(),
                w[1].0.when().year()
            )
        });
    Measures { current, current_note, inspections: inspections.len(), inadequate_to_good, biggest_change }
}

/// Whole years and months between two dates, e.g. `5 years 2 months`.
pub fn duration(from: NaiveDate, to: NaiveDate) -> String {
    let mut months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    if to.day() < from.day() {
        months -= 1;
    }
    let months = months.max(0);
    let (y, m) = (months / 12, months % 12);
    let (years, months) = (count(y as usize, "year", "years"), count(m as usize, "month", "months"));
    match (y, m) {
        (0, _) => months,
        (_, 0) => years,
        _ => format!("{years} {months}"),
    }
}

/// The date words for an inspection's publication, for details panels.
pub fn published(i: &Inspection) -> String {
    long_date(i.published)
}

/// For an abolished council, what stands in place of "what usually happens next" beside its
/// last grade: when it was abolished and who took over, e.g. "Its last grade before it was
/// abolished on 1 April 2021: its children's services passed to North Northamptonshire and
/// West Northamptonshire." `None` for a current council.
pub fn abolished_note(data: &crate::model::Dataset, council: &crate::model::Council) -> Option<String> {
    let day = council.abolished?;
    let names: Vec<String> =
        council.successors.iter().map(|c| data.council(c).map_or(c.clone(), |s| s.name.clone())).collect();
    Some(if names.is_empty() {
        format!("Its last grade before it was abolished on {}.", long_date(day))
    } else {
        format!(
            "Its last grade before it was abolished on {}: its children's services passed to {}.",
            long_date(day),
            join_and(&names)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn durations_read_naturally() {
        let cases = [
            ((d(2009, 11, 23), d(2015, 1, 20)), "5 years 1 month"),
            ((d(2015, 1, 20), d(2018, 1, 20)), "3 years"),
            ((d(2015, 1, 20), d(2015, 3, 19)), "1 month"),
            ((d(2015, 1, 20), d(2015, 1, 21)), "0 months"),
        ];
        for ((a, b), want) in cases {
            assert_eq!(duration(a, b), want, "{a} to {b}");
        }
    }
}
