//! Loading the bundled dataset: parse the JSON into the model and check that it holds
//! together (every council a record names exists, dates run forwards, records are sorted,
//! grades belong to their framework's scale). The builder runs the same checks before it
//! writes, so a dataset that loads here is one the site can show without surprises.

use crate::model::{Area, Dataset, Framework, Grade};
use std::collections::BTreeSet;
use std::fmt;

/// The `format` this loader understands.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not the shape of the model.
    Json(String),
    /// A dataset of a format this code does not read.
    Format { found: u32, expected: u32 },
    /// Parsed, but not consistent: one message per problem.
    Inconsistent(Vec<String>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Json(e) => write!(f, "dataset is not valid JSON for the model: {e}"),
            LoadError::Format { found, expected } => {
                write!(f, "dataset format {found}, but this code reads format {expected}")
            }
            LoadError::Inconsistent(problems) => {
                write!(f, "dataset is inconsistent: {}", problems.join("; "))
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Parses the dataset JSON and checks its internal consistency.
pub fn parse_dataset(json: &str) -> Result<Dataset, LoadError> {
    let dataset: Dataset = serde_json::from_str(json).map_err(|e| LoadError::Json(e.to_string()))?;
    if dataset.format != FORMAT {
        return Err(LoadError::Format { found: dataset.format, expected: FORMAT });
    }
    let problems = check(&dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(LoadError::Inconsistent(problems))
    }
}

/// Every inconsistency in `d`, in plain words; empty when it holds together.
pub fn check(d: &Dataset) -> Vec<String> {
    let mut out = Vec::new();
    // Filled by `extend`, not `collect`: collecting into a BTreeSet sorts with the standard
    // library's sort, a copy of which would be the only one left in the wasm (see `sort`).
    let mut codes: BTreeSet<&str> = BTreeSet::new();
    codes.extend(d.councils.iter().map(|c| c.code.as_str()));
    let mut former: BTreeSet<&str> = BTreeSet::new();
    former.extend(d.former_councils.iter().map(|c| c.code.as_str()));
    let known = |code: &str| codes.contains(code) || former.contains(code);
    if codes.len() != d.councils.len() {
        out.push("a council code appears twice".to_string());
    }
    if !d.councils.windows(2).all(|w| w[0].code < w[1].code) {
        out.push("councils are not sorted by code".to_string());
    }
    let mut slugs = BTreeSet::new();
    for c in &d.councils {
        if c.slug.is_empty()
            || !c.slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            out.push(format!("{}: slug {:?} is not lower-case ASCII words joined by -", c.code, c.slug));
        }
        if !slugs.insert(c.slug.as_str()) {
            out.push(format!("{}: slug {} is used twice", c.code, c.slug));
        }
        if c.current == c.abolished.is_some() {
            out.push(format!("{}: a council is current exactly when it has no abolition date", c.code));
        }
        for n in &c.neighbours {
            if !codes.contains(n.as_str()) {
                out.push(format!("{}: statistical neighbour {n} is not a council", c.code));
            }
        }
        for p in c.predecessors.iter().chain(&c.successors) {
            if !known(p) {
                out.push(format!("{}: predecessor or successor {p} is not in the dataset", c.code));
            }
        }
    }
    for f in &d.former_councils {
        if codes.contains(f.code.as_str()) {
            out.push(format!("{}: both a council and a former council", f.code));
        }
        for s in &f.successors {
            if !codes.contains(s.as_str()) {
                out.push(format!("{}: successor {s} is not a council", f.code));
            }
        }
    }
    for (n, i) in d.inspections.iter().enumerate() {
        let at = format!("inspection {} of {} published {}", i.framework.code(), i.council, i.published);
        if !codes.contains(i.council.as_str()) {
            out.push(format!("{at}: council {} is not in the dataset", i.council));
        }
        let show = |d: Option<chrono::NaiveDate>| d.map_or("?".to_string(), |d| d.to_string());
        match (i.start, i.end) {
            (None, Some(_)) => out.push(format!("{at}: an end date without a start date")),
            (start, end) if !(start <= end.or(start) && end.or(start).is_none_or(|d| d <= i.published)) => {
                out.push(format!(
                    "{at}: dates out of order ({} to {}, published {})",
                    show(start),
                    show(end),
                    i.published
                ))
            }
            _ => {}
        }
        if i.report_url.is_empty() && i.citation.is_empty() {
            out.push(format!("{at}: neither a report URL nor a citation"));
        }
        if i.judgements.is_empty() {
            out.push(format!("{at}: no judgements"));
        }
        for (k, j) in i.judgements.iter().enumerate() {
            if i.judgements[..k].iter().any(|o| o.area == j.area) {
                out.push(format!("{at}: {} judged twice", j.area.key()));
            }
            let old_scale = i.framework.four_point_scale();
            if j.grade == Grade::Adequate && !old_scale {
                out.push(format!("{at}: Adequate is not on the {} scale", i.framework.code()));
            }
            if j.grade == Grade::RequiresImprovement && old_scale {
                out.push(format!("{at}: Requires improvement is not on the {} scale", i.framework.code()));
            }
            if j.grade == Grade::NotGraded2026
                && (i.framework != Framework::Ilacs || j.area != Area::OverallEffectiveness)
            {
                out.push(format!(
                    "{at}: only the ILACS overall effectiveness can be not graded under the 2026 framework"
                ));
            }
        }
        if n > 0 {
            let p = &d.inspections[n - 1];
            if (&p.council, p.when()) > (&i.council, i.when()) {
                out.push(format!("{at}: inspections are not sorted by council then start"));
            }
        }
    }
    for (n, e) in d.events.iter().enumerate() {
        let at = format!("event {} of {} on {}", e.kind.code(), e.council, e.date);
        if !codes.contains(e.council.as_str()) {
            out.push(format!("{at}: council {} is not in the dataset", e.council));
        }
        if e.end.is_some_and(|end| end < e.date) {
            out.push(format!("{at}: ends before it starts"));
        }
        if e.title.is_empty() || e.citation.is_empty() {
            out.push(format!("{at}: needs a title and a citation"));
        }
        if n > 0 {
            let p = &d.events[n - 1];
            if (&p.council, p.date) > (&e.council, e.date) {
                out.push(format!("{at}: events are not sorted by council then date"));
            }
        }
    }
    out
}
