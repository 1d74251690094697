//! The DfE context figures: values read as published (codes never numbers), the sentences
//! and tables in words, and the small charts on the journey's time axis. On a small made-up
//! council; one test reads the shipped `context.json` for Leeds's known figures.

use chrono::{Datelike, NaiveDate};
use journeys_core::chart::{domain, LEFT, RIGHT};
use journeys_core::indicators::chart::{indicator_chart, Who};
use journeys_core::indicators::words::{chart_summary, grouped, latest_sentence, table_rows, value_words};
use journeys_core::indicators::{Area, Code, Context, CouncilContext, Indicator, Value, FORMAT};
use std::collections::BTreeMap;

fn v(s: &str) -> Value {
    Value::parse(s).unwrap_or_else(|| panic!("{s:?} parses"))
}

fn area(name: &str, caseloads: &[(u16, &str)]) -> Area {
    let mut figures = BTreeMap::new();
    figures.insert(Indicator::CaseloadFte, caseloads.iter().map(|(y, s)| (*y, v(s))).collect());
    Area { name: name.to_string(), figures }
}

fn ctx() -> CouncilContext {
    let mut council = area("Leeds", &[(2017, "16.4"), (2018, "x"), (2019, "15"), (2025, "14.8")]);
    council.figures.insert(Indicator::ChildrenInNeed, vec![(2025, v("5775"))]);
    let mut england = area("England", &[(2017, "17.8"), (2019, "16.9"), (2025, "15.2")]);
    england.figures.insert(Indicator::ChildrenInNeed, vec![(2025, v("402400"))]);
    CouncilContext {
        format: FORMAT,
        code: "E08000035".into(),
        licence: "DfE".into(),
        sources: Vec::new(),
        council,
        region: Some(area("Yorkshire and The Humber", &[(2019, "17"), (2025, "16.5")])),
        england,
        notes: Vec::new(),
    }
}

#[test]
fn values_are_kept_as_published() {
    assert_eq!(v("14.8").tenths(), Some(148));
    assert_eq!(v("7").tenths(), Some(70));
    assert_eq!(v("7").text(), "7");
    for code in Code::ALL {
        let value = v(code.as_str());
        assert_eq!(value, Value::Code(code));
        assert_eq!(value.tenths(), None, "a code is never a number");
        assert_eq!(value.text(), code.as_str());
    }
    for bad in ["", "-1", "1.25", "1.", ".5", "X", "1,000", " 7", "zero"] {
        assert_eq!(Value::parse(bad), None, "{bad:?}");
    }
    // The JSON holds the published text, and refuses anything else.
    assert_eq!(serde_json::to_string(&v("low")).unwrap(), "\"low\"");
    assert_eq!(serde_json::from_str::<Value>("\"14.8\"").unwrap(), v("14.8"));
    assert!(serde_json::from_str::<Value>("\"0.0.1\"").is_err());
}

#[test]
fn the_latest_value_in_words_beside_england_and_the_region() {
    let c = ctx();
    assert_eq!(
        latest_sentence(&c, Indicator::CaseloadFte),
        "In 2025, 14.8 cases per social worker, England 15.2, Yorkshire and The Humber 16.5."
    );
    assert_eq!(
        latest_sentence(&c, Indicator::ChildrenInNeed),
        "In 2025, 5,775 children, England 402,400, Yorkshire and The Humber: no figure."
    );
    assert_eq!(value_words(Indicator::TurnoverRateFte, &v("7")), "7%");
    assert_eq!(
        value_words(Indicator::AgencyRateFte, &v("low")),
        "a small number that rounds to zero (not zero) (low)"
    );
    assert_eq!(value_words(Indicator::CaseloadFte, &v("x")), "not available (x)");
    assert_eq!(grouped("402400"), "402,400");
    assert_eq!(grouped("14.8"), "14.8");
}

