//! The dataset builder's tests, built as one test binary: the command line (`cli`), the
//! corrections applied to the shipped sources, the official statistics reader and the rules
//! every input is checked against. `common` makes the small, valid inputs each test breaks.

mod common;

mod cli;
mod corrections_applied;
mod dfe_indicators;
mod improvements;
mod official_stats;
mod patterns_files;
mod rules;
mod shipped_improvements;
