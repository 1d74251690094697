//! The hex map cell of every current council: the Open Innovations 2020 layout of upper-tier
//! authorities, brought up to date by `data/additions/hexes.csv` (recodings, and moves that make
//! room for councils formed since 2020). Checks that the result gives each current council
//! exactly one cell and no two councils the same cell.

use crate::problem::Problem;
use crate::table::Table;
use journeys_core::model::{Council, Hex};
use std::collections::BTreeMap;

pub const COLUMNS: [&str; 5] = ["code", "from", "q", "r", "note"];

/// One cell of the source layout, with the line its entry starts on.
struct SourceHex {
    code: String,
    name: String,
    hex: Hex,
    line: u64,
}

/// Reads the hexjson layout: `{"layout": "odd-r", "hexes": {"<code>": {"n", "q", "r"}, ...}}`.
fn read_layout(file: &str, text: &str) -> Result<Vec<SourceHex>, Vec<Problem>> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| vec![Problem::new(file, e.line() as u64, format!("unreadable JSON: {e}"))])?;
    // Other layouts shift a different set of rows; the map's geometry assumes odd-r.
    if value.get("layout").and_then(|l| l.as_str()) != Some("odd-r") {
        return Err(vec![Problem::new(file, 0, "layout must be \"odd-r\"")]);
    }
    let Some(hexes) = value.get("hexes").and_then(|h| h.as_object()) else {
        return Err(vec![Problem::new(file, 0, "no \"hexes\" object")]);
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (code, cell) in hexes {
        let line = line_of(text, &format!("\"{code}\""));
        let coord = |k: &str| cell.get(k).and_then(|v| v.as_i64()).and_then(|v| i32::try_from(v).ok());
        match (coord("q"), coord("r")) {
            (Some(q), Some(r)) => out.push(SourceHex {
                code: code.clone(),
                name: cell.get("n").and_then(|n| n.as_str()).unwrap_or(code).to_string(),
                hex: Hex { q, r },
                line,
            }),
            _ => problems.push(Problem::new(file, line, format!("hex {code} has no integer q and r"))),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The line (header = 1) on which `needle` first occurs, so problems in JSON point somewhere.
fn line_of(text: &str, needle: &str) -> u64 {
    text.find(needle).map_or(0, |at| text[..at].matches('\n').count() as u64 + 1)
}

/// Gives every current council in `councils` its cell, or names every problem.
pub fn assign(
    layout_file: &str,
    layout_text: &str,
    changes: &Table,
    councils: &mut BTreeMap<String, Council>,
) -> Result<(), Vec<Problem>> {
    let layout = read_layout(layout_file, layout_text)?;
    let mut problems = Vec::new();
    // Where each cell came from, for messages: (file, line).
    let mut cells: BTreeMap<String, (Hex, String, u64)> = BTreeMap::new();
    let mut unclaimed: BTreeMap<String, &SourceHex> = BTreeMap::new();
    for h in &layout {
        let is_current = councils.get(&h.code).is_some_and(|c| c.current);
        if is_current {
            cells.insert(h.code.clone(), (h.hex, layout_file.to_string(), h.line));
        } else {
            unclaimed.insert(h.code.clone(), h);
        }
    }
    for rec in changes.records() {
        let code = rec.get("code");
        if !councils.get(code).is_some_and(|c| c.current) {
            problems.push(rec.problem(format!("{code} is not a current council in the lookup")));
            continue;
        }
        let from = rec.get("from");
        let (q, r) = (rec.get("q"), rec.get("r"));
        let here = (changes.file.clone(), rec.line());
        match (from.is_empty(), q.is_empty() && r.is_empty()) {
            (false, true) => match unclaimed.remove(from) {
                Some(h) => {
                    cells.insert(code.to_string(), (h.hex, here.0, here.1));
                }
                None => problems.push(rec.problem(format!(
                    "`from` {from} is not a cell of the layout that no current council holds"
                ))),
            },
            (true, false) => match (q.parse::<i32>(), r.parse::<i32>()) {
                (Ok(q), Ok(r)) => {
                    cells.insert(code.to_string(), (Hex { q, r }, here.0, here.1));
                }
                _ => problems.push(rec.problem(format!("q {q:?} and r {r:?} must be whole numbers"))),
            },
            _ => problems
                .push(rec.problem("give either `from` (take that cell) or `q` and `r` (move), not both")),
        }
    }
    for (code, h) in &unclaimed {
        problems.push(Problem::new(
            layout_file,
            h.line,
            format!(
                "cell of {code} ({}) belongs to no current council: recode it in {}",
                h.name, changes.file
            ),
        ));
    }
    let mut taken: BTreeMap<Hex, (&str, &str, u64)> = BTreeMap::new();
    for (code, (hex, file, line)) in &cells {
        if let Some((other, other_file, other_line)) = taken.insert(*hex, (code, file, *line)) {
            // Point at the row of hexes.csv when there is one: that is where the fix goes.
            let (file, line) =
                if other_file == changes.file { (other_file, other_line) } else { (file.as_str(), *line) };
            problems.push(Problem::new(
                file,
                line,
                format!("{other} and {code} both have cell q={} r={}", hex.q, hex.r),
            ));
        }
    }
    for c in councils.values().filter(|c| c.current) {
        if !cells.contains_key(&c.code) {
            problems.push(Problem::new(
                changes.file.clone(),
                0,
                format!("{} ({}) has no cell on the hex map: add a row", c.code, c.name),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for (code, (hex, _, _)) in cells {
        if let Some(c) = councils.get_mut(&code) {
            c.hex = Some(hex);
        }
    }
    Ok(())
}
