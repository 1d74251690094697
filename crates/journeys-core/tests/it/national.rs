//! The national picture: standings on a day, the hex map (its hexagons, the keyboard's moves
//! between them, finding a council, the regions' outlines) and the grade distribution by year,
//! on the hand-made journeys of `fixtures` and a patch of map made here. The checks of a whole
//! map are shared with `properties`, which runs them on the shipped map; the shipped map's and
//! distribution's own numbers are in `known_facts`.

use crate::common::{day, fixture, YORKSHIRE};
use crate::fixtures::{journeys, BRENT, LEEDS, LEICESTER, NORTHAMPTONSHIRE, NORTH_NORTHAMPTONSHIRE};

use chrono::Datelike;
use journeys_core::model::{Dataset, Framework, Grade, Hex};
use journeys_core::national::{
    distribution_by_year, grade_code, hex_map, region_outlines, shown_columns, standing_at, year_end, years,
    HexMap, YearCounts,
};
use std::collections::BTreeSet;

/// How many councils run children's services in the fixture: one hexagon each.
fn current() -> usize {
    journeys().current_councils().count()
}

fn grade(code: &str, on: &str) -> Option<Grade> {
    let d = journeys();
    standing_at(d, d.council(code).unwrap(), day(on)).grade
}

/// Nine councils on a patch of map three hexagons wide and three high, each Good; the middle
/// one is `E06000004`.
fn patch() -> Dataset {
    let mut f = fixture();
    for r in 0..3 {
        for q in 0..3 {
            let n = r * 3 + q;
            f = f
                .council(&format!("E0600{n:04}"), &format!("Council {n}"), YORKSHIRE)
                .with(|c| c.hex = Some(Hex { q, r }))
                .graded(Framework::Ilacs, "2019-01-07", Grade::Good);
        }
    }
    f.build()
}

/// Every current council of `d` has one hexagon, inside the map's box, none on another, in
/// reading order (for Tab: north to south, then west to east).
#[track_caller]
pub fn check_hexagons(d: &Dataset, map: &HexMap) {
    let current = d.current_councils().count();
    assert_eq!(map.cells.len(), current);
    let codes: BTreeSet<&str> = map.cells.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes.len(), current);
    let centres: BTreeSet<(i64, i64)> =
        map.cells.iter().map(|c| ((c.x * 10.0) as i64, (c.y * 10.0) as i64)).collect();
    assert_eq!(centres.len(), current, "no two hexes overlap");
    for c in &map.cells {
        for p in c.points.split(' ') {
            let (x, y) = p.split_once(',').unwrap();
            let (x, y): (f64, f64) = (x.parse().unwrap(), y.parse().unwrap());
            assert!(x >= 0.0 && x <= map.width && y >= 0.0 && y <= map.height, "{} corner {p}", c.name);
        }
    }
    let order: Vec<(i64, i64)> =
        map.cells.iter().map(|c| ((c.y * 10.0) as i64, (c.x * 10.0) as i64)).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
}

/// Every hexagon of `map` can be reached from the first by arrow keys.
#[track_caller]
pub fn check_every_hexagon_reachable(map: &HexMap) {
    use journeys_core::national::{hex_step, HexKey};
    let mut seen = vec![false; map.cells.len()];
    let mut todo = vec![0];
    while let Some(k) = todo.pop() {
        if std::mem::replace(&mut seen[k], true) {
            continue;
        }
        for key in [HexKey::Left, HexKey::Right, HexKey::Up, HexKey::Down] {
            if let Some(n) = hex_step(map, k, key) {
                todo.push(n);
            }
        }
    }
    assert!(seen.iter().all(|s| *s), "every hexagon is reachable by arrows");
}

/// The distribution of `d` by year: from the first year of its data to the release's, the
/// last stopping at the release; each year counts every current council; the counts of
/// `map_year` are the map's (the same standing function decides both).
#[track_caller]
pub fn check_distribution(d: &Dataset, map_year: i32) -> Vec<YearCounts> {
    let rows = distribution_by_year(d);
    assert_eq!(rows.first().map(|r| r.year), Some(*years(d).start()));
    assert_eq!(rows.last().map(|r| r.year), Some(d.release.year()));
    assert_eq!(rows.last().unwrap().day, d.release, "this year stops at the data release");
    for r in &rows {
        assert_eq!(r.total(), d.current_councils().count(), "{}", r.year);
    }
    let counts = rows.iter().find(|r| r.year == map_year).expect("a row for the year");
    let map = hex_map(d, counts.day);
    let good_on_map = map.cells.iter().filter(|c| c.grade == Some(Grade::Good)).count();
    assert_eq!(good_on_map, counts.good);
    rows
}

