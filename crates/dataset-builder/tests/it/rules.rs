//! Every validation rule of the builder, each with a small bad fixture: the builder must
//! report the problem at the right file and line, and produce nothing.

use crate::common::{check, inputs, with};
use dataset_builder::build;
use dataset_builder::inputs as files;
use journeys_core::model::{Area, DatePrecision, Grade, InspectionType};

const H: &str = files::HISTORY;
const P: &str = files::PDF_JUDGEMENTS;
const V: &str = files::FOCUSED_VISITS;
const C: &str = files::CORRECTIONS;

#[test]
fn the_fixture_builds() {
    let built = build(&inputs()).unwrap_or_else(|p| panic!("{p:#?}"));
    let d = &built.dataset;
    assert_eq!(d.release.to_string(), "2026-08-22");
    // Three current councils and Northamptonshire, which is kept because it was inspected.
    let codes: Vec<&str> = d.councils.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["E06000061", "E08000032", "E08000035", "E10000021"]);
    let northants = d.council("E10000021").unwrap();
    assert!(!northants.current);
    assert_eq!(northants.successors, ["E06000061"]);
    assert_eq!(d.council("E06000061").unwrap().predecessors, ["E10000021"]);
    // Medway-style blank region code filled from the region name.
    assert_eq!(d.council("E06000061").unwrap().region_code, "EM");
    assert_eq!(d.council("E08000035").unwrap().neighbours, ["E08000032"]);
    // The 2019 inspection filed under North Northamptonshire's URN belongs to Northamptonshire.
    let nn: Vec<_> = d.inspections.iter().filter(|i| i.report_url.ends_with("/4")).collect();
    assert_eq!(nn[0].council, "E10000021");
    // Corrections applied: children in care corrected to outstanding; the visit's flag set.
    let leeds_ilacs = d.inspections.iter().find(|i| i.report_url.ends_with("/1")).unwrap();
    assert_eq!(leeds_ilacs.grade(Area::ChildrenInCare), Some(Grade::Outstanding));
    assert_eq!(leeds_ilacs.grade(Area::CareLeavers), None);
    assert_eq!(leeds_ilacs.kind, InspectionType::Short);
    assert!(d.events.iter().any(|e| e.priority_action));
    // The 2026 inspection: no overall grade by design; care leavers judged separately.
    let bradford = d.inspections.iter().find(|i| i.report_url.ends_with("/3")).unwrap();
    assert_eq!(bradford.grade(Area::OverallEffectiveness), Some(Grade::NotGraded2026));
    assert_eq!(bradford.grade(Area::CareLeavers), Some(Grade::Good));
    // SIF from the PDF file; "Not reviewed in this report" is no judgement.
    let sif = d.inspections.iter().find(|i| i.report_url.ends_with("/2")).unwrap();
    assert_eq!(sif.grade(Area::Leadership), Some(Grade::Outstanding));
    assert_eq!(sif.grade(Area::Lscb), None);
    // Additions: the inspection with its findings, the month-precise event.
    let slac = d
        .inspections
        .iter()
        .find(|i| i.framework == journeys_core::model::Framework::Slac && i.council == "E08000035")
        .unwrap();
    assert_eq!(slac.judgements.len(), 2);
    assert_eq!(slac.findings, ["Safeguarding services: Overall effectiveness: Inadequate"]);
    let unannounced = d.events.iter().find(|e| e.precision == DatePrecision::Month).unwrap();
    assert_eq!(unannounced.date.to_string(), "2009-07-01");
    // With Ofsted's official statistics: Leeds's 2011 re-inspection, Bradford's 2010 SLAC and
    // 2012 child protection inspection, Northamptonshire's SLAC, CPI and targeted LAC
    // inspections; Bradford's two monitoring visits (one listed in two years' sheets).
    assert_eq!(d.inspections.len(), 11);
    assert_eq!(d.events.len(), 4);
}

#[test]
fn the_build_is_deterministic() {
    let a = build(&inputs()).unwrap_or_else(|p| panic!("{p:#?}"));
    let b = build(&inputs()).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(a.json, b.json);
    assert_eq!(a.csv, b.csv);
}

