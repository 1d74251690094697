//! The whole build-time step run once, as Trunk runs it, on a small dist directory made from
//! the repository's own `index.html`, stylesheet, loader and shipped dataset, for a site served
//! under `/journeys/` at `https://example.org/journeys/`. The tests read what it wrote: each
//! kind of page's head (share tags, canonical link, `noindex`), the share cards decoded from
//! PNG, and the sitemap and robots.txt.

use crate::card::palette::Palette;
use journeys_core::journey::inspections;
use journeys_core::model::{Dataset, Grade};
use journeys_core::summary::journey_summary;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const SITE: &str = "https://example.org/journeys";
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// A dist directory as Trunk leaves it before the hook runs, under a sub-path.
fn fixture(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    let read = |p: &str| std::fs::read_to_string(Path::new(ROOT).join(p)).unwrap();
    let index: String = read("index.html")
        .replace("<base data-trunk-public-url>", "<base href=\"/journeys/\">")
        .lines()
        .filter(|l| !l.contains("data-trunk"))
        .map(|l| format!("{l}\n"))
        .collect();
    let trunk = concat!(
        "  <link rel=\"stylesheet\" href=\"/journeys/styles-test.css\" integrity=\"x\"/>\n",
        "<script type=\"module\">\nimport init, * as bindings from '/journeys/app-test.js';\n",
        "const wasm = await init({ module_or_path: '/journeys/app-test_bg.wasm' });\n</script>\n</head>"
    );
    std::fs::write(dir.join("index.html"), index.replacen("</head>", trunk, 1)).unwrap();
    std::fs::write(dir.join("styles-test.css"), read("assets/styles.css")).unwrap();
    std::fs::write(dir.join("loader.js"), read("assets/loader.js")).unwrap();
    // The data Trunk copies (`copy-dir assets/data`): the dataset and what the pages beside it read.
    for entry in std::fs::read_dir(Path::new(ROOT).join("assets/data")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, dir.join("data").join(path.file_name().unwrap())).unwrap();
        }
    }
}

/// The site, built once for all the tests.
fn site() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        // A run's site is ~90 MB: those of runs that have ended go (another run's stays).
        for entry in std::fs::read_dir(std::env::temp_dir()).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if let Some(pid) = name.strip_prefix("site-entries-test-") {
                if !Path::new("/proc").join(pid).exists() {
                    let _ = std::fs::remove_dir_all(entry.path());
                }
            }
        }
        let dir = std::env::temp_dir().join(format!("site-entries-test-{}", std::process::id()));
        fixture(&dir);
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        runtime.block_on(crate::write_site(&dir, Some("https://example.org/journeys/"))).unwrap();
        dir
    })
}

fn data() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| {
        journeys_core::load::parse_dataset(
            &std::fs::read_to_string(site().join("data/dataset.json")).unwrap(),
        )
        .unwrap()
    })
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

/// An attribute's value in a tag's text.
fn attr(tag: &str, name: &str) -> Option<String> {
    let k = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[k..].split('"').next().map(unescape)
}

/// A page's head: its `<meta>` values by `name` or `property` (each once: a second is a
/// failure), its title and its canonical link.
struct Head {
    meta: BTreeMap<String, String>,
    title: String,
    canonical: Option<String>,
}

impl Head {
    fn get(&self, key: &str) -> &str {
        self.meta.get(key).unwrap_or_else(|| panic!("no {key} in {:?}", self.meta))
    }
}

