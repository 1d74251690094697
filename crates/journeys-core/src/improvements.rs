//! What each report said must improve: the points of its "What needs to improve" list (ILACS)
//! or recommendations (SIF), word for word with the page they start on, each given themes a
//! reader understands by transparent phrase rules (`data/improvements/themes.csv`), so a
//! theme can be followed through a council's journey and across the country.

pub mod chart;

use crate::model::Framework;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One theme: its key (in URLs and the CSV), its name, and the phrases that give it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    pub key: String,
    pub label: String,
    /// Lower-case phrases; a point has the theme when one of them starts a word of the point,
    /// so "plan" finds "plans" and "planning" and "pep" does not find "step".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<String>,
}

/// A point a report said must improve.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Improvement {
    /// ONS code of the inspected council, as in the dataset's inspections.
    pub council: String,
    pub framework: Framework,
    /// Publication date of the report (the inspection's `published`).
    #[serde(deserialize_with = "crate::date::de")]
    pub published: NaiveDate,
    /// Its number in the report's list, from 1.
    pub item: u32,
    /// The point exactly as printed.
    pub text: String,
    /// The PDF page it starts on, from 1.
    pub page: u32,
    /// Keys of its themes, in the order of the theme list.
    pub themes: Vec<String>,
}

impl Improvement {
    /// The point as the report prints it. The text read from the PDFs keeps the bullets of a
    /// point's sub-list, set in the Symbol and Wingdings fonts, as private-use code points that
    /// no ordinary font draws (a box on screen, nothing at all in a printed PDF's text): here
    /// they are the characters those fonts draw there. Every other character is the report's.
    pub fn printed(&self) -> std::borrow::Cow<'_, str> {
        printed(&self.text)
    }
}

/// `text` with the symbol fonts' private-use bullets as the characters they draw: Symbol's
/// minus (U+F02D) and Wingdings' black square (U+F06E) and small square (U+F0A7).
pub fn printed(text: &str) -> std::borrow::Cow<'_, str> {
    let symbol = |c: char| match c {
        '\u{f02d}' => Some('\u{2212}'),
        '\u{f06e}' => Some('\u{25a0}'),
        '\u{f0a7}' => Some('\u{25aa}'),
        _ => None,
    };
    if text.chars().any(|c| symbol(c).is_some()) {
        text.chars().map(|c| symbol(c).unwrap_or(c)).collect::<String>().into()
    } else {
        text.into()
    }
}

/// A report, by its council, framework and publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportKey {
    pub council: String,
    pub framework: Framework,
    #[serde(deserialize_with = "crate::date::de")]
    pub published: NaiveDate,
}

/// Every point, with the theme list they are themed by.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Improvements {
    pub themes: Vec<Theme>,
    pub points: Vec<Improvement>,
    /// ILACS and SIF reports that list nothing to improve (Thurrock 2024: every judgement
    /// Outstanding). Any other report without points was not read, and says so.
    #[serde(default)]
    pub nothing_listed: Vec<ReportKey>,
}

/// What a view shows of one inspection's list.
#[derive(Debug, Clone, PartialEq)]
pub enum Listed {
    /// The report's points, in its order.
    Points(Vec<Improvement>),
    /// The report lists nothing to improve.
    Nothing,
    /// Not in the data: a framework without such a list, or a report the points were not read
    /// from.
    NotInData,
}

/// Attaches to each ILACS and SIF row what its report said must improve; `inspections` are
/// the rows' inspections in the same order (`journey::inspections`).
pub fn attach(
    rows: &mut [crate::journey::InspectionRow],
    inspections: &[&crate::model::Inspection],
    list: &Improvements,
) {
    for (row, i) in rows.iter_mut().zip(inspections) {
        if matches!(i.framework, Framework::Ilacs | Framework::Sif) {
            row.listed = Some(list.listed(i));
        }
    }
}

