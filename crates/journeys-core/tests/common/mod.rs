//! Shared by the host tests: the dataset the site ships, loaded once per test binary.

use journeys_core::load::parse_dataset;
use journeys_core::Dataset;
use std::sync::OnceLock;

pub fn dataset() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/data/dataset.json");
        let json = std::fs::read_to_string(path).expect("the shipped dataset exists");
        parse_dataset(&json).unwrap_or_else(|e| panic!("the shipped dataset loads: {e}"))
    })
}
