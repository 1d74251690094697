//! A council's points to improve for its page: at once when they are loaded (`boot` loads the
//! page's council before hydrating, so the first render matches the pre-rendered HTML), else
//! fetched after an in-app navigation to another council, the page showing the rest meanwhile.

use crate::data::{improvements_file, improvements_for, install_improvements};
use journeys_core::improvements::Improvements;
use yew::prelude::*;

/// Fetches `file` (relative to the page's base URL) as a council's points.
pub async fn fetch_improvements(file: &str) -> Result<Improvements, String> {
    let text = crate::boot::fetch_text(file).await?;
    serde_json::from_str(&text).map_err(|e| format!("{file}: {e}"))
}

/// The national theme counts for `/patterns`, or `None` until they have loaded.
#[hook]
pub fn use_trends(release: &str) -> Option<&'static journeys_core::improvements::ThemeTrends> {
    let loaded = use_state_eq(|| false);
    {
        let loaded = loaded.clone();
        let release = release.to_string();
        use_effect_with((), move |_| {
            if crate::data::trends().is_none() {
                yew::platform::spawn_local(async move {
                    let file = crate::data::trends_file(&release);
                    let text = crate::boot::fetch_text(&file).await;
                    match text.and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string())) {
                        Ok(t) => {
                            crate::data::install_trends(t);
                            loaded.set(true);
                        }
                        Err(e) => {
                            gloo::console::error!(format!("Council Journeys could not load {file}: {e}"))
                        }
                    }
                });
            }
        });
    }
    crate::data::trends()
}

/// The points of council `code`, or `None` until they have loaded.
#[hook]
pub fn use_improvements(code: &str, release: &str) -> Option<&'static Improvements> {
    let loaded = use_state_eq(|| 0u32);
    {
        let loaded = loaded.clone();
        let code = code.to_string();
        let release = release.to_string();
        use_effect_with(code.clone(), move |_| {
            if !code.is_empty() && improvements_for(&code).is_none() {
                yew::platform::spawn_local(async move {
                    match fetch_improvements(&improvements_file(&release, &code)).await {
                        Ok(list) => {
                            install_improvements(&code, list);
                            loaded.set(*loaded + 1);
                        }
                        Err(e) => gloo::console::error!(format!(
                            "Council Journeys could not load the points of {code}: {e}"
                        )),
                    }
                });
            }
        });
    }
    improvements_for(code)
}