impl Listed {
    /// The first `n` points of a report that lists points, and how many more it lists: what a
    /// worksheet or a slide has room for. `None` for a report that lists nothing or is not in
    /// the data.
    pub fn first(&self, n: usize) -> Option<(&[Improvement], usize)> {
        match self {
            Listed::Points(points) => {
                let shown = n.min(points.len());
                Some((&points[..shown], points.len() - shown))
            }
            Listed::Nothing | Listed::NotInData => None,
        }
    }
}

/// What follows the first points when the report lists more: "and 12 more".
pub fn and_more(more: usize) -> Option<String> {
    (more > 0).then(|| format!("and {more} more"))
}

impl Improvements {
    /// What the report of `i` said must improve.
    pub fn listed(&self, i: &crate::model::Inspection) -> Listed {
        let points: Vec<Improvement> =
            self.of_inspection(&i.council, i.framework, i.published).cloned().collect();
        if !points.is_empty() {
            Listed::Points(points)
        } else if self
            .nothing_listed
            .iter()
            .any(|k| k.council == i.council && k.framework == i.framework && k.published == i.published)
        {
            Listed::Nothing
        } else {
            Listed::NotInData
        }
    }
}

/// True when `phrase` starts a word of `text` (both lower case).
fn starts_a_word(text: &str, phrase: &str) -> bool {
    let mut from = 0;
    while let Some(k) = text[from..].find(phrase) {
        let at = from + k;
        let before = text[..at].chars().next_back();
        if before.is_none_or(|c| !c.is_alphanumeric()) {
            return true;
        }
        from = at + phrase.len().max(1);
        if from >= text.len() {
            break;
        }
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// The keys of the themes whose phrases a point's text contains, in theme order.
pub fn themes_of(text: &str, themes: &[Theme]) -> Vec<String> {
    let lower = text.to_lowercase();
    themes
        .iter()
        .filter(|t| t.phrases.iter().any(|p| starts_a_word(&lower, p)))
        .map(|t| t.key.clone())
        .collect()
}

impl Improvements {
    /// The points of one inspection (by council, framework and publication), in report order.
    pub fn of_inspection<'a>(
        &'a self,
        council: &'a str,
        framework: Framework,
        published: NaiveDate,
    ) -> impl Iterator<Item = &'a Improvement> + 'a {
        self.points
            .iter()
            .filter(move |p| p.council == council && p.framework == framework && p.published == published)
    }

    /// A theme's name from its key.
    pub fn label<'a>(&'a self, key: &'a str) -> &'a str {
        self.themes.iter().find(|t| t.key == key).map_or(key, |t| t.label.as_str())
    }

    /// Only the points of these council codes (a council page's slice).
    pub fn for_councils(&self, codes: &[&str]) -> Improvements {
        Improvements {
            themes: self.themes.iter().map(|t| Theme { phrases: vec![], ..t.clone() }).collect(),
            points: self.points.iter().filter(|p| codes.contains(&p.council.as_str())).cloned().collect(),
            nothing_listed: self
                .nothing_listed
                .iter()
                .filter(|k| codes.contains(&k.council.as_str()))
                .cloned()
                .collect(),
        }
    }
}

/// Which themes one council's reports named, inspection by inspection: themes down (those
/// named at least once, in theme order), inspections across (ILACS and SIF, oldest first).
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeMatrix {
    /// Each column's heading: the year and the framework ("2018 ILACS").
    pub columns: Vec<String>,
    /// Each row: the theme's name and, per column, how many of the report's points have it
    /// (`None` where the report's points are not in the data).
    pub rows: Vec<(String, Vec<Option<usize>>)>,
}

pub fn theme_matrix(inspections: &[&crate::model::Inspection], list: &Improvements) -> ThemeMatrix {
    let reports: Vec<(&crate::model::Inspection, Listed)> = inspections
        .iter()
        .filter(|i| matches!(i.framework, Framework::Ilacs | Framework::Sif))
        .map(|i| (*i, list.listed(i)))
        .collect();
    let columns = reports
        .iter()
        .map(|(i, _)| format!("{} {}", chrono::Datelike::year(&i.when()), i.framework.code()))
        .collect();
    let rows = list
        .themes
        .iter()
        .map(|t| {
            let cells: Vec<Option<usize>> = reports
                .iter()
                .map(|(_, l)| match l {
                    Listed::Points(p) => Some(p.iter().filter(|p| p.themes.contains(&t.key)).count()),
                    Listed::Nothing => Some(0),
                    Listed::NotInData => None,
                })
                .collect();
            (t.label.clone(), cells)
        })
        .filter(|(_, cells)| cells.iter().any(|c| c.is_some_and(|n| n > 0)))
        .collect();
    ThemeMatrix { columns, rows }
}

/// A theme's name inside a sentence: its first letter in lower case.
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// What one ILACS or SIF report of a journey listed, in theme terms: the year, how many
/// points (none for a report that lists nothing), how many points name each theme (in theme
/// order, themes named at least once), and the year and themes of the report before it. Both
/// the theme section's sentences and the story's are told from this, so they never disagree.
struct Asked {
    year: i32,
    points: usize,
    themes: Vec<(String, usize)>,
    before: Option<(i32, Vec<String>)>,
}

/// The journey's reports whose lists are in the data, oldest first.
fn asked(inspections: &[&crate::model::Inspection], list: &Improvements) -> Vec<Asked> {
    let mut out: Vec<Asked> = Vec::new();
    for i in inspections.iter().filter(|i| matches!(i.framework, Framework::Ilacs | Framework::Sif)) {
        let points = match list.listed(i) {
            Listed::Points(points) => points,
            Listed::Nothing => vec![],
            Listed::NotInData => continue,
        };
        let themes = list
            .themes
            .iter()
            .map(|t| (t.key.clone(), points.iter().filter(|p| p.themes.contains(&t.key)).count()))
            .filter(|(_, n)| *n > 0)
            .collect();
        let before = out.last().map(|a| (a.year, a.themes.iter().map(|(k, _)| k.clone()).collect()));
        out.push(Asked { year: chrono::Datelike::year(&i.when()), points: points.len(), themes, before });
    }
    out
}

/// Theme names joined in a sentence; theme names hold "and" ("quality of plans and records"),
/// so two are parted by a comma too: "A, and B".
fn join_themes(names: &[String]) -> String {
    if names.len() == 2 && names.iter().any(|n| n.contains(" and ")) {
        format!("{}, and {}", names[0], names[1])
    } else {
        crate::text::join_and(names)
    }
}

/// "; care leavers had been named in 2015 too" for those of `keys` the report before named.
fn named_before(keys: &[&str], before: &Option<(i32, Vec<String>)>, list: &Improvements) -> String {
    let Some((year, previous)) = before else { return String::new() };
    let again: Vec<String> = keys
        .iter()
        .filter(|k| previous.iter().any(|p| p == *k))
        .map(|k| in_sentence(list.label(k)))
        .collect();
    if again.is_empty() {
        String::new()
    } else {
        format!("; {} had been named in {year} too", crate::text::join_and(&again))
    }
}

/// One sentence a report, from its themes (never a paraphrase of its words): "In 2018
/// inspectors asked Leeds to improve 4 things, about health and partners and care leavers;
/// care leavers had been named in 2015 too."
pub fn asked_sentences(
    name: &str,
    inspections: &[&crate::model::Inspection],
    list: &Improvements,
) -> Vec<String> {
    report_sentences(name, inspections, list, |a| {
        let keys: Vec<&str> = a.themes.iter().map(|(k, _)| k.as_str()).collect();
        let names: Vec<String> = keys.iter().map(|k| in_sentence(list.label(k))).collect();
        let about = if names.is_empty() {
            String::new()
        } else {
            format!(", about {}", crate::text::join_and(&names))
        };
        format!("{about}{}", named_before(&keys, &a.before, list))
    })
}

/// One sentence a report: "In 2018 inspectors asked Leeds to improve 4 things" and what
/// `themes` says of its themes, or that the report listed nothing.
fn report_sentences(
    name: &str,
    inspections: &[&crate::model::Inspection],
    list: &Improvements,
    themes: impl Fn(&Asked) -> String,
) -> Vec<String> {
    asked(inspections, list)
        .iter()
        .map(|a| {
            let year = a.year;
            if a.points == 0 {
                return format!("In {year} the report listed nothing for {name} to improve.");
            }
            format!(
                "In {year} inspectors asked {name} to improve {}{}.",
                crate::text::count(a.points, "thing", "things"),
                themes(a)
            )
        })
        .collect()
}

/// The sentences the story at the top of a council page gains, one a report whose list is in
/// the data: shorter than `asked_sentences`, naming at most two themes, those most of its
/// points name, so a long list reads as its main concerns ("In 2015 inspectors asked Leeds to
/// improve 15 things, most of all about quality of plans and records, and children in care
/// and permanence."). Told from themes only, never from the points' words.
pub fn story_sentences(
    name: &str,
    inspections: &[&crate::model::Inspection],
    list: &Improvements,
) -> Vec<String> {
    report_sentences(name, inspections, list, |a| {
        // Two themes or fewer are all named; of more, the (at most two) themes named by
        // more than one point, most named first (theme order between equals); when no
        // theme is named twice, how many themes the list spans.
        let (lead, keys): (&str, Vec<&str>) = if a.themes.len() <= 2 {
            ("about", a.themes.iter().map(|(k, _)| k.as_str()).collect())
        } else {
            let mut most: Vec<&(String, usize)> = a.themes.iter().filter(|(_, n)| *n > 1).collect();
            crate::sort::sort_by_key(&mut most, |(_, n)| std::cmp::Reverse(*n));
            ("most of all about", most.iter().take(2).map(|(k, _)| k.as_str()).collect())
        };
        let names: Vec<String> = keys.iter().map(|k| in_sentence(list.label(k))).collect();
        let about = match (names.is_empty(), a.themes.len()) {
            (true, 0) => String::new(),
            (true, n) => format!(", across {n} themes"),
            (false, _) => format!(", {lead} {}", join_themes(&names)),
        };
        // Themes the report before named too: said in a few words when they are all the
        // themes named, else named.
        let again = match &a.before {
            Some((y, previous))
                if !keys.is_empty() && keys.iter().all(|k| previous.iter().any(|p| p == k)) =>
            {
                if keys.len() == 1 {
                    format!(", as in {y}")
                } else {
                    format!(", both named in {y} too")
                }
            }
            _ => named_before(&keys, &a.before, list),
        };
        format!("{about}{again}")
    })
}

/// How often each theme was named in the reports of one year and framework.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearThemes {
    /// Publication year of the reports.
    pub year: i32,
    pub framework: Framework,
    /// Reports of that year and framework with points.
    pub reports: usize,
    /// Per theme (in theme-list order): how many of those reports name it at least once.
    pub naming: Vec<usize>,
}

