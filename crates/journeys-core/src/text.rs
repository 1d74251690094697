//! Plain-language words for the model: grade and area labels, dates as people write them,
//! and the site's small rules of wording (lists joined with "and", plurals, text cut short,
//! slugs, page titles), each written once here. Views print these strings; nothing here knows
//! about HTML.

use crate::model::{Area, EventKind, Framework, Grade, InspectionType};
use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `7 January 2010`.
pub fn long_date(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// `January 2010`.
pub fn month_year(d: NaiveDate) -> String {
    format!("{} {}", MONTHS[d.month0() as usize], d.year())
}

/// The dates of an inspection in words: its range where the source gives it, its first day
/// where only that is known, else a plain statement that only the publication date is.
pub fn inspection_dates(i: &crate::model::Inspection) -> String {
    match (i.start, i.end) {
        (Some(s), Some(e)) => date_range(s, e),
        (Some(s), None) => format!("Began {}", long_date(s)),
        _ => "Inspection dates not given".to_string(),
    }
}

/// `23 November to 4 December 2009`, `6 to 8 October 2020`, or one date when start == end.
pub fn date_range(start: NaiveDate, end: NaiveDate) -> String {
    if start == end {
        long_date(start)
    } else if start.year() != end.year() {
        format!("{} to {}", long_date(start), long_date(end))
    } else if start.month() != end.month() {
        format!("{} {} to {}", start.day(), MONTHS[start.month0() as usize], long_date(end))
    } else {
        format!("{} to {}", start.day(), long_date(end))
    }
}

impl Grade {
    /// The grade in words as the site shows it.
    pub fn label(self) -> &'static str {
        match self {
            Grade::NotGraded2026 => "Not graded under the 2026 framework",
            other => other.csv_word(),
        }
    }

    /// One line beside a council's latest grade: what the grade means and what usually happens
    /// next. Plain words for a parent; `/about/grades` has the full definitions.
    pub fn meaning_and_next(self) -> &'static str {
        match self {
            Grade::Outstanding => {
                "The highest grade: children get help that makes a real difference. Ofsted usually returns \
                 within about three years for a short inspection."
            }
            Grade::Good => {
                "Children get the help they need. Ofsted usually returns within about three years for a short \
                 inspection, and may make a focused visit in between."
            }
            Grade::RequiresImprovement => {
                "Not yet good, though children are not found to be at serious risk. Ofsted usually returns \
                 within about three years for a full inspection, and may make a focused visit in between."
            }
            Grade::Adequate => {
                "The 2009–13 grade below Good: services met the minimum. The next inspection was under the new \
                 framework, which replaced Adequate with Requires improvement."
            }
            Grade::Inadequate => {
                "Serious failures leave children at risk. Next, Ofsted makes monitoring visits every few months, \
                 the government usually issues an improvement notice or a direction, and Ofsted re-inspects \
                 when the council is ready."
            }
            Grade::NotJudged | Grade::NotGraded2026 => {
                "Inspections since April 2026 give no overall grade: the report describes each area in words."
            }
        }
    }

    /// A short key for CSS classes and tests, e.g. `requires-improvement`: the grade's URL
    /// words (`url_key`) for now. A class renamed in the stylesheet gets its own arm here, so
    /// that the `grade=` links do not change with it.
    pub fn css_key(self) -> &'static str {
        self.url_key()
    }

    /// The grade as a `grade=` link value. Shared links keep working however the stylesheet's
    /// class names change: today the class names are these words, but a new class name is
    /// written in `css_key`, never here.
    pub fn url_key(self) -> &'static str {
        match self {
            Grade::Outstanding => "outstanding",
            Grade::Good => "good",
            Grade::RequiresImprovement => "requires-improvement",
            Grade::Adequate => "adequate",
            Grade::Inadequate => "inadequate",
            Grade::NotJudged => "not-judged",
            Grade::NotGraded2026 => "not-graded",
        }
    }
}