#[test]
fn the_summary_and_table_say_codes_in_words() {
    let c = ctx();
    let s = chart_summary(&c, Indicator::CaseloadFte);
    assert!(s.starts_with("Caseloads in Leeds, 2017 to 2025."), "{s}");
    assert!(
        s.contains(
            "Lowest 14.8 cases per social worker in 2025, highest 16.4 cases per social worker in 2017."
        ),
        "{s}"
    );
    assert!(s.contains("No number published for 2018: not available (x)."), "{s}");
    let rows = table_rows(&c, Indicator::CaseloadFte);
    let years: Vec<u16> = rows.iter().map(|r| r.year).collect();
    assert_eq!(years, [2025, 2019, 2018, 2017], "newest first, the council's years only");
    assert_eq!(rows[2].council, "not available (x)");
    assert_eq!(rows[2].england, "no figure");
    assert_eq!(
        (rows[0].council.as_str(), rows[0].region.as_str(), rows[0].england.as_str()),
        ("14.8", "16.5", "15.2")
    );
    // A percentage keeps its sign in the table.
    let mut c = ctx();
    c.council.figures.insert(Indicator::AgencyRateFte, vec![(2025, v("2.1"))]);
    assert_eq!(table_rows(&c, Indicator::AgencyRateFte)[0].council, "2.1%");
}

#[test]
fn the_chart_shares_the_journeys_time_axis() {
    let c = ctx();
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let span = (d(2009, 11, 23), d(2026, 8, 22));
    let chart = indicator_chart(&c, Indicator::CaseloadFte, span, 720.0);
    assert_eq!((chart.x0, chart.x1), (LEFT, 720.0 - RIGHT));
    let (start, end) = domain(span.0, span.1);
    assert_eq!(chart.ticks.len() as i32, end.year() - start.year());
    // England's line, the region's, then the council's on top.
    let who: Vec<Who> = chart.lines.iter().map(|l| l.who).collect();
    assert_eq!(who, [Who::England, Who::Region, Who::Council]);
    let leeds = &chart.lines[2];
    // The 2018 code breaks the line: two pieces, three points.
    assert_eq!(leeds.points.len(), 3);
    assert_eq!(leeds.path.matches('M').count(), 2, "{}", leeds.path);
    // A workforce figure sits at 30 September of its year, on the same x as the journey's.
    let x_of = |day: NaiveDate| {
        chart.x0 + (chart.x1 - chart.x0) * ((day - start).num_days() as f64 / (end - start).num_days() as f64)
    };
    assert!((leeds.points[0].x - x_of(d(2017, 9, 30))).abs() < 1e-9);
    // Higher values are higher up, and all within the plot.
    let y = |year| leeds.points.iter().find(|p| p.year == year).unwrap().y;
    assert!(y(2017) < y(2025));
    for l in &chart.lines {
        for p in &l.points {
            assert!(p.y >= chart.y_top - 1e-9 && p.y <= chart.y_bottom + 1e-9 && p.x <= chart.x1, "{p:?}");
        }
    }
    // The scale reaches the highest value (England's 17.8) with a round top.
    let top = chart.y_ticks.last().unwrap();
    assert_eq!(top.label, "20");
    assert!((top.y - chart.y_top).abs() < 1e-9);
}

#[test]
fn a_count_is_charted_without_england_and_years_before_the_axis_are_left_out() {
    let c = ctx();
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let chart = indicator_chart(&c, Indicator::ChildrenInNeed, (d(2009, 1, 1), d(2026, 1, 1)), 343.0);
    assert_eq!(chart.lines.len(), 1);
    assert_eq!(chart.lines[0].who, Who::Council);
    let late = indicator_chart(&c, Indicator::CaseloadFte, (d(2019, 1, 1), d(2026, 1, 1)), 343.0);
    let leeds = late.lines.iter().find(|l| l.who == Who::Council).unwrap();
    let years: Vec<u16> = leeds.points.iter().map(|p| p.year).collect();
    assert_eq!(years, [2019, 2025]);
}

#[test]
fn leeds_known_figures_in_the_shipped_context() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/data/context.json");
    let all: Context = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let leeds = all.council("E08000035", "Leeds").unwrap();
    assert_eq!(
        latest_sentence(&leeds, Indicator::CaseloadFte),
        format!(
            "In 2025, 14.8 cases per social worker, England 15.2, Yorkshire and The Humber {}.",
            leeds.region.as_ref().unwrap().value(Indicator::CaseloadFte, 2025).unwrap().text()
        )
    );
    assert!(latest_sentence(&leeds, Indicator::AgencyRateFte).starts_with("In 2025, 2.1%, England 13%"));
    assert!(latest_sentence(&leeds, Indicator::TurnoverRateFte).starts_with("In 2025, 7%, England 11.8%"));
}

