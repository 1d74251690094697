//! Small presentational components. They take already-computed values and render them.

pub mod grade_badge;
pub mod inspection_table;
pub mod layout;
pub mod link;
