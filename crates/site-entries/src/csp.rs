//! The Content Security Policy every page carries in a `<meta>` element. Each page carries its
//! stylesheet and its loader script inline (one request fewer before the first view), so
//! `with_hashes` adds the `'sha256-…'` of every inline `<script>` to `script-src` and of every
//! `<style>` to `style-src`: the policy needs no `'unsafe-inline'`, and style attributes stay
//! forbidden. (`frame-ancestors` cannot be set by a `<meta>` policy; embeds must be frameable.)

/// The text of every inline `<script>` element (one with no `src`), as the browser hashes it.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    inline_elements(html, "script")
}

/// The text of every inline `name` element (one with no `src`).
fn inline_elements<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let (open, close_tag) = (format!("<{name}"), format!("</{name}>"));
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let tag = &after[..open_end];
        let body = &after[open_end + 1..];
        // `<styles>` is not a `<style>`.
        if !matches!(tag.as_bytes().get(open.len()), Some(b' ' | b'\n') | None) {
            rest = body;
            continue;
        }
        let Some(close) = body.find(&close_tag) else { break };
        if !tag.contains(" src=") {
            out.push(&body[..close]);
        }
        rest = &body[close..];
    }
    out
}

/// `'sha256-…'`: the CSP source expression that allows exactly this inline script.
fn csp_hash(script: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(script.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// Adds the hash of every inline script to the `script-src` directive of the page's CSP
/// `<meta>`, and of every `<style>` element to `style-src`. An inline script or style with no
/// policy to allow it is an error (the page would run it unprotected, or a policy added later
/// would block it), and so is `'unsafe-inline'`. Running it twice changes nothing.
pub fn with_hashes(html: &str) -> Result<String, String> {
    let html = with_hashes_of(html, "script-src", &inline_scripts(html))?;
    let styles = inline_elements(&html, "style");
    with_hashes_of(&html, "style-src", &styles)
}

fn with_hashes_of(html: &str, directive: &str, scripts: &[&str]) -> Result<String, String> {
    const META: &str = r#"<meta http-equiv="Content-Security-Policy" content=""#;
    let Some(meta_at) = html.find(META) else {
        return if scripts.is_empty() {
            Ok(html.to_string())
        } else {
            Err(format!("the page has inline content for {directive} but no Content-Security-Policy <meta>"))
        };
    };
    let content_at = meta_at + META.len();
    let content_len = html[content_at..].find('"').ok_or("unterminated CSP <meta> content")?;
    let policy = &html[content_at..content_at + content_len];
    let mut directives: Vec<String> = policy.split(';').map(|d| d.trim().to_string()).collect();
    let script_src = directives
        .iter_mut()
        .find(|d| d.split_whitespace().next() == Some(directive))
        .ok_or_else(|| format!("the CSP <meta> has no {directive} directive"))?;
    if script_src.contains("'unsafe-inline'") {
        return Err(format!("the CSP allows 'unsafe-inline' in {directive}"));
    }
    for script in scripts.iter().copied() {
        let hash = csp_hash(script);
        if !script_src.split_whitespace().any(|s| s == hash) {
            script_src.push(' ');
            script_src.push_str(&hash);
        }
    }
    let policy = directives.into_iter().filter(|d| !d.is_empty()).collect::<Vec<_>>().join("; ");
    Ok(format!("{}{}{}", &html[..content_at], policy, &html[content_at + content_len..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = concat!(
        "<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; ",
        "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'\">\n",
        "<script type=\"module\">\nimport init from '/a-1.js';\n</script>\n",
        "<script src=\"/b.js\"></script>\n</head>"
    );

    #[test]
    fn inline_scripts_are_found_and_external_ones_skipped() {
        assert_eq!(inline_scripts(PAGE), vec!["\nimport init from '/a-1.js';\n"]);
        assert!(inline_scripts("<p>no scripts</p>").is_empty());
    }

    #[test]
    fn csp_hash_is_base64_sha256() {
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(csp_hash("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }

    #[test]
    fn the_hash_of_each_inline_script_goes_into_script_src_once() {
        let out = with_hashes(PAGE).unwrap();
        let hash = csp_hash("\nimport init from '/a-1.js';\n");
        assert!(
            out.contains(&format!("script-src 'self' 'wasm-unsafe-eval' {hash}; style-src 'self'\"")),
            "{out}"
        );
        assert_eq!(with_hashes(&out).unwrap(), out);
        // Only the policy changed.
        assert_eq!(out.replace(&format!(" {hash}"), ""), PAGE);
    }

    #[test]
    fn inline_styles_get_their_hash_in_style_src() {
        let page = PAGE.replace("</head>", "<style>p{color:red}</style></head>");
        let out = with_hashes(&page).unwrap();
        let hash = csp_hash("p{color:red}");
        assert!(out.contains(&format!("style-src 'self' {hash}\"")), "{out}");
        assert_eq!(inline_elements("<styles>x</styles><style>y</style>", "style"), vec!["y"]);
    }

    #[test]
    fn an_unprotected_or_unsafe_page_is_refused() {
        assert!(with_hashes("<script>alert(1)</script>").is_err());
        let unsafe_inline = PAGE.replace("'wasm-unsafe-eval'", "'unsafe-inline'");
        assert!(with_hashes(&unsafe_inline).is_err());
        assert_eq!(with_hashes("<p>static</p>").unwrap(), "<p>static</p>");
    }
}
