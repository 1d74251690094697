//! What reports said must improve, on a small fixture: the word-start theme rule, what an
//! inspection's row shows (its points, "nothing listed", not in the data, nothing at all for
//! a framework without such lists), a council's slice, and the theme matrix.

use crate::common::{day, fixture, YORKSHIRE};
use journeys_core::improvements::{
    attach, theme_matrix, themes_of, Improvement, Improvements, Listed, ReportKey, Theme,
};
use journeys_core::journey::{inspection_rows, inspections};
use journeys_core::model::{Framework, Grade};

fn theme(key: &str, phrases: &[&str]) -> Theme {
    Theme {
        key: key.into(),
        label: format!("Theme {key}"),
        phrases: phrases.iter().map(|p| p.to_string()).collect(),
    }
}

fn point(
    council: &str,
    framework: Framework,
    published: &str,
    item: u32,
    text: &str,
    themes: &[&str],
) -> Improvement {
    Improvement {
        council: council.into(),
        framework,
        published: day(published),
        item,
        text: text.into(),
        page: 2,
        themes: themes.iter().map(|t| t.to_string()).collect(),
    }
}

#[test]
fn a_phrase_counts_where_it_starts_a_word() {
    let rules = [theme("plans", &["plan"]), theme("education", &["pep"]), theme("front", &["front door"])];
    let check = |text: &str, expected: &[&str]| assert_eq!(themes_of(text, &rules), expected, "{text}");
    check("Pathway planning.", &["plans"]);
    check("Improve PEPs.", &["education"]);
    check("One step at a time; explanation.", &[]);
    check("At the Front Door, plans.", &["plans", "front"]);
    check("", &[]);
    check("Ünïcode plän — plan", &["plans"]);
}

fn data() -> (journeys_core::model::Dataset, Improvements) {
    let d = fixture()
        .council("E0800001", "Anytown", YORKSHIRE)
        .graded(Framework::Slac, "2010-01-01", Grade::Adequate)
        .graded(Framework::Sif, "2015-01-01", Grade::RequiresImprovement)
        .graded(Framework::Ilacs, "2019-01-01", Grade::Good)
        .graded(Framework::Ilacs, "2023-01-01", Grade::Outstanding)
        .graded(Framework::Ilacs, "2025-01-01", Grade::Outstanding)
        .council("E0800002", "Othertown", YORKSHIRE)
        .graded(Framework::Ilacs, "2020-01-01", Grade::Good)
        .build();
    let list = Improvements {
        themes: vec![theme("plans", &[]), theme("care", &[]), theme("unused", &[])],
        points: vec![
            point("E0800001", Framework::Sif, "2015-01-01", 1, "Plans.", &["plans"]),
            point("E0800001", Framework::Sif, "2015-01-01", 2, "Plans and care.", &["plans", "care"]),
            point("E0800001", Framework::Ilacs, "2019-01-01", 1, "Care again.", &["care"]),
            point("E0800002", Framework::Ilacs, "2020-01-01", 1, "Other.", &["plans"]),
        ],
        nothing_listed: vec![ReportKey {
            council: "E0800001".into(),
            framework: Framework::Ilacs,
            published: day("2023-01-01"),
        }],
    };
    (d, list)
}

#[test]
fn each_row_shows_what_its_report_listed() {
    let (d, list) = data();
    let c = d.council("E0800001").unwrap();
    let ins = inspections(&d, c);
    let mut rows = inspection_rows(&d, c);
    attach(&mut rows, &ins, &list);
    let shown: Vec<Option<String>> = rows
        .iter()
        .map(|r| {
            r.listed.as_ref().map(|l| match l {
                Listed::Points(p) => p.iter().map(|p| p.item.to_string()).collect::<Vec<_>>().join(","),
                Listed::Nothing => "nothing".into(),
                Listed::NotInData => "not in data".into(),
            })
        })
        .collect();
    // SLAC has no such list; SIF 2015 two points; ILACS 2019 one; 2023 listed nothing; 2025
    // not read.
    assert_eq!(
        shown,
        [None, Some("1,2".into()), Some("1".into()), Some("nothing".into()), Some("not in data".into())]
    );
}

#[test]
fn a_councils_slice_holds_only_its_points() {
    let (_, list) = data();
    let slice = list.for_councils(&["E0800002"]);
    assert_eq!(slice.points.len(), 1);
    assert!(slice.nothing_listed.is_empty());
    assert!(slice.themes.iter().all(|t| t.phrases.is_empty()), "the rules stay with the builder");
    assert_eq!(slice.label("care"), "Theme care");
    assert_eq!(slice.label("nope"), "nope");
}

