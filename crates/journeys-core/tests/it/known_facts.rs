//! Known facts, checked in the dataset the site ships (`assets/data/dataset.json`), loaded
//! through the same loader the app uses: the release they are of, how many councils there are,
//! particular councils' inspections, the all-councils table on the release day, the comparison
//! presets, journeys as the pages tell them in words, and the national map and counts. The
//! facts come from the Ofsted reports themselves (and, for the corrected ones, from the
//! evidence quoted in `corrections.csv`). When a new release changes a fact, this is the
//! module to update; the logic tests run on hand-made fixtures (`fixtures`, `common::fixture`)
//! that no release changes, and where a rule's check is shared (`check_preset`,
//! `check_story`, the map's checks) the facts here call the same check with the shipped values.

use crate::common::{dataset, RecordsOf};

use crate::compare::{check_first_sif_members, check_preset};
use crate::summary_chart_search::check_story;
use chrono::NaiveDate;
use journeys_core::compare::presets::{first_sif, inadequate_at_first_sif, region, statistical_neighbours};
use journeys_core::councils_table::{
    filter_rows, grade_options, regions, resolve_region, rows, CouncilRow, Direction,
};
use journeys_core::journey::event_rows;
use journeys_core::model::{Area, EventKind, Framework, Grade, Inspection, InspectionType};
use journeys_core::national::{distribution_by_year, hex_map, region_outlines, year_end};
use std::collections::BTreeSet;

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
const LEICESTER: &str = "E06000016";
const CALDERDALE: &str = "E08000033";

/// The release these facts are of: a new release checks them again, here and nowhere else.
pub const RELEASE: &str = "2026-08-22";

/// Councils that run children's services in England in this release.
pub const CURRENT_COUNCILS: usize = 153;

#[test]
fn the_release_these_facts_are_of() {
    assert_eq!(dataset().release, date(RELEASE));
    assert_eq!(dataset().current_councils().count(), CURRENT_COUNCILS);
}

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
    assert_eq!((slac.start, slac.end), (Some(date("2009-11-23")), Some(date("2009-12-04"))));
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
    assert_eq!(july.precision, journeys_core::model::DatePrecision::Month);
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
        .filter(|i| i.framework == Framework::Ilacs && i.when() >= reform)
        .collect();
    assert_eq!(after.len(), 11);
    for i in after {
        assert_eq!(i.grade(OverallEffectiveness), Some(NotGraded2026), "{} {}", i.council, i.published);
    }
    assert!(!dataset()
        .inspections
        .iter()
        .any(|i| i.when() < reform && i.grade(OverallEffectiveness) == Some(NotGraded2026)));
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
    // Northamptonshire has inspections of its own, so it is a council of its own, not current.
    let northants = d.council("E10000021").unwrap();
    assert!(!northants.current);
    assert_eq!(northants.abolished, Some(date("2021-04-01")));
    assert_eq!(northants.successors, ["E06000061", "E06000062"]);
}

#[test]
fn release_and_sources() {
    let d = dataset();
    assert_eq!(d.release.to_string(), "2026-08-22");
    assert!(d.sources.iter().any(|s| s.origin == "JT-39/ofsted-ilacs-scrape-tool" && s.commit.len() == 40));
    assert!(d
        .coverage
        .iter()
        .any(|c| c.contains("Monitoring visits before April 2022 are not in the sources")));
    assert!(d
        .coverage
        .iter()
        .any(|c| c.contains("Ofsted's official statistics (Open Government Licence v3.0)")));
    for file in [
        "Childrens_social_care_in_England_2023_underlying_data.ods",
        "LA_Inspection_Outcomes_as_at_March_2024.ods",
        "LA_Inspection_Outcomes_as_at_31_March_2025.ods",
    ] {
        assert!(
            d.sources.iter().any(|s| s.file.ends_with(file)
                && s.origin == "dfe-analytical-services/CSC_outcomes_and_enablers"
                && s.commit.len() == 40
                && s.licence.contains("Open Government Licence")),
            "{file}"
        );
    }
}

