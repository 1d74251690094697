//! The Department for Education's figures set beside each journey as context: children's
//! social work workforce (turnover, agency workers, vacancies, caseloads, year to 30
//! September), children looked after on 31 March and children in need on 31 March. Values
//! are kept exactly as published, a number's text or one of the DfE's codes (`x`, `z`, `c`,
//! `u`, `low`), never turned into zero. The builder writes them to `assets/data/context.json`
//! (outside the dataset and its budget); each council page loads only its own slice
//! (`CouncilContext`). `chart` lays out the small charts, `words` says the figures in words.
//! `docs/DATASET.md` documents the JSON.

pub mod by_grade;
pub mod chart;
pub mod csv;
pub mod words;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Format version of `context.json` and of each council's slice.
pub const FORMAT: u32 = 1;

/// The figures shown, in the order the page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    /// `caseload_fte`: cases per case-holding social worker (FTE), at 30 September.
    CaseloadFte,
    /// `turnover_rate_fte`: leavers as a percentage of social workers (FTE), year to 30 September.
    TurnoverRateFte,
    /// `agency_rate_fte`: agency social workers as a percentage of all (FTE), at 30 September.
    AgencyRateFte,
    /// `vacancy_rate_fte`: vacant posts as a percentage of all posts (FTE), at 30 September.
    VacancyRateFte,
    /// Children looked after on 31 March, per 10,000 children (`rate_per_10000`).
    LookedAfterRate,
    /// Children in need on 31 March: the number (`At31_episodes`), as no rate is published.
    ChildrenInNeed,
}

impl Indicator {
    pub const ALL: [Indicator; 6] = [
        Indicator::CaseloadFte,
        Indicator::TurnoverRateFte,
        Indicator::AgencyRateFte,
        Indicator::VacancyRateFte,
        Indicator::LookedAfterRate,
        Indicator::ChildrenInNeed,
    ];

    /// The name the JSON and the CSV use.
    pub fn key(self) -> &'static str {
        match self {
            Indicator::CaseloadFte => "caseload_fte",
            Indicator::TurnoverRateFte => "turnover_rate_fte",
            Indicator::AgencyRateFte => "agency_rate_fte",
            Indicator::VacancyRateFte => "vacancy_rate_fte",
            Indicator::LookedAfterRate => "looked_after_rate_per_10000",
            Indicator::ChildrenInNeed => "children_in_need_at_31_march",
        }
    }

    /// A heading for the indicator.
    pub fn title(self) -> &'static str {
        match self {
            Indicator::CaseloadFte => "Caseloads",
            Indicator::TurnoverRateFte => "Social workers leaving",
            Indicator::AgencyRateFte => "Agency social workers",
            Indicator::VacancyRateFte => "Vacant posts",
            Indicator::LookedAfterRate => "Children looked after",
            Indicator::ChildrenInNeed => "Children in need",
        }
    }

    /// What the figure measures and when, as the DfE defines it.
    pub fn definition(self) -> &'static str {
        match self {
            Indicator::CaseloadFte => {
                "Average number of cases per case-holding children's social worker (full-time equivalent), on 30 September."
            }
            Indicator::TurnoverRateFte => {
                "Children's social workers who left in the year to 30 September, as a percentage of those in post (full-time equivalent)."
            }
            Indicator::AgencyRateFte => {
                "Agency social workers as a percentage of all children's social workers (full-time equivalent), on 30 September."
            }
            Indicator::VacancyRateFte => {
                "Vacant social worker posts as a percentage of all posts (full-time equivalent), on 30 September."
            }
            Indicator::LookedAfterRate => "Children looked after by the council on 31 March, per 10,000 children living in its area.",
            Indicator::ChildrenInNeed => {
                "Number of children in need on 31 March (open cases of children assessed as needing help). A count, not a rate: \
                 a big council has more, so it is not compared with England's or the region's on the chart."
            }
        }
    }

    /// Whether the figure is a rate, so comparable with England's and the region's on one
    /// scale; a count is not.
    pub fn is_rate(self) -> bool {
        self != Indicator::ChildrenInNeed
    }

    /// The day of the year the figure is at: (month, day). Workforce figures are at 30
    /// September (the year to then), the children's figures at 31 March.
    pub fn day(self) -> (u32, u32) {
        match self {
            Indicator::LookedAfterRate | Indicator::ChildrenInNeed => (3, 31),
            _ => (9, 30),
        }
    }

    /// The number's unit in a sentence: "14.8 cases per social worker", "7%".
    pub fn with_unit(self, number: &str) -> String {
        match self {
            Indicator::CaseloadFte => format!("{number} cases per social worker"),
            Indicator::TurnoverRateFte | Indicator::AgencyRateFte | Indicator::VacancyRateFte => {
                format!("{number}%")
            }
            Indicator::LookedAfterRate => format!("{number} per 10,000 children"),
            Indicator::ChildrenInNeed => format!("{number} children"),
        }
    }
}

/// One of the codes the DfE publishes in place of a number (Explore Education Statistics'
/// conventions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// `x`: not available.
    X,
    /// `z`: not applicable.
    Z,
    /// `c`: suppressed, to protect confidentiality.
    C,
    /// `u`: low reliability, so not published.
    U,
    /// `low`: a small number that rounds to zero, but is not zero.
    Low,
}

impl Code {
    pub const ALL: [Code; 5] = [Code::X, Code::Z, Code::C, Code::U, Code::Low];