/// The national picture of what councils are told to improve: the theme names and, per year
/// and framework, how many reports named each. Small enough to ship with `/patterns`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ThemeTrends {
    pub themes: Vec<String>,
    pub rows: Vec<YearThemes>,
}

pub fn theme_trends(list: &Improvements) -> ThemeTrends {
    use std::collections::BTreeMap;
    // Each report's themes (by council and publication date), by (year, framework).
    type ByReport = BTreeMap<(String, NaiveDate), Vec<String>>;
    let mut reports: BTreeMap<(i32, Framework), ByReport> = BTreeMap::new();
    for p in &list.points {
        let key = (chrono::Datelike::year(&p.published), p.framework);
        let report = reports.entry(key).or_default().entry((p.council.clone(), p.published)).or_default();
        for t in &p.themes {
            if !report.contains(t) {
                report.push(t.clone());
            }
        }
    }
    let rows = reports
        .into_iter()
        .map(|((year, framework), reps)| YearThemes {
            year,
            framework,
            reports: reps.len(),
            naming: list
                .themes
                .iter()
                .map(|t| reps.values().filter(|ts| ts.contains(&t.key)).count())
                .collect(),
        })
        .collect();
    ThemeTrends { themes: list.themes.iter().map(|t| t.label.clone()).collect(), rows }
}

