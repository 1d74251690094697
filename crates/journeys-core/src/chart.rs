//! Journey chart geometry: time across, grade up the side, framework eras shaded, graded
//! inspections as labelled marks joined in order, and ungraded events on a lane below. Pure
//! functions returning marks in SVG user units (equal to CSS pixels at the given width); the
//! component only prints them.

use crate::journey::{events, inspections};
use crate::model::{Area, Council, Dataset, Event, Framework, Grade, Inspection, Scope};
use crate::text::month_year;
use chrono::{Datelike, NaiveDate};

/// Space around the plot, in user units. Public so that charts set under a journey (the
/// council's context figures, `indicators::chart`) share its time axis exactly.
pub const LEFT: f64 = 90.0;
pub const RIGHT: f64 = 16.0;
const TOP: f64 = 34.0;
const ROW: f64 = 46.0;
const AXIS: f64 = 30.0;
const LANE: f64 = 40.0;
/// Radius of a mark's pointer area, at most.
const HIT_R: f64 = 14.0;

/// A chart ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct JourneyChart {
    pub width: f64,
    pub height: f64,
    /// Left and right edges of the plot area.
    pub x0: f64,
    pub x1: f64,
    /// Top and bottom of the grade area.
    pub y_top: f64,
    pub y_bottom: f64,
    pub bands: Vec<Band>,
    pub ticks: Vec<Tick>,
    pub rows: Vec<GradeRow>,
    pub segments: Vec<Segment>,
    pub marks: Vec<Mark>,
    /// Centre line of the lane of ungraded events.
    pub lane_y: f64,
    pub lane_label: &'static str,
    pub events: Vec<EventMark>,
}

/// A framework era, shaded behind the plot.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub x: f64,
    pub width: f64,
    /// The era's name, or its short name when the band is too narrow for it.
    pub label: &'static str,
    /// Alternate bands are shaded so that neighbours are told apart.
    pub shaded: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: f64,
    /// Empty for ticks drawn without a label where years are too close together.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GradeRow {
    pub y: f64,
    /// The grade's name on one or two lines (so it fits beside the plot on a phone), centred
    /// on the row; for the shared rank of Requires improvement and Adequate, a smaller note.
    pub lines: Vec<RowLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RowLine {
    /// Baseline.
    pub y: f64,
    pub text: &'static str,
    /// Printed smaller and muted.
    pub note: bool,
}

/// A row's label lines, centred on `y`: `name` lines at 12.5 units apart, then the note.
fn row(y: f64, name: &[&'static str], note: Option<&'static str>) -> GradeRow {
    let texts: Vec<(&'static str, bool)> =
        name.iter().map(|t| (*t, false)).chain(note.map(|n| (n, true))).collect();
    let first = y + 4.0 - 12.0 * (texts.len() as f64 - 1.0) / 2.0;
    let lines = texts
        .into_iter()
        .enumerate()
        .map(|(k, (text, note))| RowLine { y: first + 12.0 * k as f64, text, note })
        .collect();
    GradeRow { y, lines }
}

/// A line joining two consecutive graded inspections. Dashed where the framework changes
/// between them, because the scales are not the same.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
    pub dashed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// One graded inspection on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Index into the inspection list the chart was drawn from.
    pub index: usize,
    pub x: f64,
    pub y: f64,
    pub grade: Grade,
    /// The grade in words, e.g. `Requires improvement`.
    pub grade_label: &'static str,
    /// The year, e.g. `2015`.
    pub year: String,
    /// The label printed: grade and year, or only the year when the mark continues a run of
    /// the same grade close by (the run's first label names the grade).
    pub text: String,
    pub label_x: f64,
    pub label_y: f64,
    pub anchor: Anchor,
    /// What a screen reader says for this mark.
    pub aria: String,
    pub predecessor: bool,
    /// Radius of the area that takes a pointer: 14, less where another mark is so close that
    /// the two areas would cover each other's dots (child protection inspected twice in 2013).
    pub hit_r: f64,
    /// Whole-service inspections are drawn as circles; inspections of one part of the
    /// service as other shapes, named in the chart key.
    pub scope: Scope,
}

/// An ungraded event, or an inspection with no overall grade, on the lane below.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMark {
    pub x: f64,
    pub y: f64,
    /// Index into the event list, or `None` for an inspection shown on the lane.
    pub event: Option<usize>,
    pub inspection: Option<usize>,
    pub aria: String,
    pub shape: LaneShape,
}

