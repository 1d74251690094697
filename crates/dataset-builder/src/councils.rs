//! Councils: the 153 current councils from the Provider data lookup, and the councils
//! abolished since 2009 from `data/additions/reorganisations.csv`. Holds the URN → ONS code
//! map every other source is joined on, and decides whether a record dated before a
//! council existed belongs to its predecessor.

use crate::problem::{Origin, Problem};
use crate::table::{Record, Table};
use chrono::NaiveDate;
use journeys_core::model::{Council, FormerCouncil};
use journeys_core::text::slug;
use std::collections::{BTreeMap, BTreeSet};

pub const LOOKUP_COLUMNS: [&str; 8] = [
    "urn",
    "la_code",
    "la_code_new",
    "stat_neighbours",
    "local_authority_ons_name",
    "also_known_as",
    "region_code",
    "region_name",
];

pub const REORGANISATION_COLUMNS: [&str; 6] =
    ["abolished_code", "name", "abolished", "successors", "citation", "url"];

/// A council abolished since 2009 and the councils that took over its children's services.
#[derive(Debug, Clone)]
pub struct Reorganisation {
    pub code: String,
    pub name: String,
    pub abolished: NaiveDate,
    pub successors: Vec<String>,
    pub citation: String,
    pub url: String,
    pub origin: Origin,
}

#[derive(Debug, Default)]
pub struct Councils {
    /// Every council of the lookup (current and abolished), by ONS code.
    pub by_code: BTreeMap<String, Council>,
    /// Ofsted URN → ONS code, for every lookup row.
    pub by_urn: BTreeMap<String, String>,
    /// DfE LA number → ONS code.
    pub by_la_number: BTreeMap<String, String>,
    pub reorganisations: Vec<Reorganisation>,
}

/// True for an English ONS code of an upper-tier council (`E06`, `E08`, `E09`, `E10`).
pub fn is_council_code(s: &str) -> bool {
    s.len() == 9
        && ["E06", "E08", "E09", "E10"].contains(&&s[..3])
        && s[3..].bytes().all(|b| b.is_ascii_digit())
}

/// The name the site shows, from the ONS name: "Bristol, City of" → "Bristol", "Kingston
/// Upon Hull, City of" → "Kingston upon Hull". Other names are kept as ONS writes them.
pub fn display_name(ons: &str) -> String {
    let base = ons.strip_suffix(", City of").or_else(|| ons.strip_suffix(", County of")).unwrap_or(ons);
    base.split(' ').map(|w| if w == "Upon" { "upon" } else { w }).collect::<Vec<_>>().join(" ")
}

/// Title case for a lower-case scraped name, keeping short joining words lower case:
/// "kingston upon hull" → "Kingston upon Hull".
pub fn title_case(s: &str) -> String {
    const SMALL: [&str; 6] = ["and", "upon", "on", "of", "the", "in"];
    let word = |w: &str, first: bool| {
        if !first && SMALL.contains(&w) {
            return w.to_string();
        }
        let mut c = w.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
            None => String::new(),
        }
    };
    s.split(' ')
        .enumerate()
        .map(|(i, w)| {
            w.split('-').enumerate().map(|(j, p)| word(p, i == 0 && j == 0)).collect::<Vec<_>>().join("-")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The lookup's `also_known_as`, a bracketed list like `[BCP, Bournemouth, Christchurch &
/// Poole]`. A piece joined with `&` continues the name before it when that name is a single
/// place ("Bournemouth, Christchurch & Poole").
pub fn parse_also_known_as(s: &str) -> Vec<String> {
    let inner = s.trim().trim_start_matches('[').trim_end_matches(']');
    let mut out: Vec<String> = Vec::new();
    for piece in inner.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let joins_previous = piece.contains(" & ")
            && out.last().is_some_and(|prev| !prev.contains(' ') && prev.chars().any(|c| c.is_lowercase()));
        if joins_previous {
            let prev = out.pop().unwrap_or_default();
            out.push(format!("{prev}, {piece}"));
        } else {
            out.push(piece.to_string());
        }
    }
    out
}

/// Statistical neighbours as the lookup gives them (DfE LA numbers), by ONS code, with the row
/// they came from: converted to ONS codes once every row is read.
type NeighbourNumbers = BTreeMap<String, (Vec<String>, Origin)>;

/// Region codes by region name, from the lookup rows that have one: for the rows that lack one
/// (Medway) or say `NotKnown`.
fn region_codes(lookup: &Table) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in lookup.records() {
        if is_region_code(r.get("region_code")) {
            out.entry(r.get("region_name").to_string()).or_default().insert(r.get("region_code").to_string());
        }
    }
    out
}

