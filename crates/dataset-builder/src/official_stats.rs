//! Ofsted's official statistics (`data/sources/raw/ofsted-official-statistics/`): the
//! inspection history of every council since 2009, the ILACS inspections to March 2025 and
//! the visits of each year from April 2022, read from the sheets' grids into records keyed by
//! council code. Councils are matched by name (or by the code where a sheet gives one), with
//! the reviewed exceptions in `data/official-statistics/aliases.csv`. Nothing here decides
//! what the dataset holds: `reconcile` cross-checks these records against the report-derived
//! sources and adds only what they lack.

use crate::councils::Councils;
use crate::dates::parse_iso;
use crate::problem::{Origin, Problem};
use crate::spreadsheet::Grid;
use crate::table::Table;
use chrono::NaiveDate;
use journeys_core::model::{Area, Framework, Grade, InspectionType, Judgement};
use std::collections::{BTreeMap, BTreeSet};

pub const HISTORY_2023: &str =
    "data/sources/raw/ofsted-official-statistics/Childrens_social_care_in_England_2023_underlying_data.ods";
pub const OUTCOMES_2024: &str =
    "data/sources/raw/ofsted-official-statistics/LA_Inspection_Outcomes_as_at_March_2024.ods";
pub const OUTCOMES_2025: &str =
    "data/sources/raw/ofsted-official-statistics/LA_Inspection_Outcomes_as_at_31_March_2025.ods";

/// The workbooks and the sheets read from each ("Cover" gives the publication's title and date).
pub const WORKBOOKS: [(&str, &[&str]); 3] = [
    (HISTORY_2023, &["Cover", HISTORY_SHEET, "LA_level_in_year_2022-23"]),
    (OUTCOMES_2024, &["Cover", "Inspections_in_year_2023-24"]),
    (OUTCOMES_2025, &["Cover", ILACS_SHEET, "In-year_inspections"]),
];
pub const HISTORY_SHEET: &str = "LA_inspections_2009-2023";
pub const ILACS_SHEET: &str = "ILACS_inspection_history";
/// The scope an alias names for Table 11 of the history sheet (councils abolished by 2023).
pub const TABLE_11: &str = "LA_inspections_2009-2023 Table 11";

pub const ALIAS_COLUMNS: [&str; 4] = ["scope", "written", "code", "reason"];

/// An official publication, as its Cover sheet names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    pub title: String,
    pub published: NaiveDate,
}

impl Publication {
    /// How a record taken from it is cited, e.g. "Ofsted official statistics: Local authority
    /// inspection outcomes as at 31 March 2025 (published 25 September 2025), sheet …".
    pub fn cite(&self, sheet: &str) -> String {
        format!(
            "{}: {} (published {}), sheet {sheet}; Open Government Licence v3.0",
            crate::coverage::OFFICIAL,
            self.title,
            journeys_core::text::long_date(self.published)
        )
    }
}

/// An inspection as a sheet gives it: only a publication date (and, for ILACS, the first day).
#[derive(Debug, Clone, PartialEq)]
pub struct StatsInspection {
    pub council: String,
    pub framework: Framework,
    pub kind: InspectionType,
    pub start: Option<NaiveDate>,
    pub published: NaiveDate,
    pub judgements: Vec<Judgement>,
    /// The areas the sheet has columns for: a grade of ours in another area is not compared.
    pub covers: Vec<Area>,
    pub citation: String,
    pub origin: Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum VisitKind {
    Monitoring,
    Focused,
}

/// A monitoring or focused visit from an in-year sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct StatsVisit {
    pub council: String,
    pub kind: VisitKind,
    pub date: NaiveDate,
    pub published: Option<NaiveDate>,
    pub theme: String,
    pub citation: String,
    pub origin: Origin,
}

#[derive(Debug, Default)]
pub struct OfficialStats {
    pub inspections: Vec<StatsInspection>,
    pub visits: Vec<StatsVisit>,
    /// Council code → the Ofsted page the sheet links it to, for councils the lookup has no
    /// URN of (Bournemouth, Dorset County Council).
    pub links: BTreeMap<String, String>,
}

