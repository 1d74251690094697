//! Host tests for a council's current standing, the one definition the map, the counts, the
//! all-councils table, the journey measures and the comparison labels share, on a small dataset
//! made here (the views agree on the shipped data too: see `properties`).

use crate::common::{day, YORKSHIRE};

use journeys_core::councils_table::{filter_rows, rows};
use journeys_core::model::{Dataset, Framework, Grade, Inspection};
use journeys_core::national::{distribution_by_year, hex_map};
use journeys_core::standing::{current_standing, standing_at, standing_in};
use journeys_core::summary::measures;

/// Three councils: Alpha (Good, then Inadequate, then a 2026 inspection), Beta (Requires
/// improvement only) and Gamma (only a 2026 inspection).
fn fixture() -> Dataset {
    use Framework::Ilacs;
    crate::common::fixture()
        .council("E99000001", "Alpha", YORKSHIRE)
        .graded(Ilacs, "2019-03-01", Grade::Good)
        .graded(Ilacs, "2023-05-01", Grade::Inadequate)
        .graded(Ilacs, "2026-05-11", Grade::NotGraded2026)
        .council("E99000002", "Beta", YORKSHIRE)
        .graded(Ilacs, "2022-01-10", Grade::RequiresImprovement)
        .council("E99000003", "Gamma", YORKSHIRE)
        .graded(Ilacs, "2026-06-01", Grade::NotGraded2026)
        .build()
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