#[test]
fn the_theme_matrix_follows_a_theme_through_the_reports() {
    let (d, list) = data();
    let ins = inspections(&d, d.council("E0800001").unwrap());
    let m = theme_matrix(&ins, &list);
    assert_eq!(m.columns, ["2015 SIF", "2019 ILACS", "2023 ILACS", "2025 ILACS"]);
    assert_eq!(
        m.rows,
        [
            ("Theme plans".to_string(), vec![Some(2), Some(0), Some(0), None]),
            ("Theme care".to_string(), vec![Some(1), Some(1), Some(0), None]),
        ],
        "a theme no report names is left out"
    );
}

#[test]
fn a_sentence_a_report_from_its_themes() {
    let (d, list) = data();
    let ins = inspections(&d, d.council("E0800001").unwrap());
    assert_eq!(
        journeys_core::improvements::asked_sentences("Anytown", &ins, &list),
        [
            "In 2015 inspectors asked Anytown to improve 2 things, about theme plans and theme care.",
            "In 2019 inspectors asked Anytown to improve 1 thing, about theme care; theme care had been named in 2015 too.",
            "In 2023 the report listed nothing for Anytown to improve.",
        ]
    );
}

#[test]
fn theme_trends_count_reports_not_points() {
    let (_, list) = data();
    let t = journeys_core::improvements::theme_trends(&list);
    assert_eq!(t.themes, ["Theme plans", "Theme care", "Theme unused"]);
    let rows: Vec<(i32, &str, usize, Vec<usize>)> =
        t.rows.iter().map(|r| (r.year, r.framework.code(), r.reports, r.naming.clone())).collect();
    // 2015: one report, two points both "plans" (counted once) and one "care".
    assert_eq!(
        rows,
        [
            (2015, "SIF", 1, vec![1, 1, 0]),
            (2019, "ILACS", 1, vec![0, 1, 0]),
            (2020, "ILACS", 1, vec![1, 0, 0])
        ]
    );
    assert_eq!(
        journeys_core::improvements::trends_sentence(&t, &t.rows[0]),
        "In the 1 SIF report published in 2015, the themes named most often were theme plans (in 1) and theme care (1)."
    );
    let csv = journeys_core::improvements::trends_csv(&t);
    assert!(csv.starts_with(
        "\u{feff}year,framework,theme,reports_naming_it,reports\r\n2015,SIF,Theme plans,1,1\r\n"
    ));
}

#[test]
fn the_findings_search_looks_through_each_councils_latest_report() {
    let (d, list) = data();
    let latest = journeys_core::improvements::latest_reports(&d, &list);
    // Anytown's latest report with points is 2019's (2023 listed nothing, 2025 was not read).
    let items: Vec<(&str, &str)> =
        latest.points.iter().map(|p| (p.council.as_str(), p.text.as_str())).collect();
    assert_eq!(items, [("E0800001", "Care again."), ("E0800002", "Other.")]);
    let found = |theme: Option<&str>, phrase: Option<&str>| -> Vec<&str> {
        journeys_core::improvements::find(&list, theme, phrase).iter().map(|(c, _)| *c).collect()
    };
    assert_eq!(found(Some("care"), None), ["E0800001"]);
    assert_eq!(found(Some("plans"), None), ["E0800001", "E0800002"]);
    assert_eq!(found(None, Some("PLANS AND")), ["E0800001"]);
    assert_eq!(found(Some("care"), Some("again")), ["E0800001"]);
    assert_eq!(found(Some("care"), Some("other")), Vec::<&str>::new());
    let anytown = journeys_core::improvements::find(&list, Some("plans"), None);
    assert_eq!(anytown[0].1.len(), 2, "both of its points that name the theme");
}

#[test]
fn a_worksheet_or_a_slide_shows_the_first_points_and_how_many_more() {
    let (d, list) = data();
    let c = d.council("E0800001").unwrap();
    let ins = inspections(&d, c);
    let mut rows = inspection_rows(&d, c);
    attach(&mut rows, &ins, &list);
    let firsts: Vec<Option<(Vec<u32>, usize)>> = rows
        .iter()
        .map(|r| {
            r.listed
                .as_ref()
                .and_then(|l| l.first(1))
                .map(|(p, more)| (p.iter().map(|p| p.item).collect(), more))
        })
        .collect();
    // SLAC: no list; SIF 2015: the first of two; ILACS 2019: its only one; 2023 listed nothing
    // and 2025 was not read, so neither has points to show.
    assert_eq!(firsts, [None, Some((vec![1], 1)), Some((vec![1], 0)), None, None]);
    let (shown, more) = rows[1].listed.as_ref().unwrap().first(3).unwrap();
    assert_eq!((shown.len(), more), (2, 0), "fewer points than room: all, and none more");
    assert_eq!(journeys_core::improvements::and_more(12).as_deref(), Some("and 12 more"));
    assert_eq!(journeys_core::improvements::and_more(0), None);
}

