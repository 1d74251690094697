//! Builds Council Journeys' bundled dataset from the project's source files: reads the
//! sources (`data/sources/`), applies `corrections.csv`, merges with an explicit precedence,
//! adds the project's cited additions (`data/additions/`), validates everything and
//! produces the JSON the site ships and the CSV it publishes. The build is a pure function
//! of the input texts, so the same inputs always give byte-identical output.

pub mod additions;
pub mod corrections;
pub mod councils;
pub mod coverage;
pub mod dates;
pub mod dfe_indicators;
pub mod focused_visits;
pub mod grades;
pub mod hexes;
pub mod improvements;
pub mod ilacs;
pub mod inputs;
pub mod merge;
pub mod official_stats;
pub mod pdf_judgements;
pub mod problem;
pub mod provenance;
pub mod reconcile;
pub mod record;
pub mod spreadsheet;
pub mod table;
pub mod validate;
pub mod write_csv;

use inputs::Inputs;
use journeys_core::model::Dataset;
use problem::Problem;
use std::collections::{BTreeMap, BTreeSet};
use table::Table;

/// The version written to the dataset's `format` field: the one the loader reads.
pub const FORMAT: u32 = journeys_core::load::FORMAT;

/// The shipped JSON, as problems are reported against it.
pub const JSON_OUTPUT: &str = "assets/data/dataset.json";

/// Budget for the shipped JSON, gzip-compressed at the best level.
pub const GZIP_BUDGET: usize = 40 * 1024;

/// A successful build: the dataset and its two serialisations.
pub struct Built {
    pub dataset: Dataset,
    /// Compact JSON, newline-terminated.
    pub json: String,
    /// The published CSV, with its byte-order mark.
    pub csv: Vec<u8>,
    /// The national patterns' published files (`journeys_core::patterns::csv`):
    /// `transitions.csv` and `recovery.csv`.
    pub transitions: String,
    pub recovery: String,
    /// The DfE's per-council figures (`journeys_core::indicators::Context`) as compact JSON,
    /// `assets/data/context.json`: shipped beside the dataset, outside its budget, and split
    /// by the site build into one file per council.
    pub context: String,
    /// The DfE rates by the grade of each council's latest inspection at the time
    /// (`journeys_core::indicators::by_grade`), for `/patterns`: `indicators-by-grade.json`
    /// and the published `indicators-by-grade.csv`.
    pub by_grade: String,
    pub by_grade_csv: String,
    /// What each report said must improve, themed (`improvements.json`), and its published
    /// CSV (`improvements.csv`).
    pub improvements: journeys_core::improvements::Improvements,
    pub improvements_csv: String,
    /// What the build did, one line each, for the terminal.
    pub report: Vec<String>,
}

/// Required columns of each input CSV.
fn columns(file: &str) -> &'static [&'static str] {
    match file {
        inputs::PROVENANCE => &provenance::COLUMNS,
        inputs::LOOKUP => &councils::LOOKUP_COLUMNS,
        inputs::HISTORY => &ilacs::COLUMNS,
        inputs::PDF_JUDGEMENTS => &pdf_judgements::COLUMNS,
        inputs::FOCUSED_VISITS => &focused_visits::COLUMNS,
        inputs::CORRECTIONS => &corrections::COLUMNS,
        inputs::REORGANISATIONS => &councils::REORGANISATION_COLUMNS,
        inputs::EVENTS => &additions::EVENT_COLUMNS,
        inputs::INSPECTIONS => &additions::INSPECTION_COLUMNS,
        inputs::FINDINGS => &additions::FINDING_COLUMNS,
        inputs::SKIPS => &merge::SKIP_COLUMNS,
        inputs::HEXES => &hexes::COLUMNS,
        inputs::ALIASES => &official_stats::ALIAS_COLUMNS,
        inputs::KNOWN_DISAGREEMENTS => &reconcile::KNOWN_COLUMNS,
        inputs::DFE_WORKFORCE => &dfe_indicators::WORKFORCE_COLUMNS,
        inputs::DFE_LOOKED_AFTER => &dfe_indicators::LOOKED_AFTER_COLUMNS,
        inputs::DFE_IN_NEED => &dfe_indicators::IN_NEED_COLUMNS,
        inputs::DFE_CODES => &dfe_indicators::CODES_COLUMNS,
        inputs::IMPROVEMENTS => &improvements::COLUMNS,
        inputs::THEMES => &improvements::THEME_COLUMNS,
        inputs::WITHOUT_POINTS => &improvements::WITHOUT_COLUMNS,
        _ => &[],
    }
}

