//! Host tests for the all-councils table: each council's current and previous grade and the
//! direction between them, sorting by every column, filtering by region and grade, and the
//! table as its URL state asks for it, on small datasets made here (the shipped table's facts
//! are in `known_facts`).

use crate::common::{day, fixture, EAST_MIDLANDS, LONDON, SOUTH_EAST, SOUTH_WEST, YORKSHIRE};

use chrono::NaiveDate;
use journeys_core::councils_table::{
    canonical_state, column_label, column_sort, empty_message, filter_rows, grade_filter_options,
    grade_options, overall, regions, resolve_region, row, rows, sort_description, sort_rows, table,
    toggle_sort, whole_years, years_text, ColumnSort, CouncilRow, Direction, Table,
};
use journeys_core::model::{Dataset, Framework, Grade};
use journeys_core::route::{CouncilsState, Route, SortColumn, SortDir};
use std::sync::OnceLock;

/// The day of the fixtures' release, standing in for "today".
fn today() -> NaiveDate {
    day("2026-08-22")
}

/// Twelve councils in four regions, each standing at a grade its two latest ILACS inspections
/// give (and two inspected again under the 2026 framework):
/// - London: Barking and Dagenham (Good to Good), Brent (Requires improvement to Good, then
///   2026), City of London (Outstanding to Outstanding), Harrow (Good to Inadequate, January
///   2025) and Havering (Requires improvement to Inadequate, March 2024);
/// - Yorkshire and the Humber: Barnsley (Good, its first), Leeds (Outstanding to Outstanding),
///   York (Requires improvement to Outstanding);
/// - East Midlands: Derby (Good, its first), Nottingham (Requires improvement, its first, July
///   2022, the longest ago); South East: Portsmouth (Outstanding, then 2026 in July, the most
///   recent); South West: Bournemouth, Christchurch and Poole (Inadequate to Good).
fn councils() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| {
        use Framework::Ilacs;
        use Grade::*;
        fixture()
            .council("E09000002", "Barking and Dagenham", LONDON)
            .graded(Ilacs, "2019-02-04", Good)
            .graded(Ilacs, "2023-06-05", Good)
            .council("E09000005", "Brent", LONDON)
            .graded(Ilacs, "2018-05-14", RequiresImprovement)
            .graded(Ilacs, "2023-02-20", Good)
            .graded(Ilacs, "2026-04-27", NotGraded2026)
            .council("E09000001", "City of London", LONDON)
            .graded(Ilacs, "2020-03-02", Outstanding)
            .graded(Ilacs, "2024-09-23", Outstanding)
            .council("E09000015", "Harrow", LONDON)
            .graded(Ilacs, "2019-06-10", Good)
            .graded(Ilacs, "2025-01-20", Inadequate)
            .council("E09000016", "Havering", LONDON)
            .graded(Ilacs, "2018-07-09", RequiresImprovement)
            .graded(Ilacs, "2024-03-11", Inadequate)
            .council("E08000016", "Barnsley", YORKSHIRE)
            .graded(Ilacs, "2024-01-15", Good)
            .council("E08000035", "Leeds", YORKSHIRE)
            .graded(Ilacs, "2022-02-21", Outstanding)
            .graded(Ilacs, "2025-06-30", Outstanding)
            .council("E06000014", "York", YORKSHIRE)
            .graded(Ilacs, "2022-05-09", RequiresImprovement)
            .graded(Ilacs, "2025-05-12", Outstanding)
            .council("E06000015", "Derby", EAST_MIDLANDS)
            .graded(Ilacs, "2023-10-02", Good)
            .council("E06000018", "Nottingham", EAST_MIDLANDS)
            .graded(Ilacs, "2022-07-04", RequiresImprovement)
            .council("E06000044", "Portsmouth", SOUTH_EAST)
            .graded(Ilacs, "2019-03-04", Outstanding)
            .graded(Ilacs, "2026-07-06", NotGraded2026)
            .council("E06000058", "Bournemouth, Christchurch and Poole", SOUTH_WEST)
            .graded(Ilacs, "2021-05-10", Inadequate)
            .graded(Ilacs, "2024-07-08", Good)
            .build()
    })
}

