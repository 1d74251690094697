//! Filling the app's `index.html` in for one page: its rendered content, title, description,
//! canonical link and the `<meta>` elements that tell the wasm which data to load and which
//! address the HTML was rendered for. Embed pages also swap Trunk's loader for the small
//! `embed-child.js`, which reports the widget's height at once and loads the wasm only when the
//! reader reaches for the widget.

use journeys_core::embed::escape_html;

/// The parts of one page that differ from the template.
pub struct Page<'a> {
    pub title: &'a str,
    pub description: Option<&'a str>,
    /// The page's canonical address, as the `href` of its canonical link.
    pub canonical: &'a str,
    /// The dataset file the page loads, relative to the base URL.
    pub data: &'a str,
    /// The address rendered, relative to the base path (`/council/leeds`).
    pub route: &'a str,
    /// The HTML `ServerApp` rendered for it.
    pub content: &'a str,
    /// An embed: links open new tabs, and the wasm loads on the first interaction.
    pub embed: bool,
    /// The data release (`YYYY-MM-DD`): an embed pinned to an earlier one loads its wasm at once.
    pub release: &'a str,
}

/// The template with `page` filled in.
pub fn fill(template: &str, page: &Page) -> Result<String, String> {
    let mut html = replace_between(template, "<title>", "</title>", &escape_html(page.title))?;
    if let Some(d) = page.description {
        html = replace_between(&html, "<meta name=\"description\" content=\"", "\"", &escape_html(d))?;
    }
    let mut head = format!(
        "<link rel=\"canonical\" href=\"{}\">\n  <meta name=\"cj-data\" content=\"{}\">\n  <meta name=\"cj-route\" content=\"{}\">\n",
        escape_html(page.canonical),
        escape_html(page.data),
        escape_html(page.route)
    );
    if page.embed {
        html = lazy_wasm(&html, page.release)?;
        html = html.replacen("<base href=", "<base target=\"_blank\" href=", 1);
    } else {
        // Fetched while the wasm downloads, not after it starts.
        head.push_str(&format!(
            "  <link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin=\"anonymous\">\n",
            escape_html(page.data)
        ));
    }
    html = html.replacen("</head>", &format!("  {head}</head>"), 1);
    let app = "<div id=\"app\"></div>";
    if !html.contains(app) {
        return Err("index.html has no empty <div id=\"app\"></div>".to_string());
    }
    Ok(html.replacen(app, &format!("<div id=\"app\">{}</div>", page.content), 1))
}

/// Replaces the text between the first `open` and the next `close` after it.
fn replace_between(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let a = html.find(open).ok_or_else(|| format!("index.html has no {open}"))? + open.len();
    let b = a + html[a..].find(close).ok_or_else(|| format!("index.html: {open} is not closed"))?;
    Ok(format!("{}{}{}", &html[..a], with, &html[b..]))
}

/// Removes Trunk's inline module loader and its preload links, and loads `embed-child.js`
/// instead, telling it where the wasm's JavaScript and binary are.
fn lazy_wasm(html: &str, release: &str) -> Result<String, String> {
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
    let script = format!(
        "<script src=\"embed-child.js\" defer data-js=\"{}\" data-wasm=\"{}\" data-release=\"{}\"></script>",
        escape_html(js),
        escape_html(wasm),
        escape_html(release)
    );
    let mut out = format!("{}{}{}", &html[..a], script, &html[b..]);
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
        "<script type=\"module\">\nimport init, * as bindings from '/app-1.js';\n",
        "const wasm = await init({ module_or_path: '/app-1_bg.wasm' });\n</script>\n",
        "<link rel=\"modulepreload\" href=\"/app-1.js\"><link rel=\"preload\" href=\"/app-1_bg.wasm\" as=\"fetch\"></head>\n",
        "<body><div id=\"app\"></div></body>"
    );

    fn page(embed: bool) -> Page<'static> {
        Page {
            title: "A <b> & C",
            description: Some("Leeds's \"story\""),
            canonical: "/council/leeds",
            data: "data/dataset-1.json",
            route: "/council/leeds",
            content: "<main>Leeds</main>",
            embed,
            release: "2026-08-22",
        }
    }

    #[test]
    fn a_page_gets_its_content_title_description_and_links() {
        let html = fill(TEMPLATE, &page(false)).unwrap();
        assert!(html.contains("<title>A &lt;b&gt; &amp; C</title>"), "{html}");
        assert!(html.contains("content=\"Leeds's &quot;story&quot;\""));
        assert!(html.contains("<link rel=\"canonical\" href=\"/council/leeds\">"));
        assert!(html.contains("<meta name=\"cj-data\" content=\"data/dataset-1.json\">"));
        assert!(html.contains("<link rel=\"preload\" href=\"data/dataset-1.json\" as=\"fetch\""));
        assert!(html.contains("<div id=\"app\"><main>Leeds</main></div>"));
        assert!(html.contains("import init"), "a full page loads the wasm at once");
    }

    #[test]
    fn an_embed_loads_no_wasm_until_asked_and_opens_links_in_new_tabs() {
        let html = fill(TEMPLATE, &page(true)).unwrap();
        assert!(!html.contains("import init"), "{html}");
        assert!(!html.contains("rel=\"modulepreload\"") && !html.contains("rel=\"preload\""));
        assert!(html.contains(
            "<script src=\"embed-child.js\" defer data-js=\"/app-1.js\" data-wasm=\"/app-1_bg.wasm\" data-release=\"2026-08-22\"></script>"
        ));
        assert!(html.contains("<base target=\"_blank\" href=\"/\">"));
    }

    #[test]
    fn a_template_without_its_slots_is_refused() {
        assert!(fill("<head><title></title></head><body></body>", &page(false)).is_err());
        assert!(fill(&TEMPLATE.replace("<script type=\"module\">", "<script>"), &page(true)).is_err());
    }
}
