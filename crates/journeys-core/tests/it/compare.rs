//! Host tests for comparisons: cleaning the council list of a `/compare` URL (unknown entries,
//! repeats, more than eight, former councils), adding and removing councils, the preset
//! groups, the framework caveat and the shared time axis, on the hand-made journeys of
//! `fixtures` with more Yorkshire councils (the shipped presets are in `known_facts`).

use crate::common::{strings, SOUTH_EAST, SOUTH_WEST, YORKSHIRE};
use crate::fixtures::{journeys_fixture, BRENT, CALDERDALE, LEEDS, LEICESTER, NORTHAMPTONSHIRE};

use journeys_core::chart::domain;
use journeys_core::compare::presets::{
    first_sif, inadequate_at_first_sif, matching_preset, matching_preset_with, presets_for, presets_for_with,
    region, statistical_neighbours, Preset,
};
use journeys_core::compare::selection::{
    add, dropped_note, remove, resolve_key, selection_notes, DropReason, Dropped, Refused, Resolved,
    Selection,
};
use journeys_core::compare::{
    download_what, framework_caveat, group_heading, group_heading_with, latest_grades, shared_from,
    shared_until, small_multiples,
};
use journeys_core::model::{Area, Dataset, FormerCouncil, Framework::*, Grade};
use journeys_core::route::{Route, MAX_COMPARE};
use journeys_core::text::join_names;
use std::sync::OnceLock;

const SHEFFIELD: &str = "E08000019";
const KIRKLEES: &str = "E08000034";
const BOURNEMOUTH_CHRISTCHURCH_AND_POOLE: &str = "E06000058";

/// The journeys of `fixtures` with seven more councils in Yorkshire and the Humber (eleven in
/// all, more than a comparison shows) and one in the South West whose name has commas. Leeds
/// has ten statistical neighbours, Bradford seven. Nine current councils were judged Inadequate
/// at their first SIF inspection (Kirklees and York on the same day; Leicester, in January
/// 2015, the latest); Wakefield was Inadequate only at its second.
fn data() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| {
        use Grade::*;
        journeys_fixture()
            .council(SHEFFIELD, "Sheffield", YORKSHIRE)
            .graded(Sif, "2013-11-04", Inadequate)
            .graded(Ilacs, "2019-01-07", Good)
            .council("E06000039", "Slough", SOUTH_EAST)
            .graded(Sif, "2013-11-18", Inadequate)
            .council("E08000016", "Barnsley", YORKSHIRE)
            .graded(Sif, "2014-01-13", Inadequate)
            .council("E08000018", "Rotherham", YORKSHIRE)
            .graded(Sif, "2014-03-10", Inadequate)
            .council("E08000036", "Wakefield", YORKSHIRE)
            .graded(Sif, "2014-04-07", RequiresImprovement)
            .graded(Sif, "2016-01-11", Inadequate)
            .council(KIRKLEES, "Kirklees", YORKSHIRE)
            .graded(Sif, "2014-06-02", Inadequate)
            .council("E06000014", "York", YORKSHIRE)
            .graded(Sif, "2014-06-02", Inadequate)
            .council("E08000017", "Doncaster", YORKSHIRE)
            .graded(Sif, "2014-09-01", Inadequate)
            .council(BOURNEMOUTH_CHRISTCHURCH_AND_POOLE, "Bournemouth, Christchurch and Poole", SOUTH_WEST)
            .graded(Ilacs, "2021-05-10", Good)
            .neighbours(
                LEEDS,
                &[
                    SHEFFIELD,
                    "E08000032",
                    KIRKLEES,
                    "E08000036",
                    CALDERDALE,
                    "E06000014",
                    "E08000016",
                    "E08000018",
                    BRENT,
                    BOURNEMOUTH_CHRISTCHURCH_AND_POOLE,
                ],
            )
            .neighbours(
                "E08000032",
                &[KIRKLEES, CALDERDALE, "E08000036", "E08000016", "E08000018", SHEFFIELD, LEICESTER],
            )
            .build()
    })
}