/// How many councils the fixture has: the rows of the whole table.
fn current() -> usize {
    councils().current_councils().count()
}

fn fixture_rows() -> Vec<CouncilRow> {
    rows(councils(), today())
}

fn names(rows: &[CouncilRow]) -> Vec<&str> {
    rows.iter().map(|r| r.name.as_str()).collect()
}

/// A council with the given (framework, start, overall grade) inspections.
fn synthetic(inspections: &[(Framework, &str, Grade)]) -> Dataset {
    let mut f = fixture().council("E99000001", "Testshire", YORKSHIRE);
    for &(framework, start, grade) in inspections {
        f = f.graded(framework, start, grade);
    }
    f.build()
}

fn direction_of(inspections: &[(Framework, &str, Grade)]) -> Direction {
    let data = synthetic(inspections);
    row(&data, &data.councils[0], today()).direction
}

#[test]
fn direction_compares_levels_on_the_shared_scale() {
    use Framework::*;
    use Grade::*;
    // Adequate (2009-13) and Requires improvement share a level: no change.
    assert_eq!(
        direction_of(&[(Slac, "2010-01-01", Adequate), (Sif, "2015-01-01", RequiresImprovement)]),
        Direction::Same
    );
    assert_eq!(
        direction_of(&[(Slac, "2010-01-01", Adequate), (Sif, "2015-01-01", Good)]),
        Direction::Improved
    );
    assert_eq!(
        direction_of(&[(Sif, "2015-01-01", Good), (Ilacs, "2019-01-01", Inadequate)]),
        Direction::Declined
    );
    assert_eq!(direction_of(&[(Ilacs, "2019-01-01", Good)]), Direction::First);
    assert_eq!(direction_of(&[]), Direction::NotInspected);
    // A 2026 inspection gives no overall grade: the council stands at its last grade.
    assert_eq!(
        direction_of(&[(Ilacs, "2022-01-01", Good), (Ilacs, "2026-05-01", NotGraded2026)]),
        Direction::First
    );
    assert_eq!(
        direction_of(&[
            (Sif, "2016-01-01", Inadequate),
            (Ilacs, "2022-01-01", Good),
            (Ilacs, "2026-05-01", NotGraded2026)
        ]),
        Direction::Improved
    );
    // A standalone safeguarding board review is not an inspection of the council's services.
    assert_eq!(
        direction_of(&[(Sif, "2015-01-01", Good), (LscbReview, "2016-01-01", Inadequate)]),
        Direction::First
    );
    let data = synthetic(&[]);
    let r = row(&data, &data.councils[0], today());
    assert_eq!((r.current, r.last_inspected, r.years_since), (None, None, None));
    // An inspection of looked after children only (2013) judged one part of the service: it
    // is not the council's standing, and the table keeps the whole-service grade before it.
    assert_eq!(overall(&synthetic(&[(Lac, "2013-01-01", Adequate)]).inspections[0]), None);
    assert_eq!(overall(&synthetic(&[(Cpi, "2013-01-01", Inadequate)]).inspections[0]), Some(Inadequate));
    assert_eq!(
        direction_of(&[(Slac, "2010-01-01", Good), (Lac, "2013-01-01", Inadequate)]),
        Direction::First
    );
    assert_eq!(Direction::Same.label(), "No change");
    assert_eq!(Direction::NotComparable.css_key(), "not-comparable");
}

#[test]
fn years_since_counts_whole_years_to_the_given_day() {
    assert_eq!(whole_years(day("2025-06-30"), day("2026-06-29")), 0);
    assert_eq!(whole_years(day("2025-06-30"), day("2026-06-30")), 1);
    assert_eq!(whole_years(day("2016-02-29"), day("2020-02-28")), 3);
    assert_eq!(whole_years(day("2026-06-30"), day("2025-01-01")), 0);
    assert_eq!(years_text(None), "");
    assert_eq!(years_text(Some(0)), "Less than a year");
    assert_eq!(years_text(Some(1)), "1 year");
    assert_eq!(years_text(Some(4)), "4 years");
    // Rows are measured to the day given, not the clock.
    let data = synthetic(&[(Framework::Ilacs, "2025-06-30", Grade::Outstanding)]);
    assert_eq!(row(&data, &data.councils[0], day("2030-01-01")).years_since, Some(4));
    assert_eq!(row(&data, &data.councils[0], day("2026-06-30")).years_since, Some(1));
}

