//! OpenDocument spreadsheets (Ofsted's official statistics) as plain grids of cell text, read
//! with `calamine`. Everything after this module works on `Grid`s, so the rules that read
//! the sheets are tested on small grids written in the test, and only this module knows about
//! the file format. A cell's row is reported as the spreadsheet numbers it (row 1 at the top).

use crate::problem::{Origin, Problem};
use calamine::{Data, Ods, Reader};
use std::io::Cursor;

/// One sheet of a workbook: the text of every cell, and the address of the hyperlink formula
/// in column A of each row (the sheets link each council to its Ofsted page that way).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grid {
    /// The workbook, as the project names it (`data/sources/...ods`).
    pub file: String,
    pub sheet: String,
    /// Cell text, row by row from the first row the sheet uses.
    pub rows: Vec<Vec<String>>,
    /// The URL of column A's `HYPERLINK` formula for each row, or empty.
    pub links: Vec<String>,
    /// Spreadsheet row number of `rows[0]`.
    pub first_row: u64,
}

impl Grid {
    /// A grid from literal rows, for tests and fixtures; `rows[0]` is spreadsheet row 1.
    pub fn from_rows(file: &str, sheet: &str, rows: &[&[&str]]) -> Grid {
        Grid {
            file: file.to_string(),
            sheet: sheet.to_string(),
            rows: rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect(),
            links: Vec::new(),
            first_row: 1,
        }
    }

    /// Where row `index` of `rows` is, as a problem names it: `file#sheet:row`.
    pub fn origin(&self, index: usize) -> Origin {
        Origin { file: format!("{}#{}", self.file, self.sheet), line: self.first_row + index as u64 }
    }

    /// The trimmed text of a cell; empty beyond the row's end.
    pub fn cell(&self, row: usize, col: usize) -> &str {
        self.rows.get(row).and_then(|r| r.get(col)).map_or("", |s| s.trim())
    }

    pub fn link(&self, row: usize) -> &str {
        self.links.get(row).map_or("", String::as_str)
    }
}

/// Reads the named sheets of an OpenDocument workbook. A file that is not one, or a missing
/// sheet, is a problem naming the file (and the sheet).
pub fn read_ods(file: &str, bytes: &[u8], sheets: &[&str]) -> Result<Vec<Grid>, Vec<Problem>> {
    let mut book: Ods<_> = Ods::new(Cursor::new(bytes))
        .map_err(|e| vec![Problem::new(file, 0, format!("not a readable OpenDocument spreadsheet: {e}"))])?;
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for sheet in sheets {
        let range = match book.worksheet_range(sheet) {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem::new(
                    format!("{file}#{sheet}"),
                    0,
                    format!("cannot read the sheet: {e}"),
                ));
                continue;
            }
        };
        let (top, left) = range.start().unwrap_or((0, 0));
        let rows: Vec<Vec<String>> = range
            .rows()
            .map(|r| {
                // Columns before the range's first are empty: keep column numbers absolute.
                let mut cells = vec![String::new(); left as usize];
                cells.extend(r.iter().map(cell_text));
                cells
            })
            .collect();
        let mut links = vec![String::new(); rows.len()];
        if let Ok(formulas) = book.worksheet_formula(sheet) {
            let (ftop, fleft) = formulas.start().unwrap_or((0, 0));
            for (k, r) in formulas.rows().enumerate() {
                let (row, col0) = (ftop as usize + k, fleft as usize);
                if col0 != 0 || row < top as usize {
                    continue;
                }
                if let Some(url) = r.first().and_then(|f| hyperlink(f)) {
                    if let Some(slot) = links.get_mut(row - top as usize) {
                        *slot = url;
                    }
                }
            }
        }
        out.push(Grid {
            file: file.to_string(),
            sheet: sheet.to_string(),
            rows,
            links,
            first_row: top as u64 + 1,
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// A cell as text: dates as the sheet stores them (`2010-01-07T00:00:00`), whole numbers
/// without a decimal point.
fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

/// The address in a `HYPERLINK("url";"text")` formula.
pub fn hyperlink(formula: &str) -> Option<String> {
    let start = formula.find("HYPERLINK(\"")? + "HYPERLINK(\"".len();
    let len = formula[start..].find('"')?;
    Some(formula[start..start + len].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyperlinks() {
        let f = r#"of:=IF([.B162]="";"";HYPERLINK("https://reports.ofsted.gov.uk/provider/44/80434";"Ofsted Local Authority Webpage"))"#;
        assert_eq!(hyperlink(f).as_deref(), Some("https://reports.ofsted.gov.uk/provider/44/80434"));
        assert_eq!(hyperlink("of:=SUM([.A1:.A3])"), None);
    }

    #[test]
    fn not_a_spreadsheet() {
        let err = read_ods("data/sources/x.ods", b"name,grade\n", &["Sheet1"]).unwrap_err();
        assert_eq!(err.len(), 1);
        assert_eq!(err[0].file, "data/sources/x.ods");
        assert!(err[0].message.contains("not a readable OpenDocument spreadsheet"), "{}", err[0]);
    }
}
