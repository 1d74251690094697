//! Which councils a `/compare` URL names: each key resolved (code, slug, loosely written name
//! or former council), repeats and anything past `MAX_COMPARE` left out with the reason, a
//! former council replaced by its successors, the notes that say so, and adding and removing
//! councils.

use super::name_of;
use crate::model::{Council, Dataset, FormerCouncil};
use crate::route::{Route, MAX_COMPARE};
use crate::text::{join_names, slug, truncate_chars};
use chrono::{Datelike, NaiveDate};

/// Why an entry of the URL's council list was left out of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DropReason {
    /// No council, and no former council, has this code, slug or name.
    Unknown,
    /// The council is already in the comparison (perhaps named once by code and once by slug).
    Duplicate,
    /// The comparison already holds `MAX_COMPARE` councils.
    TooMany,
}

/// One entry of the URL's council list that the comparison does not show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// The entry exactly as it was in the URL.
    pub key: String,
    pub reason: DropReason,
    /// The ONS code of the council it named, for `Duplicate` and `TooMany`, so the note can
    /// name the council rather than repeat a code the reader may not recognise.
    pub council: Option<String>,
}

/// An entry naming an abolished council, which the comparison shows as its successors: a
/// reader asking for Northamptonshire most likely wants the two councils that now run its
/// children's services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replaced {
    pub key: String,
    /// The former council's name.
    pub former: String,
    pub abolished: NaiveDate,
    /// ONS codes of its successors, in the dataset's order.
    pub successors: Vec<String>,
}

/// The councils a comparison shows, in the order given, and what was left out of or changed
/// in the list it came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selection {
    /// ONS codes, at most `MAX_COMPARE`, no repeats, in the order the URL gave them.
    pub codes: Vec<String>,
    pub dropped: Vec<Dropped>,
    pub replaced: Vec<Replaced>,
}

/// What a key in a `/compare` list names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Resolved<'a> {
    Council(&'a Council),
    Former(&'a FormerCouncil),
    Unknown,
}

/// Resolves one key: an ONS code or slug in any case, else a council's name or other name
/// written loosely ("Kingston upon Hull", "kingston+upon+hull"), else a former council's code
/// or name. Codes and slugs are tried first, across every council, so that a loose name can
/// never shadow an exact key.
pub fn resolve_key<'a>(data: &'a Dataset, key: &str) -> Resolved<'a> {
    let key = key.trim();
    if key.is_empty() {
        return Resolved::Unknown;
    }
    if let Some(c) = data.find_council(key) {
        return Resolved::Council(c);
    }
    if let Some(f) = data.former_councils.iter().find(|f| f.code.eq_ignore_ascii_case(key)) {
        return Resolved::Former(f);
    }
    let loose = slug(key);
    if loose.is_empty() {
        return Resolved::Unknown;
    }
    if let Some(c) = data
        .councils
        .iter()
        .find(|c| c.slug == loose || slug(&c.name) == loose || c.other_names.iter().any(|n| slug(n) == loose))
    {
        return Resolved::Council(c);
    }
    match data.former_councils.iter().find(|f| slug(&f.name) == loose) {
        Some(f) => Resolved::Former(f),
        None => Resolved::Unknown,
    }
}

impl Selection {
    /// Cleans a council list from the URL: unknown entries, repeats and anything past
    /// `MAX_COMPARE` are dropped (each recorded with its reason); a former council is replaced
    /// by its successors. Repeats are checked before the limit, so a repeated council is
    /// reported as a repeat even when the comparison is full.
    pub fn resolve(data: &Dataset, keys: &[String]) -> Selection {
        let mut sel = Selection::default();
        // Every council named so far, including those dropped for being too many, so that
        // naming one of them again is reported as a repeat.
        let mut seen: Vec<String> = Vec::new();
        for key in keys {
            let drop = |reason, council: Option<&str>| Dropped {
                key: key.clone(),
                reason,
                council: council.map(str::to_string),
            };
            match resolve_key(data, key) {
                Resolved::Unknown => sel.dropped.push(drop(DropReason::Unknown, None)),
                Resolved::Council(c) => {
                    if seen.contains(&c.code) {
                        sel.dropped.push(drop(DropReason::Duplicate, Some(&c.code)));
                    } else if sel.codes.len() >= MAX_COMPARE {
                        seen.push(c.code.clone());
                        sel.dropped.push(drop(DropReason::TooMany, Some(&c.code)));
                    } else {
                        seen.push(c.code.clone());
                        sel.codes.push(c.code.clone());
                    }
                }
                Resolved::Former(f) if sel.replaced.iter().any(|r| r.former == f.name) => {
                    sel.dropped.push(drop(DropReason::Duplicate, None));
                }
                Resolved::Former(f) => {
                    let successors: Vec<&str> = f
                        .successors
                        .iter()
                        .filter_map(|s| data.council(s))
                        .map(|c| c.code.as_str())
                        .collect();
                    if successors.is_empty() {
                        sel.dropped.push(drop(DropReason::Unknown, None));
                        continue;
                    }
                    sel.replaced.push(Replaced {
                        key: key.clone(),
                        former: f.name.clone(),
                        abolished: f.abolished,
                        successors: successors.iter().map(|s| s.to_string()).collect(),
                    });
                    // A successor already in the list is not a repeat the reader typed, so
                    // it is merged silently; the replacement note names the successors.
                    for code in successors {
                        if seen.iter().any(|s| s == code) {
                            continue;
                        }
                        seen.push(code.to_string());
                        if sel.codes.len() >= MAX_COMPARE {
                            sel.dropped.push(drop(DropReason::TooMany, Some(code)));
                        } else {
                            sel.codes.push(code.to_string());
                        }
                    }
                }
            }
        }
        sel
    }

