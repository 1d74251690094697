//! Pure domain core of Council Journeys: the dataset model and its loading, URL state (routes),
//! journey computations, chart and map geometry, and plain-English text. It depends on no web
//! crate, so the compiler keeps it pure and its tests run on the host with plain `cargo test`.

pub mod chart;
pub mod chart_key;
pub mod compare;
pub mod date;
pub mod embed;
pub mod export;
pub mod glossary;
pub mod journey;
pub mod league;
pub mod load;
pub mod matrix;
pub mod model;
pub mod national;
pub mod present;
pub mod route;
pub mod search;
pub mod slice;
pub mod sort;
pub mod standing;
pub mod stories;
pub mod story;
pub mod text;

pub use model::*;