/// Each region of `map` is outlined once by edges one hexagon edge long, at least one
/// hexagon's six and at most all its hexagons' edges; the outlines run along every edge facing
/// the sea and on both sides of every edge between two regions. Returns the number of edges.
#[track_caller]
pub fn check_region_outlines(map: &HexMap) -> usize {
    let regions = region_outlines(map);
    let names: BTreeSet<&str> = regions.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names.len(), regions.len(), "each region once");
    for r in &regions {
        let cells: Vec<_> = map.cells.iter().filter(|c| c.region == r.name).collect();
        let segments: Vec<&str> = r.path.split(' ').collect();
        assert!(segments.len() >= 6 && segments.len() <= 6 * cells.len(), "{}", r.name);
        for seg in segments {
            let nums: Vec<f64> =
                seg.trim_start_matches('M').split(['L', ',']).map(|v| v.parse().unwrap()).collect();
            let len = ((nums[2] - nums[0]).powi(2) + (nums[3] - nums[1]).powi(2)).sqrt();
            assert!((len - 10.0).abs() < 0.2, "{}: {seg}", r.name);
        }
    }
    let total: usize = regions.iter().map(|r| r.path.split(' ').count()).sum();
    let w = 3f64.sqrt() * 10.0;
    let mut expected = 0;
    for c in &map.cells {
        for k in 0..6 {
            let a = (60.0 * f64::from(k) - 60.0).to_radians();
            let (x, y) = (c.x + w * a.cos(), c.y + w * a.sin());
            let n = map.cells.iter().find(|n| (n.x - x).abs() < 0.6 && (n.y - y).abs() < 0.6);
            if n.is_none_or(|n| n.region != c.region) {
                expected += 1;
            }
        }
    }
    assert_eq!(total, expected);
    expected
}

/// The map of each year says what each council's own journey says on its last day, and its
/// regions' outlines are the same every year (so the page draws them once).
#[track_caller]
pub fn check_each_years_map(d: &Dataset) {
    let outlines = region_outlines(&hex_map(d, year_end(d, *years(d).end())));
    for year in years(d) {
        let map = hex_map(d, year_end(d, year));
        for cell in &map.cells {
            let s = standing_at(d, d.council(&cell.code).unwrap(), map.day);
            assert_eq!(cell.grade, s.grade, "{} in {year}", cell.code);
            assert_eq!(
                cell.inspected_since_2026,
                s.inspected_since_2026.is_some(),
                "{} in {year}",
                cell.code
            );
        }
        assert_eq!(region_outlines(&map), outlines, "{year}");
    }
}

#[test]
fn a_standing_counts_only_reports_published_by_that_day() {
    // Leeds: Inadequate published January 2010, Adequate at the re-inspection published
    // October 2011, Good March 2015, Outstanding December 2018.
    assert_eq!(grade(LEEDS, "2010-01-06"), None);
    assert_eq!(grade(LEEDS, "2010-01-07"), Some(Grade::Inadequate));
    assert_eq!(grade(LEEDS, "2011-10-09"), Some(Grade::Inadequate));
    assert_eq!(grade(LEEDS, "2011-10-10"), Some(Grade::Adequate));
    assert_eq!(grade(LEEDS, "2015-03-26"), Some(Grade::Adequate));
    assert_eq!(grade(LEEDS, "2015-03-27"), Some(Grade::Good));
    assert_eq!(grade(LEEDS, "2018-12-31"), Some(Grade::Outstanding));
    // Leicester: Inadequate in the SIF inspection published March 2015.
    assert_eq!(grade(LEICESTER, "2015-12-31"), Some(Grade::Inadequate));
}

#[test]
fn a_2026_inspection_keeps_the_last_overall_grade_and_says_so() {
    let d = journeys();
    let brent = d.council(BRENT).unwrap();
    let before = standing_at(d, brent, day("2026-06-16"));
    let after = standing_at(d, brent, day("2026-06-17"));
    assert_eq!(before.grade, after.grade, "no overall grade under the 2026 framework");
    assert!(before.inspected_since_2026.is_none());
    assert_eq!(after.inspected_since_2026.map(|i| i.published), Some(day("2026-06-17")));
    let map = hex_map(d, d.release);
    let cell = map.cells.iter().find(|c| c.code == BRENT).unwrap();
    assert!(
        cell.description.contains("2026 framework, which gives no overall grade"),
        "{}",
        cell.description
    );
}

