//! Hand-made journeys of a few councils, trimmed from their Ofsted reports to what the logic
//! tests need: a fixed dataset the rules are checked on, which no data release changes (the
//! shipped data's own facts are checked in `known_facts`). Leeds keeps its real code, which
//! its curated lesson is keyed by.

use crate::common::{
    fixture, Fixture, EAST_MIDLANDS, LONDON, NORTH_EAST, NORTH_WEST, SOUTH_EAST, SOUTH_WEST, WEST_MIDLANDS,
    YORKSHIRE,
};

use journeys_core::model::{
    Area::*, Dataset, DatePrecision, EventKind, Framework::*, Grade::*, InspectionType,
};
use std::sync::OnceLock;

pub const LEEDS: &str = "E08000035";
pub const LEICESTER: &str = "E06000016";
pub const CALDERDALE: &str = "E08000033";
pub const BRENT: &str = "E09000005";
pub const NORTHAMPTONSHIRE: &str = "E10000021";
pub const NORTH_NORTHAMPTONSHIRE: &str = "E06000061";
pub const WEST_NORTHAMPTONSHIRE: &str = "E06000062";

/// The project's copy of Leeds's 2009 report, as the dataset cites it.
pub const LEEDS_2009_CITATION: &str = "Ofsted, Inspection of safeguarding and looked after children services: Leeds City Council, published 7 January 2010, record of main findings (data/sources/seeds/003_4bf25ecaebf63588.txt)";

/// A focused-visit letter kept in a scrape tool's repository, as the dataset cites it.
pub const FOCUSED_VISIT_CITATION: &str = "data-to-insight/ofsted-focused-visit-scrape-tool@c91dee0a148a59d1ed59222be7f201c13badb0b2:export_data/inspection_reports/80444_calderdale/children's services focused visit - 21 march 2022.pdf";

/// Where Ofsted's official statistics are the only source (no report link, no dates).
const STATISTICS: &str =
    "Ofsted official statistics: Children's social care data in England (data/sources/x.ods)";

/// The councils, each inspected as its reports say:
/// - Leeds: Inadequate 2009 (SLAC, dated, cited to the project's copy), Adequate 2011 (a
///   re-inspection known only by its publication), Good 2015 (SIF), Outstanding 2018, 2022
///   and 2025 (ILACS; care leavers judged on their own in 2025), with an unannounced
///   inspection known to the month (July 2009), a focused visit and a letter.
/// - Leicester: Adequate 2012, Inadequate 2015, Requires improvement 2017 (a SIF
///   re-inspection that did not review the safeguarding board), Good 2021, Requires
///   improvement 2024.
/// - Calderdale: Inadequate 2010, child protection Inadequate twice in 2013, Requires
///   improvement 2015 (adoption Inadequate), Good 2018 and 2024; an improvement notice known
///   to the month, and a focused visit.
/// - Brent: Requires improvement 2015, Good 2023, then an April 2026 inspection under the
///   framework that gives no overall grade.
/// - Middlesbrough, Bradford, Blackpool: the journeys presentation mode tells.
/// - Northamptonshire (abolished 2021, with child protection and looked-after inspections of
///   its own) and its successors North and West Northamptonshire.
/// - Surrey (a standalone review of its safeguarding board, its last record), City of London and the Isles of
///   Scilly (areas not judged), Kingston upon Hull and Telford and Wrekin (for search).
pub fn journeys() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| journeys_fixture().build())
}

/// The councils of `journeys`, before it is built, for a test that adds councils of its own.
pub fn journeys_fixture() -> Fixture {
    others(calderdale(leicester(leeds(fixture()))))
}

fn from_statistics(i: &mut journeys_core::model::Inspection) {
    i.report_url.clear();
    i.citation = STATISTICS.into();
}

