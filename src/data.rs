//! The bundled dataset, parsed once on first use. The JSON is compiled into the wasm so a
//! page never waits on a second request, and a build without a valid dataset fails its tests.

use journeys_core::load::parse_dataset;
use journeys_core::Dataset;
use std::sync::OnceLock;

const DATASET_JSON: &str = include_str!("../assets/data/dataset.json");

static DATASET: OnceLock<Dataset> = OnceLock::new();

/// The dataset shipped with this build. A malformed bundled dataset is a build error caught by
/// the host tests, so failing here is a bug and reaches the panic hook's error view.
pub fn dataset() -> &'static Dataset {
    DATASET.get_or_init(|| match parse_dataset(DATASET_JSON) {
        Ok(d) => d,
        Err(e) => panic!("the bundled dataset does not load: {e}"),
    })
}

/// Uses `data` instead of the bundled dataset for the rest of this program's life; refused
/// (false) once the dataset has been used. For tests that render hostile data.
pub fn install_dataset(data: Dataset) -> bool {
    DATASET.set(data).is_ok()
}
