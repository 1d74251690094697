//! A council's points to improve for its page: at once when they are loaded (`boot` loads the
//! page's council before hydrating, so the first render matches the pre-rendered HTML), else
//! fetched after an in-app navigation to another council, the page showing the rest meanwhile.

use crate::data::{improvements_file, improvements_for, install_improvements};
use journeys_core::improvements::Improvements;
use yew::prelude::*;

/// The points of council `code`, or `None` until they have loaded.
#[hook]
pub fn use_improvements(code: &str, release: &str) -> Option<&'static Improvements> {
    let loaded = use_state_eq(|| 0u32);
    {
        let loaded = loaded.clone();
        let code = code.to_string();
        let release = release.to_string();
        use_effect_with(code.clone(), move |_| {
            // Offline the file may not be kept: the page shows the rest rather than fail a fetch.
            if !code.is_empty()
                && improvements_for(&code).is_none()
                && gloo::utils::window().navigator().on_line()
            {
                yew::platform::spawn_local(async move {
                    match crate::boot::fetch_json::<Improvements>(&improvements_file(&release, &code)).await {
                        Ok(list) => {
                            install_improvements(&code, list);
                            loaded.set(*loaded + 1);
                        }
                        // Offline, a council the worker never kept: the page shows the rest.
                        Err(e) => gloo::console::warn!(format!(
                            "Council Journeys could not load the points of {code}: {e}"
                        )),
                    }
                });
            }
        });
    }
    improvements_for(code)
}