/// Facts from Ofsted's official statistics (each also in the report it summarises).
#[test]
fn the_history_since_2009() {
    let d = dataset();
    // Leeds: one 2009 inspection (the seed report's record, matched by the statistics), and
    // the 2011 re-inspection of safeguarding, Adequate.
    let leeds_2010: Vec<_> =
        d.inspections.iter().filter(|i| i.council == LEEDS && i.published == date("2010-01-07")).collect();
    assert_eq!(leeds_2010.len(), 1, "one inspection, not two");
    check(
        LEEDS,
        Framework::Slac,
        "2010-01-07",
        &[(OverallEffectiveness, Some(Inadequate)), (LookedAfterOverall, Some(Adequate))],
    );
    check(LEEDS, Framework::Slac, "2011-10-10", &[(OverallEffectiveness, Some(Adequate))]);
    assert_eq!(inspection(LEEDS, Framework::Slac, "2011-10-10").kind, InspectionType::Reinspection);
    // Calderdale: SLAC Inadequate (February 2010); child protection Inadequate (January
    // 2013) and again at the re-inspection (July 2013).
    check(CALDERDALE, Framework::Slac, "2010-02-26", &[(OverallEffectiveness, Some(Inadequate))]);
    check(CALDERDALE, Framework::Cpi, "2013-01-21", &[(OverallEffectiveness, Some(Inadequate))]);
    check(CALDERDALE, Framework::Cpi, "2013-07-26", &[(OverallEffectiveness, Some(Inadequate))]);
    assert_eq!(inspection(CALDERDALE, Framework::Cpi, "2013-07-26").kind, InspectionType::Reinspection);
    // Northamptonshire: targeted looked-after-children inspection, August 2013, Inadequate.
    check("E10000021", Framework::Lac, "2013-08-23", &[(OverallEffectiveness, Some(Inadequate))]);
    // Bournemouth: first SIF, June 2014, Requires improvement.
    check("E06000028", Framework::Sif, "2014-06-30", &[(OverallEffectiveness, Some(RequiresImprovement))]);
    // Kent's 2013 looked-after inspection is one record (the report-derived one), not two.
    inspection("E10000016", Framework::Lac, "2013-08-23");
    // No judgement published before 2014 reads "Requires improvement".
    let before_2014: Vec<_> = d
        .inspections
        .iter()
        .filter(|i| i.published < date("2014-01-01"))
        .filter(|i| i.judgements.iter().any(|j| j.grade == RequiresImprovement))
        .map(|i| format!("{} {} {}", i.council, i.framework.code(), i.published))
        .collect();
    assert!(before_2014.is_empty(), "{before_2014:?}");
    // At least 148 councils current when the statistics were published (31 March 2023: today's
    // councils and Cumbria) have a graded inspection published 2009-2012.
    let with_early: std::collections::BTreeSet<&str> = d
        .inspections
        .iter()
        .filter(|i| (2009..=2012).contains(&chrono::Datelike::year(&i.published)))
        .filter(|i| i.judgements.iter().any(|j| j.grade.rank().is_some()))
        .map(|i| i.council.as_str())
        .filter(|c| d.council(c).is_some_and(|c| c.abolished.is_none_or(|a| a >= date("2023-03-31"))))
        .collect();
    assert!(with_early.len() >= 148, "{}", with_early.len());
    // Every abolished council is a council of its own with inspections.
    for code in ["E06000028", "E06000029", "E10000009", "E10000021", "E10000006"] {
        let c = d.council(code).unwrap_or_else(|| panic!("{code}"));
        assert!(!c.current && d.inspections_of(code).count() >= 2, "{code}");
        assert!(!c.urn.is_empty(), "{code} links to its Ofsted page");
    }
    // Monitoring visits, with their themes; every inspection links somewhere.
    let visits: Vec<_> = d.events.iter().filter(|e| e.kind == EventKind::MonitoringVisit).collect();
    assert!(visits.len() >= 70 && visits.iter().all(|v| !v.theme.is_empty()), "{}", visits.len());
    assert!(d.inspections.iter().all(|i| !d.report_link(i).url().is_empty()));
}

// The all-councils table on this release (`councils_table`), "today" being the release day.

fn table_rows() -> Vec<CouncilRow> {
    rows(dataset(), date(RELEASE))
}

fn find<'a>(rows: &'a [CouncilRow], name: &str) -> &'a CouncilRow {
    rows.iter().find(|r| r.name == name).unwrap_or_else(|| panic!("a row for {name}"))
}

