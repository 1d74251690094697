//! Trunk post-build step: renders every page of the site into its own `index.html`, with the
//! app's own components on the host (`council_journeys::app::ServerApp`), so each page is
//! finished HTML that a reader, a search engine or a link preview reads at once and the wasm
//! hydrates. Static hosts serve `dir/index.html` for `/dir`, so deep links and refreshes work
//! with no rewrite rules; `404.html` is the not-found page hosts such as GitHub Pages serve, and
//! `shell.html` the same page without its content, the service worker's offline stand-in.
//!
//! It also writes the data the pages load (the wasm holds none): the dataset under a
//! content-hashed name, one council's slice for each council embed (`journeys_core::slice`),
//! and each council's DfE figures (`data/context/<release>/<code>.json`, `journeys_core::indicators`),
//! which its page loads beside the dataset.
//!
//! And what travels with a shared link (`share`): every page's Open Graph and Twitter card
//! tags, with a 1200×630 PNG card for each council, the home page and the rest of the site
//! (`card`, drawn by `raster` on worker threads while the pages render); and `sitemap.xml`
//! and `robots.txt` (`sitemap`).
//!
//! Usage: `site-entries [DIST_DIR]` (defaults to `$TRUNK_STAGING_DIR`). Reads the dataset from
//! `DIST_DIR/data/dataset.json`. With `SITE_URL` set to the site's public address
//! (`https://example.org/` or `https://example.org/journeys/`; `scripts/build.sh --site-url`
//! sets it) every page carries an absolute canonical link and absolute share tags, and the
//! sitemap is written; without it, the share tags are relative to the domain, there is no
//! canonical link and no sitemap (both must be absolute), and the build says so.

mod card;
mod csp;
mod critical;
mod css;
mod page;
mod raster;
mod share;
mod sitemap;
#[cfg(test)]
mod site_tests;

