//! Date words in the sources: `dd/mm/yy` and `dd/mm/yyyy` in the ILACS history, ISO dates in
//! the derived files and the additions, and the visit dates focused-visit letters print
//! ("6 to 8 October 2020", "30 September and 1 October 2020").

use chrono::NaiveDate;

/// `dd/mm/yyyy`, or `dd/mm/yy` read as 20yy (every report is from this century).
pub fn parse_dmy(s: &str) -> Option<NaiveDate> {
    let mut parts = s.split('/');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || d.len() != 2 || m.len() != 2 || !(y.len() == 2 || y.len() == 4) {
        return None;
    }
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(d) || !all_digits(m) || !all_digits(y) {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    let year = if y.len() == 2 { 2000 + year } else { year };
    NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
}

/// `YYYY-MM-DD`.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    if s.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The first and last day named in a letter's visit dates, e.g. `6 to 8 October 2020` →
/// (6 Oct, 8 Oct); `30 and 31 October, and 1 November 2018` → (30 Oct, 1 Nov). A day
/// without a month or year takes them from the next date named. `None` when the text is not
/// a list of dates of that form or its dates do not run forwards.
pub fn parse_visit_dates(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let text = text.trim();
    let text = text.strip_prefix("between ").unwrap_or(text);
    let normalised = text.replace(',', " , ");
    let words: Vec<&str> = normalised.split_whitespace().collect();
    // Split the words into date phrases at the separators.
    let mut phrases: Vec<Vec<&str>> = vec![Vec::new()];
    for w in words {
        match w {
            "to" | "and" | "," | "-" | "–" => {
                if !phrases.last().is_some_and(Vec::is_empty) {
                    phrases.push(Vec::new());
                }
            }
            _ => phrases.last_mut()?.push(w),
        }
    }
    phrases.retain(|p| !p.is_empty());
    if phrases.is_empty() {
        return None;
    }
    // Each phrase is `day [month [year]]`; fill missing parts from the following phrase.
    let mut parsed: Vec<(u32, Option<u32>, Option<i32>)> = Vec::new();
    for p in &phrases {
        if p.len() > 3 {
            return None;
        }
        let day: u32 = p[0].parse().ok()?;
        let month = match p.get(1) {
            Some(m) => Some(MONTHS.iter().position(|n| n.eq_ignore_ascii_case(m))? as u32 + 1),
            None => None,
        };
        let year = match p.get(2) {
            Some(y) if y.len() == 4 => Some(y.parse().ok()?),
            Some(_) => return None,
            None => None,
        };
        parsed.push((day, month, year));
    }
    let (mut month, mut year) = {
        let last = parsed.last()?;
        (last.1?, last.2?)
    };
    let mut dates = Vec::with_capacity(parsed.len());
    for (day, m, y) in parsed.iter().rev() {
        if let Some(y) = y {
            year = *y;
        }
        if let Some(m) = m {
            month = *m;
        }
        dates.push(NaiveDate::from_ymd_opt(year, month, *day)?);
    }
    dates.reverse();
    if dates.windows(2).any(|w| w[0] > w[1]) {
        return None;
    }
    Some((*dates.first()?, *dates.last()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn check(text: &str, expected: Option<(NaiveDate, NaiveDate)>) {
        assert_eq!(parse_visit_dates(text), expected, "{text}");
    }

    #[test]
    fn visit_dates() {
        check("7 and 8 March 2018", Some((d(2018, 3, 7), d(2018, 3, 8))));
        check("22 January 2019", Some((d(2019, 1, 22), d(2019, 1, 22))));
        check("6 to 8 October 2020", Some((d(2020, 10, 6), d(2020, 10, 8))));
        check("29 September to 1 October 2020", Some((d(2020, 9, 29), d(2020, 10, 1))));
        check("30 and 31 October, and 1 November 2018", Some((d(2018, 10, 30), d(2018, 11, 1))));
        check("4, 5 and 6 December 2019", Some((d(2019, 12, 4), d(2019, 12, 6))));
        check("between 3 and 4 March 2021", Some((d(2021, 3, 3), d(2021, 3, 4))));
        check("24 October 2022 to 25 October 2023", Some((d(2022, 10, 24), d(2023, 10, 25))));
        check("", None);
        check("8 and 6 October 2020", None);
        check("31 February 2020", None);
        check("6 and 8 Octember 2020", None);
        check("6 and 8 October", None);
    }

    #[test]
    fn dmy() {
        assert_eq!(parse_dmy("07/01/19"), Some(d(2019, 1, 7)));
        assert_eq!(parse_dmy("05/11/2018"), Some(d(2018, 11, 5)));
        assert_eq!(parse_dmy("31/02/2018"), None);
        assert_eq!(parse_dmy("2018-11-05"), None);
        assert_eq!(parse_dmy("5/11/2018"), None);
        assert_eq!(parse_iso("2018-11-05"), Some(d(2018, 11, 5)));
        assert_eq!(parse_iso("2018-13-05"), None);
    }
}
