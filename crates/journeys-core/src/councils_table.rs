//! The all-councils table (`/councils`): one row per current council with its current and
//! previous overall grade, the direction of change between them, the date of its last
//! inspection and the years since; sorting by any column and filtering by region and current
//! grade, driven by the URL state `route::CouncilsState`. Nothing here reads the clock: "years
//! since" is measured to a `today` the caller passes, so the table is tested on fixed dates.

use crate::chart::{headline_grade, on_headline_line};
use crate::journey::inspections;
use crate::model::{Area, Council, Dataset, Grade, Inspection};
use crate::route::{CouncilsState, Route, SortColumn, SortDir};
use crate::search::normalise;
use crate::standing::current_standing;
use crate::text::{month_year, slug};
use chrono::{Datelike, NaiveDate};
use std::cmp::Ordering;

/// An overall grade and the inspection that gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Graded {
    pub grade: Grade,
    /// First day of the inspection: the date the table shows, as the journey chart does.
    pub start: NaiveDate,
    pub published: NaiveDate,
}

/// How the current overall grade compares with the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Higher on the shared scale than the previous grade.
    Improved,
    Declined,
    /// Level on the shared scale. Adequate (2009-13) and Requires improvement share a level,
    /// so a move from one to the other counts as no change.
    Same,
    /// The council's only inspection with an overall grade.
    First,
    /// One of the two has no place on the scale: an inspection from April 2026 gives no
    /// overall grade, so it cannot be said to be better or worse than the one before.
    NotComparable,
    /// No inspection with an overall grade.
    NotInspected,
}

impl Direction {
    /// The words the table shows (never an arrow or a colour alone).
    pub fn label(self) -> &'static str {
        match self {
            Direction::Improved => "Improved",
            Direction::Declined => "Declined",
            Direction::Same => "No change",
            Direction::First => "First inspection",
            Direction::NotComparable => "Not comparable",
            Direction::NotInspected => "Not inspected",
        }
    }

    /// A short stable key for CSS classes and tests.
    pub fn css_key(self) -> &'static str {
        match self {
            Direction::Improved => "improved",
            Direction::Declined => "declined",
            Direction::Same => "same",
            Direction::First => "first",
            Direction::NotComparable => "not-comparable",
            Direction::NotInspected => "not-inspected",
        }
    }

    /// A glyph that goes with the words as a quick visual cue (hidden from screen readers,
    /// which read the words): up for better, down for worse, across for level.
    pub fn arrow(self) -> &'static str {
        match self {
            Direction::Improved => "↑",
            Direction::Declined => "↓",
            Direction::Same => "→",
            Direction::First => "•",
            Direction::NotComparable => "–",
            Direction::NotInspected => "",
        }
    }
}

/// One council's row of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct CouncilRow {
    pub code: String,
    pub name: String,
    pub slug: String,
    pub region: String,
    /// The council's current standing (`standing::current_standing`): its latest overall grade
    /// on a scale, so the table, the map and the counts agree.
    pub current: Option<Graded>,
    /// A later inspection under the 2026 framework, which gives no overall grade
    /// (`Grade::NotGraded2026`): the table shows it beside the current grade.
    pub inspected_since_2026: Option<Graded>,
    /// The overall grade on a scale before the current one.
    pub previous: Option<Graded>,
    pub direction: Direction,
    /// Levels moved on the shared scale (current minus previous), when both have a level.
    pub steps: Option<i8>,
    /// First day of the council's last inspection: the graded one, or a later one under the
    /// 2026 framework.
    pub last_inspected: Option<NaiveDate>,
    /// Whole years from `last_inspected` to the `today` the rows were made for.
    pub years_since: Option<u32>,
}

impl CouncilRow {
    /// Beside the current grade when a 2026 inspection came later, e.g. "+ May 2026
    /// inspection, no overall grade".
    pub fn since_note(&self) -> Option<String> {
        self.inspected_since_2026.map(|g| format!("+ {} inspection, no overall grade", month_year(g.start)))
    }

    /// The council page the row links to.
    pub fn link(&self) -> Route {
        crate::route::council_link(&self.slug)
    }
}

/// The overall grade an inspection gives the table: its headline grade on a scale, or the
/// recorded absence of one under the 2026 framework. A standalone review of a safeguarding
/// board has neither and does not count as an inspection of the council's services.
pub fn overall(i: &Inspection) -> Option<Grade> {
    // Inspections of looked after children only (2013) are not a standing of the service.
    on_headline_line(i)
        .then(|| headline_grade(i))
        .flatten()
        .or_else(|| i.grade(Area::OverallEffectiveness).filter(|g| *g == Grade::NotGraded2026))
}