/// The fixture as the data was before Ofsted's official statistics gave Northamptonshire
/// inspections of its own: the council known only by name, as a former council.
fn northamptonshire_by_name_only() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| {
        let mut d = data().clone();
        let code = NORTHAMPTONSHIRE;
        let c = d.council(code).expect("Northamptonshire").clone();
        d.councils.retain(|c| c.code != code);
        d.inspections.retain(|i| i.council != code);
        d.events.retain(|e| e.council != code);
        d.former_councils.push(FormerCouncil {
            code: c.code,
            name: c.name,
            abolished: c.abolished.expect("abolished"),
            successors: c.successors,
            citation: "The Northamptonshire (Structural Changes) Order 2020".into(),
            url: String::new(),
        });
        assert!(journeys_core::load::check(&d).is_empty(), "still a consistent dataset");
        d
    })
}

/// The fixture without the inspections of 2009-2013 (but Leeds's), so that some councils'
/// journeys sit on one grading scale.
fn without_four_point_inspections() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| {
        let mut d = data().clone();
        d.inspections.retain(|i| !i.framework.four_point_scale() || i.council == LEEDS);
        d
    })
}

fn resolve(keys: &[&str]) -> Selection {
    Selection::resolve(data(), &strings(keys))
}

fn dropped(key: &str, reason: DropReason, council: Option<&str>) -> Dropped {
    Dropped { key: key.into(), reason, council: council.map(str::to_string) }
}

/// Seven councils by slug, for comparisons that fill up.
const SEVEN: [&str; 7] = ["leeds", "leicester", "calderdale", "bradford", "kirklees", "wakefield", "york"];

#[test]
fn keys_resolve_by_code_or_slug_in_any_case() {
    let d = data();
    for key in ["E08000035", "e08000035", "leeds", "Leeds", "LEEDS", " leeds "] {
        assert!(matches!(resolve_key(d, key), Resolved::Council(c) if c.code == LEEDS), "{key}");
    }
    // Names written loosely, as they arrive from a hand-typed or form-encoded link.
    for key in ["Kingston upon Hull", "kingston-upon-hull"] {
        assert!(matches!(resolve_key(d, key), Resolved::Council(c) if c.code == "E06000010"), "{key}");
    }
    for key in ["xyz", "", "E99999999", "leeds2"] {
        assert_eq!(resolve_key(d, key), Resolved::Unknown, "{key}");
    }
    // Northamptonshire was abolished in 2021; with inspections of its own it is a council of
    // its own (not current); known only by name, it is a former council.
    for key in [NORTHAMPTONSHIRE, "northamptonshire"] {
        assert!(
            matches!(resolve_key(d, key), Resolved::Council(c) if c.name == "Northamptonshire" && !c.current),
            "{key}"
        );
        let by_name = northamptonshire_by_name_only();
        assert!(
            matches!(resolve_key(by_name, key), Resolved::Former(f) if f.name == "Northamptonshire"),
            "{key}"
        );
    }
}

#[test]
fn a_clean_list_is_kept_in_order() {
    let sel = resolve(&["E08000035", "leicester"]);
    assert_eq!(sel.codes, strings(&[LEEDS, LEICESTER]));
    assert!(sel.dropped.is_empty() && sel.replaced.is_empty(), "nothing dropped or replaced");
    assert!(selection_notes(data(), &sel).is_empty());
    assert_eq!(sel.route(false).to_url(), "/compare?la=E08000035~E06000016");
}

#[test]
fn unknown_entries_and_repeats_are_dropped_with_a_reason() {
    // Leeds by code and by slug is the same council; "LEICESTER" repeats "leicester".
    let sel = resolve(&["leeds", "xyz", "E08000035", "leicester", "LEICESTER", "e08000035"]);
    assert_eq!(sel.codes, strings(&[LEEDS, LEICESTER]));
    assert_eq!(
        sel.dropped,
        vec![
            dropped("xyz", DropReason::Unknown, None),
            dropped("E08000035", DropReason::Duplicate, Some(LEEDS)),
            dropped("LEICESTER", DropReason::Duplicate, Some(LEICESTER)),
            dropped("e08000035", DropReason::Duplicate, Some(LEEDS)),
        ]
    );
    assert_eq!(
        selection_notes(data(), &sel),
        vec![
            "“xyz” is not a council we know, so it was left out.",
            "Leeds was listed more than once, so the repeat was left out.",
            "Leicester was listed more than once, so the repeat was left out.",
        ]
    );
    assert_eq!(sel.route(false).to_url(), "/compare?la=E08000035~E06000016");
}

