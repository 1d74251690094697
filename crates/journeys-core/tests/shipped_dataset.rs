//! Known facts, checked in the dataset the site ships (`assets/data/dataset.json`), loaded
//! through the same loader the app uses. The facts come from the Ofsted reports themselves
//! (and, for the corrected ones, from the evidence quoted in `corrections.csv`).

mod common;
use common::dataset;

use chrono::NaiveDate;
use journeys_core::{Area, EventKind, Framework, Grade, Inspection, InspectionType};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The inspection of `council` under `framework` published on `published`.
fn inspection(council: &str, framework: Framework, published: &str) -> &'static Inspection {
    let published = date(published);
    let found: Vec<_> = dataset()
        .inspections
        .iter()
        .filter(|i| i.council == council && i.framework == framework && i.published == published)
        .collect();
    assert_eq!(found.len(), 1, "one {} inspection of {council} published {published}", framework.code());
    found[0]
}

/// Checks the grades of one inspection: `None` means the area is not judged in it.
fn check(council: &str, framework: Framework, published: &str, expected: &[(Area, Option<Grade>)]) {
    let i = inspection(council, framework, published);
    for (area, grade) in expected {
        assert_eq!(i.grade(*area), *grade, "{council} {} {published}: {}", framework.code(), area.key());
    }
}

use Area::*;
use Grade::*;

const LEEDS: &str = "E08000035";

#[test]
fn leeds_journey() {
    // 2009: safeguarding inadequate, looked after children adequate (seed report).
    check(
        LEEDS,
        Framework::Slac,
        "2010-01-07",
        &[
            (OverallEffectiveness, Some(Inadequate)),
            (CapacityForImprovement, Some(Adequate)),
            (LookedAfterOverall, Some(Adequate)),
            (LookedAfterCapacity, Some(Adequate)),
        ],
    );
    let slac = inspection(LEEDS, Framework::Slac, "2010-01-07");
    assert_eq!((slac.start, slac.end), (date("2009-11-23"), date("2009-12-04")));
    assert!(slac.findings.iter().any(|f| f == "Safeguarding services: Overall effectiveness: Inadequate"));
    assert!(slac.citation.contains("data/sources/seeds/003_"));
    // March 2015: SIF good, leadership outstanding.
    check(
        LEEDS,
        Framework::Sif,
        "2015-03-27",
        &[(OverallEffectiveness, Some(Good)), (Leadership, Some(Outstanding)), (Adoption, Some(Good))],
    );
    // December 2018: ILACS outstanding, children in care (and care leavers) good.
    check(
        LEEDS,
        Framework::Ilacs,
        "2018-12-18",
        &[
            (OverallEffectiveness, Some(Outstanding)),
            (ImpactOfLeaders, Some(Outstanding)),
            (HelpAndProtection, Some(Outstanding)),
            (ChildrenInCare, Some(Good)),
            (CareLeavers, None),
        ],
    );
    let events: Vec<_> = dataset().events_of(LEEDS).collect();
    let july =
        events.iter().find(|e| e.kind == EventKind::UnannouncedInspection).expect("July 2009 inspection");
    assert_eq!(july.date, date("2009-07-01"));
    assert_eq!(july.precision, journeys_core::DatePrecision::Month);
    assert!(events.iter().any(|e| e.kind == EventKind::Letter && e.date == date("2018-12-19")));
}

#[test]
fn leicester_and_calderdale_2015() {
    check(
        "E06000016",
        Framework::Sif,
        "2015-03-20",
        &[(OverallEffectiveness, Some(Inadequate)), (Adoption, Some(Good)), (Leadership, Some(Inadequate))],
    );
    check(
        "E08000033",
        Framework::Sif,
        "2015-03-20",
        &[(OverallEffectiveness, Some(RequiresImprovement)), (Adoption, Some(Inadequate))],
    );
    let leicester_news = dataset().events_of("E06000016").filter(|e| e.kind == EventKind::News).count();
    assert_eq!(leicester_news, 2, "dismissals, and the mayor taking the lead");
    let notices: Vec<_> =
        dataset().events_of("E08000033").filter(|e| e.kind == EventKind::ImprovementNotice).collect();
    assert_eq!(notices.len(), 1);
    assert_eq!((notices[0].date, notices[0].end), (date("2012-04-01"), Some(date("2014-01-01"))));
    // Calderdale's ILACS of December 2018: good.
    check("E08000033", Framework::Ilacs, "2018-12-19", &[(OverallEffectiveness, Some(Good))]);
}

#[test]
fn every_current_council_has_an_ilacs_inspection() {
    let d = dataset();
    let current: Vec<_> = d.councils.iter().filter(|c| c.current).collect();
    assert_eq!(current.len(), 153);
    for c in current {
        assert!(
            d.inspections_of(&c.code).any(|i| i.framework == Framework::Ilacs),
            "{} ({}) has no ILACS inspection",
            c.name,
            c.code
        );
        assert!(
            !c.region.is_empty() && !c.region_code.is_empty() && !c.urn.is_empty() && c.la_number.len() == 3
        );
    }
}

