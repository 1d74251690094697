//! The national picture: every current council's overall grade as it stood on a given day, the
//! hex map geometry that shows it, and how many councils held each grade at the end of each
//! year. Pure functions of the dataset, so the map and the counts are tested on the host.

use crate::journey::{lineage, release_date};
use crate::model::{Council, Dataset, Grade, Inspection};
use crate::standing::standing_in;
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;

pub use crate::standing::{standing_at, Standing};

/// Every current council with its journey's inspections, looked up once per picture: the map
/// and the year counts ask about each council many times. Each list is `journey::inspections`
/// of its council, from one pass over the inspections rather than one a council (the map is
/// laid out anew on every change of its year).
fn journeys(data: &Dataset) -> Vec<(&Council, Vec<&Inspection>)> {
    let mut by_council: HashMap<&str, Vec<(usize, &Inspection)>> = HashMap::new();
    for (k, i) in data.inspections.iter().enumerate() {
        by_council.entry(i.council.as_str()).or_default().push((k, i));
    }
    let journey = |c: &Council| {
        let mut list: Vec<(usize, &Inspection)> = lineage(data, c)
            .iter()
            .filter_map(|l| by_council.get(l.code.as_str()))
            .flatten()
            .copied()
            .collect();
        // As `inspections` sorts: by date, ties in the dataset's order.
        crate::sort::sort_by_key(&mut list, |(k, i)| (i.when(), i.published, *k));
        list.into_iter().map(|(_, i)| i).collect()
    };
    data.current_councils().map(|c| (c, journey(c))).collect()
}

/// The day a year's picture is taken: 31 December, or the data release for the current year.
pub fn year_end(data: &Dataset, year: i32) -> NaiveDate {
    let end = NaiveDate::from_ymd_opt(year, 12, 31).expect("valid date");
    end.min(release_date(data))
}

/// The years the year control offers: from the first published judgement to the release year.
pub fn years(data: &Dataset) -> std::ops::RangeInclusive<i32> {
    let first = data.inspections.iter().map(|i| i.published.year()).min().unwrap_or(2009);
    first..=release_date(data).year()
}

/// The short text printed inside a hex, so a grade never depends on colour alone.
pub fn grade_code(grade: Option<Grade>) -> &'static str {
    match grade {
        Some(Grade::Outstanding) => "O",
        Some(Grade::Good) => "G",
        Some(Grade::RequiresImprovement) => "RI",
        Some(Grade::Adequate) => "A",
        Some(Grade::Inadequate) => "I",
        _ => "–",
    }
}

