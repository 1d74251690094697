//! Host tests for journey rows (inspections and events in words, with their sources), on the
//! hand-made journeys of `fixtures` (every shipped council's rows are checked in `properties`).

use crate::fixtures::{journeys, CALDERDALE, FOCUSED_VISIT_CITATION, LEEDS};
use journeys_core::journey::{event_rows, inspection_rows, latest_overall};
use journeys_core::model::Grade;
use journeys_core::model::ReportLink;

#[test]
fn leeds_journey_reads_in_order_with_words_for_every_grade() {
    let data = journeys();
    let leeds = data.find_council("leeds").unwrap();
    let rows = inspection_rows(data, leeds);
    let firsts: Vec<(i32, Grade)> = rows.iter().map(|r| (r.year, r.judgements[0].1)).collect();
    assert_eq!(
        &firsts[..4],
        &[
            (2009, Grade::Inadequate),
            (2011, Grade::Adequate),
            (2015, Grade::Good),
            (2018, Grade::Outstanding)
        ]
    );
    assert_eq!(rows[0].dates, "23 November to 4 December 2009");
    assert_eq!(rows[0].judgements[0].0, "Overall effectiveness (safeguarding)");
    // Leeds 2009 and the 2011 re-inspection (from Ofsted's official statistics) have no known
    // report link: they carry their citation and link to Leeds's page of reports.
    let page = format!("https://reports.ofsted.gov.uk/provider/44/{}", leeds.urn);
    for r in &rows[..2] {
        assert_eq!(r.link, ReportLink::CouncilPage(page.clone()));
        assert!(!r.citation.is_empty());
    }
    assert_eq!(rows[1].dates, "Inspection dates not given");
    assert_eq!(rows[1].heading, "Published 10 October 2011");
    assert!(rows[2..].iter().all(|r| matches!(&r.link, ReportLink::Report(u) if u.starts_with("https://"))));
}

#[test]
fn month_precision_events_are_not_given_a_day() {
    let data = journeys();
    let leeds = data.find_council(LEEDS).unwrap();
    let july = event_rows(data, leeds).into_iter().find(|e| e.year == 2009).unwrap();
    assert_eq!(july.date, "July 2009");
    let calderdale = data.find_council("calderdale").unwrap();
    let notices = event_rows(data, calderdale).into_iter().find(|e| e.kind == "Improvement notice").unwrap();
    assert_eq!(notices.date, "April 2012 to January 2014");
}

#[test]
fn latest_overall_skips_inspections_without_an_overall_grade() {
    let data = journeys();
    let leeds = data.find_council("leeds").unwrap();
    assert_eq!(latest_overall(data, leeds).map(|(_, g)| g), Some(Grade::Outstanding));
    // Brent's latest inspection (April 2026) gives no overall grade: Good (2023) stands.
    let brent = data.find_council("brent").unwrap();
    let (i, g) = latest_overall(data, brent).unwrap();
    assert_eq!((g, i.when()), (Grade::Good, crate::common::day("2023-02-20")));
}

#[test]
fn focused_visit_sources_read_as_words_and_link_to_the_letter() {
    use journeys_core::journey::{source_url, source_words};
    let c = FOCUSED_VISIT_CITATION;
    assert_eq!(
        source_words(c),
        "Ofsted's letter (PDF), kept in the data-to-insight/ofsted-focused-visit-scrape-tool repository"
    );
    assert_eq!(
        source_url(c).as_deref(),
        Some("https://github.com/data-to-insight/ofsted-focused-visit-scrape-tool/blob/c91dee0a148a59d1ed59222be7f201c13badb0b2/export_data/inspection_reports/80444_calderdale/children%27s%20services%20focused%20visit%20-%2021%20march%202022.pdf")
    );
    // Citations written for readers keep their words; the project's file path goes.
    let seed = "BBC News, 7 January 2010 (data/sources/seeds/000_17c0359116ffbd65.txt)";
    assert_eq!(source_words(seed), "BBC News, 7 January 2010");
    assert_eq!(source_url(seed), None);
    // A focused visit cited so links to its letter.
    let data = journeys();
    let calderdale = data.council(CALDERDALE).unwrap();
    let visits: Vec<_> =
        event_rows(data, calderdale).into_iter().filter(|e| e.kind == "Focused visit").collect();
    assert_eq!(visits.len(), 1);
    assert_eq!(visits[0].url, source_url(c).unwrap());
}

#[test]
fn citations_read_as_words_without_the_projects_file_paths() {
    use journeys_core::journey::source_words;
    let check = |input: &str, expected: &str| assert_eq!(source_words(input), expected, "{input}");
    check(
        "Ofsted, Inspection of safeguarding and looked after children services: Leeds City Council, published 7 January 2010, record of main findings (data/sources/seeds/003_4bf25ecaebf63588.txt)",
        "Ofsted, Inspection of safeguarding and looked after children services: Leeds City Council, published 7 January 2010, record of main findings",
    );
    check(
        "Ofsted, report, paragraphs 2 and 13 (data/sources/seeds/003_4bf.txt); the letter as quoted in a news article (data/sources/seeds/001_5b8.txt)",
        "Ofsted, report, paragraphs 2 and 13; the letter as quoted in a news article",
    );
    // Brackets that are words stay.
    check(
        "The Cumbria (Structural Changes) Order 2022 (SI 2022/331), articles 3 and 4",
        "The Cumbria (Structural Changes) Order 2022 (SI 2022/331), articles 3 and 4",
    );
    check("BBC News, 7 January 2010", "BBC News, 7 January 2010");
    check("Unclosed (data/x.txt", "Unclosed (data/x.txt");
}

#[test]
fn leeds_2009_inspection_row_cites_the_report_in_words() {
    let data = journeys();
    let leeds = data.council(LEEDS).unwrap();
    let rows = inspection_rows(data, leeds);
    let first = &rows[0];
    assert_eq!(first.year, 2009);
    assert!(
        matches!(first.link, ReportLink::CouncilPage(_)),
        "no online copy of the 2009 report is linked: Leeds's page of reports is"
    );
    assert!(!first.citation.contains("data/"), "{}", first.citation);
    assert!(!first.citation.contains(".txt"), "{}", first.citation);
    assert!(first.citation.starts_with("Ofsted, Inspection of safeguarding"), "{}", first.citation);
    for r in &rows {
        assert!(!r.citation.contains("data/sources"), "{}", r.citation);
    }
}

#[test]
fn printed_addresses_are_short_and_readable_on_paper() {
    fn check(link: ReportLink, address: &str, note: Option<&str>) {
        assert_eq!(link.printed_address(), address);
        assert_eq!(link.printed_note(), note);
    }
    check(
        ReportLink::Report("https://files.ofsted.gov.uk/v1/file/50004256".into()),
        "files.ofsted.gov.uk/v1/file/50004256",
        None,
    );
    check(
        ReportLink::CouncilPage("https://reports.ofsted.gov.uk/provider/44/80455/".into()),
        "reports.ofsted.gov.uk/provider/44/80455",
        Some("Council's reports:"),
    );
    check(ReportLink::Report("http://www.example.org/a".into()), "example.org/a", None);
    check(ReportLink::Missing, "", Some("No report address known"));
}
