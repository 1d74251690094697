//! The cards' colours: the light theme's custom properties, read from the site's stylesheet
//! (its first `:root { … }` block), so a grade's colour is defined once for site and cards.

use journeys_core::model::Grade;

#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    pub bg: String,
    pub fg: String,
    pub muted: String,
    pub line: String,
    pub panel: String,
    pub brand: String,
    pub outstanding: String,
    pub good: String,
    pub requires_improvement: String,
    pub adequate: String,
    pub inadequate: String,
    /// Text on a grade's fill.
    pub grade_text: String,
}

impl Palette {
    /// The light theme from the stylesheet; an error names the property it lacks.
    pub fn from_css(css: &str) -> Result<Palette, String> {
        // The first `:root` rule (`:root {` as written, `:root{` once minified).
        let start = css
            .match_indices(":root")
            .map(|(k, m)| k + m.len())
            .find(|&k| css[k..].trim_start().starts_with('{'))
            .ok_or("the stylesheet has no :root { } block")?;
        let block = &css[start..].trim_start()[1..];
        let block = &block[..block.find('}').ok_or("the stylesheet's :root block is not closed")?];
        let get = |name: &str| -> Result<String, String> {
            block
                .split(';')
                .filter_map(|decl| decl.trim().split_once(':'))
                .find(|(k, _)| k.trim() == name)
                .map(|(_, v)| v.trim().to_string())
                .filter(|v| v.starts_with('#'))
                .ok_or_else(|| format!("the stylesheet's :root block has no colour {name}"))
        };
        Ok(Palette {
            bg: get("--bg")?,
            fg: get("--fg")?,
            muted: get("--muted")?,
            line: get("--line")?,
            panel: get("--panel")?,
            brand: get("--brand")?,
            outstanding: get("--g-outstanding")?,
            good: get("--g-good")?,
            requires_improvement: get("--g-ri")?,
            adequate: get("--g-adequate")?,
            inadequate: get("--g-inadequate")?,
            grade_text: get("--g-text")?,
        })
    }

    /// A grade's fill; `muted` for no grade on a scale.
    pub fn grade(&self, grade: Option<Grade>) -> &str {
        match grade {
            Some(Grade::Outstanding) => &self.outstanding,
            Some(Grade::Good) => &self.good,
            Some(Grade::RequiresImprovement) => &self.requires_improvement,
            Some(Grade::Adequate) => &self.adequate,
            Some(Grade::Inadequate) => &self.inadequate,
            _ => &self.muted,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_light_theme_is_read_from_the_stylesheet() {
        let p = Palette::from_css(include_str!("../../../../assets/styles.css")).unwrap();
        assert_eq!(p.bg, "#fff");
        assert!(p.good.starts_with('#') && p.good != p.inadequate);
        assert_eq!(p.grade(Some(Grade::RequiresImprovement)), p.requires_improvement);
        let minified = Palette::from_css(
            &include_str!("../../../../assets/styles.css").replace(" {", "{").replace("; ", ";"),
        );
        assert_eq!(minified.unwrap(), p);
        let missing = Palette::from_css(":root:not(.x) { --fg: #000; } :root { --bg: #fff; }").unwrap_err();
        assert!(missing.contains("--fg"), "{missing}");
    }
}