fn leeds(f: Fixture) -> Fixture {
    f.council(LEEDS, "Leeds", YORKSHIRE)
        .inspected(
            Slac,
            Some("2009-11-23"),
            "2010-01-07",
            &[
                (OverallEffectiveness, Inadequate),
                (CapacityForImprovement, Adequate),
                (LookedAfterOverall, Adequate),
                (LookedAfterCapacity, Adequate),
            ],
        )
        .and(|i| {
            i.end = Some(crate::common::day("2009-12-04"));
            i.report_url.clear();
            i.citation = LEEDS_2009_CITATION.into();
        })
        .inspected(Slac, None, "2011-10-10", &[(OverallEffectiveness, Adequate)])
        .and(|i| {
            i.kind = InspectionType::Reinspection;
            from_statistics(i);
        })
        .inspected(
            Sif,
            Some("2015-01-20"),
            "2015-03-27",
            &[
                (OverallEffectiveness, Good),
                (HelpAndProtection, Good),
                (LookedAfterAndPermanence, Good),
                (Adoption, Good),
                (CareLeavers, Good),
                (Leadership, Outstanding),
                (Lscb, Good),
            ],
        )
        .inspected(
            Ilacs,
            Some("2018-10-29"),
            "2018-12-18",
            &[
                (OverallEffectiveness, Outstanding),
                (ImpactOfLeaders, Outstanding),
                (HelpAndProtection, Outstanding),
                (ChildrenInCare, Good),
            ],
        )
        .and(|i| i.kind = InspectionType::Short)
        .inspected(
            Ilacs,
            Some("2022-02-21"),
            "2022-05-09",
            &[
                (OverallEffectiveness, Outstanding),
                (ImpactOfLeaders, Outstanding),
                (HelpAndProtection, Good),
                (ChildrenInCare, Outstanding),
            ],
        )
        .inspected(
            Ilacs,
            Some("2025-06-30"),
            "2025-08-12",
            &[
                (OverallEffectiveness, Outstanding),
                (ImpactOfLeaders, Outstanding),
                (HelpAndProtection, Good),
                (ChildrenInCare, Outstanding),
                (CareLeavers, Outstanding),
            ],
        )
        .event(
            EventKind::UnannouncedInspection,
            "2009-07-01",
            "Unannounced inspection of contact, referral and assessment",
        )
        .and_event(|e| e.precision = DatePrecision::Month)
        .event(EventKind::FocusedVisit, "2018-01-30", "Focused visit")
        .event(EventKind::Letter, "2018-12-19", "Ofsted's national director congratulates the council")
}

fn leicester(f: Fixture) -> Fixture {
    f.council(LEICESTER, "Leicester", EAST_MIDLANDS)
        .inspected(Slac, None, "2012-01-25", &[(OverallEffectiveness, Adequate), (LookedAfterOverall, Good)])
        .and(from_statistics)
        .inspected(
            Sif,
            Some("2015-01-14"),
            "2015-03-20",
            &[
                (OverallEffectiveness, Inadequate),
                (Adoption, Good),
                (Leadership, Inadequate),
                (Lscb, Inadequate),
            ],
        )
        .inspected(
            Sif,
            Some("2017-06-19"),
            "2017-09-04",
            &[(OverallEffectiveness, RequiresImprovement), (Adoption, Good)],
        )
        .and(|i| i.kind = InspectionType::Reinspection)
        .graded(Ilacs, "2021-09-20", Good)
        .inspected(
            Ilacs,
            Some("2024-09-23"),
            "2025-01-29",
            &[(OverallEffectiveness, RequiresImprovement), (HelpAndProtection, RequiresImprovement)],
        )
}

fn calderdale(f: Fixture) -> Fixture {
    f.council(CALDERDALE, "Calderdale", YORKSHIRE)
        .inspected(
            Slac,
            None,
            "2010-02-26",
            &[(OverallEffectiveness, Inadequate), (LookedAfterOverall, Adequate)],
        )
        .and(from_statistics)
        .inspected(Cpi, None, "2013-01-21", &[(OverallEffectiveness, Inadequate)])
        .and(from_statistics)
        .inspected(Cpi, None, "2013-07-26", &[(OverallEffectiveness, Inadequate)])
        .and(|i| {
            i.kind = InspectionType::Reinspection;
            from_statistics(i);
        })
        .inspected(
            Sif,
            Some("2015-01-13"),
            "2015-03-20",
            &[(OverallEffectiveness, RequiresImprovement), (Adoption, Inadequate)],
        )
        .graded(Ilacs, "2018-11-12", Good)
        .inspected(
            Ilacs,
            Some("2024-02-19"),
            "2024-05-15",
            &[(OverallEffectiveness, Good), (HelpAndProtection, Good)],
        )
        .event(
            EventKind::ImprovementNotice,
            "2012-04-01",
            "Improvement notices from the Department for Education",
        )
        .and_event(|e| {
            e.precision = DatePrecision::Month;
            e.end = Some(crate::common::day("2014-01-01"));
        })
        .event(EventKind::FocusedVisit, "2022-02-14", "Focused visit")
        .and_event(|e| e.citation = FOCUSED_VISIT_CITATION.into())
}

