//! Each DfE rate across councils, grouped by the grade of each council's latest inspection
//! at the figure's date (its headline series, `patterns::series`): for `/patterns`, the
//! median, quartiles and range of, say, the agency rate of councils then judged Inadequate
//! beside those then judged Good, with the number of councils behind each figure. It shows
//! an association, never a cause. The builder writes it as `indicators-by-grade.json` (read
//! by the page) and `.csv` (published); `docs/PATTERNS.md` gives the definitions.
//!
//! Figures are kept exact: values are in tenths as published, and a median of two values
//! is their sum in twentieths (`Stat`), printed with two decimals only when it needs them.

use super::{Context, Indicator, Value};
use crate::model::{Dataset, Grade};
use crate::patterns::headline_serieses;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub mod chart;

/// Format version of `indicators-by-grade.json`.
pub const FORMAT: u32 = 1;

/// The figures compared by grade: the rates. Children in need is a count, which grows with
/// a council's size, so it is not compared across councils.
pub const INDICATORS: [Indicator; 5] = [
    Indicator::CaseloadFte,
    Indicator::TurnoverRateFte,
    Indicator::AgencyRateFte,
    Indicator::VacancyRateFte,
    Indicator::LookedAfterRate,
];

/// The grades in the order rows are shown, best first.
pub const GRADES: [Grade; 5] =
    [Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Adequate, Grade::Inadequate];

/// A figure in twentieths of the published unit: exact for a value (tenths, doubled) and for
/// the mean of two values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Stat(pub i64);

impl Stat {
    fn of_tenths(t: i64) -> Stat {
        Stat(2 * t)
    }

    /// As published: "14.8", "7", and "14.85" for a median between 14.8 and 14.9.
    pub fn text(self) -> String {
        let (whole, rest) = (self.0 / 20, self.0 % 20);
        match rest {
            0 => whole.to_string(),
            r if r % 2 == 0 => format!("{whole}.{}", r / 2),
            r => format!("{whole}.{:02}", r * 5),
        }
    }

    /// The figure as a number, for chart geometry only.
    pub fn value(self) -> f64 {
        self.0 as f64 / 20.0
    }
}

/// The councils of one grade in one year: how many, and their spread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub grade: Grade,
    pub councils: u32,
    pub min: Stat,
    /// Lower quartile: the median of the values below the median.
    pub q1: Stat,
    pub median: Stat,
    /// Upper quartile: the median of the values above the median.
    pub q3: Stat,
    pub max: Stat,
}

/// One figure in one year, councils grouped by grade.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearGroups {
    pub indicator: Indicator,
    pub year: u16,
    /// The day the grades are taken on: the figure's own date (30 September for the
    /// workforce, 31 March for children looked after).
    #[serde(deserialize_with = "crate::date::de")]
    pub on: NaiveDate,
    /// Grades with at least one council, in `GRADES` order.
    pub groups: Vec<Group>,
    /// Councils with a number that year but no graded inspection by then.
    pub not_inspected: u32,
    /// Councils whose value that year is one of the DfE's codes, not a number.
    pub coded: u32,
}

/// Everything `/patterns` shows of the figures by grade, every year of every rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ByGrade {
    pub format: u32,
    pub rows: Vec<YearGroups>,
}

impl ByGrade {
    /// The rows of one figure, oldest year first.
    pub fn of(&self, indicator: Indicator) -> impl Iterator<Item = &YearGroups> {
        self.rows.iter().filter(move |r| r.indicator == indicator)
    }

    /// The figures as read from `indicators-by-grade.json`, if this site reads their format.
    pub fn checked(self) -> Result<ByGrade, String> {
        if self.format != FORMAT {
            return Err(format!("indicators-by-grade format {} (this site reads {FORMAT})", self.format));
        }
        Ok(self)
    }

    /// The latest year of one figure.
    pub fn latest(&self, indicator: Indicator) -> Option<&YearGroups> {
        self.of(indicator).last()
    }
}

/// The median of sorted tenths, in twentieths; `None` when empty.
fn median(sorted: &[i64]) -> Option<Stat> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(Stat::of_tenths(sorted[n / 2])),
        _ => Some(Stat(sorted[n / 2 - 1] + sorted[n / 2])),
    }
}

