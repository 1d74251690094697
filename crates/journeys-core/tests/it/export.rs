//! Host tests for the CSV downloads: RFC 4180 quoting (read back with the `csv` crate), the
//! byte-order mark and CRLF line ends, and the rows of a journey, a comparison and the table,
//! on the hand-made journeys of `fixtures` (every shipped journey is read back in
//! `properties`).

use crate::common::RecordsOf;
use crate::fixtures::{journeys, LEEDS, LEICESTER};
use journeys_core::councils_table::table;
use journeys_core::export::{
    councils_csv, field, file_name, journeys_csv, write, COUNCILS_HEADER, JOURNEY_HEADER, LICENCE,
};
use journeys_core::journey::release_date;
use journeys_core::route::CouncilsState;

/// Reads a download back as a strict RFC 4180 reader would: BOM first, then records.
pub fn read(csv_text: &str) -> Vec<Vec<String>> {
    let body = csv_text.strip_prefix('\u{feff}').expect("starts with a byte-order mark");
    let mut r = csv::ReaderBuilder::new().has_headers(false).flexible(false).from_reader(body.as_bytes());
    r.records().map(|rec| rec.expect("valid CSV").iter().map(str::to_string).collect()).collect()
}

#[track_caller]
fn check_field(value: &str, expected: &str) {
    assert_eq!(field(value), expected, "{value:?}");
}

#[test]
fn fields_are_quoted_only_when_needed() {
    check_field("Leeds", "Leeds");
    check_field("", "");
    check_field("Bournemouth, Christchurch and Poole", "\"Bournemouth, Christchurch and Poole\"");
    check_field("the \"child-friendly\" city", "\"the \"\"child-friendly\"\" city\"");
    check_field("line one\nline two", "\"line one\nline two\"");
    check_field("cr\rlf", "\"cr\rlf\"");
    check_field("\"", "\"\"\"\"");
    check_field(" padded ", "\" padded \"");
    check_field("<script>alert(1)</script>", "<script>alert(1)</script>");
    check_field("Requires improvement", "Requires improvement");
    check_field("König’s — ünïcode", "König’s — ünïcode");
}

#[test]
fn files_have_a_bom_crlf_lines_and_read_back_exactly() {
    let awkward = vec![
        vec!["a,b".to_string(), "say \"hi\"".to_string(), "two\r\nlines".to_string()],
        vec!["<b>markup</b>".to_string(), "".to_string(), " x ".to_string()],
        vec!["=1+1".to_string(), "ünï".to_string(), "\"\"".to_string()],
    ];
    let text = write(&["one", "two", "three"], &awkward);
    assert!(text.starts_with("\u{feff}one,two,three\r\n"));
    assert!(text.ends_with("\r\n"));
    let back = read(&text);
    assert_eq!(back[0], vec!["one", "two", "three"]);
    assert_eq!(&back[1..], &awkward[..]);
    // An empty table is still a valid file with its header.
    assert_eq!(write(&["a"], &[]), "\u{feff}a\r\n");
}

#[test]
fn the_leeds_journey_has_every_judgement_area_and_event() {
    let data = journeys();
    let text = journeys_csv(data, &[LEEDS.to_string()]);
    let rows = read(&text);
    assert_eq!(rows[0], JOURNEY_HEADER);
    let body = &rows[1..];
    let judgements: usize = data.inspections_of(LEEDS).map(|i| i.judgements.len()).sum();
    let events = data.events_of(LEEDS).count();
    assert_eq!(body.len(), judgements + events);
    assert!(body.iter().all(|r| r[0] == LEEDS && r[1] == "Leeds"));
    // The 2009 inspection: safeguarding overall effectiveness Inadequate, cited to the report.
    let first = &body[0];
    assert_eq!((first[4].as_str(), first[6].as_str()), ("SLAC", "2009-11-23"));
    assert_eq!((first[9].as_str(), first[10].as_str()), ("overall_effectiveness", "Inadequate"));
    assert_eq!(first[11], "Overall effectiveness (safeguarding)");
    assert!(first[13].ends_with(LICENCE), "{}", first[13]);
    // The 2018 ILACS inspection: Outstanding overall, with its report link.
    assert!(body.iter().any(|r| r[4] == "ILACS"
        && r[6].starts_with("2018-")
        && r[9] == "overall_effectiveness"
        && r[10] == "Outstanding"
        && r[12].starts_with("https://files.ofsted.gov.uk/")));
    // Events come after the inspections, with no grade.
    assert!(body[judgements..].iter().all(|r| r[9].is_empty() && r[10].is_empty() && !r[11].is_empty()));
}

#[test]
fn a_comparison_has_each_council_in_turn_and_skips_unknown_codes() {
    let data = journeys();
    let codes = [LEEDS.to_string(), "E99999999".to_string(), LEICESTER.to_string()];
    let rows = read(&journeys_csv(data, &codes));
    let councils: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
    let first_leicester = councils.iter().position(|c| *c == "Leicester").expect("Leicester rows");
    assert!(councils[..first_leicester].iter().all(|c| *c == "Leeds"));
    assert!(councils[first_leicester..].iter().all(|c| *c == "Leicester"));
    assert_eq!(read(&journeys_csv(data, &[])).len(), 1);
}

#[test]
fn the_councils_table_download_has_the_rows_shown() {
    let data = journeys();
    let today = release_date(data);
    let all = table(data, &CouncilsState::default(), today);
    let rows = read(&councils_csv(&all.rows));
    assert_eq!(rows[0], COUNCILS_HEADER);
    assert_eq!(rows.len() - 1, all.rows.len());
    let leeds = rows.iter().find(|r| r[0] == LEEDS).expect("Leeds row");
    assert_eq!((leeds[1].as_str(), leeds[2].as_str()), ("Leeds", "Yorkshire and the Humber"));
    assert_eq!(leeds[3], "Outstanding");
    // A filtered view downloads only its rows.
    let region = CouncilsState { region: Some("north-east".into()), ..Default::default() };
    let shown = table(data, &region, today);
    let rows = read(&councils_csv(&shown.rows));
    assert_eq!(rows.len() - 1, shown.rows.len());
    assert!(rows[1..].iter().all(|r| r[2] == "North East"), "{rows:?}");
}

#[test]
fn file_names_are_plain_ascii() {
    assert_eq!(file_name(&["leeds"], "csv"), "council-journeys-leeds.csv");
    assert_eq!(
        file_name(&["compare", "E08000035", "E06000016"], "csv"),
        "council-journeys-compare-e08000035-e06000016.csv"
    );
    assert_eq!(
        file_name(&["Bournemouth, Christchurch & Poole!"], "svg"),
        "council-journeys-bournemouth-christchurch-poole.svg"
    );
    assert_eq!(file_name(&["../..", ""], "png"), "council-journeys.png");
}