#[test]
fn the_csv_has_every_value_as_published_with_codes_in_words() {
    let csv = journeys_core::indicators::csv::context_csv(&ctx());
    let mut reader = ::csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        journeys_core::indicators::csv::CONTEXT_HEADER
    );
    let rows: Vec<Vec<String>> =
        reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
    // Leeds's four caseload years, England's three of them, the region's two; one count of each.
    let count = |area: &str, ind: &str| rows.iter().filter(|r| r[2] == area && r[3] == ind).count();
    assert_eq!(count("Leeds", "caseload_fte"), 4);
    assert_eq!(count("England", "caseload_fte"), 3);
    assert_eq!(count("Yorkshire and The Humber", "caseload_fte"), 2);
    assert_eq!(count("England", "children_in_need_at_31_march"), 1);
    let x = rows.iter().find(|r| r[2] == "Leeds" && r[4] == "2018").unwrap();
    assert_eq!((x[5].as_str(), x[6].as_str(), x[7].as_str()), ("2018-09-30", "x", "not available"));
    let n = rows.iter().find(|r| r[3] == "children_in_need_at_31_march" && r[2] == "Leeds").unwrap();
    assert_eq!((n[5].as_str(), n[6].as_str(), n[7].as_str()), ("2025-03-31", "5775", ""));
    assert!(rows.iter().all(|r| r[9].starts_with("DfE")));
}

#[test]
fn the_worksheet_line_gives_the_inspection_years_values() {
    use journeys_core::indicators::words::worksheet_line;
    let c = ctx();
    assert_eq!(
        worksheet_line(&c, Indicator::CaseloadFte, &[2009, 2018, 2019, 2025]).as_deref(),
        Some("Caseloads: 2018 not available (x) (England no figure); 2019 15 (England 16.9); 2025 14.8 (England 15.2).")
    );
    assert_eq!(worksheet_line(&c, Indicator::CaseloadFte, &[2009, 2011]), None);
}

#[test]
fn a_comparison_puts_each_figure_of_the_same_year_side_by_side() {
    use journeys_core::indicators::words::compare_rows;
    let leeds = ctx();
    let mut other = ctx();
    other.council = area("Bradford", &[(2024, "17.1")]);
    let rows = compare_rows(&[&leeds, &other]);
    let caseloads = &rows[0];
    assert_eq!(caseloads.indicator, Indicator::CaseloadFte);
    assert_eq!(caseloads.year, Some(2025));
    assert_eq!(caseloads.councils, ["14.8", "no figure"]);
    assert_eq!(caseloads.england, "15.2");
    let turnover = rows.iter().find(|r| r.indicator == Indicator::TurnoverRateFte).unwrap();
    assert_eq!(
        (turnover.year, turnover.councils.as_slice()),
        (None, &["no figure".to_string(), "no figure".to_string()][..])
    );
}

// ---- The figures by the grade of each council's latest inspection at the time (`/patterns`).

mod by_grade {
    use super::v;
    use crate::common::fixture;
    use journeys_core::indicators::by_grade::{by_grade, csv, sentence, Stat};
    use journeys_core::indicators::{Area, Context, CouncilFigures, Indicator, FORMAT};
    use journeys_core::model::{Framework, Grade};
    use std::collections::BTreeMap;

    const YH: (&str, &str) = ("Yorkshire and The Humber", "E12000003");