/// Builds the dataset, or returns every problem found (sorted by file and line).
pub fn build(inputs: &Inputs) -> Result<Built, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut tables: BTreeMap<String, Table> = BTreeMap::new();
    for file in inputs::CSV_FILES {
        match inputs.text(file) {
            Some(text) => match Table::parse(file, text, columns(file)) {
                Ok(t) => {
                    tables.insert(file.to_string(), t);
                }
                Err(mut p) => problems.append(&mut p),
            },
            None => problems.push(Problem::new(file, 0, "missing input file")),
        }
    }
    if !problems.is_empty() {
        return Err(sorted(problems));
    }
    let corrections_table = tables.remove(inputs::CORRECTIONS).expect("read above");
    let corrections_applied = corrections::apply(&corrections_table, &mut tables).unwrap_or_else(|mut p| {
        problems.append(&mut p);
        0
    });
    let table = |name: &str| tables.get(name).expect("read above");

    let provenance = match provenance::read(table(inputs::PROVENANCE), &inputs.source_files) {
        Ok(p) => Some(p),
        Err(mut p) => {
            problems.append(&mut p);
            None
        }
    };
    let mut councils = match councils::Councils::read(table(inputs::LOOKUP), table(inputs::REORGANISATIONS)) {
        Ok(c) => c,
        Err(mut p) => {
            problems.append(&mut p);
            return Err(sorted(problems));
        }
    };
    match inputs.text(inputs::HEX_LAYOUT) {
        Some(layout) => {
            if let Err(mut p) =
                hexes::assign(inputs::HEX_LAYOUT, layout, table(inputs::HEXES), &mut councils.by_code)
            {
                problems.append(&mut p);
            }
        }
        None => problems.push(Problem::new(inputs::HEX_LAYOUT, 0, "missing input file")),
    }
    let (history, mut p) = ilacs::read(table(inputs::HISTORY), &mut councils);
    problems.append(&mut p);
    let (pdf, mut p) = pdf_judgements::read(table(inputs::PDF_JUDGEMENTS), &councils);
    problems.append(&mut p);
    let (visits, mut p) = focused_visits::read(table(inputs::FOCUSED_VISITS), &councils);
    problems.append(&mut p);
    let (added_inspections, mut p) = additions::read_inspections(
        table(inputs::INSPECTIONS),
        table(inputs::FINDINGS),
        &inputs.source_files,
    );
    problems.append(&mut p);
    let (added_events, mut p) = additions::read_events(table(inputs::EVENTS), &inputs.source_files);
    problems.append(&mut p);

    let skipped: BTreeSet<String> =
        table(inputs::SKIPS).records().map(|r| r.get("reason").to_string()).collect();
    let skipped: Vec<String> = skipped.into_iter().collect();
    let parts = merge::Parts { history, pdf, visits: visits.events, added_inspections, added_events };
    let (mut merged, mut p) = merge::merge(parts, table(inputs::SKIPS), &councils);
    problems.append(&mut p);
    let (mut context, mut p) = dfe_indicators::read(&tables, table(inputs::DFE_CODES), &councils);
    problems.append(&mut p);
    let (stats, mut p) = official(inputs, &councils, table(inputs::ALIASES));
    problems.append(&mut p);
    let sheet_links = stats.links.clone();
    // The cross-check compares whole records: with a source row rejected above it would only
    // repeat that problem as a disagreement.
    let stats_summary = if problems.is_empty() {
        let (summary, mut p) = reconcile::reconcile(
            stats,
            table(inputs::KNOWN_DISAGREEMENTS),
            &councils,
            &mut merged.inspections,
            &mut merged.events,
        );
        problems.append(&mut p);
        summary
    } else {
        reconcile::Summary::default()
    };
    let Some(mut provenance) = provenance else {
        return Err(sorted(problems));
    };
    // The DfE files are credited with their figures in `context.json`: the dataset's budget
    // has no room for them.
    let (dfe, ofsted): (Vec<_>, Vec<_>) =
        provenance.sources.into_iter().partition(|s| s.file.starts_with(dfe_indicators::FOLDER));
    provenance.sources = ofsted;
    context.sources = dfe;
    problems.extend(validate::inspections(&merged.inspections, provenance.release));
    problems.extend(validate::events(&merged.events, provenance.release));
    if !problems.is_empty() {
        return Err(sorted(problems));
    }

    let used: BTreeSet<String> = merged
        .inspections
        .iter()
        .map(|s| s.inspection.council.clone())
        .chain(merged.events.iter().map(|s| s.event.council.clone()))
        .collect();
    let (mut council_list, former_councils) = councils.finish(&used);
    // Councils abolished before 2023 are linked to their own Ofsted page by Table 11 of the
    // statistics: its URN is the council's (the lookup has none for two of them, and for
    // Poole and Northamptonshire a later provider's).
    let mut urns_from_sheet = Vec::new();
    for c in council_list.iter_mut() {
        if let Some(urn) = sheet_links.get(&c.code).and_then(|l| l.rsplit('/').next()) {
            if c.urn != urn {
                urns_from_sheet.push(format!("{} {} (lookup: {:?})", c.code, urn, c.urn));
                c.urn = urn.to_string();
            }
        }
    }
    let mut inspections: Vec<_> = merged.inspections.into_iter().map(|s| s.inspection).collect();
    inspections.sort_by(|a, b| {
        (&a.council, a.when(), a.framework, a.published).cmp(&(
            &b.council,
            b.when(),
            b.framework,
            b.published,
        ))
    });
    let mut events: Vec<_> = merged.events.into_iter().map(|s| s.event).collect();
    events
        .sort_by(|a, b| (&a.council, a.date, a.kind, &a.title).cmp(&(&b.council, b.date, b.kind, &b.title)));

    let mut dataset = Dataset {
        format: FORMAT,
        release: provenance.release,
        coverage: Vec::new(),
        sources: provenance.sources,
        councils: council_list,
        inspections,
        events,
        former_councils,
    };
    let from_statistics = stats_summary.added.values().sum();
    dataset.coverage = coverage::notes(&dataset, corrections_applied, &skipped, from_statistics);
    let json = serde_json::to_string(&dataset).expect("the model serialises") + "\n";
    // The site's own loader must accept what is written, and read back exactly this dataset.
    match journeys_core::load::parse_dataset(&json) {
        Ok(back) if back == dataset => {}
        Ok(_) => return Err(vec![Problem::new(JSON_OUTPUT, 0, "does not read back as the dataset written")]),
        Err(journeys_core::load::LoadError::Inconsistent(list)) => {
            return Err(list.into_iter().map(|m| Problem::new(JSON_OUTPUT, 0, m)).collect())
        }
        Err(e) => return Err(vec![Problem::new(JSON_OUTPUT, 0, e.to_string())]),
    }
    // Figures of councils the dataset does not hold (a lookup council never inspected) have
    // no page to show them.
    let before = context.councils.len();
    context.councils.retain(|code, _| dataset.council(code).is_some());
    let context_dropped = before - context.councils.len();
    let context_json = serde_json::to_string(&context).expect("the model serialises") + "\n";
    let by_grade = journeys_core::indicators::by_grade::by_grade(&dataset, &context);
    let by_grade_json = serde_json::to_string(&by_grade).expect("the model serialises") + "\n";
    let by_grade_csv = journeys_core::indicators::by_grade::csv(&by_grade);
    let csv = write_csv::write(&dataset);
    let (transitions, recovery) = patterns_files(&dataset);
    let (themes, mut p) = improvements::read_themes(table(inputs::THEMES));
    problems.append(&mut p);
    let joined = match improvements::join(
        table(inputs::IMPROVEMENTS),
        themes,
        table(inputs::WITHOUT_POINTS),
        &dataset,
    ) {
        Ok(j) => Some(j),
        Err(mut p) => {
            problems.append(&mut p);
            None
        }
    };
    if !problems.is_empty() {
        return Err(sorted(problems));
    }
    let joined = joined.expect("no problems");
    let improvements_csv = write_csv::improvements(&dataset, &joined.improvements);

    let mut report = vec![format!("{corrections_applied} corrections applied")];
    report.append(&mut merged.report);
    report.extend(stats_summary.lines());
    if !urns_from_sheet.is_empty() {
        report.push(format!(
            "URNs of abolished councils from the statistics' links: {}",
            urns_from_sheet.join(", ")
        ));
    }
    report.extend(visits.notes);
    report.push(format!(
        "DfE figures for {} councils, {} regions and England ({context_dropped} councils not in the dataset left out)",
        context.councils.len(),
        context.regions.len()
    ));
    report.push(format!(
        "{} councils ({} current), {} inspections, {} events, {} former councils kept by name",
        dataset.councils.len(),
        dataset.current_councils().count(),
        dataset.inspections.len(),
        dataset.events.len(),
        dataset.former_councils.len()
    ));
    report.extend(joined.report);
    Ok(Built {
        dataset,
        json,
        csv,
        transitions,
        recovery,
        improvements: joined.improvements,
        improvements_csv,
        context: context_json,
        by_grade: by_grade_json,
        by_grade_csv,
        report,
    })
}

