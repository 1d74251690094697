//! Host tests for the judgement-area matrix: one council's inspections area by area, and
//! several councils' latest inspections side by side, on the hand-made journeys of `fixtures`
//! (every shipped council's matrix is checked in `properties`).

use crate::fixtures::{journeys, LEEDS, LEICESTER};

use chrono::Datelike;
use journeys_core::matrix::{
    comparison_matrix, council_matrix, is_area_of, latest_inspection, latest_matrix, not_an_area_text, Cell,
    Matrix, AREA_ORDER,
};
use journeys_core::model::{Area, Framework, Grade};

fn matrix_of(key: &str) -> Matrix {
    let d = journeys();
    council_matrix(d, d.find_council(key).unwrap())
}

/// The cell of `area` in the column whose inspection began in `month` (`YYYY-MM`).
#[track_caller]
fn at(m: &Matrix, area: Area, month: &str) -> Cell {
    let col = m
        .columns
        .iter()
        .position(|c| format!("{:04}-{:02}", c.start.year(), c.start.month()) == month)
        .unwrap_or_else(|| panic!("a column for {month}"));
    m.row(area).unwrap_or_else(|| panic!("a row for {}", area.key())).cells[col]
}

use Area::*;
use Cell::{NotAnArea, NotJudged};
use Grade::*;

#[test]
fn leeds_area_by_area() {
    let m = matrix_of("leeds");
    let heads: Vec<(&str, String)> = m.columns.iter().map(|c| (c.framework_code, c.date.clone())).collect();
    assert_eq!(
        heads,
        [
            ("SLAC", "November 2009".to_string()),
            ("SLAC", "October 2011".to_string()),
            ("SIF", "January 2015".to_string()),
            ("ILACS", "October 2018".to_string()),
            ("ILACS", "February 2022".to_string()),
            ("ILACS", "June 2025".to_string()),
        ]
    );
    // Overall effectiveness is the first row; every area of every framework Leeds was
    // inspected under has a row, in the fixed order.
    let areas: Vec<Area> = m.rows.iter().map(|r| r.area).collect();
    assert_eq!(areas, AREA_ORDER.to_vec());
    assert_eq!(m.rows[0].label, "Overall effectiveness");
    // 2009: safeguarding Inadequate, looked after children Adequate.
    assert_eq!(at(&m, OverallEffectiveness, "2009-11"), Cell::Grade(Inadequate));
    assert_eq!(at(&m, LookedAfterOverall, "2009-11"), Cell::Grade(Adequate));
    assert_eq!(at(&m, HelpAndProtection, "2009-11"), NotAnArea);
    // SIF, published March 2015: Good, with leadership Outstanding.
    assert_eq!(at(&m, OverallEffectiveness, "2015-01"), Cell::Grade(Good));
    assert_eq!(at(&m, Leadership, "2015-01"), Cell::Grade(Outstanding));
    assert_eq!(at(&m, Lscb, "2015-01"), Cell::Grade(Good));
    assert_eq!(at(&m, ImpactOfLeaders, "2015-01"), NotAnArea);
    assert_eq!(at(&m, ChildrenInCare, "2015-01"), NotAnArea);
    // ILACS, published December 2018: Outstanding, with children in care Good; care leavers
    // were judged with children in care until 2023.
    assert_eq!(at(&m, OverallEffectiveness, "2018-10"), Cell::Grade(Outstanding));
    assert_eq!(at(&m, ChildrenInCare, "2018-10"), Cell::Grade(Good));
    assert_eq!(at(&m, CareLeavers, "2018-10"), NotAnArea);
    assert_eq!(at(&m, Lscb, "2018-10"), NotAnArea);
    assert_eq!(at(&m, Leadership, "2018-10"), NotAnArea);
    // 2025: care leavers judged on their own.
    assert_eq!(at(&m, CareLeavers, "2025-06"), Cell::Grade(Outstanding));
    // Words for the cells that are not grades.
    let col = &m.columns[3];
    assert_eq!(NotAnArea.text(CareLeavers, col), "Judged with children in care until 2023");
    assert_eq!(NotAnArea.text(Lscb, col), "Not part of this framework");
    assert_eq!(Cell::Grade(Good).text(ChildrenInCare, col), "Good");
    assert_eq!(NotAnArea.css_key(), "not-an-area");
    assert_eq!(Cell::Grade(RequiresImprovement).css_key(), "requires-improvement");
    assert!(m.columns.iter().all(|c| c.council == LEEDS && c.predecessor.is_none()));
}

#[test]
fn calderdale_2015_adoption_inadequate() {
    let m = matrix_of("calderdale");
    assert_eq!(at(&m, OverallEffectiveness, "2015-01"), Cell::Grade(RequiresImprovement));
    assert_eq!(at(&m, Adoption, "2015-01"), Cell::Grade(Inadequate));
    assert_eq!(at(&m, Adoption, "2018-11"), NotAnArea);
    // The 2010 inspection and the 2013 child protection inspections, known only from Ofsted's
    // official statistics, are dated by publication; they give no capacity judgement, so the
    // cell says it is not recorded.
    assert_eq!(at(&m, OverallEffectiveness, "2010-02"), Cell::Grade(Inadequate));
    assert_eq!(at(&m, OverallEffectiveness, "2013-07"), Cell::Grade(Inadequate));
    assert_eq!(at(&m, CapacityForImprovement, "2010-02"), Cell::NotRecorded);
    assert_eq!(Cell::NotRecorded.css_key(), "not-recorded");
}