/// Anytown's one report of 2020 with these points (each a list of theme keys).
fn one_report(points: &[&[&str]], themes: &[(&str, &str)]) -> (journeys_core::model::Dataset, Improvements) {
    let d = fixture()
        .council("E0800001", "Anytown", YORKSHIRE)
        .graded(Framework::Ilacs, "2020-01-01", Grade::Good)
        .build();
    let list = Improvements {
        themes: themes
            .iter()
            .map(|(key, label)| Theme { key: key.to_string(), label: label.to_string(), phrases: vec![] })
            .collect(),
        points: points
            .iter()
            .enumerate()
            .map(|(k, t)| point("E0800001", Framework::Ilacs, "2020-01-01", k as u32 + 1, "Text.", t))
            .collect(),
        nothing_listed: vec![],
    };
    (d, list)
}

#[test]
fn the_story_names_a_reports_main_themes_only() {
    let themes = [("a", "Apples"), ("b", "Plans and records"), ("c", "Care"), ("d", "Dogs")];
    let check = |points: &[&[&str]], expected: &str| {
        let (d, list) = one_report(points, &themes);
        let ins = inspections(&d, d.council("E0800001").unwrap());
        assert_eq!(
            journeys_core::improvements::story_sentences("Anytown", &ins, &list),
            [expected],
            "{points:?}"
        );
    };
    // Two themes or fewer: both named, parted by a comma where a name holds "and".
    check(&[&["a"], &["c"]], "In 2020 inspectors asked Anytown to improve 2 things, about apples and care.");
    check(
        &[&["a", "b"]],
        "In 2020 inspectors asked Anytown to improve 1 thing, about apples, and plans and records.",
    );
    // More: the two named most often (by count, then theme order), never one named only once.
    check(
        &[&["c"], &["c"], &["a", "b", "c"], &["a"], &["d"]],
        "In 2020 inspectors asked Anytown to improve 5 things, most of all about care and apples.",
    );
    check(
        &[&["a", "b", "c"], &["d", "a"]],
        "In 2020 inspectors asked Anytown to improve 2 things, most of all about apples.",
    );
    check(
        &[&["a"], &["b"], &["c"]],
        "In 2020 inspectors asked Anytown to improve 3 things, across 3 themes.",
    );
    check(&[&[]], "In 2020 inspectors asked Anytown to improve 1 thing.");
}

#[test]
fn the_story_follows_a_theme_from_one_report_to_the_next() {
    let (d, list) = data();
    let ins = inspections(&d, d.council("E0800001").unwrap());
    assert_eq!(
        journeys_core::improvements::story_sentences("Anytown", &ins, &list),
        [
            "In 2015 inspectors asked Anytown to improve 2 things, about theme plans and theme care.",
            "In 2019 inspectors asked Anytown to improve 1 thing, about theme care, as in 2015.",
            "In 2023 the report listed nothing for Anytown to improve.",
        ],
        "the SLAC inspection has no list and 2025's was not read: no sentence"
    );
}

#[test]
fn the_story_says_briefly_when_a_report_named_the_same_themes_as_the_one_before() {
    let d = fixture()
        .council("E0800001", "Anytown", YORKSHIRE)
        .graded(Framework::Ilacs, "2019-01-01", Grade::Good)
        .graded(Framework::Ilacs, "2022-01-01", Grade::Good)
        .graded(Framework::Ilacs, "2024-01-01", Grade::Good)
        .graded(Framework::Ilacs, "2026-01-01", Grade::Good)
        .build();
    let list = Improvements {
        themes: vec![theme("plans", &[]), theme("care", &[]), theme("dogs", &[])],
        points: vec![
            point("E0800001", Framework::Ilacs, "2019-01-01", 1, "A.", &["plans", "care"]),
            point("E0800001", Framework::Ilacs, "2022-01-01", 1, "B.", &["care", "plans"]),
            point("E0800001", Framework::Ilacs, "2024-01-01", 1, "C.", &["care"]),
            point("E0800001", Framework::Ilacs, "2026-01-01", 1, "D.", &["care", "dogs"]),
        ],
        nothing_listed: vec![],
    };
    let ins = inspections(&d, d.council("E0800001").unwrap());
    assert_eq!(
        journeys_core::improvements::story_sentences("Anytown", &ins, &list),
        [
            "In 2019 inspectors asked Anytown to improve 1 thing, about theme plans and theme care.",
            "In 2022 inspectors asked Anytown to improve 1 thing, about theme plans and theme care, both named in 2019 too.",
            "In 2024 inspectors asked Anytown to improve 1 thing, about theme care, as in 2022.",
            "In 2026 inspectors asked Anytown to improve 1 thing, about theme care and theme dogs; theme care had been named in 2024 too.",
        ]
    );
}