fn head(page: &str) -> Head {
    let html = std::fs::read_to_string(site().join(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
    let head = &html[..html.find("</head>").unwrap()];
    let mut meta = BTreeMap::new();
    for tag in head.split("<meta").skip(1).map(|t| &t[..t.find('>').unwrap()]) {
        if let Some(key) = attr(tag, "property").or_else(|| attr(tag, "name")) {
            let value = attr(tag, "content").unwrap_or_default();
            assert!(meta.insert(key.clone(), value).is_none(), "{page}: {key} twice");
        }
    }
    let title = unescape(&head[head.find("<title>").unwrap() + 7..head.find("</title>").unwrap()]);
    let canonical = head.find("<link rel=\"canonical\"").map(|k| attr(&head[k..], "href").unwrap());
    Head { meta, title, canonical }
}

/// What every page's share tags have in common, and the card file they name, which exists.
fn check_common(page: &str, h: &Head) -> PathBuf {
    assert_eq!(h.get("og:type"), "website", "{page}");
    assert_eq!(h.get("og:site_name"), "Council Journeys", "{page}");
    assert_eq!(h.get("og:title"), h.title, "{page}");
    assert_eq!(h.get("twitter:title"), h.title, "{page}");
    assert_eq!(h.get("og:description"), h.get("description"), "{page}");
    assert_eq!(h.get("twitter:description"), h.get("description"), "{page}");
    assert_eq!(h.get("twitter:card"), "summary_large_image", "{page}");
    assert_eq!(h.get("og:image:width"), "1200", "{page}");
    assert_eq!(h.get("og:image:height"), "630", "{page}");
    assert_eq!(h.get("og:image:type"), "image/png", "{page}");
    assert!(h.get("og:image:alt").len() > 40, "{page}: {}", h.get("og:image:alt"));
    assert_eq!(h.get("twitter:image"), h.get("og:image"), "{page}");
    assert_eq!(h.get("twitter:image:alt"), h.get("og:image:alt"), "{page}");
    let image = h.get("og:image");
    let file = image.strip_prefix(&format!("{SITE}/")).unwrap_or_else(|| panic!("{page}: {image}"));
    assert!(file.starts_with("cards/") && file.ends_with(".png"), "{page}: {image}");
    let path = site().join(file);
    assert!(path.is_file(), "{page}: {image} was not written");
    path
}

/// A page meant for search results: its address is its canonical link.
fn check_indexed(page: &str, url: &str) -> Head {
    let h = head(page);
    check_common(page, &h);
    assert_eq!(h.get("og:url"), url, "{page}");
    assert_eq!(h.canonical.as_deref(), Some(url), "{page}");
    assert!(!h.meta.contains_key("robots"), "{page}");
    h
}

fn card_stem(h: &Head) -> String {
    let image = h.get("og:image");
    let name = image.rsplit('/').next().unwrap();
    name[..name.rfind('-').unwrap()].to_string()
}

#[test]
fn each_kind_of_page_carries_its_share_tags() {
    let data = data();
    let home = check_indexed("index.html", &format!("{SITE}/"));
    assert_eq!(card_stem(&home), "home");
    assert_eq!(head("index.html").meta, home.meta, "the root index.html is the home page");

    let leeds = data.find_council("leeds").unwrap();
    let story = journey_summary(&leeds.name, &inspections(data, leeds));
    let by_slug = check_indexed("council/leeds/index.html", &format!("{SITE}/council/leeds"));
    assert_eq!(by_slug.get("og:description"), story);
    assert!(by_slug.get("og:title").starts_with("Leeds"), "{}", by_slug.get("og:title"));
    assert_eq!(card_stem(&by_slug), "leeds");
    // The code address is the same page to a search engine and to a link preview.
    let by_code = check_indexed("council/E08000035/index.html", &format!("{SITE}/council/leeds"));
    let shared = |h: &Head| -> Vec<(String, String)> {
        h.meta.iter().filter(|(k, _)| *k != "cj-route").map(|(k, v)| (k.clone(), v.clone())).collect()
    };
    assert_eq!(shared(&by_code), shared(&by_slug));

    let north = data.find_council("E10000021").unwrap();
    assert!(!north.current);
    let former = check_indexed("council/E10000021/index.html", &format!("{SITE}/council/{}", north.slug));
    assert_eq!(former.get("og:description"), journey_summary(&north.name, &inspections(data, north)));
    assert_eq!(card_stem(&former), north.slug);

    let sheet =
        check_indexed("council/E08000035/worksheet/index.html", &format!("{SITE}/council/leeds/worksheet"));
    assert_eq!(card_stem(&sheet), "leeds");

    for (page, url) in [
        ("compare/index.html", "/compare"),
        ("councils/index.html", "/councils"),
        ("patterns/index.html", "/patterns"),
        ("about/index.html", "/about"),
        ("about/data/index.html", "/about/data"),
        ("glossary/index.html", "/glossary"),
    ] {
        let h = check_indexed(page, &format!("{SITE}{url}"));
        assert_eq!(card_stem(&h), "site", "{page}");
    }

    for (page, stem) in [
        ("embed/council/leeds/index.html", "leeds"),
        ("embed/map/index.html", "home"),
        ("embed/compare/index.html", "site"),
        ("embed/patterns/recovery/index.html", "site"),
    ] {
        let h = head(page);
        check_common(page, &h);
        assert_eq!(h.get("robots"), "noindex", "{page}");
        assert_eq!(card_stem(&h), stem, "{page}");
    }

    let missing = head("404.html");
    check_common("404.html", &missing);
    assert_eq!(missing.get("robots"), "noindex");
    assert!(!missing.meta.contains_key("og:url") && missing.canonical.is_none(), "served for any address");
    assert_eq!(card_stem(&missing), "site");
}

#[test]
fn every_page_names_a_card_that_was_written() {
    let pages = page_folders();
    for rel in &pages {
        let page = if rel.is_empty() { "index.html".to_string() } else { format!("{rel}/index.html") };
        check_common(&page, &head(&page));
    }
    assert!(pages.len() > 900, "{} pages", pages.len());
}

#[test]
fn every_page_carries_its_own_rules_inline_and_names_the_whole_stylesheet() {
    let full = crate::css::minify(&std::fs::read_to_string(site().join("styles-test.css")).unwrap()).unwrap();
    let style = |page: &str| {
        let html = std::fs::read_to_string(site().join(page)).unwrap();
        assert!(
            html.contains(" data-css=\"/journeys/styles-test.css\""),
            "{page}: loader.js is told the stylesheet"
        );
        assert!(!html.contains("rel=\"stylesheet\""), "{page}: the first view asks for no stylesheet");
        let a = html.find("<style>").unwrap() + "<style>".len();
        html[a..a + html[a..].find("</style>").unwrap()].to_string()
    };
    for rel in page_folders() {
        let page = if rel.is_empty() { "index.html".to_string() } else { format!("{rel}/index.html") };
        assert!(
            style(&page).len() < full.len() / 2,
            "{page}: {} of {} bytes",
            style(&page).len(),
            full.len()
        );
    }
    // The hex map's rules where the map is, the chart's where the chart is; a mark's details
    // card (drawn by the app) nowhere.
    let (home, leeds) = (style("index.html"), style("council/leeds/index.html"));
    assert!(home.contains(".hex-svg") && !leeds.contains(".hex-svg"));
    assert!(leeds.contains(".journey-chart .row-label") && !home.contains(".details-card"));
    assert!(!leeds.contains(".details-card") && full.contains(".details-card"));
}

/// The folder of every page the build wrote (an `index.html`), relative to the site: "" for
/// the home page, "council/leeds", …
fn page_folders() -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![site().to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().is_some_and(|n| n == "index.html") {
                out.push(path.parent().unwrap().strip_prefix(site()).unwrap().to_string_lossy().to_string());
            }
        }
    }
    out
}

