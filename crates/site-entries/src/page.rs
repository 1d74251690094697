//! Filling the app's `index.html` in for one page: its rendered content, title, description,
//! canonical link, share tags (`share`) and the `<meta>` elements that tell the wasm which
//! data to load and which address the HTML was rendered for. Trunk's loader is swapped for the
//! small `loader.js`, which loads the wasm only when the reader reaches for the page (and in an
//! embed reports the widget's height at once). Every page but an embed links the web app
//! manifest and carries `offline.js`, which registers the service worker. The page carries
//! inline only the rules of the stylesheet it can use (`critical`); `loader.js` links the whole
//! stylesheet, and waits for it, before the wasm changes the page.

use crate::critical::Stylesheet;
use journeys_core::embed::escape_html;

/// The parts of one page that differ from the template.
pub struct Page<'a> {
    pub title: &'a str,
    pub description: Option<&'a str>,
    /// The page's canonical address, absolute; none when the build was not told the site's
    /// address (`SITE_URL`), as a canonical link must be absolute.
    pub canonical: Option<&'a str>,
    /// The share tags (`share::tags`), written after the canonical link.
    pub share: &'a str,
    /// The dataset file the page loads, relative to the base URL.
    pub data: &'a str,
    /// The council's DfE figures a council page loads as well (`data/context/<release>/<code>.json`).
    pub context: Option<&'a str>,
    /// The address rendered, relative to the base path (`/council/leeds`).
    pub route: &'a str,
    /// The HTML `ServerApp` rendered for it.
    pub content: &'a str,
    /// An embed: links open new tabs, and the page reports its height to the article.
    pub embed: bool,
    /// Load the wasm at once, not on the first interaction: for `404.html`, whose HTML cannot
    /// know the address it is served for.
    pub now: bool,
    /// The data release (`YYYY-MM-DD`): an embed pinned to an earlier one loads its wasm at once.
    pub release: &'a str,
    /// The stylesheet, of which the page carries inline the rules it can use, and `loader.js`,
    /// carried inline: the first view then needs no request after the page's own.
    pub css: &'a Stylesheet,
    pub loader: &'a str,
}

/// What every page but an embed carries inline: once the page has loaded, it adds `offline.js`,
/// which registers the service worker and offers a new release when one has installed. Only
/// these bytes are in the first view; the rest waits in the file.
pub const OFFLINE: &str = "addEventListener('load',function(){var s=document.createElement('script');\
                           s.src='offline.js';document.body.append(s)})";

/// What `offline.js` adds to a page before any wasm: an empty live region, and in it, when a new
/// release has installed, its notice (assets/offline.js, `offer`). A page's critical stylesheet
/// is chosen as if these were there, so the notice is styled before the app has loaded.
const OFFLINE_DOM: &str =
    "<div class=\"update-notice\" role=\"status\"><p>New inspection data is available: \
                           <button type=\"button\">Reload</button> \
                           <button type=\"button\" class=\"update-later\">Not now</button></p></div>";

/// The `href` of the template's stylesheet link (Trunk's content-hashed `styles-….css`).
pub fn stylesheet_href(template: &str) -> Result<&str, String> {
    let k = template.find("<link rel=\"stylesheet\" href=\"").ok_or("index.html has no stylesheet link")?;
    let rest = &template[k + "<link rel=\"stylesheet\" href=\"".len()..];
    rest.split('"').next().ok_or_else(|| "unterminated stylesheet link".to_string())
}

/// The template's own description, for the pages that have none.
pub fn description(template: &str) -> Result<&str, String> {
    let open = "<meta name=\"description\" content=\"";
    let k = template.find(open).ok_or("index.html has no description <meta>")? + open.len();
    template[k..].split('"').next().ok_or_else(|| "unterminated description <meta>".to_string())
}