impl Area {
    /// The judgement area's name in plain words. `framework` and the inspection date decide
    /// wording that changed over time (children in care included care leavers before 2023).
    pub fn label(self, framework: Framework, start: NaiveDate) -> &'static str {
        match self {
            Area::OverallEffectiveness if framework == Framework::Slac => {
                "Overall effectiveness (safeguarding)"
            }
            Area::OverallEffectiveness if framework == Framework::Cpi => {
                "Overall effectiveness (child protection)"
            }
            Area::OverallEffectiveness if framework == Framework::Lac => {
                "Overall effectiveness (looked after children)"
            }
            Area::OverallEffectiveness => "Overall effectiveness",
            Area::CapacityForImprovement => "Capacity for improvement (safeguarding)",
            Area::LookedAfterOverall => "Overall effectiveness (looked after children)",
            Area::LookedAfterCapacity => "Capacity for improvement (looked after children)",
            Area::HelpAndProtection => "Children who need help and protection",
            Area::LookedAfterAndPermanence => "Children looked after and achieving permanence",
            Area::Adoption => "Adoption performance",
            Area::CareLeavers => "Care leavers",
            Area::Leadership if framework == Framework::Sif => "Leadership, management and governance",
            Area::Leadership => "Leadership and management",
            Area::Lscb => "Local Safeguarding Children Board",
            Area::ImpactOfLeaders => "Impact of leaders",
            Area::ChildrenInCare if start.year() < 2023 => "Children in care and care leavers",
            Area::ChildrenInCare => "Children in care",
        }
    }
}

impl InspectionType {
    pub fn label(self) -> &'static str {
        match self {
            InspectionType::Standard => "Standard inspection",
            InspectionType::Short => "Short inspection",
            InspectionType::Reinspection => "Re-inspection",
        }
    }
}

impl EventKind {
    pub fn label(self) -> &'static str {
        match self {
            EventKind::FocusedVisit => "Focused visit",
            EventKind::MonitoringVisit => "Monitoring visit",
            EventKind::UnannouncedInspection => "Unannounced inspection",
            EventKind::ImprovementNotice => "Improvement notice",
            EventKind::StatutoryDirection => "Statutory direction",
            EventKind::Letter => "Letter from Ofsted",
            EventKind::News => "In the news",
        }
    }
}

/// The site's name, as the header, the page titles and the entry pages print it.
pub const SITE_NAME: &str = "Council Journeys";

/// A page's title in the browser tab: the page's own words, then the site's name, e.g.
/// "Leeds – Council Journeys".
pub fn page_title(page: &str) -> String {
    format!("{page} – {SITE_NAME}")
}

/// Joins items into an English list with "and" and no serial comma: "2018", "2018 and 2022",
/// "2018, 2022 and 2025".
pub fn join_and<T: AsRef<str>>(items: &[T]) -> String {
    join(items, ", ", " and ")
}

/// Joins council names into an English list. Council names can contain commas
/// ("Bournemouth, Christchurch and Poole"), so a list holding one is separated by semicolons
/// instead: "Bournemouth, Christchurch and Poole; and Dorset".
pub fn join_names<T: AsRef<str>>(names: &[T]) -> String {
    if names.iter().any(|n| n.as_ref().contains(',')) {
        join(names, "; ", "; and ")
    } else {
        join_and(names)
    }
}

fn join<T: AsRef<str>>(items: &[T], sep: &str, last: &str) -> String {
    match items.split_last() {
        None => String::new(),
        Some((only, [])) => only.as_ref().to_string(),
        Some((end, rest)) => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{}{last}{}", rest.join(sep), end.as_ref())
        }
    }
}

/// The word for `n` things: `one` for exactly one, else `many` ("inspection", "inspections").
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// `n` and the word for `n` things: "1 inspection", "3 inspections", "0 months".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", plural(n, one, many))
}

/// `s` cut to its first `max` characters, with "…" after it when anything was cut: for text
/// from a URL quoted back to the reader, which may be long.
pub fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

