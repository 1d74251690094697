//! Ready-made groups of councils to compare: a council's statistical neighbours, a region's
//! councils, and the councils judged Inadequate at their first SIF inspection; each capped at
//! `MAX_COMPARE` with a note saying what was left out.

use super::name_of;
use super::selection::{resolve_key, Resolved};
use crate::councils_table::resolve_region;
use crate::model::{Area, Council, Dataset, Framework, Grade, Inspection};
use crate::route::{Route, MAX_COMPARE};
use crate::text::{join_names, plural};
use chrono::NaiveDate;

/// A ready-made group of councils to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preset {
    /// A heading for the group, e.g. "Leeds and its statistical neighbours".
    pub title: String,
    /// Every council of the group, in the preset's order.
    pub all: Vec<String>,
    /// The first `MAX_COMPARE` of them: what the comparison shows.
    pub codes: Vec<String>,
    /// Says what was left out and why, whenever anything was.
    pub note: Option<String>,
}

impl Preset {
    /// The comparison of this group's first `MAX_COMPARE` councils.
    pub fn route(&self) -> Route {
        Route::Compare { councils: self.codes.clone(), present: false }
    }

    fn new(
        title: String,
        all: Vec<String>,
        note: impl FnOnce(&[String], &[String]) -> Option<String>,
    ) -> Preset {
        let codes: Vec<String> = all.iter().take(MAX_COMPARE).cloned().collect();
        let note = note(&all, &codes);
        Preset { title, all, codes, note }
    }
}

/// The council named by `key` followed by its statistical neighbours (councils the DfE judges
/// most similar to it), in the lookup's order, capped at `MAX_COMPARE`. A neighbour code that
/// names no council of the dataset is left out and the note says so. `None` when `key` names
/// no council.
pub fn statistical_neighbours(data: &Dataset, key: &str) -> Option<Preset> {
    let Resolved::Council(council) = resolve_key(data, key) else {
        return None;
    };
    let mut all = vec![council.code.clone()];
    let mut unknown: Vec<String> = Vec::new();
    for n in &council.neighbours {
        match data.council(n) {
            Some(c) if !all.contains(&c.code) => all.push(c.code.clone()),
            Some(_) => {}
            None => unknown.push(n.clone()),
        }
    }
    let title = format!("{} and its statistical neighbours", council.name);
    Some(Preset::new(title, all, |all, codes| {
        let mut notes: Vec<String> = Vec::new();
        if all.len() > codes.len() {
            let left: Vec<String> = all[codes.len()..].iter().map(|c| name_of(data, c)).collect();
            notes.push(format!(
                "{} has {} statistical neighbours; a comparison shows at most {MAX_COMPARE} councils, so it shows {} with the first {} in its list. Left out: {}.",
                council.name,
                all.len() - 1,
                council.name,
                codes.len() - 1,
                join_names(&left)
            ));
        }
        if !unknown.is_empty() {
            notes.push(format!(
                "The statistical neighbour list also names {}, which {} not a council in this data.",
                join_names(&unknown),
                plural(unknown.len(), "is", "are")
            ));
        }
        (!notes.is_empty()).then(|| notes.join(" "))
    }))
}

/// The current councils of a region (by name, slug or region code), A to Z, capped at the
/// first `MAX_COMPARE` with a note saying how many there are in all. `None` for an unknown
/// region.
pub fn region(data: &Dataset, region: &str) -> Option<Preset> {
    let name = resolve_region(data, region)?;
    let mut councils: Vec<&Council> = data.current_councils().filter(|c| c.region == name).collect();
    crate::sort::sort_by(&mut councils, |a, b| a.name.cmp(&b.name).then_with(|| a.code.cmp(&b.code)));
    let all: Vec<String> = councils.iter().map(|c| c.code.clone()).collect();
    let title = format!("Councils in {name}");
    Some(Preset::new(title, all, |all, codes| {
        (all.len() > codes.len()).then(|| {
            format!(
                "{name} has {} councils; a comparison shows at most {MAX_COMPARE}, so these are the first {} in alphabetical order. Remove some to add others.",
                all.len(),
                codes.len()
            )
        })
    }))
}