/// The shape of an item on the lane of ungraded events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaneShape {
    /// Focused, monitoring and unannounced visits: a circle.
    Visit,
    /// Notices, directions and letters: a square.
    Notice,
    /// News reports: a triangle.
    News,
    /// An inspection with no overall grade: a hollow diamond.
    Inspection,
}

impl LaneShape {
    /// The CSS class the component gives the item.
    pub fn class(self) -> &'static str {
        match self {
            LaneShape::Visit => "visit",
            LaneShape::Notice => "notice",
            LaneShape::News => "news",
            LaneShape::Inspection => "inspection",
        }
    }
}

/// The first year any journey can show: the data begins with the inspections of 2009.
pub const FIRST_YEAR: i32 = 2009;

/// A coordinate or length as the site's SVG prints it: one decimal, a whole number without its
/// ".0" (the drawing is the same, and every pre-rendered chart is carried at several layouts,
/// so the bytes add up: about 0.5 KB gzip on /patterns).
pub fn coord(v: f64) -> String {
    let s = format!("{v:.1}");
    match s.strip_suffix(".0") {
        Some("-0") => "0".to_string(),
        Some(whole) => whole.to_string(),
        None => s,
    }
}

/// The time shown: from the start of the year of `from` (never before 2009) to the end of
/// the year of `until`. At least one year is shown, whatever the two dates (a release pinned
/// to a day before any data, say).
pub fn domain(from: NaiveDate, until: NaiveDate) -> (NaiveDate, NaiveDate) {
    let year = from.year().max(FIRST_YEAR).min(until.year());
    let start = NaiveDate::from_ymd_opt(year, 1, 1).expect("valid date");
    let end = NaiveDate::from_ymd_opt(until.year() + 1, 1, 1).expect("valid date");
    (start, end)
}

/// The earliest day among these inspections and events (the chart's axis starts in its
/// year), or 1 January 2009 when there are none.
pub fn earliest(inspections: &[&Inspection], events: &[&Event]) -> NaiveDate {
    inspections
        .iter()
        .map(|i| i.when())
        .chain(events.iter().map(|e| e.date))
        .min()
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).expect("valid date"))
}

/// The grade an inspection contributes to the journey: its overall effectiveness (for
/// inspections of looked after children only, their overall judgement), if it is on a scale.
pub fn headline_grade(i: &Inspection) -> Option<Grade> {
    let area = match (i.framework, i.scope()) {
        (Framework::LscbReview, _) => return None,
        (_, Scope::LookedAfter) => Area::LookedAfterOverall,
        _ => Area::OverallEffectiveness,
    };
    i.grade(area).or_else(|| i.grade(Area::OverallEffectiveness)).filter(|g| g.rank().is_some())
}

/// True for an inspection on the journey's joined line, its headline series: a graded SLAC,
/// CPI, SIF or ILACS inspection with an overall effectiveness grade. Inspections of looked
/// after children only are marked but not joined, as they answer a narrower question.
pub fn on_headline_line(i: &Inspection) -> bool {
    matches!(i.framework, Framework::Slac | Framework::Cpi | Framework::Sif | Framework::Ilacs)
        && i.grade(Area::OverallEffectiveness).is_some_and(|g| g.rank().is_some())
}

fn era_bands() -> [(NaiveDate, &'static str, &'static str); 3] {
    let d = |y, m| NaiveDate::from_ymd_opt(y, m, 1).expect("valid date");
    [
        (d(2009, 1), "2009–13 inspections", "2009–13"),
        (d(2013, 11), "Single inspection framework", "SIF"),
        (d(2018, 1), "ILACS", "ILACS"),
    ]
}

/// Rough width of plain text in user units at `font` px, used to keep labels inside the plot.
pub fn text_width(text: &str, font: f64) -> f64 {
    text.chars().count() as f64 * font * 0.58
}