#[test]
fn more_than_eight_are_cut_to_the_first_eight() {
    let keys = [&SEVEN[..], &["sheffield", "barnsley", "rotherham", "nowhere", "leeds", "barnsley"]].concat();
    let sel = resolve(&keys);
    assert_eq!(sel.codes.len(), MAX_COMPARE);
    assert_eq!(sel.codes[0], LEEDS);
    let reasons: Vec<(&str, DropReason)> = sel.dropped.iter().map(|d| (d.key.as_str(), d.reason)).collect();
    assert_eq!(
        reasons,
        vec![
            ("barnsley", DropReason::TooMany),
            ("rotherham", DropReason::TooMany),
            ("nowhere", DropReason::Unknown),
            // A repeat is a repeat even when the comparison is full, and also when the
            // council it repeats was itself left out.
            ("leeds", DropReason::Duplicate),
            ("barnsley", DropReason::Duplicate),
        ]
    );
    assert_eq!(
        selection_notes(data(), &sel),
        [
            "“nowhere” is not a council we know, so it was left out.",
            "Leeds was listed more than once, so the repeat was left out.",
            // Barnsley's repeat is not noted: the limit's note names it already.
            "A comparison shows at most 8 councils, so Barnsley and Rotherham were left out.",
        ]
    );
    // The canonical URL names exactly the eight shown.
    let url = sel.route(false).to_url();
    assert_eq!(url.matches('~').count(), MAX_COMPARE - 1);
    let reparsed = selection_of(data(), &Route::parse("/compare", url.split_once('?').unwrap().1));
    assert_eq!(reparsed, Some(Selection { codes: sel.codes.clone(), ..Default::default() }));
}

#[test]
fn notes_quote_long_keys_briefly_and_name_councils() {
    let d = data();
    let long = "a".repeat(100);
    let note = dropped_note(d, &dropped(&long, DropReason::Unknown, None));
    assert_eq!(note, format!("“{}…” is not a council we know, so it was left out.", "a".repeat(40)));
    let note = dropped_note(d, &dropped("E09000005", DropReason::TooMany, Some(BRENT)));
    assert_eq!(note, "A comparison shows at most 8 councils, so Brent was left out.");
}

#[test]
fn a_former_council_is_shown_as_its_successors() {
    let d = northamptonshire_by_name_only();
    let resolve = |keys: &[&str]| Selection::resolve(d, &strings(keys));
    // An abolished council with a journey of its own is compared as itself.
    let own = Selection::resolve(data(), &strings(&[NORTHAMPTONSHIRE]));
    assert_eq!(own.codes, strings(&[NORTHAMPTONSHIRE]));
    let sel = resolve(&[NORTHAMPTONSHIRE, "west-northamptonshire"]);
    assert_eq!(sel.codes, strings(&["E06000061", "E06000062"]));
    // West Northamptonshire came in with Northamptonshire, so naming it again is merged
    // without a note of its own.
    assert_eq!(sel.dropped, vec![dropped("west-northamptonshire", DropReason::Duplicate, Some("E06000062"))]);
    assert_eq!(sel.replaced.len(), 1);
    let notes = selection_notes(data(), &sel);
    assert!(notes.contains(
        &"Northamptonshire was abolished in 2021; the councils that took over its children's services are shown instead: North Northamptonshire and West Northamptonshire."
            .to_string()
    ));
    // Naming the same former council twice is a repeat.
    let sel = resolve(&["northamptonshire", NORTHAMPTONSHIRE]);
    assert_eq!(sel.codes, strings(&["E06000061", "E06000062"]));
    assert_eq!(sel.dropped, vec![dropped(NORTHAMPTONSHIRE, DropReason::Duplicate, None)]);
    assert_eq!(selection_notes(data(), &sel).len(), 2);
}