#[test]
fn symbol_font_bullets_are_printed_as_the_characters_they_draw() {
    use journeys_core::improvements::printed;
    let check = |text: &str, expected: &str| assert_eq!(printed(text), expected, "{text:?}");
    check(
        "by: \u{f02d} improving sharing; \u{f02d} ensuring",
        "by: \u{2212} improving sharing; \u{2212} ensuring",
    );
    check("practice \u{f06e} In line", "practice \u{25a0} In line");
    check("inspection: \u{f0a7} Legal advice", "inspection: \u{25aa} Legal advice");
    check("Children’s plans (PEPs) − and “quotes”.", "Children’s plans (PEPs) − and “quotes”.");
    check("", "");
    // No point of the shipped file keeps a private-use character once printed.
    let shipped: Improvements = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/data/improvements.json"))
            .unwrap(),
    )
    .unwrap();
    let left: Vec<&str> = shipped
        .points
        .iter()
        .filter(|p| p.printed().chars().any(|c| ('\u{e000}'..='\u{f8ff}').contains(&c)))
        .map(|p| p.council.as_str())
        .collect();
    assert_eq!(left, Vec::<&str>::new());
}

/// The national theme chart: recent ILACS (latest two years) against every SIF report.
#[test]
fn the_national_theme_chart_compares_recent_ilacs_reports_with_the_sif_era() {
    use journeys_core::improvements::chart::{periods, themes_chart, themes_chart_sentence};
    use journeys_core::improvements::{ThemeTrends, YearThemes};
    let row = |year, framework, reports, naming: [usize; 3]| YearThemes {
        year,
        framework,
        reports,
        naming: naming.to_vec(),
    };
    let t = ThemeTrends {
        themes: vec!["Care leavers".into(), "Early help".into(), "Child protection".into()],
        rows: vec![
            row(2014, Framework::Sif, 10, [2, 8, 5]),
            row(2015, Framework::Sif, 10, [4, 6, 5]),
            row(2023, Framework::Ilacs, 50, [50, 0, 0]),
            row(2024, Framework::Ilacs, 12, [6, 3, 9]),
            row(2025, Framework::Ilacs, 8, [6, 1, 3]),
        ],
    };
    let (now, then) = periods(&t).expect("both eras");
    // 2023 is left out: only the latest two ILACS years are "now".
    assert_eq!((now.first, now.last, now.reports, now.naming.clone()), (2024, 2025, 20, vec![12, 4, 12]));
    assert_eq!((then.first, then.last, then.reports, then.naming.clone()), (2014, 2015, 20, vec![6, 14, 10]));
    assert_eq!(now.label(), "ILACS reports of 2024\u{2013}2025 (20)");
    for width in [343.0, 960.0] {
        let c = themes_chart(&t, width).expect("a chart");
        let names: Vec<&str> = c.rows.iter().map(|r| r.theme.as_str()).collect();
        // Most named now first; a tie keeps the theme list's order.
        assert_eq!(names, ["Care leavers", "Child protection", "Early help"]);
        let leavers = &c.rows[0];
        assert_eq!(leavers.text, "60% (SIF 30%)");
        assert!((leavers.now_x - (c.x0 + 0.6 * (c.x1 - c.x0))).abs() < 1e-9);
        assert!((leavers.then_x - (c.x0 + 0.3 * (c.x1 - c.x0))).abs() < 1e-9);
        for r in &c.rows {
            let end = r.text_x + journeys_core::chart::text_width(&r.text, 12.0);
            assert!(end <= c.width, "{width}: {} ends at {end}", r.text);
            assert!(r.text_x > r.now_x && r.text_x > r.then_x, "the text clears the bar and the ring");
        }
        assert_eq!(c.ticks.last().map(|t| (t.at, t.label.as_str())), Some((c.x1, "100%")));
    }
    assert_eq!(
        themes_chart_sentence(&t),
        "Of the 20 ILACS reports published in 2024\u{2013}2025, the share naming each theme was highest for care leavers (60%), \
         child protection (60%) and early help (20%). The biggest change since the SIF reports is early help: named in 70% of \
         them, against 20% now."
    );
    assert!(
        themes_chart(&ThemeTrends { themes: t.themes.clone(), rows: t.rows[2..].to_vec() }, 960.0).is_none(),
        "no SIF era, no comparison"
    );
}
