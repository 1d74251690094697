//! Small presentational components. They take already-computed values and render them.

pub mod area_matrix;
pub mod chart_key;
pub mod chart_marks;
pub mod context_compare;
pub mod context_figures;
pub mod downloads;
pub mod embed_builder;
pub mod fitted_chart;
pub mod glossary_term;
pub mod grade_badge;
pub mod grade_distribution;
pub mod grade_legend;
pub mod hex_map;
pub mod inspection_table;
pub mod journey_chart;
pub mod layout;
pub mod link;
pub mod link_note;
pub mod national_picture;
pub mod pattern_charts;
pub mod report_link;
pub mod search;
pub mod small_multiple;
pub mod story;
pub mod story_steps;