/// The template with `page` filled in.
pub fn fill(template: &str, page: &Page) -> Result<String, String> {
    let mut html = replace_between(template, "<title>", "</title>", &escape_html(page.title))?;
    if let Some(d) = page.description {
        html = replace_between(&html, "<meta name=\"description\" content=\"", "\"", &escape_html(d))?;
    }
    let canonical = page
        .canonical
        .map(|c| format!("<link rel=\"canonical\" href=\"{}\">\n  ", escape_html(c)))
        .unwrap_or_default();
    let context = page
        .context
        .map(|c| format!("<meta name=\"cj-context\" content=\"{}\">\n  ", escape_html(c)))
        .unwrap_or_default();
    let head = format!(
        "{canonical}{}<meta name=\"cj-data\" content=\"{}\">\n  {context}<meta name=\"cj-route\" content=\"{}\">\n",
        page.share,
        escape_html(page.data),
        escape_html(page.route)
    );
    html = lazy_wasm(&html, page)?;
    html = installable(&html, page)?;
    if page.embed {
        html = html.replacen("<base href=", "<base target=\"_blank\" href=", 1);
    }
    html = html.replacen("</head>", &format!("  {head}</head>"), 1);
    let app = "<div id=\"app\"></div>";
    if !html.contains(app) {
        return Err("index.html has no empty <div id=\"app\"></div>".to_string());
    }
    let html = html.replacen(app, &format!("<div id=\"app\">{}</div>", page.content), 1);
    // The rules for the page as it is, and as `offline.js` may change it.
    let css = if page.embed {
        page.css.for_page(&html)
    } else {
        let body_end = html.rfind("</body>").ok_or("index.html has no </body>")?;
        page.css.for_page(&format!("{}{OFFLINE_DOM}{}", &html[..body_end], &html[body_end..]))
    };
    inline_stylesheet(&html, &css)
}

/// The policy's directives for the worker and the manifest, which an embed has no use for
/// (`default-src 'self'` still covers both there).
const INSTALL_CSP: &str = " worker-src 'self'; manifest-src 'self';";

/// Links the web app manifest and adds the script that loads `offline.js`, after the loader,
/// except in an embed: an article's readers did not ask to install anything, and the embed's
/// first view carries not a byte of it.
fn installable(html: &str, page: &Page) -> Result<String, String> {
    if page.embed {
        return Ok(html.replacen(INSTALL_CSP, "", 1));
    }
    let head = concat!(
        "<link rel=\"manifest\" href=\"manifest.webmanifest\">\n  ",
        "<link rel=\"apple-touch-icon\" href=\"icons/icon-192.png\">\n"
    );
    let body_end = html.rfind("</body>").ok_or("index.html has no </body>")?;
    let html = format!("{}<script data-offline>{OFFLINE}</script>\n{}", &html[..body_end], &html[body_end..]);
    Ok(html.replacen("</head>", &format!("  {head}</head>"), 1))
}

/// The service worker's stand-in for a page it has not kept (`scripts/service-worker.mjs`):
/// `404.html` (which renders whatever address it is served for, at once) with its content left
/// out, so that a reader offline does not see "Page not found" while the app renders the page.
pub fn shell(not_found: &str) -> Result<String, String> {
    let html = replace_between(not_found, "<title>", "</title>", journeys_core::text::SITE_NAME)?;
    let a =
        html.find("<div id=\"app\">").ok_or("404.html has no <div id=\"app\">")? + "<div id=\"app\">".len();
    let panic = a + html[a..].find("<div id=\"panic\"").ok_or("404.html has no <div id=\"panic\">")?;
    let b = html[..panic]
        .rfind("</div>")
        .filter(|&b| b >= a)
        .ok_or("404.html: <div id=\"app\"> is not closed")?;
    let opening =
        "<main class=\"offline-shell\"><p>Opening the page from the copy kept on this device…</p></main>";
    Ok(format!("{}{opening}{}", &html[..a], &html[b..]))
}

/// Replaces the stylesheet link with the page's critical stylesheet.
fn inline_stylesheet(html: &str, css: &str) -> Result<String, String> {
    if css.contains("</style") {
        return Err("the stylesheet holds </style>".to_string());
    }
    let a = html.find("<link rel=\"stylesheet\"").ok_or("index.html has no stylesheet link")?;
    let b = a + html[a..].find('>').ok_or("unterminated stylesheet link")? + 1;
    Ok(format!("{}<style>{}</style>{}", &html[..a], css, &html[b..]))
}

/// Replaces the text between the first `open` and the next `close` after it.
fn replace_between(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let a = html.find(open).ok_or_else(|| format!("index.html has no {open}"))? + open.len();
    let b = a + html[a..].find(close).ok_or_else(|| format!("index.html: {open} is not closed"))?;
    Ok(format!("{}{}{}", &html[..a], with, &html[b..]))
}