/// The national patterns' two files, computed from the dataset the site ships.
fn patterns_files(dataset: &Dataset) -> (String, String) {
    use journeys_core::patterns::{csv, headline_serieses, recovery, transitions};
    let serieses = headline_serieses(dataset);
    let episodes = recovery::episodes(&serieses, dataset.release);
    (
        csv::transitions_csv(&transitions::transitions(&serieses)),
        csv::recovery_csv(&recovery::curve(&episodes)),
    )
}

/// Reads Ofsted's official statistics: each workbook's sheets, matched to councils by name
/// or code.
fn official(
    inputs: &Inputs,
    councils: &councils::Councils,
    aliases: &Table,
) -> (official_stats::OfficialStats, Vec<Problem>) {
    use official_stats::*;
    let mut problems = Vec::new();
    let mut out = OfficialStats::default();
    let names = Names::new(councils, aliases, &mut problems);
    for (file, sheets) in WORKBOOKS {
        let Some(grids) = inputs.workbooks.get(file).filter(|g| g.len() == sheets.len()) else {
            problems.push(Problem::new(file, 0, "missing input file"));
            continue;
        };
        let publication = match publication(&grids[0]) {
            Ok(p) => p,
            Err(p) => {
                problems.push(p);
                continue;
            }
        };
        for grid in &grids[1..] {
            let mut p = match grid.sheet.as_str() {
                HISTORY_SHEET => read_history(grid, &names, &publication, &mut out),
                ILACS_SHEET => read_ilacs(grid, &names, &publication, &mut out),
                _ => read_in_year(grid, &names, &publication, &mut out),
            };
            problems.append(&mut p);
        }
    }
    problems.extend(names.unused());
    (out, problems)
}

fn sorted(mut problems: Vec<Problem>) -> Vec<Problem> {
    problems.sort();
    problems.dedup();
    problems
}

/// Size of `bytes` after gzip at the best level, as `gzip -9` gives within a few bytes.
pub fn gzip_size(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).expect("writing to memory");
    e.finish().expect("writing to memory").len()
}
