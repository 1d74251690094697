//! A conservative stylesheet minifier for the copy each page carries inline: it drops comments
//! and the whitespace the syntax does not need (runs collapse to one space; none around `{`,
//! `}`, `;`, `,` and `>`). Quoted strings in `assets/styles.css` hold no such characters, and
//! the minifier refuses a stylesheet with quoted text it could change.

/// `css` without comments and needless whitespace.
pub fn minify(css: &str) -> Result<String, String> {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(k) = rest.find("/*") {
        text.push_str(&rest[..k]);
        let end = rest[k..].find("*/").ok_or("an unterminated comment in the stylesheet")?;
        rest = &rest[k + end + 2..];
        text.push(' ');
    }
    text.push_str(rest);
    for quoted in text.split(['"', '\'']).skip(1).step_by(2) {
        if quoted.contains(|c: char| c.is_whitespace() && c != ' ' || "{};,>".contains(c))
            || quoted.contains("  ")
        {
            return Err(format!("the stylesheet quotes {quoted:?}, which minifying would change"));
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let tight = |c: char| "{};,>".contains(c);
        if space && !out.is_empty() && !tight(c) && !out.ends_with(tight) {
            out.push(' ');
        }
        space = false;
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn comments_and_needless_whitespace_go() {
        let css = "/* about */\n.a > .b,\n.c:hover {\n  color: red;\n  font: 1rem \"Segoe UI\", serif;\n}\n@media (width < 430px) { .d { margin: 0 auto; } }\n";
        assert_eq!(
            minify(css).unwrap(),
            ".a>.b,.c:hover{color: red;font: 1rem \"Segoe UI\",serif}@media (width < 430px){.d{margin: 0 auto}}"
        );
    }

    #[test]
    fn quoted_text_it_would_change_is_refused() {
        assert!(minify(".a::after { content: \"a, b\"; }").is_err());
        assert!(minify(".a { x: 1; /* open").is_err());
    }
}