/// Removes Trunk's inline module loader and its preload links (the first view needs neither the
/// wasm nor the data), and loads `loader.js` instead, telling it where the wasm's JavaScript
/// and binary and the whole stylesheet are and what kind of page this is.
fn lazy_wasm(html: &str, page: &Page) -> Result<String, String> {
    let open = "<script type=\"module\">";
    let a = html.find(open).ok_or("index.html has no Trunk loader script")?;
    let b = a + html[a..].find("</script>").ok_or("the loader script is not closed")? + "</script>".len();
    let loader = &html[a..b];
    let quoted = |after: &str| -> Result<&str, String> {
        let k = loader.find(after).ok_or_else(|| format!("the loader script has no {after}"))? + after.len();
        let end = loader[k..].find('\'').ok_or("unterminated string in the loader script")?;
        Ok(&loader[k..k + end])
    };
    let js = quoted("from '")?;
    let wasm = quoted("module_or_path: '")?;
    if page.loader.contains("</script") {
        return Err("loader.js holds </script>".to_string());
    }
    let script = format!(
        "<script data-js=\"{}\" data-wasm=\"{}\" data-css=\"{}\" data-release=\"{}\"{}{}>{}</script>",
        escape_html(js),
        escape_html(wasm),
        escape_html(stylesheet_href(html)?),
        escape_html(page.release),
        if page.embed { " data-embed" } else { "" },
        if page.now { " data-now" } else { "" },
        page.loader,
    );
    // At the end of the body, where an inline script finds the page it works on.
    let mut out = format!("{}{}", &html[..a], &html[b..]);
    let body_end = out.rfind("</body>").ok_or("index.html has no </body>")?;
    out.insert_str(body_end, &format!("{script}\n"));
    for link in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(k) = out.find(link) {
            let end = k + out[k..].find('>').ok_or("unterminated link")? + 1;
            out.replace_range(k..end, "");
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = concat!(
        "<head><base href=\"/\">\n<meta name=\"description\" content=\"Site.\">\n<title>Council Journeys</title>\n",
        "<link rel=\"stylesheet\" href=\"/styles-1.css\" integrity=\"x\"/>\n",
        "<script type=\"module\">\nimport init, * as bindings from '/app-1.js';\n",
        "const wasm = await init({ module_or_path: '/app-1_bg.wasm' });\n</script>\n",
        "<link rel=\"modulepreload\" href=\"/app-1.js\"><link rel=\"preload\" href=\"/app-1_bg.wasm\" as=\"fetch\"></head>\n",
        "<body><div id=\"app\"></div></body>"
    );

    fn page(embed: bool) -> Page<'static> {
        Page {
            title: "A <b> & C",
            description: Some("Leeds's \"story\""),
            canonical: Some("https://example.org/council/leeds"),
            share: "<meta property=\"og:title\" content=\"Leeds\">\n  ",
            data: "data/dataset-1.json",
            context: Some("data/context/2026-08-22/E08000035.json"),
            route: "/council/leeds",
            content: "<main>Leeds</main>",
            embed,
            now: false,
            release: "2026-08-22",
            css: Box::leak(Box::new(
                Stylesheet::parse("main{margin:0}.absent{color:red}.update-notice p{margin:0}").unwrap(),
            )),
            loader: "start()",
        }
    }

    #[test]
    fn a_page_gets_its_content_title_description_and_links() {
        let html = fill(TEMPLATE, &page(false)).unwrap();
        assert!(html.contains("<title>A &lt;b&gt; &amp; C</title>"), "{html}");
        assert!(html.contains("content=\"Leeds's &quot;story&quot;\""));
        assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/council/leeds\">"));
        assert!(html.contains("<meta name=\"cj-data\" content=\"data/dataset-1.json\">"));
        assert!(
            html.contains("<meta property=\"og:title\" content=\"Leeds\">\n  <meta name=\"cj-data\""),
            "{html}"
        );
        assert_eq!(description(TEMPLATE).unwrap(), "Site.");
        assert!(
            html.contains("<meta name=\"cj-context\" content=\"data/context/2026-08-22/E08000035.json\">")
        );
        assert!(html.contains("<div id=\"app\"><main>Leeds</main></div>"));
        assert!(html.contains("<base href=\"/\">"), "links open where they are");
    }

    #[test]
    fn the_wasm_loads_only_when_asked_for() {
        for embed in [false, true] {
            let html = fill(TEMPLATE, &page(embed)).unwrap();
            assert!(!html.contains("import init"), "{html}");
            assert!(!html.contains("rel=\"modulepreload\"") && !html.contains("rel=\"preload\""));
            let script =
                "<script data-js=\"/app-1.js\" data-wasm=\"/app-1_bg.wasm\" data-css=\"/styles-1.css\" data-release=\"2026-08-22\"";
            let embedded = if embed { " data-embed" } else { "" };
            // At the end of the body (a page's offline.js follows it).
            let then = if embed {
                "</body>".to_string()
            } else {
                format!("<script data-offline>{OFFLINE}</script>\n</body>")
            };
            assert!(html.contains(&format!("{script}{embedded}>start()</script>\n{then}")), "{html}");
        }
        let html = fill(TEMPLATE, &Page { now: true, ..page(false) }).unwrap();
        assert!(html.contains(" data-now>start()</script>"), "{html}");
    }

    /// `OFFLINE_DOM` copies what `offline.js` adds: its classes and its words are the script's.
    #[test]
    fn the_offline_notice_stood_in_for_is_the_one_offline_js_adds() {
        let script = include_str!("../../../assets/offline.js");
        for part in [
            "'update-notice'",
            "'update-later'",
            "'status'",
            "New inspection data is available: ",
            "Reload",
            "Not now",
        ] {
            assert!(script.contains(part), "offline.js no longer has {part}");
            assert!(OFFLINE_DOM.contains(part.trim_matches('\'')), "OFFLINE_DOM lacks {part}");
        }
    }

    #[test]
    fn the_rules_the_page_can_use_are_carried_inline() {
        // An embed: the rules of its content only.
        let html = fill(TEMPLATE, &page(true)).unwrap();
        assert!(html.contains("<style>main{margin:0}</style>\n"), "{html}");
        assert!(!html.contains("rel=\"stylesheet\""));
        assert_eq!(stylesheet_href(TEMPLATE).unwrap(), "/styles-1.css");
        // A page of the site also styles the notice offline.js may show before the wasm.
        let html = fill(TEMPLATE, &page(false)).unwrap();
        assert!(html.contains("<style>main{margin:0}.update-notice p{margin:0}</style>\n"), "{html}");
        assert!(!html.contains("update-notice\""), "the notice itself is offline.js's to add");
    }

    #[test]
    fn a_page_but_no_embed_is_installable() {
        let html = fill(TEMPLATE, &page(false)).unwrap();
        assert!(html.contains("<link rel=\"manifest\" href=\"manifest.webmanifest\">"), "{html}");
        assert!(
            html.contains(&format!(">start()</script>\n<script data-offline>{OFFLINE}</script>\n</body>"))
        );
        assert!(OFFLINE.contains("s.src='offline.js'") && !OFFLINE.contains("</script"));
        let csp = format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';{INSTALL_CSP} x\">"
        );
        let template = TEMPLATE.replace("<head>", &format!("<head>{csp}"));
        let html = fill(&template, &page(false)).unwrap();
        assert!(html.contains(&csp), "{html}");
        let embed = fill(&template, &page(true)).unwrap();
        assert!(
            !embed.contains("manifest") && !embed.contains("offline") && !embed.contains("worker"),
            "{embed}"
        );
    }

    #[test]
    fn the_shell_is_the_404_page_without_its_content() {
        let template =
            TEMPLATE.replace("<div id=\"app\"></div>", "<div id=\"app\"></div>\n<div id=\"panic\"></div>");
        let not_found = fill(
            &template,
            &Page { content: "<main><h1>Page not found</h1></main>", now: true, ..page(false) },
        );
        let shell = shell(&not_found.unwrap()).unwrap();
        assert!(
            shell.contains("<div id=\"app\"><main class=\"offline-shell\"><p>Opening the page"),
            "{shell}"
        );
        assert!(
            !shell.contains("Page not found") && shell.contains("<title>Council Journeys</title>"),
            "{shell}"
        );
        assert!(
            shell.contains(" data-now>start()</script>") && shell.contains("<div id=\"panic\">"),
            "{shell}"
        );
        assert!(super::shell("<title></title><body></body>").is_err());
    }

    #[test]
    fn an_embed_opens_links_in_new_tabs() {
        let html = fill(TEMPLATE, &page(true)).unwrap();
        assert!(html.contains("<base target=\"_blank\" href=\"/\">"));
    }

    #[test]
    fn without_a_public_address_there_is_no_canonical_link() {
        let html = fill(TEMPLATE, &Page { canonical: None, ..page(false) }).unwrap();
        assert!(!html.contains("rel=\"canonical\""), "{html}");
    }

    #[test]
    fn a_template_without_its_slots_is_refused() {
        assert!(fill("<head><title></title></head><body></body>", &page(false)).is_err());
        assert!(fill(&TEMPLATE.replace("<script type=\"module\">", "<script>"), &page(true)).is_err());
    }
}
