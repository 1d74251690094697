//! CSV downloads of what a view shows: an RFC 4180 writer (UTF-8 with a byte-order mark, CRLF
//! line ends) and the tables of a council's journey, a comparison and the all-councils table.

use crate::councils_table::{years_text, CouncilRow};
use crate::journey::{events, inspections, lineage, source_words};
use crate::model::{Council, Dataset, DatePrecision, Event, EventKind, Framework, Inspection, Judgement};
use chrono::Datelike;

/// The licence Ofsted publishes its judgements under, named in every row's `source`.
pub const LICENCE: &str = "Open Government Licence v3.0";

/// What the site's data comes from, in the source line of every page, embed, worksheet and
/// chart download: "Source: {SOURCE}, …".
pub const SOURCE: &str = "Ofsted inspection reports and official statistics";

/// The source line without the data date: "Source: …, under the Open Government Licence v3.0".
pub fn source_line() -> String {
    format!("Source: {SOURCE}, under the {LICENCE}")
}

/// One CSV field, quoted when RFC 4180 needs it (a comma, a double quote, CR or LF) and,
/// so that spreadsheets keep it as written, when it has space at either end.
pub fn field(value: &str) -> String {
    let needs = value.contains([',', '"', '\r', '\n'])
        || value.starts_with([' ', '\t'])
        || value.ends_with([' ', '\t']);
    if needs {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// A whole CSV file: the byte-order mark, the header, then the rows, each line ended by CRLF.
/// Every row must have as many fields as the header.
pub fn write(header: &[&str], rows: &[Vec<String>]) -> String {
    format!("\u{feff}{}", write_plain(header, rows))
}

/// `write` without the byte-order mark, for files of plain ASCII figures meant for scripts.
pub fn write_plain(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    let mut line = |fields: &mut dyn Iterator<Item = &str>| {
        let mut first = true;
        for f in fields {
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str(&field(f));
        }
        out.push_str("\r\n");
    };
    line(&mut header.iter().copied());
    for r in rows {
        debug_assert_eq!(r.len(), header.len(), "a row's fields do not match the header");
        line(&mut r.iter().map(String::as_str));
    }
    out
}

/// The columns of `judgement_fields` and `event_fields`, in every CSV the project writes.
pub const RECORD_COLUMNS: [&str; 7] =
    ["framework", "inspection_type", "start_date", "end_date", "published_date", "area", "grade"];

/// A header made of parts, e.g. `RECORD_COLUMNS` between a CSV's own columns; `N` must be the
/// number of columns in all (the build fails otherwise).
pub const fn header<const N: usize>(parts: &[&[&'static str]]) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut k, mut p) = (0, 0);
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].len() {
            out[k] = parts[p][i];
            k += 1;
            i += 1;
        }
        p += 1;
    }
    assert!(k == N, "a header's parts do not add up to its length");
    out
}

/// Columns of a journey download: one row per inspection and judgement area, then one per
/// ungraded event. `council_*` is the council whose journey it is; `inspected_*` the council
/// inspected (a predecessor's own code for its inspections); `description` is the judgement
/// area in words, or the event's title.
pub const JOURNEY_HEADER: [&str; 14] = header(&[
    &["council_code", "council_name", "inspected_council_code", "inspected_council_name"],
    &RECORD_COLUMNS,
    &["description", "report_url", "source"],
]);

/// A date of an event as every CSV the project writes gives it: `YYYY-MM-DD`, and a date
/// known only to the month as the first of that month (docs/DATASET.md says so).
pub fn csv_date(d: chrono::NaiveDate, precision: DatePrecision) -> String {
    match precision {
        DatePrecision::Day => d.to_string(),
        DatePrecision::Month => d.with_day(1).unwrap_or(d).to_string(),
    }
}

/// The framework an event belongs to in a CSV, where it is part of one: focused and
/// monitoring visits are ILACS visits.
pub fn event_framework(e: &Event) -> &'static str {
    match e.kind {
        EventKind::FocusedVisit | EventKind::MonitoringVisit => Framework::Ilacs.code(),
        _ => "",
    }
}

/// The columns every CSV the project writes gives one judgement of an inspection, in order:
/// framework, inspection type, start, end and publication dates, area and grade.
pub fn judgement_fields(i: &Inspection, j: &Judgement) -> [String; 7] {
    [
        i.framework.code().to_string(),
        i.kind.code().to_string(),
        i.start.map(|d| d.to_string()).unwrap_or_default(),
        i.end.map(|d| d.to_string()).unwrap_or_default(),
        i.published.to_string(),
        j.area.key().to_string(),
        j.grade.csv_word().to_string(),
    ]
}

/// The same columns for an ungraded event: its framework (where it is part of one), kind,
/// dates at the precision the source gives, and no area or grade.
pub fn event_fields(e: &Event) -> [String; 7] {
    [
        event_framework(e).to_string(),
        e.kind.code().to_string(),
        csv_date(e.date, e.precision),
        e.end.map(|d| csv_date(d, e.precision)).unwrap_or_default(),
        e.published.map(|d| d.to_string()).unwrap_or_default(),
        String::new(),
        String::new(),
    ]
}

fn journey_rows(data: &Dataset, council: &Council, out: &mut Vec<Vec<String>>) {
    let name = |code: &str| {
        lineage(data, council).iter().find(|c| c.code == code).map(|c| c.name.clone()).unwrap_or_default()
    };
    let source = |citation: &str| {
        if citation.is_empty() {
            format!("Ofsted inspection report; {LICENCE}")
        } else {
            format!("{citation}; {LICENCE}")
        }
    };
    for i in inspections(data, council) {
        for j in &i.judgements {
            let mut row =
                vec![council.code.clone(), council.name.clone(), i.council.clone(), name(&i.council)];
            row.extend(judgement_fields(i, j));
            row.extend([
                j.area.label(i.framework, i.when()).to_string(),
                data.report_link(i).url().to_string(),
                source(&i.citation),
            ]);
            out.push(row);
        }
    }
    for e in events(data, council) {
        let mut row = vec![council.code.clone(), council.name.clone(), e.council.clone(), name(&e.council)];
        row.extend(event_fields(e));
        row.extend([
            e.title.clone(),
            e.url.clone(),
            match e.kind {
                EventKind::News | EventKind::ImprovementNotice | EventKind::StatutoryDirection => {
                    e.citation.clone()
                }
                _ => source(&source_words(&e.citation)),
            },
        ]);
        out.push(row);
    }
}

/// The journeys of these councils (ONS codes; unknown codes are skipped), one after another.
pub fn journeys_csv(data: &Dataset, codes: &[String]) -> String {
    let mut rows = Vec::new();
    for c in codes.iter().filter_map(|code| data.council(code)) {
        journey_rows(data, c, &mut rows);
    }
    write(&JOURNEY_HEADER, &rows)
}

/// Columns of the all-councils table download.
pub const COUNCILS_HEADER: [&str; 12] = [
    "council_code",
    "council_name",
    "region",
    "current_grade",
    "current_start_date",
    "ungraded_2026_start_date",
    "previous_grade",
    "previous_start_date",
    "change",
    "last_inspected",
    "years_since",
    "source",
];

/// The rows the all-councils table shows, in its order.
pub fn councils_csv(rows: &[CouncilRow]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.code.clone(),
                r.name.clone(),
                r.region.clone(),
                r.current.map(|g| g.grade.csv_word().to_string()).unwrap_or_default(),
                r.current.map(|g| g.start.to_string()).unwrap_or_default(),
                r.inspected_since_2026.map(|g| g.start.to_string()).unwrap_or_default(),
                r.previous.map(|g| g.grade.csv_word().to_string()).unwrap_or_default(),
                r.previous.map(|g| g.start.to_string()).unwrap_or_default(),
                r.direction.label().to_string(),
                r.last_inspected.map(|d| d.to_string()).unwrap_or_default(),
                years_text(r.years_since),
                format!("Ofsted inspection reports; {LICENCE}"),
            ]
        })
        .collect();
    write(&COUNCILS_HEADER, &rows)
}

/// A file name for a download: `council-journeys-` and the parts, lower-case ASCII words
/// joined by `-`, then `.csv` (or another extension).
pub fn file_name(parts: &[&str], extension: &str) -> String {
    let mut name = String::from("council-journeys");
    for p in parts {
        let word: String =
            p.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
        let word = word.split('-').filter(|w| !w.is_empty()).collect::<Vec<_>>().join("-");
        if !word.is_empty() {
            name.push('-');
            name.push_str(&word);
        }
    }
    format!("{name}.{extension}")
}