#[test]
fn embeds_and_other_routes() {
    let d = data();
    let embed = Route::parse("/embed/compare", "la=leeds~york");
    assert_eq!(selection_of(d, &embed).unwrap().codes, strings(&[LEEDS, "E06000014"]));
    assert_eq!(selection_of(d, &Route::Home), None);
}

/// The selection a `/compare` route or a comparison embed names, as the pages resolve it.
fn selection_of(data: &Dataset, route: &Route) -> Option<Selection> {
    match route {
        Route::Compare { councils, .. }
        | Route::Embed { widget: journeys_core::route::EmbedWidget::Compare { councils }, .. } => {
            Some(Selection::resolve(data, councils))
        }
        _ => None,
    }
}

#[test]
fn adding_and_removing_councils() {
    let d = data();
    let two = strings(&[LEEDS, LEICESTER]);
    assert_eq!(add(d, &two, "calderdale"), Ok(strings(&[LEEDS, LEICESTER, CALDERDALE])));
    // Adding one already there, by code or slug in any case, is a no-op.
    assert_eq!(add(d, &two, "Leeds"), Ok(two.clone()));
    assert_eq!(add(d, &two, "e06000016"), Ok(two.clone()));
    assert_eq!(add(d, &two, "xyz"), Err(Refused::Unknown));
    assert_eq!(Refused::Unknown.message("xyz"), "“xyz” is not a council we know.");
    // Adding a former council known only by name adds its successors; one with a journey of
    // its own is added as itself.
    let by_name = northamptonshire_by_name_only();
    assert_eq!(
        add(by_name, &two, NORTHAMPTONSHIRE),
        Ok(strings(&[LEEDS, LEICESTER, "E06000061", "E06000062"]))
    );
    assert_eq!(add(d, &two, NORTHAMPTONSHIRE), Ok(strings(&[LEEDS, LEICESTER, NORTHAMPTONSHIRE])));
    let full = resolve(&[&SEVEN[..], &["kingston-upon-hull"]].concat()).codes;
    assert_eq!(full.len(), 8);
    assert_eq!(add(d, &full, "sheffield"), Err(Refused::Full));
    assert_eq!(
        Refused::Full.message("sheffield"),
        "A comparison shows at most 8 councils. Remove one to add another."
    );
    // A council already in a full comparison is still a no-op, not a refusal.
    assert_eq!(add(d, &full, "york"), Ok(full.clone()));
    // Seven plus a former council with two successors would be nine: refused whole.
    assert_eq!(add(by_name, &full[..7], "northamptonshire"), Err(Refused::Full));
    assert_eq!(remove(&two, LEEDS), strings(&[LEICESTER]));
    assert_eq!(remove(&two, "e06000016"), strings(&[LEEDS]));
    assert_eq!(remove(&two, "E09000005"), two);
}

/// What a preset shows: its title, how many councils the group has, the names of those a
/// comparison shows (the first of the group) and the note saying what was left out.
#[track_caller]
pub fn check_preset(d: &Dataset, p: &Preset, title: &str, count: usize, shown: &[&str], note: Option<&str>) {
    assert_eq!(p.title, title);
    assert_eq!(p.all.len(), count, "{title}");
    let names: Vec<&str> = p.codes.iter().map(|c| d.council(c).unwrap().name.as_str()).collect();
    assert_eq!(names, shown, "{title}");
    assert_eq!(p.codes, p.all[..p.codes.len()].to_vec(), "{title}: the first of the group");
    assert_eq!(p.note.as_deref(), note, "{title}");
    assert_eq!(p.route().to_url(), format!("/compare?la={}", p.codes.join("~")));
}

