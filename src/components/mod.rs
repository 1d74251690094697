//! Small presentational components. They take already-computed values and render them.

pub mod grade_badge;
pub mod inspection_table;
pub mod journey_chart;
pub mod layout;
pub mod link;
pub mod search;
pub mod story;
pub mod width;
