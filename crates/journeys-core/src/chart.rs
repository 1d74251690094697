//! Journey chart geometry: time across, grade up the side, framework eras shaded, graded
//! inspections as labelled marks joined in order, and ungraded events on a lane below. Pure
//! functions returning marks in SVG user units (equal to CSS pixels at the given width); the
//! component only prints them.

use crate::model::{Area, Event, Framework, Grade, Inspection};
use crate::text::month_year;
use chrono::{Datelike, NaiveDate};

/// Space around the plot, in user units.
const LEFT: f64 = 104.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 34.0;
const ROW: f64 = 46.0;
const AXIS: f64 = 30.0;
const LANE: f64 = 40.0;

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
    pub label: &'static str,
    /// A second line under the label, for the shared rank of Requires improvement and Adequate.
    pub sublabel: &'static str,
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
    pub label_x: f64,
    pub label_y: f64,
    pub anchor: Anchor,
    /// What a screen reader says for this mark.
    pub aria: String,
    pub predecessor: bool,
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
    /// `visit`, `notice`, `news` or `inspection`: the marker's shape.
    pub shape: &'static str,
}

/// The time shown: from the start of 2009 to the end of the year of `until`.
pub fn domain(until: NaiveDate) -> (NaiveDate, NaiveDate) {
    let start = NaiveDate::from_ymd_opt(2009, 1, 1).expect("valid date");
    let end = NaiveDate::from_ymd_opt(until.year() + 1, 1, 1).expect("valid date");
    (start, end)
}

/// The grade an inspection contributes to the journey line: its overall effectiveness (for
/// 2009-13 looked-after-children inspections, their overall judgement), if it is on a scale.
pub fn headline_grade(i: &Inspection) -> Option<Grade> {
    let area = match i.framework {
        Framework::Lac => Area::LookedAfterOverall,
        Framework::LscbReview => return None,
        _ => Area::OverallEffectiveness,
    };
    i.grade(area).or_else(|| i.grade(Area::OverallEffectiveness)).filter(|g| g.rank().is_some())
}

fn era_bands() -> [(NaiveDate, &'static str); 3] {
    let d = |y, m| NaiveDate::from_ymd_opt(y, m, 1).expect("valid date");
    [(d(2009, 1), "2009–13 inspections"), (d(2013, 11), "Single inspection framework"), (d(2018, 1), "ILACS")]
}

/// Lays out a journey. `inspections` and `events` are in date order; `is_predecessor` tells
/// which inspections were of a council this one replaced; `until` ends the time axis.
pub fn journey_chart(
    inspections: &[&Inspection],
    is_predecessor: &[bool],
    events: &[&Event],
    until: NaiveDate,
    width: f64,
) -> JourneyChart {
    let width = width.max(280.0);
    let (start, end) = domain(until);
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
        .map(|(k, (from, label))| {
            let to = eras.get(k + 1).map(|e| e.0).unwrap_or(end);
            let x = x_of(*from);
            Band { x, width: x_of(to) - x, label, shaded: k % 2 == 0 }
        })
        .collect();

    let years: Vec<i32> = (start.year()..end.year()).collect();
    let per_year = (x1 - x0) / years.len() as f64;
    let every = if per_year >= 44.0 {
        1
    } else if per_year >= 22.0 {
        2
    } else {
        5
    };
    let ticks = years
        .iter()
        .map(|&y| {
            let x = x_of(NaiveDate::from_ymd_opt(y, 1, 1).expect("valid date"));
            let label = if y % every == 0 { y.to_string() } else { String::new() };
            Tick { x, label }
        })
        .collect();

    let rows = vec![
        GradeRow { y: y_of(4), label: "Outstanding", sublabel: "" },
        GradeRow { y: y_of(3), label: "Good", sublabel: "" },
        GradeRow { y: y_of(2), label: "Requires", sublabel: "improvement / Adequate" },
        GradeRow { y: y_of(1), label: "Inadequate", sublabel: "" },
    ];

    let mut marks: Vec<Mark> = Vec::new();
    let mut lane: Vec<EventMark> = Vec::new();
    for (index, insp) in inspections.iter().enumerate() {
        let predecessor = is_predecessor.get(index).copied().unwrap_or(false);
        let x = x_of(insp.start);
        match headline_grade(insp) {
            Some(grade) => {
                let rank = grade.rank().expect("filtered to ranked grades");
                let y = y_of(rank);
                let year = insp.start.year().to_string();
                let aria = format!(
                    "{}: {}, {}{}",
                    month_year(insp.start),
                    grade.label(),
                    insp.framework.label(),
                    if predecessor { " (predecessor council)" } else { "" }
                );
                marks.push(Mark {
                    index,
                    x,
                    y,
                    grade,
                    grade_label: grade.label(),
                    year,
                    label_x: x,
                    label_y: y,
                    anchor: Anchor::Middle,
                    aria,
                    predecessor,
                });
            }
            None => lane.push(EventMark {
                x,
                y: lane_y,
                event: None,
                inspection: Some(index),
                aria: format!(
                    "{}: {} with no overall grade{}",
                    month_year(insp.start),
                    insp.framework.label(),
                    if insp.grade(Area::OverallEffectiveness) == Some(Grade::NotGraded2026) {
                        " (not graded under the 2026 framework)"
                    } else {
                        ""
                    }
                ),
                shape: "inspection",
            }),
        }
    }
    place_labels(&mut marks, x0, x1);

    let segments = marks
        .windows(2)
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
            FocusedVisit | MonitoringVisit | UnannouncedInspection => "visit",
            ImprovementNotice | StatutoryDirection | Letter => "notice",
            News => "news",
        };
        lane.push(EventMark {
            x: x_of(e.date),
            y: lane_y,
            event: Some(k),
            inspection: None,
            aria: format!("{}: {}", month_year(e.date), e.title),
            shape,
        });
    }
    lane.sort_by(|a, b| a.x.total_cmp(&b.x));

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

/// Puts each mark's label above it, or below when the previous mark's label would collide,
/// and keeps labels inside the plot's left and right edges.
fn place_labels(marks: &mut [Mark], x0: f64, x1: f64) {
    const HALF_LABEL: f64 = 64.0;
    const ABOVE: f64 = -12.0;
    const BELOW: f64 = 22.0;
    let mut prev: Option<(f64, f64, bool)> = None; // x, y, placed above
    for m in marks.iter_mut() {
        let above = match prev {
            Some((px, py, pa)) if (m.x - px).abs() < 2.0 * HALF_LABEL && (m.y - py).abs() < 30.0 => !pa,
            _ => true,
        };
        m.label_y = m.y + if above { ABOVE } else { BELOW };
        let (lx, anchor) = if m.x - HALF_LABEL < x0 {
            (m.x - 6.0, Anchor::Start)
        } else if m.x + HALF_LABEL > x1 {
            (m.x + 6.0, Anchor::End)
        } else {
            (m.x, Anchor::Middle)
        };
        m.label_x = lx;
        m.anchor = anchor;
        prev = Some((m.x, m.y, above));
    }
}
