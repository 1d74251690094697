//! The Department for Education's per-council figures (Explore Education Statistics' tidy
//! CSVs in `data/sources/raw/dfe-csc-indicators/`): the social work workforce, children looked
//! after and children in need. Reads England's, each region's and each council's rows, checks
//! every one (a known geography, a year in the file's range, each value a number or one of
//! the published codes) and keeps the values as published, for `assets/data/context.json`.
//! A council published under a code the dataset does not use (a code from before a
//! reorganisation, or two councils served by one children's trust) is mapped by
//! `data/dfe-csc-indicators/codes.csv`, which says why.

use crate::councils::Councils;
use crate::problem::Problem;
use crate::table::{Record, Table};
use journeys_core::indicators::{Area, Context, CouncilFigures, Figures, Indicator, Value, FORMAT};
use std::collections::{BTreeMap, BTreeSet};

pub const WORKFORCE: &str = "data/sources/raw/dfe-csc-indicators/csww_indicators_2017_to_2025.csv";
pub const LOOKED_AFTER: &str = "data/sources/raw/dfe-csc-indicators/cla_number_and_rate_per_10k_children.csv";
pub const IN_NEED: &str = "data/sources/raw/dfe-csc-indicators/b1_children_in_need_2013_to_2025.csv";
/// The folder of the copies, whose provenance entries go with the figures.
pub const FOLDER: &str = "data/sources/raw/dfe-csc-indicators/";
pub const CODES: &str = "data/dfe-csc-indicators/codes.csv";

/// The columns every file has, then each file's own.
const GEOGRAPHY: [&str; 5] = ["time_period", "geographic_level", "region_code", "region_name", "new_la_code"];
pub const WORKFORCE_COLUMNS: [&str; 9] = [
    GEOGRAPHY[0],
    GEOGRAPHY[1],
    GEOGRAPHY[2],
    GEOGRAPHY[3],
    GEOGRAPHY[4],
    "turnover_rate_fte",
    "agency_rate_fte",
    "vacancy_rate_fte",
    "caseload_fte",
];
pub const LOOKED_AFTER_COLUMNS: [&str; 7] = [
    GEOGRAPHY[0],
    GEOGRAPHY[1],
    GEOGRAPHY[2],
    GEOGRAPHY[3],
    GEOGRAPHY[4],
    "population_type",
    "rate_per_10000",
];
pub const IN_NEED_COLUMNS: [&str; 7] =
    [GEOGRAPHY[0], GEOGRAPHY[1], GEOGRAPHY[2], GEOGRAPHY[3], GEOGRAPHY[4], "category", "At31_episodes"];
pub const CODES_COLUMNS: [&str; 3] = ["written", "codes", "reason"];

/// Who publishes the figures and under what licence, as the page credits them.
pub const LICENCE: &str = "Department for Education, official statistics, Open Government Licence v3.0";

/// Each file: its path, the years it covers (its name says so) and the columns read.
pub struct Source {
    pub file: &'static str,
    pub years: (u16, u16),
    pub read: &'static [(&'static str, Indicator)],
}

pub const SOURCES: [Source; 3] = [
    Source {
        file: WORKFORCE,
        years: (2017, 2025),
        read: &[
            ("caseload_fte", Indicator::CaseloadFte),
            ("turnover_rate_fte", Indicator::TurnoverRateFte),
            ("agency_rate_fte", Indicator::AgencyRateFte),
            ("vacancy_rate_fte", Indicator::VacancyRateFte),
        ],
    },
    Source {
        file: LOOKED_AFTER,
        years: (2021, 2025),
        read: &[("rate_per_10000", Indicator::LookedAfterRate)],
    },
    Source { file: IN_NEED, years: (2013, 2025), read: &[("At31_episodes", Indicator::ChildrenInNeed)] },
];

/// The looked-after file's population types: the one read, and the two it also holds.
const LOOKED_AFTER_ON_31_MARCH: &str = "Children looked after on 31 March each year";
const OTHER_LOOKED_AFTER: [&str; 2] =
    ["Children starting to be looked after each year", "Children ceasing to be looked after each year"];
const IN_NEED_CATEGORY: &str = "Children in Need";

/// Where a row's figures go.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Place {
    England,
    Region(String),
    Council(String),
}

/// A code of `codes.csv`: the councils its rows belong to and why.
struct Mapping {
    codes: Vec<String>,
    reason: String,
    line: u64,
}

fn region_code_ok(code: &str) -> bool {
    code.len() == 9
        && (code.starts_with("E12") || code.starts_with("E13"))
        && code[3..].bytes().all(|b| b.is_ascii_digit())
}

