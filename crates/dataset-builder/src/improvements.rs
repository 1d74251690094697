//! What each report said must improve (`ofsted_what_needs_to_improve_from_report_pdfs.csv`):
//! every point joined to its inspection in the built dataset (the council by URN, the report
//! by framework and publication date), checked (a point that matches no inspection, an empty
//! text, an item out of sequence, an ILACS or SIF inspection with no points that
//! `data/improvements/without-points.csv` does not explain), and given its themes by the
//! phrase rules of `data/improvements/themes.csv` (`journeys_core::improvements::themes_of`).

use crate::dates::parse_iso;
use crate::problem::Problem;
use crate::table::Table;
use journeys_core::improvements::{themes_of, Improvement, Improvements, ReportKey, Theme};
use journeys_core::model::{Dataset, Framework};
use std::collections::{BTreeMap, BTreeSet};

pub const COLUMNS: [&str; 9] = [
    "urn",
    "local_authority",
    "publication_date",
    "framework",
    "report_url",
    "source_pdf_path",
    "item",
    "text",
    "page",
];
pub const THEME_COLUMNS: [&str; 3] = ["theme", "label", "phrases"];
pub const WITHOUT_COLUMNS: [&str; 5] = ["council_code", "framework", "published", "listed", "reason"];

/// A report published this many days from the dataset's date for it is still the same
/// report: the sources' publication dates differ by a few days for six SIF reports.
pub const DATE_TOLERANCE_DAYS: i64 = 14;

/// Most of the points may be left without a theme.
pub const UNTHEMED_BUDGET: f64 = 0.05;

pub struct Joined {
    pub improvements: Improvements,
    pub report: Vec<String>,
}

pub fn read_themes(table: &Table) -> (Vec<Theme>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut themes: Vec<Theme> = Vec::new();
    for r in table.records() {
        let key = r.get("theme").to_string();
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            problems.push(r.problem(format!("theme key {key:?} must be lower-case words joined by -")));
        }
        if themes.iter().any(|t| t.key == key) {
            problems.push(r.problem(format!("theme {key} is listed twice")));
        }
        if r.get("label").trim().is_empty() {
            problems.push(r.problem("empty label"));
        }
        let phrases: Vec<String> = r.get("phrases").split('|').map(|p| p.trim().to_string()).collect();
        for p in &phrases {
            if p.is_empty() || p.to_lowercase() != *p {
                problems.push(r.problem(format!("phrase {p:?} must be non-empty and lower case")));
            }
        }
        themes.push(Theme { key, label: r.get("label").to_string(), phrases });
    }
    (themes, problems)
}

fn framework(code: &str) -> Option<Framework> {
    match code {
        "ILACS" => Some(Framework::Ilacs),
        "SIF" => Some(Framework::Sif),
        _ => None,
    }
}