/// The councils judged Inadequate at their first SIF inspection: those of `belongs` are in
/// the group and those of `not` are not; every current council is in it exactly when its
/// first SIF inspection was Inadequate.
#[track_caller]
pub fn check_first_sif_members(d: &Dataset, p: &Preset, belongs: &[&str], not: &[&str]) {
    let name = |code: &str| d.council(code).unwrap().name.clone();
    for code in belongs {
        assert!(p.all.iter().any(|c| c == code), "{} belongs", name(code));
    }
    for code in not {
        assert!(!p.all.iter().any(|c| c == code), "{} does not belong", name(code));
    }
    for c in d.councils.iter().filter(|c| c.current) {
        let inadequate =
            first_sif(d, c).and_then(|i| i.grade(Area::OverallEffectiveness)) == Some(Grade::Inadequate);
        assert_eq!(p.all.contains(&c.code), inadequate, "{}", c.name);
    }
}

#[test]
fn statistical_neighbours_preset() {
    let d = data();
    let p = statistical_neighbours(d, "leeds").unwrap();
    // The council first, then its ten neighbours in the lookup's order (Sheffield first).
    check_preset(
        d,
        &p,
        "Leeds and its statistical neighbours",
        11,
        &["Leeds", "Sheffield", "Bradford", "Kirklees", "Wakefield", "Calderdale", "York", "Barnsley"],
        Some(
            "Leeds has 10 statistical neighbours; a comparison shows at most 8 councils, so it shows Leeds with the first 7 in its list. Left out: Rotherham; Brent; and Bournemouth, Christchurch and Poole.",
        ),
    );
    let leeds = d.council(LEEDS).unwrap();
    assert_eq!(p.all[0], LEEDS);
    assert_eq!(&p.all[1..], &leeds.neighbours[..]);
    assert!(statistical_neighbours(d, "nowhere").is_none());
    // A group that fits says nothing more.
    let bradford = statistical_neighbours(d, "bradford").unwrap();
    assert_eq!((bradford.all.len(), bradford.codes.len(), bradford.note), (8, 8, None));
}

#[test]
fn region_preset() {
    let d = data();
    let yorkshire = region(d, "Yorkshire and the Humber").unwrap();
    check_preset(
        d,
        &yorkshire,
        "Councils in Yorkshire and the Humber",
        11,
        &["Barnsley", "Bradford", "Calderdale", "Doncaster", "Kingston upon Hull", "Kirklees", "Leeds", "Rotherham"],
        Some("Yorkshire and the Humber has 11 councils; a comparison shows at most 8, so these are the first 8 in alphabetical order. Remove some to add others."),
    );
    // By slug or region code, in any case.
    assert_eq!(region(d, "yorkshire-and-the-humber").unwrap(), yorkshire);
    assert_eq!(region(d, "yh").unwrap(), yorkshire);
    // A region that fits: London's two councils, A to Z, with no note.
    let london = region(d, "GL").unwrap();
    assert_eq!(london, region(d, "London").unwrap());
    check_preset(d, &london, "Councils in London", 2, &["Brent", "City of London"], None);
    assert!(region(d, "Atlantis").is_none());
    assert!(region(d, "").is_none());
}

#[test]
fn inadequate_at_first_sif_preset() {
    let d = data();
    let p = inadequate_at_first_sif(d);
    // Capped to the eight inspected earliest (Kirklees and York on the same day, by name):
    // Sheffield first; Leicester is ninth.
    check_preset(
        d,
        &p,
        "Councils judged Inadequate at their first SIF inspection",
        9,
        &["Sheffield", "Slough", "Barnsley", "Rotherham", "Kirklees", "York", "Doncaster", "Surrey"],
        Some("9 councils were judged Inadequate at their first inspection under the single inspection framework (2013 to 2018); a comparison shows at most 8, so these are the 8 inspected earliest."),
    );
    assert_eq!(p.all[8], LEICESTER);
    // Leeds (Good) and Calderdale (Requires improvement) were not Inadequate at their first
    // SIF inspection; Wakefield was only at its second; Surrey and Leicester were.
    check_first_sif_members(d, &p, &[LEICESTER, "E10000030"], &[LEEDS, CALDERDALE, "E08000036"]);
    // Councils created after 2018 had no SIF inspection of their own.
    assert!(first_sif(d, d.council("E06000062").unwrap()).is_none());
}

