//! A CSV file in memory: its header and its records, each with the physical line it starts
//! on, and cells that corrections may overwrite. Column access is by header name.

use crate::problem::{Origin, Problem};

#[derive(Debug, Clone)]
pub struct Table {
    pub file: String,
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone)]
pub struct Row {
    /// Physical line of the record's first character (header = 1).
    pub line: u64,
    pub cells: Vec<String>,
}

impl Table {
    /// Parses CSV text (a UTF-8 byte-order mark is ignored) and checks that every column in
    /// `required` is present.
    pub fn parse(file: &str, text: &str, required: &[&str]) -> Result<Table, Vec<Problem>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
        let headers: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(str::to_string).collect(),
            Err(e) => return Err(vec![Problem::new(file, 1, format!("unreadable header: {e}"))]),
        };
        let missing: Vec<Problem> = required
            .iter()
            .filter(|c| !headers.iter().any(|h| h == *c))
            .map(|c| Problem::new(file, 1, format!("missing column `{c}`")))
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        let mut rows = Vec::new();
        let mut problems = Vec::new();
        for record in reader.records() {
            match record {
                Ok(r) => {
                    let line = r.position().map_or(0, |p| p.line());
                    rows.push(Row { line, cells: r.iter().map(str::to_string).collect() });
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    problems.push(Problem::new(file, line, format!("unreadable CSV record: {e}")));
                }
            }
        }
        if problems.is_empty() {
            Ok(Table { file: file.to_string(), headers, rows })
        } else {
            Err(problems)
        }
    }

    pub fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }

    pub fn records(&self) -> impl Iterator<Item = Record<'_>> {
        self.rows.iter().map(move |row| Record { table: self, row })
    }
}

/// One record with access to its cells by column name.
#[derive(Clone, Copy)]
pub struct Record<'a> {
    table: &'a Table,
    row: &'a Row,
}

impl<'a> Record<'a> {
    /// The cell under `column`, trimmed of surrounding spaces. Columns are checked when the
    /// table is parsed, so an unknown name here is a bug in the builder.
    pub fn get(&self, column: &str) -> &'a str {
        let i =
            self.table.column(column).unwrap_or_else(|| panic!("{}: no column {column}", self.table.file));
        self.row.cells.get(i).map_or("", |s| s.trim())
    }

    pub fn line(&self) -> u64 {
        self.row.line
    }

    pub fn origin(&self) -> Origin {
        Origin { file: self.table.file.clone(), line: self.row.line }
    }

    pub fn problem(&self, message: impl Into<String>) -> Problem {
        Problem::new(self.table.file.clone(), self.row.line, message)
    }
}
