//! Host tests for the journey story, its measures, the chart geometry and council search, on
//! the hand-made journeys of `fixtures` (every shipped council's chart is checked in
//! `properties`, the shipped stories in `known_facts`).

use crate::common::day;
use crate::fixtures::{journeys, LEEDS, NORTHAMPTONSHIRE};
use journeys_core::chart::{earliest, journey_chart};
use journeys_core::journey::inspections;
use journeys_core::model::{Dataset, Grade};
use journeys_core::search::search;
use journeys_core::summary::{journey_summary, measures};

/// The journey of council `key` in words.
#[track_caller]
pub fn check_story(data: &Dataset, key: &str, expected: &str) {
    let c = data.find_council(key).unwrap();
    assert_eq!(journey_summary(&c.name, &inspections(data, c)), expected);
}

#[test]
fn stories_read_aloud_well() {
    let data = journeys();
    check_story(
        data,
        "leeds",
        "Leeds was judged Inadequate in 2009, Adequate in 2011, Good in 2015 and Outstanding in 2018, 2022 and 2025.",
    );
    check_story(data, "leicester", "Leicester was judged Adequate in 2012, Inadequate in 2015, Requires improvement in 2017, Good in 2021 and Requires improvement in 2024.");
}

#[test]
fn leeds_measures() {
    let data = journeys();
    let leeds = data.find_council("leeds").unwrap();
    let m = measures(&inspections(data, leeds));
    assert_eq!(m.current.as_ref().map(|c| c.0), Some(Grade::Outstanding));
    assert_eq!(m.inspections, inspections(data, leeds).len());
    assert_eq!(m.inadequate_to_good, "5 years 1 month");
    // Every step was one grade; the latest of the biggest is named.
    assert_eq!(m.biggest_change.as_deref(), Some("Up 1 grade: Good (2015) to Outstanding (2018)"));
}

#[test]
fn a_council_never_inadequate_says_so() {
    let data = journeys();
    // Telford and Wrekin: Outstanding, its only inspection; Leeds was once Inadequate.
    let telford = data.find_council("telford-and-wrekin").unwrap();
    assert_eq!(measures(&inspections(data, telford)).inadequate_to_good, "Never judged Inadequate");
    let leeds = data.council(LEEDS).unwrap();
    assert_ne!(measures(&inspections(data, leeds)).inadequate_to_good, "Never judged Inadequate");
}

#[test]
fn chart_marks_follow_grades_and_time() {
    let data = journeys();
    let leeds = data.find_council("leeds").unwrap();
    let list = inspections(data, leeds);
    let flags = vec![false; list.len()];
    let release = data.release;
    let chart = journey_chart(&list, &flags, &[], (earliest(&list, &[]), release), 960.0);
    let grades: Vec<&str> = chart.marks.iter().map(|m| m.grade_label).collect();
    assert_eq!(&grades[..4], &["Inadequate", "Adequate", "Good", "Outstanding"]);
    // Time runs left to right, better grades sit higher (smaller y).
    assert!(chart.marks.windows(2).all(|w| w[0].x < w[1].x));
    assert!(chart.marks[0].y > chart.marks[1].y && chart.marks[1].y > chart.marks[2].y);
    assert!(chart.marks[2].y > chart.marks[3].y);
    // Everything sits inside the drawing.
    for m in &chart.marks {
        assert!(m.x >= chart.x0 && m.x <= chart.x1 && m.y >= chart.y_top && m.y <= chart.y_bottom);
    }
    // Three framework eras, named, covering the plot without gaps.
    let labels: Vec<&str> = chart.bands.iter().map(|b| b.label).collect();
    assert_eq!(labels, ["2009–13 inspections", "Single inspection framework", "ILACS"]);
    for w in chart.bands.windows(2) {
        assert!((w[0].x + w[0].width - w[1].x).abs() < 1e-9);
    }
    // 2009 to 2011 (both SLAC) is solid; 2011 (SLAC) to 2015 (SIF) changes framework, so
    // that segment is dashed; 2015 to 2018 (SIF to ILACS) too; 2018 to 2022 is not.
    assert_eq!(chart.segments.iter().map(|s| s.dashed).collect::<Vec<_>>()[..4], [false, true, true, false]);
}

#[test]
fn chart_ticks_thin_out_on_narrow_screens() {
    let release = chrono::NaiveDate::from_ymd_opt(2026, 8, 22).unwrap();
    let labelled = |w: f64| {
        journey_chart(&[], &[], &[], (earliest(&[], &[]), release), w)
            .ticks
            .iter()
            .filter(|t| !t.label.is_empty())
            .count()
    };
    assert_eq!(labelled(1100.0), 18);
    assert!(labelled(320.0) <= 4, "{}", labelled(320.0));
}

#[track_caller]
fn check_search(data: &Dataset, q: &str, first: &str) {
    let hits = search(data, q, 8);
    assert_eq!(hits.first().map(|h| h.name.as_str()), Some(first), "query {q:?}: {hits:?}");
}

