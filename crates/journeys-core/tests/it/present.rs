//! Host tests for presentation mode: revealing a journey one inspection at a time, and the
//! words for each step, on the hand-made journeys of `fixtures` (every shipped council's steps
//! are checked in `properties`).

use crate::fixtures::{journeys, LEEDS, LEICESTER};

use journeys_core::chart::{council_chart, reveal};
use journeys_core::journey::{inspection_rows, release_date};
use journeys_core::model::{Grade, Scope};
use journeys_core::present::{change_since, present_steps, reveal_step, ungraded_2026, Shows};

#[test]
fn reveal_shows_the_first_marks_their_lines_and_events_so_far() {
    let d = journeys();
    let leeds = d.council(LEEDS).unwrap();
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
    let d = journeys();
    let leeds = d.council(LEEDS).unwrap();
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
    let d = journeys();
    // Leeds (2009, 2011, 2015, 2018, 2022, 2025) and Leicester (2012, 2015, 2017, 2021, 2024).
    let m = small_multiples(d, &[LEEDS.to_string(), LEICESTER.to_string()], 720.0);
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

/// The change sentence for a step, from the grade before (with its year) to this one.
fn check(before: Option<(Grade, &str)>, now: (Grade, &str), scope: Scope, expected: &str) {
    assert_eq!(change_since(before, now, scope), expected, "{before:?} -> {now:?} ({scope:?})");
}

#[test]
fn the_change_since_the_inspection_before_in_words() {
    use Grade::*;
    use Scope::*;
    check(None, (Inadequate, "2009"), WholeService, "The first inspection in this journey.");
    check(
        Some((RequiresImprovement, "2015")),
        (Good, "2018"),
        WholeService,
        "Up from Requires improvement (2015) to Good (2018).",
    );
    check(
        Some((Good, "2014")),
        (Inadequate, "2018"),
        WholeService,
        "Down from Good (2014) to Inadequate (2018).",
    );
    check(Some((Inadequate, "2013")), (Inadequate, "2016"), WholeService, "Still Inadequate, as in 2013.");
    check(
        Some((Adequate, "2011")),
        (RequiresImprovement, "2014"),
        WholeService,
        "From Adequate (2011) to Requires improvement (2014): the same level on the newer scale, not the same judgement.",
    );
    check(
        Some((Adequate, "2010")),
        (Good, "2012"),
        ChildProtection,
        "An inspection of child protection only, not of the whole service. Up from Adequate (2010) to Good (2012).",
    );
    check(
        None,
        (Adequate, "2012"),
        ChildProtection,
        "An inspection of child protection only, not of the whole service. The first inspection in this journey.",
    );
    check(
        Some((Good, "2011")),
        (Adequate, "2012"),
        LookedAfter,
        "An inspection of services for looked after children only, not of the whole service.",
    );
}

#[test]
fn an_inspection_under_the_2026_framework_says_it_gives_no_overall_grade() {
    assert_eq!(ungraded_2026(None), "No overall grade: the 2026 framework does not give one.");
    assert_eq!(
        ungraded_2026(Some((Grade::RequiresImprovement, "2023"))),
        "No overall grade: the 2026 framework does not give one. The last overall grade, Requires improvement (2023), still stands."
    );
}

fn steps_of(slug: &str) -> Vec<journeys_core::present::PresentStep> {
    let d = journeys();
    let c = d.find_council(slug).unwrap();
    let chart = council_chart(d, c, release_date(d), 720.0);
    present_steps(&c.code, &chart, &inspection_rows(d, c))
}

#[test]
fn every_step_of_a_journey_without_a_story_says_what_changed() {
    // Bradford (as its reports have it): Good 2012, Requires improvement 2014, Inadequate 2018 and
    // 2022, Requires improvement 2026.
    let steps = steps_of("bradford");
    let said: Vec<(&str, &str)> = steps.iter().map(|s| (s.heading.as_str(), s.change.as_str())).collect();
    assert_eq!(
        said,
        [
            ("2012: Good", "The first inspection in this journey."),
            ("2014: Requires improvement", "Down from Good (2012) to Requires improvement (2014)."),
            ("2018: Inadequate", "Down from Requires improvement (2014) to Inadequate (2018)."),
            ("2022: Inadequate", "Still Inadequate, as in 2018."),
            ("2026: Requires improvement", "Up from Inadequate (2022) to Requires improvement (2026)."),
        ]
    );
    assert!(steps.iter().all(|s| s.story.is_none()));
    assert_eq!(
        steps.iter().map(|s| s.shows).collect::<Vec<_>>(),
        (1..=5).map(Shows::Marks).collect::<Vec<_>>()
    );
}

#[test]
fn an_inspection_under_the_2026_framework_is_a_step_of_its_own() {
    // Middlesbrough: Adequate 2011, Requires improvement 2015, Inadequate 2019, Requires
    // improvement 2023, then an inspection in June 2026 under the new framework.
    let d = journeys();
    let c = d.find_council("middlesbrough").unwrap();
    let chart = council_chart(d, c, release_date(d), 720.0);
    let steps = present_steps(&c.code, &chart, &inspection_rows(d, c));
    assert_eq!(steps.len(), chart.marks.len() + 1);
    let last = steps.last().unwrap();
    assert_eq!(last.heading, "2026: No overall grade");
    assert_eq!(
        last.change,
        "No overall grade: the 2026 framework does not give one. The last overall grade, Requires improvement (2023), still stands."
    );
    assert!(last.detail.contains("2026"), "{}", last.detail);
    let Shows::Until(x) = last.shows else { panic!("{:?}", last.shows) };
    let shown = reveal_step(&chart, last.shows);
    assert_eq!(shown.marks, chart.marks, "every graded mark before it stays");
    assert!(shown.events.iter().any(|e| e.inspection.is_some() && e.x == x), "the 2026 inspection is drawn");
    assert_eq!(reveal_step(&chart, steps[0].shows), reveal(&chart, 1));
}

#[test]
fn a_curated_journey_keeps_its_story_and_has_words_for_the_steps_it_does_not_tell() {
    let steps = steps_of("leeds");
    assert_eq!(steps[1].change, "Up from Inadequate (2009) to Adequate (2011).");
    assert!(steps[4].story.is_none());
    assert_eq!(steps[4].change, "Still Outstanding, as in 2018.");
    assert!(steps.iter().all(|s| !s.change.is_empty()));
}

#[test]
fn a_step_whose_source_gives_no_dates_says_so_plainly() {
    // Bradford 2012: the source (Ofsted's official statistics) gives only the publication date.
    let steps = steps_of("bradford");
    assert_eq!(
        steps[0].detail,
        "Safeguarding and looked after children (2009-12) (standard inspection). Report published 27 June 2012; the source gives no inspection dates."
    );
}

#[test]
fn an_inspection_of_child_protection_only_is_said_to_be_so() {
    // Blackpool (official statistics): Adequate 2009, child protection Inadequate 2012, then
    // Requires improvement under the SIF in 2014.
    let steps = steps_of("blackpool");
    let said: Vec<&str> = steps.iter().take(3).map(|s| s.change.as_str()).collect();
    assert_eq!(
        said,
        [
            "The first inspection in this journey.",
            "An inspection of child protection only, not of the whole service. Down from Adequate (2009) to Inadequate (2012).",
            "Up from Inadequate (2012) to Requires improvement (2014).",
        ]
    );
}

#[test]
fn each_step_knows_its_inspections_row() {
    // A slide shows what its own report said must improve, so each step must point at the row
    // of its inspection: the year of the row is the year of the heading.
    let d = journeys();
    let leeds = d.council(LEEDS).unwrap();
    let chart = council_chart(d, leeds, release_date(d), 720.0);
    let rows = inspection_rows(d, leeds);
    let steps = present_steps(&leeds.code, &chart, &rows);
    for s in &steps {
        let row = &rows[s.row.expect("every step has its inspection")];
        assert!(s.heading.starts_with(&row.year.to_string()), "{} is not {}", s.heading, row.year);
    }
    let years: Vec<i32> = steps.iter().map(|s| rows[s.row.unwrap()].year).collect();
    assert_eq!(years, [2009, 2011, 2015, 2018, 2022, 2025]);
}