/// The same for the semi-bold mark labels: measured in Chromium, 0.63 to 0.64 em a character.
fn bold_width(text: &str, font: f64) -> f64 {
    text.chars().count() as f64 * font * 0.64
}

/// Lays out a journey. `inspections` and `events` are in date order; `is_predecessor` tells
/// which inspections were of a council this one replaced; the time axis runs from the year
/// of `from` to the end of the year of `until`.
pub fn journey_chart(
    inspections: &[&Inspection],
    is_predecessor: &[bool],
    events: &[&Event],
    (from, until): (NaiveDate, NaiveDate),
    width: f64,
) -> JourneyChart {
    let width = width.max(280.0);
    let (start, end) = domain(from, until);
    let x0 = LEFT;
    let x1 = width - RIGHT;
    let span = (end - start).num_days() as f64;
    let x_of = |d: NaiveDate| x0 + (x1 - x0) * ((d - start).num_days() as f64 / span).clamp(0.0, 1.0);
    let y_top = TOP;
    let y_of = |rank: u8| y_top + ROW * (4 - rank) as f64 + ROW / 2.0;
    let y_bottom = y_top + ROW * 4.0;
    let lane_y = y_bottom + AXIS + LANE / 2.0;
    let height = y_bottom + AXIS + LANE + 8.0;

    let eras = era_bands();
    let bands = eras
        .iter()
        .enumerate()
        .map(|(k, (from, label, short))| {
            let to = eras.get(k + 1).map(|e| e.0).unwrap_or(end);
            let x = x_of(*from);
            let width = x_of(to) - x;
            // The label starts 6 units into the band; keep it clear of the next band's.
            let fits = |t: &str| text_width(t, 11.5) + 16.0 <= width;
            let label = if fits(label) {
                label
            } else if fits(short) {
                short
            } else {
                ""
            };
            Band { x, width, label, shaded: k % 2 == 0 }
        })
        .collect();

    let ticks = year_ticks((start, end), x0, x1);

    let rows = vec![
        row(y_of(4), &["Outstanding"], None),
        row(y_of(3), &["Good"], None),
        row(y_of(2), &["Requires", "improvement"], Some("or Adequate")),
        row(y_of(1), &["Inadequate"], None),
    ];

    let mut marks: Vec<Mark> = Vec::new();
    let mut lane: Vec<EventMark> = Vec::new();
    for (index, insp) in inspections.iter().enumerate() {
        let predecessor = is_predecessor.get(index).copied().unwrap_or(false);
        let x = x_of(insp.when());
        match headline_grade(insp) {
            Some(grade) => {
                let rank = grade.rank().expect("filtered to ranked grades");
                let y = y_of(rank);
                let year = insp.when().year().to_string();
                let scope = insp.scope();
                // Starts with the visible label's words, so speech users can say what they see.
                let aria = format!(
                    "{} {year}: {} {}, {}{}{}",
                    grade.label(),
                    if insp.dated() { "inspected" } else { "published" },
                    month_year(insp.when()),
                    insp.framework.label(),
                    match scope {
                        Scope::WholeService => "",
                        Scope::ChildProtection => ", child protection only",
                        Scope::LookedAfter => ", looked after children only",
                    },
                    if predecessor { " (predecessor council)" } else { "" }
                );
                marks.push(Mark {
                    index,
                    x,
                    y,
                    grade,
                    grade_label: grade.label(),
                    text: String::new(),
                    year,
                    label_x: x,
                    label_y: y,
                    anchor: Anchor::Middle,
                    aria,
                    predecessor,
                    hit_r: HIT_R,
                    scope,
                });
            }
            None => lane.push(EventMark {
                x,
                y: lane_y,
                event: None,
                inspection: Some(index),
                aria: format!(
                    "{}: {} with no overall grade{}",
                    month_year(insp.when()),
                    insp.framework.label(),
                    if insp.grade(Area::OverallEffectiveness) == Some(Grade::NotGraded2026) {
                        " (not graded under the 2026 framework)"
                    } else {
                        ""
                    }
                ),
                shape: LaneShape::Inspection,
            }),
        }
    }
    place_labels(&mut marks, x0, x1);
    let centres: Vec<(f64, f64)> = marks.iter().map(|m| (m.x, m.y)).collect();
    for (k, m) in marks.iter_mut().enumerate() {
        let nearest = centres
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != k)
            .map(|(_, (x, y))| ((x - m.x).powi(2) + (y - m.y).powi(2)).sqrt())
            .fold(f64::INFINITY, f64::min);
        m.hit_r = (nearest / 2.0).clamp(7.0, HIT_R);
    }

    let joined: Vec<&Mark> = marks.iter().filter(|m| on_headline_line(inspections[m.index])).collect();
    // The line is each council code's headline series (`patterns::series`): a predecessor's
    // inspections are marked, hollow, but not joined to the successor's, which is a new council.
    let mut codes: Vec<&str> = Vec::new();
    for m in &joined {
        let code = inspections[m.index].council.as_str();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let by_code: Vec<Vec<&Mark>> = codes
        .iter()
        .map(|code| joined.iter().copied().filter(|m| inspections[m.index].council == *code).collect())
        .collect();
    let segments = by_code
        .iter()
        .flat_map(|line| line.windows(2))
        .map(|w| Segment {
            x1: w[0].x,
            y1: w[0].y,
            x2: w[1].x,
            y2: w[1].y,
            dashed: inspections[w[0].index].framework != inspections[w[1].index].framework,
        })
        .collect();

    for (k, e) in events.iter().enumerate() {
        use crate::model::EventKind::*;
        let shape = match e.kind {
            FocusedVisit | MonitoringVisit | UnannouncedInspection => LaneShape::Visit,
            ImprovementNotice | StatutoryDirection | Letter => LaneShape::Notice,
            News => LaneShape::News,
        };
        lane.push(EventMark {
            x: x_of(e.date),
            y: lane_y,
            event: Some(k),
            inspection: None,
            aria: if e.theme.is_empty() {
                format!("{}: {}", month_year(e.date), e.title)
            } else {
                format!("{}: {} ({})", month_year(e.date), e.title, e.theme)
            },
            shape,
        });
    }
    crate::sort::sort_by(&mut lane, |a, b| a.x.total_cmp(&b.x));

    JourneyChart {
        width,
        height,
        x0,
        x1,
        y_top,
        y_bottom,
        bands,
        ticks,
        rows,
        segments,
        marks,
        lane_y,
        lane_label: "Other events",
        events: lane,
    }
}