/// A card decoded: its size and how many pixels have each colour.
fn decode(path: &Path) -> (u32, u32, BTreeMap<[u8; 3], usize>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgba, "{}", path.display());
    let mut colours = BTreeMap::new();
    for px in buf[..info.buffer_size()].chunks(4) {
        assert_eq!(px[3], 255, "{}: a card is opaque", path.display());
        *colours.entry([px[0], px[1], px[2]]).or_insert(0) += 1;
    }
    (info.width, info.height, colours)
}

fn rgb(hex: &str) -> [u8; 3] {
    let hex = hex.trim_start_matches('#');
    let hex: String =
        if hex.len() == 3 { hex.chars().flat_map(|c| [c, c]).collect() } else { hex.to_string() };
    let byte = |k: usize| u8::from_str_radix(&hex[k..k + 2], 16).unwrap();
    [byte(0), byte(2), byte(4)]
}

fn card_of(page: &str) -> PathBuf {
    check_common(page, &head(page))
}

/// The card is 1200×630, mostly the page's background, with each of `grades`' colours over
/// whole marks (at least 50 pixels of the exact colour) and the text colour.
fn check_card(path: &Path, grades: &[Grade]) {
    let p = Palette::from_css(&std::fs::read_to_string(Path::new(ROOT).join("assets/styles.css")).unwrap())
        .unwrap();
    let (w, h, colours) = decode(path);
    assert_eq!((w, h), (1200, 630), "{}", path.display());
    let count = |hex: &str| colours.get(&rgb(hex)).copied().unwrap_or(0);
    assert!(count(&p.bg) > (w * h / 3) as usize, "{}: background", path.display());
    assert!(count(&p.fg) > 500, "{}: no text", path.display());
    assert!(colours.len() > 50, "{}: {} colours", path.display(), colours.len());
    for g in grades {
        assert!(count(p.grade(Some(*g))) >= 50, "{}: {g:?} missing", path.display());
    }
}

