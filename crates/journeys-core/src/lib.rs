//! Pure domain core of Council Journeys: the dataset model and its loading, URL state (routes),
//! journey computations, chart and map geometry, and plain-English text. It depends on no web
//! crate, so the compiler keeps it pure and its tests run on the host with plain `cargo test`.

// In the order data flows: the dataset and its loading, what a URL asks for, the analyses of
// one council's journey and then of many, and last the words and files the views hand out.

// The dataset: its model, the loader that validates the bundled JSON, one council's slice.
pub mod date;
pub mod model;
pub mod load;
pub mod slice;

// What the reader asks for: every view as a URL-state value.
pub mod route;

// One council's journey: its rows, its standing, its summary in words, its chart and matrix.
pub mod journey;
pub mod standing;
pub mod summary;
pub mod chart;
pub mod chart_key;
pub mod matrix;
pub mod improvements;

// Many councils: comparisons, the all-councils table, the national picture and its
// patterns of improvement, search.
pub mod compare;
pub mod councils_table;
pub mod national;
pub mod patterns;
// The DfE's workforce and children's figures beside each journey, as context.
pub mod indicators;
pub mod search;

// Teaching: presentation mode, the curated lessons, the glossary.
pub mod present;
pub mod lessons;
pub mod glossary;

// Out of the site: embeds, CSV downloads, and the wording rules every view shares.
pub mod embed;
pub mod export;
pub mod text;
// Small replacements for generic std and chrono code that would bloat the wasm.
pub mod sort;
