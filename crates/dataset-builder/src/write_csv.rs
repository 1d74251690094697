//! The published CSV (`assets/data/inspections.csv`): one row per inspection and judgement
//! area and one row per ungraded event, written by the same writer as the site's downloads
//! (`journeys_core::export::write`: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF).

use journeys_core::export::{event_fields, header, judgement_fields, RECORD_COLUMNS};
use journeys_core::model::Dataset;

pub const HEADER: [&str; 10] = header(&[&["council_code", "council_name"], &RECORD_COLUMNS, &["report_url"]]);

pub fn write(dataset: &Dataset) -> Vec<u8> {
    let mut rows: Vec<(String, String, u8, Vec<String>)> = Vec::new();
    let name = |code: &str| dataset.council(code).map(|c| c.name.clone()).unwrap_or_default();
    for i in &dataset.inspections {
        for j in &i.judgements {
            let mut row = vec![i.council.clone(), name(&i.council)];
            row.extend(judgement_fields(i, j));
            row.push(dataset.report_link(i).url().to_string());
            rows.push((i.council.clone(), i.when().to_string(), 0, row));
        }
    }
    for e in &dataset.events {
        let mut row = vec![e.council.clone(), name(&e.council)];
        row.extend(event_fields(e));
        row.push(e.url.clone());
        rows.push((e.council.clone(), e.date.to_string(), 1, row));
    }
    // Stable sort: within a council and date, inspections keep their judgement order.
    rows.sort_by(|a, b| (&a.0, &a.1, a.2).cmp(&(&b.0, &b.1, b.2)));
    let rows: Vec<Vec<String>> = rows.into_iter().map(|(_, _, _, r)| r).collect();
    journeys_core::export::write(&HEADER, &rows).into_bytes()
}

/// The published points of what each report said must improve (`improvements.csv`), one row
/// a point, with its themes (keys joined by `;`), the report's link and the page it starts on.
pub const IMPROVEMENT_HEADER: [&str; 10] = [
    "council_code",
    "council_name",
    "framework",
    "published_date",
    "item",
    "text",
    "themes",
    "report_url",
    "page",
    "source",
];

pub fn improvements(dataset: &Dataset, list: &journeys_core::improvements::Improvements) -> String {
    let source = format!("Ofsted inspection report, {}", journeys_core::export::LICENCE);
    let rows: Vec<Vec<String>> =
        list.points
            .iter()
            .map(|p| {
                let inspection = dataset.inspections.iter().find(|i| {
                    i.council == p.council && i.framework == p.framework && i.published == p.published
                });
                vec![
                    p.council.clone(),
                    dataset.council(&p.council).map(|c| c.name.clone()).unwrap_or_default(),
                    p.framework.code().to_string(),
                    p.published.to_string(),
                    p.item.to_string(),
                    p.text.clone(),
                    p.themes.join(";"),
                    inspection.map(|i| dataset.report_link(i).url().to_string()).unwrap_or_default(),
                    p.page.to_string(),
                    source.clone(),
                ]
            })
            .collect();
    journeys_core::export::write(&IMPROVEMENT_HEADER, &rows)
}