/// A grade word of the sheets. On the four-point scale of 2009-2013 (SLAC, child protection,
/// targeted looked-after inspections) the sheets write "Requires improvement to be good"
/// where the reports say Adequate; only there is it Adequate.
pub fn grade(cell: &str, four_point: bool) -> Result<Option<Grade>, String> {
    Ok(Some(match cell.trim() {
        "" => return Ok(None),
        "Outstanding" => Grade::Outstanding,
        "Good" => Grade::Good,
        "Requires improvement to be good" if four_point => Grade::Adequate,
        "Requires improvement to be good" => Grade::RequiresImprovement,
        "Inadequate" => Grade::Inadequate,
        "-" => Grade::NotJudged,
        other => return Err(format!("grade {other:?} is not a word of the scale")),
    }))
}

/// A date cell (`2010-01-07T00:00:00` or `2010-01-07`), or `None` when empty.
pub fn date(cell: &str) -> Result<Option<NaiveDate>, String> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    let day = cell.strip_suffix("T00:00:00").unwrap_or(cell);
    parse_iso(day).map(Some).ok_or_else(|| format!("{cell:?} is not a date"))
}

/// Names as the sheets write them, matched to council codes.
pub struct Names<'a> {
    councils: &'a Councils,
    /// (scope, written) → code, and whether the alias was used.
    aliases: BTreeMap<(String, String), (String, Origin, std::cell::Cell<bool>)>,
}