/// Joins the points to the dataset's inspections and themes them.
pub fn join(
    table: &Table,
    themes: Vec<Theme>,
    without: &Table,
    dataset: &Dataset,
) -> Result<Joined, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut report = Vec::new();
    let mut points = Vec::new();
    // (council, framework, published) of every report with points.
    let mut with_points: BTreeSet<(String, Framework, chrono::NaiveDate)> = BTreeSet::new();
    // The last item seen of each report as the file lists it, to check the sequence.
    let mut last_item: BTreeMap<(String, String, String), u32> = BTreeMap::new();
    let mut shifted: BTreeSet<String> = BTreeSet::new();
    for r in table.records() {
        let Some(fw) = framework(r.get("framework")) else {
            problems.push(r.problem(format!("framework {:?} is neither ILACS nor SIF", r.get("framework"))));
            continue;
        };
        let Some(date) = parse_iso(r.get("publication_date")) else {
            problems.push(r.problem(format!("unparseable publication_date {:?}", r.get("publication_date"))));
            continue;
        };
        let (Ok(item), Ok(page)) = (r.get("item").parse::<u32>(), r.get("page").parse::<u32>()) else {
            problems.push(r.problem(format!(
                "item {:?} and page {:?} must be whole numbers",
                r.get("item"),
                r.get("page")
            )));
            continue;
        };
        let text = r.get("text").trim();
        if text.is_empty() {
            problems.push(r.problem("empty text"));
            continue;
        }
        let report_key =
            (r.get("urn").to_string(), r.get("framework").to_string(), r.get("publication_date").to_string());
        let expected = last_item.get(&report_key).map_or(1, |n| n + 1);
        if item != expected || page == 0 {
            problems.push(r.problem(format!(
                "item {item} out of sequence (expected {expected}) or page {page} not from 1"
            )));
        }
        last_item.insert(report_key, item);
        // The council of the URN, and its predecessors: a report filed under a new council's
        // URN but published before it existed is its predecessor's, as the dataset has it.
        let codes: Vec<&str> = dataset
            .councils
            .iter()
            .filter(|c| c.urn == r.get("urn"))
            .flat_map(|c| std::iter::once(c.code.as_str()).chain(c.predecessors.iter().map(String::as_str)))
            .collect();
        let candidates: Vec<_> = dataset
            .inspections
            .iter()
            .filter(|i| codes.contains(&i.council.as_str()) && i.framework == fw)
            .filter(|i| (i.published - date).num_days().abs() <= DATE_TOLERANCE_DAYS)
            .collect();
        let inspection = match candidates.iter().find(|i| i.published == date) {
            Some(i) => Some(*i),
            None if candidates.len() == 1 => {
                shifted.insert(format!(
                    "{} {} {} (dataset {})",
                    r.get("local_authority"),
                    r.get("framework"),
                    date,
                    candidates[0].published
                ));
                Some(candidates[0])
            }
            None => None,
        };
        let Some(i) = inspection else {
            problems.push(r.problem(format!(
                "point matches no {} inspection of urn {} published {date} (within {DATE_TOLERANCE_DAYS} days)",
                r.get("framework"),
                r.get("urn")
            )));
            continue;
        };
        with_points.insert((i.council.clone(), i.framework, i.published));
        points.push(Improvement {
            council: i.council.clone(),
            framework: fw,
            published: i.published,
            item,
            text: text.to_string(),
            page,
            themes: themes_of(text, &themes),
        });
    }
    // Every ILACS and SIF inspection has its points, or a reason in the review file.
    let mut explained: BTreeSet<(String, Framework, chrono::NaiveDate)> = BTreeSet::new();
    let mut nothing_listed = Vec::new();
    for r in without.records() {
        let (Some(fw), Some(date)) = (framework(r.get("framework")), parse_iso(r.get("published"))) else {
            problems.push(r.problem("framework must be ILACS or SIF and published a date"));
            continue;
        };
        if r.get("reason").trim().is_empty() {
            problems.push(r.problem("a reason is needed"));
        }
        match r.get("listed") {
            // The report has no such list: the site says it lists nothing to improve.
            "nothing" => nothing_listed.push(ReportKey {
                council: r.get("council_code").to_string(),
                framework: fw,
                published: date,
            }),
            // Its points were not read: the site says they are not in the data.
            "unread" => {}
            other => problems.push(r.problem(format!("listed {other:?} must be nothing or unread"))),
        }
        let key = (r.get("council_code").to_string(), fw, date);
        let exists = dataset.inspections.iter().any(|i| (i.council.clone(), i.framework, i.published) == key);
        if !exists || with_points.contains(&key) {
            problems.push(r.problem("names no inspection left without points: remove the row"));
        }
        explained.insert(key);
    }
    for i in &dataset.inspections {
        let key = (i.council.clone(), i.framework, i.published);
        if matches!(i.framework, Framework::Ilacs | Framework::Sif)
            && !with_points.contains(&key)
            && !explained.contains(&key)
        {
            problems.push(Problem::new(
                crate::inputs::IMPROVEMENTS,
                0,
                format!(
                    "the {} inspection of {} published {} has no points: add them or a reason to {}",
                    i.framework.code(),
                    i.council,
                    i.published,
                    crate::inputs::WITHOUT_POINTS
                ),
            ));
        }
    }
    let unthemed: Vec<&Improvement> = points.iter().filter(|p| p.themes.is_empty()).collect();
    let share = unthemed.len() as f64 / points.len().max(1) as f64;
    if share > UNTHEMED_BUDGET {
        problems.push(Problem::new(
            crate::inputs::THEMES,
            0,
            format!(
                "{} of {} points ({:.1}%) have no theme: more than 5%",
                unthemed.len(),
                points.len(),
                share * 100.0
            ),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    report.push(format!(
        "improvements: {} points of {} reports; {} reports matched by a publication date within {DATE_TOLERANCE_DAYS} days: {}",
        points.len(),
        with_points.len(),
        shifted.len(),
        shifted.into_iter().collect::<Vec<_>>().join("; ")
    ));
    let per_theme: Vec<String> = themes
        .iter()
        .map(|t| {
            let n = points.iter().filter(|p| p.themes.contains(&t.key)).count();
            format!("{} {} ({:.1}%)", t.key, n, n as f64 * 100.0 / points.len().max(1) as f64)
        })
        .collect();
    report.push(format!("themes: {}", per_theme.join(", ")));
    report.push(format!("unthemed: {} points ({:.1}%)", unthemed.len(), share * 100.0));
    for p in &unthemed {
        report.push(format!(
            "  unthemed: {} {} {} item {}: {}",
            p.council,
            p.framework.code(),
            p.published,
            p.item,
            p.text
        ));
    }
    Ok(Joined { improvements: Improvements { themes, points, nothing_listed }, report })
}
