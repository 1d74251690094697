//! The loader's consistency checks, each on a small dataset broken in one place.

use journeys_core::load::{check, parse_dataset, LoadError, FORMAT};

const GOOD: &str = r#"{"format":1,"release":"2026-08-22","coverage":[],"sources":[],
"councils":[
 {"code":"E06000061","name":"North Northamptonshire","slug":"north-northamptonshire","region":"East Midlands","region_code":"EM","current":true,"predecessors":["E10000021"]},
 {"code":"E08000035","name":"Leeds","slug":"leeds","region":"Yorkshire and the Humber","region_code":"YH","current":true,"neighbours":["E06000061"]}],
"inspections":[
 {"council":"E08000035","framework":"SLAC","type":"standard","start":"2009-11-23","end":"2009-12-04","published":"2010-01-07","judgements":[{"area":"overall_effectiveness","grade":"inadequate"}],"report_url":"","citation":"seed 003"},
 {"council":"E08000035","framework":"ILACS","type":"short","start":"2026-05-11","end":"2026-05-22","published":"2026-07-07","judgements":[{"area":"overall_effectiveness","grade":"not_graded2026"}],"report_url":"https://files.ofsted.gov.uk/v1/file/1"}],
"events":[
 {"council":"E08000035","kind":"unannounced_inspection","date":"2009-07-01","precision":"month","title":"Unannounced inspection","citation":"seed 003"}],
"former_councils":[{"code":"E10000021","name":"Northamptonshire","abolished":"2021-04-01","successors":["E06000061"],"citation":"SI 2020/156"}]}"#;

/// Loads `GOOD` with `from` replaced by `to` and checks the problems reported.
fn check_broken(from: &str, to: &str, expected: &[&str]) {
    assert_eq!(GOOD.matches(from).count(), 1, "{from:?} occurs once");
    let json = GOOD.replacen(from, to, 1);
    match parse_dataset(&json) {
        Err(LoadError::Inconsistent(problems)) => assert_eq!(problems, expected),
        other => panic!("expected inconsistencies {expected:?}, got {other:?}"),
    }
}

#[test]
fn a_consistent_dataset_loads() {
    let d = parse_dataset(GOOD).unwrap();
    assert_eq!(d.format, FORMAT);
    assert!(check(&d).is_empty());
    assert_eq!(d.former_council("E10000021").unwrap().name, "Northamptonshire");
}

#[test]
fn inspections_known_only_by_their_publication() {
    // Ofsted's official statistics give a publication date and no inspection dates.
    let undated = GOOD.replacen(r#""start":"2009-11-23","end":"2009-12-04","#, "", 1);
    let d = parse_dataset(&undated).unwrap();
    assert_eq!((d.inspections[0].start, d.inspections[0].end), (None, None));
    assert_eq!(d.inspections[0].when().to_string(), "2010-01-07");
    check_broken(
        r#""start":"2009-11-23","end":"2009-12-04","#,
        r#""end":"2009-12-04","#,
        &["inspection SLAC of E08000035 published 2010-01-07: an end date without a start date"],
    );
    // Child protection inspections (2012-13) were on the four-point scale.
    check_broken(
        r#""framework":"SLAC","type":"standard","start":"2009-11-23","end":"2009-12-04","published":"2010-01-07","judgements":[{"area":"overall_effectiveness","grade":"inadequate"}]"#,
        r#""framework":"CPI","type":"standard","start":"2012-11-23","end":"2012-12-04","published":"2013-01-07","judgements":[{"area":"overall_effectiveness","grade":"requires_improvement"}]"#,
        &["inspection CPI of E08000035 published 2013-01-07: Requires improvement is not on the CPI scale"],
    );
}

#[test]
fn inconsistencies() {
    check_broken(
        r#"{"council":"E08000035","kind""#,
        r#"{"council":"E08000036","kind""#,
        &["event unannounced_inspection of E08000036 on 2009-07-01: council E08000036 is not in the dataset"],
    );
    check_broken(
        r#""neighbours":["E06000061"]"#,
        r#""neighbours":["E06000099"]"#,
        &["E08000035: statistical neighbour E06000099 is not a council"],
    );
    check_broken(
        r#""predecessors":["E10000021"]"#,
        r#""predecessors":["E10000099"]"#,
        &["E06000061: predecessor or successor E10000099 is not in the dataset"],
    );
    check_broken(
        r#""end":"2009-12-04""#,
        r#""end":"2010-02-04""#,
        &["inspection SLAC of E08000035 published 2010-01-07: dates out of order (2009-11-23 to 2010-02-04, published 2010-01-07)"],
    );
    check_broken(
        r#""report_url":"","citation":"seed 003""#,
        r#""report_url":"""#,
        &["inspection SLAC of E08000035 published 2010-01-07: neither a report URL nor a citation"],
    );
    check_broken(
        r#""grade":"inadequate""#,
        r#""grade":"requires_improvement""#,
        &["inspection SLAC of E08000035 published 2010-01-07: Requires improvement is not on the SLAC scale"],
    );
    check_broken(
        r#""slug":"leeds""#,
        r#""slug":"north-northamptonshire""#,
        &["E08000035: slug north-northamptonshire is used twice"],
    );
}

#[test]
fn a_release_that_is_not_a_date_does_not_load() {
    // The release is a date in the model, so a bad one fails as the JSON is read.
    let json = GOOD.replacen(r#""release":"2026-08-22""#, r#""release":"August 2026""#, 1);
    assert!(matches!(parse_dataset(&json), Err(LoadError::Json(_))), "{:?}", parse_dataset(&json));
}

#[test]
fn wrong_format_and_bad_json() {
    assert_eq!(
        parse_dataset(&GOOD.replacen(r#""format":1"#, r#""format":2"#, 1)),
        Err(LoadError::Format { found: 2, expected: FORMAT })
    );
    assert!(matches!(parse_dataset("{"), Err(LoadError::Json(_))));
    assert!(matches!(parse_dataset(&GOOD.replacen("\"SLAC\"", "\"XYZ\"", 1)), Err(LoadError::Json(_))));
}
