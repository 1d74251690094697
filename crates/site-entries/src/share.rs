//! What a shared link shows, and the site's public address. Every page carries Open Graph and
//! Twitter card tags (title, description, address, image and its text alternative); embeds
//! and the not-found page say `noindex`. The public address (`SITE_URL`, set by
//! `scripts/build.sh --site-url`) makes the page's address, its image and its canonical link
//! absolute, as link previews and search engines want them; without it the build still works
//! and leaves them relative to the site's root (and writes no canonical link and no sitemap,
//! which must be absolute).

use journeys_core::embed::escape_html;
use journeys_core::route::with_base;

/// Where the site is served: its base path, and its absolute address when the build was told.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    /// `https://example.org/journeys`, without a trailing slash; `None` when not set.
    root: Option<String>,
    /// The base path from `<base href>`: empty at a domain's root, else `/journeys`.
    base: String,
}

impl Site {
    /// The site from `SITE_URL` (`https://example.org/` or `https://example.org/journeys/`; an
    /// origin alone takes the build's base path) and the base path the build was made for. An
    /// address that is not http(s), carries a query or a fragment, or names another path than
    /// the build's is refused: every absolute link would point to the wrong place.
    pub fn new(site_url: Option<&str>, base: &str) -> Result<Site, String> {
        let base = base.trim_end_matches('/').to_string();
        let Some(url) = site_url.map(str::trim).filter(|u| !u.is_empty()) else {
            return Ok(Site { root: None, base });
        };
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or_else(|| format!("SITE_URL {url} is not an http:// or https:// address"))?;
        if url.contains(['?', '#', ' ', '"', '<', '>']) {
            return Err(format!("SITE_URL {url} must be a plain address, without a query or fragment"));
        }
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        if host.is_empty() {
            return Err(format!("SITE_URL {url} names no host"));
        }
        let path = path.trim_end_matches('/');
        let path = if path.is_empty() { base.clone() } else { format!("/{path}") };
        if path != base {
            return Err(format!(
                "SITE_URL {url} is under {path}/, but the site was built for {}/ (--public-url): \
                 give both the same path",
                base
            ));
        }
        let scheme = if url.starts_with("https://") { "https" } else { "http" };
        Ok(Site { root: Some(format!("{scheme}://{host}{path}")), base })
    }

    /// Whether the address is known, so links can be absolute.
    pub fn is_absolute(&self) -> bool {
        self.root.is_some()
    }

    /// The address of `path` (`/council/leeds`, relative to the base path): absolute when the
    /// public address is known, else from the domain's root (`/journeys/council/leeds`).
    pub fn url(&self, path: &str) -> String {
        match &self.root {
            Some(root) => format!("{root}{path}"),
            None => with_base(&self.base, path),
        }
    }
}

/// A page's share tags.
pub struct Share<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// The page's own address (its canonical one); none for the not-found page, which is
    /// served for any address.
    pub url: Option<&'a str>,
    pub image: &'a str,
    pub image_alt: &'a str,
    /// Embeds and the not-found page: not for search results.
    pub noindex: bool,
}

pub const IMAGE_WIDTH: u32 = crate::card::WIDTH;
pub const IMAGE_HEIGHT: u32 = crate::card::HEIGHT;

/// The `<meta>` elements of `share`, one a line, each followed by the head's indent.
pub fn tags(share: &Share) -> String {
    let mut out = String::new();
    let mut meta = |attr: &str, key: &str, value: &str| {
        out.push_str(&format!("<meta {attr}=\"{key}\" content=\"{}\">\n  ", escape_html(value)));
    };
    if share.noindex {
        meta("name", "robots", "noindex");
    }
    meta("property", "og:type", "website");
    meta("property", "og:site_name", journeys_core::text::SITE_NAME);
    meta("property", "og:title", share.title);
    meta("property", "og:description", share.description);
    if let Some(url) = share.url {
        meta("property", "og:url", url);
    }
    meta("property", "og:image", share.image);
    meta("property", "og:image:type", "image/png");
    meta("property", "og:image:width", &IMAGE_WIDTH.to_string());
    meta("property", "og:image:height", &IMAGE_HEIGHT.to_string());
    meta("property", "og:image:alt", share.image_alt);
    meta("name", "twitter:card", "summary_large_image");
    meta("name", "twitter:title", share.title);
    meta("name", "twitter:description", share.description);
    meta("name", "twitter:image", share.image);
    meta("name", "twitter:image:alt", share.image_alt);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_address_makes_links_absolute() {
        let site = Site::new(Some("https://example.org/journeys/"), "/journeys").unwrap();
        assert_eq!(site.url("/council/leeds"), "https://example.org/journeys/council/leeds");
        assert_eq!(site.url("/"), "https://example.org/journeys/");
        // An origin alone takes the build's path.
        assert_eq!(Site::new(Some("https://example.org"), "/journeys").unwrap(), site);
        let root = Site::new(Some("http://127.0.0.1:4173/"), "").unwrap();
        assert_eq!(root.url("/cards/a.png"), "http://127.0.0.1:4173/cards/a.png");
    }

    #[test]
    fn without_it_links_are_relative_to_the_domain() {
        for unset in [None, Some(""), Some("  ")] {
            let site = Site::new(unset, "/journeys/").unwrap();
            assert!(!site.is_absolute());
            assert_eq!(site.url("/council/leeds"), "/journeys/council/leeds");
        }
    }

    #[test]
    fn a_wrong_address_is_refused() {
        for bad in ["example.org", "ftp://example.org/", "https:///x", "https://example.org/?a=1"] {
            assert!(Site::new(Some(bad), "").is_err(), "{bad}");
        }
        let other = Site::new(Some("https://example.org/other/"), "/journeys").unwrap_err();
        assert!(other.contains("/other/") && other.contains("/journeys/"), "{other}");
        assert!(Site::new(Some("https://example.org/journeys/"), "").is_err());
    }

    #[test]
    fn the_tags_carry_the_page_and_its_image() {
        let share = Share {
            title: "Leeds – Council Journeys",
            description: "Leeds went from \"Inadequate\" to Outstanding.",
            url: Some("https://example.org/council/leeds"),
            image: "https://example.org/cards/leeds-1.png",
            image_alt: "Journey chart of Leeds",
            noindex: false,
        };
        let html = tags(&share);
        for tag in [
            "<meta property=\"og:title\" content=\"Leeds – Council Journeys\">",
            "<meta property=\"og:description\" content=\"Leeds went from &quot;Inadequate&quot; to Outstanding.\">",
            "<meta property=\"og:url\" content=\"https://example.org/council/leeds\">",
            "<meta property=\"og:image\" content=\"https://example.org/cards/leeds-1.png\">",
            "<meta property=\"og:image:width\" content=\"1200\">",
            "<meta property=\"og:image:height\" content=\"630\">",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">",
            "<meta name=\"twitter:image\" content=\"https://example.org/cards/leeds-1.png\">",
        ] {
            assert!(html.contains(tag), "{tag} in {html}");
        }
        assert!(!html.contains("robots"));
        let embed = tags(&Share { noindex: true, url: None, ..share });
        assert!(embed.contains("<meta name=\"robots\" content=\"noindex\">"), "{embed}");
        assert!(!embed.contains("og:url"));
    }
}