/// Completed years from `from` to `today`; 0 when `today` is earlier.
pub fn whole_years(from: NaiveDate, today: NaiveDate) -> u32 {
    let mut years = today.year() - from.year();
    if (today.month(), today.day()) < (from.month(), from.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

/// "Less than a year", "1 year", "7 years"; empty for a council never inspected.
pub fn years_text(years: Option<u32>) -> String {
    match years {
        None => String::new(),
        Some(0) => "Less than a year".to_string(),
        Some(n) => crate::text::count(n as usize, "year", "years"),
    }
}

/// The row of one council, following its journey through any predecessors.
pub fn row(data: &Dataset, council: &Council, today: NaiveDate) -> CouncilRow {
    let standing = current_standing(data, council);
    let graded_at = |i: &Inspection, grade: Grade| Graded { grade, start: i.when(), published: i.published };
    let current = standing.inspection.zip(standing.grade).map(|(i, g)| graded_at(i, g));
    let inspected_since_2026 = standing.inspected_since_2026.map(|i| graded_at(i, Grade::NotGraded2026));
    // The grade on a scale before the current one.
    let previous = standing.inspection.and_then(|now| {
        inspections(data, council)
            .into_iter()
            .take_while(|i| !std::ptr::eq(*i, now))
            .filter(|i| on_headline_line(i))
            .filter_map(|i| headline_grade(i).map(|g| graded_at(i, g)))
            .filter(|g| g.published <= now.published)
            .last()
    });
    let steps = match (current.and_then(|g| g.grade.rank()), previous.and_then(|g| g.grade.rank())) {
        (Some(c), Some(p)) => Some(c as i8 - p as i8),
        _ => None,
    };
    let direction = match (current, previous, steps) {
        (None, _, _) => Direction::NotInspected,
        (Some(_), None, _) => Direction::First,
        (Some(_), Some(_), None) => Direction::NotComparable,
        (Some(_), Some(_), Some(s)) => match s.cmp(&0) {
            Ordering::Greater => Direction::Improved,
            Ordering::Less => Direction::Declined,
            Ordering::Equal => Direction::Same,
        },
    };
    let last_inspected = inspected_since_2026.or(current).map(|g| g.start);
    CouncilRow {
        code: council.code.clone(),
        name: council.name.clone(),
        slug: council.slug.clone(),
        region: council.region.clone(),
        current,
        inspected_since_2026,
        previous,
        direction,
        steps,
        last_inspected,
        years_since: last_inspected.map(|d| whole_years(d, today)),
    }
}

/// Every current council's row, A to Z.
pub fn rows(data: &Dataset, today: NaiveDate) -> Vec<CouncilRow> {
    let mut out: Vec<CouncilRow> = data.current_councils().map(|c| row(data, c, today)).collect();
    sort_rows(&mut out, SortColumn::Name, SortDir::Asc);
    out
}

/// The region a filter value names, as the dataset spells it: matched on the region's name
/// written loosely (`London`, `yorkshire-and-the-humber`, `Yorkshire and The Humber`) or its
/// code (`GL`, `YH`). `None` for a value that names no region.
pub fn resolve_region<'a>(data: &'a Dataset, key: &str) -> Option<&'a str> {
    let loose = normalise(key);
    if loose.is_empty() {
        return None;
    }
    data.councils
        .iter()
        .find(|c| normalise(&c.region) == loose || c.region_code.eq_ignore_ascii_case(key.trim()))
        .map(|c| c.region.as_str())
}

/// A region the filter offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionOption {
    /// The URL value: the region's name as a slug (`text::slug`, e.g.
    /// `yorkshire-and-the-humber`), which needs no escaping and survives link mangling.
    pub key: String,
    pub name: String,
    /// Current councils in the region.
    pub councils: usize,
}

/// Every region of the current councils, A to Z, for the region filter.
pub fn regions(data: &Dataset) -> Vec<RegionOption> {
    let mut out: Vec<RegionOption> = Vec::new();
    for c in data.current_councils() {
        match out.iter_mut().find(|r| r.name == c.region) {
            Some(r) => r.councils += 1,
            None => out.push(RegionOption { key: slug(&c.region), name: c.region.clone(), councils: 1 }),
        }
    }
    crate::sort::sort_by(&mut out, |a, b| a.name.cmp(&b.name));
    out
}

/// The state with its region filter in canonical form (`text::slug`) or, if it names no
/// region, dropped: what the app writes back into the address bar.
pub fn canonical_state(data: &Dataset, state: &CouncilsState) -> CouncilsState {
    CouncilsState {
        region: state.region.as_deref().and_then(|r| resolve_region(data, r)).map(slug),
        ..state.clone()
    }
}