#[test]
fn the_cards_are_1200_by_630_and_show_the_grades() {
    let data = data();
    for key in ["leeds", "E10000021", "bradford"] {
        let council = data.find_council(key).unwrap();
        // The grades its chart marks: its own inspections' (a predecessor's are drawn hollow).
        let chart = journeys_core::chart::council_chart(
            data,
            council,
            journeys_core::journey::release_date(data),
            800.0,
        );
        let grades: Vec<Grade> = chart.marks.iter().filter(|m| !m.predecessor).map(|m| m.grade).collect();
        assert!(grades.len() >= 3, "{key}");
        check_card(&card_of(&format!("council/{key}/index.html")), &grades);
    }
    let counts = journeys_core::national::distribution_by_year(data).pop().unwrap();
    let held: Vec<Grade> = counts.entries().iter().filter(|(_, n)| *n > 0).filter_map(|(g, _)| *g).collect();
    assert!(held.len() >= 3);
    check_card(&card_of("index.html"), &held);
    check_card(
        &card_of("glossary/index.html"),
        &[Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Adequate, Grade::Inadequate],
    );
    // Every council has its own card, and each decodes.
    let mut names: Vec<PathBuf> = Vec::new();
    for c in &data.councils {
        let path = card_of(&format!("council/{}/index.html", c.code));
        assert!(!names.contains(&path), "{} shares a card", c.code);
        let info =
            png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&path).unwrap())).read_info();
        let info = info.unwrap().info().clone();
        assert_eq!((info.width, info.height), (1200, 630), "{}", path.display());
        names.push(path);
    }
}

#[test]
fn the_sitemap_lists_every_page_but_the_embeds_and_robots_names_it() {
    let data = data();
    let xml = std::fs::read_to_string(site().join("sitemap.xml")).unwrap();
    let locs: Vec<&str> = xml.split("<loc>").skip(1).map(|s| &s[..s.find("</loc>").unwrap()]).collect();
    let mut unique = locs.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), locs.len(), "an address twice");
    assert!(xml.contains(&format!("<lastmod>{}</lastmod>", data.release)));
    let listed = |path: &str| locs.contains(&format!("{SITE}{path}").as_str());
    for path in
        ["/", "/compare", "/councils", "/patterns", "/about", "/about/data", "/about/grades", "/glossary"]
    {
        assert!(listed(path), "{path}");
    }
    for c in &data.councils {
        assert!(listed(&format!("/council/{}", c.slug)), "{}", c.slug);
        assert!(listed(&format!("/council/{}/worksheet", c.slug)), "{}", c.slug);
    }
    for loc in &locs {
        assert!(!loc.contains("/embed"), "{loc}");
        assert!(!loc.contains("/council/E0") && !loc.contains("/council/E1"), "a code address: {loc}");
        // Each is a page the build wrote.
        let path = loc.strip_prefix(SITE).unwrap().trim_start_matches('/');
        assert!(site().join(path).join("index.html").is_file(), "{loc}");
    }
    // And every page the build wrote is listed, but the embeds and the code addresses.
    for rel in page_folders() {
        let route = journeys_core::route::Route::parse(&format!("/{rel}"), "");
        let code = matches!(&route, journeys_core::route::Route::Council { key, .. }
            | journeys_core::route::Route::Worksheet { key } if data.find_council(key).is_some_and(|c| &c.code == key));
        if !rel.starts_with("embed") && !code {
            assert!(listed(&format!("/{rel}")), "{rel} is not in the sitemap");
        }
    }
    let robots = std::fs::read_to_string(site().join("robots.txt")).unwrap();
    assert!(robots.contains("User-agent: *\nAllow: /\n"), "{robots}");
    assert!(robots.ends_with(&format!("Sitemap: {SITE}/sitemap.xml\n")), "{robots}");
}