    /// Four councils: A Good from 2018 (Inadequate before), B Inadequate from 2019-10 (so
    /// still Good at 30 September 2019), C Good throughout, D never inspected.
    fn data() -> journeys_core::model::Dataset {
        fixture()
            .council("E08000001", "Alpha", YH)
            .graded(Framework::Sif, "2016-05-01", Grade::Inadequate)
            .graded(Framework::Ilacs, "2018-06-01", Grade::Good)
            .council("E08000002", "Beta", YH)
            .graded(Framework::Sif, "2017-01-10", Grade::Good)
            .graded(Framework::Ilacs, "2019-10-15", Grade::Inadequate)
            .council("E08000003", "Gamma", YH)
            .graded(Framework::Sif, "2015-03-01", Grade::Good)
            .council("E08000004", "Delta", YH)
            .build()
    }

    fn context(values: &[(&str, &[(u16, &str)])]) -> Context {
        let councils: BTreeMap<String, CouncilFigures> = values
            .iter()
            .map(|(code, list)| {
                let mut figures = BTreeMap::new();
                figures.insert(Indicator::AgencyRateFte, list.iter().map(|(y, s)| (*y, v(s))).collect());
                (code.to_string(), CouncilFigures { region: YH.1.into(), figures, notes: Vec::new() })
            })
            .collect();
        let england = Area { name: "England".into(), figures: BTreeMap::new() };
        Context {
            format: FORMAT,
            licence: String::new(),
            sources: Vec::new(),
            england,
            regions: BTreeMap::new(),
            councils,
        }
    }

    #[test]
    fn each_council_counts_under_its_grade_on_the_figures_date() {
        let d = data();
        let ctx = context(&[
            ("E08000001", &[(2017, "30"), (2019, "10.5")]),
            ("E08000002", &[(2017, "20"), (2019, "12"), (2020, "40")]),
            ("E08000003", &[(2017, "x"), (2019, "14.4"), (2020, "9")]),
            ("E08000004", &[(2019, "5")]),
        ]);
        let b = by_grade(&d, &ctx);
        let years: Vec<u16> = b.of(Indicator::AgencyRateFte).map(|r| r.year).collect();
        assert_eq!(years, [2017, 2019, 2020]);
        assert!(b.of(Indicator::CaseloadFte).next().is_none(), "no figures, no rows");

        let y2017 = b.of(Indicator::AgencyRateFte).next().expect("2017");
        // 30 September 2017: Alpha Inadequate (2016), Beta Good (Jan 2017), Gamma's value a code.
        let grades: Vec<(Grade, u32)> = y2017.groups.iter().map(|g| (g.grade, g.councils)).collect();
        assert_eq!(grades, [(Grade::Good, 1), (Grade::Inadequate, 1)]);
        assert_eq!((y2017.coded, y2017.not_inspected), (1, 0));
        assert_eq!(y2017.on.to_string(), "2017-09-30");

        // 30 September 2019: Beta's Inadequate comes in October, so all three inspected are
        // Good; Delta has no inspection.
        let y2019 = b.of(Indicator::AgencyRateFte).nth(1).expect("2019");
        assert_eq!(y2019.groups.len(), 1);
        let good = &y2019.groups[0];
        assert_eq!((good.grade, good.councils), (Grade::Good, 3));
        assert_eq!(
            (good.min.text(), good.median.text(), good.max.text()),
            ("10.5".into(), "12".into(), "14.4".into())
        );
        // Odd count: the halves leave the median out, so each quartile is one value.
        assert_eq!((good.q1.text(), good.q3.text()), ("10.5".into(), "14.4".into()));
        assert_eq!(y2019.not_inspected, 1);

        let y2020 = b.latest(Indicator::AgencyRateFte).expect("2020");
        let grades: Vec<(Grade, String)> = y2020.groups.iter().map(|g| (g.grade, g.median.text())).collect();
        assert_eq!(grades, [(Grade::Good, "9".to_string()), (Grade::Inadequate, "40".to_string())]);
        assert_eq!(
            sentence(y2020),
            "In 2020 the median was 9% where the latest inspection then was Good (1 council); Inadequate 40 (1)."
        );
    }

