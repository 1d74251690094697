//! Each page's critical stylesheet: of the site's (minified) stylesheet, only the rules that can
//! apply to an element of that page's own HTML, which the page carries inline so that its first
//! view needs no request after the page's. The whole stylesheet stays a file of its own, which
//! `loader.js` links (and waits for) before the wasm changes the page, so whatever the app draws
//! later is styled by the full set.
//!
//! A selector is kept when it matches an element of the page once the parts
//! that depend on a state the page can reach without the app are taken out: every pseudo-class
//! (`:hover`, `:focus-visible`, `:checked`, `:not(…)`, `:has(…)`, `:root`, …), every
//! pseudo-element, and the attributes a reader or `loader.js` change (`[open]`, `[aria-…]`,
//! `[data-theme]`, `[data-app]`, `[hidden]`, …). Taking a part out only widens what a selector
//! matches, so a selector that applies is never missing; at worst one is kept that could not.
//! A rule is kept with the selectors of its list that are kept, and goes when none is.
//! `@media`, `@supports`, `@container` and `@layer` blocks are pruned inside and dropped when
//! empty; any other at-rule (`@page`, `@font-face`, `@keyframes`, …) is kept as it is. Rules
//! keep their order, so the cascade is the full stylesheet's. Matching is the `scraper` crate's
//! (html5ever and Servo's `selectors`), on the page parsed as a browser parses it.

use scraper::{Html, Selector};
use std::collections::HashSet;

/// The site's stylesheet, parsed once, to be pruned for each page.
pub struct Stylesheet {
    rules: Vec<Rule>,
}

enum Rule {
    /// `selectors{declarations}`: each selector of its list, and its block.
    Style { selectors: Vec<OneSelector>, block: String },
    /// `@media …{rules}` and the like: the prelude and the rules inside.
    Group { prelude: String, rules: Vec<Rule> },
    /// Any other at-rule, kept whole.
    Kept(String),
}

/// One selector of a rule's list: as written, with the state parts out, and the names
/// (`needs`) an element of the page must have for it to match, which rule out most selectors
/// before any matching.
struct OneSelector {
    text: String,
    relaxed: Selector,
    needs: Vec<Name>,
}

/// A name a selector asks for: `p`, `.grade`, `#app`.
#[derive(Debug, PartialEq)]
enum Name {
    Tag(String),
    Class(String),
    Id(String),
}

/// The names the elements of a page have.
#[derive(Default)]
struct Names<'a> {
    tags: HashSet<String>,
    classes: HashSet<&'a str>,
    ids: HashSet<&'a str>,
}

impl<'a> Names<'a> {
    fn of(page: &'a Html) -> Names<'a> {
        let mut names = Names::default();
        for node in page.tree.nodes() {
            if let Some(e) = node.value().as_element() {
                names.tags.insert(e.name().to_ascii_lowercase());
                names.classes.extend(e.classes());
                names.ids.extend(e.id());
            }
        }
        names
    }

    fn has_all(&self, needs: &[Name]) -> bool {
        needs.iter().all(|n| match n {
            Name::Tag(t) => self.tags.contains(t),
            Name::Class(c) => self.classes.contains(c.as_str()),
            Name::Id(i) => self.ids.contains(i.as_str()),
        })
    }
}

/// The at-rules whose block holds rules that apply to elements.
const GROUPS: [&str; 4] = ["@media", "@supports", "@container", "@layer"];

/// Attributes whose value a reader, the browser or `loader.js` change while the page is open
/// without the app (a disclosure opened, an embed's `?theme=`), or that the app sets at once.
fn is_state_attribute(name: &str) -> bool {
    name.starts_with("aria-")
        || ["open", "hidden", "checked", "selected", "disabled", "value", "data-app", "data-theme"]
            .contains(&name)
}

impl Stylesheet {
    /// Parses a stylesheet (comments already out, as `css::minify` leaves it). A block not
    /// closed, a `}` with no block, or a selector that cannot be parsed is an error that says
    /// where.
    pub fn parse(css: &str) -> Result<Stylesheet, String> {
        let mut at = 0;
        let rules = parse_rules(css, &mut at, false)?;
        Ok(Stylesheet { rules })
    }

