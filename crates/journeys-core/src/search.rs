//! Council search for the typeahead: by name, other or former name, slug or ONS code,
//! forgiving of case, punctuation and "&" for "and", best matches first.

use crate::model::Dataset;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub code: String,
    pub name: String,
    pub region: String,
    /// The other name that matched, when it was not the council's own name (e.g. a former
    /// council: "Northamptonshire").
    pub via: Option<String>,
}

/// Lower-case words of `s` with punctuation dropped and `&` read as `and`.
pub fn normalise(s: &str) -> String {
    let s = s.to_lowercase().replace('&', " and ");
    let cleaned: String = s.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How well `name` matches `q` (both normalised): 0 exact, 1 prefix, 2 a word starts with it,
/// 3 contains it; `None` for no match.
fn score(name: &str, q: &str) -> Option<u8> {
    if name == q {
        Some(0)
    } else if name.starts_with(q) {
        Some(1)
    } else if name.split(' ').any(|w| w.starts_with(q)) || name.contains(&format!(" {q}")) {
        Some(2)
    } else if name.contains(q) {
        Some(3)
    } else {
        None
    }
}

/// Current councils matching `query`, best first, at most `limit`.
pub fn search(data: &Dataset, query: &str, limit: usize) -> Vec<Hit> {
    let q = normalise(query);
    if q.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(u8, u8, String, Hit)> = Vec::new();
    for c in data.current_councils() {
        let code_match = c.code.eq_ignore_ascii_case(query.trim());
        let mut best: Option<(u8, u8, Option<String>)> = code_match.then_some((0, 0, None));
        let mut consider = |text: &str, tier: u8, via: Option<&str>| {
            if let Some(s) = score(&normalise(text), &q) {
                let cand = (s, tier, via.map(str::to_string));
                if best.as_ref().is_none_or(|b| (cand.0, cand.1) < (b.0, b.1)) {
                    best = Some(cand);
                }
            }
        };
        consider(&c.name, 0, None);
        consider(&c.slug.replace('-', " "), 1, None);
        for other in &c.other_names {
            consider(other, 2, Some(other));
        }
        for p in &c.predecessors {
            let name = data.council(p).map(|x| &x.name).or_else(|| data.former_council(p).map(|f| &f.name));
            if let Some(name) = name {
                consider(name, 3, Some(name));
            }
        }
        if let Some((s, tier, via)) = best {
            let hit = Hit { code: c.code.clone(), name: c.name.clone(), region: c.region.clone(), via };
            scored.push((s, tier, c.name.clone(), hit));
        }
    }
    crate::sort::sort_by(&mut scored, |a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
    scored.into_iter().take(limit).map(|(_, _, _, h)| h).collect()
}
