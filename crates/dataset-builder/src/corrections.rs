//! Applying `corrections.csv`: field-level errata to the scraped and derived files. Each
//! correction names its row by file, URN and publication date (as written in that file) and
//! is applied only when the cell still holds `current_value`; anything else is a problem
//! reported at the correction's line.

use crate::problem::Problem;
use crate::table::Table;
use std::collections::BTreeMap;

pub const COLUMNS: [&str; 9] = [
    "file",
    "urn",
    "local_authority",
    "publication_date",
    "field",
    "current_value",
    "corrected_value",
    "evidence",
    "report_url",
];

/// Columns holding a row's report link in the corrected files, used to check that a
/// correction names the row it means.
const URL_COLUMNS: [&str; 2] = ["inspection_link", "report_url"];

/// Applies every correction to `tables` (keyed by project path). Corrections' `file` is
/// relative to `data/sources/`. Returns how many were applied.
pub fn apply(corrections: &Table, tables: &mut BTreeMap<String, Table>) -> Result<usize, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut applied = 0;
    for c in corrections.records() {
        let target = format!("data/sources/{}", c.get("file"));
        let Some(table) = tables.get_mut(&target) else {
            problems.push(c.problem(format!("correction names unknown file `{}`", c.get("file"))));
            continue;
        };
        let Some(field) = table.column(c.get("field")) else {
            problems
                .push(c.problem(format!("correction names unknown column `{}` of {target}", c.get("field"))));
            continue;
        };
        let (urn, date) = (table.column("urn"), table.column("publication_date"));
        let (Some(urn), Some(date)) = (urn, date) else {
            problems.push(c.problem(format!("{target} has no urn/publication_date key")));
            continue;
        };
        let matches: Vec<usize> = (0..table.rows.len())
            .filter(|&i| {
                let cells = &table.rows[i].cells;
                cells.get(urn).map(|s| s.trim()) == Some(c.get("urn"))
                    && cells.get(date).map(|s| s.trim()) == Some(c.get("publication_date"))
            })
            .collect();
        let i = match matches.as_slice() {
            [i] => *i,
            [] => {
                problems.push(c.problem(format!(
                    "correction matches no row of {target} (urn {}, publication_date {})",
                    c.get("urn"),
                    c.get("publication_date")
                )));
                continue;
            }
            many => {
                problems.push(c.problem(format!("correction matches {} rows of {target}", many.len())));
                continue;
            }
        };
        let row_line = table.rows[i].line;
        let cell =
            |col: Option<usize>| col.and_then(|k| table.rows[i].cells.get(k)).map(|s| s.trim().to_string());
        if let Some(la) = cell(table.column("local_authority")) {
            if la != c.get("local_authority") {
                problems.push(c.problem(format!(
                    "correction's local_authority `{}` differs from `{la}` at {target}:{row_line}",
                    c.get("local_authority")
                )));
                continue;
            }
        }
        let url = URL_COLUMNS.iter().find_map(|name| cell(table.column(name)));
        if let Some(url) = url {
            if !c.get("report_url").is_empty() && url != c.get("report_url") {
                problems.push(c.problem(format!(
                    "correction's report_url {} differs from {url} at {target}:{row_line}",
                    c.get("report_url")
                )));
                continue;
            }
        }
        let current = table.rows[i].cells[field].trim().to_string();
        if current != c.get("current_value") {
            problems.push(c.problem(format!(
                "{target}:{row_line}: `{}` holds {current:?}, not the correction's current_value {:?}",
                c.get("field"),
                c.get("current_value")
            )));
            continue;
        }
        table.rows[i].cells[field] = c.get("corrected_value").to_string();
        applied += 1;
    }
    if problems.is_empty() {
        Ok(applied)
    } else {
        Err(problems)
    }
}