#[test]
fn framework_caveat_appears_only_across_scales() {
    let d = without_four_point_inspections();
    // Leicester and Calderdale without their 2009-13 inspections: SIF and ILACS only, one scale.
    assert_eq!(framework_caveat(d, &strings(&[LEICESTER, CALDERDALE])), None);
    // With them, two scales.
    assert!(framework_caveat(data(), &strings(&[LEICESTER, CALDERDALE])).is_some());
    assert_eq!(framework_caveat(d, &[]), None);
    // Leeds alone spans the 2009 inspection (Adequate) and SIF/ILACS (Requires improvement).
    let leeds = framework_caveat(d, &strings(&[LEEDS])).unwrap();
    assert!(leeds.text.contains("Adequate") && leeds.text.contains("Requires improvement"), "{leeds:?}");
    assert!(!leeds.text.contains("2026"), "{leeds:?}");
    assert!(leeds.adequate_and_requires_improvement && !leeds.no_overall_grade, "{leeds:?}");
    // Brent was inspected in April 2026, which gives no overall grade.
    let brent = framework_caveat(d, &strings(&[CALDERDALE, BRENT])).unwrap();
    assert!(brent.text.contains("April 2026") && !brent.text.contains("Adequate"), "{brent:?}");
    assert!(!brent.adequate_and_requires_improvement && brent.no_overall_grade, "{brent:?}");
    let both = framework_caveat(d, &strings(&[LEEDS, BRENT])).unwrap();
    assert!(both.text.contains("Adequate") && both.text.contains("April 2026"), "{both:?}");
    assert!(both.adequate_and_requires_improvement && both.no_overall_grade, "{both:?}");
}

#[test]
fn small_multiples_share_one_time_axis() {
    let d = data();
    let codes = strings(&[LEEDS, LEICESTER, BRENT]);
    let (start, end) = domain(shared_from(d, &codes), shared_until(d, &codes));
    assert_eq!((start.to_string(), end.to_string()), ("2009-01-01".to_string(), "2027-01-01".to_string()));
    assert_eq!(shared_until(d, &codes), d.release);
    let charts = small_multiples(d, &codes, 360.0);
    let names: Vec<&str> = charts.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Leeds", "Leicester", "Brent"]);
    // The same year sits at the same x in every chart.
    for m in &charts[1..] {
        assert_eq!(m.chart.ticks, charts[0].chart.ticks);
        assert_eq!((m.chart.x0, m.chart.x1), (charts[0].chart.x0, charts[0].chart.x1));
    }
    // Leeds and Leicester were both inspected in January 2015: their marks line up.
    let x_2015 = |k: usize| charts[k].chart.marks.iter().find(|m| m.year == "2015").unwrap().x;
    assert!((x_2015(0) - x_2015(1)).abs() < 1.0);
    assert_eq!(charts[0].current.as_ref().map(|c| c.0), Some(Grade::Outstanding));
    assert_eq!(charts[1].current.as_ref().map(|c| c.0), Some(Grade::RequiresImprovement));
    assert!(charts[0].summary.starts_with("Leeds was judged Inadequate in 2009"), "{}", charts[0].summary);
    assert!(charts[2].summary.contains("2026 framework"), "{}", charts[2].summary);
    // Brent's label: Good (February 2023), inspected again in April 2026 with no overall grade.
    assert_eq!(charts[2].current, Some((Grade::Good, "February 2023".to_string())));
    assert_eq!(charts[2].inspected_since.as_deref(), Some("April 2026"));
    assert_eq!(charts[0].inspected_since, None);
    // Each chart carries its table alternative.
    assert_eq!(charts[0].inspections.len(), charts[0].chart.marks.len());
    assert_eq!(charts[0].inspections[0].year, 2009);
    // Unknown codes are skipped.
    assert_eq!(small_multiples(d, &strings(&["nope", LEEDS]), 360.0).len(), 1);
}

#[test]
fn names_join_as_a_list() {
    assert_eq!(join_names(&strings(&["Leeds"])), "Leeds");
    assert_eq!(join_names(&strings(&["Leeds", "York"])), "Leeds and York");
    assert_eq!(join_names(&strings(&["Leeds", "York", "Hull"])), "Leeds, York and Hull");
    assert_eq!(
        join_names(&strings(&["Leeds", "Bournemouth, Christchurch and Poole"])),
        "Leeds; and Bournemouth, Christchurch and Poole"
    );
}