/// A name reduced to what the sheets and the lookup agree on: lower case, `&` as "and",
/// without punctuation or "City of".
pub fn normalise(name: &str) -> String {
    let s = name.to_lowercase().replace('&', " and ");
    let s: String = s.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut s = words.join(" ");
    for affix in ["city of ", " city of"] {
        s = s.replace(affix, " ");
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl<'a> Names<'a> {
    pub fn new(councils: &'a Councils, aliases: &Table, problems: &mut Vec<Problem>) -> Names<'a> {
        let mut map = BTreeMap::new();
        for r in aliases.records() {
            if r.get("reason").is_empty() {
                problems.push(r.problem("an alias needs a reason"));
            }
            if !councils.knows(r.get("code")) {
                problems.push(r.problem(format!("code {} is not a council", r.get("code"))));
            }
            let key = (r.get("scope").to_string(), r.get("written").to_string());
            if map.insert(key, (r.get("code").to_string(), r.origin(), std::cell::Cell::new(false))).is_some()
            {
                problems.push(r.problem("the same alias twice"));
            }
        }
        Names { councils, aliases: map }
    }

    fn alias(&self, scope: &str, written: &str) -> Option<String> {
        self.aliases.get(&(scope.to_string(), written.to_string())).map(|(code, _, used)| {
            used.set(true);
            code.clone()
        })
    }

    /// The council a name in `scope` means. Table 11 names councils abolished before 2023;
    /// every other scope names councils of the lookup.
    pub fn by_name(&self, scope: &str, name: &str) -> Result<String, String> {
        if let Some(code) = self.alias(scope, name) {
            return Ok(code);
        }
        let want = normalise(name);
        let found: BTreeSet<&str> = if scope == TABLE_11 {
            self.councils
                .reorganisations
                .iter()
                .filter(|r| normalise(&r.name) == want)
                .map(|r| r.code.as_str())
                .collect()
        } else {
            self.councils
                .by_code
                .values()
                .filter(|c| std::iter::once(&c.name).chain(&c.other_names).any(|n| normalise(n) == want))
                .map(|c| c.code.as_str())
                .collect()
        };
        match found.into_iter().collect::<Vec<_>>().as_slice() {
            [one] => Ok(one.to_string()),
            [] => Err(format!("council name {name:?} matches no council in the lookup")),
            many => {
                Err(format!("council name {name:?} matches {} councils ({})", many.len(), many.join(", ")))
            }
        }
    }

    /// The council a code in `scope` means (a sheet may use a council's former code), checked
    /// against the name written beside it.
    pub fn by_code(&self, scope: &str, code: &str, name: &str) -> Result<String, String> {
        let code = self.alias(scope, code).unwrap_or_else(|| code.to_string());
        if !self.councils.knows(&code) {
            return Err(format!("code {code} is not a council in the lookup or the reorganisations"));
        }
        let want = normalise(name);
        let names: Vec<String> = match self.councils.by_code.get(&code) {
            Some(c) => std::iter::once(&c.name).chain(&c.other_names).map(|n| normalise(n)).collect(),
            None => self
                .councils
                .reorganisations
                .iter()
                .filter(|r| r.code == code)
                .map(|r| normalise(&r.name))
                .collect(),
        };
        if names.contains(&want) {
            Ok(code)
        } else {
            Err(format!("council name {name:?} is not the name of {code}"))
        }
    }

    /// Every alias no row used: a stale review entry is a problem, like an unused skip rule.
    pub fn unused(&self) -> Vec<Problem> {
        self.aliases
            .values()
            .filter(|(_, _, used)| !used.get())
            .map(|(_, origin, _)| origin.problem("alias matches no row of the sheets"))
            .collect()
    }
}

/// The columns of a header row, by their text with runs of white space made one space.
fn header_index(grid: &Grid, row: usize) -> BTreeMap<String, usize> {
    grid.rows[row]
        .iter()
        .enumerate()
        .map(|(k, c)| (c.split_whitespace().collect::<Vec<_>>().join(" "), k))
        .collect()
}

/// Looks up required columns by header text; a missing one is a problem at the header row.
fn columns<const N: usize>(
    grid: &Grid,
    header: usize,
    names: [&str; N],
    problems: &mut Vec<Problem>,
) -> Option<[usize; N]> {
    let index = header_index(grid, header);
    let mut out = [0; N];
    let mut ok = true;
    for (k, n) in names.iter().enumerate() {
        match index.get(*n) {
            Some(c) => out[k] = *c,
            None => {
                problems.push(grid.origin(header).problem(format!("no column {n:?}")));
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

/// The publication a workbook's Cover sheet describes. Its title is the sheet's first line,
/// except in the 2023 workbook, whose first line is a generic "Cover sheet" heading and whose
/// title is its "Policy area".
pub fn publication(cover: &Grid) -> Result<Publication, Problem> {
    let field =
        |label: &str| (0..cover.rows.len()).find(|&r| cover.cell(r, 0) == label).map(|r| cover.cell(r, 1));
    let first = cover.cell(0, 0);
    let title = if first.starts_with("Cover sheet") { field("Policy area:").unwrap_or("") } else { first };
    let published = field("Published on:").map(date);
    match (title.is_empty(), published) {
        (false, Some(Ok(Some(d)))) => Ok(Publication { title: title.to_string(), published: d }),
        _ => Err(cover.origin(0).problem("the Cover sheet gives no title and \"Published on:\" date")),
    }
}

/// Header texts of the history sheet, and what each pair of columns becomes.
struct Part {
    date: &'static str,
    framework: Framework,
    kind: InspectionType,
    /// Grade columns and their areas; the first is the headline.
    areas: &'static [(&'static str, Area)],
}

const PARTS: [Part; 8] = [
    Part {
        date: "Safeguarding & Looked After Children (SLAC) Inspection publication date",
        framework: Framework::Slac,
        kind: InspectionType::Standard,
        areas: &[
            ("SLAC Safeguarding Overall effectiveness (OE)", Area::OverallEffectiveness),
            ("SLAC Looked After Children Overall Effectiveness (OE)", Area::LookedAfterOverall),
        ],
    },
    Part {
        date: "SLAC re-inspection of Safeguarding publication date",
        framework: Framework::Slac,
        kind: InspectionType::Reinspection,
        areas: &[("SLAC re-inspection Safeguarding OE", Area::OverallEffectiveness)],
    },
    Part {
        date: "SLAC re-inspection of services for Children Looked After publication date",
        framework: Framework::Slac,
        kind: InspectionType::Reinspection,
        areas: &[("SLAC re-inspection of services Children Looked After OE", Area::LookedAfterOverall)],
    },
    Part {
        date: "Child Protection Inspections (CPI) publication date",
        framework: Framework::Cpi,
        kind: InspectionType::Standard,
        areas: &[("CPI Overall Effectiveness (OE)", Area::OverallEffectiveness)],
    },
    Part {
        date: "Child Protection Re-Inspection (CPRI) publication date",
        framework: Framework::Cpi,
        kind: InspectionType::Reinspection,
        areas: &[("CPRI Overall Effectiveness (OE)", Area::OverallEffectiveness)],
    },
    Part {
        date: "Targeted Looked After Children (TLAC) inspection publication date",
        framework: Framework::Lac,
        kind: InspectionType::Standard,
        areas: &[("TLAC Overall Effectiveness (OE)", Area::OverallEffectiveness)],
    },
    Part {
        date: "Single Inspection of LA Children's Services (SIF) First SIF publication date",
        framework: Framework::Sif,
        kind: InspectionType::Standard,
        areas: &[
            ("First SIF Overall Judgement (OE)", Area::OverallEffectiveness),
            ("First SIF children who need help and protection", Area::HelpAndProtection),
            ("First SIF children looked after and achieving permanence", Area::LookedAfterAndPermanence),
            ("First SIF CLA Sub: Adoption Performance", Area::Adoption),
            ("First SIF CLA Sub: Experiences and progress of care leavers", Area::CareLeavers),
            ("First SIF leadership, management and governance", Area::Leadership),
            ("LSCB Overall Effectiveness", Area::Lscb),
        ],
    },
    Part {
        date: "Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date",
        framework: Framework::Sif,
        kind: InspectionType::Reinspection,
        areas: &[
            ("SIF Re-inspection Overall Judgement (OE)", Area::OverallEffectiveness),
            ("SIF Re-inspection children who need help and protection", Area::HelpAndProtection),
            (
                "SIF Re-inspection children looked after and achieving permanence",
                Area::LookedAfterAndPermanence,
            ),
            ("SIF Re-inspection CLA Sub: Adoption Performance", Area::Adoption),
            ("SIF Re-inspection CLA Sub: Experiences and progress of care leavers", Area::CareLeavers),
            ("SIF Re-inspection leadership, management and governance", Area::Leadership),
        ],
    },
];

/// The history sheet (2009 to March 2023): Table 1, the councils of 31 March 2023, then
/// Table 11 below it, four councils abolished before then. Its ILACS columns are not read:
/// the 2025 ILACS history holds every one of them, with the first day of each inspection.
pub fn read_history(
    grid: &Grid,
    names: &Names,
    publication: &Publication,
    out: &mut OfficialStats,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let headers: Vec<usize> = (0..grid.rows.len()).filter(|&r| grid.cell(r, 0) == "Web link").collect();
    if headers.is_empty() {
        problems.push(grid.origin(0).problem("no header row (a row starting \"Web link\")"));
    }
    let citation = publication.cite(&grid.sheet);
    for (t, &header) in headers.iter().enumerate() {
        let table_11 = header > 0 && grid.cell(header - 1, 0).starts_with("Table 11");
        let scope = if table_11 { TABLE_11 } else { HISTORY_SHEET };
        let mut index = header_index(grid, header);
        let Some([name_col]) = columns(grid, header, ["Local authority name"], &mut problems) else {
            continue;
        };
        let mut parts = Vec::new();
        for part in &PARTS {
            let wanted: Vec<&str> =
                std::iter::once(part.date).chain(part.areas.iter().map(|a| a.0)).collect();
            let missing: Vec<&&str> = wanted.iter().filter(|w| !index.contains_key(**w)).collect();
            if !missing.is_empty() {
                for m in missing {
                    problems.push(grid.origin(header).problem(format!("no column {m:?}")));
                }
                continue;
            }
            let date_col = index[part.date];
            let areas: Vec<(usize, Area)> = part.areas.iter().map(|(h, a)| (index[*h], *a)).collect();
            parts.push((part, date_col, areas));
        }
        index.clear();
        let end = headers.get(t + 1).copied().unwrap_or(grid.rows.len());
        for row in header + 1..end {
            let name = grid.cell(row, name_col);
            if name.is_empty() {
                continue; // The blank rows between the tables, and the next table's title.
            }
            if grid.cell(row, 0).starts_with("Table ") {
                continue;
            }
            let origin = grid.origin(row);
            let code = match names.by_name(scope, name) {
                Ok(c) => c,
                Err(e) => {
                    problems.push(origin.problem(e));
                    continue;
                }
            };
            if table_11 && grid.link(row).contains("/provider/") {
                out.links.insert(code.clone(), grid.link(row).to_string());
            }
            for (part, date_col, areas) in &parts {
                let published = match date(grid.cell(row, *date_col)) {
                    Ok(d) => d,
                    Err(e) => {
                        problems.push(origin.problem(format!("{}: {e}", part.date)));
                        continue;
                    }
                };
                let mut judgements = Vec::new();
                for (col, area) in areas {
                    match grade(grid.cell(row, *col), part.framework.four_point_scale()) {
                        Ok(Some(g)) => judgements.push(Judgement { area: *area, grade: g }),
                        Ok(None) => {}
                        Err(e) => problems.push(origin.problem(e)),
                    }
                }
                match (published, judgements.is_empty()) {
                    (None, true) => {}
                    (None, false) => {
                        problems.push(origin.problem(format!("grades without a date in {:?}", part.date)))
                    }
                    (Some(_), true) => {
                        problems.push(origin.problem(format!("a date without a grade in {:?}", part.date)))
                    }
                    (Some(published), false) => {
                        let covers = areas.iter().map(|(_, a)| *a);
                        // A SLAC re-inspection of both safeguarding and looked after children
                        // fills two pairs of columns with one date: it is one inspection.
                        let twin = out.inspections.iter_mut().find(|i| {
                            i.origin == origin
                                && i.framework == part.framework
                                && i.kind == part.kind
                                && i.published == published
                        });
                        match twin {
                            Some(i) => {
                                i.judgements.extend(judgements);
                                i.covers.extend(covers);
                            }
                            None => out.inspections.push(StatsInspection {
                                council: code.clone(),
                                framework: part.framework,
                                kind: part.kind,
                                start: None,
                                published,
                                judgements,
                                covers: covers.collect(),
                                citation: citation.clone(),
                                origin: origin.clone(),
                            }),
                        }
                    }
                }
            }
        }
    }
    problems
}

/// ILACS areas in the order of the sheets' columns.
const ILACS_AREAS: [Area; 5] = [
    Area::OverallEffectiveness,
    Area::ImpactOfLeaders,
    Area::HelpAndProtection,
    Area::ChildrenInCare,
    Area::CareLeavers,
];

fn ilacs_kind(cell: &str) -> Option<InspectionType> {
    match cell {
        "ILACS Standard Inspection" => Some(InspectionType::Standard),
        "ILACS Short Inspection" => Some(InspectionType::Short),
        _ => None,
    }
}

/// The ILACS history of the 2025 workbook: every ILACS inspection to March 2025, with the
/// council's code, the first day and the publication date.
pub fn read_ilacs(
    grid: &Grid,
    names: &Names,
    publication: &Publication,
    out: &mut OfficialStats,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Some(header) = (0..grid.rows.len()).find(|&r| grid.cell(r, 0) == "Web link") else {
        return vec![grid.origin(0).problem("no header row (a row starting \"Web link\")")];
    };
    let Some(cols) = columns(
        grid,
        header,
        [
            "Local authority area code",
            "Local authority name",
            "Inspection date",
            "Publication date",
            "Inspection type",
            "Overall effectiveness",
            "The impact of leaders on social work practice with children and families",
            "The experiences and progress of children who need help and protection",
            "The experiences and progress of children in care",
            "The experiences and progress of care leavers",
        ],
        &mut problems,
    ) else {
        return problems;
    };
    let citation = publication.cite(&grid.sheet);
    for row in header + 1..grid.rows.len() {
        if grid.cell(row, cols[1]).is_empty() {
            continue;
        }
        let origin = grid.origin(row);
        let mut bad = |m: String| problems.push(origin.problem(m));
        let code = match names.by_code(&grid.sheet, grid.cell(row, cols[0]), grid.cell(row, cols[1])) {
            Ok(c) => c,
            Err(e) => {
                bad(e);
                continue;
            }
        };
        let (start, published) = match (date(grid.cell(row, cols[2])), date(grid.cell(row, cols[3]))) {
            (Ok(Some(s)), Ok(Some(p))) => (s, p),
            (s, p) => {
                bad(format!("inspection date {s:?} and publication date {p:?}: both must be dates"));
                continue;
            }
        };
        let Some(kind) = ilacs_kind(grid.cell(row, cols[4])) else {
            bad(format!("inspection type {:?} is not an ILACS inspection", grid.cell(row, cols[4])));
            continue;
        };
        let mut judgements = Vec::new();
        for (k, area) in ILACS_AREAS.iter().enumerate() {
            match grade(grid.cell(row, cols[5 + k]), false) {
                Ok(Some(g)) => judgements.push(Judgement { area: *area, grade: g }),
                Ok(None) => {}
                Err(e) => bad(e),
            }
        }
        if judgements.first().map(|j| j.area) != Some(Area::OverallEffectiveness) {
            bad("no overall effectiveness grade".to_string());
            continue;
        }
        out.inspections.push(StatsInspection {
            council: code,
            framework: Framework::Ilacs,
            kind,
            start: Some(start),
            published,
            judgements,
            covers: ILACS_AREAS.to_vec(),
            citation: citation.clone(),
            origin,
        });
    }
    problems
}

/// An in-year sheet: every inspection and visit of one year. Visits are kept; inspections are
/// in the ILACS history already.
pub fn read_in_year(
    grid: &Grid,
    names: &Names,
    publication: &Publication,
    out: &mut OfficialStats,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Some(header) = (0..grid.rows.len()).find(|&r| grid.cell(r, 0) == "Web link") else {
        return vec![grid.origin(0).problem("no header row (a row starting \"Web link\")")];
    };
    let Some([name_col, date_col, type_col, theme_col]) = columns(
        grid,
        header,
        ["Local authority name", "Inspection/Visit date", "Inspection/Visit type", "Visit Theme"],
        &mut problems,
    ) else {
        return problems;
    };
    let index = header_index(grid, header);
    let code_col = index.get("Local authority area code").copied();
    let published_col = index.get("Publication date").copied();
    let citation = publication.cite(&grid.sheet);
    let mut seen: BTreeSet<(String, VisitKind, NaiveDate)> = BTreeSet::new();
    for row in header + 1..grid.rows.len() {
        let name = grid.cell(row, name_col);
        if name.is_empty() {
            continue;
        }
        let origin = grid.origin(row);
        let kind = match grid.cell(row, type_col) {
            "LA Monitoring visit" => VisitKind::Monitoring,
            "ILACS Focused Visit" => VisitKind::Focused,
            t if ilacs_kind(t).is_some() => continue,
            other => {
                problems.push(origin.problem(format!("inspection or visit type {other:?} is not known")));
                continue;
            }
        };
        let code = match code_col {
            Some(c) => names.by_code(&grid.sheet, grid.cell(row, c), name),
            None => names.by_name(&grid.sheet, name),
        };
        let code = match code {
            Ok(c) => c,
            Err(e) => {
                problems.push(origin.problem(e));
                continue;
            }
        };
        let day = match date(grid.cell(row, date_col)) {
            Ok(Some(d)) => d,
            Ok(None) => {
                problems.push(origin.problem("a visit without a date"));
                continue;
            }
            Err(e) => {
                problems.push(origin.problem(format!("visit date {e}")));
                continue;
            }
        };
        let published = match published_col.map(|c| date(grid.cell(row, c))) {
            None | Some(Ok(None)) => None,
            Some(Ok(Some(d))) => Some(d),
            Some(Err(e)) => {
                problems.push(origin.problem(format!("publication date {e}")));
                continue;
            }
        };
        let theme = grid.cell(row, theme_col);
        if theme.is_empty() {
            problems.push(origin.problem("a visit without a theme"));
            continue;
        }
        if !seen.insert((code.clone(), kind, day)) {
            problems.push(origin.problem(format!("the same visit twice ({name}, {day})")));
            continue;
        }
        out.visits.push(StatsVisit {
            council: code,
            kind,
            date: day,
            published,
            theme: theme.to_string(),
            citation: citation.clone(),
            origin,
        });
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grade_words() {
        assert_eq!(grade("Requires improvement to be good", true), Ok(Some(Grade::Adequate)));
        assert_eq!(grade("Requires improvement to be good", false), Ok(Some(Grade::RequiresImprovement)));
        assert_eq!(grade(" -", true), Ok(Some(Grade::NotJudged)));
        assert_eq!(grade("", false), Ok(None));
        assert!(grade("Satisfactory", true).is_err());
        assert!(grade("Adequate", false).is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(date("2010-01-07T00:00:00"), Ok(NaiveDate::from_ymd_opt(2010, 1, 7)));
        assert_eq!(date(""), Ok(None));
        assert!(date("7 January 2010").is_err());
        assert!(date("2010-02-30T00:00:00").is_err());
    }

    #[test]
    fn names_normalise() {
        assert_eq!(normalise("Bristol, City of"), "bristol");
        assert_eq!(normalise("Telford & Wrekin"), "telford and wrekin");
        assert_eq!(normalise("St. Helens"), "st helens");
        assert_eq!(normalise("Kingston upon Hull, City of"), normalise("Kingston Upon Hull"));
    }
}
