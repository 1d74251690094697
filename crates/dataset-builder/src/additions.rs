//! The project's own additions: facts that are in none of the scraped or derived files,
//! one per CSV row, each with a citation (a report or article URL, or the project's copy of
//! a seed in `data/sources/seeds/`). `inspections.csv` holds one judgement per row (grouped
//! into inspections), `findings.csv` one quoted line of a report's findings per row, and
//! `events.csv` one ungraded event per row.

use crate::dates::parse_iso;
use crate::grades::parse_title;
use crate::problem::Problem;
use crate::record::{SourcedEvent, SourcedInspection};
use crate::table::{Record, Table};
use chrono::NaiveDate;
use journeys_core::model::{
    Area, DatePrecision, Event, EventKind, Framework, Inspection, InspectionType, Judgement,
};

pub const EVENT_COLUMNS: [&str; 9] =
    ["council_code", "kind", "date", "end", "published", "title", "summary", "url", "citation"];
pub const INSPECTION_COLUMNS: [&str; 11] = [
    "council_code",
    "framework",
    "type",
    "start",
    "end",
    "published",
    "area",
    "grade",
    "report_url",
    "inspector",
    "citation",
];
pub const FINDING_COLUMNS: [&str; 5] = ["council_code", "framework", "published", "finding", "citation"];

pub fn framework(code: &str) -> Option<Framework> {
    [Framework::Slac, Framework::Lac, Framework::Sif, Framework::LscbReview, Framework::Ilacs]
        .into_iter()
        .find(|f| f.code() == code)
}

pub fn inspection_type(code: &str) -> Option<InspectionType> {
    [InspectionType::Standard, InspectionType::Short, InspectionType::Reinspection]
        .into_iter()
        .find(|t| t.code() == code)
}

pub fn area(key: &str) -> Option<Area> {
    Area::ALL.into_iter().find(|a| a.key() == key)
}

pub fn event_kind(code: &str) -> Option<EventKind> {
    EventKind::ALL.into_iter().find(|k| k.code() == code)
}

/// A date of an event: `YYYY-MM-DD`, or `YYYY-MM` when only the month is known (stored as
/// the first of the month).
pub fn parse_event_date(s: &str) -> Option<(NaiveDate, DatePrecision)> {
    if s.len() == 7 {
        parse_iso(&format!("{s}-01")).map(|d| (d, DatePrecision::Month))
    } else {
        parse_iso(s).map(|d| (d, DatePrecision::Day))
    }
}

/// A citation must name a URL or a file of `data/sources/` that exists.
pub fn check_citation(
    r: &Record<'_>,
    citation: &str,
    url: &str,
    source_files: &[String],
    problems: &mut Vec<Problem>,
) {
    let mut cited = url.starts_with("https://") || url.starts_with("http://");
    for word in citation.split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ';') {
        let word = word.trim_end_matches([',', '.']);
        if word.starts_with("http://") || word.starts_with("https://") {
            cited = true;
        } else if word.starts_with("data/") {
            if source_files.iter().any(|f| f == word) {
                cited = true;
            } else {
                problems.push(r.problem(format!("citation names {word}, which does not exist")));
                cited = true; // Reported; "names no source" would say the same twice.
            }
        }
    }
    if !cited {
        problems.push(r.problem("citation names no URL and no file of data/sources/"));
    }
}

pub fn read_events(table: &Table, source_files: &[String]) -> (Vec<SourcedEvent>, Vec<Problem>) {
    let mut events = Vec::new();
    let mut problems = Vec::new();
    for r in table.records() {
        let before = problems.len();
        let kind = event_kind(r.get("kind"));
        if kind.is_none() {
            problems.push(r.problem(format!("unknown event kind {:?}", r.get("kind"))));
        }
        let date = parse_event_date(r.get("date"));
        if date.is_none() {
            problems.push(r.problem(format!("unparseable date {:?}", r.get("date"))));
        }
        let end = match r.get("end") {
            "" => None,
            s => {
                let e = parse_event_date(s);
                if e.is_none() || e.map(|e| e.1) != date.map(|d| d.1) {
                    problems
                        .push(r.problem(format!("unparseable end {s:?} (it must be as precise as date)")));
                }
                e.map(|e| e.0)
            }
        };
        let published = match r.get("published") {
            "" => None,
            s => {
                let p = parse_iso(s);
                if p.is_none() {
                    problems.push(r.problem(format!("unparseable published {s:?}")));
                }
                p
            }
        };
        if r.get("title").is_empty() {
            problems.push(r.problem("an event needs a title"));
        }
        check_citation(&r, r.get("citation"), r.get("url"), source_files, &mut problems);
        if problems.len() > before {
            continue;
        }
        let (Some(kind), Some((date, precision))) = (kind, date) else {
            continue;
        };
        events.push(SourcedEvent {
            event: Event {
                council: r.get("council_code").to_string(),
                kind,
                date,
                precision,
                end,
                published,
                title: r.get("title").to_string(),
                summary: r.get("summary").to_string(),
                priority_action: false,
                url: r.get("url").to_string(),
                citation: r.get("citation").to_string(),
                theme: String::new(),
            },
            origin: r.origin(),
        });
    }
    (events, problems)
}