fn names(rows: &[CouncilRow]) -> Vec<&str> {
    rows.iter().map(|r| r.name.as_str()).collect()
}

fn day(s: &str) -> NaiveDate {
    date(s)
}

#[test]
fn one_row_per_current_council_a_to_z() {
    let rows = table_rows();
    assert_eq!(rows.len(), CURRENT_COUNCILS);
    assert_eq!(&names(&rows)[..2], ["Barking and Dagenham", "Barnet"]);
    assert_eq!(rows.last().unwrap().name, "York");
}

#[test]
fn current_previous_and_direction_from_the_reports() {
    let rows = table_rows();
    // Leeds: Outstanding in 2022 and again in June 2025.
    let leeds = find(&rows, "Leeds");
    assert_eq!(leeds.current.map(|g| (g.grade, g.start)), Some((Grade::Outstanding, day("2025-06-30"))));
    assert_eq!(leeds.previous.map(|g| g.grade), Some(Grade::Outstanding));
    assert_eq!((leeds.direction, leeds.steps), (Direction::Same, Some(0)));
    assert_eq!(leeds.last_inspected, Some(day("2025-06-30")));
    assert_eq!(leeds.years_since, Some(1));
    assert_eq!(leeds.link().to_url(), "/council/leeds");
    // Leicester: Good in 2021, Requires improvement in 2024.
    let leicester = find(&rows, "Leicester");
    assert_eq!(leicester.current.map(|g| g.grade), Some(Grade::RequiresImprovement));
    assert_eq!((leicester.direction, leicester.steps), (Direction::Declined, Some(-1)));
    // York: Requires improvement in 2022, Outstanding in 2025.
    let york = find(&rows, "York");
    assert_eq!((york.direction, york.steps), (Direction::Improved, Some(2)));
    // Cumberland was created in 2023: the inspection before its own is Cumbria's (November
    // 2022, Requires improvement), whose journey it continues.
    let cumberland = find(&rows, "Cumberland");
    assert_eq!(
        cumberland.previous.map(|g| (g.grade, g.published)),
        Some((Grade::RequiresImprovement, day("2022-11-15")))
    );
    // Brent was inspected in April 2026 under the framework that gives no overall grade: its
    // current standing is its last grade on a scale, Good (2023), with the 2026 inspection
    // beside it, as the map counts it.
    let brent = find(&rows, "Brent");
    assert_eq!(brent.current.map(|g| (g.grade, g.start)), Some((Grade::Good, day("2023-02-20"))));
    assert_eq!(
        brent.inspected_since_2026.map(|g| (g.grade, g.start)),
        Some((Grade::NotGraded2026, day("2026-04-27")))
    );
    assert_eq!(brent.last_inspected, Some(day("2026-04-27")), "the 2026 inspection is its last");
    assert_eq!(brent.years_since, Some(0));
    // Every council has been inspected; 11 have a 2026 inspection as their latest, and each
    // of them still has a grade on the scale to stand at.
    assert!(rows.iter().all(|r| r.direction != Direction::NotInspected));
    let since = rows.iter().filter(|r| r.inspected_since_2026.is_some()).count();
    assert_eq!(since, 11);
    assert!(rows.iter().filter(|r| r.inspected_since_2026.is_some()).all(|r| r.current.is_some()));
    assert!(rows.iter().all(|r| r.direction != Direction::NotComparable));
}

#[test]
fn filtering_by_region_and_grade() {
    let d = dataset();
    let rows = table_rows();
    assert_eq!(filter_rows(d, &rows, Some("London"), None).len(), 33);
    assert_eq!(filter_rows(d, &rows, Some("london"), None).len(), 33);
    assert_eq!(filter_rows(d, &rows, Some("GL"), None).len(), 33);
    assert_eq!(filter_rows(d, &rows, Some("yorkshire-and-the-humber"), None).len(), 15);
    let london_inadequate = filter_rows(d, &rows, Some("London"), Some(Grade::Inadequate));
    assert_eq!(names(&london_inadequate), ["Harrow", "Havering"]);
    // The same 13 the map counts (two of them inspected again in 2026 with no overall grade).
    assert_eq!(filter_rows(d, &rows, None, Some(Grade::Inadequate)).len(), 13);
    assert_eq!(filter_rows(d, &rows, None, Some(Grade::NotGraded2026)).len(), 11);
    assert_eq!(filter_rows(d, &rows, None, Some(Grade::Adequate)).len(), 0);
    // A region that does not exist filters nothing out.
    assert_eq!(filter_rows(d, &rows, Some("Atlantis"), None).len(), CURRENT_COUNCILS);
    assert_eq!(
        grade_options(&rows),
        [
            (Grade::Outstanding, 46),
            (Grade::Good, 65),
            (Grade::RequiresImprovement, 29),
            (Grade::Inadequate, 13),
            (Grade::NotGraded2026, 11)
        ]
    );
}