/// A council's first inspection under the single inspection framework, if it had one. Only
/// the council's own inspections count, not its predecessors': a council created after 2018
/// never had a SIF inspection, and counting a predecessor's would count one judgement once for
/// each of its successors.
pub fn first_sif<'a>(data: &'a Dataset, council: &Council) -> Option<&'a Inspection> {
    data.inspections
        .iter()
        .filter(|i| i.council == council.code && i.framework == Framework::Sif)
        .min_by_key(|i| (i.when(), i.published))
}

/// Current councils whose first SIF inspection judged overall effectiveness Inadequate, in
/// order of that inspection's start (ties by name), capped at the `MAX_COMPARE` inspected
/// earliest with a note saying how many there are in all.
pub fn inadequate_at_first_sif(data: &Dataset) -> Preset {
    // Each council's `first_sif`, from one pass over the inspections rather than one a council.
    let mut firsts: std::collections::HashMap<&str, &Inspection> = std::collections::HashMap::new();
    for i in data.inspections.iter().filter(|i| i.framework == Framework::Sif) {
        let first = firsts.entry(i.council.as_str()).or_insert(i);
        if (i.when(), i.published) < (first.when(), first.published) {
            *first = i;
        }
    }
    let mut found: Vec<(NaiveDate, &str, &str)> = data
        .current_councils()
        .filter_map(|c| {
            let i = *firsts.get(c.code.as_str())?;
            (i.grade(Area::OverallEffectiveness) == Some(Grade::Inadequate)).then_some((
                i.when(),
                c.name.as_str(),
                c.code.as_str(),
            ))
        })
        .collect();
    crate::sort::sort(&mut found);
    let all: Vec<String> = found.iter().map(|(_, _, code)| code.to_string()).collect();
    let title = "Councils judged Inadequate at their first SIF inspection".to_string();
    Preset::new(title, all, |all, codes| {
        (all.len() > codes.len()).then(|| {
            format!(
                "{} councils were judged Inadequate at their first inspection under the single inspection framework (2013 to 2018); a comparison shows at most {MAX_COMPARE}, so these are the {} inspected earliest.",
                all.len(),
                codes.len()
            )
        })
    })
}

/// The groups the comparison page offers to start from: the first council's statistical
/// neighbours and its region, when there is a first council, then the councils judged
/// Inadequate at their first SIF inspection.
pub fn presets_for(data: &Dataset, codes: &[String]) -> Vec<Preset> {
    presets_for_with(data, codes, &inadequate_at_first_sif(data))
}

/// `presets_for` with `inadequate_at_first_sif(data)` given: that group depends on the data
/// alone, so a page works it out once rather than again for every list of councils.
pub fn presets_for_with(data: &Dataset, codes: &[String], sif: &Preset) -> Vec<Preset> {
    let mut out: Vec<Preset> = Vec::new();
    if let Some(c) = codes.first().and_then(|c| data.council(c)) {
        out.extend(statistical_neighbours(data, &c.code));
        out.extend(region(data, &c.region));
    }
    out.push(sif.clone());
    out
}

/// The preset group a comparison shows exactly (the same councils, in any order), if any: a
/// council's statistical neighbours (tried for each council of the comparison, the first
/// council first), the region of the first council, or the councils judged Inadequate at their
/// first SIF inspection. A group of one council is no group.
pub fn matching_preset(data: &Dataset, codes: &[String]) -> Option<Preset> {
    if codes.len() < 2 {
        return None;
    }
    matching_preset_with(data, codes, &inadequate_at_first_sif(data))
}

/// `matching_preset` with `inadequate_at_first_sif(data)` given (see `presets_for_with`). The
/// candidates are built in order and the first that fits is the answer, so a match ends the
/// search.
pub fn matching_preset_with(data: &Dataset, codes: &[String], sif: &Preset) -> Option<Preset> {
    if codes.len() < 2 {
        return None;
    }
    let sorted = |list: &[String]| {
        let mut v: Vec<String> = list.iter().map(|c| c.to_ascii_uppercase()).collect();
        crate::sort::sort(&mut v);
        v
    };
    let wanted = sorted(codes);
    let fits = |p: &Preset| p.codes.len() >= 2 && sorted(&p.codes) == wanted;
    codes
        .iter()
        .filter_map(|c| statistical_neighbours(data, c))
        .find(fits)
        .or_else(|| {
            codes.first().and_then(|c| data.council(c)).and_then(|f| region(data, &f.region)).filter(fits)
        })
        .or_else(|| fits(sif).then(|| sif.clone()))
}
