//! `/patterns`' national files (`crate::data::NationalFile`) for its views: at once when
//! `boot` loaded them before hydrating, else fetched after an in-app navigation to the page.

use crate::data::{NationalFile, RATES_BY_GRADE, THEME_TRENDS};
use yew::prelude::*;

/// A national file, or `None` until it has loaded.
#[hook]
fn use_national<T: serde::de::DeserializeOwned + 'static>(
    national: &'static NationalFile<T>,
    release: &str,
) -> Option<&'static T> {
    let loaded = use_state_eq(|| false);
    {
        let loaded = loaded.clone();
        let file = (national.file)(release);
        use_effect_with((), move |_| {
            // Offline, a page the worker never kept: the rest of the page shows.
            if (national.get)().is_none() && gloo::utils::window().navigator().on_line() {
                yew::platform::spawn_local(async move {
                    match crate::boot::fetch_json::<T>(&file).await.and_then(national.check) {
                        Ok(t) => {
                            (national.install)(t);
                            loaded.set(true);
                        }
                        Err(e) => {
                            gloo::console::warn!(format!("Council Journeys could not load {file}: {e}"))
                        }
                    }
                });
            }
        });
    }
    (national.get)()
}

/// The national theme counts for `/patterns`.
#[hook]
pub fn use_trends(release: &str) -> Option<&'static journeys_core::improvements::ThemeTrends> {
    use_national(&THEME_TRENDS, release)
}

/// The DfE rates by grade for `/patterns`.
#[hook]
pub fn use_by_grade(release: &str) -> Option<&'static journeys_core::indicators::by_grade::ByGrade> {
    use_national(&RATES_BY_GRADE, release)
}