    #[test]
    fn medians_and_quartiles_are_exact() {
        // Four Good councils: 10, 11.1, 12.2, 20 → median (11.1 + 12.2) / 2 = 11.65;
        // quartiles the medians of the halves: 10.55 and 16.1.
        let d = fixture()
            .council("E08000001", "A", YH)
            .graded(Framework::Ilacs, "2018-01-01", Grade::Good)
            .council("E08000002", "B", YH)
            .graded(Framework::Ilacs, "2018-01-01", Grade::Good)
            .council("E08000003", "C", YH)
            .graded(Framework::Ilacs, "2018-01-01", Grade::Good)
            .council("E08000004", "D", YH)
            .graded(Framework::Ilacs, "2018-01-01", Grade::Good)
            .build();
        let ctx = context(&[
            ("E08000001", &[(2019, "20")]),
            ("E08000002", &[(2019, "11.1")]),
            ("E08000003", &[(2019, "10")]),
            ("E08000004", &[(2019, "12.2")]),
        ]);
        let b = by_grade(&d, &ctx);
        let g = &b.latest(Indicator::AgencyRateFte).expect("2019").groups[0];
        assert_eq!(g.councils, 4);
        assert_eq!(g.median.text(), "11.65");
        assert_eq!(g.q1.text(), "10.55");
        assert_eq!(g.q3.text(), "16.1");
        assert_eq!((g.min, g.max), (Stat(200), Stat(400)));
        let text = csv(&b);
        assert_eq!(
            text,
            "indicator,year,grades_on,grade,councils,min,lower_quartile,median,upper_quartile,max\n\
             agency_rate_fte,2019,2019-09-30,Good,4,10,10.55,11.65,16.1,20\n"
        );
    }

    #[test]
    fn looked_after_figures_take_the_grade_on_31_march() {
        let d = fixture()
            .council("E08000001", "A", YH)
            .graded(Framework::Ilacs, "2019-06-01", Grade::Inadequate)
            .build();
        let mut ctx = context(&[]);
        let mut figures = BTreeMap::new();
        figures.insert(Indicator::LookedAfterRate, vec![(2019, v("80")), (2020, v("90"))]);
        ctx.councils
            .insert("E08000001".into(), CouncilFigures { region: YH.1.into(), figures, notes: Vec::new() });
        let b = by_grade(&d, &ctx);
        let rows: Vec<(u16, usize, u32)> =
            b.of(Indicator::LookedAfterRate).map(|r| (r.year, r.groups.len(), r.not_inspected)).collect();
        // 31 March 2019 is before the June inspection: not yet inspected.
        assert_eq!(rows, [(2019, 0, 1), (2020, 1, 0)]);
        assert_eq!(b.of(Indicator::ChildrenInNeed).count(), 0, "a count is not compared across councils");
    }

    #[test]
    fn the_spread_chart_keeps_every_mark_on_its_scale_and_in_order() {
        use journeys_core::indicators::by_grade::chart::{box_chart, round_scale};
        assert_eq!(round_scale(9.4, 32.7), (0.0, 40.0, 10.0));
        assert_eq!(round_scale(12.0, 14.0), (12.0, 14.0, 0.5));
        let d = data();
        let ctx = context(&[
            ("E08000001", &[(2020, "10.5")]),
            ("E08000002", &[(2020, "40")]),
            ("E08000003", &[(2020, "9")]),
        ]);
        let b = by_grade(&d, &ctx);
        let r = b.latest(Indicator::AgencyRateFte).expect("2020");
        for width in [343.0, 960.0] {
            let c = box_chart(r, width);
            let grades: Vec<Grade> = c.rows.iter().map(|row| row.grade).collect();
            assert_eq!(grades, [Grade::Good, Grade::Inadequate], "best grade first");
            for row in &c.rows {
                assert!(c.x0 <= row.min && row.min <= row.q1 && row.q1 <= row.median, "{row:?}");
                assert!(row.median <= row.q3 && row.q3 <= row.max && row.max <= c.x1, "{row:?}");
            }
            assert!(c.value_x + 20.0 <= c.width, "the median's text fits");
            let first = c.ticks.first().expect("ticks");
            let last = c.ticks.last().expect("ticks");
            assert_eq!((first.at, last.at), (c.x0, c.x1), "the scale spans the plot");
            assert_eq!((first.label.as_str(), last.label.as_str()), ("0", "40"));
        }
        assert_eq!(box_chart(r, 960.0).rows[0].label, "Good (2)");
    }
}
