//! The files the builder reads, held in memory by their project path (`data/...`), so that
//! the build itself is a pure function of text and tests can feed it small fixtures.

use crate::problem::Problem;
use std::collections::BTreeMap;
use std::path::Path;

pub const PROVENANCE: &str = "data/sources/provenance.csv";
pub const LOOKUP: &str = "data/sources/raw/d2i-ilacs-scrape-jt39/Provider_data_lookup.csv";
pub const HISTORY: &str = "data/sources/raw/d2i-ilacs-scrape-jt39/ofsted_csc_ilacs_history.csv";
pub const PDF_JUDGEMENTS: &str = "data/sources/derived/ofsted_la_judgements_from_report_pdfs.csv";
pub const FOCUSED_VISITS: &str = "data/sources/derived/ofsted_focused_visits_from_report_pdfs.csv";
pub const CORRECTIONS: &str = "data/sources/derived/corrections.csv";
pub const REORGANISATIONS: &str = "data/additions/reorganisations.csv";
pub const EVENTS: &str = "data/additions/events.csv";
pub const INSPECTIONS: &str = "data/additions/inspections.csv";
pub const FINDINGS: &str = "data/additions/findings.csv";
pub const SKIPS: &str = "data/skips.csv";
pub const HEXES: &str = "data/additions/hexes.csv";
pub const ALIASES: &str = "data/official-statistics/aliases.csv";
pub const KNOWN_DISAGREEMENTS: &str = "data/official-statistics/known-disagreements.csv";
pub const DFE_WORKFORCE: &str = crate::dfe_indicators::WORKFORCE;
pub const DFE_LOOKED_AFTER: &str = crate::dfe_indicators::LOOKED_AFTER;
pub const DFE_IN_NEED: &str = crate::dfe_indicators::IN_NEED;
pub const DFE_CODES: &str = crate::dfe_indicators::CODES;
pub const IMPROVEMENTS: &str = "data/sources/derived/ofsted_what_needs_to_improve_from_report_pdfs.csv";
pub const THEMES: &str = "data/improvements/themes.csv";
pub const WITHOUT_POINTS: &str = "data/improvements/without-points.csv";
pub const HEX_LAYOUT: &str = "data/sources/raw/odileeds-hexmaps/uk-upper-tier-local-authorities.hexjson";
/// The folder of source copies; citations and the provenance list name files in it.
pub const SOURCES_DIR: &str = "data/sources";

/// Every CSV the build reads, in the order it reads them.
pub const CSV_FILES: [&str; 21] = [
    PROVENANCE,
    LOOKUP,
    HISTORY,
    PDF_JUDGEMENTS,
    FOCUSED_VISITS,
    CORRECTIONS,
    REORGANISATIONS,
    EVENTS,
    INSPECTIONS,
    FINDINGS,
    SKIPS,
    HEXES,
    ALIASES,
    KNOWN_DISAGREEMENTS,
    DFE_WORKFORCE,
    DFE_LOOKED_AFTER,
    DFE_IN_NEED,
    DFE_CODES,
    IMPROVEMENTS,
    THEMES,
    WITHOUT_POINTS,
];

/// The text of every input file, keyed by project path, plus the names of files that
/// citations may point at.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub files: BTreeMap<String, String>,
    /// The sheets read from each spreadsheet (Ofsted's official statistics), by project path.
    pub workbooks: BTreeMap<String, Vec<crate::spreadsheet::Grid>>,
    /// Project paths of every file under `data/sources/`, e.g.
    /// `data/sources/seeds/000_x.txt`, which citations and the provenance list may name.
    pub source_files: Vec<String>,
}

impl Inputs {
    /// Reads the inputs from a `data` folder on disk. A missing or unreadable file is a problem.
    pub fn read(data_dir: &Path) -> Result<Inputs, Vec<Problem>> {
        let mut inputs = Inputs::default();
        let mut problems = Vec::new();
        // The CSVs, then the one JSON input, the hex map layout.
        for name in CSV_FILES.into_iter().chain([HEX_LAYOUT]) {
            let path = data_dir.join(name.strip_prefix("data/").unwrap_or(name));
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    inputs.files.insert(name.to_string(), text);
                }
                Err(e) => {
                    problems.push(Problem::new(name, 0, format!("cannot read {}: {e}", path.display())))
                }
            }
        }
        for (name, sheets) in crate::official_stats::WORKBOOKS {
            let path = data_dir.join(name.strip_prefix("data/").unwrap_or(name));
            match std::fs::read(&path) {
                Ok(bytes) => match crate::spreadsheet::read_ods(name, &bytes, sheets) {
                    Ok(grids) => {
                        inputs.workbooks.insert(name.to_string(), grids);
                    }
                    Err(mut p) => problems.append(&mut p),
                },
                Err(e) => {
                    problems.push(Problem::new(name, 0, format!("cannot read {}: {e}", path.display())))
                }
            }
        }
        list_files(&data_dir.join("sources"), SOURCES_DIR, &mut inputs.source_files);
        inputs.source_files.sort();
        if problems.is_empty() {
            Ok(inputs)
        } else {
            Err(problems)
        }
    }

    pub fn text(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(String::as_str)
    }
}

/// Adds the project path of every file below `dir` (named `prefix` in the project).
fn list_files(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        let path = format!("{prefix}/{name}");
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            list_files(&entry.path(), &path, out);
        } else {
            out.push(path);
        }
    }
}
