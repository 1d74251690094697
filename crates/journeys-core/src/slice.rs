//! One council's slice of the dataset: the council, the councils it replaced (whose inspections
//! its journey shows) and those that replaced it, with their inspections and events. A council
//! embed loads only this, a few kilobytes instead of the whole dataset; the slice passes the
//! loader's consistency checks, and the embed renders the same from it as from the whole
//! (the host render tests check that for every council).

use crate::model::{Council, Dataset};
use std::collections::BTreeSet;

/// The slice for the council with this code or slug; `None` when there is no such council.
pub fn council_slice(data: &Dataset, key: &str) -> Option<Dataset> {
    let council = data.find_council(key)?;
    let mut codes: BTreeSet<&str> = BTreeSet::new();
    let mut todo = vec![council];
    while let Some(c) = todo.pop() {
        if codes.insert(c.code.as_str()) {
            todo.extend(c.predecessors.iter().filter_map(|p| data.council(p)));
        }
    }
    codes.extend(council.successors.iter().filter_map(|s| data.council(s)).map(|s| s.code.as_str()));
    let former: BTreeSet<&str> = data
        .councils
        .iter()
        .filter(|c| codes.contains(c.code.as_str()))
        .flat_map(|c| c.predecessors.iter().chain(&c.successors))
        .map(String::as_str)
        .filter(|p| data.former_councils.iter().any(|f| f.code == *p))
        .collect();
    let known = |code: &String| codes.contains(code.as_str()) || former.contains(code.as_str());
    let trim = |c: &Council| Council {
        neighbours: Vec::new(),
        predecessors: c.predecessors.iter().filter(|p| known(p)).cloned().collect(),
        successors: c.successors.iter().filter(|s| known(s)).cloned().collect(),
        ..c.clone()
    };
    Some(Dataset {
        councils: data.councils.iter().filter(|c| codes.contains(c.code.as_str())).map(trim).collect(),
        inspections: data
            .inspections
            .iter()
            .filter(|i| codes.contains(i.council.as_str()))
            .cloned()
            .collect(),
        events: data.events.iter().filter(|e| codes.contains(e.council.as_str())).cloned().collect(),
        former_councils: data
            .former_councils
            .iter()
            .filter(|f| former.contains(f.code.as_str()))
            .map(|f| {
                let mut f = f.clone();
                f.successors.retain(|s| codes.contains(s.as_str()));
                f
            })
            .collect(),
        ..data.clone()
    })
}
