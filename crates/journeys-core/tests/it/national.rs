//! The national picture on the shipped dataset: standings on a day, the hex map's geometry and
//! the grade distribution by year, checked against facts from the Ofsted reports.

use crate::common::dataset;

use chrono::NaiveDate;
use journeys_core::model::Grade;
use journeys_core::national::{
    distribution_by_year, grade_code, hex_map, shown_columns, standing_at, year_end, years, YearCounts,
};
use std::collections::BTreeSet;

/// How many councils run children's services in the shipped data: one hexagon each.
fn current() -> usize {
    dataset().current_councils().count()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn grade(code: &str, on: &str) -> Option<Grade> {
    let d = dataset();
    standing_at(d, d.council(code).unwrap(), day(on)).grade
}

#[test]
fn a_standing_counts_only_reports_published_by_that_day() {
    // Leeds: Inadequate published January 2010, Adequate at the re-inspection published
    // October 2011, Good March 2015, Outstanding December 2018.
    assert_eq!(grade("E08000035", "2010-01-06"), None);
    assert_eq!(grade("E08000035", "2010-01-07"), Some(Grade::Inadequate));
    assert_eq!(grade("E08000035", "2011-10-09"), Some(Grade::Inadequate));
    assert_eq!(grade("E08000035", "2011-10-10"), Some(Grade::Adequate));
    assert_eq!(grade("E08000035", "2015-03-26"), Some(Grade::Adequate));
    assert_eq!(grade("E08000035", "2015-03-27"), Some(Grade::Good));
    assert_eq!(grade("E08000035", "2018-12-31"), Some(Grade::Outstanding));
    // Leicester: Inadequate in the SIF inspection published March 2015.
    assert_eq!(grade("E06000016", "2015-12-31"), Some(Grade::Inadequate));
}

#[test]
fn a_2026_inspection_keeps_the_last_overall_grade_and_says_so() {
    let d = dataset();
    let brent = d.council("E09000005").unwrap();
    let before = standing_at(d, brent, day("2026-06-16"));
    let after = standing_at(d, brent, day("2026-06-17"));
    assert_eq!(before.grade, after.grade, "no overall grade under the 2026 framework");
    assert!(before.inspected_since_2026.is_none());
    assert_eq!(after.inspected_since_2026.map(|i| i.published), Some(day("2026-06-17")));
    let map = hex_map(d, d.release);
    let cell = map.cells.iter().find(|c| c.code == "E09000005").unwrap();
    assert!(
        cell.description.contains("2026 framework, which gives no overall grade"),
        "{}",
        cell.description
    );
}

#[test]
fn predecessors_stand_for_new_councils() {
    // The shipped data holds no inspection of an abolished council (a known gap), so give
    // North Northamptonshire's predecessor one: the map must show it, marked as such.
    let mut d = dataset().clone();
    let nn = d.councils.iter().position(|c| c.code == "E06000061").unwrap();
    let mut county = d.councils[nn].clone();
    county.code = "E10000021".into();
    county.name = "Northamptonshire".into();
    county.current = false;
    county.hex = None;
    county.successors = vec!["E06000061".into()];
    d.councils[nn].predecessors = vec!["E10000021".into()];
    let mut old = d.inspections.iter().find(|i| i.council == "E06000016").unwrap().clone();
    old.council = "E10000021".into();
    let graded = old.published;
    d.councils.push(county);
    d.inspections.push(old);
    let s = standing_at(&d, d.council("E06000061").unwrap(), graded);
    assert_eq!(s.inspection.map(|i| i.council.as_str()), Some("E10000021"));
    let map = hex_map(&d, graded);
    assert_eq!(map.cells.len(), current(), "the abolished county has no hex of its own");
    let cell = map.cells.iter().find(|c| c.code == "E06000061").unwrap();
    assert!(cell.description.contains("as its predecessor council"), "{}", cell.description);
}

#[test]
fn the_hex_map_has_every_current_council_once_inside_its_box() {
    let d = dataset();
    let map = hex_map(d, year_end(d, 2018));
    assert_eq!(map.cells.len(), current());
    let codes: BTreeSet<&str> = map.cells.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes.len(), current());
    let centres: BTreeSet<(i64, i64)> =
        map.cells.iter().map(|c| ((c.x * 10.0) as i64, (c.y * 10.0) as i64)).collect();
    assert_eq!(centres.len(), current(), "no two hexes overlap");
    for c in &map.cells {
        for p in c.points.split(' ') {
            let (x, y) = p.split_once(',').unwrap();
            let (x, y): (f64, f64) = (x.parse().unwrap(), y.parse().unwrap());
            assert!(x >= 0.0 && x <= map.width && y >= 0.0 && y <= map.height, "{} corner {p}", c.name);
        }
    }
    // Reading order, for Tab: north to south, then west to east.
    let order: Vec<(i64, i64)> =
        map.cells.iter().map(|c| ((c.y * 10.0) as i64, (c.x * 10.0) as i64)).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    // In the layout Leeds sits between Kirklees (west) and York (east), with Bradford on the
    // row to the north.
    let at = |code: &str| map.cells.iter().find(|c| c.code == code).unwrap();
    let (leeds, kirklees, york, bradford) =
        (at("E08000035"), at("E08000034"), at("E06000014"), at("E08000032"));
    assert_eq!((leeds.y, york.y), (kirklees.y, kirklees.y));
    assert!(kirklees.x < leeds.x && leeds.x < york.x);
    assert!(bradford.y < leeds.y);
    assert_eq!(leeds.grade, Some(Grade::Outstanding));
    assert_eq!(leeds.description, "Leeds: Outstanding, published December 2018");
    assert_eq!(leeds.detail, "Outstanding, published December 2018");
}