/// The state after a column header is pressed: the same column flips direction, another
/// column sorts ascending. Filters are kept.
pub fn toggle_sort(state: &CouncilsState, column: SortColumn) -> CouncilsState {
    let dir = if state.sort == column { state.dir.flip() } else { SortDir::Asc };
    CouncilsState { sort: column, dir, ..state.clone() }
}

/// How a column header shows the table's order: not sorted by it, or sorted up or down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnSort {
    Unsorted,
    Ascending,
    Descending,
}

impl ColumnSort {
    /// The header's `aria-sort` value.
    pub fn aria(self) -> &'static str {
        match self {
            ColumnSort::Unsorted => "none",
            ColumnSort::Ascending => "ascending",
            ColumnSort::Descending => "descending",
        }
    }

    /// The glyph beside the header's words (hidden from screen readers, which hear
    /// `aria-sort`).
    pub fn icon(self) -> &'static str {
        match self {
            ColumnSort::Unsorted => "↕",
            ColumnSort::Ascending => "▲",
            ColumnSort::Descending => "▼",
        }
    }
}

/// How a column's header shows the order `state` asks for.
pub fn column_sort(state: &CouncilsState, column: SortColumn) -> ColumnSort {
    match (state.sort == column, state.dir) {
        (false, _) => ColumnSort::Unsorted,
        (true, SortDir::Asc) => ColumnSort::Ascending,
        (true, SortDir::Desc) => ColumnSort::Descending,
    }
}

/// What the grade filter calls a grade: its label, or for `Grade::NotGraded2026` the councils
/// inspected since their grade under the 2026 framework.
pub fn filter_label(g: Grade) -> &'static str {
    match g {
        Grade::NotGraded2026 => "Inspected again in 2026, no overall grade",
        _ => g.label(),
    }
}

/// A column's header text.
pub fn column_label(column: SortColumn) -> &'static str {
    match column {
        SortColumn::Name => "Council",
        SortColumn::Region => "Region",
        SortColumn::Grade => "Current grade",
        SortColumn::Previous => "Previous grade",
        SortColumn::Change => "Change",
        SortColumn::Last => "Last inspected",
        SortColumn::Years => "Years since",
    }
}

/// What an order means in words, for the table's status line, e.g. "by current grade,
/// Outstanding first".
pub fn sort_description(column: SortColumn, dir: SortDir) -> String {
    let asc = dir == SortDir::Asc;
    let order = match column {
        SortColumn::Name | SortColumn::Region => {
            if asc {
                "A to Z"
            } else {
                "Z to A"
            }
        }
        SortColumn::Grade | SortColumn::Previous => {
            if asc {
                "Outstanding first"
            } else {
                "Inadequate first"
            }
        }
        SortColumn::Change => {
            if asc {
                "most improved first"
            } else {
                "most declined first"
            }
        }
        SortColumn::Last => {
            if asc {
                "longest ago first"
            } else {
                "most recent first"
            }
        }
        SortColumn::Years => {
            if asc {
                "fewest first"
            } else {
                "most first"
            }
        }
    };
    format!("by {}, {order}", column_label(column).to_lowercase())
}

/// A sort key: a number or a text. Missing values have none and always go last.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Num(i64),
    Text(String),
}

/// A grade's place in the order: Ofsted's own numbering, 1 for Outstanding to 4 for
/// Inadequate, so ascending reads best first. Adequate shares Requires improvement's place.
/// "Not graded under the 2026 framework" has no place and sorts with the missing values.
fn grade_key(g: Option<Graded>) -> Option<Key> {
    g.and_then(|g| g.grade.rank()).map(|r| Key::Num(5 - r as i64))
}

fn key(row: &CouncilRow, column: SortColumn) -> Option<Key> {
    let days = |d: NaiveDate| d.num_days_from_ce() as i64;
    match column {
        SortColumn::Name => Some(Key::Text(row.name.to_lowercase())),
        SortColumn::Region => Some(Key::Text(row.region.to_lowercase())),
        SortColumn::Grade => grade_key(row.current),
        SortColumn::Previous => grade_key(row.previous),
        // Ascending puts the biggest improvement first, as grade ascending puts Outstanding
        // first: the better news first.
        SortColumn::Change => row.steps.map(|s| Key::Num(-(s as i64))),
        SortColumn::Last => row.last_inspected.map(|d| Key::Num(days(d))),
        // Fewest years first is most recent first; the date itself orders within a year.
        SortColumn::Years => row.last_inspected.map(|d| Key::Num(-days(d))),
    }
}