#[test]
fn predecessors_stand_for_new_councils() {
    // Northamptonshire's last inspection (2019) stands for North Northamptonshire, created in
    // 2021, until its own: the map shows it, marked as such.
    let d = journeys();
    let on = day("2020-01-01");
    let s = standing_at(d, d.council(NORTH_NORTHAMPTONSHIRE).unwrap(), on);
    assert_eq!(s.inspection.map(|i| i.council.as_str()), Some(NORTHAMPTONSHIRE));
    let map = hex_map(d, on);
    assert_eq!(map.cells.len(), current(), "the abolished county has no hex of its own");
    let cell = map.cells.iter().find(|c| c.code == NORTH_NORTHAMPTONSHIRE).unwrap();
    assert!(cell.description.contains("as its predecessor council"), "{}", cell.description);
}

#[test]
fn the_hex_map_has_every_current_council_once_inside_its_box() {
    let d = journeys();
    let map = hex_map(d, year_end(d, 2018));
    check_hexagons(d, &map);
    let leeds = map.cells.iter().find(|c| c.code == LEEDS).unwrap();
    assert_eq!(leeds.grade, Some(Grade::Outstanding));
    assert_eq!(leeds.description, "Leeds: Outstanding, published December 2018");
    assert_eq!(leeds.detail, "Outstanding, published December 2018");
    let patch = patch();
    check_hexagons(&patch, &hex_map(&patch, year_end(&patch, 2019)));
}

#[test]
fn the_distribution_counts_every_current_council_each_year() {
    let d = journeys();
    let rows = check_distribution(d, 2018);
    // By the end of 2009 only Blackpool's 2009 report was out (Leeds's came in January 2010).
    let first = &rows[0];
    assert_eq!((first.year, first.adequate, first.none), (2009, 1, current() - 1), "{first:?}");
    // By the end of 2018 Adequate (the old scale) has gone; Kingston upon Hull and Telford and
    // Wrekin were first inspected in 2019.
    let y2018 = rows.iter().find(|r| r.year == 2018).unwrap();
    assert_eq!(
        (
            y2018.outstanding,
            y2018.good,
            y2018.requires_improvement,
            y2018.inadequate,
            y2018.adequate,
            y2018.none
        ),
        (1, 3, 6, 2, 0, 2),
        "{y2018:?}"
    );
}

#[test]
fn hex_labels_never_rely_on_colour() {
    assert_eq!(grade_code(Some(Grade::RequiresImprovement)), "RI");
    assert_eq!(grade_code(Some(Grade::Adequate)), "A");
    assert_eq!(grade_code(None), "–");
}

#[test]
fn the_distribution_reads_as_text() {
    use journeys_core::national::{counts_sentence, distribution_summary, YearCounts};
    let c = YearCounts { year: 2018, good: 60, inadequate: 20, outstanding: 12, ..YearCounts::default() };
    assert_eq!(counts_sentence(&c), "12 Outstanding, 60 Good and 20 Inadequate");
    let d = YearCounts { year: 2019, inadequate: 25, none: 1, ..YearCounts::default() };
    let summary = distribution_summary(&[c.clone(), d.clone()]);
    assert!(summary.contains("25 Inadequate and 1 not yet graded in this dataset."), "{summary}");
    assert!(summary.ends_with("The most councils judged Inadequate at the end of a year was 25 in 2019."));
    // The summary's numbers are the last year's counts.
    let rows = distribution_by_year(journeys());
    let last = rows.last().unwrap();
    assert!(distribution_summary(&rows).contains(&format!("{} Good", last.good)));
}

