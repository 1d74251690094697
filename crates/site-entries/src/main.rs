//! Trunk post-build step. Static hosts serve `dir/index.html` for `/dir`, so giving every
//! route its own copy of the app's `index.html` makes deep links and refreshes work with no
//! rewrite rules; `404.html` lets hosts such as GitHub Pages show the app's not-found view.
//! Each copy gets a route-specific `<title>` so shared links read well before the app runs.
//!
//! Usage: `site-entries [DIST_DIR]` (defaults to `$TRUNK_STAGING_DIR`). Reads the council list
//! from `DIST_DIR/data/dataset.json`.

use journeys_core::route::static_entries;
use journeys_core::Dataset;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from));
    let Some(dir) = dir else {
        eprintln!("site-entries: give the dist directory, or run me as a Trunk hook");
        return ExitCode::from(2);
    };
    match write_entries(&dir) {
        Ok(n) => {
            eprintln!("site-entries: wrote {n} route entries and 404.html in {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("site-entries: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_entries(dir: &Path) -> Result<usize, String> {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let index = read(&dir.join("index.html"))?;
    let data_path = dir.join("data/dataset.json");
    let dataset: Dataset =
        serde_json::from_str(&read(&data_path)?).map_err(|e| format!("{}: {e}", data_path.display()))?;
    let names: std::collections::HashMap<&str, &str> = dataset
        .councils
        .iter()
        .flat_map(|c| [(c.code.as_str(), c.name.as_str()), (c.slug.as_str(), c.name.as_str())])
        .collect();
    let keys: Vec<&str> = names.keys().copied().collect();
    let entries = static_entries(keys);
    for entry in &entries {
        let title = entry_title(entry, &names);
        let html = with_title(&index, &title);
        let out = dir.join(entry).join("index.html");
        std::fs::create_dir_all(out.parent().expect("entry has a parent"))
            .map_err(|e| format!("{}: {e}", out.display()))?;
        std::fs::write(&out, html).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    let not_found = dir.join("404.html");
    std::fs::write(&not_found, with_title(&index, "Page not found – Council Journeys"))
        .map_err(|e| format!("{}: {e}", not_found.display()))?;
    Ok(entries.len())
}

fn entry_title(entry: &str, names: &std::collections::HashMap<&str, &str>) -> String {
    let council = entry.rsplit('/').next().and_then(|k| names.get(k));
    match (entry.split('/').next(), council) {
        (Some("council" | "embed"), Some(name)) => format!("{name} – Council Journeys"),
        _ => "Council Journeys".to_string(),
    }
}

/// Replaces the contents of the first `<title>` element. Council names come from our own
/// dataset, but are escaped all the same so no name can inject markup.
fn with_title(html: &str, title: &str) -> String {
    let escaped = title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    match (html.find("<title>"), html.find("</title>")) {
        (Some(a), Some(b)) if a < b => format!("{}<title>{}{}", &html[..a], escaped, &html[b..]),
        _ => html.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_replaced_and_escaped() {
        let html = "<head><title>Council Journeys</title></head>";
        assert_eq!(with_title(html, "A <b> & C"), "<head><title>A &lt;b&gt; &amp; C</title></head>");
    }
}