/// One council's hexagon, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct HexCell {
    pub code: String,
    pub slug: String,
    pub name: String,
    /// The council's region, e.g. "London" (outlined and named on the map).
    pub region: String,
    pub grade: Option<Grade>,
    /// Centre of the hexagon, for the label.
    pub x: f64,
    pub y: f64,
    /// SVG `points` of the hexagon's six corners.
    pub points: String,
    /// The sentence a screen reader hears and a tooltip shows: the name, then `detail`, e.g.
    /// "Leeds: Outstanding, published December 2018".
    pub description: String,
    /// The sentence after the name: its grade, when, and any newer inspection, e.g.
    /// "Outstanding, published December 2018" (the map's label and table print it beside the
    /// name).
    pub detail: String,
    /// Inspected since its grade under the 2026 framework, which gives no overall grade: the
    /// map marks the hexagon so a sighted reader sees it too, not only a screen reader.
    pub inspected_since_2026: bool,
    /// Where the mark for that is drawn: a small dot inside the hexagon above its letters.
    pub mark: Option<(f64, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HexMap {
    pub width: f64,
    pub height: f64,
    pub day: NaiveDate,
    /// In reading order: north to south, west to east, so Tab moves through the map as a
    /// reader's eye does.
    pub cells: Vec<HexCell>,
}

/// Circumradius of a hexagon in SVG units; the SVG scales to its box, so only ratios matter.
const SIZE: f64 = 10.0;

/// Lays out the hex map of current councils at `day`. The layout is pointy-topped "odd-r":
/// odd rows sit half a cell east; `r` counts from the south, so it is flipped for SVG's y.
pub fn hex_map(data: &Dataset, day: NaiveDate) -> HexMap {
    let w = 3f64.sqrt() * SIZE;
    let placed: Vec<(&Council, crate::model::Hex, Vec<&Inspection>)> =
        journeys(data).into_iter().filter_map(|(c, list)| c.hex.map(|h| (c, h, list))).collect();
    let max_q = placed.iter().map(|(_, h, _)| h.q).max().unwrap_or(0);
    let max_r = placed.iter().map(|(_, h, _)| h.r).max().unwrap_or(0);
    let mut cells: Vec<(i32, i32, HexCell)> = placed
        .iter()
        .map(|(c, h, list)| {
            let x = w * (f64::from(h.q) + if h.r.rem_euclid(2) == 1 { 1.0 } else { 0.5 });
            let y = SIZE + 1.5 * SIZE * f64::from(max_r - h.r);
            let standing = standing_in(list, Some(day));
            let detail = describe(c, &standing);
            let cell = HexCell {
                code: c.code.clone(),
                slug: c.slug.clone(),
                name: c.name.clone(),
                region: c.region.clone(),
                grade: standing.grade,
                x: round(x),
                y: round(y),
                points: corners(x, y),
                description: format!("{}: {detail}", c.name),
                detail,
                inspected_since_2026: standing.inspected_since_2026.is_some(),
                mark: standing.inspected_since_2026.map(|_| (round(x), round(y - 0.6 * SIZE))),
            };
            (-h.r, h.q, cell)
        })
        .collect();
    crate::sort::sort_by_key(&mut cells, |(r, q, _)| (*r, *q));
    HexMap {
        width: round(w * (f64::from(max_q) + 1.5)),
        height: round(SIZE * 2.0 + 1.5 * SIZE * f64::from(max_r)),
        day,
        cells: cells.into_iter().map(|(_, _, c)| c).collect(),
    }
}

/// A key that moves the keyboard focus around the hex map, which is one tab stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HexKey {
    Left,
    Right,
    Up,
    Down,
    First,
    Last,
}

impl HexKey {
    /// The key a `KeyboardEvent.key` names, if it moves around the map.
    pub fn parse(key: &str) -> Option<HexKey> {
        match key {
            "ArrowLeft" => Some(HexKey::Left),
            "ArrowRight" => Some(HexKey::Right),
            "ArrowUp" => Some(HexKey::Up),
            "ArrowDown" => Some(HexKey::Down),
            "Home" => Some(HexKey::First),
            "End" => Some(HexKey::Last),
            _ => None,
        }
    }
}

/// The cell a key moves to from cell `from`: west or east along its row, or the nearest cell
/// of the row above or below (north is up); the first or last cell in reading order. `None`
/// at an edge, where the focus stays.
pub fn hex_step(map: &HexMap, from: usize, key: HexKey) -> Option<usize> {
    let here = map.cells.get(from)?;
    let same_row = |c: &HexCell| (c.y - here.y).abs() < 0.01;
    let nearest_in = |rows: &mut dyn Iterator<Item = (usize, &HexCell)>, up: bool| {
        let candidates: Vec<(usize, &HexCell)> = rows.collect();
        let row_y = if up {
            candidates.iter().map(|(_, c)| c.y).fold(f64::NEG_INFINITY, f64::max)
        } else {
            candidates.iter().map(|(_, c)| c.y).fold(f64::INFINITY, f64::min)
        };
        candidates
            .into_iter()
            .filter(|(_, c)| (c.y - row_y).abs() < 0.01)
            .min_by(|(_, a), (_, b)| {
                (a.x - here.x).abs().total_cmp(&(b.x - here.x).abs()).then(a.x.total_cmp(&b.x))
            })
            .map(|(k, _)| k)
    };
    let cells = map.cells.iter().enumerate();
    match key {
        HexKey::First => (!map.cells.is_empty()).then_some(0),
        HexKey::Last => map.cells.len().checked_sub(1),
        HexKey::Left => cells
            .filter(|(_, c)| same_row(c) && c.x < here.x)
            .max_by(|(_, a), (_, b)| a.x.total_cmp(&b.x))
            .map(|(k, _)| k),
        HexKey::Right => cells
            .filter(|(_, c)| same_row(c) && c.x > here.x)
            .min_by(|(_, a), (_, b)| a.x.total_cmp(&b.x))
            .map(|(k, _)| k),
        HexKey::Up => nearest_in(&mut cells.filter(|(_, c)| c.y < here.y - 0.01), true),
        HexKey::Down => nearest_in(&mut cells.filter(|(_, c)| c.y > here.y + 0.01), false),
    }
}