    /// The rules that can apply to an element of `html` (a whole page), as stylesheet text.
    pub fn for_page(&self, html: &str) -> String {
        let page = Html::parse_document(html);
        let names = Names::of(&page);
        let mut out = String::new();
        write_kept(&self.rules, &page, &names, &mut out);
        out
    }
}

fn write_kept(rules: &[Rule], page: &Html, names: &Names, out: &mut String) {
    for rule in rules {
        match rule {
            Rule::Style { selectors, block } => {
                // Only the selectors of the list that can match: each has its own specificity,
                // so the others' going changes nothing for an element.
                let mut first = true;
                for one in selectors {
                    if names.has_all(&one.needs) && page.select(&one.relaxed).next().is_some() {
                        out.push_str(if first { "" } else { "," });
                        out.push_str(&one.text);
                        first = false;
                    }
                }
                if !first {
                    out.push_str(block);
                }
            }
            Rule::Group { prelude, rules } => {
                let mut inner = String::new();
                write_kept(rules, page, names, &mut inner);
                if !inner.is_empty() {
                    out.push_str(prelude);
                    out.push('{');
                    out.push_str(&inner);
                    out.push('}');
                }
            }
            Rule::Kept(text) => out.push_str(text),
        }
    }
}

/// `css` around byte `at`, for an error message.
fn near(css: &str, at: usize) -> String {
    let start = css[..at].char_indices().rev().nth(40).map_or(0, |(k, _)| k);
    let end = css[at..].char_indices().nth(40).map_or(css.len(), |(k, _)| at + k);
    format!("{:?}", &css[start..end])
}

/// The rules from `at` to the end of the stylesheet, or (`nested`) to the `}` closing the
/// block they are in, which it steps past.
fn parse_rules(css: &str, at: &mut usize, nested: bool) -> Result<Vec<Rule>, String> {
    let mut rules = Vec::new();
    loop {
        while css[*at..].starts_with(char::is_whitespace) {
            *at += css[*at..].chars().next().map_or(1, char::len_utf8);
        }
        if *at == css.len() {
            return if nested {
                Err(format!("the stylesheet ends inside a block (an unclosed {{ before {})", near(css, *at)))
            } else {
                Ok(rules)
            };
        }
        if css[*at..].starts_with('}') {
            if !nested {
                return Err(format!("the stylesheet has a }} that closes no block, near {}", near(css, *at)));
            }
            *at += 1;
            return Ok(rules);
        }
        let start = *at;
        let end = scan_to(css, start, &['{', ';', '}'])
            .ok_or_else(|| format!("the stylesheet ends in the middle of a rule: {}", near(css, start)))?;
        let prelude = css[start..end].trim();
        match css.as_bytes()[end] {
            b';' if prelude.starts_with('@') => {
                *at = end + 1;
                rules.push(Rule::Kept(css[start..*at].to_string()));
            }
            b'{' if GROUPS.iter().any(|g| at_rule_is(prelude, g)) => {
                *at = end + 1;
                let inner = parse_rules(css, at, true)?;
                rules.push(Rule::Group { prelude: prelude.to_string(), rules: inner });
            }
            b'{' => {
                let close = block_end(css, end)?;
                *at = close + 1;
                if prelude.starts_with('@') {
                    rules.push(Rule::Kept(css[start..*at].trim().to_string()));
                } else {
                    let mut selectors = Vec::new();
                    let mut from = 0;
                    loop {
                        let to = scan_to(prelude, from, &[',']).unwrap_or(prelude.len());
                        let text = prelude[from..to].trim();
                        let relaxed = relax(text)?;
                        let selector = Selector::parse(&relaxed).map_err(|e| {
                            format!("the stylesheet has a selector that cannot be read, {text:?} in {prelude:?} ({e:?})")
                        })?;
                        let needs = names_in(&relaxed);
                        selectors.push(OneSelector { text: text.to_string(), relaxed: selector, needs });
                        if to == prelude.len() {
                            break;
                        }
                        from = to + 1;
                    }
                    rules.push(Rule::Style { selectors, block: css[end..*at].to_string() });
                }
            }
            _ => return Err(format!("the stylesheet has a rule with no block: {}", near(css, start))),
        }
    }
}

/// `prelude` is the at-rule `name` (`@media (…)`, not `@media-x`).
fn at_rule_is(prelude: &str, name: &str) -> bool {
    prelude.strip_prefix(name).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '(', '{']))
}

