//! The dataset the app shows. The wasm holds code, not data: in the browser `boot` fetches the
//! file the page names (the whole dataset, or one council's slice for its embed; content-hashed
//! so the browser caches it) and installs it before the first render. On the host, the
//! build-time renderer installs the data of each page before rendering it, and tests fall back
//! to the dataset in `assets/data/`.

use journeys_core::model::Dataset;
use std::cell::Cell;

thread_local! {
    static CURRENT: Cell<Option<&'static Dataset>> = const { Cell::new(None) };
}

/// The dataset installed for this page. In the browser, rendering before `install` is a bug
/// (the panic hook shows the error view).
pub fn dataset() -> &'static Dataset {
    CURRENT.with(Cell::get).unwrap_or_else(fallback)
}

/// Makes `data` the dataset of every render from now on. It lives for the rest of the program:
/// the app keeps references to it in its state.
pub fn install(data: &'static Dataset) {
    CURRENT.with(|c| c.set(Some(data)));
}

/// Whether a dataset has been installed.
pub fn installed() -> bool {
    CURRENT.with(Cell::get).is_some()
}

/// Installs an owned dataset (for tests that render hostile data).
pub fn install_dataset(data: Dataset) {
    install(Box::leak(Box::new(data)));
}

#[cfg(target_arch = "wasm32")]
fn fallback() -> &'static Dataset {
    panic!("the page rendered before its dataset was loaded")
}

/// The dataset in `assets/data/`, for host tests that render without installing one. Only the
/// host carries it; the wasm never does.
#[cfg(not(target_arch = "wasm32"))]
fn fallback() -> &'static Dataset {
    use std::sync::OnceLock;
    static BUNDLED: OnceLock<Dataset> = OnceLock::new();
    BUNDLED.get_or_init(|| {
        match journeys_core::load::parse_dataset(include_str!("../assets/data/dataset.json")) {
            Ok(d) => d,
            Err(e) => panic!("assets/data/dataset.json does not load: {e}"),
        }
    })
}
