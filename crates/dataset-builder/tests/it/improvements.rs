//! What each report said must improve: the join to inspections and its rules, each broken in
//! one place of the small fixture, and the themes the phrase rules give.

use crate::common::{check, inputs, with};
use dataset_builder::build;
use dataset_builder::inputs as files;

const I: &str = files::IMPROVEMENTS;
const T: &str = files::THEMES;
const W: &str = files::WITHOUT_POINTS;

#[test]
fn points_are_joined_to_their_inspections_and_themed() {
    let built = build(&inputs()).unwrap_or_else(|p| panic!("{p:#?}"));
    let got: Vec<(&str, &str, u32, u32, Vec<&str>)> = built
        .improvements
        .points
        .iter()
        .map(|p| {
            (
                p.council.as_str(),
                p.framework.code(),
                p.item,
                p.page,
                p.themes.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("E08000035", "SIF", 1, 31, vec!["plans-records"]),
            // "recorded" starts with "record"; "management oversight" is its own theme.
            ("E08000035", "SIF", 2, 31, vec!["management-oversight", "plans-records"]),
            ("E08000035", "ILACS", 1, 2, vec!["children-in-care", "education", "plans-records"]),
            // Filed under North Northamptonshire's URN, published before it existed: its
            // predecessor's inspection, as the dataset has it.
            ("E10000021", "ILACS", 1, 3, vec!["exploitation"]),
        ]
    );
    let csv = built.improvements_csv;
    assert!(csv.starts_with("\u{feff}council_code,council_name,framework,published_date,item,text,themes,report_url,page,source\r\n"));
    assert!(csv.contains("E08000035,Leeds,SIF,2015-03-27,2,Ensure that management oversight is recorded.,management-oversight;plans-records,https://files.ofsted.gov.uk/v1/file/2,31,"));
}

#[test]
fn a_point_that_matches_no_inspection() {
    check(
        with(
            I,
            "80481,leeds,2015-03-27,SIF,https://files.ofsted.gov.uk/v1/file/2,b.pdf,1,",
            "80481,leeds,2016-03-27,SIF,https://files.ofsted.gov.uk/v1/file/2,b.pdf,1,",
        ),
        &[
            &format!(
                "{I}:2: point matches no SIF inspection of urn 80481 published 2016-03-27 (within 14 days)"
            ),
            // The next point, of the real date, now starts its report at item 2.
            &format!("{I}:3: item 2 out of sequence (expected 1) or page 31 not from 1"),
        ],
    );
    check(
        with(I, "80481,leeds,2018-12-18,ILACS", "80481,leeds,2018-12-18,LAC"),
        &[
            &format!("{I}: the ILACS inspection of E08000035 published 2018-12-18 has no points: add them or a reason to {W}"),
            &format!("{I}:4: framework \"LAC\" is neither ILACS nor SIF"),
        ],
    );
}

#[test]
fn a_date_a_few_days_out_still_finds_its_report() {
    let built = build(&with(I, "80481,leeds,2018-12-18,ILACS", "80481,leeds,2018-12-20,ILACS"))
        .unwrap_or_else(|p| panic!("{p:#?}"));
    assert!(built.report.iter().any(|l| l.contains(
        "1 reports matched by a publication date within 14 days: leeds ILACS 2018-12-20 (dataset 2018-12-18)"
    )));
    assert_eq!(built.improvements.points[2].published.to_string(), "2018-12-18");
}

#[test]
fn empty_texts_and_items_out_of_sequence() {
    check(
        with(I, "1,Personal education plans for children in care.,2", "1,  ,2"),
        &[
            // The report's one point is refused, so the report has none either.
            &format!("{I}: the ILACS inspection of E08000035 published 2018-12-18 has no points: add them or a reason to {W}"),
            &format!("{I}:4: empty text"),
        ],
    );
    check(
        with(I, "b.pdf,2,Ensure", "b.pdf,3,Ensure"),
        &[&format!("{I}:3: item 3 out of sequence (expected 2) or page 31 not from 1")],
    );
    check(
        with(
            I,
            "b.pdf,2,Ensure that management oversight is recorded.,31",
            "b.pdf,2,Ensure that management oversight is recorded.,x",
        ),
        &[&format!("{I}:3: item \"2\" and page \"x\" must be whole numbers")],
    );
}

#[test]
fn every_report_has_its_points_or_a_reason() {
    check(
        with(I, "2637539,north northamptonshire,2019-03-15,ILACS,https://files.ofsted.gov.uk/v1/file/4,d.pdf,1,The response to children at risk of exploitation.,3\n", ""),
        &[&format!("{I}: the ILACS inspection of E10000021 published 2019-03-15 has no points: add them or a reason to {W}")],
    );
    // A reason for a report that has points, or for no inspection at all, is stale.
    check(
        with(W, "E08000032,ILACS,2026-07-07,", "E08000035,SIF,2015-03-27,"),
        &[
            &format!("{W}:2: names no inspection left without points: remove the row"),
            &format!("{I}: the ILACS inspection of E08000032 published 2026-07-07 has no points: add them or a reason to {W}"),
        ],
    );
    check(
        with(W, "Bradford 2026: the fixture's report lists nothing to improve", ""),
        &[&format!("{W}:2: a reason is needed")],
    );
}

#[test]
fn theme_rules_are_checked_and_the_unthemed_share_bounded() {
    check(
        with(T, "plans-records,", "Plans Records,"),
        &[&format!("{T}:5: theme key \"Plans Records\" must be lower-case words joined by -")],
    );
    check(
        with(T, "management oversight|supervision", "Management oversight|"),
        &[
            &format!("{T}:4: phrase \"\" must be non-empty and lower case"),
            &format!("{T}:4: phrase \"Management oversight\" must be non-empty and lower case"),
        ],
    );
    // Without the exploitation rule, one point of four has no theme: 25%, over the 5% budget.
    check(
        with(T, "exploitation|missing", "trafficking"),
        &[&format!("{T}: 1 of 4 points (25.0%) have no theme: more than 5%")],
    );
}