/// Labels each mark without overlaps: a mark that continues a run of the same grade close by
/// is labelled with its year only; each label goes above its mark unless that would overlap a
/// label already placed, then below; labels stay inside the plot's left and right edges.
fn place_labels(marks: &mut [Mark], x0: f64, x1: f64) {
    const FONT: f64 = 12.0;
    // Clear of the dot (r 7) with the label's descenders, so the halo is never needed for contrast.
    const ABOVE: f64 = -14.0;
    const BELOW: f64 = 22.0;
    const GAP: f64 = 6.0;
    // Left edge, right edge and baseline of each label placed so far.
    let mut placed: Vec<(f64, f64, f64)> = Vec::new();
    let mut prev: Option<(f64, f64, Grade)> = None;
    for m in marks.iter_mut() {
        let full = format!("{} {}", m.grade_label, m.year);
        let continues = prev.is_some_and(|(px, py, pg)| {
            pg == m.grade && py == m.y && m.x - px < bold_width(&full, FONT) / 2.0 + bold_width(&m.year, FONT)
        });
        m.text = if continues { m.year.clone() } else { full };
        // Where the label that names the grade finds no free line (many inspections on a
        // phone-width chart), the year alone goes on the mark: its row names the grade.
        let mut placed_at = None;
        for text in [m.text.clone(), m.year.clone()] {
            let w = bold_width(&text, FONT);
            // Centred over the mark if it fits, else slid along to stay inside the chart.
            let centred = m.x - w / 2.0;
            let (left, anchor) = if centred >= x0 && centred + w <= x1 {
                (centred, Anchor::Middle)
            } else {
                (centred.min(x1 + RIGHT - w).max(x0), Anchor::Start)
            };
            let right = left + w;
            let clashes = |y: f64| {
                placed.iter().any(|(l, r, py)| (py - y).abs() < 14.0 && left < r + GAP && l - GAP < right)
            };
            // Nearest free line first; on a crowded phone-width chart, one line further out.
            let free = [m.y + ABOVE, m.y + BELOW, m.y + ABOVE - 15.0, m.y + BELOW + 15.0, m.y + ABOVE - 30.0]
                .into_iter()
                .find(|y| !clashes(*y));
            if placed_at.is_none() || free.is_some() {
                placed_at = Some((text, left, right, anchor, free.unwrap_or(m.y + ABOVE)));
            }
            if free.is_some() {
                break;
            }
        }
        let (text, left, right, anchor, y) = placed_at.expect("one of the two was tried");
        m.text = text;
        m.label_y = y;
        m.label_x = if anchor == Anchor::Middle { m.x } else { left };
        m.anchor = anchor;
        placed.push((left, right, y));
        prev = Some((m.x, m.y, m.grade));
    }
}

