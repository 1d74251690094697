//! Host tests for presentation mode: revealing a journey one inspection at a time, and the
//! words for each step, on Leeds from the shipped dataset.

mod common;
use common::dataset;

use journeys_core::chart::{council_chart, reveal};
use journeys_core::journey::{inspection_rows, release_date};
use journeys_core::present::present_steps;

#[test]
fn reveal_shows_the_first_marks_their_lines_and_events_so_far() {
    let d = dataset();
    let leeds = d.council("E08000035").unwrap();
    let chart = council_chart(d, leeds, release_date(d), 720.0);
    assert_eq!(chart.marks.len(), 6);
    let none = reveal(&chart, 0);
    assert!(none.marks.is_empty() && none.segments.is_empty() && none.events.is_empty());
    assert_eq!(none.bands, chart.bands, "the axes and eras stay");
    let two = reveal(&chart, 2);
    assert_eq!(two.marks, chart.marks[..2].to_vec());
    assert_eq!(two.segments.len(), 1);
    assert!(two.events.iter().all(|e| e.x <= two.marks[1].x));
    // The July 2009 unannounced inspection is before the first mark; it shows from step 1.
    assert!(!reveal(&chart, 1).events.is_empty());
    assert_eq!(reveal(&chart, 6), chart);
    assert_eq!(reveal(&chart, 99), chart);
}

#[test]
fn each_step_names_the_inspection_and_brings_its_story() {
    let d = dataset();
    let leeds = d.council("E08000035").unwrap();
    let chart = council_chart(d, leeds, release_date(d), 720.0);
    let steps = present_steps(&leeds.code, &chart, &inspection_rows(d, leeds));
    let headings: Vec<&str> = steps.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "2009: Inadequate",
            "2011: Adequate",
            "2015: Good",
            "2018: Outstanding",
            "2022: Outstanding",
            "2025: Outstanding"
        ]
    );
    assert!(steps[0].detail.contains("23 November to 4 December 2009"), "{}", steps[0].detail);
    assert!(steps[0].detail.contains("report published 7 January 2010"), "{}", steps[0].detail);
    assert_eq!(steps[0].story.unwrap().year, 2009);
    assert_eq!(steps[3].story.unwrap().year, 2018);
    assert!(steps[4].story.is_none());
}

#[test]
fn a_comparison_is_told_a_year_at_a_time() {
    use journeys_core::compare::small_multiples;
    use journeys_core::present::{compare_step, compare_years, reveal_to_year};
    let d = dataset();
    // Leeds (2009, 2011, 2015, 2018, 2022, 2025) and Leicester (2012, 2015, 2017, 2021, 2024).
    let m = small_multiples(d, &["E08000035".to_string(), "E06000016".to_string()], 720.0);
    let years = compare_years(&m);
    assert_eq!(years, [2009, 2011, 2012, 2015, 2017, 2018, 2021, 2022, 2024, 2025]);
    assert_eq!(compare_step(&m, 2015), ["Leeds: Good", "Leicester: Inadequate"]);
    assert_eq!(compare_step(&m, 2009), ["Leeds: Inadequate"]);
    assert!(compare_step(&m, 2010).is_empty());
    assert_eq!(reveal_to_year(&m[0].chart, 2009).marks.len(), 1);
    assert_eq!(reveal_to_year(&m[1].chart, 2009).marks.len(), 0);
    // Leicester by 2018: 2012, 2015 and 2017.
    assert_eq!(reveal_to_year(&m[1].chart, 2018).marks.len(), 3);
    assert_eq!(reveal_to_year(&m[0].chart, 2025), m[0].chart);
}
