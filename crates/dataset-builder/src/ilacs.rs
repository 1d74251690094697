//! The ILACS history (`ofsted_csc_ilacs_history.csv`, corrections applied): one graded ILACS
//! inspection per row from 2018, and the pre-ILACS rows (SIF, 2013 looked-after-children,
//! 2012 and LSCB-only reports) handed on to be matched with the PDF-derived file.

use crate::councils::{title_case, Councils};
use crate::dates::{parse_dmy, parse_iso};
use crate::grades::parse_lower;
use crate::problem::{Origin, Problem};
use crate::record::SourcedInspection;
use crate::table::{Record, Table};
use chrono::NaiveDate;
use journeys_core::model::{Area, Framework, Grade, Inspection, InspectionType, Judgement};

pub const COLUMNS: [&str; 14] = [
    "urn",
    "local_authority",
    "inspection_link",
    "publication_date",
    "inspection_framework",
    "inspector_name",
    "inspection_start_date",
    "inspection_end_date",
    "overall_effectiveness_grade",
    "impact_of_leaders_grade",
    "help_and_protection_grade",
    "in_care_grade",
    "care_leavers_grade",
    "pdf_filename",
];

const GRADE_COLUMNS: [&str; 5] = [
    "overall_effectiveness_grade",
    "impact_of_leaders_grade",
    "help_and_protection_grade",
    "in_care_grade",
    "care_leavers_grade",
];

/// The day ILACS began: no ILACS inspection can start earlier.
pub fn ilacs_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 1, 1).expect("valid date")
}

/// From this day the care leavers judgement is separate from children in care.
pub fn care_leavers_judged_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 1, 1).expect("valid date")
}

/// From this day ILACS gives no overall effectiveness grade.
pub fn reform_2026() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, 1).expect("valid date")
}

/// A history row that is not an ILACS inspection: its judgements are in the PDF-derived
/// file or it is skipped by a rule.
#[derive(Debug, Clone)]
pub struct PreIlacsRow {
    pub urn: String,
    pub published: NaiveDate,
    /// The publication date exactly as written, for matching skip rules.
    pub published_text: String,
    pub url: String,
    pub origin: Origin,
}

#[derive(Debug, Default)]
pub struct History {
    pub inspections: Vec<(String, SourcedInspection)>,
    pub pre_ilacs: Vec<PreIlacsRow>,
}

/// Reads the corrected history. Each ILACS inspection is returned with the URN it is filed
/// under; council attribution happens later.
pub fn read(table: &Table, councils: &mut Councils) -> (History, Vec<Problem>) {
    let mut history = History::default();
    let mut problems = Vec::new();
    for r in table.records() {
        let Some(code) = councils.code_of_urn(r.get("urn")).map(str::to_string) else {
            problems.push(r.problem(format!("urn {} is not a council in the lookup", r.get("urn"))));
            continue;
        };
        councils.add_other_name(&code, &title_case(r.get("local_authority")));
        let Some(published) = parse_dmy(r.get("publication_date")) else {
            problems.push(r.problem(format!("unparseable publication_date {:?}", r.get("publication_date"))));
            continue;
        };
        let url = r.get("inspection_link");
        if url.is_empty() {
            problems.push(r.problem("missing report URL (inspection_link)"));
            continue;
        }
        if is_pre_ilacs(&r) {
            history.pre_ilacs.push(PreIlacsRow {
                urn: r.get("urn").to_string(),
                published,
                published_text: r.get("publication_date").to_string(),
                url: url.to_string(),
                origin: r.origin(),
            });
            continue;
        }
        match ilacs_inspection(&r, &code, published) {
            Ok(i) => history.inspections.push((r.get("urn").to_string(), i)),
            Err(mut p) => problems.append(&mut p),
        }
    }
    (history, problems)
}

/// A row with no framework and no grades (blank or `data_unreadable` in every grade cell).
fn is_pre_ilacs(r: &Record<'_>) -> bool {
    r.get("inspection_framework").is_empty()
        && GRADE_COLUMNS.iter().all(|c| matches!(r.get(c), "" | "data_unreadable"))
}

