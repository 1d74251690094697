//! Reading `YYYY-MM-DD` dates into `chrono::NaiveDate` without chrono's parser.
//!
//! chrono's `FromStr` (which its serde `Deserialize` uses) and `parse_from_str` run its
//! general format-string parser, which also reads RFC 2822 and RFC 3339 dates, times, week
//! dates and time zones: about 11 KB of wasm for the one format the site reads. The model
//! keeps `chrono::NaiveDate` (the dataset builder works in it too); this module reads the
//! dates. It accepts exactly what chrono accepts, with the same errors: chrono's `%Y`, `%m`
//! and `%d` items take 1-4 digits of year (or a signed year of any length), 1-2 digits of
//! month and day, and skip white space before each number; `FromStr` also skips it before
//! each `-` and at the end. The tests check this against chrono itself.

use chrono::NaiveDate;
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

/// Why a date did not parse: chrono's `ParseError` kinds that can occur here, with chrono's
/// wording, so that error messages (e.g. a dataset that does not load) read as before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    OutOfRange,
    Invalid,
    TooShort,
    TooLong,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::OutOfRange => "input is out of range",
            DateError::Invalid => "input contains invalid characters",
            DateError::TooShort => "premature end of input",
            DateError::TooLong => "trailing input",
        })
    }
}

/// Parses a date as `s.parse::<NaiveDate>()` does (white space allowed around the `-`s and at
/// the end), as the dataset's JSON is read.
pub fn parse(s: &str) -> Result<NaiveDate, DateError> {
    parse_ymd(s, true)
}

/// Parses a date as `NaiveDate::parse_from_str(s, "%Y-%m-%d")` does (no white space except
/// before each number).
pub fn parse_strict(s: &str) -> Result<NaiveDate, DateError> {
    parse_ymd(s, false)
}

fn parse_ymd(s: &str, spaces: bool) -> Result<NaiveDate, DateError> {
    let s = s.trim_start();
    let (s, year) = match s.as_bytes().first() {
        Some(b'-') => {
            let (s, v) = number(&s[1..], usize::MAX)?;
            (s, 0i64.checked_sub(v).ok_or(DateError::OutOfRange)?)
        }
        Some(b'+') => number(&s[1..], usize::MAX)?,
        _ => number(s, 4)?,
    };
    let year = i32::try_from(year).map_err(|_| DateError::OutOfRange)?;
    let s = dash(s, spaces)?;
    let (s, month) = number(s.trim_start(), 2)?;
    if !(1..=12).contains(&month) {
        return Err(DateError::OutOfRange);
    }
    let s = dash(s, spaces)?;
    let (s, day) = number(s.trim_start(), 2)?;
    if !(1..=31).contains(&day) {
        return Err(DateError::OutOfRange);
    }
    let s = if spaces { s.trim_start() } else { s };
    if !s.is_empty() {
        return Err(DateError::TooLong);
    }
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).ok_or(DateError::OutOfRange)
}

/// Skips the `-` between two numbers (and white space before it, if `spaces`).
fn dash(s: &str, spaces: bool) -> Result<&str, DateError> {
    let s = if spaces { s.trim_start() } else { s };
    match s.as_bytes().first() {
        None => Err(DateError::TooShort),
        Some(b'-') => Ok(&s[1..]),
        Some(_) => Err(DateError::Invalid),
    }
}

/// At least one and at most `max` ASCII digits, as chrono's `scan::number(s, 1, max)`.
fn number(s: &str, max: usize) -> Result<(&str, i64), DateError> {
    let digits = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Err(if s.is_empty() { DateError::TooShort } else { DateError::Invalid });
    }
    let mut n = 0i64;
    for c in s[..digits].bytes() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(i64::from(c - b'0')))
            .ok_or(DateError::OutOfRange)?;
    }
    Ok((&s[digits..], n))
}

/// A `NaiveDate` read from a JSON string by [`parse`], with the error and expectation
/// chrono's `Deserialize` gives.
struct Ymd(NaiveDate);

impl<'de> Deserialize<'de> for Ymd {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct YmdVisitor;
        impl Visitor<'_> for YmdVisitor {
            type Value = Ymd;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a formatted date string")
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<Ymd, E> {
                parse(value).map(Ymd).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(YmdVisitor)
    }
}

/// For `#[serde(deserialize_with = "crate::date::de")]` on a `NaiveDate` field.
pub fn de<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    Ymd::deserialize(deserializer).map(|d| d.0)
}

/// For `#[serde(default, deserialize_with = "crate::date::de_option")]` on an
/// `Option<NaiveDate>` field: `null` is `None`, as serde's own `Option` reads it.
pub fn de_option<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<Ymd>::deserialize(deserializer).map(|d| d.map(|d| d.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Our result against chrono's, error messages included.
    fn check(s: &str) {
        let chrono_lenient = s.parse::<NaiveDate>().map_err(|e| e.to_string());
        assert_eq!(parse(s).map_err(|e| e.to_string()), chrono_lenient, "FromStr of {s:?}");
        let chrono_strict = NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| e.to_string());
        assert_eq!(parse_strict(s).map_err(|e| e.to_string()), chrono_strict, "%Y-%m-%d of {s:?}");
    }

    #[test]
    fn reads_what_chrono_reads() {
        for s in [
            "2009-11-30",
            "2024-02-29",
            "2023-02-29",
            "2009-1-5",
            "209-01-05",
            "12345-01-01",
            "+12345-01-01",
            "-0044-03-15",
            "-",
            "+",
            "",
            " 2009-11-30",
            "2009 -11-30",
            "2009- 11-30",
            "2009-11-30 ",
            "2009-11-30x",
            "2009-11-300",
            "2009-13-01",
            "2009-00-01",
            "2009-04-31",
            "2009-11",
            "2009-11-",
            "2009/11/30",
            "99999999999-01-01",
            "+99999999999999999999-01-01",
            "2009-11-30\u{a0}",
            "\u{2003}2009-11-30",
            "२००९-11-30",
        ] {
            check(s);
        }
    }

    proptest! {
        #[test]
        fn reads_near_dates_as_chrono(s in "[-+ 0-9x]{0,4}[-0-9 ]{0,3}[-0-9 ]{0,4}[ 0-9x]{0,2}") {
            check(&s);
        }
    }

    #[test]
    fn reads_json_as_chrono() {
        #[derive(Deserialize, Debug, PartialEq)]
        struct Ours {
            #[serde(deserialize_with = "de")]
            a: NaiveDate,
            #[serde(default, deserialize_with = "de_option")]
            b: Option<NaiveDate>,
        }
        #[derive(Deserialize, Debug, PartialEq)]
        struct Chrono {
            a: NaiveDate,
            #[serde(default)]
            b: Option<NaiveDate>,
        }
        for json in [
            r#"{"a": "2009-11-30", "b": "2010-01-07"}"#,
            r#"{"a": "2009-11-30", "b": null}"#,
            r#"{"a": "2009-11-30"}"#,
            r#"{"b": "2009-11-30"}"#,
            r#"{"a": "2009-11-31"}"#,
            r#"{"a": 20091130}"#,
            r#"{"a": "2009-11-30", "b": 5}"#,
            r#"{"a": "2009-11-30", "b": "x"}"#,
        ] {
            let ours = serde_json::from_str::<Ours>(json).map(|o| (o.a, o.b)).map_err(|e| e.to_string());
            let chrono = serde_json::from_str::<Chrono>(json).map(|c| (c.a, c.b)).map_err(|e| e.to_string());
            assert_eq!(ours, chrono, "{json}");
        }
    }
}
