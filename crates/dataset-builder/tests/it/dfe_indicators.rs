//! The DfE's per-council figures: read from the fixture as published (codes kept as codes),
//! every validation rule on a bad fixture (file, line and problem; nothing built), and known
//! facts of the real files.

use crate::common::{check, inputs, with};
use dataset_builder::build;
use dataset_builder::inputs::{Inputs, DFE_CODES, DFE_IN_NEED, DFE_LOOKED_AFTER, DFE_WORKFORCE};
use journeys_core::indicators::{Code, Context, Indicator, Value};
use std::path::Path;

fn context(inputs: &Inputs) -> Context {
    let built = build(inputs).unwrap_or_else(|p| panic!("{p:#?}"));
    serde_json::from_str(&built.context).expect("context.json reads back")
}

/// The published number `s`, as `Area::value` gives it.
fn number(s: &str) -> Option<&'static Value> {
    Some(&*Box::leak(Box::new(Value::Number(s.to_string()))))
}

#[test]
fn the_fixture_figures_are_kept_as_published() {
    let c = context(&inputs());
    let leeds = &c.councils["E08000035"];
    assert_eq!(leeds.region, "E12000003");
    let area = journeys_core::indicators::Area { name: "Leeds".into(), figures: leeds.figures.clone() };
    assert_eq!(area.value(Indicator::CaseloadFte, 2025), number("14.8"));
    assert_eq!(area.value(Indicator::TurnoverRateFte, 2025), number("7"));
    assert_eq!(area.value(Indicator::LookedAfterRate, 2025), number("85"));
    assert_eq!(area.value(Indicator::ChildrenInNeed, 2013), number("5120"));
    // The row under the old code is Leeds's 2017, with the mapping's reason as a note.
    assert_eq!(area.value(Indicator::CaseloadFte, 2017), number("16.4"));
    assert_eq!(leeds.notes, ["Leeds's figures for 2017 are published under an old code (fixture)"]);
    // Bradford's codes are codes, not zero nor a gap; its looked-after rate is suppressed.
    let b = &c.councils["E08000032"].figures;
    assert_eq!(b[&Indicator::TurnoverRateFte], [(2024, Value::Code(Code::X))]);
    assert_eq!(b[&Indicator::AgencyRateFte], [(2024, Value::Code(Code::Low))]);
    assert_eq!(b[&Indicator::VacancyRateFte], [(2024, Value::Code(Code::U))]);
    assert_eq!(b[&Indicator::LookedAfterRate], [(2025, Value::Code(Code::C))]);
    assert_eq!(c.england.value(Indicator::CaseloadFte, 2025), number("15.2"));
    assert_eq!(c.regions["E12000003"].name, "Yorkshire and The Humber");
    // The DfE's files are credited with the figures, not in the dataset's sources.
    assert_eq!(c.sources.len(), 3);
    let built = build(&inputs()).unwrap();
    assert!(built.dataset.sources.iter().all(|s| !s.file.contains("dfe-csc")));
    // The JSON keeps the published text.
    assert!(built.context.contains(r#"[2024,"low"]"#), "{}", built.context);
}

#[test]
fn an_unknown_council_code_is_a_problem() {
    check(
        with(DFE_WORKFORCE, "E08000032,Bradford", "E08000098,Bradford"),
        &[&format!("{DFE_WORKFORCE}:5: unknown council code \"E08000098\"")],
    );
}

#[test]
fn an_unknown_region_code_is_a_problem() {
    check(
        with(
            DFE_WORKFORCE,
            "E12000003,Yorkshire and The Humber,,,,",
            "Y12000003,Yorkshire and The Humber,,,,",
        ),
        &[&format!("{DFE_WORKFORCE}:3: unknown region code \"Y12000003\"")],
    );
}

#[test]
fn a_year_outside_the_files_range_is_a_problem() {
    check(
        with(DFE_WORKFORCE, "2024,Reporting", "2016,Reporting"),
        &[&format!("{DFE_WORKFORCE}:5: year \"2016\" outside 2017 to 2025")],
    );
    check(
        with(DFE_LOOKED_AFTER, "2025,Reporting year,National", "2020,Reporting year,National"),
        &[&format!("{DFE_LOOKED_AFTER}:2: year \"2020\" outside 2021 to 2025")],
    );
}

#[test]
fn a_value_neither_a_number_nor_a_code_is_a_problem() {
    check(
        with(DFE_WORKFORCE, "x,low,u,17.1", "x,low,u,n/a"),
        &[&format!(
            "{DFE_WORKFORCE}:5: caseload_fte \"n/a\" is neither a number nor a published code (x, z, c, u, low)"
        )],
    );
    // Not zero-filled, not rounded: a negative number, two decimals or a blank are refused.
    for bad in ["-7", "7.25", ""] {
        check(
            with(DFE_WORKFORCE, "Leeds,7,", &format!("Leeds,{bad},")),
            &[&format!(
                "{DFE_WORKFORCE}:4: turnover_rate_fte {bad:?} is neither a number nor a published code (x, z, c, u, low)"
            )],
        );
    }
    check(
        with(DFE_IN_NEED, "Children in Need,5120", "Children in Need,X"),
        &[&format!(
            "{DFE_IN_NEED}:3: At31_episodes \"X\" is neither a number nor a published code (x, z, c, u, low)"
        )],
    );
}

#[test]
fn a_second_row_for_the_same_year_is_a_problem() {
    check(
        with(DFE_IN_NEED, "Children in Need,5120\n", "Children in Need,5120\n2013,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,E08000035,Leeds,Children in Need,5121\n"),
        &[&format!("{DFE_IN_NEED}:4: a second At31_episodes for E08000035 in 2013 (first on line 3)")],
    );
}

#[test]
fn an_unknown_population_type_or_level_is_a_problem() {
    check(
        with(DFE_LOOKED_AFTER, "Children starting to be looked after each year", "Children adopted"),
        &[&format!("{DFE_LOOKED_AFTER}:4: unknown population_type \"Children adopted\"")],
    );
    check(
        with(DFE_IN_NEED, "2025,Reporting year,National", "2025,Reporting year,Ward"),
        &[&format!("{DFE_IN_NEED}:2: unknown geographic level \"Ward\"")],
    );
}

#[test]
fn the_code_mappings_are_checked() {
    check(
        with(DFE_CODES, "E08000099,E08000035,", "E08000099,E08000097,"),
        &[&format!("{DFE_CODES}:2: unknown council code E08000097")],
    );
    check(
        with(DFE_CODES, "E08000099,", "E08000096,"),
        &[
            &format!("{DFE_CODES}:2: E08000096 is in no DfE file"),
            &format!("{DFE_WORKFORCE}:6: unknown council code \"E08000099\""),
        ],
    );
}

#[test]
fn a_missing_column_is_a_problem() {
    check(
        with(DFE_WORKFORCE, ",caseload_fte\n", ",caseload\n"),
        &[&format!("{DFE_WORKFORCE}:1: missing column `caseload_fte`")],
    );
}

/// The real files, as the site ships them.
#[test]
fn known_facts_of_the_real_figures() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let c = context(&Inputs::read(&data).unwrap_or_else(|p| panic!("{p:#?}")));
    let leeds = c.council("E08000035", "Leeds").expect("Leeds has figures");
    // Leeds 2025: caseload 14.8, agency rate 2.1, turnover 7 (csww_indicators_2017_to_2025.csv).
    assert_eq!(leeds.council.value(Indicator::CaseloadFte, 2025), number("14.8"));
    assert_eq!(leeds.council.value(Indicator::AgencyRateFte, 2025), number("2.1"));
    assert_eq!(leeds.council.value(Indicator::TurnoverRateFte, 2025), number("7"));
    assert_eq!(leeds.england.value(Indicator::CaseloadFte, 2025), number("15.2"));
    assert_eq!(leeds.region.as_ref().unwrap().name, "Yorkshire and The Humber");
    assert_eq!(leeds.council.figures[&Indicator::CaseloadFte].len(), 9, "2017 to 2025");
    // North Northamptonshire, formed in 2021, has figures from 2021 only (the joint trust's).
    let nn = c.council("E06000061", "North Northamptonshire").unwrap();
    for list in nn.council.figures.values() {
        assert!(list.iter().all(|(y, _)| *y >= 2021), "{list:?}");
    }
    assert_eq!(nn.notes.len(), 1);
    // Codes are kept as codes: each of the five appears somewhere.
    let all: Vec<&Value> = c
        .councils
        .values()
        .flat_map(|f| f.figures.values())
        .chain(c.england.figures.values())
        .flatten()
        .map(|(_, v)| v)
        .collect();
    for code in Code::ALL {
        assert!(all.contains(&&Value::Code(code)), "{code:?} is published somewhere");
    }
    // Barnsley's figures before 2024 come from its old code.
    let barnsley = &c.councils["E08000038"].figures[&Indicator::CaseloadFte];
    assert_eq!(barnsley.first().map(|(y, _)| *y), Some(2017));
}