fn group(grade: Grade, mut tenths: Vec<i64>) -> Option<Group> {
    crate::sort::sort_by_key(&mut tenths, |t| *t);
    let n = tenths.len();
    let mid = median(&tenths)?;
    // The halves leave out the middle value of an odd count; one value is its own quartiles.
    let (low, high) =
        if n == 1 { (&tenths[..], &tenths[..]) } else { (&tenths[..n / 2], &tenths[n.div_ceil(2)..]) };
    Some(Group {
        grade,
        councils: n as u32,
        min: Stat::of_tenths(tenths[0]),
        q1: median(low)?,
        median: mid,
        q3: median(high)?,
        max: Stat::of_tenths(tenths[n - 1]),
    })
}

/// The date a figure of `year` is at.
pub fn figure_date(indicator: Indicator, year: u16) -> NaiveDate {
    let (m, d) = indicator.day();
    NaiveDate::from_ymd_opt(i32::from(year), m, d).expect("30 September and 31 March exist")
}

/// Groups every council's figures by the grade of its latest headline inspection published
/// on or before each figure's date. Councils are matched by ONS code, each with its own
/// inspections (a council formed in 2019 has no grade until its first inspection).
pub fn by_grade(data: &Dataset, context: &Context) -> ByGrade {
    let serieses = headline_serieses(data);
    let grade_on = |code: &str, on: NaiveDate| -> Option<Grade> {
        let s = serieses.iter().find(|s| s.council.code == code)?;
        s.inspections.iter().rev().find(|(i, _)| i.published <= on).map(|(_, g)| *g)
    };
    let mut rows = Vec::new();
    for indicator in INDICATORS {
        let mut years: Vec<u16> = context
            .councils
            .values()
            .filter_map(|c| c.figures.get(&indicator))
            .flat_map(|list| list.iter().map(|(y, _)| *y))
            .collect();
        crate::sort::sort_by_key(&mut years, |y| *y);
        years.dedup();
        for year in years {
            let on = figure_date(indicator, year);
            let mut by: Vec<Vec<i64>> = vec![Vec::new(); GRADES.len()];
            let (mut not_inspected, mut coded) = (0, 0);
            for (code, c) in &context.councils {
                let Some(value) = c.figures.get(&indicator).and_then(|l| l.iter().find(|(y, _)| *y == year))
                else {
                    continue;
                };
                let Value::Number(_) = &value.1 else {
                    coded += 1;
                    continue;
                };
                let tenths = value.1.tenths().expect("a number");
                match grade_on(code, on).and_then(|g| GRADES.iter().position(|x| *x == g)) {
                    Some(k) => by[k].push(tenths),
                    None => not_inspected += 1,
                }
            }
            let groups = GRADES.iter().zip(by).filter_map(|(g, list)| group(*g, list)).collect();
            rows.push(YearGroups { indicator, year, on, groups, not_inspected, coded });
        }
    }
    ByGrade { format: FORMAT, rows }
}

/// The published CSV: one row per figure, year and grade.
pub fn csv(b: &ByGrade) -> String {
    let mut out = String::from(
        "indicator,year,grades_on,grade,councils,min,lower_quartile,median,upper_quartile,max\n",
    );
    for r in &b.rows {
        for g in &r.groups {
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{},{},{}\n",
                r.indicator.key(),
                r.year,
                r.on,
                g.grade.label(),
                g.councils,
                g.min.text(),
                g.q1.text(),
                g.median.text(),
                g.q3.text(),
                g.max.text()
            ));
        }
    }
    out
}

/// The figure's median by grade in one sentence: "In 2025 the median was 14.3 cases per
/// social worker where the latest inspection then was Outstanding (37 councils); Good 15.1
/// (65), Requires improvement 15.8 (33), Inadequate 14.85 (16)."
pub fn sentence(r: &YearGroups) -> String {
    let Some((first, rest)) = r.groups.split_first() else {
        return format!("In {} no council with this figure had been inspected.", r.year);
    };
    let head = format!(
        "In {} the median was {} where the latest inspection then was {} ({})",
        r.year,
        r.indicator.with_unit(&first.median.text()),
        first.grade.label(),
        crate::text::count(first.councils as usize, "council", "councils")
    );
    let rest: Vec<String> =
        rest.iter().map(|g| format!("{} {} ({})", g.grade.label(), g.median.text(), g.councils)).collect();
    if rest.is_empty() {
        format!("{head}.")
    } else {
        format!("{head}; {}.", rest.join(", "))
    }
}