#[test]
fn sorting_by_grade_puts_outstanding_first_and_the_ungraded_last_both_ways() {
    let mut rows = fixture_rows();
    sort_rows(&mut rows, SortColumn::Grade, SortDir::Asc);
    let grades: Vec<Option<Grade>> = rows.iter().map(|r| r.current.map(|g| g.grade)).collect();
    assert_eq!(grades[0], Some(Grade::Outstanding));
    assert!(grades.iter().all(Option::is_some), "every council stands at a grade on the scale");
    assert_eq!(grades[current() - 1], Some(Grade::Inadequate));
    // Ties are broken by name, A to Z.
    let n = grades.iter().filter(|g| **g == Some(Grade::Outstanding)).count();
    assert!(rows[..n].windows(2).all(|w| w[0].name.to_lowercase() <= w[1].name.to_lowercase()));
    sort_rows(&mut rows, SortColumn::Grade, SortDir::Desc);
    assert_eq!(rows[0].current.map(|g| g.grade), Some(Grade::Inadequate));
    assert_eq!(rows[current() - 1].current.map(|g| g.grade), Some(Grade::Outstanding));
    // A council with no grade on the scale goes last both ways.
    let mut data = synthetic(&[]);
    let mut graded = synthetic(&[(Framework::Ilacs, "2022-01-01", Grade::Good)]);
    graded.councils[0].code = "E99000002".into();
    graded.councils[0].name = "Atestshire".into();
    graded.inspections[0].council = "E99000002".into();
    data.councils.extend(graded.councils);
    data.inspections.extend(graded.inspections);
    let mut two = rows_of(&data);
    for dir in [SortDir::Asc, SortDir::Desc] {
        sort_rows(&mut two, SortColumn::Grade, dir);
        assert_eq!(names(&two), ["Atestshire", "Testshire"]);
    }
}

fn rows_of(data: &Dataset) -> Vec<CouncilRow> {
    data.councils.iter().map(|c| row(data, c, today())).collect()
}

#[test]
fn sorting_by_every_column() {
    let mut rows = fixture_rows();
    let first = |rows: &mut Vec<CouncilRow>, col, dir| {
        sort_rows(rows, col, dir);
        rows[0].name.clone()
    };
    assert_eq!(first(&mut rows, SortColumn::Name, SortDir::Desc), "York");
    assert_eq!(first(&mut rows, SortColumn::Name, SortDir::Asc), "Barking and Dagenham");
    // East Midlands is first A to Z; Derby is first within it.
    assert_eq!(first(&mut rows, SortColumn::Region, SortDir::Asc), "Derby");
    assert_eq!(first(&mut rows, SortColumn::Region, SortDir::Desc), "Barnsley");
    // Nottingham's last inspection (July 2022) is the longest ago; Portsmouth's (July 2026)
    // the most recent.
    assert_eq!(first(&mut rows, SortColumn::Last, SortDir::Asc), "Nottingham");
    assert_eq!(first(&mut rows, SortColumn::Last, SortDir::Desc), "Portsmouth");
    assert_eq!(first(&mut rows, SortColumn::Years, SortDir::Asc), "Portsmouth");
    assert_eq!(first(&mut rows, SortColumn::Years, SortDir::Desc), "Nottingham");
    // The biggest moves, first by name among equals: up two grades (Bournemouth, Christchurch
    // and Poole, Inadequate to Good), down two (Harrow, Good to Inadequate).
    assert_eq!(first(&mut rows, SortColumn::Change, SortDir::Asc), "Bournemouth, Christchurch and Poole");
    assert_eq!(rows[0].steps, Some(2));
    assert_eq!(first(&mut rows, SortColumn::Change, SortDir::Desc), "Harrow");
    assert_eq!(rows[0].steps, Some(-2));
    // Councils with no change to show (a first inspection) go last either way.
    let unchanged = rows.iter().filter(|r| r.steps.is_none()).count();
    assert!(rows.iter().rev().take(unchanged).all(|r| r.steps.is_none()));
    sort_rows(&mut rows, SortColumn::Previous, SortDir::Asc);
    assert_eq!(rows[0].previous.map(|g| g.grade), Some(Grade::Outstanding));
    // Any council without a previous grade (Barnsley, Derby, Nottingham) sorts last.
    assert!(rows.iter().skip_while(|r| r.previous.is_some()).all(|r| r.previous.is_none()));
}

