//! `/patterns`' national files (`crate::data`'s `national_file!`) for its views: at once when
//! `boot` loaded them before hydrating, else fetched after an in-app navigation to the page.

use yew::prelude::*;

/// A national file of `/patterns` (`crate::data`'s `national_file!`): at once when `boot`
/// has loaded it, else fetched after an in-app navigation to the page, `None` until then.
#[hook]
fn use_national<T: serde::de::DeserializeOwned + 'static>(
    file: String,
    get: fn() -> Option<&'static T>,
    install: fn(T),
) -> Option<&'static T> {
    let loaded = use_state_eq(|| false);
    {
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            // Offline, a page the worker never kept: the rest of the page shows.
            if get().is_none() && gloo::utils::window().navigator().on_line() {
                yew::platform::spawn_local(async move {
                    match crate::boot::fetch_json::<T>(&file).await {
                        Ok(t) => {
                            install(t);
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
    get()
}

/// The national theme counts for `/patterns`.
#[hook]
pub fn use_trends(release: &str) -> Option<&'static journeys_core::improvements::ThemeTrends> {
    use_national(crate::data::trends_file(release), crate::data::trends, crate::data::install_trends)
}

/// The DfE rates by grade for `/patterns`.
#[hook]
pub fn use_by_grade(release: &str) -> Option<&'static journeys_core::indicators::by_grade::ByGrade> {
    use_national(crate::data::by_grade_file(release), crate::data::by_grade, crate::data::install_by_grade)
}
