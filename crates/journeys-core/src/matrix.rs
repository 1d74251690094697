//! The judgement-area matrix: for one council, every graded inspection of its journey (its
//! predecessors' too) as a column and every judgement area as a row; for several councils,
//! each one's latest inspection side by side. Each cell says whether the area was graded,
//! was part of the framework but not judged, or did not exist under that framework, so the
//! page never shows a bare blank that a reader could take for missing data.

use crate::journey::inspections;
use crate::model::{Area, Council, Dataset, Framework, Grade, Inspection, InspectionType};
use crate::text::month_year;
use chrono::NaiveDate;

/// The rows in the order they are shown: overall effectiveness first, then the child's path
/// through services (help and protection, care, adoption, leaving care), then leadership and
/// the safeguarding board, then the areas only the 2009-13 inspections had. Areas that mean
/// much the same under different frameworks sit next to each other.
pub const AREA_ORDER: [Area; 12] = [
    Area::OverallEffectiveness,
    Area::HelpAndProtection,
    Area::LookedAfterAndPermanence,
    Area::ChildrenInCare,
    Area::Adoption,
    Area::CareLeavers,
    Area::Leadership,
    Area::ImpactOfLeaders,
    Area::Lscb,
    Area::CapacityForImprovement,
    Area::LookedAfterOverall,
    Area::LookedAfterCapacity,
];

/// The day ILACS began judging care leavers separately from children in care (inspections
/// from January 2023); before it, care leavers were part of the children in care judgement.
pub fn care_leavers_judged_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 1, 1).expect("valid date")
}

/// Whether `area` is a judgement of inspections under `framework` that began on `start`.
/// The LAC inspections of 2012-13 store their overall judgement as overall effectiveness.
pub fn is_area_of(area: Area, framework: Framework, start: NaiveDate) -> bool {
    use Area::*;
    match framework {
        Framework::Slac => {
            matches!(
                area,
                OverallEffectiveness | CapacityForImprovement | LookedAfterOverall | LookedAfterCapacity
            )
        }
        Framework::Cpi => area == OverallEffectiveness,
        Framework::Lac => matches!(area, OverallEffectiveness | Leadership | LookedAfterCapacity),
        Framework::Sif => matches!(
            area,
            OverallEffectiveness
                | HelpAndProtection
                | LookedAfterAndPermanence
                | Adoption
                | CareLeavers
                | Leadership
                | Lscb
        ),
        Framework::LscbReview => area == Lscb,
        Framework::Ilacs => match area {
            OverallEffectiveness | ImpactOfLeaders | HelpAndProtection | ChildrenInCare => true,
            CareLeavers => start >= care_leavers_judged_from(),
            _ => false,
        },
    }
}

/// One cell of the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// The grade given. Includes `Grade::NotGraded2026` for the overall effectiveness of an
    /// inspection from April 2026, which carries its own words ("Not graded under the 2026
    /// framework").
    Grade(Grade),
    /// The area did not exist under the inspection's framework (see `not_an_area_text`).
    NotAnArea,
    /// The area was part of the framework but this inspection gave it no grade: the report
    /// says it was not judged (City of London's adoption, 2016), or the inspection did not
    /// cover it (a SIF re-inspection did not review the safeguarding board).
    NotJudged,
    /// The area was part of the framework, but the source of this record gives only the
    /// headline judgements: Ofsted's official statistics, for inspections whose report the
    /// project has not read (they come without inspection dates).
    NotRecorded,
}

impl Cell {
    /// The cell in words. `column` gives the framework and date, which decide the wording of
    /// an area that did not exist.
    pub fn text(self, area: Area, column: &Column) -> &'static str {
        match self {
            Cell::Grade(g) => g.label(),
            Cell::NotJudged => "Not judged",
            Cell::NotRecorded => "Not in the data (see the report)",
            Cell::NotAnArea => not_an_area_text(area, column.framework, column.start),
        }
    }

    /// A short stable key for CSS classes and tests: the grade's key, `not-judged` or
    /// `not-an-area`.
    pub fn css_key(self) -> &'static str {
        match self {
            Cell::Grade(g) => g.css_key(),
            Cell::NotJudged => "not-judged",
            Cell::NotRecorded => "not-recorded",
            Cell::NotAnArea => "not-an-area",
        }
    }
}

/// The words for an area that did not exist under a framework. Care leavers under ILACS
/// before 2023 get their own words, because they were judged, only as part of children in
/// care.
pub fn not_an_area_text(area: Area, framework: Framework, start: NaiveDate) -> &'static str {
    match (area, framework) {
        (Area::CareLeavers, Framework::Ilacs) if start < care_leavers_judged_from() => {
            "Judged with children in care until 2023"
        }
        _ => "Not part of this framework",
    }
}

/// The cell for one area of one inspection. A recorded grade always wins, so an area the
/// framework table does not expect is still shown rather than hidden.
pub fn cell(inspection: &Inspection, area: Area) -> Cell {
    match inspection.grade(area) {
        Some(Grade::NotJudged) => Cell::NotJudged,
        Some(g) => Cell::Grade(g),
        None if is_area_of(area, inspection.framework, inspection.when()) && !inspection.dated() => {
            Cell::NotRecorded
        }
        None if is_area_of(area, inspection.framework, inspection.when()) => Cell::NotJudged,
        None => Cell::NotAnArea,
    }
}

