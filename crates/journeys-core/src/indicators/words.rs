//! The context figures in words: the latest value beside England's and the region's, a
//! summary of each chart, the rows of its table, and what these figures are and are not.
//! Codes are said as their meaning, never as a number.

use super::{Code, CouncilContext, Indicator, Value};

/// What the figures are and are not, shown above them.
pub const ABOUT: [&str; 3] = [
    "These figures are published by the Department for Education, not by Ofsted. They are measured differently from \
     inspections and at other times of year: the workforce figures are for the year to 30 September, the numbers of \
     children on 31 March. They are context for the journey above, never the cause of a grade by themselves.",
    "A figure the DfE did not publish is shown as what its code means (for example \u{201c}not available\u{201d}), \
     never as zero.",
    "Years are the DfE's own: a figure for 2018 is at 30 September 2018 or 31 March 2018, and sits at that date on the \
     time axis, under the journey's inspections of that year.",
];

/// `1234567` as "1,234,567"; other text (decimals, codes) as it is.
pub fn grouped(text: &str) -> String {
    if text.len() <= 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return text.to_string();
    }
    let mut out = String::new();
    for (k, c) in text.chars().enumerate() {
        if k > 0 && (text.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The value with its unit ("14.8 cases per social worker", "7%"), or a code's meaning
/// with the code ("not available (x)").
pub fn value_words(indicator: Indicator, value: &Value) -> String {
    match value {
        Value::Number(n) => indicator.with_unit(&grouped(n)),
        Value::Code(c) => code_words(*c),
    }
}

/// A value in a comparison, without the unit: "15.2", "not available (x)".
fn bare(indicator: Indicator, value: &Value) -> String {
    match value {
        Value::Number(n) if indicator.with_unit("").starts_with('%') => format!("{}%", grouped(n)),
        Value::Number(n) => grouped(n),
        Value::Code(c) => code_words(*c),
    }
}

pub fn code_words(code: Code) -> String {
    format!("{} ({})", code.meaning(), code.as_str())
}

/// "In 2025, 14.8 cases per social worker, England 15.2, Yorkshire and The Humber 16.5.":
/// the council's latest year, with England's and the region's value in that year.
pub fn latest_sentence(ctx: &CouncilContext, indicator: Indicator) -> String {
    let Some((year, value)) = ctx.council.latest(indicator) else {
        return format!("The DfE publishes no figure for {}.", ctx.council.name);
    };
    let mut s = format!("In {year}, {}", value_words(indicator, value));
    for area in std::iter::once(&ctx.england).chain(ctx.region.as_ref()) {
        match area.value(indicator, year) {
            Some(v) => s += &format!(", {} {}", area.name, bare(indicator, v)),
            None => s += &format!(", {}: no figure", area.name),
        }
    }
    s + "."
}

/// The chart's summary: the years covered, the first and latest values, the highest and
/// lowest, and the years published as codes.
pub fn chart_summary(ctx: &CouncilContext, indicator: Indicator) -> String {
    let name = &ctx.council.name;
    let Some(list) = ctx.council.figures.get(&indicator).filter(|l| !l.is_empty()) else {
        return format!("{}: the DfE publishes no figure for {name}.", indicator.title());
    };
    let (first, last) = (list[0].0, list[list.len() - 1].0);
    let mut s = format!("{} in {name}, {first} to {last}.", indicator.title());
    let numbers: Vec<(u16, i64, &Value)> =
        list.iter().filter_map(|(y, v)| Some((*y, v.tenths()?, v))).collect();
    if let (Some(lo), Some(hi)) = (
        numbers.iter().min_by_key(|n| (n.1, n.0)),
        numbers.iter().max_by_key(|n| (n.1, std::cmp::Reverse(n.0))),
    ) {
        s += &format!(
            " Lowest {} in {}, highest {} in {}.",
            value_words(indicator, lo.2),
            lo.0,
            value_words(indicator, hi.2),
            hi.0
        );
    }
    let coded: Vec<String> = list
        .iter()
        .filter_map(|(y, v)| match v {
            Value::Code(c) => Some(format!("{y}: {}", code_words(*c))),
            Value::Number(_) => None,
        })
        .collect();
    if !coded.is_empty() {
        s += &format!(" No number published for {}.", coded.join("; "));
    }
    format!("{s} {}", latest_sentence(ctx, indicator))
}

/// One row of a figure's table: the year and each area's value in words.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    pub year: u16,
    pub council: String,
    pub region: String,
    pub england: String,
}

/// The table of a figure: every year the council has a value, newest first; England's and
/// the region's value in the same year beside it.
pub fn table_rows(ctx: &CouncilContext, indicator: Indicator) -> Vec<TableRow> {
    let cell = |v: Option<&Value>| v.map_or_else(|| "no figure".to_string(), |v| bare(indicator, v));
    ctx.council
        .figures
        .get(&indicator)
        .into_iter()
        .flatten()
        .rev()
        .map(|(year, v)| TableRow {
            year: *year,
            council: bare(indicator, v),
            region: ctx
                .region
                .as_ref()
                .map_or_else(|| "no figure".to_string(), |r| cell(r.value(indicator, *year))),
            england: cell(ctx.england.value(indicator, *year)),
        })
        .collect()
}

/// The worksheet's line for a figure: its value in each of `years` (the years of the
/// council's inspections) with England's, "Caseloads: 2018 13.8 (England 17.4); 2022 …", or
/// `None` when the council has no value in any of them.
pub fn worksheet_line(ctx: &CouncilContext, indicator: Indicator, years: &[u16]) -> Option<String> {
    let parts: Vec<String> = years
        .iter()
        .filter_map(|y| {
            let own = ctx.council.value(indicator, *y)?;
            let england = ctx
                .england
                .value(indicator, *y)
                .map_or_else(|| "no figure".to_string(), |v| bare(indicator, v));
            Some(format!("{y} {} (England {england})", bare(indicator, own)))
        })
        .collect();
    (!parts.is_empty()).then(|| format!("{}: {}.", indicator.title(), parts.join("; ")))
}

/// The years of these inspections (as the journey dates them), each once, in order.
pub fn inspection_years(list: &[&crate::model::Inspection]) -> Vec<u16> {
    use chrono::Datelike;
    let mut years: Vec<u16> = list.iter().filter_map(|i| u16::try_from(i.when().year()).ok()).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// One figure of a comparison: the year compared (the latest any of the councils has) and
/// each council's value then, with England's.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    pub indicator: Indicator,
    pub year: Option<u16>,
    /// In the order of the councils given.
    pub councils: Vec<String>,
    pub england: String,
}

/// The figures of several councils side by side, each in the same year.
pub fn compare_rows(ctxs: &[&CouncilContext]) -> Vec<CompareRow> {
    Indicator::ALL
        .into_iter()
        .map(|indicator| {
            let year = ctxs.iter().filter_map(|c| c.council.latest(indicator)).map(|(y, _)| y).max();
            let cell = |a: &super::Area| {
                year.and_then(|y| a.value(indicator, y))
                    .map_or_else(|| "no figure".to_string(), |v| bare(indicator, v))
            };
            CompareRow {
                indicator,
                year,
                councils: ctxs.iter().map(|c| cell(&c.council)).collect(),
                england: ctxs.first().map_or_else(|| "no figure".to_string(), |c| cell(&c.england)),
            }
        })
        .collect()
}