/// One council from its lookup row, with its other names (the ONS name where the site shows
/// another, and the row's `also_known_as`) not yet added. Problems with the row's fields are
/// reported; `None` when its ONS code is not one.
fn lookup_council(
    r: &Record,
    region_codes: &BTreeMap<String, BTreeSet<String>>,
    abolished: &BTreeSet<String>,
    problems: &mut Vec<Problem>,
) -> Option<(Council, Vec<String>)> {
    let code = r.get("la_code_new").to_string();
    if !is_council_code(&code) {
        problems.push(r.problem(format!("la_code_new {code:?} is not an ONS council code")));
        return None;
    }
    let (urn, la) = (r.get("urn").to_string(), r.get("la_code").to_string());
    if urn.is_empty() || !urn.bytes().all(|b| b.is_ascii_digit()) {
        problems.push(r.problem(format!("urn {urn:?} is not a number")));
    }
    if la.len() != 3 || !la.bytes().all(|b| b.is_ascii_digit()) {
        problems.push(r.problem(format!("la_code {la:?} is not a 3-digit LA number")));
    }
    let ons_name = r.get("local_authority_ons_name");
    if ons_name.is_empty() {
        problems.push(r.problem("local_authority_ons_name is empty"));
    }
    let name = display_name(ons_name);
    let region = r.get("region_name").to_string();
    let region_code = if is_region_code(r.get("region_code")) {
        r.get("region_code").to_string()
    } else {
        match region_codes.get(&region).map(|s| s.iter().collect::<Vec<_>>()).as_deref() {
            Some([only]) => only.to_string(),
            _ => {
                problems.push(r.problem(format!("no region code for region {region:?}")));
                String::new()
            }
        }
    };
    let mut other_names = Vec::new();
    if ons_name != name {
        other_names.push(ons_name.to_string());
    }
    other_names.extend(parse_also_known_as(r.get("also_known_as")));
    let council = Council {
        slug: slug(&name),
        name,
        current: !abolished.contains(&code),
        code,
        la_number: la,
        urn,
        region,
        region_code,
        ..Council::default()
    };
    Some((council, other_names))
}

