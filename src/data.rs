//! The dataset the app shows. The wasm holds code, not data: in the browser `boot` fetches the
//! file the page names (the whole dataset, or one council's slice for its embed; content-hashed
//! so the browser caches it) and installs it before the first render. On the host, the
//! build-time renderer installs the data of each page before rendering it, and tests fall back
//! to the dataset in `assets/data/`.

use journeys_core::improvements::{Improvements, ThemeTrends};
use journeys_core::indicators::by_grade::ByGrade;
use journeys_core::model::Dataset;
use std::cell::{Cell, RefCell};

thread_local! {
    static CURRENT: Cell<Option<&'static Dataset>> = const { Cell::new(None) };
    static IMPROVEMENTS: RefCell<Vec<(String, &'static Improvements)>> = const { RefCell::new(Vec::new()) };
}

/// What the reports of one council (and its predecessors) said must improve, when they have
/// been loaded: in the browser `boot` loads a council page's file before it hydrates, and the
/// council page loads another council's after an in-app navigation (`hooks::improvements`).
/// On the host, where the build installs each council's before rendering its pages, the whole
/// published file stands in for any council not installed.
pub fn improvements_for(code: &str) -> Option<&'static Improvements> {
    IMPROVEMENTS
        .with(|c| c.borrow().iter().find(|(k, _)| k == code).map(|(_, l)| *l))
        .or_else(fallback_improvements)
}

/// Keeps `list` as the points of council `code` for the rest of the program.
pub fn install_improvements(code: &str, list: Improvements) {
    let list: &'static Improvements = Box::leak(Box::new(list));
    IMPROVEMENTS.with(|c| c.borrow_mut().push((code.to_string(), list)));
}

/// The key of the latest reports' points (`improvements_for(LATEST)`), which the findings
/// search looks through.
pub const LATEST: &str = "latest";

/// Where a council's points are, relative to the base URL: beside the data release, so a new
/// release is never hidden behind an old cached file.
pub fn improvements_file(release: &str, code: &str) -> String {
    format!("data/improvements/{release}/{code}.json")
}

/// A national file of `/patterns`, loaded as it is (by `boot` before hydrating, or by the
/// page's hook after an in-app navigation there) and kept for the rest of the program; on the
/// host, where the build and the tests render without loading it, the one in `assets/data/`.
macro_rules! national_file {
    ($(#[$doc:meta])* $slot:ident, $get:ident, $install:ident, $ty:ty, $asset:literal) => {
        thread_local! {
            static $slot: Cell<Option<&'static $ty>> = const { Cell::new(None) };
        }

        $(#[$doc])*
        pub fn $get() -> Option<&'static $ty> {
            $slot.with(Cell::get).or_else(|| {
                #[cfg(target_arch = "wasm32")]
                {
                    None
                }
                #[cfg(not(target_arch = "wasm32"))]
                {
                    static ALL: std::sync::OnceLock<$ty> = std::sync::OnceLock::new();
                    Some(ALL.get_or_init(|| {
                        serde_json::from_str(include_str!(concat!("../assets/data/", $asset)))
                            .unwrap_or_else(|e| panic!("assets/data/{} does not load: {e}", $asset))
                    }))
                }
            })
        }

        pub fn $install(t: $ty) {
            let t: &'static $ty = Box::leak(Box::new(t));
            $slot.with(|c| c.set(Some(t)));
        }
    };
}

national_file!(
    /// How often each theme was named nationally, year by year.
    TRENDS, trends, install_trends, ThemeTrends, "themes-by-year.json"
);

national_file!(
    /// The DfE rates by the grade of councils' latest inspection at the time.
    BY_GRADE, by_grade, install_by_grade, ByGrade, "indicators-by-grade.json"
);

/// Where the national theme counts are, beside the release like a council's points.
pub fn trends_file(release: &str) -> String {
    format!("data/improvements/{release}/themes-by-year.json")
}

/// Where the DfE rates by grade are, beside the release.
pub fn by_grade_file(release: &str) -> String {
    format!("data/context/{release}/by-grade.json")
}

/// One of `/patterns`' national files, for whoever loads it (`boot`, `hooks::national`):
/// where it is, how it is kept, and what is checked of it once read.
pub struct NationalFile<T: 'static> {
    pub file: fn(&str) -> String,
    pub get: fn() -> Option<&'static T>,
    pub install: fn(T),
    pub check: fn(T) -> Result<T, String>,
}

/// The national theme counts.
pub const THEME_TRENDS: NationalFile<ThemeTrends> =
    NationalFile { file: trends_file, get: trends, install: install_trends, check: Ok };

/// The DfE rates by grade, whose format is checked.
pub const RATES_BY_GRADE: NationalFile<ByGrade> =
    NationalFile { file: by_grade_file, get: by_grade, install: install_by_grade, check: ByGrade::checked };

/// Where a council's DfE figures are: by code, so that the app moving to another council's
/// page knows the name, and beside the release, so a new release is never hidden behind an
/// old cached file.
pub fn context_file(release: &str, code: &str) -> String {
    format!("data/context/{release}/{code}.json")
}

#[cfg(target_arch = "wasm32")]
fn fallback_improvements() -> Option<&'static Improvements> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
fn fallback_improvements() -> Option<&'static Improvements> {
    use std::sync::OnceLock;
    static ALL: OnceLock<Improvements> = OnceLock::new();
    Some(ALL.get_or_init(|| {
        serde_json::from_str(include_str!("../assets/data/improvements.json"))
            .unwrap_or_else(|e| panic!("assets/data/improvements.json does not load: {e}"))
    }))
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

// Each council's DfE figures (`journeys_core::indicators`), shown as context under its journey.
// They are not in the dataset: a council page loads its own file (`boot`, or the context
// component when the reader moves to another council), and the figures are kept here by code.
use journeys_core::indicators::CouncilContext;
use std::collections::BTreeMap;
use std::rc::Rc;

thread_local! {
    static CONTEXTS: RefCell<BTreeMap<String, Rc<CouncilContext>>> = const { RefCell::new(BTreeMap::new()) };
}

/// Keeps a council's figures for every render from now on.
pub fn install_context(ctx: CouncilContext) {
    CONTEXTS.with(|c| c.borrow_mut().insert(ctx.code.clone(), Rc::new(ctx)));
}

/// The figures of the council with this code: installed, or (on the host, for tests that
/// render without installing any) read from `assets/data/context.json`.
pub fn council_context(code: &str) -> Option<Rc<CouncilContext>> {
    CONTEXTS.with(|c| c.borrow().get(code).cloned()).or_else(|| bundled_context(code))
}

#[cfg(target_arch = "wasm32")]
fn bundled_context(_code: &str) -> Option<Rc<CouncilContext>> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
fn bundled_context(code: &str) -> Option<Rc<CouncilContext>> {
    use journeys_core::indicators::Context;
    use std::sync::OnceLock;
    static BUNDLED: OnceLock<Context> = OnceLock::new();
    let all = BUNDLED.get_or_init(|| {
        serde_json::from_str(include_str!("../assets/data/context.json"))
            .unwrap_or_else(|e| panic!("assets/data/context.json does not load: {e}"))
    });
    let name = dataset().council(code)?.name.clone();
    all.council(code, &name).map(Rc::new)
}