fn ilacs_inspection(
    r: &Record<'_>,
    code: &str,
    published: NaiveDate,
) -> Result<SourcedInspection, Vec<Problem>> {
    let mut problems = Vec::new();
    let kind = match r.get("inspection_framework") {
        "standard" => Some(InspectionType::Standard),
        "short" => Some(InspectionType::Short),
        // The scraper's label for a standard inspection whose dates span more than 15 days.
        "inspection duration longer than standard framework" => Some(InspectionType::Standard),
        other => {
            problems.push(r.problem(format!("unknown inspection_framework {other:?} for an ILACS row")));
            None
        }
    };
    let date = |col: &str, problems: &mut Vec<Problem>| {
        let d = parse_dmy(r.get(col));
        if d.is_none() {
            problems.push(r.problem(format!("unparseable {col} {:?}", r.get(col))));
        }
        d
    };
    let start = date("inspection_start_date", &mut problems);
    let end = date("inspection_end_date", &mut problems);
    let mut judgements = Vec::new();
    let post_reform = r.get("overall_effectiveness_grade") == "not_reported_post_reform";
    if post_reform {
        judgements.push(Judgement { area: Area::OverallEffectiveness, grade: Grade::NotGraded2026 });
    } else {
        push_grade(
            r,
            "overall_effectiveness_grade",
            Area::OverallEffectiveness,
            &mut judgements,
            &mut problems,
        );
    }
    push_grade(r, "impact_of_leaders_grade", Area::ImpactOfLeaders, &mut judgements, &mut problems);
    push_grade(r, "help_and_protection_grade", Area::HelpAndProtection, &mut judgements, &mut problems);
    push_grade(r, "in_care_grade", Area::ChildrenInCare, &mut judgements, &mut problems);
    let care_leavers_separate = r.get("care_leavers_grade") != "inspection_pre_dates_judgement";
    if care_leavers_separate {
        push_grade(r, "care_leavers_grade", Area::CareLeavers, &mut judgements, &mut problems);
    }
    if let Some(start) = start {
        if start < ilacs_start() {
            problems
                .push(r.problem(format!("ILACS inspection starting {start}, before ILACS began in 2018")));
        }
        if post_reform && start < reform_2026() {
            problems.push(r.problem(format!(
                "no overall grade (post-reform) but the inspection started {start}, before April 2026"
            )));
        }
        if !post_reform && start >= reform_2026() {
            problems.push(r.problem(format!(
                "an overall grade for an inspection starting {start}, after the April 2026 reform"
            )));
        }
        if care_leavers_separate != (start >= care_leavers_judged_from()) {
            problems.push(r.problem(format!(
                "care leavers judged {} for an inspection starting {start} (separate only from 2023)",
                if care_leavers_separate { "separately" } else { "with children in care" }
            )));
        }
    }
    match (problems.is_empty(), kind, start, end) {
        (true, Some(kind), Some(start), Some(end)) => Ok(SourcedInspection {
            inspection: Inspection {
                council: code.to_string(),
                framework: Framework::Ilacs,
                kind,
                start: Some(start),
                end: Some(end),
                published,
                judgements,
                report_url: r.get("inspection_link").to_string(),
                inspector: r.get("inspector_name").to_string(),
                findings: Vec::new(),
                citation: String::new(),
            },
            origin: r.origin(),
        }),
        _ => Err(problems),
    }
}

fn push_grade(
    r: &Record<'_>,
    col: &str,
    area: Area,
    judgements: &mut Vec<Judgement>,
    problems: &mut Vec<Problem>,
) {
    match parse_lower(r.get(col)) {
        Some(grade) => judgements.push(Judgement { area, grade }),
        None => problems.push(r.problem(format!("unknown grade {:?} in {col}", r.get(col)))),
    }
}

/// Reads a skip rule's date as the history writes it, or ISO.
pub fn parse_any_date(s: &str) -> Option<NaiveDate> {
    parse_dmy(s).or_else(|| parse_iso(s))
}