impl Councils {
    /// Reads the lookup and the reorganisations, and links them: statistical neighbours as
    /// ONS codes, each successor to the councils it replaced.
    pub fn read(lookup: &Table, reorganisations: &Table) -> Result<Councils, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut councils = Councils::default();
        councils.read_reorganisations(reorganisations, &mut problems);
        let neighbours = councils.read_lookup(lookup, &mut problems);
        councils.link_neighbours(neighbours, &mut problems);
        councils.link_reorganisations(&mut problems);
        if problems.is_empty() {
            Ok(councils)
        } else {
            Err(problems)
        }
    }

    /// Every council of the lookup, with the URN and LA number maps; slugs, URNs, LA numbers
    /// and codes must each be unique.
    fn read_lookup(&mut self, lookup: &Table, problems: &mut Vec<Problem>) -> NeighbourNumbers {
        let abolished: BTreeSet<String> = self.reorganisations.iter().map(|r| r.code.clone()).collect();
        let region_codes = region_codes(lookup);
        let mut neighbour_numbers = NeighbourNumbers::new();
        let mut slugs: BTreeMap<String, String> = BTreeMap::new();
        for r in lookup.records() {
            let Some((mut council, other_names)) = lookup_council(&r, &region_codes, &abolished, problems)
            else {
                continue;
            };
            let (code, urn, la) = (council.code.clone(), council.urn.clone(), council.la_number.clone());
            if council.current {
                if let Some(other) = slugs.insert(council.slug.clone(), code.clone()) {
                    problems.push(r.problem(format!("slug {} is also that of {other}", council.slug)));
                }
            }
            if self.by_urn.insert(urn.clone(), code.clone()).is_some() {
                problems.push(r.problem(format!("urn {urn} appears twice in the lookup")));
            }
            if self.by_la_number.insert(la.clone(), code.clone()).is_some() {
                problems.push(r.problem(format!("la_code {la} appears twice in the lookup")));
            }
            let numbers: Vec<String> = r
                .get("stat_neighbours")
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            neighbour_numbers.insert(code.clone(), (numbers, r.origin()));
            if self.by_code.contains_key(&code) {
                problems.push(r.problem(format!("ONS code {code} appears twice in the lookup")));
                continue;
            }
            for n in other_names {
                add_name(&mut council, &n);
            }
            self.by_code.insert(code, council);
        }
        neighbour_numbers
    }

    /// Statistical neighbours: the lookup's LA numbers, converted to today's ONS codes.
    fn link_neighbours(&mut self, neighbour_numbers: NeighbourNumbers, problems: &mut Vec<Problem>) {
        for (code, (numbers, origin)) in neighbour_numbers {
            let mut codes = Vec::new();
            for n in numbers {
                match self.by_la_number.get(&n) {
                    Some(c) if self.by_code.get(c).is_some_and(|c| c.current) => codes.push(c.clone()),
                    Some(c) => problems.push(
                        origin.problem(format!("statistical neighbour {n} is {c}, not a current council")),
                    ),
                    None => problems
                        .push(origin.problem(format!("statistical neighbour {n} is not in the lookup"))),
                }
            }
            if let Some(c) = self.by_code.get_mut(&code) {
                c.neighbours = codes;
            }
        }
    }

    /// Links from the reorganisations: each successor names the councils it replaced, and an
    /// abolished council may not be current in the lookup.
    fn link_reorganisations(&mut self, problems: &mut Vec<Problem>) {
        for reorg in &self.reorganisations {
            if self.by_code.get(&reorg.code).is_some_and(|c| c.current) {
                problems.push(
                    reorg
                        .origin
                        .problem(format!("{} is abolished here but current in the lookup", reorg.code)),
                );
            }
            for s in &reorg.successors {
                match self.by_code.get_mut(s) {
                    Some(c) if c.current => {
                        if !c.predecessors.contains(&reorg.code) {
                            c.predecessors.push(reorg.code.clone());
                            c.predecessors.sort();
                        }
                    }
                    _ => problems.push(
                        reorg.origin.problem(format!("successor {s} is not a current council in the lookup")),
                    ),
                }
            }
        }
    }

    fn read_reorganisations(&mut self, table: &Table, problems: &mut Vec<Problem>) {
        for r in table.records() {
            let code = r.get("abolished_code");
            if !is_council_code(code) {
                problems.push(r.problem(format!("abolished_code {code:?} is not an ONS council code")));
                continue;
            }
            let Some(abolished) = crate::dates::parse_iso(r.get("abolished")) else {
                problems.push(r.problem(format!("unparseable date {:?}", r.get("abolished"))));
                continue;
            };
            let successors: Vec<String> =
                r.get("successors").split_whitespace().map(str::to_string).collect();
            if successors.is_empty() || successors.iter().any(|s| !is_council_code(s)) {
                problems.push(
                    r.problem(format!("successors {:?} are not ONS council codes", r.get("successors"))),
                );
                continue;
            }
            if r.get("name").is_empty() || r.get("citation").is_empty() {
                problems.push(r.problem("a reorganisation needs a name and a citation"));
                continue;
            }
            if self.reorganisations.iter().any(|x| x.code == code) {
                problems.push(r.problem(format!("{code} is abolished twice")));
                continue;
            }
            self.reorganisations.push(Reorganisation {
                code: code.to_string(),
                name: r.get("name").to_string(),
                abolished,
                successors,
                citation: r.get("citation").to_string(),
                url: r.get("url").to_string(),
                origin: r.origin(),
            });
        }
    }

    /// The ONS code of the council a source row names by its `urn`, after checking the row's
    /// own `ons_code` against the lookup's (a difference is a problem); `None`, with a problem,
    /// for a URN the lookup does not have.
    pub fn council_of_row(&self, r: &Record, problems: &mut Vec<Problem>) -> Option<&str> {
        let urn = r.get("urn");
        let Some(code) = self.code_of_urn(urn) else {
            problems.push(r.problem(format!("urn {urn} is not a council in the lookup")));
            return None;
        };
        if r.get("ons_code") != code {
            problems.push(r.problem(format!(
                "ons_code {} differs from the lookup's {code} for urn {urn}",
                r.get("ons_code")
            )));
        }
        Some(code)
    }

    /// The ONS code of the council with this Ofsted URN.
    pub fn code_of_urn(&self, urn: &str) -> Option<&str> {
        self.by_urn.get(urn).map(String::as_str)
    }

    /// True for a code the dataset may attribute a record to: a lookup council or an
    /// abolished council named in the reorganisations.
    pub fn knows(&self, code: &str) -> bool {
        self.by_code.contains_key(code) || self.reorganisations.iter().any(|r| r.code == code)
    }

    /// The council a record dated `date` belongs to. A record filed under a council created
    /// by a reorganisation but dated before it belongs to the abolished council, when there is
    /// exactly one; with several predecessors it cannot be attributed.
    pub fn attribute(&self, code: &str, date: NaiveDate) -> Result<String, String> {
        let before: Vec<&Reorganisation> = self
            .reorganisations
            .iter()
            .filter(|r| r.successors.iter().any(|s| s == code) && date < r.abolished)
            .collect();
        match before.as_slice() {
            [] => Ok(code.to_string()),
            [only] => Ok(only.code.clone()),
            many => Err(format!(
                "dated {date}, before {code} existed, and it had {} predecessors ({}): cannot attribute",
                many.len(),
                many.iter().map(|r| r.code.as_str()).collect::<Vec<_>>().join(", ")
            )),
        }
    }

    /// Adds a name readers may search for, unless the council already has it.
    pub fn add_other_name(&mut self, code: &str, name: &str) {
        if let Some(c) = self.by_code.get_mut(code) {
            add_name(c, name);
        }
    }

    /// The councils the dataset lists (every current council and each abolished council with
    /// a record in `used`), and the abolished councils kept by name only.
    pub fn finish(mut self, used: &BTreeSet<String>) -> (Vec<Council>, Vec<FormerCouncil>) {
        let mut former = Vec::new();
        for reorg in &self.reorganisations {
            if used.contains(&reorg.code) {
                let region = reorg.successors.first().and_then(|s| self.by_code.get(s));
                let (region, region_code) =
                    region.map(|c| (c.region.clone(), c.region_code.clone())).unwrap_or_default();
                let entry = self.by_code.entry(reorg.code.clone()).or_insert_with(|| Council {
                    code: reorg.code.clone(),
                    name: reorg.name.clone(),
                    slug: slug(&reorg.name),
                    region,
                    region_code,
                    current: false,
                    ..Council::default()
                });
                entry.name = reorg.name.clone();
                entry.slug = slug(&reorg.name);
                entry.successors = reorg.successors.clone();
                entry.abolished = Some(reorg.abolished);
                entry.neighbours.clear();
            } else {
                former.push(FormerCouncil {
                    code: reorg.code.clone(),
                    name: reorg.name.clone(),
                    abolished: reorg.abolished,
                    successors: reorg.successors.clone(),
                    citation: reorg.citation.clone(),
                    url: reorg.url.clone(),
                });
            }
        }
        let councils = self.by_code.into_values().filter(|c| c.current || used.contains(&c.code)).collect();
        former.sort_by(|a, b| a.code.cmp(&b.code));
        (councils, former)
    }
}

