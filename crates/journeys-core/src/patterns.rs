//! National patterns of improvement, computed from every council's headline series: where
//! councils go at their next inspection (`transitions`), how long recovery from Inadequate
//! takes (`recovery`, a Kaplan–Meier estimate), every journey through Inadequate on one time
//! line (`aligned`), the geometry of their charts (`charts`) and their words (`words`). The
//! definitions are the ones `/patterns` and `docs/PATTERNS.md` state, so anyone can recompute
//! the figures from `/data/inspections.csv`; `csv` writes the two published files.

pub mod aligned;
pub mod charts;
pub mod csv;
pub mod recovery;
pub mod series;
pub mod transitions;
pub mod words;

pub use series::{headline_series, headline_serieses, Series};