    /// The canonical URL of the cleaned selection, by ONS code: what the app puts in the
    /// address bar (with `history.replaceState`) so that a copied link reopens exactly what is
    /// shown, without the notes.
    pub fn route(&self, present: bool) -> Route {
        Route::Compare { councils: self.codes.clone(), present }
    }
}

/// A key as quoted back to the reader: trimmed and cut short, because it came from a URL and
/// may be long.
fn quoted(key: &str) -> String {
    format!("“{}”", truncate_chars(key.trim(), 40))
}

/// The polite note for one dropped entry, e.g. "“xyz” is not a council we know, so it was
/// left out."
pub fn dropped_note(data: &Dataset, d: &Dropped) -> String {
    let name = d.council.as_deref().map(|c| name_of(data, c));
    match d.reason {
        DropReason::Unknown => format!("{} is not a council we know, so it was left out.", quoted(&d.key)),
        DropReason::Duplicate => format!(
            "{} was listed more than once, so the repeat was left out.",
            name.unwrap_or_else(|| quoted(&d.key))
        ),
        DropReason::TooMany => format!(
            "A comparison shows at most {MAX_COMPARE} councils, so {} was left out.",
            name.unwrap_or_else(|| quoted(&d.key))
        ),
    }
}

/// Every note a selection needs, in reading order: unknown entries one by one, repeats once
/// per council, the councils left out for being too many in one sentence, then former
/// councils shown as their successors. A repeat of a council left out for being too many is
/// not noted twice: the sentence about the limit already names it.
pub fn selection_notes(data: &Dataset, sel: &Selection) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for d in sel.dropped.iter().filter(|d| d.reason == DropReason::Unknown) {
        out.push(dropped_note(data, d));
    }
    let mut repeated: Vec<&str> = Vec::new();
    for d in sel.dropped.iter().filter(|d| d.reason == DropReason::Duplicate) {
        let code = d.council.as_deref().unwrap_or(&d.key);
        let left_out = d.council.as_ref().is_some_and(|c| !sel.codes.contains(c));
        if !left_out && !repeated.contains(&code) {
            repeated.push(code);
            out.push(dropped_note(data, d));
        }
    }
    let too_many: Vec<String> = sel
        .dropped
        .iter()
        .filter(|d| d.reason == DropReason::TooMany)
        .map(|d| d.council.as_deref().map(|c| name_of(data, c)).unwrap_or_else(|| quoted(&d.key)))
        .collect();
    match too_many.len() {
        0 => {}
        1 => out.push(format!(
            "A comparison shows at most {MAX_COMPARE} councils, so {} was left out.",
            too_many[0]
        )),
        _ => out.push(format!(
            "A comparison shows at most {MAX_COMPARE} councils, so {} were left out.",
            join_names(&too_many)
        )),
    }
    for r in &sel.replaced {
        let names: Vec<String> = r.successors.iter().map(|c| name_of(data, c)).collect();
        let (them, are) = if names.len() == 1 { ("the council", "is") } else { ("the councils", "are") };
        out.push(format!(
            "{} was abolished in {}; {them} that took over its children's services {are} shown instead: {}.",
            r.former,
            r.abolished.year(),
            join_names(&names)
        ));
    }
    out
}

/// Why a council could not be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The key names no council.
    Unknown,
    /// The comparison already holds `MAX_COMPARE` councils (or adding a former council's
    /// successors would take it past that).
    Full,
}

impl Refused {
    /// What the page says, e.g. after a search result is chosen.
    pub fn message(self, key: &str) -> String {
        match self {
            Refused::Unknown => format!("{} is not a council we know.", quoted(key)),
            Refused::Full => {
                format!("A comparison shows at most {MAX_COMPARE} councils. Remove one to add another.")
            }
        }
    }
}

/// The comparison's codes with the council named by `key` added at the end. Adding a council
/// already there changes nothing; a former council adds its successors that are not there yet,
/// all or none.
pub fn add(data: &Dataset, codes: &[String], key: &str) -> Result<Vec<String>, Refused> {
    let new: Vec<String> = match resolve_key(data, key) {
        Resolved::Unknown => return Err(Refused::Unknown),
        Resolved::Council(c) => vec![c.code.clone()],
        Resolved::Former(f) => f.successors.iter().filter(|s| data.council(s).is_some()).cloned().collect(),
    };
    if new.is_empty() {
        return Err(Refused::Unknown);
    }
    let mut out = codes.to_vec();
    let missing: Vec<String> =
        new.into_iter().filter(|c| !out.iter().any(|o| o.eq_ignore_ascii_case(c))).collect();
    if out.len() + missing.len() > MAX_COMPARE {
        return Err(Refused::Full);
    }
    out.extend(missing);
    Ok(out)
}

/// The comparison's codes without `code` (compared ignoring case); unchanged when it is not
/// there.
pub fn remove(codes: &[String], code: &str) -> Vec<String> {
    codes.iter().filter(|c| !c.eq_ignore_ascii_case(code.trim())).cloned().collect()
}