/// A tick at each 1 January from `start` to `end` (exclusive) on a plot from `x0` to `x1`,
/// labelled every year, every other year or every five years as space allows.
pub fn year_ticks((start, end): (NaiveDate, NaiveDate), x0: f64, x1: f64) -> Vec<Tick> {
    let span = (end - start).num_days() as f64;
    let x_of = |d: NaiveDate| x0 + (x1 - x0) * ((d - start).num_days() as f64 / span).clamp(0.0, 1.0);
    let years: Vec<i32> = (start.year()..end.year()).collect();
    let per_year = (x1 - x0) / years.len() as f64;
    let every = if per_year >= 44.0 {
        1
    } else if per_year >= 22.0 {
        2
    } else {
        5
    };
    years
        .iter()
        .map(|&y| {
            let x = x_of(NaiveDate::from_ymd_opt(y, 1, 1).expect("valid date"));
            let label = if y % every == 0 { y.to_string() } else { String::new() };
            Tick { x, label }
        })
        .collect()
}

/// The dates a council's journey chart spans before `domain` rounds them to whole years: its
/// earliest inspection or event, and `until` (or the day it was abolished).
pub fn council_span(data: &Dataset, council: &Council, until: NaiveDate) -> (NaiveDate, NaiveDate) {
    let until = council.abolished.map_or(until, |a| a.min(until));
    (earliest(&inspections(data, council), &events(data, council)), until)
}

/// A council's journey chart: its inspections and events and those of the councils it
/// replaced (marked as such), on a time axis ending with the year of `until`.
pub fn council_chart(data: &Dataset, council: &Council, until: NaiveDate, width: f64) -> JourneyChart {
    // An abolished council's journey ends with it.
    let until = council.abolished.map_or(until, |a| a.min(until));
    let (list, evs) = (inspections(data, council), events(data, council));
    let from = earliest(&list, &evs);
    chart_of(council, &list, &evs, (from, until), width)
}

/// The same on a time axis chosen by the caller, so that charts shown side by side share it.
pub fn council_chart_from(
    data: &Dataset,
    council: &Council,
    span: (NaiveDate, NaiveDate),
    width: f64,
) -> JourneyChart {
    chart_of(council, &inspections(data, council), &events(data, council), span, width)
}

/// A council's chart from its journey's inspections and events, looked up once by the caller.
fn chart_of(
    council: &Council,
    list: &[&Inspection],
    evs: &[&Event],
    span: (NaiveDate, NaiveDate),
    width: f64,
) -> JourneyChart {
    let is_predecessor: Vec<bool> = list.iter().map(|i| i.council != council.code).collect();
    journey_chart(list, &is_predecessor, evs, span, width)
}

/// The chart with only its first `shown` graded marks, the lines between them and the events
/// up to the last of them: presentation mode reveals a journey one inspection at a time.
pub fn reveal(chart: &JourneyChart, shown: usize) -> JourneyChart {
    let mut c = chart.clone();
    c.marks.truncate(shown);
    let until = c.marks.last().map_or(f64::NEG_INFINITY, |m| m.x + 0.01);
    c.segments.retain(|s| s.x2 <= until);
    c.events.retain(|e| e.x <= until);
    c
}