#[test]
fn regions_resolve_and_print_as_slugs() {
    let d = dataset();
    assert_eq!(resolve_region(d, "Yorkshire and The Humber"), Some("Yorkshire and the Humber"));
    assert_eq!(resolve_region(d, "yh"), Some("Yorkshire and the Humber"));
    assert_eq!(resolve_region(d, "east-of-england"), Some("East of England"));
    assert_eq!(resolve_region(d, "Atlantis"), None);
    assert_eq!(journeys_core::text::slug("Yorkshire and the Humber"), "yorkshire-and-the-humber");
    let all = regions(d);
    assert_eq!(all.len(), 9);
    assert_eq!(
        (all[0].key.as_str(), all[0].name.as_str(), all[0].councils),
        ("east-midlands", "East Midlands", 10)
    );
    assert_eq!(all.iter().map(|r| r.councils).sum::<usize>(), CURRENT_COUNCILS);
}

// The comparison presets on this release (`compare::presets`): Leeds's statistical
// neighbours, London's councils, and the councils judged Inadequate at their first SIF
// inspection.

#[test]
fn leeds_statistical_neighbours() {
    let d = dataset();
    let p = statistical_neighbours(d, "leeds").unwrap();
    // The council first, then its ten neighbours in the lookup's order (Portsmouth first).
    check_preset(
        d,
        &p,
        "Leeds and its statistical neighbours",
        11,
        &["Leeds", "Portsmouth", "Southend-on-Sea", "Sheffield", "Milton Keynes", "Kirklees", "Salford", "Bristol"],
        Some(
            "Leeds has 10 statistical neighbours; a comparison shows at most 8 councils, so it shows Leeds with the first 7 in its list. Left out: Southampton; Croydon; and Bournemouth, Christchurch and Poole.",
        ),
    );
    let leeds = d.council(LEEDS).unwrap();
    assert_eq!(p.all[0], LEEDS);
    assert_eq!(&p.all[1..], &leeds.neighbours[..]);
    assert_eq!(p.all[1], "E06000044");
}

