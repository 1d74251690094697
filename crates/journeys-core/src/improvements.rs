//! What each report said must improve: the points of its "What needs to improve" list (ILACS)
//! or recommendations (SIF), word for word with the page they start on, each given themes a
//! reader understands by transparent phrase rules (`data/improvements/themes.csv`), so a
//! theme can be followed through a council's journey and across the country.

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

/// One sentence a report, from its themes (never a paraphrase of its words): "In 2018
/// inspectors asked Leeds to improve 4 things, about health and partners and care leavers;
/// care leavers had been named in 2015 too."
pub fn asked_sentences(
    name: &str,
    inspections: &[&crate::model::Inspection],
    list: &Improvements,
) -> Vec<String> {
    use crate::text::{count, join_and};
    let mut out = Vec::new();
    let mut previous: Option<(i32, Vec<String>)> = None;
    for i in inspections.iter().filter(|i| matches!(i.framework, Framework::Ilacs | Framework::Sif)) {
        let year = chrono::Datelike::year(&i.when());
        match list.listed(i) {
            Listed::Points(points) => {
                let keys: Vec<String> = list
                    .themes
                    .iter()
                    .filter(|t| points.iter().any(|p| p.themes.contains(&t.key)))
                    .map(|t| t.key.clone())
                    .collect();
                let names: Vec<String> = keys.iter().map(|k| in_sentence(list.label(k))).collect();
                let about =
                    if names.is_empty() { String::new() } else { format!(", about {}", join_and(&names)) };
                let again: Vec<String> = match &previous {
                    Some((_, before)) => keys
                        .iter()
                        .filter(|k| before.contains(k))
                        .map(|k| in_sentence(list.label(k)))
                        .collect(),
                    None => vec![],
                };
                let again = match (&previous, again.as_slice()) {
                    (Some((y, _)), [_, ..]) => format!("; {} had been named in {y} too", join_and(&again),),
                    _ => String::new(),
                };
                out.push(format!(
                    "In {year} inspectors asked {name} to improve {}{about}{again}.",
                    count(points.len(), "thing", "things")
                ));
                previous = Some((year, keys));
            }
            Listed::Nothing => {
                out.push(format!("In {year} the report listed nothing for {name} to improve."));
                previous = Some((year, vec![]));
            }
            Listed::NotInData => {}
        }
    }
    out
}