/// The heading of the comparison the keys make, after the URL's list is cleaned.
fn check_heading(keys: &[&str], expected: &str) {
    let sel = resolve(keys);
    assert_eq!(group_heading(data(), &sel.codes), expected, "{keys:?}");
}

#[test]
fn the_heading_names_the_group() {
    let d = data();
    // A preset, as its link opens it, and the same councils in another order.
    let bradford = statistical_neighbours(d, "bradford").unwrap();
    let codes: Vec<&str> = bradford.codes.iter().map(String::as_str).collect();
    check_heading(&codes, "Bradford and its statistical neighbours");
    let mut shuffled = codes.clone();
    shuffled.reverse();
    check_heading(&shuffled, "Bradford and its statistical neighbours");
    // A list that happens to be Leeds's neighbour list, though Leeds is not first.
    let leeds = statistical_neighbours(d, "leeds").unwrap();
    let mut codes: Vec<&str> = leeds.codes.iter().map(String::as_str).collect();
    codes.rotate_left(2);
    check_heading(&codes, "Leeds and its statistical neighbours");
    let yorkshire = region(d, "Yorkshire and the Humber").unwrap();
    let codes: Vec<&str> = yorkshire.codes.iter().map(String::as_str).collect();
    check_heading(&codes, "Councils in Yorkshire and the Humber");
    let sif = inadequate_at_first_sif(d);
    let codes: Vec<&str> = sif.codes.iter().map(String::as_str).collect();
    check_heading(&codes, "Councils judged Inadequate at their first SIF inspection");
    // One fewer than a preset is a list made by hand.
    let bradford_less: Vec<&str> = bradford.codes[..7].iter().map(String::as_str).collect();
    check_heading(&bradford_less, "Bradford, Kirklees and 5 others");
    // Lists made by hand.
    check_heading(&[], "Compare councils");
    check_heading(&["nope"], "Compare councils");
    check_heading(&["leeds"], "Leeds");
    check_heading(&["leeds", "leicester"], "Leeds and Leicester");
    check_heading(&["leeds", "nope", "leicester", "leeds"], "Leeds and Leicester");
    check_heading(&["leeds", "leicester", "york"], "Leeds, Leicester and York");
    check_heading(&["leeds", "leicester", "york", "calderdale", "bradford"], "Leeds, Leicester and 3 others");
    check_heading(&["leeds", "leicester", "york", "calderdale"], "Leeds, Leicester and 2 others");
    // A name with a comma: the list is separated by semicolons.
    check_heading(
        &["bournemouth-christchurch-and-poole", "leeds", "york", "calderdale"],
        "Bournemouth, Christchurch and Poole; Leeds; and 2 others",
    );
}

#[test]
fn the_preset_a_comparison_shows_carries_its_note() {
    let d = data();
    let leeds = statistical_neighbours(d, "leeds").unwrap();
    let found = matching_preset(d, &leeds.codes).unwrap();
    assert_eq!(found.title, "Leeds and its statistical neighbours");
    assert!(found.note.as_deref().unwrap().contains("Left out:"), "{:?}", found.note);
    assert_eq!(matching_preset(d, &strings(&[LEEDS])), None, "one council is no group");
    assert_eq!(matching_preset(d, &strings(&[LEEDS, LEICESTER])), None);
}