#[test]
fn the_published_csv() {
    let built = build(&inputs()).unwrap_or_else(|p| panic!("{p:#?}"));
    let text = String::from_utf8(built.csv).unwrap();
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "council_code,council_name,framework,inspection_type,start_date,end_date,published_date,area,grade,report_url"
    );
    assert!(lines.contains(&"E08000032,Bradford,ILACS,standard,2026-05-11,2026-05-22,2026-07-07,overall_effectiveness,Not judged,https://files.ofsted.gov.uk/v1/file/3"));
    assert!(lines.contains(&"E08000035,Leeds,,unannounced_inspection,2009-07-01,,,,,"));
    assert!(lines.contains(&"E08000035,Leeds,ILACS,focused_visit,2018-01-30,2018-01-31,2018-02-22,,,"));
    assert!(lines.contains(
        &"E08000035,Leeds,SLAC,standard,2009-11-23,2009-12-04,2010-01-07,looked_after_overall,Adequate,https://reports.ofsted.gov.uk/provider/44/80481"
    ));
    // 7 ILACS/SIF/SLAC judgement rows for Leeds... one row per judgement in all:
    let judgement_rows = built.dataset.inspections.iter().map(|i| i.judgements.len()).sum::<usize>();
    assert_eq!(lines.len() - 2, judgement_rows + built.dataset.events.len());
}

#[test]
fn unknown_grade_words() {
    check(
        with(H, "outstanding,outstanding,good,inspection", "outstanding,outstandin,good,inspection"),
        &[&format!("{H}:2: unknown grade \"outstandin\" in help_and_protection_grade")],
    );
    check(
        with(P, "Good,Good,Outstanding", "Good,Goodish,Outstanding"),
        &[&format!("{P}:2: unknown grade \"Goodish\" in care_leavers")],
    );
    check(
        with(P, "Good,Good,Outstanding", "Good,Adequate,Outstanding"),
        &[&format!("{P}:2: grade Adequate in care_leavers is not on the SIF scale")],
    );
    check(
        with(files::INSPECTIONS, "looked_after_overall,Adequate", "looked_after_overall,Fair"),
        &[&format!("{}:3: unknown grade \"Fair\"", files::INSPECTIONS)],
    );
}

#[test]
fn unparseable_dates() {
    check(
        with(H, "29/10/2018", "29/13/2018"),
        &[&format!("{H}:2: unparseable inspection_start_date \"29/13/2018\"")],
    );
    check(
        with(H, ",07/07/26,", ",07-07-26,"),
        &[&format!("{H}:4: unparseable publication_date \"07-07-26\"")],
    );
    check(
        with(P, "2015-01-20,2015-02-11", "2015-01-20,2015-02-30"),
        &[&format!("{P}:2: unparseable inspection_end \"2015-02-30\"")],
    );
    check(
        with(files::EVENTS, "2009-07", "July 2009"),
        &[&format!("{}:2: unparseable date \"July 2009\"", files::EVENTS)],
    );
}

#[test]
fn impossible_dates() {
    check(
        with(H, "29/10/2018,02/11/2018", "29/10/2018,02/10/2018"),
        &[&format!("{H}:2: impossible dates: start 2018-10-29 after end 2018-10-02")],
    );
    check(
        with(H, "29/10/2018,02/11/2018", "29/10/2018,20/12/2018"),
        &[&format!("{H}:2: impossible dates: end 2018-12-20 after publication 2018-12-18")],
    );
    check(
        with(V, "30 and 31 January 2018", "30 and 31 March 2018"),
        &[&format!("{V}:2: impossible dates: visit ends after publication 2018-02-22")],
    );
    // The framework's own dates: no ILACS before 2018, no overall grade from April 2026.
    check(
        with(H, "29/10/2018,02/11/2018", "29/10/2017,02/11/2017"),
        &[&format!("{H}:2: ILACS inspection starting 2017-10-29, before ILACS began in 2018")],
    );
    check(
        with(H, "not_reported_post_reform", "good"),
        &[&format!(
            "{H}:4: an overall grade for an inspection starting 2026-05-11, after the April 2026 reform"
        )],
    );
    check(
        with(H, "good,good,good,good,1", "good,good,good,inspection_pre_dates_judgement,1"),
        &[&format!("{H}:4: care leavers judged with children in care for an inspection starting 2026-05-11 (separate only from 2023)")],
    );
}