#[test]
fn search_finds_councils_by_name_code_slug_and_former_name() {
    let data = journeys();
    check_search(data, "leeds", "Leeds");
    check_search(data, "LEEDS ", "Leeds");
    check_search(data, "E08000035", "Leeds");
    check_search(data, "e06000016", "Leicester");
    check_search(data, "leic", "Leicester");
    check_search(data, "telford & wrekin", "Telford and Wrekin");
    check_search(data, "kingston-upon-hull", "Kingston upon Hull");
    check_search(data, "hull", "Kingston upon Hull");
    let northants = search(data, "Northamptonshire", 8);
    let names: Vec<&str> = northants.iter().map(|h| h.name.as_str()).collect();
    assert!(
        names.contains(&"North Northamptonshire") && names.contains(&"West Northamptonshire"),
        "{names:?}"
    );
    assert!(search(data, "", 8).is_empty());
    assert!(search(data, "zzzz", 8).is_empty());
    assert!(search(data, "<script>", 8).is_empty());
}

#[test]
fn a_year_with_two_inspections_is_named_once() {
    // Calderdale: child protection inspected in January 2013 and re-inspected in July 2013.
    let data = journeys();
    check_story(
        data,
        "calderdale",
        "Calderdale was judged Inadequate in 2010 and 2013 (child protection, twice), Requires improvement in 2015 and Good in 2018 and 2024.",
    );
    // An abolished council's chart ends with the year it was abolished.
    let northants = data.council(NORTHAMPTONSHIRE).unwrap();
    let release = day("2026-08-22");
    let chart = journey_chart_of(data, northants, release);
    assert_eq!(chart.ticks.last().map(|t| t.label.as_str()), Some("2021"));
}

fn journey_chart_of(
    data: &Dataset,
    c: &journeys_core::model::Council,
    until: chrono::NaiveDate,
) -> journeys_core::chart::JourneyChart {
    journeys_core::chart::council_chart(data, c, until, 1100.0)
}

#[test]
fn the_time_axis_holds_whatever_the_dates() {
    use journeys_core::chart::domain;
    let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap();
    // A release pinned before any data (a link with data=2001-01-01) still draws one year.
    let (start, end) = domain(d(2009, 8, 7), d(2001, 1, 1));
    assert!(start < end, "{start} {end}");
    assert_eq!(domain(d(2012, 5, 1), d(2026, 8, 22)), (d(2012, 1, 1), d(2027, 1, 1)));
    assert_eq!(domain(d(2001, 5, 1), d(2026, 8, 22)).0, d(2009, 1, 1));
    let data = journeys();
    let leeds = data.council(LEEDS).unwrap();
    let chart = journeys_core::chart::council_chart(data, leeds, d(2001, 1, 1), 720.0);
    assert!(chart.x0 < chart.x1 && chart.ticks.len() == 1);
}

/// The key lists what each chart draws: North Northamptonshire's shows its predecessor's
/// child protection and looked-after inspections (hollow diamond and square) and says what
/// hollow means; Leeds's has neither.
#[test]
fn chart_keys_name_what_their_charts_draw() {
    use journeys_core::chart_key::{key, Symbol};
    use journeys_core::model::Scope;
    let data = journeys();
    let release = chrono::NaiveDate::from_ymd_opt(2026, 8, 22).unwrap();
    let symbols = |slug: &str| -> Vec<Symbol> {
        let c = data.find_council(slug).unwrap();
        key(&journeys_core::chart::council_chart(data, c, release, 720.0))
            .into_iter()
            .map(|k| k.symbol)
            .collect()
    };
    let nn = symbols("north-northamptonshire");
    for s in [
        Symbol::Mark(Scope::ChildProtection),
        Symbol::Mark(Scope::LookedAfter),
        Symbol::Predecessor,
        Symbol::DashedLine,
    ] {
        assert!(nn.contains(&s), "{s:?} in {nn:?}");
    }
    let leeds = symbols("leeds");
    assert!(
        !leeds.contains(&Symbol::Mark(Scope::ChildProtection)) && !leeds.contains(&Symbol::Predecessor),
        "{leeds:?}"
    );
    assert!(leeds.contains(&Symbol::Mark(Scope::WholeService)) && leeds.contains(&Symbol::Line));
}

#[test]
fn an_abolished_council_says_when_it_ended_and_who_took_over() {
    let data = journeys();
    let northants = data.council(NORTHAMPTONSHIRE).unwrap();
    assert_eq!(
        journeys_core::summary::abolished_note(data, northants).as_deref(),
        Some("Its last grade before it was abolished on 1 April 2021: its children's services passed to North Northamptonshire and West Northamptonshire.")
    );
    assert_eq!(journeys_core::summary::abolished_note(data, data.council(LEEDS).unwrap()), None);
}

#[test]
fn svg_coordinates_print_one_decimal_and_whole_numbers_bare() {
    use journeys_core::chart::coord;
    assert_eq!(coord(343.0), "343");
    assert_eq!(coord(120.75), "120.8");
    assert_eq!(coord(120.04), "120");
    assert_eq!(coord(0.06), "0.1");
    assert_eq!(coord(-0.04), "0", "no negative zero");
    assert_eq!(coord(-12.5), "-12.5");
    assert_eq!(coord(-3.0), "-3");
}