/// The themes most often named in a year's reports, in words: "In the 28 ILACS reports
/// published in 2025, the themes named most often were children in care and permanence (in
/// 20), care leavers (15) and the quality of plans and records (14)."
pub fn trends_sentence(t: &ThemeTrends, row: &YearThemes) -> String {
    let mut order: Vec<usize> = (0..t.themes.len()).collect();
    crate::sort::sort_by_key(&mut order, |k| std::cmp::Reverse(row.naming[*k]));
    let top: Vec<String> = order
        .iter()
        .filter(|k| row.naming[**k] > 0)
        .take(3)
        .enumerate()
        .map(|(n, k)| {
            let name = in_sentence(&t.themes[*k]);
            if n == 0 {
                format!("{name} (in {})", row.naming[*k])
            } else {
                format!("{name} ({})", row.naming[*k])
            }
        })
        .collect();
    let one = format!("{} report", row.framework.code());
    let many = format!("{} reports", row.framework.code());
    let reports = crate::text::count(row.reports, &one, &many);
    match top.as_slice() {
        [] => format!("The {reports} published in {} named no theme.", row.year),
        [only] => format!("In the {reports} published in {}, the one theme named was {only}.", row.year),
        _ => format!(
            "In the {reports} published in {}, the themes named most often were {}.",
            row.year,
            crate::text::join_and(&top)
        ),
    }
}

