//! Shared by the host tests: the dataset the site ships, read and loaded once for every test
//! (the one loader of the tests), and small datasets made for a test.

use journeys_core::load::parse_dataset;
use journeys_core::model::{Dataset, Event, Inspection};
use std::sync::OnceLock;

/// The text of the dataset the site ships (`assets/data/dataset.json`).
pub fn shipped_json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/data/dataset.json");
        std::fs::read_to_string(path).expect("the shipped dataset exists")
    })
}

/// The shipped dataset, loaded through the loader the app uses.
pub fn dataset() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| {
        parse_dataset(shipped_json()).unwrap_or_else(|e| panic!("the shipped dataset loads: {e}"))
    })
}

/// The records of one council code, for tests that look a council's own records up.
pub trait RecordsOf {
    fn inspections_of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Inspection> + 'a;
    fn events_of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Event> + 'a;
}

impl RecordsOf for Dataset {
    fn inspections_of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Inspection> + 'a {
        self.inspections.iter().filter(move |i| i.council == code)
    }

    fn events_of<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events.iter().filter(move |e| e.council == code)
    }
}
