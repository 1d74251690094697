//! How long recovery from Inadequate takes. An episode starts at each headline inspection
//! graded Inadequate and published on or after 1 January 2014 whose previous headline
//! inspection (if any) was not Inadequate; it ends with recovery at the publication of the
//! council's first later headline inspection graded Good or Outstanding, or else is censored
//! at the data's release date (at the abolition date for a council abolished before it).
//! The share recovered by a time is 1 − S(t), S the Kaplan–Meier estimate over all episodes,
//! with Greenwood's variance for how sure it is. Times are days / 365.25 years.

use super::series::Series;
use crate::model::{Council, Framework, Grade, Inspection};
use chrono::NaiveDate;

/// Episodes start no earlier than this: the 2009-13 frameworks inspected too rarely and on
/// another scale for a time to Good to mean the same.
pub fn first_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 1, 1).expect("valid date")
}

/// Days in a year for the times on the curve.
pub const DAYS_PER_YEAR: f64 = 365.25;

/// One stretch of a council's time in Inadequate.
#[derive(Debug, Clone, PartialEq)]
pub struct Episode<'a> {
    pub council: &'a Council,
    /// The Inadequate inspection that starts it.
    pub start: &'a Inspection,
    /// The first later inspection graded Good or Outstanding, if there is one.
    pub recovery: Option<&'a Inspection>,
    /// Recovery's publication date, or the day the episode is censored.
    pub end: NaiveDate,
}

impl Episode<'_> {
    pub fn days(&self) -> i64 {
        (self.end - self.start.published).num_days()
    }

    pub fn years(&self) -> f64 {
        self.days() as f64 / DAYS_PER_YEAR
    }

    pub fn recovered(&self) -> bool {
        self.recovery.is_some()
    }
}

fn good_or_better(g: Grade) -> bool {
    matches!(g, Grade::Good | Grade::Outstanding)
}

/// Every episode of these headline series, in series order. `release` is the data's release
/// date, where episodes still running are censored.
pub fn episodes<'a>(serieses: &[Series<'a>], release: NaiveDate) -> Vec<Episode<'a>> {
    let mut out = Vec::new();
    for s in serieses {
        let censor = s.council.abolished.map_or(release, |a| a.min(release));
        for (k, (i, g)) in s.inspections.iter().enumerate() {
            let after_other = k == 0 || s.inspections[k - 1].1 != Grade::Inadequate;
            if *g != Grade::Inadequate || i.published < first_start() || !after_other {
                continue;
            }
            let recovery = s.inspections[k + 1..].iter().find(|(_, g)| good_or_better(*g)).map(|(r, _)| *r);
            let end = recovery.map_or(censor, |r| r.published);
            out.push(Episode { council: s.council, start: i, recovery, end });
        }
    }
    out
}

/// One drop of the Kaplan–Meier curve: at `days`, `recovered` of the `at_risk` episodes
/// recovered.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub days: i64,
    pub at_risk: usize,
    pub recovered: usize,
    /// 1 − S just after this time.
    pub share_recovered: f64,
    /// Greenwood's sum of d / (n (n − d)) up to and including this time.
    greenwood: f64,
}

/// The Kaplan–Meier estimate of the share recovered over time.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Curve {
    /// Each episode's length in days and whether it ended in recovery, shortest first.
    pub durations: Vec<(i64, bool)>,
    /// A step at each time an episode recovered, in time order.
    pub steps: Vec<Step>,
}

/// The curve of these episodes. Recoveries and censorings on the same day: the censored
/// episodes count as at risk on that day (the usual convention).
pub fn curve(episodes: &[Episode]) -> Curve {
    let mut durations: Vec<(i64, bool)> = episodes.iter().map(|e| (e.days(), e.recovered())).collect();
    crate::sort::sort(&mut durations);
    let mut steps = Vec::new();
    let mut survival = 1.0;
    let mut greenwood = 0.0;
    let mut k = 0;
    while k < durations.len() {
        let day = durations[k].0;
        let at_risk = durations.len() - k;
        let same_day = durations[k..].iter().take_while(|(d, _)| *d == day).count();
        let recovered = durations[k..k + same_day].iter().filter(|(_, r)| *r).count();
        if recovered > 0 {
            survival *= 1.0 - recovered as f64 / at_risk as f64;
            if recovered < at_risk {
                greenwood += recovered as f64 / (at_risk as f64 * (at_risk - recovered) as f64);
            }
            steps.push(Step { days: day, at_risk, recovered, share_recovered: 1.0 - survival, greenwood });
        }
        k += same_day;
    }
    Curve { durations, steps }
}

fn within(days: i64, years: f64) -> bool {
    days as f64 / DAYS_PER_YEAR <= years
}

impl Curve {
    pub fn episodes(&self) -> usize {
        self.durations.len()
    }

    pub fn recovered(&self) -> usize {
        self.durations.iter().filter(|(_, r)| *r).count()
    }

    /// The last step at or before `years`, if any.
    fn step_at(&self, years: f64) -> Option<&Step> {
        self.steps.iter().take_while(|s| within(s.days, years)).last()
    }

    /// The estimated share of episodes recovered within `years`.
    pub fn share_recovered_at(&self, years: f64) -> f64 {
        self.step_at(years).map_or(0.0, |s| s.share_recovered)
    }

    /// A 95% interval for `share_recovered_at` (Greenwood's variance, normal approximation,
    /// kept within 0 and 1).
    pub fn interval_at(&self, years: f64) -> (f64, f64) {
        let Some(s) = self.step_at(years) else {
            return (0.0, 0.0);
        };
        let survival = 1.0 - s.share_recovered;
        let half = 1.96 * survival * s.greenwood.sqrt();
        ((s.share_recovered - half).max(0.0), (s.share_recovered + half).min(1.0))
    }

    /// Episodes still at risk at `years`: neither recovered nor censored before then.
    pub fn at_risk_at(&self, years: f64) -> usize {
        self.durations.iter().filter(|(d, _)| *d as f64 / DAYS_PER_YEAR >= years).count()
    }

    /// The median time to recovery in years: the first time at least half have recovered.
    pub fn median_years(&self) -> Option<f64> {
        self.steps.iter().find(|s| s.share_recovered >= 0.5 - 1e-12).map(|s| s.days as f64 / DAYS_PER_YEAR)
    }

    /// The longest time the curve follows any episode, in years.
    pub fn longest_years(&self) -> f64 {
        self.durations.iter().map(|(d, _)| *d).max().unwrap_or(0) as f64 / DAYS_PER_YEAR
    }
}

/// The framework an episode's Inadequate judgement was made under.
pub fn started_under(e: &Episode) -> Framework {
    e.start.framework
}

/// Fewest episodes a framework needs for its own curve to be shown beside the other's.
pub const ERA_MINIMUM: usize = 10;

/// The SIF and ILACS eras' curves, each with its episodes: Inadequate under the single
/// inspection framework against Inadequate under ILACS.
pub fn eras(episodes: &[Episode]) -> [(Framework, Curve); 2] {
    let of = |f: Framework| {
        let list: Vec<Episode> = episodes.iter().filter(|e| started_under(e) == f).cloned().collect();
        (f, curve(&list))
    };
    [of(Framework::Sif), of(Framework::Ilacs)]
}