use council_journeys::app::{ServerApp, ServerAppProps};
use council_journeys::hooks::title::PageHead;
use journeys_core::model::Dataset;
use journeys_core::route::{static_entries, EmbedWidget, Route};
use std::collections::HashMap;
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
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("site-entries: {e}");
            return ExitCode::FAILURE;
        }
    };
    let site_url = std::env::var("SITE_URL").ok();
    let started = std::time::Instant::now();
    match runtime.block_on(write_site(&dir, site_url.as_deref())) {
        Ok(w) => {
            eprintln!(
                "site-entries: rendered {} pages and 404.html, and {} share cards ({} KB) in {}, in {:.1} s",
                w.pages,
                w.cards,
                w.card_bytes / 1024,
                dir.display(),
                started.elapsed().as_secs_f64()
            );
            match w.sitemap {
                Some(n) => eprintln!("site-entries: sitemap.xml lists {n} pages; robots.txt names it"),
                None => eprintln!(
                    "site-entries: SITE_URL is not set, so og:url, og:image and twitter:image are left relative \
                     to the domain (/...), pages carry no canonical link, and there is no sitemap.xml (its \
                     addresses must be absolute). Set it with scripts/build.sh --site-url https://example.org/"
                ),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("site-entries: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// A JSON file of `dist/data/` read as `T`; a problem names the file.
fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    serde_json::from_str(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// `stem-<hash>.json`: a name that changes whenever the content does, so hosts and browsers
/// may cache the file for good.
fn hashed_name(stem: &str, text: &str) -> String {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(text.as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("{stem}-{hex}.json")
}

/// What `write_site` wrote.
struct Written {
    pages: usize,
    cards: usize,
    card_bytes: u64,
    /// The pages the sitemap lists; `None` when there is none (no public address).
    sitemap: Option<usize>,
}

async fn write_site(dir: &Path, site_url: Option<&str>) -> Result<Written, String> {
    let index_path = dir.join("index.html");
    let template = read(&index_path)?;
    let base = base_path(&template);
    let in_dist =
        |href: &str| dir.join(href.strip_prefix(base.as_str()).unwrap_or(href).trim_start_matches('/'));
    let css_path = in_dist(page::stylesheet_href(&template)?);
    let site = share::Site::new(site_url, &base)?;
    let css = read(&css_path)?;
    let palette =
        card::palette::Palette::from_css(&css).map_err(|e| format!("{}: {e}", css_path.display()))?;
    let css = css::minify(&css).map_err(|e| format!("{}: {e}", css_path.display()))?;
    let css = critical::Stylesheet::parse(&css).map_err(|e| format!("{}: {e}", css_path.display()))?;
    let loader = read(&dir.join("loader.js"))?;
    // Its opening comment is for readers of the source, not for every page.
    let loader = match loader.trim_start().strip_prefix("/*").and_then(|rest| rest.split_once("*/")) {
        Some((_, code)) => code.trim().to_string(),
        None => loader,
    };
    let description = page::description(&template)?;
    let assets =
        Assets { template: &template, base: &base, css: &css, loader: &loader, site: &site, description };
    let data_path = dir.join("data/dataset.json");
    let json = read(&data_path)?;
    // The site's own loader, with its consistency checks: the pages are rendered from exactly
    // the dataset the app will load.
    let dataset: &'static Dataset = Box::leak(Box::new(
        journeys_core::load::parse_dataset(&json).map_err(|e| format!("{}: {e}", data_path.display()))?,
    ));
    let full = format!("data/{}", hashed_name("dataset", &json));
    write(&dir.join(&full), &json)?;
    let mut slices: HashMap<String, (String, &'static Dataset)> = HashMap::new();
    let contexts = write_contexts(dir, dataset)?;
    write_improvements(dir, dataset)?;

    // The cards are drawn in the background while the pages render; their names (hashes of
    // what they draw) are known at once.
    let cards = card::Cards::new(dataset, &palette);
    let jobs: Vec<(PathBuf, String)> = cards.all().map(|c| (dir.join(&c.file), c.svg.clone())).collect();
    let card_count = jobs.len();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let drawing = raster::render_all(jobs, threads);

    let keys: Vec<&str> = dataset.councils.iter().flat_map(|c| [c.code.as_str(), c.slug.as_str()]).collect();
    let mut entries: Vec<String> = vec![String::new()];
    entries.extend(static_entries(keys));
    for entry in &entries {
        let url = format!("/{entry}");
        let route = Route::parse(&url, "");
        let (data_file, data) = match &route {
            Route::Embed { widget: EmbedWidget::Council { key }, .. } => {
                let council = dataset.find_council(key).ok_or_else(|| format!("no council {key}"))?;
                if !slices.contains_key(&council.code) {
                    let slice =
                        journeys_core::slice::council_slice(dataset, &council.code).expect("a council");
                    let text = serde_json::to_string(&slice).map_err(|e| e.to_string())?;
                    let name = format!("data/council/{}", hashed_name(&council.code, &text));
                    write(&dir.join(&name), &text)?;
                    slices.insert(council.code.clone(), (name, Box::leak(Box::new(slice))));
                }
                slices[&council.code].clone()
            }
            _ => (full.clone(), dataset),
        };
        // A council page loads its DfE figures too; they are installed for its render.
        let context = match &route {
            Route::Council { key, present: false } | Route::Worksheet { key } => {
                dataset.find_council(key).and_then(|c| contexts.get(&c.code)).map(|(name, ctx)| {
                    council_journeys::data::install_context(ctx.clone());
                    name.as_str()
                })
            }
            _ => None,
        };
        let html =
            render_page(&assets, &url, &data_file, context, data, cards.for_route(dataset, &route), false)
                .await?;
        write(&dir.join(entry).join("index.html"), &html)?;
        if entry.is_empty() {
            write(&index_path, &html)?;
        }
    }
    let not_found = render_page(&assets, "/404", &full, None, dataset, &cards.site, true).await?;
    write(&dir.join("404.html"), &not_found)?;
    write(&dir.join("shell.html"), &page::shell(&not_found)?)?;

    // The sitemap: every page rendered, by its canonical address, but the embeds.
    let mut listed: Vec<String> = Vec::new();
    for entry in &entries {
        let route = Route::parse(&format!("/{entry}"), "");
        if entry.starts_with("embed/") || matches!(route, Route::Embed { .. } | Route::NotFound { .. }) {
            continue;
        }
        let url = site.url(&canonical(dataset, &route).to_url());
        if !listed.contains(&url) {
            listed.push(url);
        }
    }
    let sitemap = if site.is_absolute() {
        let release = dataset.release.to_string();
        write(&dir.join("sitemap.xml"), &sitemap::sitemap(&listed, &release))?;
        write(&dir.join("robots.txt"), &sitemap::robots(Some(&site.url("/sitemap.xml"))))?;
        Some(listed.len())
    } else {
        let _ = std::fs::remove_file(dir.join("sitemap.xml"));
        write(&dir.join("robots.txt"), &sitemap::robots(None))?;
        None
    };
    let card_bytes = drawing.join().map_err(|_| "the card renderer panicked".to_string())??;
    Ok(Written { pages: entries.len(), cards: card_count, card_bytes, sitemap })
}

/// Writes each council's DfE figures (its own, its region's and England's) from
/// `data/context.json` as `data/context/<release>/<code>.json`
/// (`council_journeys::data::context_file`), and the rates by grade beside them. Returns each
/// council's file name and slice.
fn write_contexts(
    dir: &Path,
    dataset: &Dataset,
) -> Result<HashMap<String, (String, journeys_core::indicators::CouncilContext)>, String> {
    let all: journeys_core::indicators::Context = read_json(&dir.join("data/context.json"))?;
    let release = dataset.release.to_string();
    // The rates by grade, for `/patterns`, beside the councils' files.
    let by_grade = read(&dir.join("data/indicators-by-grade.json"))?;
    write(&dir.join(council_journeys::data::by_grade_file(&release)), &by_grade)?;
    let mut out = HashMap::new();
    for council in &dataset.councils {
        if let Some(ctx) = all.council(&council.code, &council.name) {
            let name = council_journeys::data::context_file(&release, &council.code);
            write(&dir.join(&name), &serde_json::to_string(&ctx).map_err(|e| e.to_string())?)?;
            out.insert(council.code.clone(), (name, ctx));
        }
    }
    Ok(out)
}

/// Each council's points to improve (its own and its predecessors'), one file a council at
/// `data/improvements/<release>/<code>.json` (`council_journeys::data::improvements_file`),
/// from the published `data/improvements.json`: a council's page fetches only its own.
fn write_improvements(dir: &Path, dataset: &Dataset) -> Result<(), String> {
    let all: journeys_core::improvements::Improvements = read_json(&dir.join("data/improvements.json"))?;
    let release = dataset.release.to_string();
    let trends = read(&dir.join("data/themes-by-year.json"))?;
    write(&dir.join(council_journeys::data::trends_file(&release)), &trends)?;
    // What the findings search looks through: every current council's latest report.
    let latest = journeys_core::improvements::latest_reports(dataset, &all);
    let latest = serde_json::to_string(&latest).map_err(|e| e.to_string())?;
    write(
        &dir.join(council_journeys::data::improvements_file(&release, council_journeys::data::LATEST)),
        &latest,
    )?;
    for council in &dataset.councils {
        let codes: Vec<&str> =
            journeys_core::journey::lineage(dataset, council).iter().map(|c| c.code.as_str()).collect();
        let slice = serde_json::to_string(&all.for_councils(&codes)).map_err(|e| e.to_string())?;
        write(&dir.join(council_journeys::data::improvements_file(&release, &council.code)), &slice)?;
    }
    Ok(())
}

/// What every page is made from: Trunk's `index.html`, the base path, the stylesheet and the
/// loader script; where the site is served, and the site's description for the pages that
/// have none of their own.
struct Assets<'a> {
    template: &'a str,
    base: &'a str,
    css: &'a critical::Stylesheet,
    loader: &'a str,
    site: &'a share::Site,
    description: &'a str,
}

/// Renders `url` with `data` and fills the template in with it.
async fn render_page(
    assets: &Assets<'_>,
    url: &str,
    data_file: &str,
    context: Option<&str>,
    data: &'static Dataset,
    card: &card::Card,
    any_address: bool,
) -> Result<String, String> {
    let base = assets.base;
    council_journeys::data::install(data);
    let head = PageHead::default();
    let props = ServerAppProps {
        url: url.to_string().into(),
        basename: (!base.is_empty()).then(|| base.to_string().into()),
        head: head.clone(),
        any_address,
    };
    let content = yew::LocalServerRenderer::<ServerApp>::with_props(props).render().await;
    let head = head.0.borrow().clone();
    let route = Route::parse(url, "");
    // The address it is shared under; none for the not-found page, served for any address.
    let address = (!any_address).then(|| assets.site.url(&canonical(data, &route).to_url()));
    let title = if head.title.is_empty() { journeys_core::text::SITE_NAME } else { &head.title };
    let image = assets.site.url(&format!("/{}", card.file));
    let share = share::tags(&share::Share {
        title,
        description: head.description.as_deref().unwrap_or(assets.description),
        url: address.as_deref(),
        image: &image,
        image_alt: &card.alt,
        noindex: any_address || url.starts_with("/embed/") || matches!(route, Route::Embed { .. }),
    });
    let html = page::fill(
        assets.template,
        &page::Page {
            title,
            description: head.description.as_deref(),
            canonical: address.as_deref().filter(|_| assets.site.is_absolute()),
            share: &share,
            data: data_file,
            context,
            route: if any_address { "/404" } else { url },
            content: &content,
            embed: matches!(route, Route::Embed { .. }),
            now: any_address,
            release: &data.release.to_string(),
            css: assets.css,
            loader: assets.loader,
        },
    )?;
    csp::with_hashes(&html)
}

/// The address a page is shared under: a council's pages by its slug, which reads well, not
/// by its code.
fn canonical(data: &Dataset, route: &Route) -> Route {
    let slug = |key: &str| data.find_council(key).map_or(key.to_string(), |c| c.slug.clone());
    match route.clone() {
        Route::Council { key, present } => Route::Council { key: slug(&key), present },
        Route::Worksheet { key } => Route::Worksheet { key: slug(&key) },
        Route::Embed { widget: EmbedWidget::Council { key }, options } => {
            Route::Embed { widget: EmbedWidget::Council { key: slug(&key) }, options }
        }
        other => other,
    }
}

/// The site's base path from the template's `<base href>`, without its trailing slash: empty
/// at a domain's root, `/journeys` for a sub-path build.
fn base_path(template: &str) -> String {
    let href = template
        .find("<base href=\"")
        .map(|k| &template[k + "<base href=\"".len()..])
        .and_then(|rest| rest.split('"').next())
        .unwrap_or("/");
    href.trim_end_matches('/').to_string()
}
