//! Checks on the merged records as a whole: dates in order (start ≤ end ≤ publication ≤
//! release), no inspection or event twice, every inspection linked to its report (or, for
//! an addition, cited), no judgement area twice.

use crate::problem::{Origin, Problem};
use crate::record::{SourcedEvent, SourcedInspection};
use chrono::NaiveDate;
use std::collections::BTreeMap;

pub fn inspections(list: &[SourcedInspection], release: NaiveDate) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut by_key: BTreeMap<(String, &str, NaiveDate), &Origin> = BTreeMap::new();
    let mut by_url: BTreeMap<(String, &str), &Origin> = BTreeMap::new();
    for s in list {
        let i = &s.inspection;
        if let (Some(start), Some(end)) = (i.start, i.end) {
            if start > end {
                problems.push(s.origin.problem(format!("impossible dates: start {start} after end {end}")));
            }
        }
        if i.end.is_some() && i.start.is_none() {
            problems.push(s.origin.problem("an end date without a start date"));
        }
        let last = i.end.map(|d| ("end", d)).or(i.start.map(|d| ("start", d)));
        if let Some((which, day)) = last.filter(|(_, d)| *d > i.published) {
            problems.push(
                s.origin
                    .problem(format!("impossible dates: {which} {day} after publication {}", i.published)),
            );
        }
        if i.published > release {
            problems.push(
                s.origin.problem(format!("published {} after the data release {release}", i.published)),
            );
        }
        if i.report_url.is_empty() && i.citation.is_empty() {
            problems.push(s.origin.problem("missing report URL"));
        }
        if i.judgements.is_empty() {
            problems.push(s.origin.problem("an inspection with no judgement"));
        }
        for (n, j) in i.judgements.iter().enumerate() {
            if i.judgements[..n].iter().any(|k| k.area == j.area) {
                problems.push(s.origin.problem(format!("area {} judged twice", j.area.key())));
            }
        }
        if let Some(first) = by_key.insert((i.council.clone(), i.framework.code(), i.published), &s.origin) {
            problems.push(s.origin.problem(format!(
                "duplicate inspection: same council, framework and publication date as {first}"
            )));
        }
        if !i.report_url.is_empty() {
            if let Some(first) = by_url.insert((i.council.clone(), i.report_url.as_str()), &s.origin) {
                problems.push(
                    s.origin.problem(format!("duplicate inspection: same council and report URL as {first}")),
                );
            }
        }
    }
    problems
}

pub fn events(list: &[SourcedEvent], release: NaiveDate) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen: BTreeMap<(String, &str, NaiveDate, &str), &Origin> = BTreeMap::new();
    for s in list {
        let e = &s.event;
        if let Some(end) = e.end {
            if e.date > end {
                problems
                    .push(s.origin.problem(format!("impossible dates: start {} after end {end}", e.date)));
            }
        }
        if let Some(p) = e.published {
            if e.end.unwrap_or(e.date) > p {
                problems
                    .push(s.origin.problem(format!("impossible dates: visit ends after publication {p}")));
            }
            if p > release {
                problems.push(s.origin.problem(format!("published {p} after the data release {release}")));
            }
        }
        if e.date > release {
            problems.push(s.origin.problem(format!("dated {} after the data release {release}", e.date)));
        }
        if e.citation.is_empty() {
            problems.push(s.origin.problem("an event needs a citation"));
        }
        let key = (e.council.clone(), e.kind.code(), e.published.unwrap_or(e.date), e.title.as_str());
        if let Some(first) = seen.insert(key, &s.origin) {
            problems.push(
                s.origin.problem(format!("duplicate event: same council, kind, date and title as {first}")),
            );
        }
    }
    problems
}
