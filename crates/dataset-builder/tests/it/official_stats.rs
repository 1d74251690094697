//! Ofsted's official statistics in the build: what they add (2009-13 inspections, abolished
//! councils, monitoring visits, themes), how they are cross-checked against the report-derived
//! sources, and every rule that stops the build, each with a small bad fixture naming the
//! workbook, sheet, row and problem.

use crate::common::{check, inputs, with, with_sheet};
use dataset_builder::build;
use dataset_builder::inputs as files;
use dataset_builder::official_stats::{HISTORY_2023, HISTORY_SHEET, ILACS_SHEET, OUTCOMES_2025};
use journeys_core::model::{Area, EventKind, Framework, Grade, InspectionType};

fn history(row: u32) -> String {
    format!("{HISTORY_2023}#{HISTORY_SHEET}:{row}")
}

#[test]
fn what_the_statistics_add() {
    let built = build(&inputs()).unwrap_or_else(|p| panic!("{p:#?}"));
    let d = &built.dataset;
    let of = |code: &'static str, f: Framework| {
        d.inspections.iter().filter(move |i| i.council == code && i.framework == f).collect::<Vec<_>>()
    };
    // Leeds's 2009 inspection is the project's own record (one inspection, not two); the
    // 2011 re-inspection is new, Adequate on the four-point scale, dated by publication.
    let leeds = of("E08000035", Framework::Slac);
    assert_eq!(leeds.len(), 2, "{leeds:#?}");
    assert_eq!(leeds[0].start.map(|d| d.to_string()).as_deref(), Some("2009-11-23"));
    assert_eq!(leeds[0].grade(Area::LookedAfterOverall), Some(Grade::Adequate));
    assert_eq!(leeds[1].kind, InspectionType::Reinspection);
    assert_eq!(leeds[1].published.to_string(), "2011-10-10");
    assert_eq!(leeds[1].grade(Area::OverallEffectiveness), Some(Grade::Adequate));
    assert_eq!((leeds[1].start, leeds[1].end), (None, None));
    assert!(leeds[1].report_url.is_empty());
    assert!(
        leeds[1].citation.starts_with(
            "Ofsted official statistics: Children's social care data in England 2023 (published 6 July 2023)"
        ),
        "{}",
        leeds[1].citation
    );
    // The link a reader follows: the council's page of reports, from its URN.
    assert_eq!(d.report_link(leeds[1]).url(), "https://reports.ofsted.gov.uk/provider/44/80481");
    // Bradford's child protection inspection, and no "requires improvement" before 2014.
    let cpi = of("E08000032", Framework::Cpi);
    assert_eq!(cpi.len(), 1);
    assert_eq!(cpi[0].grade(Area::OverallEffectiveness), Some(Grade::Inadequate));
    assert!(d
        .inspections
        .iter()
        .filter(|i| i.published.to_string().as_str() < "2014")
        .all(|i| i.judgements.iter().all(|j| j.grade != Grade::RequiresImprovement)));
    // Northamptonshire (Table 11): a council of its own with every inspection the sheet gives.
    let northants: Vec<Framework> =
        d.inspections.iter().filter(|i| i.council == "E10000021").map(|i| i.framework).collect();
    assert!(
        northants.contains(&Framework::Slac)
            && northants.contains(&Framework::Cpi)
            && northants.contains(&Framework::Lac)
    );
    // Monitoring visits: one per visit although two sheets list Bradford's 2022 one; themes.
    let visits: Vec<_> = d.events.iter().filter(|e| e.kind == EventKind::MonitoringVisit).collect();
    assert_eq!(visits.len(), 2);
    assert_eq!(visits[0].theme, "Children in care");
    assert_eq!(visits[1].published.map(|d| d.to_string()).as_deref(), Some("2024-10-08"));
    let focused = d.events.iter().find(|e| e.kind == EventKind::FocusedVisit).unwrap();
    assert_eq!(focused.theme, "Front door");
    // The report names what was checked.
    assert!(
        built.report.iter().any(|l| l.starts_with("official statistics: 3 inspections agree")),
        "{:#?}",
        built.report
    );
}

#[test]
fn names_and_codes_that_match_no_council() {
    check(
        with_sheet(HISTORY_SHEET, "|Bradford|", "|Bradfordshire|"),
        &[&format!("{}: council name \"Bradfordshire\" matches no council in the lookup", history(5))],
    );
    // Table 11 names only councils abolished before 2023.
    check(
        with_sheet(HISTORY_SHEET, "|Northamptonshire|", "|Leeds|"),
        &[&format!("{}: council name \"Leeds\" matches no council in the lookup", history(10))],
    );
    check(
        with_sheet(ILACS_SHEET, "|E08000035|", "|E08999999|"),
        &[&format!("{OUTCOMES_2025}#{ILACS_SHEET}:4: code E08999999 is not a council in the lookup or the reorganisations")],
    );
    check(
        with_sheet(ILACS_SHEET, "|E08000035|Leeds|", "|E08000035|Bradford|"),
        &[&format!(
            "{OUTCOMES_2025}#{ILACS_SHEET}:4: council name \"Bradford\" is not the name of E08000035"
        )],
    );
}

#[test]
fn grade_words_outside_the_scale_and_dates_that_are_not_dates() {
    check(
        with_sheet(HISTORY_SHEET, "2010-06-04T00:00:00|Good|", "2010-06-04T00:00:00|Satisfactory|"),
        &[&format!("{}: grade \"Satisfactory\" is not a word of the scale", history(5))],
    );
    check(
        with_sheet(HISTORY_SHEET, "2010-06-04T00:00:00", "4 June 2010"),
        &[&format!(
            "{}: Safeguarding & Looked After Children (SLAC) Inspection publication date: \"4 June 2010\" is not a date",
            history(5)
        )],
    );
    check(
        with_sheet(HISTORY_SHEET, "2012-11-02T00:00:00", ""),
        &[&format!(
            "{}: grades without a date in \"Child Protection Inspections (CPI) publication date\"",
            history(5)
        )],
    );
    check(
        with_sheet(ILACS_SHEET, "ILACS Short Inspection", "JTAI"),
        &[&format!("{OUTCOMES_2025}#{ILACS_SHEET}:4: inspection type \"JTAI\" is not an ILACS inspection")],
    );
}

