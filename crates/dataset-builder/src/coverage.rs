//! The dataset's coverage notes: plain sentences on what it holds and, above all, what it
//! does not, with the counts taken from the built data so they never go stale.

use chrono::{Datelike, NaiveDate};
use journeys_core::model::{Dataset, EventKind, Framework};

/// The words that open a citation of Ofsted's official statistics (see
/// `official_stats::Publication::cite`).
pub const OFFICIAL: &str = "Ofsted official statistics";

fn long_date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// The notes. `from_statistics` is how many inspections Ofsted's official statistics added
/// (they come without inspection dates or a report link).
pub fn notes(d: &Dataset, corrections: usize, skipped: &[String], from_statistics: usize) -> Vec<String> {
    let count = |f: Framework| d.inspections.iter().filter(|i| i.framework == f).count();
    let span = |f: Framework| {
        let years: Vec<i32> =
            d.inspections.iter().filter(|i| i.framework == f).map(|i| i.published.year()).collect();
        (years.iter().min().copied().unwrap_or(0), years.iter().max().copied().unwrap_or(0))
    };
    let current = d.current_councils().count();
    let former: Vec<&str> = d.councils.iter().filter(|c| !c.current).map(|c| c.name.as_str()).collect();
    let events = |k: EventKind| d.events.iter().filter(move |e| e.kind == k);
    let visits: Vec<_> = events(EventKind::FocusedVisit).collect();
    let monitoring: Vec<_> = events(EventKind::MonitoringVisit).collect();
    let (ilacs_from, ilacs_to) = span(Framework::Ilacs);
    let (sif_from, sif_to) = span(Framework::Sif);
    let (slac_from, slac_to) = span(Framework::Slac);
    let newest = d.inspections.iter().map(|i| i.published).max();
    let slac_councils: std::collections::BTreeSet<&str> =
        d.inspections.iter().filter(|i| i.framework == Framework::Slac).map(|i| i.council.as_str()).collect();
    let mut out = vec![
        format!(
            "{} inspections of safeguarding and looked after children services (and re-inspections) of {} councils, published {slac_from} to {slac_to}; {} child protection inspections (2012-13) and {} inspections of looked after children services (2013): from Ofsted's official statistics (Open Government Licence v3.0), which give the publication date and the overall judgements only. On the four-point scale of those years the statistics write \"Requires improvement to be good\" where the reports say Adequate; it is shown as Adequate.",
            count(Framework::Slac),
            slac_councils.len(),
            count(Framework::Cpi),
            count(Framework::Lac),
        ),
        format!(
            "{} single inspection framework (SIF) inspections and re-inspections published {sif_from} to {sif_to} and {} standalone review of a safeguarding children board, read from the report PDFs; the abolished councils' SIF inspections from the official statistics.",
            count(Framework::Sif),
            count(Framework::LscbReview)
        ),
        format!(
            "{} ILACS inspections of all {current} current councils, published {ilacs_from} to {ilacs_to}, from the ILACS history scraped from Ofsted's website{}, each checked against Ofsted's official statistics where they overlap (to March 2025).",
            count(Framework::Ilacs),
            newest.map(|n| format!(" (newest report published {})", long_date(n))).unwrap_or_default()
        ),
        format!(
            "Councils abolished since 2009 have journeys of their own, up to their abolition, shown in their successors' journeys too: {}.",
            former.join(", ")
        ),
        format!(
            "{corrections} field corrections, each checked against the report PDF, are applied to the scraped data (wrong or missing grades, dates, inspection types and focused-visit flags)."
        ),
        format!("{} focused visits (ungraded letters); {} of them set areas for priority action or say earlier ones remain.", visits.len(), visits.iter().filter(|e| e.priority_action).count()),
        format!(
            "{} monitoring visits to councils judged Inadequate, {} to {}, with their themes, from the official statistics' lists of each year's visits. Monitoring visits before April 2022 are not in the sources.",
            monitoring.len(),
            monitoring.iter().map(|e| e.date.year()).min().unwrap_or(0),
            monitoring.iter().map(|e| e.date.year()).max().unwrap_or(0),
        ),
        "Not in the sources: the annual unannounced inspections of 2009-2012 (except Leeds's of July 2009), and interventions such as improvement notices, statutory directions, commissioners and children's services trusts; the few included (Leeds, Leicester, Calderdale) come from news articles and reports the project holds, each cited.".to_string(),
        "Before 2023 the ILACS judgement on children in care also covers care leavers; from 2023 care leavers are judged separately.".to_string(),
        "ILACS inspections from April 2026 have no overall effectiveness grade: they are shown as not graded under the 2026 framework, not as missing data.".to_string(),
        "ILACS reports do not print their publication date; it is taken from Ofsted's listing.".to_string(),
    ];
    if from_statistics > 0 {
        out.push(format!(
            "The official statistics give no link to the report of their {from_statistics} inspections (nor the inspection dates): those link to the council's page of reports on Ofsted's site."
        ));
    }
    if !skipped.is_empty() {
        out.push(format!("Left out by rule: {}.", skipped.join("; ")));
    }
    out
}