/// Reads the added inspections: rows with the same council, framework and publication date
/// are the judgements of one inspection and must agree on everything else.
pub fn read_inspections(
    table: &Table,
    findings: &Table,
    source_files: &[String],
) -> (Vec<SourcedInspection>, Vec<Problem>) {
    let mut out: Vec<SourcedInspection> = Vec::new();
    let mut problems = Vec::new();
    for r in table.records() {
        let before = problems.len();
        let framework = framework(r.get("framework"));
        if framework.is_none() {
            problems.push(r.problem(format!("unknown framework {:?}", r.get("framework"))));
        }
        let kind = inspection_type(r.get("type"));
        if kind.is_none() {
            problems.push(r.problem(format!("unknown inspection type {:?}", r.get("type"))));
        }
        let mut date = |col: &str| {
            let d = parse_iso(r.get(col));
            if d.is_none() {
                problems.push(r.problem(format!("unparseable {col} {:?}", r.get(col))));
            }
            d
        };
        let (start, end, published) = (date("start"), date("end"), date("published"));
        let area = area(r.get("area"));
        if area.is_none() {
            problems.push(r.problem(format!("unknown area {:?}", r.get("area"))));
        }
        let grade = parse_title(r.get("grade"));
        if grade.is_none() {
            problems.push(r.problem(format!("unknown grade {:?}", r.get("grade"))));
        }
        check_citation(&r, r.get("citation"), r.get("report_url"), source_files, &mut problems);
        if problems.len() > before {
            continue;
        }
        let (Some(framework), Some(kind), Some(start), Some(end), Some(published), Some(area), Some(grade)) =
            (framework, kind, start, end, published, area, grade)
        else {
            continue;
        };
        let inspection = Inspection {
            council: r.get("council_code").to_string(),
            framework,
            kind,
            start: Some(start),
            end: Some(end),
            published,
            judgements: vec![Judgement { area, grade }],
            report_url: r.get("report_url").to_string(),
            inspector: r.get("inspector").to_string(),
            findings: Vec::new(),
            citation: r.get("citation").to_string(),
        };
        let same = out.iter_mut().find(|s| {
            s.inspection.council == inspection.council
                && s.inspection.framework == framework
                && s.inspection.published == published
        });
        match same {
            Some(s) => {
                let mut merged = s.inspection.clone();
                merged.judgements = inspection.judgements.clone();
                if merged != inspection {
                    problems.push(r.problem(format!(
                        "differs from the other rows of the same inspection (line {})",
                        s.origin.line
                    )));
                } else if s.inspection.judgements.iter().any(|j| j.area == area) {
                    problems.push(r.problem(format!("area {} is judged twice", area.key())));
                } else {
                    s.inspection.judgements.push(Judgement { area, grade });
                }
            }
            None => out.push(SourcedInspection { inspection, origin: r.origin() }),
        }
    }
    for r in findings.records() {
        let before = problems.len();
        let framework = framework(r.get("framework"));
        let published = parse_iso(r.get("published"));
        if r.get("finding").is_empty() {
            problems.push(r.problem("empty finding"));
        }
        check_citation(&r, r.get("citation"), "", source_files, &mut problems);
        if problems.len() > before {
            continue;
        }
        let target = out.iter_mut().find(|s| {
            s.inspection.council == r.get("council_code")
                && Some(s.inspection.framework) == framework
                && Some(s.inspection.published) == published
        });
        match target {
            Some(s) => s.inspection.findings.push(r.get("finding").to_string()),
            None => problems.push(r.problem("finding matches no inspection of inspections.csv")),
        }
    }
    (out, problems)
}