#[test]
fn sorting_is_stable_and_total() {
    let mut a = fixture_rows();
    let mut b = fixture_rows();
    b.reverse();
    for col in SortColumn::ALL {
        for dir in [SortDir::Asc, SortDir::Desc] {
            sort_rows(&mut a, col, dir);
            sort_rows(&mut b, col, dir);
            assert_eq!(names(&a), names(&b), "{} {}", col.key(), dir.key());
        }
    }
}

#[test]
fn filtering_by_region_and_grade() {
    let d = councils();
    let rows = fixture_rows();
    assert_eq!(filter_rows(d, &rows, Some("London"), None).len(), 5);
    assert_eq!(filter_rows(d, &rows, Some("london"), None).len(), 5);
    assert_eq!(filter_rows(d, &rows, Some("GL"), None).len(), 5);
    assert_eq!(filter_rows(d, &rows, Some("yorkshire-and-the-humber"), None).len(), 3);
    let london_inadequate = filter_rows(d, &rows, Some("London"), Some(Grade::Inadequate));
    assert_eq!(names(&london_inadequate), ["Harrow", "Havering"]);
    // Brent and Portsmouth were inspected again in 2026 with no overall grade.
    assert_eq!(filter_rows(d, &rows, None, Some(Grade::Inadequate)).len(), 2);
    assert_eq!(names(&filter_rows(d, &rows, None, Some(Grade::NotGraded2026))), ["Brent", "Portsmouth"]);
    assert_eq!(filter_rows(d, &rows, None, Some(Grade::Adequate)).len(), 0);
    // A region that does not exist filters nothing out.
    assert_eq!(filter_rows(d, &rows, Some("Atlantis"), None).len(), current());
    assert_eq!(
        grade_options(&rows),
        [
            (Grade::Outstanding, 4),
            (Grade::Good, 5),
            (Grade::RequiresImprovement, 1),
            (Grade::Inadequate, 2),
            (Grade::NotGraded2026, 2)
        ]
    );
}

#[test]
fn regions_resolve_and_print_as_slugs() {
    let d = councils();
    assert_eq!(resolve_region(d, "Yorkshire and The Humber"), Some("Yorkshire and the Humber"));
    assert_eq!(resolve_region(d, "yh"), Some("Yorkshire and the Humber"));
    assert_eq!(resolve_region(d, "south-west"), Some("South West"));
    assert_eq!(resolve_region(d, "Atlantis"), None);
    assert_eq!(journeys_core::text::slug("Yorkshire and the Humber"), "yorkshire-and-the-humber");
    let all = regions(d);
    assert_eq!(all.len(), 5);
    assert_eq!(
        (all[0].key.as_str(), all[0].name.as_str(), all[0].councils),
        ("east-midlands", "East Midlands", 2)
    );
    assert_eq!(all.iter().map(|r| r.councils).sum::<usize>(), current());
}

#[test]
fn the_table_follows_the_url_state() {
    let d = councils();
    let route = Route::parse("/councils", "sort=last&dir=desc&region=London&grade=inadequate");
    let Route::Councils(state) = route else { panic!("a councils route") };
    let t = table(d, &state, today());
    assert_eq!(names(&t.rows), ["Harrow", "Havering"], "Harrow (January 2025) is the more recent");
    assert_eq!((t.total, t.region.as_deref(), t.grade), (current(), Some("London"), Some(Grade::Inadequate)));
    assert_eq!(
        t.summary,
        format!(
            "2 of {} councils, in London, with a current grade of Inadequate, by last inspected, most recent first.",
            current()
        )
    );
    let t = table(d, &CouncilsState::default(), today());
    assert_eq!(t.rows.len(), current());
    assert_eq!(t.summary, format!("{n} of {n} councils, by council, A to Z.", n = current()));
    let bad = CouncilsState { region: Some("Atlantis".into()), ..Default::default() };
    assert_eq!(table(d, &bad, today()).region, None);
    let not_graded = CouncilsState { grade: Some(Grade::NotGraded2026), ..Default::default() };
    assert!(table(d, &not_graded, today()).summary.contains("2026 framework"));
}