fn others(f: Fixture) -> Fixture {
    f.council(BRENT, "Brent", LONDON)
        .graded(Sif, "2015-09-14", RequiresImprovement)
        .graded(Ilacs, "2023-02-20", Good)
        .inspected(
            Ilacs,
            Some("2026-04-27"),
            "2026-06-17",
            &[(OverallEffectiveness, NotGraded2026), (ImpactOfLeaders, Good)],
        )
        .council("E06000002", "Middlesbrough", NORTH_EAST)
        .graded(Slac, "2011-07-22", Adequate)
        .graded(Sif, "2015-11-24", RequiresImprovement)
        .graded(Ilacs, "2019-11-25", Inadequate)
        .graded(Ilacs, "2023-03-13", RequiresImprovement)
        .graded(Ilacs, "2026-06-08", NotGraded2026)
        .council("E08000032", "Bradford", YORKSHIRE)
        .inspected(Slac, None, "2012-06-27", &[(OverallEffectiveness, Good), (LookedAfterOverall, Good)])
        .and(from_statistics)
        .graded(Sif, "2014-02-18", RequiresImprovement)
        .graded(Ilacs, "2018-09-17", Inadequate)
        .graded(Ilacs, "2022-11-21", Inadequate)
        .graded(Ilacs, "2026-01-12", RequiresImprovement)
        .council("E06000009", "Blackpool", NORTH_WEST)
        .inspected(Slac, None, "2009-12-04", &[(OverallEffectiveness, Adequate), (LookedAfterOverall, Good)])
        .and(from_statistics)
        .inspected(Cpi, None, "2012-07-13", &[(OverallEffectiveness, Inadequate)])
        .and(from_statistics)
        .graded(Sif, "2014-07-02", RequiresImprovement)
        .council(NORTHAMPTONSHIRE, "Northamptonshire", EAST_MIDLANDS)
        .abolished("2021-04-01", &[NORTH_NORTHAMPTONSHIRE, WEST_NORTHAMPTONSHIRE])
        .graded(Slac, "2011-05-06", Adequate)
        .graded(Cpi, "2013-03-20", Inadequate)
        .graded(Lac, "2013-08-23", Inadequate)
        .graded(Sif, "2016-04-27", RequiresImprovement)
        .graded(Ilacs, "2019-06-17", Inadequate)
        .council(NORTH_NORTHAMPTONSHIRE, "North Northamptonshire", EAST_MIDLANDS)
        .graded(Ilacs, "2022-10-03", RequiresImprovement)
        .council(WEST_NORTHAMPTONSHIRE, "West Northamptonshire", EAST_MIDLANDS)
        .graded(Ilacs, "2022-10-03", RequiresImprovement)
        .council("E10000030", "Surrey", SOUTH_EAST)
        .graded(Sif, "2014-10-21", Inadequate)
        .inspected(LscbReview, Some("2015-06-15"), "2015-08-03", &[(Lscb, RequiresImprovement)])
        .council("E09000001", "City of London", LONDON)
        .inspected(
            Sif,
            Some("2016-07-28"),
            "2016-09-20",
            &[(OverallEffectiveness, Good), (Adoption, NotJudged)],
        )
        .council("E06000053", "Isles of Scilly", SOUTH_WEST)
        .inspected(
            Sif,
            Some("2016-04-11"),
            "2016-06-27",
            &[(OverallEffectiveness, Good), (LookedAfterAndPermanence, NotJudged)],
        )
        .council("E06000010", "Kingston upon Hull", YORKSHIRE)
        .graded(Ilacs, "2019-02-04", Good)
        .council("E06000020", "Telford and Wrekin", WEST_MIDLANDS)
        .graded(Ilacs, "2019-01-14", Outstanding)
}