#[test]
fn london_and_yorkshire() {
    let d = dataset();
    let london = region(d, "London").unwrap();
    check_preset(
        d,
        &london,
        "Councils in London",
        33,
        &["Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "City of London", "Croydon"],
        Some("London has 33 councils; a comparison shows at most 8, so these are the first 8 in alphabetical order. Remove some to add others."),
    );
    // By slug or region code, in any case.
    assert_eq!(region(d, "yorkshire-and-the-humber").unwrap().all.len(), 15);
    assert_eq!(region(d, "yh").unwrap().all.len(), 15);
    assert_eq!(region(d, "GL").unwrap(), london);
}

#[test]
fn judged_inadequate_at_their_first_sif_inspection() {
    let d = dataset();
    let p = inadequate_at_first_sif(d);
    // Capped to the eight inspected earliest: Slough (November 2013) first; Leicester is ninth.
    check_preset(
        d,
        &p,
        "Councils judged Inadequate at their first SIF inspection",
        32,
        &["Slough", "Coventry", "Birmingham", "Knowsley", "Buckinghamshire", "Manchester", "Rotherham", "Surrey"],
        Some("32 councils were judged Inadequate at their first inspection under the single inspection framework (2013 to 2018); a comparison shows at most 8, so these are the 8 inspected earliest."),
    );
    assert_eq!(p.all[8], LEICESTER);
    // Leicester's first SIF inspection (January 2015) was judged Inadequate; so were
    // Birmingham's (2014) and Rotherham's (2014). Leeds (Good, 2015) and Calderdale
    // (Requires improvement, 2015) were not.
    check_first_sif_members(d, &p, &[LEICESTER, "E08000025", "E08000018"], &[LEEDS, CALDERDALE]);
    // Councils created after 2018 had no SIF inspection of their own.
    assert!(first_sif(d, d.council("E06000062").unwrap()).is_none());
}

// Journeys in words (`summary::journey_summary`), as the council pages read them.

#[test]
fn stories() {
    let check_story = |key: &str, expected: &str| check_story(dataset(), key, expected);
    check_story(
        "leeds",
        "Leeds was judged Inadequate in 2009, Adequate in 2011, Good in 2015 and Outstanding in 2018, 2022 and 2025.",
    );
    check_story("leicester", "Leicester was judged Adequate in 2012, Inadequate in 2015, Requires improvement in 2017, Good in 2021 and Requires improvement in 2024.");
    // Calderdale: child protection inspected in January 2013 and re-inspected in July 2013.
    check_story(
        "calderdale",
        "Calderdale was judged Inadequate in 2010 and 2013 (child protection, twice), Requires improvement in 2015 and Good in 2018 and 2024.",
    );
}

// Sources of the events (`journey::event_rows`).

#[test]
fn every_calderdale_focused_visit_links_to_its_letter() {
    let data = dataset();
    let calderdale = data.council(CALDERDALE).unwrap();
    let visits: Vec<_> =
        event_rows(data, calderdale).into_iter().filter(|e| e.kind == "Focused visit").collect();
    assert!(!visits.is_empty());
    assert!(visits.iter().all(|v| v.url.starts_with("https://github.com/data-to-insight/")), "{visits:?}");
}

// The national picture on this release (`national`): the hex layout round Leeds, the regions,
// and how the grades spread from 2009.

#[test]
fn the_hex_map_round_leeds() {
    let d = dataset();
    let map = hex_map(d, year_end(d, 2018));
    // In the layout Leeds sits between Kirklees (west) and York (east), with Bradford on the
    // row to the north.
    let at = |code: &str| map.cells.iter().find(|c| c.code == code).unwrap();
    let (leeds, kirklees, york, bradford) =
        (at("E08000035"), at("E08000034"), at("E06000014"), at("E08000032"));
    assert_eq!((leeds.y, york.y), (kirklees.y, kirklees.y));
    assert!(kirklees.x < leeds.x && leeds.x < york.x);
    assert!(bradford.y < leeds.y);
    assert_eq!(leeds.grade, Some(Grade::Outstanding));
    assert_eq!(leeds.description, "Leeds: Outstanding, published December 2018");
    assert_eq!(leeds.detail, "Outstanding, published December 2018");
}

#[test]
fn nine_regions_outlined() {
    let d = dataset();
    let map = hex_map(d, year_end(d, 2025));
    let regions = region_outlines(&map);
    let names: BTreeSet<&str> = regions.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(regions.len(), 9);
    assert!(names.contains("London") && names.contains("North East"));
    // London's 33 boroughs are grouped: its outline is far shorter than 33 separate hexagons'.
    let london = regions.iter().find(|r| r.name == "London").unwrap();
    assert!(london.path.split(' ').count() < 33 * 6 / 2, "{}", london.path.split(' ').count());
    let expected = crate::national::check_region_outlines(&map);
    assert!(expected > 2 * 60, "{expected}");
}

#[test]
fn the_grades_since_2009() {
    let rows = distribution_by_year(dataset());
    assert_eq!(rows.last().map(|r| r.year), Some(2026));
    // The inspections of 2009-2012 were published from August 2009: few by the end of 2009,
    // nearly every council by the end of 2012, all on the four-point scale.
    let first = &rows[0];
    assert_eq!(first.year, 2009);
    assert!(first.none > 100, "{first:?}");
    let y2012 = rows.iter().find(|r| r.year == 2012).unwrap();
    assert!(y2012.none <= 5 && y2012.adequate > 50 && y2012.requires_improvement == 0, "{y2012:?}");
    // SIF ran 2013-18: by the end of 2018 almost every council had a grade on the new scale,
    // and Adequate (the old scale) has gone from the map.
    let y2018 = rows.iter().find(|r| r.year == 2018).unwrap();
    assert!(y2018.none < 10, "{y2018:?}");
    assert_eq!(y2018.adequate, 0);
}