/// Sorts rows by a column in place. Stable, and deterministic: ties are broken by name (A to
/// Z, whichever the direction) then code. Rows with no value in the column (never inspected,
/// first inspection for "previous", or not graded under the 2026 framework) go last in both
/// directions, so flipping the order never buries the councils that have one.
pub fn sort_rows(rows: &mut [CouncilRow], column: SortColumn, dir: SortDir) {
    crate::sort::sort_by(rows, |a, b| {
        let primary = match (key(a, column), key(b, column)) {
            (Some(x), Some(y)) if dir == SortDir::Desc => y.cmp(&x),
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        primary
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.code.cmp(&b.code))
    });
}

/// Rows whose council is in the region `region` names (any form `resolve_region` accepts) and
/// whose current grade is `grade`. A filter that names no region, or no filter, keeps every
/// row: a mistyped link shows the whole table rather than an empty one.
pub fn filter_rows(
    data: &Dataset,
    rows: &[CouncilRow],
    region: Option<&str>,
    grade: Option<Grade>,
) -> Vec<CouncilRow> {
    let region = region.and_then(|r| resolve_region(data, r));
    rows.iter()
        .filter(|r| region.is_none_or(|name| r.region == name))
        .filter(|r| grade.is_none_or(|g| holds(r, g)))
        .cloned()
        .collect()
}

/// Whether a row matches the grade filter `g`: its current grade is `g` or, for
/// `Grade::NotGraded2026`, it was inspected under the 2026 framework since that grade (such a
/// council is also counted under its grade, as the map counts it).
fn holds(r: &CouncilRow, g: Grade) -> bool {
    match g {
        Grade::NotGraded2026 => r.inspected_since_2026.is_some(),
        _ => r.current.map(|c| c.grade) == Some(g),
    }
}

/// The current grades present in `rows` with how many councils hold each, in Ofsted's order
/// (the 2026 "not graded" last), for the grade filter.
pub fn grade_options(rows: &[CouncilRow]) -> Vec<(Grade, usize)> {
    Grade::OVERALL
        .into_iter()
        .map(|g| (g, rows.iter().filter(|r| holds(r, g)).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// The grades the grade filter offers: those some council holds now (`grade_options`), plus
/// the one the URL selects if no council holds it (with a count of 0), so the control always
/// shows the filter in force.
pub fn grade_filter_options(rows: &[CouncilRow], selected: Option<Grade>) -> Vec<(Grade, usize)> {
    let mut out = grade_options(rows);
    if let Some(g) = selected {
        if !out.iter().any(|(h, _)| *h == g) {
            out.push((g, 0));
        }
    }
    out
}

/// What to say when the filters leave no council, e.g. "No council in London has a current
/// grade of Inadequate."
pub fn empty_message(table: &Table) -> String {
    let place = match &table.region {
        Some(r) => format!("No council in {r}"),
        None => "No council".to_string(),
    };
    match table.grade {
        Some(Grade::NotGraded2026) => format!("{place} was last inspected under the 2026 framework."),
        Some(g) => format!("{place} has a current grade of {}.", g.label()),
        None => format!("{place} is in the data."),
    }
}

/// The table as the URL state asks for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub rows: Vec<CouncilRow>,
    /// Current councils before filtering.
    pub total: usize,
    /// The region filter in force, as the dataset names it (`None` when there is none or the
    /// URL's value named no region).
    pub region: Option<String>,
    pub grade: Option<Grade>,
    /// A status line that says what is shown, e.g. "4 of 153 councils, in London, with a
    /// current grade of Inadequate, by last inspected, most recent first."
    pub summary: String,
}

/// Rows filtered and sorted as `state` says, with a summary in words.
pub fn table(data: &Dataset, state: &CouncilsState, today: NaiveDate) -> Table {
    let all = rows(data, today);
    let region = state.region.as_deref().and_then(|r| resolve_region(data, r)).map(str::to_string);
    let mut shown = filter_rows(data, &all, region.as_deref(), state.grade);
    sort_rows(&mut shown, state.sort, state.dir);
    let mut summary = format!("{} of {} councils", shown.len(), all.len());
    if let Some(r) = &region {
        summary.push_str(&format!(", in {r}"));
    }
    match state.grade {
        None => {}
        Some(Grade::NotGraded2026) => {
            summary.push_str(", last inspected under the 2026 framework, which gives no overall grade")
        }
        Some(g) => summary.push_str(&format!(", with a current grade of {}", g.label())),
    }
    summary.push_str(&format!(", {}.", sort_description(state.sort, state.dir)));
    Table { rows: shown, total: all.len(), region, grade: state.grade, summary }
}
