//! The published CSV (`assets/data/inspections.csv`): one row per inspection and judgement
//! area and one row per ungraded event, written by the same writer as the site's downloads
//! (`journeys_core::export::write`: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF).

use journeys_core::export::{csv_date, event_framework};
use journeys_core::model::Dataset;

pub const HEADER: [&str; 10] = [
    "council_code",
    "council_name",
    "framework",
    "inspection_type",
    "start_date",
    "end_date",
    "published_date",
    "area",
    "grade",
    "report_url",
];

pub fn write(dataset: &Dataset) -> Vec<u8> {
    let mut rows: Vec<(String, String, u8, Vec<String>)> = Vec::new();
    let name = |code: &str| dataset.council(code).map(|c| c.name.clone()).unwrap_or_default();
    for i in &dataset.inspections {
        for j in &i.judgements {
            rows.push((
                i.council.clone(),
                i.when().to_string(),
                0,
                vec![
                    i.council.clone(),
                    name(&i.council),
                    i.framework.code().to_string(),
                    i.kind.code().to_string(),
                    i.start.map(|d| d.to_string()).unwrap_or_default(),
                    i.end.map(|d| d.to_string()).unwrap_or_default(),
                    i.published.to_string(),
                    j.area.key().to_string(),
                    j.grade.csv_word().to_string(),
                    dataset.report_link(i).url().to_string(),
                ],
            ));
        }
    }
    for e in &dataset.events {
        rows.push((
            e.council.clone(),
            e.date.to_string(),
            1,
            vec![
                e.council.clone(),
                name(&e.council),
                event_framework(e).to_string(),
                e.kind.code().to_string(),
                csv_date(e.date, e.precision),
                e.end.map(|d| csv_date(d, e.precision)).unwrap_or_default(),
                e.published.map(|d| d.to_string()).unwrap_or_default(),
                String::new(),
                String::new(),
                e.url.clone(),
            ],
        ));
    }
    // Stable sort: within a council and date, inspections keep their judgement order.
    rows.sort_by(|a, b| (&a.0, &a.1, a.2).cmp(&(&b.0, &b.1, b.2)));
    let rows: Vec<Vec<String>> = rows.into_iter().map(|(_, _, _, r)| r).collect();
    journeys_core::export::write(&HEADER, &rows).into_bytes()
}