    /// The code as published.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::X => "x",
            Code::Z => "z",
            Code::C => "c",
            Code::U => "u",
            Code::Low => "low",
        }
    }

    pub fn parse(s: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// What the code means, in words.
    pub fn meaning(self) -> &'static str {
        match self {
            Code::X => "not available",
            Code::Z => "not applicable",
            Code::C => "not published, to protect confidentiality",
            Code::U => "not published, of low reliability",
            Code::Low => "a small number that rounds to zero (not zero)",
        }
    }
}

/// A value exactly as published: a number's text (digits, at most one decimal place) or a
/// code. Written in the JSON as that text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Value {
    Number(String),
    Code(Code),
}

impl Value {
    /// Reads a published cell; `None` for anything that is neither a number of that form
    /// nor a code (the builder reports it).
    pub fn parse(s: &str) -> Option<Value> {
        if let Some(c) = Code::parse(s) {
            return Some(Value::Code(c));
        }
        tenths(s).map(|_| Value::Number(s.to_string()))
    }

    /// The number in tenths (14.8 is 148), or `None` for a code.
    pub fn tenths(&self) -> Option<i64> {
        match self {
            Value::Number(s) => tenths(s),
            Value::Code(_) => None,
        }
    }

    /// The value as published: "14.8", "x".
    pub fn text(&self) -> &str {
        match self {
            Value::Number(s) => s,
            Value::Code(c) => c.as_str(),
        }
    }
}

impl TryFrom<String> for Value {
    type Error = String;
    fn try_from(s: String) -> Result<Value, String> {
        Value::parse(&s).ok_or_else(|| format!("{s:?} is neither a number nor a published code"))
    }
}

impl From<Value> for String {
    fn from(v: Value) -> String {
        v.text().to_string()
    }
}

/// `123` or `12.3` in tenths; anything else (a sign, two decimals, spaces) is not a number
/// as the DfE publishes them. Written by hand so the wasm carries no float parser.
fn tenths(s: &str) -> Option<i64> {
    let (whole, tenth) = match s.split_once('.') {
        Some((w, t)) if t.len() == 1 => (w, t),
        Some(_) => return None,
        None => (s, "0"),
    };
    if whole.is_empty() || whole.len() > 12 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let t = tenth.bytes().next().filter(u8::is_ascii_digit)?;
    Some(whole.parse::<i64>().ok()? * 10 + i64::from(t - b'0'))
}

/// One area's figures: for each indicator its values by year, in year order.
pub type Figures = BTreeMap<Indicator, Vec<(u16, Value)>>;

/// A named area (England, a region, a council) and its figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Area {
    /// The name as the DfE publishes it, e.g. "Yorkshire and The Humber".
    pub name: String,
    pub figures: Figures,
}

impl Area {
    /// The value of `indicator` in `year`, if published (a code counts as published).
    pub fn value(&self, indicator: Indicator, year: u16) -> Option<&Value> {
        self.figures.get(&indicator)?.iter().find(|(y, _)| *y == year).map(|(_, v)| v)
    }

    /// The latest year with a value for `indicator`.
    pub fn latest(&self, indicator: Indicator) -> Option<(u16, &Value)> {
        self.figures.get(&indicator)?.last().map(|(y, v)| (*y, v))
    }
}

/// A council's own figures in `context.json`, keyed by its ONS code there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CouncilFigures {
    /// The ONS code of its region (`E12000003`), a key of `Context::regions`.
    pub region: String,
    pub figures: Figures,
    /// What the reader should know about these figures: rows published under another code,
    /// or for two councils together.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// Everything the builder writes to `assets/data/context.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Context {
    pub format: u32,
    /// The licence and publisher, as the page credits them.
    pub licence: String,
    /// The source files the figures were read from (kept here, not in the dataset's
    /// `sources`, whose budget is full).
    pub sources: Vec<crate::model::SourceRef>,
    pub england: Area,
    /// Regions by ONS code.
    pub regions: BTreeMap<String, Area>,
    /// Councils by ONS code.
    pub councils: BTreeMap<String, CouncilFigures>,
}

/// One council's slice: its figures with England's and its region's, all a council page
/// needs. Written per council as `data/context/<code>.json` by the site build.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CouncilContext {
    pub format: u32,
    pub code: String,
    pub licence: String,
    pub sources: Vec<crate::model::SourceRef>,
    pub council: Area,
    pub region: Option<Area>,
    pub england: Area,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Context {
    /// The slice for the council with this code and name, or `None` when the DfE publishes
    /// nothing for it.
    pub fn council(&self, code: &str, name: &str) -> Option<CouncilContext> {
        let own = self.councils.get(code)?;
        Some(CouncilContext {
            format: self.format,
            code: code.to_string(),
            licence: self.licence.clone(),
            sources: self.sources.clone(),
            council: Area { name: name.to_string(), figures: own.figures.clone() },
            region: self.regions.get(&own.region).cloned(),
            england: self.england.clone(),
            notes: own.notes.clone(),
        })
    }
}

/// Reads a council's slice, checking its format.
pub fn parse_council_context(json: &str) -> Result<CouncilContext, String> {
    let c: CouncilContext = serde_json::from_str(json).map_err(|e| e.to_string())?;
    if c.format != FORMAT {
        return Err(format!("context format {} (this site reads {FORMAT})", c.format));
    }
    Ok(c)
}
