//! Host tests for a council's current standing, the one definition the map, the counts, the
//! all-councils table, the journey measures and the comparison labels share: a small dataset
//! made here for the rule itself, then the shipped data for the views agreeing with each other.

use crate::common::dataset;

use chrono::NaiveDate;
use journeys_core::councils_table::{filter_rows, grade_options, rows};
use journeys_core::model::{Area, Council, Dataset, Framework, Grade, Inspection, InspectionType, Judgement};
use journeys_core::national::{distribution_by_year, hex_map, year_end};
use journeys_core::standing::{current_standing, standing_at, standing_in};
use journeys_core::summary::measures;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// An inspection of `council` that started and was published on the same day.
fn inspection(council: &str, framework: Framework, on: &str, grade: Grade) -> Inspection {
    Inspection {
        council: council.into(),
        framework,
        kind: InspectionType::Standard,
        start: Some(day(on)),
        end: Some(day(on)),
        published: day(on),
        judgements: vec![Judgement { area: Area::OverallEffectiveness, grade }],
        report_url: String::new(),
        inspector: String::new(),
        findings: Vec::new(),
        citation: String::new(),
    }
}

/// Three councils: Alpha (Good, then Inadequate, then a 2026 inspection), Beta (Requires
/// improvement only) and Gamma (only a 2026 inspection).
fn fixture() -> Dataset {
    let mut data = dataset().clone();
    let template = data.council("E08000035").unwrap().clone();
    let council = |code: &str, name: &str| Council {
        code: code.into(),
        name: name.into(),
        slug: name.to_lowercase(),
        predecessors: Vec::new(),
        ..template.clone()
    };
    data.councils =
        vec![council("E99000001", "Alpha"), council("E99000002", "Beta"), council("E99000003", "Gamma")];
    data.inspections = vec![
        inspection("E99000001", Framework::Ilacs, "2019-03-01", Grade::Good),
        inspection("E99000001", Framework::Ilacs, "2023-05-01", Grade::Inadequate),
        inspection("E99000001", Framework::Ilacs, "2026-05-11", Grade::NotGraded2026),
        inspection("E99000002", Framework::Ilacs, "2022-01-10", Grade::RequiresImprovement),
        inspection("E99000003", Framework::Ilacs, "2026-06-01", Grade::NotGraded2026),
    ];
    data.release = day("2026-08-22");
    data
}

#[test]
fn the_latest_grade_on_a_scale_with_a_later_2026_inspection_beside_it() {
    let d = fixture();
    let alpha = current_standing(&d, &d.councils[0]);
    assert_eq!(alpha.grade, Some(Grade::Inadequate));
    assert_eq!(alpha.inspection.map(|i| i.when()), Some(day("2023-05-01")));
    assert_eq!(alpha.inspected_since_2026.map(|i| i.when()), Some(day("2026-05-11")));
    assert_eq!(
        alpha.note().as_deref(),
        Some("Inspected again in May 2026 under the 2026 framework, which gives no overall grade.")
    );
    assert_eq!(alpha.short_note().as_deref(), Some("+ May 2026 inspection, no overall grade"));
    // Before the 2026 report was published, there is nothing beside the grade.
    let before = standing_at(&d, &d.councils[0], day("2026-05-10"));
    assert_eq!((before.grade, before.inspected_since_2026), (Some(Grade::Inadequate), None));
    assert_eq!(before.note(), None);
    // Beta: one grade, nothing since.
    let beta = current_standing(&d, &d.councils[1]);
    assert_eq!((beta.grade, beta.inspected_since_2026), (Some(Grade::RequiresImprovement), None));
    // Gamma: no grade on a scale, but the 2026 inspection is still said.
    let gamma = current_standing(&d, &d.councils[2]);
    assert_eq!(gamma.grade, None);
    assert_eq!(gamma.inspected_since_2026.map(|i| i.when()), Some(day("2026-06-01")));
}

#[test]
fn every_view_of_the_fixture_agrees() {
    let d = fixture();
    let today = day("2026-08-22");
    let table = rows(&d, today);
    let alpha = table.iter().find(|r| r.name == "Alpha").unwrap();
    assert_eq!(alpha.current.map(|g| g.grade), Some(Grade::Inadequate));
    assert_eq!(alpha.inspected_since_2026.map(|g| g.start), Some(day("2026-05-11")));
    assert_eq!(alpha.previous.map(|g| g.grade), Some(Grade::Good));
    assert_eq!(alpha.last_inspected, Some(day("2026-05-11")));
    let map = hex_map(&d, today);
    let cell = map.cells.iter().find(|c| c.code == "E99000001").unwrap();
    assert_eq!(cell.grade, Some(Grade::Inadequate));
    assert!(cell.inspected_since_2026, "the map marks it");
    let counts = distribution_by_year(&d).into_iter().last().unwrap();
    assert_eq!(
        (counts.inadequate, counts.requires_improvement, counts.none, counts.inspected_since_2026),
        (1, 1, 1, 2)
    );
    assert_eq!(filter_rows(&d, &table, None, Some(Grade::Inadequate)).len(), counts.inadequate);
    assert_eq!(filter_rows(&d, &table, None, Some(Grade::NotGraded2026)).len(), 2);
    let journey: Vec<&Inspection> = d.inspections.iter().filter(|i| i.council == "E99000001").collect();
    let m = measures(&journey);
    assert_eq!(m.current.map(|c| c.0), Some(Grade::Inadequate));
    assert_eq!(m.current_note, standing_in(&journey, None).note());
}

#[test]
fn the_map_counts_and_the_table_agree_on_the_shipped_data() {
    let d = dataset();
    let table = rows(d, year_end(d, 2026));
    let counts = distribution_by_year(d).into_iter().last().unwrap();
    let options = grade_options(&table);
    let count = |g: Grade| options.iter().find(|(h, _)| *h == g).map_or(0, |(_, n)| *n);
    assert_eq!(count(Grade::Outstanding), counts.outstanding);
    assert_eq!(count(Grade::Good), counts.good);
    assert_eq!(count(Grade::RequiresImprovement), counts.requires_improvement);
    assert_eq!(count(Grade::Inadequate), counts.inadequate);
    assert_eq!(count(Grade::NotGraded2026), counts.inspected_since_2026);
    let map = hex_map(d, year_end(d, 2026));
    for r in &table {
        let cell = map.cells.iter().find(|c| c.code == r.code).unwrap();
        assert_eq!(cell.grade, r.current.map(|g| g.grade), "{}", r.name);
        assert_eq!(cell.inspected_since_2026, r.inspected_since_2026.is_some(), "{}", r.name);
    }
}