/// The comparison page works the first-SIF group out once, and the preset its councils match
/// once for each list of them, and passes them in (`matching_preset_with`, `presets_for_with`,
/// `group_heading_with`): the answers are those of the functions that work everything out.
#[test]
fn presets_worked_out_once_give_the_same_answers() {
    let d = data();
    let sif = inadequate_at_first_sif(d);
    let mut lists: Vec<Vec<String>> = vec![
        Vec::new(),
        strings(&[LEEDS]),
        strings(&[LEEDS, LEICESTER]),
        strings(&[LEICESTER, LEEDS, CALDERDALE, SHEFFIELD]),
        sif.codes.clone(),
        region(d, "Yorkshire and the Humber").unwrap().codes,
    ];
    for key in ["leeds", "bradford"] {
        let p = statistical_neighbours(d, key).unwrap();
        let mut reversed = p.codes.clone();
        reversed.reverse();
        lists.extend([p.codes.clone(), reversed, p.codes[..p.codes.len() - 1].to_vec()]);
    }
    let mut matched = 0;
    for codes in &lists {
        let matching = matching_preset_with(d, codes, &sif);
        assert_eq!(matching, matching_preset(d, codes), "{codes:?}");
        assert_eq!(group_heading_with(d, codes, matching.as_ref()), group_heading(d, codes), "{codes:?}");
        assert_eq!(presets_for_with(d, codes, &sif), presets_for(d, codes), "{codes:?}");
        matched += usize::from(matching.is_some());
    }
    assert_eq!(matched, 6, "the two neighbour lists in two orders, the region and the first-SIF group");
}

/// A comparison's summary row: each council's name, its grade in words, the year, any note.
fn check_latest(codes: &[&str], expected: &[(&str, &str, Option<i32>, Option<&str>)]) {
    let got = latest_grades(data(), &strings(codes));
    let got: Vec<(&str, &str, Option<i32>, Option<&str>)> =
        got.iter().map(|g| (g.name.as_str(), g.words.as_str(), g.year, g.note.as_deref())).collect();
    assert_eq!(got, expected, "{codes:?}");
}

#[test]
fn the_summary_row_gives_each_council_its_current_standing() {
    check_latest(
        &[LEEDS, LEICESTER, "E06000002", "E99999999"],
        &[
            ("Leeds", "Outstanding", Some(2025), None),
            ("Leicester", "Requires improvement", Some(2024), None),
            // Middlesbrough: Requires improvement (2023), then a June 2026 inspection under the
            // framework that gives no overall grade.
            (
                "Middlesbrough",
                "Requires improvement",
                Some(2023),
                Some("+ June 2026 inspection, no overall grade"),
            ),
        ],
    );
    let got = latest_grades(data(), &strings(&[LEEDS]));
    assert_eq!(got[0].grade, Some(Grade::Outstanding));
    assert_eq!(got[0].slug, "leeds");
}

#[test]
fn the_page_offers_the_first_councils_groups_then_the_first_sif_group() {
    let d = data();
    let titles = |codes: &[&str]| -> Vec<String> {
        presets_for(d, &strings(codes)).into_iter().map(|p| p.title).collect()
    };
    assert_eq!(
        titles(&[LEEDS, LEICESTER]),
        [
            "Leeds and its statistical neighbours",
            "Councils in Yorkshire and the Humber",
            "Councils judged Inadequate at their first SIF inspection"
        ]
    );
    assert_eq!(titles(&[]), ["Councils judged Inadequate at their first SIF inspection"]);
    assert_eq!(titles(&["E99999999"]), titles(&[]));
}

#[test]
fn the_download_says_whose_inspections_it_holds() {
    let check = |n: usize, whom: &str| {
        assert_eq!(
            download_what(n),
            format!("The inspections of the {whom} in this comparison, one row per judgement area, and their other events")
        )
    };
    check(1, "council");
    check(2, "2 councils");
    check(8, "8 councils");
}

#[test]
fn a_council_added_without_moving_the_span_leaves_the_others_as_they_were() {
    // The benchmark's comparison of seven, and York added to it: the shared span is the same,
    // so the page can keep the seven small multiples it already has.
    let d = data();
    let seven = strings(&[LEEDS, LEICESTER, CALDERDALE, KIRKLEES, "E08000032", "E08000036", "E06000010"]);
    let eight = [seven.clone(), strings(&["E06000014"])].concat();
    let span = journeys_core::compare::shared_span(d, &seven);
    assert_eq!(span, journeys_core::compare::shared_span(d, &eight));
    let each: Vec<_> =
        eight.iter().map(|c| journeys_core::compare::small_multiple(d, c, span, 720.0).unwrap()).collect();
    assert_eq!(each, small_multiples(d, &eight, 720.0));
    assert_eq!(journeys_core::compare::small_multiple(d, "nope", span, 720.0), None);
}