#[test]
fn arrow_keys_move_between_neighbouring_hexagons() {
    use journeys_core::national::{hex_step, hex_tip, HexKey};
    let d = patch();
    let map = hex_map(&d, d.release);
    let middle = map.cells.iter().position(|c| c.code == "E06000004").unwrap();
    let (x, y) = (map.cells[middle].x, map.cells[middle].y);
    // East and west stay on the row, moving one cell.
    let east = hex_step(&map, middle, HexKey::Right).unwrap();
    assert_eq!(map.cells[east].y, y);
    assert!(map.cells[east].x > x);
    assert!(map.cells.iter().all(|c| c.y != y || c.x <= x || c.x >= map.cells[east].x), "the next one east");
    assert_eq!(hex_step(&map, east, HexKey::Left), Some(middle));
    // North and south go to the nearest cell of the next row.
    let north = hex_step(&map, middle, HexKey::Up).unwrap();
    assert!(map.cells[north].y < y);
    assert!((map.cells[north].x - x).abs() <= 10.0, "a neighbour, not across the map");
    let south = hex_step(&map, middle, HexKey::Down).unwrap();
    assert!(map.cells[south].y > y);
    assert!((map.cells[south].x - x).abs() <= 10.0);
    // Home and End; edges keep the focus where it is.
    assert_eq!(hex_step(&map, middle, HexKey::First), Some(0));
    assert_eq!(hex_step(&map, middle, HexKey::Last), Some(map.cells.len() - 1));
    assert_eq!(hex_step(&map, 0, HexKey::Up), None, "the first cell is in the top row");
    assert_eq!(HexKey::parse("ArrowDown"), Some(HexKey::Down));
    assert_eq!(HexKey::parse("Enter"), None);
    // Every cell can be reached from the first by arrow keys.
    check_every_hexagon_reachable(&map);
    // The label sits by its hexagon, on the map.
    let tip = hex_tip(&map, middle).unwrap();
    assert_eq!(tip.name, "Council 4");
    assert!(tip.detail.starts_with("Good"), "{}", tip.detail);
    assert!((tip.left_pct - 100.0 * x / map.width).abs() < 0.2);
    assert!((0.0..=100.0).contains(&tip.top_pct));
    let top = hex_tip(&map, 0).unwrap();
    assert!(top.below, "a label in the top row goes below its hexagon");
}

#[test]
fn find_my_council_picks_the_hexagon_of_the_best_search_match() {
    let d = journeys();
    let map = hex_map(d, year_end(d, 2018));
    let check = |query: &str, code: Option<&str>, message: &str| {
        let found = journeys_core::national::hex_find(d, &map, query);
        assert_eq!(found.cell.map(|k| map.cells[k].code.as_str()), code, "{query}");
        assert!(found.message.starts_with(message), "{query}: {}", found.message);
    };
    check("Leeds", Some("E08000035"), "Leeds is outlined on the map: Leeds: Outstanding");
    check("leeds", Some("E08000035"), "Leeds is outlined");
    check("E08000035", Some("E08000035"), "Leeds is outlined");
    check("  ", None, "Type a council's name");
    check("Atlantis", None, "No council on the map matches \"Atlantis\".");
    // A former council's name finds its successor.
    check(
        "Northamptonshire",
        Some(map.cells.iter().find(|c| c.name == "North Northamptonshire").map(|c| c.code.as_str()).unwrap()),
        "North Northamptonshire (found by \"Northamptonshire\")",
    );
}

#[test]
fn each_region_is_outlined_once_and_named_inside_the_map() {
    let d = journeys();
    let map = hex_map(d, year_end(d, 2025));
    check_region_outlines(&map);
    let names: BTreeSet<String> = region_outlines(&map).into_iter().map(|r| r.name).collect();
    let regions: BTreeSet<String> = d.current_councils().map(|c| c.region.clone()).collect();
    assert_eq!(names, regions);
    assert_eq!(journeys_core::national::region_label("Yorkshire and the Humber"), "Yorkshire & Humber");
}

#[test]
fn the_distribution_table_leaves_out_grades_no_year_held() {
    let year = |adequate: usize, none: usize| YearCounts { good: 3, adequate, none, ..YearCounts::default() };
    let check = |rows: &[YearCounts], expected: &[Option<Grade>]| assert_eq!(shown_columns(rows), expected);
    check(&[], &[]);
    check(&[year(0, 0)], &[Some(Grade::Good)]);
    // A grade held in any one year has its column in every year, in the counts' order.
    check(&[year(2, 0), year(0, 1)], &[Some(Grade::Good), Some(Grade::Adequate), None]);
}

#[test]
fn the_map_of_each_year_shows_each_councils_standing_and_the_same_regions() {
    // The map reads every council's journey from one pass over the inspections: it must say
    // what each council's own journey says on that day.
    check_each_years_map(journeys());
}
