//! The provenance list `data/sources/provenance.csv`: where each source copy came from. It
//! becomes the dataset's `sources`, and the newest snapshot date in it is the data release.

use crate::problem::Problem;
use crate::table::Table;
use chrono::NaiveDate;
use journeys_core::model::SourceRef;

pub const COLUMNS: [&str; 6] = ["file", "origin", "commit", "path", "licence", "snapshot"];

/// Files in `data/sources/` that describe the others and need no entry of their own.
const SELF_DESCRIBING: [&str; 2] = ["data/sources/provenance.csv", "data/sources/PROVENANCE.md"];

pub struct Provenance {
    pub sources: Vec<SourceRef>,
    /// The newest `snapshot` date: the release date of the dataset.
    pub release: NaiveDate,
}

/// Reads the list and checks it against the files actually present: every source copy has an
/// entry and every entry names a file that exists.
pub fn read(table: &Table, source_files: &[String]) -> Result<Provenance, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut sources = Vec::new();
    let mut release: Option<NaiveDate> = None;
    for r in table.records() {
        let file = r.get("file");
        if !source_files.iter().any(|f| f == file) {
            problems.push(r.problem(format!("{file} does not exist")));
        }
        if r.get("origin").is_empty() {
            problems.push(r.problem("origin is empty"));
        }
        if !r.get("snapshot").is_empty() {
            match crate::dates::parse_iso(r.get("snapshot")) {
                Some(d) => release = release.max(Some(d)),
                None => {
                    problems.push(r.problem(format!("unparseable snapshot date {:?}", r.get("snapshot"))))
                }
            }
        }
        sources.push(SourceRef {
            file: file.to_string(),
            origin: r.get("origin").to_string(),
            commit: r.get("commit").to_string(),
            path: r.get("path").to_string(),
            licence: r.get("licence").to_string(),
        });
    }
    for f in source_files {
        if !SELF_DESCRIBING.contains(&f.as_str()) && !sources.iter().any(|s| &s.file == f) {
            problems.push(Problem::new(table.file.clone(), 0, format!("{f} has no provenance entry")));
        }
    }
    let Some(release) = release else {
        problems.push(Problem::new(table.file.clone(), 0, "no snapshot date, so no release date"));
        return Err(problems);
    };
    if problems.is_empty() {
        Ok(Provenance { sources, release })
    } else {
        Err(problems)
    }
}