#[test]
fn duplicate_inspections() {
    let row = "80434,bradford,https://files.ofsted.gov.uk/v1/file/3,c.pdf,07/07/26,standard,A Person,11/05/2026,22/05/2026,not_reported_post_reform,good,good,good,good,1\n";
    let dup = row.replace("file/3,", "file/9,");
    check(
        with(H, row, &format!("{row}{dup}")),
        &[&format!("{H}:5: duplicate inspection: same council, framework and publication date as {H}:4")],
    );
    check(
        with(H, row, &format!("{row}{}", row.replace("07/07/26", "08/07/26"))),
        &[&format!("{H}:5: duplicate inspection: same council and report URL as {H}:4")],
    );
    let visit =
        "80481,383,E08000035,Leeds,focused visit,2018-02-22,30 and 31 January 2018,,,o/fv,abc,x/leeds.pdf\n";
    check(
        with(V, visit, &format!("{visit}{visit}")),
        &[
            &format!("{C}:3: correction matches 2 rows of {V}"),
            &format!("{V}:3: duplicate event: same council, kind, date and title as {V}:2"),
        ],
    );
}

#[test]
fn councils_not_in_the_lookup() {
    check(
        with(
            H,
            "80434,bradford,https://files.ofsted.gov.uk/v1/file/3",
            "99999,bradford,https://files.ofsted.gov.uk/v1/file/3",
        ),
        &[&format!("{H}:4: urn 99999 is not a council in the lookup")],
    );
    check(
        with(P, "80481,383,E08000035", "80481,383,E08000036"),
        &[&format!("{P}:2: ons_code E08000036 differs from the lookup's E08000035 for urn 80481")],
    );
    check(
        with(files::EVENTS, "E08000035,unannounced", "E08000099,unannounced"),
        &[&format!("{}:2: council E08000099 is not in the lookup or the reorganisations", files::EVENTS)],
    );
    check(
        with(files::LOOKUP, "80481,383,E08000035,380", "80481,383,E08000035,999"),
        &[&format!("{}:2: statistical neighbour 999 is not in the lookup", files::LOOKUP)],
    );
}

#[test]
fn missing_report_urls() {
    check(
        with(H, "https://files.ofsted.gov.uk/v1/file/3", ""),
        &[&format!("{H}:4: missing report URL (inspection_link)")],
    );
    check(with(P, "https://files.ofsted.gov.uk/v1/file/2", ""), &[&format!("{P}:2: missing report URL")]);
    check(
        with(files::INSPECTIONS, ",G L,A report (data/sources/seeds/s.txt)\nE08000035,SLAC,standard,2009-11-23,2009-12-04,2010-01-07,looked", ",G L,No source\nE08000035,SLAC,standard,2009-11-23,2009-12-04,2010-01-07,looked"),
        &[&format!("{}:2: citation names no URL and no file of data/sources/", files::INSPECTIONS)],
    );
    check(
        with(files::EVENTS, "data/sources/seeds/s.txt", "data/sources/seeds/missing.txt"),
        &[&format!(
            "{}:2: citation names data/sources/seeds/missing.txt, which does not exist",
            files::EVENTS
        )],
    );
}

#[test]
fn rows_that_map_to_nothing() {
    // A pre-ILACS row with no PDF-derived row and no skip rule.
    check(
        with(files::SKIPS, "80434,12/06/12", "80434,13/06/12"),
        &[
            &format!("{}:2: skip rule matches no row without grades", files::SKIPS),
            &format!("{H}:6: a row with no ILACS grades that maps to nothing: no PDF-derived row has its URN and report URL, and no skip rule names it"),
        ],
    );
    check(with(P, ",SIF,", ",SIF2,"), &[&format!("{P}:2: framework \"SIF2\" maps to nothing")]);
    check(
        with(H, "standard,A Person", "weekly,A Person"),
        &[&format!("{H}:4: unknown inspection_framework \"weekly\" for an ILACS row")],
    );
    check(
        with(V, "focused visit", "monitoring visit"),
        &[&format!("{V}:2: event_type \"monitoring visit\" maps to nothing")],
    );
}

#[test]
fn corrections_that_do_not_match() {
    check(
        with(C, "in_care_grade,good,outstanding", "in_care_grade,requires improvement,outstanding"),
        &[&format!(
            "{C}:2: {H}:2: `in_care_grade` holds \"good\", not the correction's current_value \"requires improvement\""
        )],
    );
    check(
        with(C, "80481,leeds,18/12/18", "80481,leeds,19/12/18"),
        &[&format!("{C}:2: correction matches no row of {H} (urn 80481, publication_date 19/12/18)")],
    );
    check(
        with(C, "18/12/18,in_care_grade", "18/12/18,in_car_grade"),
        &[&format!("{C}:2: correction names unknown column `in_car_grade` of {H}")],
    );
    check(
        with(C, "v1/file/1", "v1/file/7"),
        &[&format!(
            "{C}:2: correction's report_url https://files.ofsted.gov.uk/v1/file/7 differs from https://files.ofsted.gov.uk/v1/file/1 at {H}:2"
        )],
    );
}

