//! One council's journey as ready-to-show rows: its own inspections and events and those of
//! the councils it replaced, in date order, in plain words.

use crate::model::{Council, Dataset, DatePrecision, Event, EventKind, Grade, Inspection, ReportLink};
use crate::text::{date_range, inspection_dates, long_date, month_year};

/// One inspection, in words, for tables and summaries.
#[derive(Debug, Clone, PartialEq)]
pub struct InspectionRow {
    /// `23 November to 4 December 2009`, or that the dates are not given.
    pub dates: String,
    /// What names the inspection in a heading: its dates, or its publication where the source
    /// gives no dates (`Published 7 January 2010`).
    pub heading: String,
    /// False where the source gives only the publication date (`dates` then says so).
    pub dated: bool,
    pub published: String,
    pub year: i32,
    pub framework: &'static str,
    pub kind: &'static str,
    /// Set when the inspection was of a predecessor council.
    pub predecessor: Option<String>,
    /// Area label and grade, in the framework's order.
    pub judgements: Vec<(&'static str, Grade)>,
    /// The report, or the council's page of reports where the source links none; `citation`
    /// then says where the record comes from.
    pub link: ReportLink,
    pub citation: String,
    /// What the report said must improve, once attached (`improvements::attach`); `None` for
    /// a framework whose reports have no such list, or before the points are loaded.
    pub listed: Option<crate::improvements::Listed>,
}

/// One ungraded event, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    pub date: String,
    pub year: i32,
    pub title: String,
    pub kind: &'static str,
    pub summary: String,
    pub priority_action: bool,
    pub predecessor: Option<String>,
    /// Focused and monitoring visits: the theme, e.g. "Front door".
    pub theme: String,
    pub url: String,
    pub citation: String,
}

/// The council and every council it replaced, directly or through another predecessor.
pub fn lineage<'a>(data: &'a Dataset, council: &'a Council) -> Vec<&'a Council> {
    let mut out = vec![council];
    let mut i = 0;
    while i < out.len() {
        for code in &out[i].predecessors {
            if let Some(p) = data.council(code) {
                if !out.iter().any(|c| c.code == p.code) {
                    out.push(p);
                }
            }
        }
        i += 1;
    }
    out
}

fn predecessor_name(council: &Council, inspected: &str, data: &Dataset) -> Option<String> {
    (inspected != council.code).then(|| data.council(inspected).map(|c| c.name.clone()).unwrap_or_default())
}

/// The graded inspections of a council's journey, oldest first.
pub fn inspections<'a>(data: &'a Dataset, council: &Council) -> Vec<&'a Inspection> {
    let codes: Vec<&str> = lineage(data, council).iter().map(|c| c.code.as_str()).collect();
    let mut list: Vec<&Inspection> =
        data.inspections.iter().filter(|i| codes.contains(&i.council.as_str())).collect();
    crate::sort::sort_by_key(&mut list, |i| (i.when(), i.published));
    list
}

pub fn inspection_rows(data: &Dataset, council: &Council) -> Vec<InspectionRow> {
    inspections(data, council)
        .into_iter()
        .map(|i| InspectionRow {
            dates: inspection_dates(i),
            dated: i.dated(),
            heading: if i.dated() {
                inspection_dates(i)
            } else {
                format!("Published {}", long_date(i.published))
            },
            published: long_date(i.published),
            year: chrono::Datelike::year(&i.when()),
            framework: i.framework.label(),
            kind: i.kind.label(),
            predecessor: predecessor_name(council, &i.council, data),
            judgements: i.judgements.iter().map(|j| (j.area.label(i.framework, i.when()), j.grade)).collect(),
            link: data.report_link(i),
            citation: source_words(&i.citation),
            listed: None,
        })
        .collect()
}

/// The ungraded events of a council's journey, oldest first.
pub fn events<'a>(data: &'a Dataset, council: &Council) -> Vec<&'a Event> {
    let codes: Vec<&str> = lineage(data, council).iter().map(|c| c.code.as_str()).collect();
    let mut list: Vec<&Event> = data.events.iter().filter(|e| codes.contains(&e.council.as_str())).collect();
    crate::sort::sort_by_key(&mut list, |e| e.date);
    list
}

/// The date of the data release, which ends the time axis of charts.
pub fn release_date(data: &Dataset) -> chrono::NaiveDate {
    data.release
}