/// The first of `stops` at or after `from`, outside quotes, and (but for a brace, which no
/// parenthesis holds in a stylesheet) outside parentheses and brackets.
fn scan_to(css: &str, from: usize, stops: &[char]) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote = None;
    let mut escaped = false;
    for (k, c) in css[from..].char_indices() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        if (depth == 0 || c == '{' || c == '}') && stops.contains(&c) {
            return Some(from + k);
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The `}` that closes the block opened at `open`.
fn block_end(css: &str, open: usize) -> Result<usize, String> {
    let mut depth = 0usize;
    let mut at = open;
    loop {
        let k = scan_to(css, at, &['{', '}'])
            .ok_or_else(|| format!("the stylesheet has a block that is not closed: {}", near(css, open)))?;
        if css.as_bytes()[k] == b'{' {
            depth += 1;
        } else {
            depth -= 1;
            if depth == 0 {
                return Ok(k);
            }
        }
        at = k + 1;
    }
}

/// A selector list with its pseudo-classes, pseudo-elements and state attributes taken out; a
/// compound left with nothing becomes `*` (`:root` is `*`, `.a>:focus` is `.a>*`).
fn relax(selectors: &str) -> Result<String, String> {
    let bad = || format!("the stylesheet has a selector with an unclosed ( or [: {selectors:?}");
    let mut out = String::with_capacity(selectors.len());
    let mut rest = selectors;
    // Whether the compound being written has anything in it yet.
    let compound_empty = |out: &str| out.is_empty() || out.ends_with([' ', '>', '+', '~', ',', '*']);
    let dropped = |out: &mut String| {
        if compound_empty(out) && !out.ends_with('*') {
            out.push('*');
        }
    };
    while let Some(c) = rest.chars().next() {
        match c {
            ':' => {
                // `:name`, `::name`, optionally followed by `(…)`.
                let name = rest.trim_start_matches(':');
                let mut k = rest.len() - name.len() + ident_len(name);
                if rest[k..].starts_with('(') {
                    k += scan_to(&rest[k + 1..], 0, &[')']).ok_or_else(bad)? + 2;
                }
                rest = &rest[k..];
                dropped(&mut out);
            }
            '[' => {
                let k = scan_to(&rest[1..], 0, &[']']).ok_or_else(bad)? + 2;
                let name_end = rest[1..].find(['=', '~', '|', '^', '$', '*', ']', ' ']).unwrap_or(0) + 1;
                if is_state_attribute(rest[1..name_end].trim()) {
                    dropped(&mut out);
                } else {
                    out.push_str(&rest[..k]);
                }
                rest = &rest[k..];
            }
            '"' | '\'' => return Err(bad()),
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    Ok(out)
}

/// The length of the CSS identifier `s` starts with (letters, digits, `-`, `_`).
fn ident_len(s: &str) -> usize {
    s.find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')).unwrap_or(s.len())
}

/// The tags, classes and ids a relaxed selector (no pseudo-classes, so no nested lists) asks
/// for; an attribute's value is not read.
fn names_in(selector: &str) -> Vec<Name> {
    let mut names = Vec::new();
    let mut rest = selector;
    // Whether the next identifier starts a compound (a type selector).
    let mut start = true;
    while let Some(c) = rest.chars().next() {
        match c {
            '.' | '#' => {
                let n = ident_len(&rest[1..]);
                let name = rest[1..=n].to_string();
                names.push(if c == '.' { Name::Class(name) } else { Name::Id(name) });
                rest = &rest[n + 1..];
                start = false;
            }
            '[' => {
                rest = &rest[rest.find(']').map_or(rest.len(), |k| k + 1)..];
                start = false;
            }
            ' ' | '>' | '+' | '~' => {
                rest = &rest[1..];
                start = true;
            }
            _ if start && (c.is_alphabetic() || c == '_' || c == '-') => {
                let n = ident_len(rest);
                names.push(Name::Tag(rest[..n].to_ascii_lowercase()));
                rest = &rest[n..];
                start = false;
            }
            _ => {
                rest = &rest[c.len_utf8()..];
                start = false;
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stylesheet `css` pruned for a page whose body is `body`.
    fn check(css: &str, body: &str, expected: &str) {
        let page = format!("<!doctype html><html><head><title>t</title></head><body>{body}</body></html>");
        assert_eq!(Stylesheet::parse(css).unwrap().for_page(&page), expected, "{css} on {body}");
    }

    #[test]
    fn a_rule_is_kept_when_its_element_is_there_and_dropped_when_not() {
        let css = ".a{color:red}.b p{margin:0}.c>.d,.e{padding:0}svg .mark{fill:red}";
        check(css, "<p class=\"a\">x</p>", ".a{color:red}");
        check(css, "<div class=\"b\"><p>x</p></div>", ".b p{margin:0}");
        // The descendant must be inside its ancestor.
        check(css, "<p>x</p><div class=\"b\"></div>", "");
        // A rule keeps the selectors of its list that match.
        check(css, "<i class=\"e\"></i>", ".e{padding:0}");
        check(css, "<div class=\"c\"><i class=\"d\"></i></div><i class=\"e\"></i>", ".c>.d,.e{padding:0}");
        check(css, "<div class=\"c\"><i class=\"d\"></i></div>", ".c>.d{padding:0}");
        check(css, "<div class=\"d\"></div>", "");
        check(css, "<svg><g class=\"mark\"></g></svg>", "svg .mark{fill:red}");
        // A list is split at its own commas, not those inside a pseudo-class.
        check(":is(.x,.y) p,.z{margin:0}", "<p>x</p>", ":is(.x,.y) p{margin:0}");
    }

    #[test]
    fn state_pseudo_classes_and_attributes_are_kept_when_their_element_is_there() {
        let css = concat!(
            "a:focus-visible,button:hover{outline:3px solid}",
            ".t[aria-expanded=\"true\"]{color:red}",
            "details[open]>summary{font-weight:600}",
            ":root[data-theme=\"dark\"]{--bg:#000}",
            "html[data-app=\"ready\"] .x{display:none}",
            ".u:not(:empty){background:red}",
            "body:has(.present){background:#000}",
            "summary::before{content:\"+\"}",
            "th[scope=\"row\"]{font-weight:400}"
        );
        check(
            css,
            "<a href=\"/\">a</a><button class=\"t\">t</button><details><summary>s</summary></details><th scope=\"col\"></th>",
            concat!(
                "a:focus-visible,button:hover{outline:3px solid}",
                ".t[aria-expanded=\"true\"]{color:red}",
                "details[open]>summary{font-weight:600}",
                ":root[data-theme=\"dark\"]{--bg:#000}",
                "body:has(.present){background:#000}",
                "summary::before{content:\"+\"}"
            ),
        );
        // A static attribute is matched as it is: no row header, no rule.
        check(
            "th[scope=\"row\"]{x:1}",
            "<table><tr><th scope=\"row\">r</th></tr></table>",
            "th[scope=\"row\"]{x:1}",
        );
        check(
            "html[data-app=\"ready\"] .x{display:none}",
            "<p class=\"x\"></p>",
            "html[data-app=\"ready\"] .x{display:none}",
        );
        check(".u:not(:empty){background:red}", "<div class=\"u\"></div>", ".u:not(:empty){background:red}");
    }

    #[test]
    fn at_rules_are_pruned_inside_and_dropped_when_empty() {
        let css = concat!(
            ":root{--bg:#fff}",
            "@media (prefers-color-scheme: dark){:root:not([data-theme=\"light\"]){--bg:#000}.a{color:red}}",
            "@media print{.b{display:none}@page{margin:12mm}}",
            "@media (max-width: 480px){.b{margin:0}}",
            "@container (width < 430px){.a,.c{display:none}}",
            "@supports (display: grid){.c{display:grid}}",
            "@font-face{font-family:x;src:url(x.woff2)}"
        );
        check(
            css,
            "<p class=\"a\"></p>",
            concat!(
                ":root{--bg:#fff}",
                "@media (prefers-color-scheme: dark){:root:not([data-theme=\"light\"]){--bg:#000}.a{color:red}}",
                "@media print{@page{margin:12mm}}",
                "@container (width < 430px){.a{display:none}}",
                "@font-face{font-family:x;src:url(x.woff2)}"
            ),
        );
        check(
            "@media print{.b{display:none}}@media (max-width: 480px){.c{margin:0}}",
            "<p class=\"b\"></p>",
            "@media print{.b{display:none}}",
        );
    }

    #[test]
    fn relaxing_takes_out_only_state_parts() {
        assert_eq!(relax(":root").unwrap(), "*");
        assert_eq!(relax(".a>:focus").unwrap(), ".a>*");
        assert_eq!(relax(":root:not([data-theme=\"light\"]) .x").unwrap(), "* .x");
        assert_eq!(relax("a:hover,.b::after").unwrap(), "a,.b");
        assert_eq!(relax("details>summary::-webkit-details-marker").unwrap(), "details>summary");
        assert_eq!(relax(".g[aria-expanded=\"true\"]").unwrap(), ".g");
        assert_eq!(relax("a[href^=\"http\"]").unwrap(), "a[href^=\"http\"]");
    }

    #[test]
    fn the_names_a_selector_asks_for_are_read() {
        use Name::*;
        let s = |x: &str| x.to_string();
        assert_eq!(names_in(".a>p.b #c"), vec![Class(s("a")), Tag(s("p")), Class(s("b")), Id(s("c"))]);
        assert_eq!(names_in("th[scope=\"row\"] span"), vec![Tag(s("th")), Tag(s("span"))]);
        assert_eq!(names_in("* .x"), vec![Class(s("x"))]);
    }

    #[test]
    fn malformed_css_is_refused_with_a_clear_error() {
        for (css, says) in [
            (".a{color:red", "not closed"),
            (".a{color:red}}", "closes no block"),
            ("@media print{.a{color:red}", "ends inside a block"),
            (".a{color:red}.b", "middle of a rule"),
            (".a:not(.b{color:red}", "unclosed ( or ["),
            (".a..b{color:red}", "cannot be read"),
            ("{color:red}", "cannot be read"),
        ] {
            match Stylesheet::parse(css) {
                Ok(_) => panic!("{css} was accepted"),
                Err(e) => assert!(e.contains(says), "{css}: {e}"),
            }
        }
    }
}