/// A region on the hex map: the outline round its hexagons (the edges they share with another
/// region's hexagon or with the sea) as an SVG path, and where its name goes.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionOutline {
    pub name: String,
    /// The name as printed on the map, shortened where the full name is long.
    pub label: String,
    pub path: String,
    /// The middle of the label, in the map's units: in open water by the region's hexagons,
    /// inside the map and over no hexagon (`place_label`).
    pub label_x: f64,
    pub label_y: f64,
    /// A line from the label to the region's nearest hexagon, when the label is not beside it.
    pub leader: Option<String>,
}

/// The size of a region label's type, in the map's units (the style sheet uses the same).
pub const REGION_LABEL_SIZE: f64 = 6.0;

/// The label of a region on the map: the full name, or a short form of a long one.
pub fn region_label(region: &str) -> String {
    match region {
        "Yorkshire and the Humber" => "Yorkshire & Humber".to_string(),
        "East of England" => "East".to_string(),
        other => other.to_string(),
    }
}

/// The width of a label of `chars` characters, generously (average glyph of bold type at most 0.68 em).
fn label_width(chars: usize) -> f64 {
    chars as f64 * REGION_LABEL_SIZE * 0.68
}

/// Every region's outline and label, in the order regions first appear in the map's cells.
pub fn region_outlines(map: &HexMap) -> Vec<RegionOutline> {
    let w = 3f64.sqrt() * SIZE;
    let at = |x: f64, y: f64| map.cells.iter().find(|c| (c.x - x).abs() < 0.6 && (c.y - y).abs() < 0.6);
    let corner = |x: f64, y: f64, k: i32| {
        let (cos, sin) = cos_sin(60 * k - 90);
        (round(x + SIZE * cos), round(y + SIZE * sin))
    };
    let mut names: Vec<&str> = Vec::new();
    for c in &map.cells {
        if !c.region.is_empty() && !names.contains(&c.region.as_str()) {
            names.push(&c.region);
        }
    }
    names
        .into_iter()
        .map(|name| {
            let cells: Vec<&HexCell> = map.cells.iter().filter(|c| c.region == name).collect();
            let mut path = String::new();
            for c in &cells {
                // Edge k runs from corner k to corner k + 1; its neighbour lies across it.
                for k in 0..6 {
                    let (cos, sin) = cos_sin(60 * k - 60);
                    let across = at(c.x + w * cos, c.y + w * sin);
                    if across.is_some_and(|n| n.region == name) {
                        continue;
                    }
                    let (x0, y0) = corner(c.x, c.y, k);
                    let (x1, y1) = corner(c.x, c.y, k + 1);
                    if !path.is_empty() {
                        path.push(' ');
                    }
                    path.push_str(&format!("M{x0},{y0}L{x1},{y1}"));
                }
            }
            let label = region_label(name);
            (name, cells, label, path)
        })
        .collect::<Vec<_>>()
        .into_iter()
        .fold(Vec::new(), |mut placed: Vec<RegionOutline>, (name, cells, label, path)| {
            let (label_x, label_y, leader) = place_label(map, &cells, &label, &placed);
            placed.push(RegionOutline { name: name.to_string(), label, path, label_x, label_y, leader });
            placed
        })
}

/// The half width and half height of a region's label box, in the map's units.
fn label_half(label: &str) -> (f64, f64) {
    (label_width(label.chars().count()) / 2.0, REGION_LABEL_SIZE * 0.6)
}

