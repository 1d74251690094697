//! What each report said must improve, as shipped: the project's theme rules on data-driven
//! cases (`check(text, themes)`), every shipped point attached to exactly one inspection, and
//! known facts from the reports.

use dataset_builder::improvements::read_themes;
use dataset_builder::table::Table;
use journeys_core::improvements::{themes_of, Improvements, Theme};
use journeys_core::model::Dataset;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rules() -> Vec<Theme> {
    let file = dataset_builder::inputs::THEMES;
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    let table = Table::parse(file, &text, &dataset_builder::improvements::THEME_COLUMNS).unwrap();
    let (themes, problems) = read_themes(&table);
    assert!(problems.is_empty(), "{problems:?}");
    themes
}

fn check(text: &str, expected: &[&str]) {
    assert_eq!(themes_of(text, &rules()), expected, "{text}");
}

#[test]
fn theme_rules() {
    check("Social worker caseloads.", &["workforce"]);
    check("Management oversight and supervision of frontline practice.", &["management-oversight"]);
    check("The response to children who go missing from home.", &["exploitation"]);
    check("The timeliness of responses at the front door.", &["front-door", "plans-records"]);
    check("Pathway plans for care leavers.", &["care-leavers", "plans-records"]);
    check("The quality of personal education plans (PEPs).", &["education", "plans-records"]);
    check("The take-up of early help.", &["early-help"]);
    // A phrase counts only where it starts a word: "step" holds "pep" but is no PEP, and
    // "stepping" no step-down.
    check("Stepping back.", &[]);
    // Case does not matter.
    check("MASH arrangements.", &["front-door"]);
}

fn shipped() -> (Dataset, Improvements) {
    let read = |name: &str| std::fs::read_to_string(root().join("assets/data").join(name)).unwrap();
    let data = journeys_core::load::parse_dataset(&read("dataset.json")).unwrap();
    let points: Improvements = serde_json::from_str(&read("improvements.json")).unwrap();
    (data, points)
}

#[test]
fn every_shipped_point_is_attached_to_exactly_one_inspection() {
    let (data, list) = shipped();
    assert_eq!(list.points.len(), 3793);
    for p in &list.points {
        let n = data
            .inspections
            .iter()
            .filter(|i| i.council == p.council && i.framework == p.framework && i.published == p.published)
            .count();
        assert_eq!(n, 1, "{} {} {} item {}", p.council, p.framework.code(), p.published, p.item);
    }
    let unthemed = list.points.iter().filter(|p| p.themes.is_empty()).count();
    assert!(unthemed * 20 <= list.points.len(), "{unthemed} unthemed");
}

#[test]
fn known_facts_from_the_reports() {
    let (_, list) = shipped();
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let leeds: Vec<_> =
        list.of_inspection("E08000035", journeys_core::model::Framework::Ilacs, day("2018-12-18")).collect();
    assert_eq!(leeds.len(), 4, "Leeds's 2018 report lists four points");
    assert!(leeds[2].text.contains("personal education plans"), "{}", leeds[2].text);
    assert_eq!(leeds[2].page, 2);
    assert_eq!(leeds[2].item, 3);
    // Thurrock 2024: every judgement Outstanding, nothing listed to improve.
    assert_eq!(
        list.of_inspection("E06000034", journeys_core::model::Framework::Ilacs, day("2024-10-29")).count(),
        0
    );
}