/// A URL slug made from a name: lower-case ASCII letters and digits, words joined by `-`,
/// `&` read as "and", full stops and apostrophes dropped ("St. Helens" → `st-helens`,
/// "Bath & North East Somerset" → `bath-and-north-east-somerset`). The dataset builder makes
/// every council's slug with it, and the site matches loosely written names with it.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c == '&' {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            out.push_str("and-");
        } else if c != '.' && c != '\'' && !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_read_as_people_write_them() {
        let cases = [
            ((d(2009, 11, 23), d(2009, 12, 4)), "23 November to 4 December 2009"),
            ((d(2020, 10, 6), d(2020, 10, 8)), "6 to 8 October 2020"),
            ((d(2022, 12, 30), d(2023, 1, 6)), "30 December 2022 to 6 January 2023"),
            ((d(2010, 1, 7), d(2010, 1, 7)), "7 January 2010"),
        ];
        for ((s, e), want) in cases {
            assert_eq!(date_range(s, e), want);
        }
        assert_eq!(month_year(d(2018, 12, 19)), "December 2018");
    }

    #[test]
    fn children_in_care_label_follows_the_2023_change() {
        assert_eq!(
            Area::ChildrenInCare.label(Framework::Ilacs, d(2018, 11, 5)),
            "Children in care and care leavers"
        );
        assert_eq!(Area::ChildrenInCare.label(Framework::Ilacs, d(2024, 3, 1)), "Children in care");
    }

    #[test]
    fn the_2026_reform_is_never_shown_as_missing() {
        assert_eq!(Grade::NotGraded2026.label(), "Not graded under the 2026 framework");
        assert_eq!(Grade::NotGraded2026.csv_word(), "Not judged");
        // Every grade says what happens next, and Inadequate names monitoring visits and a
        // re-inspection, as the report letters do.
        for g in Grade::OVERALL {
            assert!(g.meaning_and_next().len() > 40, "{g:?}");
        }
        assert!(Grade::Inadequate.meaning_and_next().contains("monitoring visits"));
        assert!(Grade::Inadequate.meaning_and_next().contains("re-inspects"));
    }

    #[track_caller]
    fn check(got: String, expected: &str) {
        assert_eq!(got, expected);
    }

    #[test]
    fn lists_join_with_and() {
        check(join_and(&["2018"]), "2018");
        check(join_and(&["2018", "2022"]), "2018 and 2022");
        check(join_and(&["2018", "2022", "2025"]), "2018, 2022 and 2025");
        check(join_and::<&str>(&[]), "");
        check(join_names(&["Leeds", "Leicester"]), "Leeds and Leicester");
        check(join_names(&["Leeds", "Leicester", "Bradford"]), "Leeds, Leicester and Bradford");
        check(
            join_names(&["Bournemouth, Christchurch and Poole", "Dorset"]),
            "Bournemouth, Christchurch and Poole; and Dorset",
        );
        check(
            join_names(&["Bournemouth, Christchurch and Poole", "Dorset", "Poole"]),
            "Bournemouth, Christchurch and Poole; Dorset; and Poole",
        );
    }

    #[test]
    fn plurals_and_counts() {
        check(plural(1, "inspection", "inspections").to_string(), "inspection");
        check(plural(0, "inspection", "inspections").to_string(), "inspections");
        check(count(1, "year", "years"), "1 year");
        check(count(7, "year", "years"), "7 years");
        check(count(0, "month", "months"), "0 months");
    }

    #[test]
    fn text_is_cut_at_a_character_not_a_byte() {
        check(truncate_chars("leeds", 40), "leeds");
        check(truncate_chars("abcdef", 3), "abc…");
        check(truncate_chars("abc", 3), "abc");
        check(truncate_chars("ééééé", 2), "éé…");
        check(truncate_chars("", 0), "");
    }

    #[test]
    fn slugs_and_titles() {
        check(slug("St. Helens"), "st-helens");
        check(slug("Bath & North East Somerset"), "bath-and-north-east-somerset");
        check(slug("Kingston upon Hull"), "kingston-upon-hull");
        check(slug("  Bournemouth, Christchurch and Poole "), "bournemouth-christchurch-and-poole");
        check(slug("King's Lynn"), "kings-lynn");
        check(slug("kingston+upon+hull"), "kingston-upon-hull");
        check(page_title("Leeds"), "Leeds – Council Journeys");
    }
}
