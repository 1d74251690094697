//! Putting the sources together with an explicit precedence:
//!
//! 1. ILACS inspections come from the corrected ILACS history.
//! 2. The PDF-derived file's ILACS rows only cross-check the history: where the history row
//!    is graded they must agree with it; where it has no grades they are used instead.
//! 3. Every pre-ILACS history row must be matched by a PDF-derived row with the same URN and
//!    report URL (which supplies its judgements), or by a rule in `data/skips.csv`;
//!    otherwise it maps to nothing and is a problem. Where the two publication dates differ,
//!    the date printed on the report (the PDF-derived one) wins over Ofsted's listing.
//! 4. Additions (`data/additions/`) add records no source holds; they never override one.
//!
//! Records are then attributed to the council that existed on their date (a predecessor for
//! anything dated before a reorganisation).

use crate::councils::Councils;
use crate::ilacs::{parse_any_date, History};
use crate::pdf_judgements::PdfJudgements;
use crate::problem::Problem;
use crate::record::{SourcedEvent, SourcedInspection};
use crate::table::Table;

pub const SKIP_COLUMNS: [&str; 4] = ["file", "urn", "publication_date", "reason"];

#[derive(Debug, Default)]
pub struct Merged {
    pub inspections: Vec<SourcedInspection>,
    pub events: Vec<SourcedEvent>,
    /// What the merge did, for the build report.
    pub report: Vec<String>,
}

pub struct Parts {
    pub history: History,
    pub pdf: PdfJudgements,
    pub visits: Vec<(String, SourcedEvent)>,
    pub added_inspections: Vec<SourcedInspection>,
    pub added_events: Vec<SourcedEvent>,
}

pub fn merge(parts: Parts, skips: &Table, councils: &Councils) -> (Merged, Vec<Problem>) {
    let Parts { history, pdf, visits, added_inspections, added_events } = parts;
    let mut problems = Vec::new();
    let mut merged = Merged::default();
    let mut filed: Vec<(String, SourcedInspection)> = history.inspections;
    let ilacs_from_history = filed.len();

    // 2. PDF-derived ILACS rows against the corrected history.
    let mut pdf_rows: Vec<(String, SourcedInspection, bool)> =
        pdf.inspections.into_iter().map(|(u, i)| (u, i, false)).collect();
    let mut agreed = 0;
    for (urn, row) in pdf.ilacs {
        let graded =
            filed.iter().find(|(u, h)| *u == urn && h.inspection.report_url == row.inspection.report_url);
        match graded {
            Some((_, h)) => {
                for j in &row.inspection.judgements {
                    let theirs = h.inspection.grade(j.area);
                    if theirs != Some(j.grade) {
                        problems.push(row.origin.problem(format!(
                            "{} {:?} disagrees with the corrected ILACS history ({:?} at {})",
                            j.area.key(),
                            j.grade,
                            theirs,
                            h.origin
                        )));
                    }
                }
                if (h.inspection.start, h.inspection.end) != (row.inspection.start, row.inspection.end) {
                    problems.push(
                        row.origin.problem(format!(
                            "dates disagree with the corrected ILACS history at {}",
                            h.origin
                        )),
                    );
                }
                agreed += 1;
            }
            // The history has no grades for it: the PDF row is the inspection (matched below).
            None => pdf_rows.push((urn, row, false)),
        }
    }

    // 3. Pre-ILACS history rows must each map to a PDF-derived row or a skip rule.
    let mut skip_rules: Vec<(crate::table::Record<'_>, bool)> = skips.records().map(|r| (r, false)).collect();
    let mut covered = 0;
    let mut skipped = 0;
    for row in &history.pre_ilacs {
        let found = pdf_rows.iter_mut().find(|(u, p, _)| *u == row.urn && p.inspection.report_url == row.url);
        if let Some((_, p, used)) = found {
            if *used {
                problems.push(
                    row.origin.problem(format!("a second history row for the inspection at {}", p.origin)),
                );
            }
            if p.inspection.published != row.published {
                merged.report.push(format!(
                    "{}: listed as published {}, the report says {} ({}): the report's date is used",
                    row.origin, row.published, p.inspection.published, p.origin
                ));
            }
            *used = true;
            covered += 1;
            continue;
        }
        if pdf.rejected.iter().any(|(u, url)| *u == row.urn && (*url == row.url || url.is_empty())) {
            continue; // Already reported at the PDF-derived row.
        }
        let rule = skip_rules.iter_mut().find(|(r, _)| {
            r.get("file") == row.origin.file.trim_start_matches("data/sources/")
                && r.get("urn") == row.urn
                && r.get("publication_date") == row.published_text
        });
        match rule {
            Some((_, used)) => {
                *used = true;
                skipped += 1;
            }
            None => problems.push(row.origin.problem(
                "a row with no ILACS grades that maps to nothing: no PDF-derived row has its URN and report URL, and no skip rule names it",
            )),
        }
    }
    for (r, used) in &skip_rules {
        if parse_any_date(r.get("publication_date")).is_none() {
            problems.push(r.problem(format!("unparseable publication_date {:?}", r.get("publication_date"))));
        } else if r.get("reason").is_empty() {
            problems.push(r.problem("a skip rule needs a reason"));
        } else if !used {
            problems.push(r.problem("skip rule matches no row without grades"));
        }
    }
    let unmatched = pdf_rows.iter().filter(|(_, _, used)| !used).count();
    let from_pdf = pdf_rows.len();
    filed.extend(pdf_rows.into_iter().map(|(u, i, _)| (u, i)));
    merged.report.push(format!(
        "{ilacs_from_history} ILACS inspections from the history; {agreed} PDF-derived ILACS rows agree with it; \
         {from_pdf} inspections from the PDF-derived file ({unmatched} without a history row); \
         {covered} pre-ILACS history rows covered by the PDF-derived file; {skipped} skipped by rule"
    ));

    // Attribution to the council that existed on the day.
    for (_urn, mut s) in filed {
        match councils.attribute(&s.inspection.council, s.inspection.when()) {
            Ok(code) => {
                s.inspection.council = code;
                merged.inspections.push(s);
            }
            Err(e) => problems.push(s.origin.problem(e)),
        }
    }
    for (_urn, mut s) in visits {
        match councils.attribute(&s.event.council, s.event.date) {
            Ok(code) => {
                s.event.council = code;
                merged.events.push(s);
            }
            Err(e) => problems.push(s.origin.problem(e)),
        }
    }
    for s in added_inspections {
        if councils.knows(&s.inspection.council) {
            merged.inspections.push(s);
        } else {
            problems.push(s.origin.problem(format!(
                "council {} is not in the lookup or the reorganisations",
                s.inspection.council
            )));
        }
    }
    for s in added_events {
        if councils.knows(&s.event.council) {
            merged.events.push(s);
        } else {
            problems.push(
                s.origin.problem(format!(
                    "council {} is not in the lookup or the reorganisations",
                    s.event.council
                )),
            );
        }
    }
    (merged, problems)
}