#[test]
fn predecessors_that_cannot_be_told_apart() {
    let two = format!(
        "{}E06000099,Elsewhere,2021-04-01,E06000061,An order,https://example.org/order\n",
        crate::common::REORGANISATIONS
    );
    let mut i = inputs();
    i.files.insert(files::REORGANISATIONS.to_string(), two);
    check(
        i,
        &[&format!(
            "{H}:5: dated 2019-01-14, before E06000061 existed, and it had 2 predecessors (E10000021, E06000099): cannot attribute"
        )],
    );
}

#[test]
fn all_problems_are_reported_together() {
    let mut i = with(H, "29/10/2018", "29/13/2018");
    let text = i.files.get_mut(P).unwrap();
    *text = text.replace(",SIF,", ",SIF2,");
    let text = i.files.get_mut(V).unwrap();
    *text = text.replace("focused visit", "visit");
    let problems = build(&i).err().unwrap();
    assert_eq!(problems.len(), 3, "{problems:#?}");
}

#[test]
fn focused_visit_dates() {
    let dated = |text: &str| {
        let i = with(V, "30 and 31 January 2018", text);
        let built = build(&i).unwrap_or_else(|p| panic!("{p:#?}"));
        let e = built
            .dataset
            .events
            .iter()
            .find(|e| e.kind == journeys_core::model::EventKind::FocusedVisit)
            .unwrap();
        (e.date.to_string(), e.end.map(|d| d.to_string()))
    };
    assert_eq!(dated("30 and 31 January 2018"), ("2018-01-30".into(), Some("2018-01-31".into())));
    assert_eq!(dated("30 January 2018"), ("2018-01-30".into(), None));
    // A span no focused visit has is a misprint: the last date given is used.
    assert_eq!(dated("30 January 2017 to 31 January 2018"), ("2018-01-31".into(), None));
    // Unreadable dates: the publication date.
    assert_eq!(dated("late January"), ("2018-02-22".into(), None));
}

#[test]
fn hex_cells_are_assigned_and_recoded() {
    let built = build(&inputs()).unwrap_or_else(|p| panic!("{p:#?}"));
    let hex = |code: &str| built.dataset.council(code).and_then(|c| c.hex).map(|h| (h.q, h.r));
    assert_eq!(hex("E08000035"), Some((1, 2)));
    assert_eq!(hex("E06000061"), Some((1, 0)), "North Northamptonshire takes Northamptonshire's cell");
}

#[test]
fn hex_problems() {
    const X: &str = files::HEXES;
    const L: &str = files::HEX_LAYOUT;
    // A current council left without a cell, and a layout cell that no current council holds.
    check(
        with(X, "E06000061,E10000021,,,", "E06000061,,5,5,"),
        &[
            "data/sources/raw/odileeds-hexmaps/uk-upper-tier-local-authorities.hexjson:6: cell of \
             E10000021 (Northamptonshire) belongs to no current council: recode it in data/additions/hexes.csv",
        ],
    );
    // Two councils on one cell.
    check(
        with(X, "E06000061,E10000021,,,", "E06000061,,1,2,"),
        &[
            "data/additions/hexes.csv:2: E06000061 and E08000035 both have cell q=1 r=2",
            "data/sources/raw/odileeds-hexmaps/uk-upper-tier-local-authorities.hexjson:6: cell of \
             E10000021 (Northamptonshire) belongs to no current council: recode it in data/additions/hexes.csv",
        ],
    );
    // An unknown council, and a bad coordinate.
    check(
        with(X, "E06000061,E10000021,,,", "E06000099,E10000021,,,\nE06000061,,x,1,"),
        &[
            "data/additions/hexes.csv: E06000061 (North Northamptonshire) has no cell on the hex map: add a row",
            "data/additions/hexes.csv:2: E06000099 is not a current council in the lookup",
            "data/additions/hexes.csv:3: q \"x\" and r \"1\" must be whole numbers",
            "data/sources/raw/odileeds-hexmaps/uk-upper-tier-local-authorities.hexjson:6: cell of \
             E10000021 (Northamptonshire) belongs to no current council: recode it in data/additions/hexes.csv",
        ],
    );
    // A layout that is not JSON names its line.
    check(
        with(L, "\"Bradford\", \"q\": 0", "\"Bradford\", \"q\" 0"),
        &["data/sources/raw/odileeds-hexmaps/uk-upper-tier-local-authorities.hexjson:5: unreadable JSON: \
         expected `:` at line 5 column 36"],
    );
}