#[test]
fn a_missing_column_is_named() {
    check(
        crate::common::with_sheet_everywhere(HISTORY_SHEET, "|CPI Overall Effectiveness (OE)|", "|CPI OE|"),
        &[
            &format!("{}: no column \"CPI Overall Effectiveness (OE)\"", history(3)),
            &format!("{}: no column \"CPI Overall Effectiveness (OE)\"", history(9)),
        ],
    );
}

#[test]
fn duplicates() {
    let twice = "Ofsted Local Authority Webpage|Bradford|Yorkshire|2022-06-14T00:00:00|LA Monitoring visit||||||Children in care";
    check(
        with_sheet("LA_level_in_year_2022-23", twice, &format!("{twice}\n{twice}")),
        &[&format!("{HISTORY_2023}#LA_level_in_year_2022-23:6: the same visit twice (Bradford, 2022-06-14)")],
    );
    // The same visit in two sheets with different themes.
    check(
        with_sheet("Inspections_in_year_2023-24", "||||||Children in care", "||||||Front door"),
        &[&format!(
            "data/sources/raw/ofsted-official-statistics/LA_Inspection_Outcomes_as_at_March_2024.ods#Inspections_in_year_2023-24:4: theme \"Front door\" differs from \"Children in care\" at {HISTORY_2023}#LA_level_in_year_2022-23:5"
        )],
    );
}

#[test]
fn a_new_disagreement_fails_the_build_and_a_reviewed_one_is_reported() {
    let changed = with_sheet(HISTORY_SHEET, "2015-03-27T00:00:00|Good", "2015-03-27T00:00:00|Inadequate");
    check(
        changed.clone(),
        &[&format!(
            "{}: disagrees with {}:2: overall_effectiveness is \"Inadequate\" here and \"Good\" there; the report-derived record is kept, but a new disagreement must be reviewed (data/official-statistics/known-disagreements.csv)",
            history(4),
            files::PDF_JUDGEMENTS
        )],
    );
    let mut reviewed = changed;
    reviewed.files.get_mut(files::KNOWN_DISAGREEMENTS).unwrap().push_str(
        "E08000035,SIF,2015-03-27,overall_effectiveness,Inadequate,Good,a test of a reviewed difference\n",
    );
    let built = build(&reviewed).unwrap_or_else(|p| panic!("{p:#?}"));
    let sif = built.dataset.inspections.iter().find(|i| i.framework == Framework::Sif).unwrap();
    assert_eq!(sif.grade(Area::OverallEffectiveness), Some(Grade::Good), "the report-derived record stands");
    assert!(built.report.iter().any(|l| l.contains("known: E08000035 SIF published 2015-03-27")
        && l.contains("a test of a reviewed difference")));
    // A publication date a few days apart is the same inspection, and a disagreement too.
    check(
        with_sheet(HISTORY_SHEET, "2015-03-27T00:00:00", "2015-03-30T00:00:00"),
        &[&format!(
            "{}: disagrees with {}:2: published is \"2015-03-30\" here and \"2015-03-27\" there; the report-derived record is kept, but a new disagreement must be reviewed (data/official-statistics/known-disagreements.csv)",
            history(4),
            files::PDF_JUDGEMENTS
        )],
    );
}

#[test]
fn stale_review_entries() {
    check(
        with(
            files::KNOWN_DISAGREEMENTS,
            "council_code,framework,published,field,official,ours,reason\n",
            "council_code,framework,published,field,official,ours,reason\nE08000035,SIF,2015-03-27,lscb,Good,,old\n",
        ),
        &[&format!("{}:2: known disagreement matches no difference found", files::KNOWN_DISAGREEMENTS)],
    );
    check(
        with(
            files::ALIASES,
            "scope,written,code,reason\n",
            "scope,written,code,reason\nIn-year_inspections,Leodis,E08000035,an old name\n",
        ),
        &[&format!("{}:2: alias matches no row of the sheets", files::ALIASES)],
    );
    check(
        with(
            files::ALIASES,
            "scope,written,code,reason\n",
            "scope,written,code,reason\nIn-year_inspections,Leodis,E08000035,\n",
        ),
        &[
            &format!("{}:2: alias matches no row of the sheets", files::ALIASES),
            &format!("{}:2: an alias needs a reason", files::ALIASES),
        ],
    );
}

#[test]
fn a_council_listed_twice_in_the_history_sheet() {
    // Bradford's row repeated: each of its inspections would be added twice.
    let spec = crate::common::SHEETS.iter().find(|(_, s, _)| *s == HISTORY_SHEET).unwrap().2;
    let row = spec.lines().find(|l| l.starts_with("Ofsted Local Authority Webpage|Bradford|")).unwrap();
    let inputs = with_sheet(HISTORY_SHEET, row, &format!("{row}\n{row}"));
    let problems = match build(&inputs) {
        Ok(_) => panic!("a duplicate row must fail the build"),
        Err(p) => p.iter().map(ToString::to_string).collect::<Vec<_>>(),
    };
    assert!(
        problems.iter().any(|p| p
            == &format!(
                "{}: duplicate inspection: same council, framework and publication date as {}",
                history(6),
                history(5)
            )),
        "{problems:#?}"
    );
}