#[test]
fn the_distribution_counts_every_current_council_each_year() {
    let d = dataset();
    let rows = distribution_by_year(d);
    assert_eq!(rows.first().map(|r| r.year), Some(*years(d).start()));
    assert_eq!(rows.last().map(|r| r.year), Some(2026));
    assert_eq!(rows.last().unwrap().day, d.release, "this year stops at the data release");
    for r in &rows {
        assert_eq!(r.total(), current(), "{}", r.year);
    }
    // The inspections of 2009-2012 were published from August 2009: few by the end of 2009,
    // nearly every council by the end of 2012, all on the four-point scale.
    let first = &rows[0];
    assert_eq!(first.year, 2009);
    assert!(first.none > 100, "{first:?}");
    let y2012 = rows.iter().find(|r| r.year == 2012).unwrap();
    assert!(y2012.none <= 5 && y2012.adequate > 50 && y2012.requires_improvement == 0, "{y2012:?}");
    // SIF ran 2013-18: by the end of 2018 almost every council had a grade on the new scale,
    // and Adequate (the old scale) has gone from the map.
    let y2018 = rows.iter().find(|r| r.year == 2018).unwrap();
    assert!(y2018.none < 10, "{y2018:?}");
    assert_eq!(y2018.adequate, 0);
    // The counts are the map's: the same standing function decides both.
    let map = hex_map(d, y2018.day);
    let good_on_map = map.cells.iter().filter(|c| c.grade == Some(Grade::Good)).count();
    assert_eq!(good_on_map, y2018.good);
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
    // On the real data the summary's numbers are the last year's counts.
    let rows = distribution_by_year(dataset());
    let last = rows.last().unwrap();
    assert!(distribution_summary(&rows).contains(&format!("{} Good", last.good)));
}

#[test]
fn arrow_keys_move_between_neighbouring_hexagons() {
    use journeys_core::national::{hex_step, hex_tip, HexKey};
    let d = dataset();
    let map = hex_map(d, d.release);
    let at = |code: &str| map.cells.iter().position(|c| c.code == code).unwrap();
    let leeds = at("E08000035");
    let (x, y) = (map.cells[leeds].x, map.cells[leeds].y);
    // East and west stay on the row, moving one cell.
    let east = hex_step(&map, leeds, HexKey::Right).unwrap();
    assert_eq!(map.cells[east].y, y);
    assert!(map.cells[east].x > x);
    assert!(map.cells.iter().all(|c| c.y != y || c.x <= x || c.x >= map.cells[east].x), "the next one east");
    assert_eq!(hex_step(&map, east, HexKey::Left), Some(leeds));
    // North and south go to the nearest cell of the next row.
    let north = hex_step(&map, leeds, HexKey::Up).unwrap();
    assert!(map.cells[north].y < y);
    assert!((map.cells[north].x - x).abs() <= 10.0, "a neighbour, not across the map");
    let south = hex_step(&map, leeds, HexKey::Down).unwrap();
    assert!(map.cells[south].y > y);
    assert!((map.cells[south].x - x).abs() <= 10.0);
    // Home and End; edges keep the focus where it is.
    assert_eq!(hex_step(&map, leeds, HexKey::First), Some(0));
    assert_eq!(hex_step(&map, leeds, HexKey::Last), Some(map.cells.len() - 1));
    assert_eq!(hex_step(&map, 0, HexKey::Up), None, "the first cell is in the top row");
    assert_eq!(HexKey::parse("ArrowDown"), Some(HexKey::Down));
    assert_eq!(HexKey::parse("Enter"), None);
    // Every cell can be reached from the first by arrow keys.
    let mut seen = vec![false; map.cells.len()];
    let mut todo = vec![0];
    while let Some(k) = todo.pop() {
        if std::mem::replace(&mut seen[k], true) {
            continue;
        }
        for key in [HexKey::Left, HexKey::Right, HexKey::Up, HexKey::Down] {
            if let Some(n) = hex_step(&map, k, key) {
                todo.push(n);
            }
        }
    }
    assert!(seen.iter().all(|s| *s), "every hexagon is reachable by arrows");
    // The label sits by its hexagon, on the map.
    let tip = hex_tip(&map, leeds).unwrap();
    assert_eq!(tip.name, "Leeds");
    assert!(tip.detail.starts_with("Outstanding"), "{}", tip.detail);
    assert!((tip.left_pct - 100.0 * x / map.width).abs() < 0.2);
    assert!((0.0..=100.0).contains(&tip.top_pct));
    let top = hex_tip(&map, 0).unwrap();
    assert!(top.below, "a label in the top row goes below its hexagon");
}