pub fn event_rows(data: &Dataset, council: &Council) -> Vec<EventRow> {
    events(data, council)
        .into_iter()
        .map(|e| EventRow {
            date: event_date(e),
            year: chrono::Datelike::year(&e.date),
            title: e.title.clone(),
            kind: e.kind.label(),
            summary: e.summary.clone(),
            priority_action: e.priority_action,
            predecessor: predecessor_name(council, &e.council, data),
            theme: e.theme.clone(),
            url: event_url(data, e),
            citation: source_words(&e.citation),
        })
        .collect()
}

/// Where a reader can read about an event: its own link, else the file its citation names,
/// else (for a monitoring visit, whose letter the sources do not link) the council's page
/// of reports on Ofsted's site.
fn event_url(data: &Dataset, e: &Event) -> String {
    if !e.url.is_empty() {
        return e.url.clone();
    }
    if let Some(u) = source_url(&e.citation) {
        return u;
    }
    match e.kind {
        EventKind::MonitoringVisit => data.council_link("", &e.council).url().to_string(),
        _ => String::new(),
    }
}

/// A citation of a file in a source repository, `owner/repo@commit:path`, as the builder
/// writes it for records read from the scraped report PDFs.
fn repository_file(citation: &str) -> Option<(&str, &str, &str)> {
    let (repo, rest) = citation.split_once('@')?;
    let (commit, path) = rest.split_once(':')?;
    let ok = repo.split('/').count() == 2
        && commit.len() == 40
        && commit.bytes().all(|b| b.is_ascii_hexdigit())
        && !path.is_empty();
    ok.then_some((repo, commit, path))
}

/// Where a reader can open the file a citation names: the PDF in its repository at the cited
/// commit on GitHub, so the link keeps pointing at the same letter.
pub fn source_url(citation: &str) -> Option<String> {
    let (repo, commit, path) = repository_file(citation)?;
    let encoded = crate::route::query::percent_encode(path, b"/");
    Some(format!("https://github.com/{repo}/blob/{commit}/{encoded}"))
}

/// A citation in words: a repository file becomes "Ofsted's letter (PDF), kept in <repo>";
/// a citation written for readers keeps its words but loses the project's own file paths in
/// brackets ("… 7 January 2010, record of main findings (data/sources/seeds/003_….txt)"), which
/// say where this project keeps its copy, not where a reader finds the report.
pub fn source_words(citation: &str) -> String {
    match repository_file(citation) {
        Some((repo, _, _)) => format!("Ofsted's letter (PDF), kept in the {repo} repository"),
        None => without_file_paths(citation),
    }
}

/// Whether a bracketed part of a citation is only a file path: no spaces, a `/` and a file
/// extension, e.g. `data/sources/seeds/003_4bf25ecaebf63588.txt`.
fn is_file_path(inner: &str) -> bool {
    !inner.is_empty()
        && !inner.contains(char::is_whitespace)
        && inner.contains('/')
        && inner.rsplit_once('.').is_some_and(|(_, ext)| (1..=4).contains(&ext.len()))
}

fn without_file_paths(citation: &str) -> String {
    let mut out = String::with_capacity(citation.len());
    let mut rest = citation;
    while let Some(open) = rest.find(" (") {
        let Some(close) = rest[open..].find(')').map(|k| open + k) else { break };
        let inner = &rest[open + 2..close];
        out.push_str(&rest[..open]);
        if !is_file_path(inner) {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The most recent inspection of a council's journey that has an overall grade on a scale
/// (an April-2026 inspection without one is skipped), with its grade.
pub fn latest_overall<'a>(data: &'a Dataset, council: &Council) -> Option<(&'a Inspection, Grade)> {
    inspections(data, council).into_iter().rev().find_map(|i| {
        i.grade(crate::model::Area::OverallEffectiveness).filter(|g| g.rank().is_some()).map(|g| (i, g))
    })
}

/// An event's date in words, at the precision the source gives: a day, a range of days, or
/// only a month ("July 2009", "April 2012 to January 2014").
fn event_date(e: &Event) -> String {
    match (e.precision, e.end) {
        (DatePrecision::Month, Some(end)) if end != e.date => {
            format!("{} to {}", month_year(e.date), month_year(end))
        }
        (DatePrecision::Month, _) => month_year(e.date),
        (_, Some(end)) => date_range(e.date, end),
        (_, None) => long_date(e.date),
    }
}