/// The trends as CSV: one row a year, framework and theme.
pub fn trends_csv(t: &ThemeTrends) -> String {
    let mut rows = Vec::new();
    for r in &t.rows {
        for (k, theme) in t.themes.iter().enumerate() {
            rows.push(vec![
                r.year.to_string(),
                r.framework.code().to_string(),
                theme.clone(),
                r.naming[k].to_string(),
                r.reports.to_string(),
            ]);
        }
    }
    crate::export::write(&["year", "framework", "theme", "reports_naming_it", "reports"], &rows)
}

/// The points of each current council's latest ILACS or SIF report (with the theme list):
/// what the findings search looks through, shipped as one small file.
pub fn latest_reports(data: &crate::model::Dataset, list: &Improvements) -> Improvements {
    let mut points = Vec::new();
    for c in data.current_councils() {
        let latest = data
            .inspections
            .iter()
            .filter(|i| i.council == c.code && matches!(i.framework, Framework::Ilacs | Framework::Sif))
            .filter(|i| list.of_inspection(&i.council, i.framework, i.published).next().is_some())
            .max_by_key(|i| i.published);
        if let Some(i) = latest {
            points.extend(list.of_inspection(&i.council, i.framework, i.published).cloned());
        }
    }
    Improvements {
        themes: list.themes.iter().map(|t| Theme { phrases: vec![], ..t.clone() }).collect(),
        points,
        nothing_listed: vec![],
    }
}

/// The councils (by code, in the list's order) whose points name `theme` (a key) and contain
/// `phrase` (case and curly quotes aside), each with the points that do.
pub fn find<'a>(
    list: &'a Improvements,
    theme: Option<&str>,
    phrase: Option<&str>,
) -> Vec<(&'a str, Vec<&'a Improvement>)> {
    let fold = |s: &str| s.to_lowercase().replace(['’', '‘'], "'");
    let phrase = phrase.map(fold);
    let mut out: Vec<(&str, Vec<&Improvement>)> = Vec::new();
    for p in &list.points {
        let theme_ok = theme.is_none_or(|t| p.themes.iter().any(|k| k == t));
        let phrase_ok = phrase.as_ref().is_none_or(|q| fold(&p.text).contains(q.as_str()));
        if theme_ok && phrase_ok {
            match out.iter_mut().find(|(c, _)| *c == p.council) {
                Some((_, found)) => found.push(p),
                None => out.push((p.council.as_str(), vec![p])),
            }
        }
    }
    out
}
