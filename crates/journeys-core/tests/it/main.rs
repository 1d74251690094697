//! The core's host tests, built as one test binary (as ripgrep's are): a change to the core
//! relinks one binary, not one per file. `common` loads the shipped dataset once for all of
//! them and builds small datasets (`fixture()`); `fixtures` holds hand-made journeys of a few
//! councils; `known_facts` holds every fact about the shipped data (the one module to update
//! when a new release changes a fact) and `properties` the rules every shipped council must
//! meet; the other modules test the logic on fixtures, in the order the library's modules run.

mod common;
mod fixtures;

mod known_facts;

mod load;
mod properties;
mod route;
mod journey;
mod standing;
mod summary_chart_search;
mod matrix;
mod improvements;
mod compare;
mod councils_table;
mod national;
mod patterns;
mod indicators;
mod present;
mod lessons;
mod glossary;
mod embed;
mod export;