#[test]
fn canonical_state_and_header_controls() {
    let d = councils();
    let state = CouncilsState { region: Some("Yorkshire and The Humber".into()), ..Default::default() };
    let canon = canonical_state(d, &state);
    assert_eq!(canon.region.as_deref(), Some("yorkshire-and-the-humber"));
    assert_eq!(Route::Councils(canon).to_url(), "/councils?region=yorkshire-and-the-humber");
    let atlantis =
        CouncilsState { region: Some("Atlantis".into()), grade: Some(Grade::Good), ..Default::default() };
    assert_eq!(
        canonical_state(d, &atlantis),
        CouncilsState { grade: Some(Grade::Good), ..Default::default() }
    );

    let s = CouncilsState::default();
    let s = toggle_sort(&s, SortColumn::Last);
    assert_eq!((s.sort, s.dir), (SortColumn::Last, SortDir::Asc));
    let s = toggle_sort(&s, SortColumn::Last);
    assert_eq!((s.sort, s.dir), (SortColumn::Last, SortDir::Desc));
    assert_eq!(column_sort(&s, SortColumn::Last).aria(), "descending");
    assert_eq!(column_sort(&s, SortColumn::Last).icon(), "▼");
    assert_eq!(column_sort(&s, SortColumn::Name).aria(), "none");
    assert_eq!(column_sort(&s, SortColumn::Name), ColumnSort::Unsorted);
    assert_eq!(column_sort(&s, SortColumn::Name).icon(), "↕");
    let s = toggle_sort(&s, SortColumn::Grade);
    assert_eq!((s.sort, s.dir), (SortColumn::Grade, SortDir::Asc));
    assert_eq!(column_sort(&s, SortColumn::Grade).aria(), "ascending");
    assert_eq!(column_sort(&s, SortColumn::Grade).icon(), "▲");
    assert_eq!(column_label(SortColumn::Years), "Years since");
    assert_eq!(sort_description(SortColumn::Grade, SortDir::Desc), "by current grade, Inadequate first");
}

#[test]
fn grade_filter_keeps_the_selected_grade_and_empty_results_say_why() {
    let d = councils();
    let rows = fixture_rows();
    let offered =
        |selected| grade_filter_options(&rows, selected).into_iter().map(|(g, _)| g).collect::<Vec<_>>();
    let held = [
        Grade::Outstanding,
        Grade::Good,
        Grade::RequiresImprovement,
        Grade::Inadequate,
        Grade::NotGraded2026,
    ];
    assert_eq!(offered(None), held);
    assert_eq!(offered(Some(Grade::Good)), held);
    // No council is Adequate now (a 2009-13 grade), yet a link asking for it shows it selected.
    assert_eq!(grade_filter_options(&rows, Some(Grade::Adequate)).last(), Some(&(Grade::Adequate, 0)));

    let empty = |region: Option<&str>, grade| {
        let state = CouncilsState { region: region.map(str::to_string), grade, ..Default::default() };
        let t = table(d, &state, today());
        assert!(t.rows.is_empty(), "{state:?} leaves no council");
        empty_message(&t)
    };
    assert_eq!(
        empty(Some("london"), Some(Grade::Adequate)),
        "No council in London has a current grade of Adequate."
    );
    assert_eq!(empty(None, Some(Grade::Adequate)), "No council has a current grade of Adequate.");
    let made = |region: Option<&str>, grade| {
        empty_message(&Table {
            rows: Vec::new(),
            total: current(),
            region: region.map(str::to_string),
            grade,
            summary: String::new(),
        })
    };
    assert_eq!(
        made(Some("North East"), Some(Grade::NotGraded2026)),
        "No council in North East was last inspected under the 2026 framework."
    );
    assert_eq!(made(None, None), "No council is in the data.");
    assert_eq!(Direction::Improved.arrow(), "↑");
    assert_eq!(Direction::Declined.arrow(), "↓");
    assert_eq!(Direction::NotInspected.arrow(), "");
}