fn is_region_code(s: &str) -> bool {
    !s.is_empty() && s != "NotKnown"
}

fn add_name(c: &mut Council, name: &str) {
    let key = |s: &str| s.to_lowercase().replace('.', "");
    let k = key(name);
    if name.is_empty() || key(&c.name) == k || c.other_names.iter().any(|n| key(n) == k) {
        return;
    }
    c.other_names.push(name.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(display_name("Kingston Upon Hull, City of"), "Kingston upon Hull");
        assert_eq!(display_name("Bristol, City of"), "Bristol");
        assert_eq!(
            display_name("Bournemouth, Christchurch and Poole"),
            "Bournemouth, Christchurch and Poole"
        );
        assert_eq!(slug("Bournemouth, Christchurch and Poole"), "bournemouth-christchurch-and-poole");
        assert_eq!(slug("St. Helens"), "st-helens");
        assert_eq!(slug("Kingston upon Hull"), "kingston-upon-hull");
        assert_eq!(slug("Telford & Wrekin"), "telford-and-wrekin");
        assert_eq!(title_case("kingston upon hull"), "Kingston upon Hull");
        assert_eq!(title_case("southend-on-sea"), "Southend-on-Sea");
        assert_eq!(title_case("telford & wrekin"), "Telford & Wrekin");
        assert_eq!(
            parse_also_known_as("[BCP, Bournemouth, Christchurch & Poole]"),
            vec!["BCP", "Bournemouth, Christchurch & Poole"]
        );
        assert_eq!(parse_also_known_as("[Kingston Upon Hull, Hull]"), vec!["Kingston Upon Hull", "Hull"]);
        assert!(parse_also_known_as("").is_empty());
        assert!(is_council_code("E08000035"));
        assert!(!is_council_code("E12000003"));
    }
}
