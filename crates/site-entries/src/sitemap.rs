//! `sitemap.xml` and `robots.txt`. The sitemap lists every page the build rendered by its
//! canonical address (a council by its slug, not its code), leaving out the embeds (they say
//! `noindex`) and the not-found page, so a page added to the app's routes joins it with no
//! list to keep. A sitemap needs absolute addresses, so without the site's public address
//! there is none and `robots.txt` names none.

use journeys_core::embed::escape_html;

/// The sitemap of `urls` (absolute, in order), each last changed on `lastmod` (`YYYY-MM-DD`,
/// the data release).
pub fn sitemap(urls: &[String], lastmod: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for url in urls {
        out.push_str(&format!(
            "  <url><loc>{}</loc><lastmod>{}</lastmod></url>\n",
            escape_html(url),
            escape_html(lastmod)
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be crawled (the embeds' `noindex` must be read to be obeyed),
/// and where the sitemap is, when there is one.
pub fn robots(sitemap_url: Option<&str>) -> String {
    let mut out = String::from(
        "# Council Journeys: every page may be crawled; the embeds and the not-found page carry noindex.\n\
         User-agent: *\nAllow: /\n",
    );
    if let Some(url) = sitemap_url {
        out.push_str(&format!("Sitemap: {url}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sitemap_lists_each_address_with_the_release() {
        let xml = sitemap(
            &["https://example.org/".into(), "https://example.org/compare?a=1&b=2".into()],
            "2026-08-22",
        );
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
        assert!(xml.contains("<url><loc>https://example.org/</loc><lastmod>2026-08-22</lastmod></url>"));
        assert!(xml.contains("<loc>https://example.org/compare?a=1&amp;b=2</loc>"), "{xml}");
        assert!(xml.ends_with("</urlset>\n"));
    }

    #[test]
    fn robots_names_the_sitemap_when_there_is_one() {
        assert!(robots(Some("https://example.org/sitemap.xml"))
            .ends_with("Sitemap: https://example.org/sitemap.xml\n"));
        assert!(!robots(None).contains("Sitemap"));
        assert!(robots(None).contains("User-agent: *\nAllow: /\n"));
    }
}