#[test]
fn corrections_are_applied() {
    // Grades (corrections.csv rows on the ILACS history).
    check(
        "E08000013",
        Framework::Ilacs,
        "2023-09-04",
        &[
            (HelpAndProtection, Some(RequiresImprovement)),
            (ChildrenInCare, Some(Good)),
            (CareLeavers, Some(Outstanding)),
        ],
    );
    check("E10000025", Framework::Ilacs, "2018-05-22", &[(ChildrenInCare, Some(Good))]);
    check("E08000005", Framework::Ilacs, "2018-03-12", &[(ChildrenInCare, Some(Good))]);
    check(
        "E06000018",
        Framework::Ilacs,
        "2019-01-07",
        &[(OverallEffectiveness, Some(RequiresImprovement)), (HelpAndProtection, Some(RequiresImprovement))],
    );
    check(
        "E06000033",
        Framework::Ilacs,
        "2019-08-27",
        &[(OverallEffectiveness, Some(RequiresImprovement)), (HelpAndProtection, Some(RequiresImprovement))],
    );
    // Joint children in care and care leavers judgement in 2022.
    check("E06000018", Framework::Ilacs, "2022-09-05", &[(CareLeavers, None)]);
    check("E06000003", Framework::Ilacs, "2022-09-22", &[(CareLeavers, None)]);
    // Dates and types filled from the PDFs.
    let brighton = inspection("E06000043", Framework::Ilacs, "2024-05-16");
    assert!(brighton.start < brighton.end);
    let derbyshire = inspection("E10000007", Framework::Ilacs, "2019-09-19");
    assert_eq!(derbyshire.kind, InspectionType::Short, "the type of the first phase");
    // The PDF-derived file: Hull's LSCB review, the 2013 looked-after-children leadership.
    check("E06000010", Framework::Sif, "2015-02-03", &[(Lscb, Some(RequiresImprovement))]);
    check("E10000016", Framework::Lac, "2013-08-23", &[(Leadership, Some(Adequate))]);
    check("E06000035", Framework::Lac, "2013-08-23", &[(Leadership, Some(Inadequate))]);
    // Focused visits: areas for priority action.
    let flag = |council: &str, published: &str| {
        dataset()
            .events_of(council)
            .find(|e| e.kind == EventKind::FocusedVisit && e.published == Some(date(published)))
            .unwrap_or_else(|| panic!("focused visit of {council} published {published}"))
            .priority_action
    };
    assert!(flag("E08000027", "2020-11-27"), "Dudley");
    assert!(flag("E06000012", "2021-06-18"), "North East Lincolnshire");
    assert!(!flag("E06000006", "2023-01-13"), "Halton");
}

#[test]
fn doncaster_january_2018_is_a_sif_reinspection() {
    let i = inspection("E08000017", Framework::Sif, "2018-01-19");
    assert_eq!(i.kind, InspectionType::Reinspection);
    assert_eq!(i.grade(OverallEffectiveness), Some(Good));
    assert_eq!(i.grade(Lscb), None, "not reviewed in this report");
    assert!(!dataset()
        .inspections_of("E08000017")
        .any(|i| i.framework == Framework::Ilacs && i.published == date("2018-01-19")));
}

#[test]
fn april_2026_inspections_have_no_overall_grade() {
    let reform = date("2026-04-01");
    let after: Vec<_> = dataset()
        .inspections
        .iter()
        .filter(|i| i.framework == Framework::Ilacs && i.start >= reform)
        .collect();
    assert_eq!(after.len(), 11);
    for i in after {
        assert_eq!(i.grade(OverallEffectiveness), Some(NotGraded2026), "{} {}", i.council, i.published);
    }
    assert!(!dataset()
        .inspections
        .iter()
        .any(|i| i.start < reform && i.grade(OverallEffectiveness) == Some(NotGraded2026)));
}

#[test]
fn predecessors_are_linked() {
    let d = dataset();
    for (successor, predecessors) in [
        ("E06000061", &["E10000021"][..]),
        ("E06000062", &["E10000021"][..]),
        ("E06000063", &["E10000006"][..]),
        ("E06000064", &["E10000006"][..]),
        ("E06000058", &["E06000028", "E06000029", "E10000009"][..]),
        ("E06000059", &["E10000009"][..]),
    ] {
        assert_eq!(d.council(successor).unwrap().predecessors, predecessors, "{successor}");
        for p in predecessors {
            let named =
                d.council(p).map(|c| c.name.clone()).or_else(|| d.former_council(p).map(|c| c.name.clone()));
            assert!(named.is_some(), "{p} is named somewhere");
        }
    }
    assert_eq!(d.former_council("E10000021").unwrap().abolished, date("2021-04-01"));
}

#[test]
fn release_and_sources() {
    let d = dataset();
    assert_eq!(d.release, "2026-08-22");
    assert!(d.sources.iter().any(|s| s.origin == "JT-39/ofsted-ilacs-scrape-tool" && s.commit.len() == 40));
    assert!(d.coverage.iter().any(|c| c.contains("Inspections before 2013")));
}