/// Reads the three files; `tables` holds each file by name, `codes` the mapping.
pub fn read(tables: &BTreeMap<String, Table>, codes: &Table, councils: &Councils) -> (Context, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut mappings: BTreeMap<String, Mapping> = BTreeMap::new();
    for r in codes.records() {
        let targets: Vec<String> = r.get("codes").split_whitespace().map(str::to_string).collect();
        if targets.is_empty() || r.get("reason").is_empty() {
            problems.push(r.problem("a mapping needs the codes it stands for and a reason"));
        }
        for t in &targets {
            if !councils.knows(t) {
                problems.push(r.problem(format!("unknown council code {t}")));
            }
        }
        if mappings
            .insert(
                r.get("written").to_string(),
                Mapping { codes: targets, reason: r.get("reason").to_string(), line: r.line() },
            )
            .is_some()
        {
            problems.push(r.problem(format!("{} is mapped twice", r.get("written"))));
        }
    }
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut england = Area { name: "England".to_string(), figures: Figures::new() };
    let mut regions: BTreeMap<String, Area> = BTreeMap::new();
    let mut council_figures: BTreeMap<String, CouncilFigures> = BTreeMap::new();
    // (place, indicator, year) → line already read, so a second row is reported.
    let mut seen: BTreeMap<(Place, Indicator, u16), u64> = BTreeMap::new();
    for source in &SOURCES {
        let Some(table) = tables.get(source.file) else { continue };
        for r in table.records() {
            let Some(year) = year(&r, source, &mut problems) else { continue };
            if !wanted(&r, source, &mut problems) {
                continue;
            }
            let places = match places(&r, councils, &mappings, &mut used, &mut problems) {
                Some(p) => p,
                None => continue,
            };
            for (column, indicator) in source.read {
                let cell = r.get(column);
                let Some(value) = Value::parse(cell) else {
                    problems.push(r.problem(format!(
                        "{column} {cell:?} is neither a number nor a published code (x, z, c, u, low)"
                    )));
                    continue;
                };
                for place in &places {
                    if let Some(first) = seen.insert((place.clone(), *indicator, year), r.line()) {
                        problems.push(r.problem(format!(
                            "a second {column} for {} in {year} (first on line {first})",
                            name(place)
                        )));
                        continue;
                    }
                    let figures = match place {
                        Place::England => &mut england.figures,
                        Place::Region(code) => {
                            &mut regions
                                .entry(code.clone())
                                .or_insert_with(|| Area {
                                    name: r.get("region_name").to_string(),
                                    figures: Figures::new(),
                                })
                                .figures
                        }
                        Place::Council(code) => {
                            let c = council_figures.entry(code.clone()).or_insert_with(|| CouncilFigures {
                                region: String::new(),
                                figures: Figures::new(),
                                notes: Vec::new(),
                            });
                            // The council's region as its newest row gives it.
                            if source.file == WORKFORCE || c.region.is_empty() {
                                c.region = r.get("region_code").to_string();
                            }
                            if let Some(m) = mappings.get(r.get("new_la_code")) {
                                if !c.notes.contains(&m.reason) {
                                    c.notes.push(m.reason.clone());
                                }
                            }
                            &mut c.figures
                        }
                    };
                    figures.entry(*indicator).or_default().push((year, value.clone()));
                }
            }
        }
    }
    for (written, m) in &mappings {
        if !used.contains(written) {
            problems.push(Problem::new(codes.file.clone(), m.line, format!("{written} is in no DfE file")));
        }
    }
    let sort = |f: &mut Figures| f.values_mut().for_each(|l| l.sort_by_key(|(y, _)| *y));
    sort(&mut england.figures);
    regions.values_mut().for_each(|a| sort(&mut a.figures));
    for (code, c) in council_figures.iter_mut() {
        sort(&mut c.figures);
        // With a row refused above this would only repeat it.
        if problems.is_empty() && !regions.contains_key(&c.region) {
            problems.push(Problem::new(
                WORKFORCE,
                0,
                format!("{code}'s region {:?} has no regional rows", c.region),
            ));
        }
    }
    let context = Context {
        format: FORMAT,
        licence: LICENCE.to_string(),
        sources: Vec::new(),
        england,
        regions,
        councils: council_figures,
    };
    (context, problems)
}

fn name(place: &Place) -> String {
    match place {
        Place::England => "England".to_string(),
        Place::Region(c) | Place::Council(c) => c.clone(),
    }
}

/// The row's year, if a whole number in the file's range.
fn year(r: &Record, source: &Source, problems: &mut Vec<Problem>) -> Option<u16> {
    let (from, to) = source.years;
    match r.get("time_period").parse::<u16>() {
        Ok(y) if (from..=to).contains(&y) => Some(y),
        _ => {
            problems.push(r.problem(format!("year {:?} outside {from} to {to}", r.get("time_period"))));
            None
        }
    }
}

/// Whether the row holds the figure read from its file (the looked-after file also has
/// children starting and ceasing to be looked after).
fn wanted(r: &Record, source: &Source, problems: &mut Vec<Problem>) -> bool {
    let (column, keep, others): (&str, &str, &[&str]) = match source.file {
        LOOKED_AFTER => ("population_type", LOOKED_AFTER_ON_31_MARCH, &OTHER_LOOKED_AFTER),
        IN_NEED => ("category", IN_NEED_CATEGORY, &[]),
        _ => return true,
    };
    let v = r.get(column);
    if v == keep {
        true
    } else {
        if !others.contains(&v) {
            problems.push(r.problem(format!("unknown {column} {v:?}")));
        }
        false
    }
}

/// Where the row's figures go: England, a region, or the councils its code stands for.
fn places(
    r: &Record,
    councils: &Councils,
    mappings: &BTreeMap<String, Mapping>,
    used: &mut BTreeSet<String>,
    problems: &mut Vec<Problem>,
) -> Option<Vec<Place>> {
    match r.get("geographic_level") {
        "National" => Some(vec![Place::England]),
        "Regional" => {
            let code = r.get("region_code");
            if region_code_ok(code) {
                Some(vec![Place::Region(code.to_string())])
            } else {
                problems.push(r.problem(format!("unknown region code {code:?}")));
                None
            }
        }
        "Local authority" => {
            let code = r.get("new_la_code");
            if !region_code_ok(r.get("region_code")) {
                problems.push(r.problem(format!("unknown region code {:?}", r.get("region_code"))));
                return None;
            }
            if let Some(m) = mappings.get(code) {
                used.insert(code.to_string());
                Some(m.codes.iter().cloned().map(Place::Council).collect())
            } else if councils.knows(code) {
                Some(vec![Place::Council(code.to_string())])
            } else {
                problems.push(r.problem(format!("unknown council code {code:?}")));
                None
            }
        }
        other => {
            problems.push(r.problem(format!("unknown geographic level {other:?}")));
            None
        }
    }
}