/// The row heading for an area. It names the area across frameworks, so it does not take one
/// framework's wording (the cells' own framework is in the column heading).
fn row_label(area: Area) -> &'static str {
    match area {
        Area::OverallEffectiveness => "Overall effectiveness",
        Area::HelpAndProtection => "Children who need help and protection",
        Area::LookedAfterAndPermanence => "Children looked after and achieving permanence",
        Area::ChildrenInCare => "Children in care (and care leavers, before 2023)",
        Area::Adoption => "Adoption performance",
        Area::CareLeavers => "Care leavers",
        Area::Leadership => "Leadership and management",
        Area::ImpactOfLeaders => "Impact of leaders",
        Area::Lscb => "Local Safeguarding Children Board",
        Area::CapacityForImprovement => "Capacity for improvement (safeguarding)",
        Area::LookedAfterOverall => "Overall effectiveness (looked after children)",
        Area::LookedAfterCapacity => "Capacity for improvement (looked after children)",
    }
}

/// One inspection as a column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// ONS code and name of the council whose journey the column belongs to.
    pub council: String,
    pub council_name: String,
    /// The name of the council inspected when it was one that `council` replaced.
    pub predecessor: Option<String>,
    pub framework: Framework,
    pub kind: InspectionType,
    /// The day the inspection began, or its publication date where that is all that is known.
    pub start: NaiveDate,
    pub published: NaiveDate,
    /// `March 2015`: the month the inspection began.
    pub date: String,
    /// `SIF`, `ILACS`: the framework's short code for a narrow heading.
    pub framework_code: &'static str,
    pub report_url: String,
}

/// One judgement area as a row, with a cell per column.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub area: Area,
    pub label: &'static str,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

impl Matrix {
    /// The row of an area, if the matrix has one.
    pub fn row(&self, area: Area) -> Option<&Row> {
        self.rows.iter().find(|r| r.area == area)
    }
}

fn column(data: &Dataset, council: &Council, i: &Inspection) -> Column {
    let predecessor = (i.council != council.code)
        .then(|| data.council(&i.council).map(|c| c.name.clone()).unwrap_or_default());
    Column {
        council: council.code.clone(),
        council_name: council.name.clone(),
        predecessor,
        framework: i.framework,
        kind: i.kind,
        start: i.when(),
        published: i.published,
        date: month_year(i.when()),
        framework_code: i.framework.code(),
        report_url: data.report_link(i).url().to_string(),
    }
}

/// The matrix of a list of inspections: a row for every area that is part of at least one
/// column's framework (or recorded in one), in `AREA_ORDER`. Areas no column could have are
/// left out rather than shown as rows of "not part of this framework".
fn build(columns: Vec<Column>, list: &[&Inspection]) -> Matrix {
    let rows = AREA_ORDER
        .into_iter()
        .filter(|a| list.iter().any(|i| is_area_of(*a, i.framework, i.when()) || i.grade(*a).is_some()))
        .map(|area| Row { area, label: row_label(area), cells: list.iter().map(|i| cell(i, area)).collect() })
        .collect();
    Matrix { columns, rows }
}

/// One council's matrix: a column for each graded inspection of its journey, its predecessors'
/// included, oldest first.
pub fn council_matrix(data: &Dataset, council: &Council) -> Matrix {
    let list = inspections(data, council);
    let columns = list.iter().map(|i| column(data, council, i)).collect();
    build(columns, &list)
}

/// A council's latest inspection of its services: the most recent of its journey, leaving out
/// a standalone review of its safeguarding board, which judges the board and not the council.
pub fn latest_inspection<'a>(data: &'a Dataset, council: &Council) -> Option<&'a Inspection> {
    inspections(data, council).into_iter().rev().find(|i| i.framework != Framework::LscbReview)
}

/// Several councils' latest inspections side by side: a column per council, in the order
/// given (unknown codes and councils never inspected are skipped).
pub fn latest_matrix(data: &Dataset, codes: &[String]) -> Matrix {
    let list: Vec<(&Council, &Inspection)> = codes
        .iter()
        .filter_map(|code| data.council(code))
        .filter_map(|c| latest_inspection(data, c).map(|i| (c, i)))
        .collect();
    let columns = list.iter().map(|(c, i)| column(data, c, i)).collect();
    let inspections: Vec<&Inspection> = list.iter().map(|(_, i)| *i).collect();
    build(columns, &inspections)
}

/// The judgement-area matrix a comparison shows, with its caption.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparisonMatrix {
    pub matrix: Matrix,
    pub caption: String,
    /// One column per council (their latest inspections), not one per inspection of a
    /// single council.
    pub by_council: bool,
}

/// For one council, every inspection of its journey; for more, each council's latest
/// inspection side by side; `None` for none. Unknown codes are skipped.
pub fn comparison_matrix(data: &Dataset, codes: &[String]) -> Option<ComparisonMatrix> {
    match codes {
        [] => None,
        [one] => data.council(one).map(|c| ComparisonMatrix {
            matrix: council_matrix(data, c),
            caption: format!("Judgement areas of {} in each inspection", c.name),
            by_council: false,
        }),
        many => Some(ComparisonMatrix {
            matrix: latest_matrix(data, many),
            caption: "Judgement areas of each council's latest inspection".to_string(),
            by_council: true,
        }),
    }
}