#[test]
fn areas_not_judged_are_told_apart_from_areas_that_did_not_exist() {
    // City of London, 2016: adoption not judged (the report says so).
    assert_eq!(at(&matrix_of("E09000001"), Adoption, "2016-07"), NotJudged);
    // Isles of Scilly, 2016: no looked after children to judge.
    assert_eq!(at(&matrix_of("E06000053"), LookedAfterAndPermanence, "2016-04"), NotJudged);
    // Leicester's 2017 SIF re-inspection did not review the safeguarding board.
    let leicester = matrix_of("leicester");
    assert_eq!(at(&leicester, Lscb, "2017-06"), NotJudged);
    assert_eq!(at(&leicester, Lscb, "2015-01"), Cell::Grade(Inadequate));
    assert_eq!(NotJudged.css_key(), "not-judged");
}

#[test]
fn the_2026_framework_shows_its_own_words_for_overall() {
    let m = matrix_of("brent");
    let last = m.columns.len() - 1;
    let overall = m.row(OverallEffectiveness).unwrap().cells[last];
    assert_eq!(overall, Cell::Grade(NotGraded2026));
    assert_eq!(overall.text(OverallEffectiveness, &m.columns[last]), "Not graded under the 2026 framework");
    assert_eq!(m.row(ImpactOfLeaders).unwrap().cells[last], Cell::Grade(Good));
}

#[test]
fn a_safeguarding_board_review_is_a_column_of_its_own() {
    let d = journeys();
    let surrey = d.find_council("surrey").unwrap();
    let m = council_matrix(d, surrey);
    let k = m.columns.iter().position(|c| c.framework == Framework::LscbReview).unwrap();
    for row in &m.rows {
        let want = if row.area == Lscb { Cell::Grade(RequiresImprovement) } else { NotAnArea };
        assert_eq!(row.cells[k], want, "{}", row.area.key());
    }
    // It is not the council's latest inspection of its services.
    assert_ne!(latest_inspection(d, surrey).unwrap().framework, Framework::LscbReview);
}

#[test]
fn several_councils_latest_inspections_side_by_side() {
    let d = journeys();
    let codes: Vec<String> = [LEEDS, LEICESTER, "E08000033", "nope"].map(String::from).to_vec();
    let m = latest_matrix(d, &codes);
    let heads: Vec<(&str, &str)> =
        m.columns.iter().map(|c| (c.council_name.as_str(), c.date.as_str())).collect();
    assert_eq!(
        heads,
        [("Leeds", "June 2025"), ("Leicester", "September 2024"), ("Calderdale", "February 2024")]
    );
    let areas: Vec<Area> = m.rows.iter().map(|r| r.area).collect();
    assert_eq!(
        areas,
        [OverallEffectiveness, HelpAndProtection, ChildrenInCare, CareLeavers, ImpactOfLeaders]
    );
    assert_eq!(
        m.row(OverallEffectiveness).unwrap().cells,
        [Cell::Grade(Outstanding), Cell::Grade(RequiresImprovement), Cell::Grade(Good)]
    );
    assert_eq!(m.row(HelpAndProtection).unwrap().cells[0], Cell::Grade(Good));
}

#[test]
fn care_leavers_became_an_ilacs_judgement_in_2023() {
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    assert!(!is_area_of(CareLeavers, Framework::Ilacs, day("2022-12-05")));
    assert!(is_area_of(CareLeavers, Framework::Ilacs, day("2023-01-16")));
    assert!(is_area_of(CareLeavers, Framework::Sif, day("2015-01-01")));
    assert_eq!(
        not_an_area_text(CareLeavers, Framework::Ilacs, day("2022-12-05")),
        "Judged with children in care until 2023"
    );
    assert_eq!(not_an_area_text(Lscb, Framework::Ilacs, day("2024-01-01")), "Not part of this framework");
}

#[test]
fn a_comparison_shows_one_councils_inspections_or_each_councils_latest() {
    let d = journeys();
    let codes = |keys: &[&str]| -> Vec<String> { keys.iter().map(|k| k.to_string()).collect() };
    assert_eq!(comparison_matrix(d, &[]), None);
    assert_eq!(comparison_matrix(d, &codes(&["E99999999"])), None);
    let leeds = d.find_council("leeds").unwrap();
    let one = comparison_matrix(d, &codes(&[&leeds.code])).unwrap();
    assert_eq!(one.caption, "Judgement areas of Leeds in each inspection");
    assert!(!one.by_council);
    assert_eq!(one.matrix, council_matrix(d, leeds));
    let two = codes(&[&leeds.code, LEICESTER]);
    let many = comparison_matrix(d, &two).unwrap();
    assert_eq!(many.caption, "Judgement areas of each council's latest inspection");
    assert!(many.by_council);
    assert_eq!(many.matrix, latest_matrix(d, &two));
}
