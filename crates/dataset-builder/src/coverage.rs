//! The dataset's coverage notes: plain sentences on what it holds and, above all, what it
//! does not, with the counts taken from the built data so they never go stale.

use chrono::{Datelike, NaiveDate};
use journeys_core::{Dataset, EventKind, Framework};

fn long_date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

pub fn notes(d: &Dataset, corrections: usize, skipped: &[String]) -> Vec<String> {
    let count = |f: Framework| d.inspections.iter().filter(|i| i.framework == f).count();
    let span = |f: Framework| {
        let years: Vec<i32> =
            d.inspections.iter().filter(|i| i.framework == f).map(|i| i.published.year()).collect();
        (years.iter().min().copied().unwrap_or(0), years.iter().max().copied().unwrap_or(0))
    };
    let current = d.councils.iter().filter(|c| c.current).count();
    let visits: Vec<_> = d.events.iter().filter(|e| e.kind == EventKind::FocusedVisit).collect();
    let (ilacs_from, ilacs_to) = span(Framework::Ilacs);
    let (sif_from, sif_to) = span(Framework::Sif);
    let newest = d.inspections.iter().map(|i| i.published).max();
    let mut out = vec![
        format!(
            "{} ILACS inspections of all {current} current councils, published {ilacs_from} to {ilacs_to}, from the ILACS history scraped from Ofsted's website{}.",
            count(Framework::Ilacs),
            newest.map(|n| format!(" (newest report published {})", long_date(n))).unwrap_or_default()
        ),
        format!(
            "{} single inspection framework (SIF) inspections and re-inspections published {sif_from} to {sif_to}, {} inspections of looked after children services (2013) and {} standalone review of a safeguarding children board, read from the report PDFs.",
            count(Framework::Sif),
            count(Framework::Lac),
            count(Framework::LscbReview)
        ),
        format!(
            "{corrections} field corrections, each checked against the report PDF, are applied to the scraped data (wrong or missing grades, dates, inspection types and focused-visit flags)."
        ),
        format!("{} focused visits (ungraded letters); {} of them set areas for priority action or say earlier ones remain.", visits.len(), visits.iter().filter(|e| e.priority_action).count()),
        "Inspections before 2013 are not included, apart from Leeds's 2009 inspection of safeguarding and looked after children services and its July 2009 unannounced inspection.".to_string(),
        "The SIF reports of councils abolished since 2019 (Northamptonshire, Cumbria, Dorset County Council, Bournemouth and Poole) are not in the sources, so Dorset, Bournemouth, Christchurch and Poole, North and West Northamptonshire, Cumberland and Westmorland and Furness have no SIF inspection here.".to_string(),
        "Monitoring visits, improvement notices, statutory directions, commissioners and children's services trusts are not in the sources; the few included (Leeds, Leicester, Calderdale) come from news articles and reports the project holds, each cited.".to_string(),
        "Before 2023 the ILACS judgement on children in care also covers care leavers; from 2023 care leavers are judged separately.".to_string(),
        "ILACS inspections from April 2026 have no overall effectiveness grade: they are shown as not graded under the 2026 framework, not as missing data.".to_string(),
        "ILACS reports do not print their publication date; it is taken from Ofsted's listing.".to_string(),
    ];
    let unlinked: Vec<String> = d
        .inspections
        .iter()
        .filter(|i| i.report_url.is_empty())
        .map(|i| {
            let name = d.council(&i.council).map_or(i.council.as_str(), |c| c.name.as_str());
            format!("{name}'s report published {}", long_date(i.published))
        })
        .collect();
    if !unlinked.is_empty() {
        out.push(format!(
            "No link to the report is known for {}: it is cited from the project's copy of its text.",
            unlinked.join(", ")
        ));
    }
    if !skipped.is_empty() {
        out.push(format!("Left out by rule: {}.", skipped.join("; ")));
    }
    out
}