#[test]
fn find_my_council_picks_the_hexagon_of_the_best_search_match() {
    let d = dataset();
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
    use journeys_core::national::{region_outlines, REGION_LABEL_SIZE};
    let d = dataset();
    let map = hex_map(d, year_end(d, 2025));
    let regions = region_outlines(&map);
    let names: BTreeSet<&str> = regions.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(regions.len(), 9);
    assert!(names.contains("London") && names.contains("North East"));
    for r in &regions {
        let cells: Vec<_> = map.cells.iter().filter(|c| c.region == r.name).collect();
        // A region's outline has at least the six edges of one hexagon, and at most all of its
        // hexagons' edges; every segment is one edge long (10 units).
        let segments: Vec<&str> = r.path.split(' ').collect();
        assert!(segments.len() >= 6 && segments.len() <= 6 * cells.len(), "{}", r.name);
        for seg in segments {
            let nums: Vec<f64> =
                seg.trim_start_matches('M').split(['L', ',']).map(|v| v.parse().unwrap()).collect();
            let len = ((nums[2] - nums[0]).powi(2) + (nums[3] - nums[1]).powi(2)).sqrt();
            assert!((len - 10.0).abs() < 0.2, "{}: {seg}", r.name);
        }
        // The label is inside the map, whole, estimating glyphs at 0.68 em.
        let half = r.label.chars().count() as f64 * REGION_LABEL_SIZE * 0.68 / 2.0;
        assert!(r.label_x - half >= -0.01 && r.label_x + half <= map.width + 0.01, "{}", r.label);
        assert!(r.label_y > 0.0 && r.label_y < map.height);
    }
    // London's 33 boroughs are grouped: its outline is far shorter than 33 separate hexagons'.
    let london = regions.iter().find(|r| r.name == "London").unwrap();
    assert!(london.path.split(' ').count() < 33 * 6 / 2, "{}", london.path.split(' ').count());
    assert_eq!(journeys_core::national::region_label("Yorkshire and the Humber"), "Yorkshire & Humber");
}

#[test]
fn region_labels_cover_no_hexagon_and_no_other_label() {
    use journeys_core::national::{region_outlines, REGION_LABEL_SIZE};
    let d = dataset();
    let map = hex_map(d, year_end(d, 2025));
    let regions = region_outlines(&map);
    let half = |l: &str| (l.chars().count() as f64 * REGION_LABEL_SIZE * 0.68 / 2.0, REGION_LABEL_SIZE * 0.6);
    for (i, r) in regions.iter().enumerate() {
        let (hw, hh) = half(&r.label);
        for c in &map.cells {
            let clear = (c.x - r.label_x).abs() >= hw + 8.6 || (c.y - r.label_y).abs() >= hh + 10.0;
            assert!(clear, "{} covers {}", r.label, c.name);
        }
        for o in &regions[i + 1..] {
            let (ow, oh) = half(&o.label);
            assert!(
                (o.label_x - r.label_x).abs() >= hw + ow || (o.label_y - r.label_y).abs() >= hh + oh,
                "{} and {}",
                r.label,
                o.label
            );
        }
    }
}

#[test]
fn region_outlines_run_between_regions_too() {
    use journeys_core::national::region_outlines;
    let d = dataset();
    let map = hex_map(d, year_end(d, 2025));
    let total: usize = region_outlines(&map).iter().map(|r| r.path.split(' ').count()).sum();
    // Every hexagon's edges that face the sea, plus both sides of every edge between regions.
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
    assert!(expected > 2 * 60, "{expected}");
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
    // what each council's own journey says on that day. Its regions' outlines depend on no
    // year, so the page draws them once.
    let d = dataset();
    let outlines = journeys_core::national::region_outlines(&hex_map(d, year_end(d, *years(d).end())));
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
        assert_eq!(journeys_core::national::region_outlines(&map), outlines, "{year}");
    }
}
