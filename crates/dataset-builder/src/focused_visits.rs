//! Focused visits (`ofsted_focused_visits_from_report_pdfs.csv`, corrections applied):
//! ungraded ILACS letters, each an event dated by the visit dates the letter prints (or its
//! publication date when they cannot be read), with the areas-for-priority-action flag and a
//! citation of the PDF in its repository.

use crate::councils::Councils;
use crate::dates::{parse_iso, parse_visit_dates};
use crate::problem::Problem;
use crate::record::SourcedEvent;
use crate::table::{Record, Table};
use journeys_core::model::{DatePrecision, Event, EventKind};

pub const COLUMNS: [&str; 11] = [
    "urn",
    "la_code",
    "ons_code",
    "local_authority",
    "event_type",
    "publication_date",
    "visit_dates_text",
    "areas_for_priority_action",
    "source_repo",
    "source_commit",
    "source_pdf_path",
];

/// A focused visit lasts a few days; visit dates spanning more than this are a misprint in
/// the letter, and the last date given (the one nearest publication) is used alone.
pub const MAX_VISIT_DAYS: i64 = 14;

#[derive(Debug, Default)]
pub struct Visits {
    pub events: Vec<(String, SourcedEvent)>,
    /// Notes on rows dated by fallback rules, for the build report.
    pub notes: Vec<String>,
}

pub fn read(table: &Table, councils: &Councils) -> (Visits, Vec<Problem>) {
    let mut out = Visits::default();
    let mut problems = Vec::new();
    for r in table.records() {
        match visit(&r, councils, &mut out.notes) {
            Ok(e) => out.events.push((r.get("urn").to_string(), e)),
            Err(mut p) => problems.append(&mut p),
        }
    }
    (out, problems)
}

fn visit(r: &Record<'_>, councils: &Councils, notes: &mut Vec<String>) -> Result<SourcedEvent, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some(code) = councils.council_of_row(r, &mut problems) else {
        return Err(problems);
    };
    if r.get("event_type") != "focused visit" {
        problems.push(r.problem(format!("event_type {:?} maps to nothing", r.get("event_type"))));
    }
    let priority_action = match r.get("areas_for_priority_action") {
        "yes" => true,
        "" => false,
        other => {
            problems.push(r.problem(format!("unknown areas_for_priority_action value {other:?}")));
            false
        }
    };
    let Some(published) = parse_iso(r.get("publication_date")) else {
        problems.push(r.problem(format!("unparseable publication_date {:?}", r.get("publication_date"))));
        return Err(problems);
    };
    let (date, end) = match parse_visit_dates(r.get("visit_dates_text")) {
        Some((start, end)) if (end - start).num_days() > MAX_VISIT_DAYS => {
            notes.push(format!(
                "{}: visit dates {:?} span more than {MAX_VISIT_DAYS} days; dated {end} (the last date given)",
                r.origin(),
                r.get("visit_dates_text")
            ));
            (end, None)
        }
        Some((start, end)) => (start, (end != start).then_some(end)),
        None => {
            notes.push(format!(
                "{}: visit dates {:?} unreadable; dated by publication {published}",
                r.origin(),
                r.get("visit_dates_text")
            ));
            (published, None)
        }
    };
    let (repo, commit, path) = (r.get("source_repo"), r.get("source_commit"), r.get("source_pdf_path"));
    if repo.is_empty() || commit.is_empty() || path.is_empty() {
        problems.push(
            r.problem("missing source_repo, source_commit or source_pdf_path: the letter cannot be cited"),
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(SourcedEvent {
        event: Event {
            council: code.to_string(),
            kind: EventKind::FocusedVisit,
            date,
            precision: DatePrecision::Day,
            end,
            published: Some(published),
            title: "Focused visit".to_string(),
            summary: String::new(),
            priority_action,
            url: String::new(),
            citation: format!("{repo}@{commit}:{path}"),
            theme: String::new(),
        },
        origin: r.origin(),
    })
}
