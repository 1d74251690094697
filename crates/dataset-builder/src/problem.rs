//! Problems found in the sources: each names the file and physical line it comes from (the
//! header is line 1) and says what is wrong. The builder collects all of them before it stops.

use std::fmt;

/// One thing wrong with the sources, reported as `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The file as the project names it, e.g. `data/sources/derived/corrections.csv`.
    pub file: String,
    /// Physical line number in the file (header = 1), or 0 when the problem concerns the
    /// whole file.
    pub line: u64,
    pub message: String,
}

impl Problem {
    pub fn new(file: impl Into<String>, line: u64, message: impl Into<String>) -> Problem {
        Problem { file: file.into(), line, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

/// Where a record came from, kept with it so later checks can point back at the line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Origin {
    pub file: String,
    pub line: u64,
}

impl Origin {
    pub fn problem(&self, message: impl Into<String>) -> Problem {
        Problem::new(self.file.clone(), self.line, message)
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}
