//! Hooks shared by pages and components: the app's location, the page title, measured widths
//! and unique element ids. Each keeps DOM access inside effects, so a page renders the same on
//! the host (at build time) and in the browser (when it hydrates that HTML).

pub mod element_id;
pub mod improvements;
pub mod location;
pub mod national;
pub mod title;
pub mod width;