/// Where a region's name goes: in the open water by one of its hexagons, covering no
/// hexagon (so no council's letters) and no label already placed; on the middle of its
/// hexagons if nowhere by them is free.
fn place_label(
    map: &HexMap,
    cells: &[&HexCell],
    label: &str,
    placed: &[RegionOutline],
) -> (f64, f64, Option<String>) {
    let (hw, hh) = label_half(label);
    let cw = 3f64.sqrt() * SIZE / 2.0;
    let overlaps = |x: f64, y: f64| {
        map.cells.iter().any(|c| (c.x - x).abs() < hw + cw && (c.y - y).abs() < hh + SIZE)
            || placed.iter().any(|p| {
                let (pw, ph) = label_half(&p.label);
                (p.label_x - x).abs() < hw + pw + 1.0 && (p.label_y - y).abs() < hh + ph + 1.0
            })
    };
    let n = cells.len() as f64;
    let cx = cells.iter().map(|c| c.x).sum::<f64>() / n;
    let cy = cells.iter().map(|c| c.y).sum::<f64>() / n;
    let inside =
        |x: f64, y: f64| x - hw >= 0.0 && x + hw <= map.width && y - hh >= 0.0 && y + hh <= map.height;
    // Candidates touching one of the region's hexagons: beside it, above or below it (centred
    // or flush with either side); the free one nearest the middle of the region wins.
    let (gx, gy) = (hw + cw + 0.5, hh + SIZE + 0.5);
    let mut best: Option<(f64, f64, f64)> = None;
    for c in cells {
        for (dx, dy) in [
            (-gx, 0.0),
            (gx, 0.0),
            (0.0, -gy),
            (0.0, gy),
            (hw - cw, -gy),
            (cw - hw, -gy),
            (hw - cw, gy),
            (cw - hw, gy),
        ] {
            let (x, y) = (c.x + dx, c.y + dy);
            if inside(x, y) && !overlaps(x, y) {
                let d = (x - cx).hypot(y - cy);
                if best.is_none_or(|b| d < b.0) {
                    best = Some((d, x, y));
                }
            }
        }
    }
    if best.is_none() {
        // Nowhere beside it (a region with no coast on the map): the free place on a grid of
        // 4 units nearest any of its hexagons, joined to it by a leader line.
        let near =
            |x: f64, y: f64| cells.iter().map(|c| (c.x - x).hypot(c.y - y)).fold(f64::INFINITY, f64::min);
        let mut y = hh;
        while y <= map.height - hh {
            let mut x = hw;
            while x <= map.width - hw {
                if !overlaps(x, y) {
                    let d = near(x, y);
                    if best.is_none_or(|b| d < b.0) {
                        best = Some((d, x, y));
                    }
                }
                x += 4.0;
            }
            y += 4.0;
        }
    }
    let (x, y) = best
        .map_or((cx.clamp(hw.min(map.width / 2.0), (map.width - hw).max(map.width / 2.0)), cy), |b| {
            (b.1, b.2)
        });
    let (x, y) = (round(x), round(y));
    // The leader: from the label's nearest edge point to the nearest hexagon's middle, when the
    // label does not touch the region.
    let nearest = cells.iter().min_by(|a, b| (a.x - x).hypot(a.y - y).total_cmp(&(b.x - x).hypot(b.y - y)));
    let leader = nearest.and_then(|c| {
        let gap = ((c.x - x).abs() - hw - cw).max(0.0).hypot(((c.y - y).abs() - hh - SIZE).max(0.0));
        (gap > 1.0).then(|| {
            let ex = x + (c.x - x).clamp(-hw, hw);
            let ey = y + (c.y - y).clamp(-hh, hh);
            format!("M{},{}L{},{}", round(ex), round(ey), c.x, c.y)
        })
    });
    (x, y, leader)
}

/// What "find my council" above the map finds: the hexagon of the best match of `query` by
/// the site's search (name, former name, slug or ONS code), and a sentence saying so for the
/// live region; `None` as the hexagon, and a sentence saying nothing matched, otherwise.
#[derive(Debug, Clone, PartialEq)]
pub struct HexFound {
    pub cell: Option<usize>,
    pub message: String,
}

pub fn hex_find(data: &Dataset, map: &HexMap, query: &str) -> HexFound {
    if query.trim().is_empty() {
        return HexFound { cell: None, message: "Type a council's name to find it on the map.".into() };
    }
    let hit = crate::search::search(data, query, 1).into_iter().next();
    let cell = hit.as_ref().and_then(|h| map.cells.iter().position(|c| c.code == h.code));
    let message = match (&hit, cell) {
        (Some(h), Some(k)) => {
            let via = h.via.as_ref().map(|v| format!(" (found by \"{v}\")")).unwrap_or_default();
            format!("{}{via} is outlined on the map: {}", h.name, map.cells[k].description)
        }
        _ => format!("No council on the map matches \"{}\".", query.trim()),
    };
    HexFound { cell, message }
}

