//! The judgements read from the report PDFs (`ofsted_la_judgements_from_report_pdfs.csv`,
//! corrections applied): SIF inspections and re-inspections 2014-2018, the 2013 inspections
//! of looked after children services, a standalone LSCB review, and two ILACS reports whose
//! grades the history scraped badly (kept to cross-check the corrected history).

use crate::councils::Councils;
use crate::dates::parse_iso;
use crate::grades::parse_title;
use crate::problem::Problem;
use crate::record::SourcedInspection;
use crate::table::{Record, Table};
use journeys_core::model::{Area, Framework, Grade, Inspection, InspectionType, Judgement};

pub const COLUMNS: [&str; 23] = [
    "urn",
    "la_code",
    "ons_code",
    "local_authority",
    "framework",
    "reinspection",
    "inspection_start",
    "inspection_end",
    "publication_date",
    "overall_effectiveness",
    "help_and_protection",
    "looked_after_and_permanence",
    "adoption",
    "care_leavers",
    "leadership_management_governance",
    "lscb",
    "ilacs_impact_of_leaders",
    "ilacs_help_and_protection",
    "ilacs_children_in_care_and_care_leavers",
    "lac_capacity_to_improve",
    "report_url",
    "source_pdf_path",
    "notes",
];

/// The `lscb` value of reports that contain no LSCB review: no judgement, not a grade.
pub const LSCB_NOT_REVIEWED: &str = "Not reviewed in this report";

/// Judgement columns of each framework, in the report's own order. A cell of another
/// framework's column must be blank.
const SIF: [(&str, Area); 7] = [
    ("overall_effectiveness", Area::OverallEffectiveness),
    ("help_and_protection", Area::HelpAndProtection),
    ("looked_after_and_permanence", Area::LookedAfterAndPermanence),
    ("adoption", Area::Adoption),
    ("care_leavers", Area::CareLeavers),
    ("leadership_management_governance", Area::Leadership),
    ("lscb", Area::Lscb),
];
const LAC: [(&str, Area); 3] = [
    ("overall_effectiveness", Area::OverallEffectiveness),
    ("leadership_management_governance", Area::Leadership),
    ("lac_capacity_to_improve", Area::LookedAfterCapacity),
];
const LSCB: [(&str, Area); 1] = [("lscb", Area::Lscb)];
const ILACS: [(&str, Area); 4] = [
    ("overall_effectiveness", Area::OverallEffectiveness),
    ("ilacs_impact_of_leaders", Area::ImpactOfLeaders),
    ("ilacs_help_and_protection", Area::HelpAndProtection),
    ("ilacs_children_in_care_and_care_leavers", Area::ChildrenInCare),
];
/// The grade columns: those of `COLUMNS` from `overall_effectiveness` to
/// `lac_capacity_to_improve`.
fn grade_columns() -> &'static [&'static str] {
    &COLUMNS[9..20]
}

#[derive(Debug, Default)]
pub struct PdfJudgements {
    /// SIF, LAC and LSCB inspections, with the URN they are filed under.
    pub inspections: Vec<(String, SourcedInspection)>,
    /// ILACS rows, used only to cross-check the corrected history.
    pub ilacs: Vec<(String, SourcedInspection)>,
    /// URN and report URL of rows rejected with a problem, so that the history rows they
    /// would have covered are not reported a second time.
    pub rejected: Vec<(String, String)>,
}

pub fn read(table: &Table, councils: &Councils) -> (PdfJudgements, Vec<Problem>) {
    let mut out = PdfJudgements::default();
    let mut problems = Vec::new();
    for r in table.records() {
        match inspection(&r, councils) {
            Ok((framework, i)) => {
                let entry = (r.get("urn").to_string(), i);
                if framework == Framework::Ilacs {
                    out.ilacs.push(entry);
                } else {
                    out.inspections.push(entry);
                }
            }
            Err(mut p) => {
                out.rejected.push((r.get("urn").to_string(), r.get("report_url").to_string()));
                problems.append(&mut p);
            }
        }
    }
    (out, problems)
}

fn inspection(r: &Record<'_>, councils: &Councils) -> Result<(Framework, SourcedInspection), Vec<Problem>> {
    let mut problems = Vec::new();
    let urn = r.get("urn");
    let Some(code) = councils.council_of_row(r, &mut problems) else {
        return Err(problems);
    };
    if councils.by_code.get(code).map(|c| c.la_number.as_str()) != Some(r.get("la_code")) {
        problems
            .push(r.problem(format!("la_code {} differs from the lookup's for urn {urn}", r.get("la_code"))));
    }
    let (framework, columns): (Framework, &[(&str, Area)]) = match r.get("framework") {
        "SIF" => (Framework::Sif, &SIF),
        "LAC 2012-13" => (Framework::Lac, &LAC),
        "LSCB review only" => (Framework::LscbReview, &LSCB),
        "ILACS" => (Framework::Ilacs, &ILACS),
        other => return Err(vec![r.problem(format!("framework {other:?} maps to nothing"))]),
    };
    let kind = match (framework, r.get("reinspection")) {
        (_, "") => InspectionType::Standard,
        (Framework::Sif, s) if s.starts_with("yes") => InspectionType::Reinspection,
        (_, other) => {
            problems.push(r.problem(format!("unknown reinspection value {other:?}")));
            InspectionType::Standard
        }
    };
    let mut judgements = Vec::new();
    for (col, area) in columns {
        let cell = r.get(col);
        if *area == Area::Lscb && cell == LSCB_NOT_REVIEWED {
            continue;
        }
        match parse_title(cell) {
            Some(grade) if grade == Grade::Adequate && framework != Framework::Lac => {
                problems.push(
                    r.problem(format!("grade Adequate in {col} is not on the {} scale", framework.code())),
                );
            }
            Some(grade) => judgements.push(Judgement { area: *area, grade }),
            None if cell.is_empty() => problems.push(r.problem(format!("missing grade in {col}"))),
            None => problems.push(r.problem(format!("unknown grade {cell:?} in {col}"))),
        }
    }
    for &col in grade_columns() {
        if !columns.iter().any(|(c, _)| *c == col) && !r.get(col).is_empty() {
            problems.push(r.problem(format!(
                "{col} holds {:?}, but {} reports have no such judgement",
                r.get(col),
                r.get("framework")
            )));
        }
    }
    let date = |col: &str, problems: &mut Vec<Problem>| {
        let d = parse_iso(r.get(col));
        if d.is_none() {
            problems.push(r.problem(format!("unparseable {col} {:?}", r.get(col))));
        }
        d
    };
    let start = date("inspection_start", &mut problems);
    let end = date("inspection_end", &mut problems);
    let published = date("publication_date", &mut problems);
    if r.get("report_url").is_empty() {
        problems.push(r.problem("missing report URL"));
    }
    match (problems.is_empty(), start, end, published) {
        (true, Some(start), Some(end), Some(published)) => Ok((
            framework,
            SourcedInspection {
                inspection: Inspection {
                    council: code.to_string(),
                    framework,
                    kind,
                    start: Some(start),
                    end: Some(end),
                    published,
                    judgements,
                    report_url: r.get("report_url").to_string(),
                    inspector: String::new(),
                    findings: Vec::new(),
                    citation: String::new(),
                },
                origin: r.origin(),
            },
        )),
        _ => Err(problems),
    }
}