/// Where the label of a pointed or focused hexagon goes, as percentages of the map's box: by
/// the hexagon, above it (below it in the top rows), and turned inwards near the sides so it
/// stays on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct HexTip {
    pub left_pct: f64,
    pub top_pct: f64,
    pub below: bool,
    /// `start`, `middle` or `end`: which part of the label sits at `left_pct`.
    pub align: &'static str,
    pub name: String,
    /// The rest of the hexagon's sentence: its grade, when, and any newer inspection.
    pub detail: String,
}

pub fn hex_tip(map: &HexMap, k: usize) -> Option<HexTip> {
    let c = map.cells.get(k)?;
    let below = c.y - SIZE < map.height * 0.2;
    let y = if below { c.y + SIZE } else { c.y - SIZE };
    let left_pct = round(100.0 * c.x / map.width);
    // The label is at most 60% of the screen wide (the style sheet), so centred on a hexagon in
    // the middle third it stays on a phone's screen; nearer the sides it is turned inwards.
    let align = if left_pct < 33.0 {
        "start"
    } else if left_pct > 67.0 {
        "end"
    } else {
        "middle"
    };
    Some(HexTip {
        left_pct,
        top_pct: round(100.0 * y / map.height),
        below,
        align,
        name: c.name.clone(),
        detail: c.detail.clone(),
    })
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// The cosine and sine of `degrees`, a multiple of 30 from -90 to 270, to the last bit as
/// `f64::from(degrees).to_radians()` then `cos()` and `sin()` give them, so the map comes out
/// as computed before. A table because libm's trigonometry, with its argument reduction, is
/// 7 KB of wasm for the corners of a hexagon. (The wasm's libm puts sin 240° one unit in the
/// last place away; that value only finds the neighbour across an edge, within 0.6.)
fn cos_sin(degrees: i32) -> (f64, f64) {
    const FROM_MINUS_90_BY_30: [(f64, f64); 13] = [
        (6.123233995736766e-17, -1.0),
        (0.5000000000000001, -0.8660254037844386),
        (0.8660254037844387, -0.49999999999999994),
        (1.0, 0.0),
        (0.8660254037844387, 0.49999999999999994),
        (0.5000000000000001, 0.8660254037844386),
        (6.123233995736766e-17, 1.0),
        (-0.4999999999999998, 0.8660254037844387),
        (-0.8660254037844387, 0.49999999999999994),
        (-1.0, 1.2246467991473532e-16),
        (-0.8660254037844386, -0.5000000000000001),
        (-0.5000000000000004, -0.8660254037844384),
        (-1.8369701987210297e-16, -1.0),
    ];
    FROM_MINUS_90_BY_30[((degrees + 90) / 30) as usize]
}

fn corners(x: f64, y: f64) -> String {
    (0..6)
        .map(|k| {
            let (cos, sin) = cos_sin(60 * k - 90);
            // A hair smaller than the cell so neighbouring outlines do not merge.
            let r = SIZE * 0.96;
            format!("{:.1},{:.1}", x + r * cos, y + r * sin)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A council's standing in words, without its name (`HexCell::detail`).
fn describe(council: &Council, s: &Standing) -> String {
    let mut text = match (s.grade, s.inspection) {
        (Some(g), Some(i)) => {
            let predecessor = if i.council != council.code { " (as its predecessor council)" } else { "" };
            format!("{}{predecessor}, published {}", g.label(), crate::text::month_year(i.published))
        }
        _ => "no graded inspection in this dataset yet".to_string(),
    };
    if let Some(later) = s.inspected_since_2026 {
        text.push_str(&format!(
            "; inspected again under the 2026 framework, which gives no overall grade (published {})",
            crate::text::month_year(later.published)
        ));
    }
    text
}

/// How many current councils held each overall grade at the end of a year.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct YearCounts {
    pub year: i32,
    pub day: NaiveDate,
    pub outstanding: usize,
    pub good: usize,
    pub requires_improvement: usize,
    pub adequate: usize,
    pub inadequate: usize,
    /// No graded inspection published yet (in this dataset).
    pub none: usize,
    /// Of all the above, councils inspected since their grade under the 2026 framework, which
    /// gives no overall grade: counted at their last grade, as the map and the table show them.
    pub inspected_since_2026: usize,
}

impl YearCounts {
    /// The counts in scale order, best first, with their grade (None = not yet graded).
    pub fn entries(&self) -> [(Option<Grade>, usize); 6] {
        [
            (Some(Grade::Outstanding), self.outstanding),
            (Some(Grade::Good), self.good),
            (Some(Grade::RequiresImprovement), self.requires_improvement),
            (Some(Grade::Adequate), self.adequate),
            (Some(Grade::Inadequate), self.inadequate),
            (None, self.none),
        ]
    }

    pub fn total(&self) -> usize {
        self.entries().iter().map(|(_, n)| n).sum()
    }
}

/// The columns the distribution's table shows: every grade some year's counts hold, in the
/// counts' order (best first, "not yet graded" last). Adequate only appears in the early
/// years; a column of zeros elsewhere is noise.
pub fn shown_columns(rows: &[YearCounts]) -> Vec<Option<Grade>> {
    YearCounts::default()
        .entries()
        .iter()
        .map(|(g, _)| *g)
        .filter(|g| rows.iter().any(|r| r.entries().iter().any(|(h, n)| h == g && *n > 0)))
        .collect()
}

/// The grade distribution at the end of every year the year control offers.
pub fn distribution_by_year(data: &Dataset) -> Vec<YearCounts> {
    let all = journeys(data);
    years(data)
        .map(|year| {
            let day = year_end(data, year);
            let mut counts = YearCounts { year, day, ..YearCounts::default() };
            for (_, list) in &all {
                let standing = standing_in(list, Some(day));
                if standing.inspected_since_2026.is_some() {
                    counts.inspected_since_2026 += 1;
                }
                match standing.grade {
                    Some(Grade::Outstanding) => counts.outstanding += 1,
                    Some(Grade::Good) => counts.good += 1,
                    Some(Grade::RequiresImprovement) => counts.requires_improvement += 1,
                    Some(Grade::Adequate) => counts.adequate += 1,
                    Some(Grade::Inadequate) => counts.inadequate += 1,
                    _ => counts.none += 1,
                }
            }
            counts
        })
        .collect()
}

/// The counts in words, best grade first, leaving out grades no council held, e.g.
/// "12 Outstanding, 60 Good, 61 Requires improvement and 20 Inadequate".
pub fn counts_sentence(c: &YearCounts) -> String {
    let parts: Vec<String> = c
        .entries()
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(g, n)| match g {
            Some(g) => format!("{n} {}", g.label()),
            None => format!("{n} not yet graded in this dataset"),
        })
        .collect();
    crate::text::join_and(&parts)
}

/// What the counts say about councils inspected under the 2026 framework since their grade,
/// e.g. " 11 of them have been inspected again since under the 2026 framework, which gives no
/// overall grade; each is counted at its last grade." Empty when there are none.
pub fn since_2026_sentence(c: &YearCounts) -> String {
    match c.inspected_since_2026 {
        0 => String::new(),
        1 => {
            " One council has been inspected again since its grade under the 2026 framework, which gives no \
              overall grade; it is counted at its last grade."
                .to_string()
        }
        n => format!(
            " {n} councils have been inspected again since their grade under the 2026 framework, which gives \
             no overall grade; each is counted at its last grade."
        ),
    }
}

/// A text summary of the distribution chart: where things stand now, and the year with the
/// most councils judged Inadequate.
pub fn distribution_summary(rows: &[YearCounts]) -> String {
    let Some(now) = rows.last() else {
        return String::new();
    };
    let mut text = format!(
        "On {}, the latest data, councils stood at {}.",
        crate::text::long_date(now.day),
        counts_sentence(now)
    );
    text.push_str(&since_2026_sentence(now));
    if let Some(worst) = rows.iter().filter(|r| r.inadequate > 0).max_by_key(|r| (r.inadequate, -r.year)) {
        text.push_str(&format!(
            " The most councils judged Inadequate at the end of a year was {} in {}.",
            worst.inadequate, worst.year
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::cos_sin;

    #[test]
    fn cos_sin_table_is_what_libm_computes() {
        for degrees in (-90..=270).step_by(30) {
            let a = f64::from(degrees).to_radians();
            let (cos, sin) = cos_sin(degrees);
            assert_eq!((cos.to_bits(), sin.to_bits()), (a.cos().to_bits(), a.sin().to_bits()), "{degrees}°");
        }
    }
}
